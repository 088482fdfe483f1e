// The host benchmark's side inside the extension host: bench/host.mjs opens the workbench with this
// module as the "test suite", so it runs next to Rapport (in VS Code's test mode, where Rapport hands out
// its test hooks and, asked by RAPPORT_HOST_PROBE=1, times its event loop from activation on). It answers
// the page's pings, waits until Rapport is ready and the page has seen the tree and the status bar drawn,
// then writes what the host saw. Files in RAPPORT_BENCH_EXCHANGE are how it and the driver talk. With
// RAPPORT_BENCH_PROFILE=1 it also records a CPU profile of the host from its start until then.
import * as fs from 'node:fs';
import * as inspector from 'node:inspector';
import * as path from 'node:path';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import * as vscode from 'vscode';
import type { RapportApi } from '../../src/extension';

/** How long the host is still watched after the page saw everything drawn and the index is ready. */
const SETTLE_MS = 1000;
const DRAWN_TIMEOUT_MS = 240_000;
/** The status bar item the page clicks: its command is the ping, its text the answer. */
export const PING_COMMAND = 'rapportBench.ping';
export const PONG_ITEM = 'rapportBench.pong';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function run(): Promise<void> {
  const exchange = process.env.RAPPORT_BENCH_EXCHANGE;
  if (!exchange) throw new Error('RAPPORT_BENCH_EXCHANGE is not set (run npm run bench:host)');
  const write = (name: string, data: unknown) => {
    // Written whole, then renamed: the driver never reads half a file.
    fs.writeFileSync(path.join(exchange, `${name}.tmp`), JSON.stringify(data));
    fs.renameSync(path.join(exchange, `${name}.tmp`), path.join(exchange, name));
  };
  const suiteStart = Date.now();
  const rapport = await vscode.extensions.getExtension<RapportApi>('rapport.rapport')?.activate();
  const hooks = rapport?.testHooks;
  if (!rapport || !hooks) throw new Error('Rapport is not running in test mode');

  const pings: number[] = [];
  const pong = vscode.window.createStatusBarItem(PONG_ITEM, vscode.StatusBarAlignment.Right, -1000);
  pong.text = 'pong 0';
  pong.command = PING_COMMAND;
  pong.show();
  const ping = vscode.commands.registerCommand(PING_COMMAND, () => {
    pings.push(Date.now());
    pong.text = `pong ${pings.length}`;
  });
  const profiler = process.env.RAPPORT_BENCH_PROFILE === '1' ? await startProfile() : undefined;
  write('started.json', { suiteStart, at: Date.now() });

  try {
    await rapport.ready;
    const heapAtReady = process.memoryUsage().heapUsed;
    const drawn = await waitForFile(path.join(exchange, 'drawn.json'), DRAWN_TIMEOUT_MS);
    await sleep(SETTLE_MS);
    const heapSettled = process.memoryUsage().heapUsed;
    if (profiler) write('host.cpuprofile.json', await profiler.stop());
    write('host.json', {
      suiteStart, drawn, pings, probe: hooks.probe(), customers: rapport.customers().length,
      heapAtReady, heapSettled, heapAfterGc: heapAfterGc(), rss: process.memoryUsage().rss,
    });
    // The ping in flight is answered before the command goes.
    await waitForFile(path.join(exchange, 'stopped.json'), DRAWN_TIMEOUT_MS);
  } finally {
    ping.dispose();
    pong.dispose();
  }
}

async function waitForFile(file: string, timeoutMs: number): Promise<unknown> {
  for (const end = Date.now() + timeoutMs; Date.now() < end; await sleep(50)) {
    if (fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, 'utf8'));
  }
  throw new Error(`no ${path.basename(file)} from the driver within ${timeoutMs / 1000} s`);
}

/** V8's sampling profiler on this thread; `stop()` gives the profile with the epoch of its start. */
async function startProfile(): Promise<{ stop(): Promise<unknown> }> {
  const session = new inspector.Session();
  session.connect();
  const post = (method: string, params?: object) => new Promise<{ profile?: unknown }>((resolve, reject) =>
    session.post(method, params, (error, result) => (error ? reject(error) : resolve(result as { profile?: unknown }))));
  await post('Profiler.enable');
  await post('Profiler.setSamplingInterval', { interval: 500 });
  await post('Profiler.start');
  const startedAt = Date.now();
  return {
    async stop() {
      const { profile } = await post('Profiler.stop');
      session.disconnect();
      return { startedAt, profile };
    },
  };
}

/** The host's heap after a full collection: what it holds, not what it has yet to collect. */
function heapAfterGc(): number | null {
  try {
    v8.setFlagsFromString('--expose-gc');
    (vm.runInNewContext('gc') as () => void)();
    return process.memoryUsage().heapUsed;
  } catch {
    return null;
  }
}
