// Tree rows and status text, through the core module the extension's TodayState uses (TodayRows): the
// first computation of a day (every note summarised, the account map made, sorted), then one customer's
// note changed as Log Contact changes it (last_contacted moved) and announced by the index, to the tree's
// root rows and the status bar's data again; and, for comparison, everything computed again in full with
// the day's summaries kept (what a burst of many changes costs).
import { CustomerIndex } from '../src/core/index/customerIndex';
import { LinkResolver } from '../src/core/mentions/linkResolver';
import { groupRows, type ListOptions } from '../src/core/today/customerList';
import { statusOverall } from '../src/core/today/statusModel';
import { TodayRows } from '../src/core/today/todayRows';
import { addDays } from '../src/core/time/dates';
import type { CustomerNote, LocalDate } from '../src/core/model';

export interface ViewsResult {
  /** A new day: rows and status computed from nothing. */
  readonly rowsStatusFirstMs: number;
  readonly rowsStatusFirstCpuMs: number;
  /** One note changed: from the index's set to rows and status read again. */
  readonly rowsStatusChangeMs: number;
  readonly rowsStatusChangeCpuMs: number;
  /** Of which the status bar's data from the rows. */
  readonly statusChangeMs: number;
  /** Everything computed again (the day's per-note summaries kept). */
  readonly rowsStatusFullMs: number;
  /** The rows grouped by segment, after a change. */
  readonly bySegmentMs: number;
}

interface Options {
  readonly runs: number;
  readonly today: LocalDate;
  readonly list: ListOptions;
  readonly median: (xs: number[]) => number;
  readonly cpuNow: () => number;
}

export function benchViews(notes: readonly CustomerNote[], o: Options): ViewsResult {
  // A copy of the index, so the changes made here reach no other measure.
  const index = new CustomerIndex();
  index.replaceAll(notes);
  // Accounts are named as in the extension, by a link resolver over the customers. A moved
  // last_contacted changes no name, so (as the mention index's) it is not made again.
  const resolver = new LinkResolver(index.all(), () => '', { hasTitle: () => false, hasPath: () => false });
  const resolve = (target: string, fromId: string) => resolver.resolve({ target, kind: 'name', line: 0, column: 0, length: 0 }, fromId);
  const read = (rows: TodayRows, day: LocalDate) => {
    const root = groupRows(rows.rows(), 'none');
    const t = performance.now();
    const status = statusOverall(rows.urgentRows(), day);
    if (root[0].rows.length === 0 || status.tooltip.rows.length === 0) throw new Error('empty views');
    return performance.now() - t;
  };

  // Each run a day not seen before, so that no note's summary of the day is cached.
  const first: number[] = [];
  const firstCpu: number[] = [];
  for (let run = 0; run < o.runs; run++) {
    const day = addDays(o.today, run + 1);
    const c = o.cpuNow();
    const t = performance.now();
    read(new TodayRows(index, day, o.list, resolve), day);
    first.push(performance.now() - t);
    firstCpu.push(o.cpuNow() - c);
  }

  const rows = new TodayRows(index, o.today, o.list, resolve);
  read(rows, o.today);
  index.onDidChange((ids) => rows.changed(ids));
  const all = index.all();
  const change: number[] = [];
  const changeCpu: number[] = [];
  const status: number[] = [];
  const bySegment: number[] = [];
  for (let run = 0; run < o.runs * 3; run++) {
    const before = all[Math.floor(((run + 0.5) / (o.runs * 3)) * all.length)];
    const moved = { ...before, lastContacted: addDays(o.today, -1 - (run % 20)) };
    const c = o.cpuNow();
    const t = performance.now();
    index.set(moved);
    status.push(read(rows, o.today));
    change.push(performance.now() - t);
    changeCpu.push(o.cpuNow() - c);
    const s = performance.now();
    groupRows(rows.rows(), 'segment');
    bySegment.push(performance.now() - s);
  }

  const full: number[] = [];
  for (let run = 0; run < o.runs; run++) {
    const t = performance.now();
    read(new TodayRows(index, o.today, o.list, resolve), o.today);
    full.push(performance.now() - t);
  }
  return {
    rowsStatusFirstMs: o.median(first),
    rowsStatusFirstCpuMs: o.median(firstCpu),
    rowsStatusChangeMs: o.median(change),
    rowsStatusChangeCpuMs: o.median(changeCpu),
    statusChangeMs: o.median(status),
    rowsStatusFullMs: o.median(full),
    bySegmentMs: o.median(bySegment),
  };
}
