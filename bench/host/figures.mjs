// Turns what one window recorded (the host's probe and heap, the page's pings and drawing times) into
// the benchmark's figures. Every time is in ms; epochs are Date.now() of the same machine, so the host's
// and the page's times compare directly.

const median = (xs) => {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const since = (from, to) => (from == null || to == null ? null : to - from);
const MB = 1024 * 1024;

/** A stall of the loop long enough to be felt: more than a frame and a half, and the target. */
export const STALL_TARGET_MS = 50;

/** The longest stall the probe saw ({ end, ms }), or null. */
export function longestStall(probe) {
  return probe.stalls.reduce((a, s) => (s.ms > (a?.ms ?? -1) ? s : a), null);
}

export function figures({ openedAt, host, page, pings }) {
  const { probe } = host;
  const start = probe.activateStart;
  const windowEnd = Math.max(host.drawn.at, probe.readyAt ?? 0);
  const stalls = probe.stalls.map((s) => ({ ...s, start: s.end - s.ms }));
  const longest = longestStall(probe);
  const aroundReady = stalls.filter((s) => probe.readyAt != null && s.end >= probe.readyAt && s.start <= probe.readyAt + 1000);
  const duringIndexing = pings.filter((p) => p.sentAt >= start && p.sentAt < (probe.readyAt ?? Infinity));
  const answered = (ps) => ps.filter((p) => p.ms !== null).map((p) => p.ms);
  const firstNormal = page.status.find((s) => s.text && !/indexing/i.test(s.text));
  return {
    openToActivateMs: since(openedAt, start),
    activateMs: since(start, probe.activateEnd),
    customersInMs: since(start, probe.customersAt),
    readyMs: since(start, probe.readyAt),
    customersInCpuMs: probe.customersCpuMs ?? null,
    readyCpuMs: probe.readyCpuMs ?? null,
    customers: host.customers,
    longestStallMs: longest?.ms ?? 0,
    longestStallAfterReadyMs: longest && probe.readyAt != null ? longest.end - probe.readyAt : null,
    longestStallNearReadyMs: Math.max(0, ...aroundReady.map((s) => s.ms)),
    stallsOverTarget: stalls.filter((s) => s.ms > STALL_TARGET_MS).length,
    stalledMs: stalls.reduce((sum, s) => sum + s.ms, 0),
    watchedMs: since(start, windowEnd),
    pingsDuringIndexing: duringIndexing.length,
    worstPingDuringIndexingMs: duringIndexing.length ? Math.max(...answered(duringIndexing)) : null,
    medianPingDuringIndexingMs: median(answered(duringIndexing)),
    worstPingMs: pings.length ? Math.max(...answered(pings)) : null,
    lostPings: pings.filter((p) => p.ms === null).length,
    heapAtReadyMB: host.heapAtReady / MB,
    heapAfterGcMB: host.heapAfterGc === null ? null : host.heapAfterGc / MB,
    rssMB: host.rss / MB,
    openToRowsMs: since(openedAt, page.rowsAt),
    activateToRowsMs: since(start, page.rowsAt),
    openToStatusMs: since(openedAt, firstNormal?.at),
    statusSaidIndexing: page.status.some((s) => /indexing/i.test(s.text ?? '')),
    viewShowedProgress: page.progressFrom !== null,
    firstRow: page.firstRow,
  };
}
