// A probe for the host benchmark (bench/host.mjs): how long the extension host's event loop stalled from
// activation on, and when the first scan's customers and then everything were in. Started only under
// tests and only when RAPPORT_HOST_PROBE=1, so neither a leader nor the integration suite pays for its timer.
import type { Busy } from './core/busy';

/** A tick later than due by at least this much counts as a stall. */
const STALL_MS = 10;
const TICK_MS = 5;

export interface HostProbeReport {
  /** Epoch milliseconds (Date.now()) of activate()'s first and last line. */
  readonly activateStart: number;
  readonly activateEnd: number;
  /** When the customers, then the customers and the mentions, of the first scan were in (epoch ms). */
  readonly customersAt?: number;
  readonly readyAt?: number;
  /** The host process's CPU time (all threads, ms) from activation until then: less at the mercy of a busy machine. */
  readonly customersCpuMs?: number;
  readonly readyCpuMs?: number;
  /** Every stall of the event loop: when it ended (epoch ms) and how long the loop could not run (ms). */
  readonly stalls: readonly { readonly end: number; readonly ms: number }[];
}

export class HostProbe {
  private activateEnd = 0;
  private customersAt: number | undefined;
  private readyAt: number | undefined;
  private customersCpuMs: number | undefined;
  private readyCpuMs: number | undefined;
  private readonly cpuAtStart = process.cpuUsage();
  private readonly stalls: { end: number; ms: number }[] = [];
  private readonly timer: ReturnType<typeof setInterval>;

  constructor(private readonly activateStart: number) {
    let last = performance.now();
    this.timer = setInterval(() => {
      const now = performance.now();
      const late = now - last - TICK_MS;
      if (late >= STALL_MS) this.stalls.push({ end: Date.now(), ms: late });
      last = now;
    }, TICK_MS);
  }

  /** Marks the end of activate() and follows the first scan. */
  activated(busy: Busy, ready: Promise<void>): void {
    this.activateEnd = Date.now();
    const customers = busy.onDidChange(() => {
      if (busy.readingCustomers || this.customersAt !== undefined) return;
      this.customersAt = Date.now();
      this.customersCpuMs = this.cpuMs();
      customers.dispose();
    });
    void ready.finally(() => {
      this.readyAt = Date.now();
      this.readyCpuMs = this.cpuMs();
    });
  }

  report(): HostProbeReport {
    const { activateStart, activateEnd, customersAt, readyAt, customersCpuMs, readyCpuMs } = this;
    return { activateStart, activateEnd, customersAt, readyAt, customersCpuMs, readyCpuMs, stalls: [...this.stalls] };
  }

  private cpuMs(): number {
    const { user, system } = process.cpuUsage(this.cpuAtStart);
    return (user + system) / 1000;
  }

  dispose(): void {
    clearInterval(this.timer);
  }
}

/** The probe, when the benchmark asked for it (a web worker host has no environment: never there). */
export function hostProbeIfAsked(activateStart: number): HostProbe | undefined {
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env;
  return env?.RAPPORT_HOST_PROBE === '1' ? new HostProbe(activateStart) : undefined;
}
