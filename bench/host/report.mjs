// Prints the host benchmark's figures: a table with a column per window (cold, then warm) and one JSON
// line, as bench/main.ts does. Nothing is asserted: a figure over its target is marked, not failed.
import * as os from 'node:os';
import { STALL_TARGET_MS } from './figures.mjs';

const fmt = (x, digits = 0) => (x === null || x === undefined || !Number.isFinite(x) ? 'n/a' : x.toFixed(digits));
const round = (x) => (typeof x === 'number' ? Math.round(x * 10) / 10 : x);

export function printReport({ corpus, passes, loadBefore, loadAfter, seconds }) {
  const rows = [
    ['page opened -> activate() starts', (f) => fmt(f.openToActivateMs)],
    ['activate()', (f) => fmt(f.activateMs, 1)],
    ['activation -> customers in (tree, status bar)', (f) => fmt(f.customersInMs)],
    ['activation -> index ready (customers + mentions)', (f) => fmt(f.readyMs)],
    ['  host CPU time until customers in · until ready', (f) => `${fmt(f.customersInCpuMs)} · ${fmt(f.readyCpuMs)}`],
    ['longest event-loop stall, activation -> drawn + 1 s', (f) => fmt(f.longestStallMs), `<= ${STALL_TARGET_MS} ms`, (f) => f.longestStallMs <= STALL_TARGET_MS],
    ['  ... it ended, relative to index ready', (f) => (f.longestStallAfterReadyMs === null ? 'n/a' : `${f.longestStallAfterReadyMs >= 0 ? '+' : ''}${fmt(f.longestStallAfterReadyMs)}`)],
    ['  longest stall within 1 s of index ready', (f) => fmt(f.longestStallNearReadyMs)],
    [`  stalls over ${STALL_TARGET_MS} ms · all stalls (ms) over watched (ms)`, (f) => `${f.stallsOverTarget} · ${fmt(f.stalledMs)}/${fmt(f.watchedMs)}`],
    ['command round trip during indexing: worst', (f) => fmt(f.worstPingDuringIndexingMs)],
    ['  median · pings during indexing', (f) => `${fmt(f.medianPingDuringIndexingMs)} · ${f.pingsDuringIndexing}`],
    ['  worst until drawn + 1 s · unanswered', (f) => `${fmt(f.worstPingMs)} · ${f.lostPings}`],
    ['extension host heap used at ready (MB)', (f) => fmt(f.heapAtReadyMB, 1)],
    ['  after a full GC, once drawn (MB) · rss', (f) => `${fmt(f.heapAfterGcMB, 1)} · ${fmt(f.rssMB)}`],
    ['page opened -> first tree rows in Chromium', (f) => fmt(f.openToRowsMs)],
    ['  activation -> first tree rows', (f) => fmt(f.activateToRowsMs)],
    ['page opened -> status bar with the counts', (f) => fmt(f.openToStatusMs)],
    ['  said indexing first · view showed progress', (f) => `${f.statusSaidIndexing ? 'yes' : 'no'} · ${f.viewShowedProgress ? 'yes' : 'no'}`],
    ['customers in the index', (f) => String(f.customers)],
  ];
  const names = passes.map((p) => p.name);
  const cells = rows.map(([label, value, target = '', met]) => [label, passes.map((p) => value(p.figures)), target,
    met ? (passes.every((p) => met(p.figures)) ? 'met' : 'MISSED') : '']);
  const labelWidth = Math.max(...cells.map((c) => c[0].length));
  const colWidth = Math.max(9, ...cells.flatMap((c) => c[1].map((v) => v.length)));
  const line = (label, values, target, verdict) => `${label.padEnd(labelWidth)} | ${values.map((v) => v.padStart(colWidth)).join(' | ')} | ${target.padEnd(10)} | ${verdict}`;
  console.log('');
  console.log(`Rapport in a real extension host (code-server ${corpus.codeServer}, headless Chromium) · node ${process.version} · ${os.cpus().length} CPUs · load average ${loadBefore.map((x) => x.toFixed(1)).join(' ')} before, ${loadAfter.map((x) => x.toFixed(1)).join(' ')} after`);
  console.log(`${corpus.customers.toLocaleString('en-US')} customer notes among ${corpus.other.toLocaleString('en-US')} other Markdown files · times in ms`);
  console.log('');
  console.log(line('window', names, 'target', ''));
  console.log(line('-'.repeat(labelWidth), names.map(() => '-'.repeat(colWidth)), '-'.repeat(10), '------'));
  for (const c of cells) console.log(line(...c));
  console.log('');
  console.log(JSON.stringify({
    bench: 'rapport-host',
    node: process.version,
    cpus: os.cpus().length,
    loadAverage: { before: loadBefore.map(round), after: loadAfter.map(round) },
    corpus,
    windows: Object.fromEntries(passes.map((p) => [p.name, Object.fromEntries(Object.entries(p.figures).map(([k, v]) => [k, round(v)]))])),
    targets: { longestStallMs: { target: STALL_TARGET_MS, values: passes.map((p) => round(p.figures.longestStallMs)), met: passes.every((p) => p.figures.longestStallMs <= STALL_TARGET_MS) } },
    totalSeconds: round(seconds),
  }));
}
