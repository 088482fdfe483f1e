// Where the extension host's time went, from the CPU profile bench/host/suite.ts records when asked
// (--profile): the functions with the most self time, over a span of epoch milliseconds.
import * as path from 'node:path';

/** [label, ms] of the `count` functions with the most self time between `from` and `to` (epoch ms). */
export function topFunctions({ startedAt, profile }, { from = -Infinity, to = Infinity } = {}, count = 10) {
  const frames = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
  const self = new Map();
  let t = profile.startTime;
  profile.samples.forEach((id, i) => {
    t += profile.timeDeltas[i];
    const at = startedAt + (t - profile.startTime) / 1000;
    if (at < from || at > to) return;
    const f = frames.get(id);
    const where = f.url ? ` ${path.basename(f.url)}:${f.lineNumber + 1}` : '';
    const label = `${f.functionName || '(anonymous)'}${where}`;
    self.set(label, (self.get(label) ?? 0) + profile.timeDeltas[i] / 1000);
  });
  return [...self].sort((a, b) => b[1] - a[1]).slice(0, count);
}

export function printProfile(name, cpu, stall) {
  const show = (title, top) => {
    console.log(`  ${title}`);
    for (const [label, ms] of top) console.log(`    ${ms.toFixed(0).padStart(6)} ms  ${label}`);
  };
  console.log(`${name} window: the extension host's CPU profile, self time (the figures above were taken with the profiler on)`);
  show('from the suite\'s start until drawn + 1 s', topFunctions(cpu));
  if (stall) show(`during the longest stall (${stall.ms.toFixed(0)} ms)`, topFunctions(cpu, { from: stall.end - stall.ms, to: stall.end }));
}
