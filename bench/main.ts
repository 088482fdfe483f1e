// Rapport's benchmark (`npm run bench`; bench/run.mjs compiles this and the production bundle first).
// For 100, 1,000 and 10,000 customer notes, in one process and one run, medians of several runs of:
// the floor (sync read; read + js-yaml of the front matter), Rapport's cold index (the extension's own
// indexer, src/core/index/noteIndexer.ts, on a Node fs workspace: bench/nodeWorkspace.ts), its reading
// path, one changed note re-indexed, heap per 1,000 notes, tree rows and status text (the first of a day,
// and after one change: bench/views.ts), the longest event-loop block while indexing; the warm start
// from the index cache against the floor of finding and stat-ing the files (bench/warm.ts); then the
// mention scan of every Markdown note (the notes glob) against its own floor (find + read + one pass
// over the lines), the mentions joined, one meeting note changed; then the bundle's size and require +
// activate time.
// Timings are reported, never asserted; the proofs (only matched files read, only the changed file
// re-read, the mentions joined exactly as the generator wrote them) fail the run when they do not hold.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import * as jsYaml from 'js-yaml';
import { CustomerIndex } from '../src/core/index/customerIndex';
import { defaultTiming, NoteIndexer } from '../src/core/index/noteIndexer';
import { customerNotes, linkingNotes } from '../src/core/index/noteKinds';
import type { FolderSettings, Logger, Settings } from '../src/core/index/ports';
import { type ListOptions } from '../src/core/today/customerList';
import { MentionIndex } from '../src/core/mentions/mentionIndex';
import { type CustomerNote, type LocalDate } from '../src/core/model';
import { formatDate } from '../src/core/time/dates';
import { ensureCorpus, type Corpus } from './corpus';
import { folderOfIn, keyOfExpected, keyOfMention, mentionsNotAsWritten, TimedMentionIndex } from './mentionsAsWritten';
import picomatch = require('picomatch');
import { NodeWorkspace } from './nodeWorkspace';
import { benchTyping } from './typing';
import { benchViews, type ViewsResult } from './views';
import { benchWarm, type WarmResult } from './warm';

const REPO = path.resolve(__dirname, '..', '..');
const BENCH_DIR = path.join(REPO, 'bench');
/** bench/run.mjs copies the fresh production build of dist/extension.js here. */
const BUNDLE = path.join(REPO, 'out', 'bench', 'bundle', 'extension.js');
const GLOB = 'customers/**/*.md';
const NOTES_GLOB = '**/*.md';
const SETTINGS: FolderSettings = { customerGlob: GLOB, notesGlob: NOTES_GLOB, defaultCadenceDays: 14 };
const SETTINGS_PORT: Settings = { folder: () => SETTINGS };
const SILENT: Logger = { info: () => undefined, warn: () => undefined, error: (m) => console.error(m) };
/** The extension's timing, without the debounce: an update is measured from the watcher's event. */
const TIMING = { ...defaultTiming, watchDebounceMs: 0 };
const TODAY_ISO = '2026-12-01';
const TODAY: LocalDate = { year: 2026, month: 12, day: 1 };
const LIST_OPTIONS: ListOptions = { sortBy: 'overdue', showArchived: false, dueSoonDays: 3 };

const TARGETS = {
  ratioToFloorB: 1.3,
  updateMs: 2,
  heapMBPer1000: 1.5,
  /** Tree rows + status text after one changed note (10,000 customers): only the changed rows re-placed. */
  rowsStatusChangeMs10k: 5,
  /** The first computation of a day: every row summarised and sorted. */
  rowsStatusFirstMs10k: 30,
  bundleKB: 250,
  requireActivateMs: 50,
  eventLoopBlockMs: 50,
  mentionRatioToFloor: 1.3,
  /** A window reopened on an unchanged workspace: find + stat of every file, then the index cache. */
  warmRatioToFloor: 1.5,
  /** A keystroke's help in a 2 MB note costs a small share of one pass over the note: it never reads the body. */
  keystrokeRatioToFloor: 0.1,
};

const args = new Map(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=') as [string, string]));
const SIZES = (args.get('sizes') ?? '100,1000,10000').split(',').map(Number);
const RUNS = Math.max(5, Number(args.get('runs') ?? 7));
const OTHER = Number(args.get('other') ?? 20000);
const SEED = Number(args.get('seed') ?? 20261201);

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) {
  console.error('Run with node --expose-gc (npm run bench does).');
  process.exit(2);
}

const proofFailures: string[] = [];
const prove = (ok: boolean, what: string) => {
  if (!ok) proofFailures.push(what);
};

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
/** CPU time of this process (all threads, so fs reads on libuv's pool count), in ms. */
const cpuNow = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const yieldToHost = () => new Promise<void>((resolve) => setImmediate(resolve));
const fullGc = () => {
  gc!();
  gc!();
};

// ---- the floor ------------------------------------------------------------------------------------

function floorRead(files: readonly string[]): number {
  let bytes = 0;
  for (const f of files) bytes += fs.readFileSync(f).byteLength;
  return bytes;
}

function floorReadYaml(files: readonly string[]): number {
  let keys = 0;
  for (const f of files) {
    const text = fs.readFileSync(f, 'utf8');
    if (!text.startsWith('---\n')) continue;
    const end = text.indexOf('\n---', 3);
    const data = jsYaml.safeLoad(text.slice(4, end + 1)) as Record<string, unknown> | undefined;
    keys += data ? Object.keys(data).length : 0;
  }
  return keys;
}

// ---- Rapport: the extension's indexer, on a Node fs workspace -----------------------------------------

interface ColdResult {
  index: CustomerIndex;
  totalMs: number;
  findMs: number;
  replaceAllMs: number;
  matched: number;
}

/** An index that times its one full replacement (the end of a scan). */
class TimedIndex extends CustomerIndex {
  replaceAllMs = 0;
  override replaceAll(notes: Iterable<CustomerNote>): void {
    const started = performance.now();
    super.replaceAll(notes);
    this.replaceAllMs = performance.now() - started;
  }
}

/** The extension's cold scan: NoteIndexer.rescan() on the workspace. */
async function coldIndex(workspace: NodeWorkspace): Promise<ColdResult> {
  const index = new TimedIndex();
  const indexer = new NoteIndexer(index, customerNotes, workspace, SETTINGS_PORT, SILENT, TIMING);
  const t0 = performance.now();
  await indexer.rescan();
  const totalMs = performance.now() - t0;
  indexer.dispose();
  return { index, totalMs, findMs: workspace.counters.findMs, replaceAllMs: index.replaceAllMs, matched: index.all().length };
}

/** The workspace's reading alone (find + read in the indexer's batches, no parsing): how much of the cold index is I/O. */
async function readThroughPort(workspace: NodeWorkspace, glob = GLOB): Promise<number> {
  workspace.reset();
  const t0 = performance.now();
  const ids = await workspace.find(workspace.folder, glob);
  for (let i = 0; i < ids.length; i += TIMING.readBatch) {
    await Promise.all(ids.slice(i, i + TIMING.readBatch).map(async (id) => (await workspace.stat(id)) !== undefined && workspace.read(id)));
    await yieldToHost();
  }
  const ms = performance.now() - t0;
  workspace.reset();
  return ms;
}

function checkOnlyGlobRead(workspace: NodeWorkspace, corpus: Corpus, matched: number): void {
  const expected = new Set(corpus.customerFiles);
  const opened = workspace.counters.opened;
  const isMatch = picomatch(GLOB);
  prove(matched === expected.size, `${corpus.params.customers}: the index holds ${matched} notes, expected ${expected.size}`);
  prove(opened.length === expected.size, `${corpus.params.customers}: ${opened.length} files opened, expected ${expected.size}`);
  prove(new Set(opened).size === opened.length && opened.every((f) => expected.has(f)), `${corpus.params.customers}: a file outside the customer notes was opened`);
  prove(opened.every((f) => isMatch(workspace.relative(f))), `${corpus.params.customers}: an opened file does not match ${GLOB}`);
  prove(workspace.counters.dirsListed.every((d) => d === 'customers' || d.startsWith('customers/')), `${corpus.params.customers}: a folder outside customers/ was listed`);
}

// ---- one changed note -------------------------------------------------------------------------------

/**
 * Writes `change(original)` over `file`, times the watcher's event to the index's first change (whose ids
 * `check` gets, with the workspace's counters still those of the update), then puts the file back as
 * generated, so the corpus can be reused.
 */
async function timedChange(
  workspace: NodeWorkspace, index: CustomerIndex, indexer: { idle(): Promise<void> }, file: string,
  change: (original: string) => string, result: UpdateResult, check: (named: readonly string[]) => void,
): Promise<void> {
  const original = fs.readFileSync(file, 'utf8');
  fs.writeFileSync(file, change(original));
  try {
    workspace.reset();
    const updated = new Promise<readonly string[]>((resolve) => {
      const listening = index.onDidChange((ids) => {
        listening.dispose();
        resolve([...ids]);
      });
    });
    const t0 = performance.now();
    const c0 = cpuNow();
    workspace.changed(file);
    const named = await updated;
    result.ms.push(performance.now() - t0);
    result.cpu.push(cpuNow() - c0);
    result.reads.push(workspace.counters.opened.length);
    check(named);
  } finally {
    fs.writeFileSync(file, original);
    workspace.changed(file);
    await indexer.idle();
    workspace.reset();
  }
}

interface UpdateResult {
  ms: number[];
  cpu: number[];
  reads: number[];
}

/** A note changed on disk, from the watcher's event to the index holding it (NoteIndexer's own update). */
async function updates(workspace: NodeWorkspace, corpus: Corpus, count: number): Promise<UpdateResult> {
  const index = new CustomerIndex();
  const indexer = new NoteIndexer(index, customerNotes, workspace, SETTINGS_PORT, SILENT, TIMING);
  await indexer.rescan();
  const result: UpdateResult = { ms: [], cpu: [], reads: [] };
  const files = corpus.customerFiles;
  try {
    for (let k = 0; k < count; k++) {
      const file = files[Math.floor(((k + 0.5) * files.length) / count) % files.length];
      const id = workspace.idOf(file);
      const before = new Map(index.all().map((n) => [n.id, n]));
      await timedChange(workspace, index, indexer, file, changeNote, result, () => {
        const opened = workspace.counters.opened;
        prove(opened.length === 1 && opened[0] === file, `${corpus.params.customers}: updating one note opened ${opened.length} file(s): ${opened.slice(0, 3).join(', ')}`);
        const note = index.get(id);
        prove(!!note && note !== before.get(id) && note.lastContacted?.day === TODAY.day && note.lastContacted.month === TODAY.month, `${corpus.params.customers}: the changed note's new last_contacted is not in the index`);
        prove(index.all().length === before.size && index.all().every((n) => n.id === id || before.get(n.id) === n), `${corpus.params.customers}: another note changed in the index`);
      });
    }
  } finally {
    indexer.dispose();
  }
  return result;
}

function changeNote(text: string): string {
  const withDate = /^last_contacted: .*$/m.test(text)
    ? text.replace(/^last_contacted: .*$/m, `last_contacted: ${TODAY_ISO}`)
    : text.replace(/^status: /m, `last_contacted: ${TODAY_ISO}\nstatus: `);
  return `${withDate}\n### ${TODAY_ISO} Benchmark call (30m)\nChanged by the benchmark.\n`;
}

// ---- mentions: every Markdown note read for its links to customers ----------------------------------

const EXCLUDED_DIRS = new Set(['node_modules', '.git']);

/**
 * The floor of any link scan: find every file the notes glob matches (one synchronous walk, skipping
 * node_modules and .git), read it as text, and pass once over its lines looking for `[`.
 */
function floorLinkScan(root: string): { files: number; bracketLines: number } {
  const isMatch = picomatch(NOTES_GLOB);
  let files = 0;
  let bracketLines = 0;
  const walk = (rel: string) => {
    for (const e of fs.readdirSync(path.join(root, rel), { withFileTypes: true })) {
      const childRel = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) {
        if (!EXCLUDED_DIRS.has(e.name)) walk(childRel);
      } else if (e.isFile() && isMatch(childRel)) {
        files++;
        for (const line of fs.readFileSync(path.join(root, childRel), 'utf8').split('\n')) if (line.includes('[')) bracketLines++;
      }
    }
  };
  walk('');
  return { files, bracketLines };
}

interface MentionScan {
  index: CustomerIndex;
  mentions: TimedMentionIndex;
  totalMs: number;
  cpuMs: number;
  findMs: number;
  joinMs: number;
}

/**
 * Rapport's mention scan, as the extension runs it after the customer scan: NoteIndexer.rescan() of every
 * Markdown note into a MentionIndex over a customer index already holding the customers (a fresh one
 * per run, so every run joins from nothing), until the mentions are joined.
 */
async function mentionScan(workspace: NodeWorkspace, customers: readonly CustomerNote[]): Promise<MentionScan> {
  const index = new CustomerIndex();
  index.replaceAll(customers);
  const mentions = new TimedMentionIndex(index, folderOfIn(workspace));
  const indexer = new NoteIndexer(mentions, linkingNotes, workspace, SETTINGS_PORT, SILENT, TIMING);
  workspace.reset();
  const c0 = cpuNow();
  const t0 = performance.now();
  await indexer.rescan();
  const totalMs = performance.now() - t0;
  const cpuMs = cpuNow() - c0;
  indexer.dispose();
  return { index, mentions, totalMs, cpuMs, findMs: workspace.counters.findMs, joinMs: mentions.replaceAllMs };
}

interface MentionCounts {
  dated: number;
  planned: number;
  references: number;
}

/** The scan read exactly the notes the glob matches (none in node_modules or .git), and joined exactly the mentions the generator wrote. */
function checkMentionScan(workspace: NodeWorkspace, corpus: Corpus, index: CustomerIndex): MentionCounts {
  const n = corpus.params.customers;
  const expectedFiles = new Set(corpus.noteFiles);
  const opened = workspace.counters.opened;
  const isMatch = picomatch(NOTES_GLOB);
  const excluded = (rel: string) => rel.split('/').some((part) => EXCLUDED_DIRS.has(part));
  prove(corpus.skippedMarkdown.length > 0 && corpus.skippedMarkdown.every((f) => fs.existsSync(f) && f.endsWith('.md')), `${n}: the corpus lacks its Markdown in node_modules/.git`);
  prove(opened.length === expectedFiles.size && new Set(opened).size === opened.length, `${n}: the mention scan opened ${opened.length} files (${new Set(opened).size} distinct), expected ${expectedFiles.size}`);
  prove(opened.every((f) => expectedFiles.has(f)), `${n}: the mention scan opened a file the generator did not write as a note: ${opened.find((f) => !expectedFiles.has(f))}`);
  prove(opened.every((f) => isMatch(workspace.relative(f)) && !excluded(workspace.relative(f))), `${n}: the mention scan opened a file outside ${NOTES_GLOB} or inside node_modules/.git`);
  prove(workspace.counters.dirsListed.every((d) => !excluded(d)), `${n}: the mention scan listed a folder inside node_modules/.git`);

  const counts: MentionCounts = { dated: 0, planned: 0, references: 0 };
  let wrong = 0;
  let example = '';
  for (const [file, expected] of corpus.mentions) {
    const note = index.get(workspace.idOf(file));
    const got = (note?.mentions ?? []).map(keyOfMention).sort();
    const want = expected.map((m) => keyOfExpected(workspace, m)).sort();
    if (got.length !== want.length || got.some((k, i) => k !== want[i])) {
      wrong++;
      example ||= `${workspace.relative(file)}: joined ${got.length}, written ${want.length} (first difference: ${got.find((k) => !want.includes(k)) ?? want.find((k) => !got.includes(k))})`;
    }
    for (const m of note?.mentions ?? []) {
      if (!m.date) counts.references++;
      else if (formatDate(m.date) > TODAY_ISO) counts.planned++;
      else counts.dated++;
    }
  }
  prove(corpus.mentions.size === n && wrong === 0, `${n}: ${wrong} customers' joined mentions differ from what the generator wrote; ${example}`);
  return counts;
}

interface MentionUpdates {
  ms: number[];
  cpu: number[];
  reads: number[];
  rejoined: number[];
}

/**
 * One meeting note changed on disk, from the watcher's event to the customers joined again: the note is
 * rewritten to mention one of its customers (on other lines) and one it did not mention, dropping the
 * rest; exactly the customers it mentioned before or mentions now must be re-joined, and only it read.
 */
async function mentionUpdates(workspace: NodeWorkspace, corpus: Corpus, customers: readonly CustomerNote[], count: number): Promise<MentionUpdates> {
  const n = corpus.params.customers;
  const index = new CustomerIndex();
  index.replaceAll(customers);
  const mentions = new MentionIndex(index, folderOfIn(workspace));
  const indexer = new NoteIndexer(mentions, linkingNotes, workspace, SETTINGS_PORT, SILENT, TIMING);
  await indexer.rescan();
  // Which customers each meeting note mentions, as the generator wrote them.
  const byNote = new Map<string, Set<string>>();
  for (const [customer, ms] of corpus.mentions) {
    for (const m of ms) {
      if (!m.note.includes(`${path.sep}meetings${path.sep}`)) continue;
      (byNote.get(m.note) ?? byNote.set(m.note, new Set()).get(m.note)!).add(customer);
    }
  }
  const candidates = [...byNote.keys()].filter((f) => byNote.get(f)!.size >= 2).sort();
  const slugOf = (file: string) => path.basename(file, '.md');
  const result: MentionUpdates = { ms: [], cpu: [], reads: [], rejoined: [] };
  try {
    for (let k = 0; k < count && candidates.length; k++) {
      const file = candidates[Math.floor(((k + 0.5) * candidates.length) / count) % candidates.length];
      const id = workspace.idOf(file);
      const before = byNote.get(file)!;
      const kept = [...before].sort()[0];
      const added = corpus.customerFiles[(corpus.customerFiles.indexOf(kept) + 1 + k) % corpus.customerFiles.length];
      if (before.has(added)) continue;
      const expectedIds = new Set([...before, added].map((f) => workspace.idOf(f)));
      // Line 1: the `customers:` key (dated by the file name); line 6: a link to both under a dated heading.
      const changed = `---\ncustomers: [${slugOf(kept)}]\n---\n# Changed by the benchmark\n\n## ${TODAY_ISO} Follow-up (30m)\nWith [[${slugOf(kept)}]] and [[${slugOf(added)}]].\n`;
      const notesBefore = new Map(index.all().map((c) => [c.id, c]));
      await timedChange(workspace, index, indexer, file, () => changed, result, (events) => {
        const opened = workspace.counters.opened;
        const named = new Set(events);
        result.rejoined.push(named.size);
        prove(opened.length === 1 && opened[0] === file, `${n}: updating one meeting note opened ${opened.length} file(s): ${opened.slice(0, 3).join(', ')}`);
        prove(named.size === expectedIds.size && [...expectedIds].every((c) => named.has(c)),
          `${n}: a changed meeting note re-joined ${named.size} customers (${[...named].map((c) => path.basename(c)).join(', ')}), expected the ${expectedIds.size} it mentioned before or mentions now`);
        const fromNote = (customer: string) => (index.get(workspace.idOf(customer))?.mentions ?? []).filter((m) => m.noteId === id).map((m) => m.line).sort((a, b) => a - b).join(',');
        prove(fromNote(kept) === '1,6' && fromNote(added) === '6' && [...before].every((c) => c === kept || fromNote(c) === ''),
          `${n}: after the change the note's mentions are ${[...before, added].map((c) => `${path.basename(c)}: [${fromNote(c)}]`).join('; ')}`);
        prove(index.all().every((c) => expectedIds.has(c.id) || notesBefore.get(c.id) === c), `${n}: a customer the changed note never mentioned changed in the index`);
      });
    }
    prove(result.ms.length >= Math.min(count, 3), `${n}: only ${result.ms.length} meeting notes could be changed`);
    // Back as generated: every customer's mentions as written.
    checkMentionsOnly(workspace, corpus, index);
  } finally {
    indexer.dispose();
  }
  return result;
}

function checkMentionsOnly(workspace: NodeWorkspace, corpus: Corpus, index: CustomerIndex): void {
  const wrong = mentionsNotAsWritten(workspace, corpus, index);
  prove(wrong === 0, `${corpus.params.customers}: after the notes were restored, ${wrong} customers' mentions differ from what the generator wrote`);
}

interface MentionResult {
  mentionNotes: number;
  floorLinksMs: number;
  mentionScanMs: number;
  mentionRatioToFloor: number;
  floorLinksCpuMs: number;
  mentionScanCpuMs: number;
  mentionRatioToFloorCpu: number;
  mentionFindMs: number;
  mentionReadOnlyMs: number;
  mentionReadOnlyCpuMs: number;
  mentionJoinMs: number;
  mentionFilesRead: number;
  mentionsDated: number;
  mentionsPlanned: number;
  mentionsReferences: number;
  mentionHeapMB: number;
  mentionEventLoopMaxMs: number;
  mentionUpdateMs: number;
  mentionUpdateCpuMs: number;
  mentionUpdateReads: number;
  mentionUpdateRejoined: number;
}

async function benchMentions(port: NodeWorkspace, corpus: Corpus, customers: readonly CustomerNote[]): Promise<MentionResult> {
  const n = corpus.params.customers;
  // Warm-up (JIT, page cache), not counted.
  floorLinkScan(corpus.root);
  await mentionScan(port, customers);
  port.reset();

  const [floor, floorCpu, scan, scanCpu, find, join, readOnly, readOnlyCpu, heap]: number[][] = [[], [], [], [], [], [], [], [], []];
  let counts: MentionCounts = { dated: 0, planned: 0, references: 0 };
  let filesRead = 0;
  // The scan's indexes live only here (see benchSize): no stale local keeps the previous run's alive.
  const holder: { scan?: MentionScan } = {};
  const scanInto = async (check: boolean): Promise<Omit<MentionScan, 'index' | 'mentions'>> => {
    const scanned = await mentionScan(port, customers);
    if (check) {
      counts = checkMentionScan(port, corpus, scanned.index);
      filesRead = port.counters.opened.length;
    }
    port.reset();
    holder.scan = scanned;
    const { index: _index, mentions: _mentions, ...timings } = scanned;
    return timings;
  };
  for (let run = 0; run < RUNS; run++) {
    // Interleaved, so a slow moment of the machine hits every measure alike.
    const t = performance.now();
    const c = cpuNow();
    const f = floorLinkScan(corpus.root);
    floor.push(performance.now() - t);
    floorCpu.push(cpuNow() - c);
    prove(f.files === corpus.noteFiles.length, `${n}: the floor found ${f.files} notes, expected ${corpus.noteFiles.length}`);
    const c1 = cpuNow();
    readOnly.push(await readThroughPort(port, NOTES_GLOB));
    readOnlyCpu.push(cpuNow() - c1);

    holder.scan = undefined;
    port.reset();
    fullGc();
    const heapBefore = process.memoryUsage().heapUsed;
    const s = await scanInto(run === 0);
    scan.push(s.totalMs);
    scanCpu.push(s.cpuMs);
    find.push(s.findMs);
    join.push(s.joinMs);
    fullGc();
    heap.push(process.memoryUsage().heapUsed - heapBefore);
  }
  holder.scan = undefined;

  // The longest event-loop block while scanning (separate runs: the monitor's timer would perturb the timings).
  const eld: number[] = [];
  for (let run = 0; run < 3; run++) {
    const h = monitorEventLoopDelay({ resolution: 1 });
    h.enable();
    await mentionScan(port, customers);
    await yieldToHost();
    h.disable();
    port.reset();
    eld.push(h.max / 1e6);
  }

  const upd = await mentionUpdates(port, corpus, customers, Math.max(RUNS, 9));
  const floorMs = median(floor);
  const scanMs = median(scan);
  return {
    mentionNotes: corpus.noteFiles.length,
    floorLinksMs: floorMs,
    mentionScanMs: scanMs,
    mentionRatioToFloor: scanMs / floorMs,
    floorLinksCpuMs: median(floorCpu),
    mentionScanCpuMs: median(scanCpu),
    mentionRatioToFloorCpu: median(scanCpu) / median(floorCpu),
    mentionFindMs: median(find),
    mentionReadOnlyMs: median(readOnly),
    mentionReadOnlyCpuMs: median(readOnlyCpu),
    mentionJoinMs: median(join),
    mentionFilesRead: filesRead,
    mentionsDated: counts.dated,
    mentionsPlanned: counts.planned,
    mentionsReferences: counts.references,
    mentionHeapMB: median(heap) / 1048576,
    mentionEventLoopMaxMs: median(eld),
    mentionUpdateMs: upd.ms.length ? median(upd.ms) : NaN,
    mentionUpdateCpuMs: upd.cpu.length ? median(upd.cpu) : NaN,
    mentionUpdateReads: Math.max(0, ...upd.reads),
    mentionUpdateRejoined: Math.max(0, ...upd.rejoined),
  };
}

// ---- bundle -----------------------------------------------------------------------------------------

interface BundleResult {
  bytes: number;
  requireActivateCpuMs: number;
  requireMs: number;
  activateMs: number | null;
  activateError: string | null;
}

function bundle(runs: number): BundleResult {
  const bytes = fs.statSync(BUNDLE).size;
  const results: Array<{ requireMs: number; requireCpuMs: number; activateCpuMs: number; activateMs: number | null; activateError: string | null }> = [];
  for (let i = 0; i < runs + 1; i++) {
    const r = spawnSync(process.execPath, [path.join(__dirname, 'requireBundle.js'), BUNDLE], { cwd: REPO, encoding: 'utf8' });
    const line = r.stdout.trim().split('\n').pop() ?? '';
    try {
      if (i > 0) results.push(JSON.parse(line)); // the first process warms the disk cache
    } catch {
      throw new Error(`require of the bundle failed: ${r.stderr || r.stdout}`);
    }
  }
  const activated = results.filter((r) => r.activateMs !== null);
  return {
    bytes,
    requireMs: median(results.map((r) => r.requireMs)),
    requireActivateCpuMs: median(results.map((r) => r.requireCpuMs + r.activateCpuMs)),
    activateMs: activated.length ? median(activated.map((r) => r.activateMs!)) : null,
    activateError: results.find((r) => r.activateError)?.activateError ?? null,
  };
}

// ---- main -------------------------------------------------------------------------------------------

interface SizeResult extends MentionResult, WarmResult, ViewsResult {
  notes: number;
  corpusMB: number;
  otherMarkdown: number;
  floorReadMs: number;
  floorYamlMs: number;
  coldMs: number;
  ratioToFloorYaml: number;
  floorReadCpuMs: number;
  floorYamlCpuMs: number;
  coldCpuMs: number;
  readOnlyCpuMs: number;
  ratioToFloorYamlCpu: number;
  updateCpuMs: number;
  findMs: number;
  readOnlyMs: number;
  replaceAllMs: number;
  filesRead: number;
  updateMs: number;
  updateReads: number;
  heapMBPer1000: number;
  heapMB: number;
  eventLoopMaxMs: number;
  eventLoopP99Ms: number;
}

async function benchSize(corpus: Corpus): Promise<SizeResult> {
  const port = new NodeWorkspace(corpus.root);
  const n = corpus.params.customers;
  const files = corpus.customerFiles;
  const corpusBytes = files.reduce((sum, f) => sum + fs.statSync(f).size, 0);

  // Warm-up (JIT, page cache), not counted.
  floorRead(files);
  floorReadYaml(files);
  port.reset();
  await coldIndex(port);
  port.reset();

  const a: number[] = [];
  const b: number[] = [];
  const readOnly: number[] = [];
  const [aCpu, bCpu, readOnlyCpu, coldCpu]: number[][] = [[], [], [], []];
  const cold: Array<Omit<ColdResult, 'index'>> = [];
  const heap: number[] = [];
  let filesRead = 0;
  // The index lives only here, so that nothing else (such as a stale local of this async function)
  // keeps the previous run's index alive while the next run's heap baseline is taken.
  const holder: { index?: CustomerIndex } = {};
  const coldInto = async (): Promise<Omit<ColdResult, 'index'>> => {
    const { index, ...timings } = await coldIndex(port);
    checkOnlyGlobRead(port, corpus, timings.matched);
    filesRead = port.counters.opened.length;
    port.reset(); // the counters' path list is the benchmark's, not the index's
    holder.index = index;
    return timings;
  };
  for (let run = 0; run < RUNS; run++) {
    // Interleaved, so a slow moment of the machine hits every measure alike.
    let t = performance.now();
    let c = cpuNow();
    floorRead(files);
    a.push(performance.now() - t);
    aCpu.push(cpuNow() - c);
    t = performance.now();
    c = cpuNow();
    floorReadYaml(files);
    b.push(performance.now() - t);
    bCpu.push(cpuNow() - c);
    c = cpuNow();
    readOnly.push(await readThroughPort(port));
    readOnlyCpu.push(cpuNow() - c);

    holder.index = undefined;
    port.reset();
    fullGc();
    const heapBefore = process.memoryUsage().heapUsed;
    const c0 = cpuNow();
    cold.push(await coldInto());
    coldCpu.push(cpuNow() - c0);
    fullGc();
    heap.push(process.memoryUsage().heapUsed - heapBefore);
    const built = holder.index as CustomerIndex | undefined; // (set by coldInto)
    prove(built?.all().length === n, `${n}: the index holds ${built?.all().length} notes`);
  }
  const index = holder.index;

  // The longest event-loop block while indexing (separate runs: the monitor's timer would perturb the timings).
  const eld: number[] = [];
  const eldP99: number[] = [];
  for (let run = 0; run < Math.min(RUNS, 5); run++) {
    const h = monitorEventLoopDelay({ resolution: 1 });
    port.reset();
    h.enable();
    await coldIndex(port);
    await yieldToHost();
    h.disable();
    port.reset();
    eld.push(h.max / 1e6);
    eldP99.push(h.percentile(99) / 1e6);
  }

  // Before the updates: a file they write and restore would be too fresh for the cache to trust.
  const warmResult = await benchWarm(port, corpus, index!, { runs: RUNS, settings: SETTINGS, timing: TIMING, log: SILENT, median, prove, fullGc });
  const upd = await updates(port, corpus, Math.max(RUNS, 9));
  const viewsResult = benchViews(index!.all(), { runs: RUNS, today: TODAY, list: LIST_OPTIONS, median, cpuNow });
  const mentionResult = await benchMentions(port, corpus, index!.all());

  const coldMs = median(cold.map((c) => c.totalMs));
  const floorYamlMs = median(b);
  const coldCpuMs = median(coldCpu);
  const floorYamlCpuMs = median(bCpu);
  const heapMB = median(heap) / 1048576;
  return {
    notes: n,
    corpusMB: corpusBytes / 1048576,
    otherMarkdown: corpus.params.otherMarkdown,
    floorReadMs: median(a),
    floorYamlMs,
    coldMs,
    ratioToFloorYaml: coldMs / floorYamlMs,
    floorReadCpuMs: median(aCpu),
    floorYamlCpuMs,
    coldCpuMs,
    readOnlyCpuMs: median(readOnlyCpu),
    ratioToFloorYamlCpu: coldCpuMs / floorYamlCpuMs,
    updateCpuMs: median(upd.cpu),
    findMs: median(cold.map((c) => c.findMs)),
    readOnlyMs: median(readOnly),
    replaceAllMs: median(cold.map((c) => c.replaceAllMs)),
    filesRead,
    updateMs: median(upd.ms),
    updateReads: Math.max(...upd.reads),
    heapMBPer1000: heapMB / (n / 1000),
    heapMB,
    eventLoopMaxMs: median(eld),
    eventLoopP99Ms: median(eldP99),
    ...warmResult,
    ...viewsResult,
    ...mentionResult,
  };
}

const round = (x: number) => Math.round(x * 1000) / 1000;
const fmt = (x: number, digits = 1) => (Number.isFinite(x) ? x.toFixed(digits) : 'n/a');
const mark = (ok: boolean) => (ok ? 'met' : 'MISSED');

async function main(): Promise<void> {
  const started = performance.now();
  const corpora = SIZES.map((customers) => ensureCorpus(BENCH_DIR, { customers, otherMarkdown: OTHER, seed: SEED, today: TODAY_ISO }));
  for (const c of corpora) {
    console.log(`corpus ${c.params.customers} notes + ${c.params.otherMarkdown} other .md: ${c.reused ? 'reused' : 'generated'} (${fmt(c.generateMs / 1000)} s) ${path.relative(REPO, c.root)}`);
  }
  const results: SizeResult[] = [];
  for (const corpus of corpora) {
    process.stdout.write(`measuring ${corpus.params.customers} notes ...\n`);
    results.push(await benchSize(corpus));
  }
  const typing = benchTyping(RUNS, TODAY, median);
  const b = bundle(RUNS);
  prove(b.activateError === null, `activate() threw: ${b.activateError}`);
  const requireActivate = b.requireMs + (b.activateMs ?? 0);
  const big = results[results.length - 1];

  const cols = results.map((r) => r.notes.toLocaleString('en-US'));
  const rows: Array<[string, string[], string, string]> = [];
  const row = (label: string, values: string[], target = '', verdict = '') => rows.push([label, values, target, verdict]);
  row('customer notes (MB on disk)', results.map((r) => fmt(r.corpusMB)));
  row(`other .md files around them`, results.map((r) => r.otherMarkdown.toLocaleString('en-US')));
  row('floor A: sync read (ms)', results.map((r) => fmt(r.floorReadMs)));
  row('floor B: read + js-yaml front matter (ms)', results.map((r) => fmt(r.floorYamlMs)));
  row('Rapport cold index (ms)', results.map((r) => fmt(r.coldMs)));
  row('  ratio to floor B', results.map((r) => `${fmt(r.ratioToFloorYaml, 2)}x`), `<= ${TARGETS.ratioToFloorB}x (10k)`, mark(big.ratioToFloorYaml <= TARGETS.ratioToFloorB));
  row('  of which find (walk customers/) (ms)', results.map((r) => fmt(r.findMs)));
  row('  find + read only, no parsing (ms)', results.map((r) => fmt(r.readOnlyMs)));
  row('  files read (all = matched by glob)', results.map((r) => String(r.filesRead)), 'only glob', proofFailures.length ? 'FAILED' : 'proved');
  row('one note changed: update (ms)', results.map((r) => fmt(r.updateMs, 2)), `<= ${TARGETS.updateMs} ms`, mark(results.every((r) => r.updateMs <= TARGETS.updateMs)));
  row('  files read per update', results.map((r) => String(r.updateReads)), '1', results.every((r) => r.updateReads === 1) ? 'proved' : 'FAILED');
  row('CPU time (this process, all threads):', results.map(() => ''));
  row('  floor A: sync read (ms CPU)', results.map((r) => fmt(r.floorReadCpuMs)));
  row('  floor B: read + js-yaml (ms CPU)', results.map((r) => fmt(r.floorYamlCpuMs)));
  row('  Rapport cold index (ms CPU)', results.map((r) => fmt(r.coldCpuMs)));
  row('    ratio to floor B, CPU', results.map((r) => `${fmt(r.ratioToFloorYamlCpu, 2)}x`), `<= ${TARGETS.ratioToFloorB}x (10k)`, mark(big.ratioToFloorYamlCpu <= TARGETS.ratioToFloorB));
  row('    find + read only (ms CPU)', results.map((r) => fmt(r.readOnlyCpuMs)));
  row('  update one note (ms CPU)', results.map((r) => fmt(r.updateCpuMs, 2)), `<= ${TARGETS.updateMs} ms`, mark(results.every((r) => r.updateCpuMs <= TARGETS.updateMs)));
  row('  rows + status after one change (ms CPU)', results.map((r) => fmt(r.rowsStatusChangeCpuMs, 2)), `<= ${TARGETS.rowsStatusChangeMs10k} ms (10k)`, mark(big.rowsStatusChangeCpuMs <= TARGETS.rowsStatusChangeMs10k));
  row('  rows + status, first of the day (ms CPU)', results.map((r) => fmt(r.rowsStatusFirstCpuMs, 2)), `<= ${TARGETS.rowsStatusFirstMs10k} ms (10k)`, mark(big.rowsStatusFirstCpuMs <= TARGETS.rowsStatusFirstMs10k));
  row('heap growth per 1,000 notes (MB)', results.map((r) => fmt(r.heapMBPer1000, 2)), `<= ${TARGETS.heapMBPer1000} MB`, mark(results.every((r) => r.heapMBPer1000 <= TARGETS.heapMBPer1000)));
  row('tree rows + status text after one change (ms)', results.map((r) => fmt(r.rowsStatusChangeMs, 2)), `<= ${TARGETS.rowsStatusChangeMs10k} ms (10k)`, mark(big.rowsStatusChangeMs <= TARGETS.rowsStatusChangeMs10k));
  row('  of which the status bar data (ms)', results.map((r) => fmt(r.statusChangeMs, 2)));
  row('  rows + status, first of the day (ms)', results.map((r) => fmt(r.rowsStatusFirstMs, 2)), `<= ${TARGETS.rowsStatusFirstMs10k} ms (10k)`, mark(big.rowsStatusFirstMs <= TARGETS.rowsStatusFirstMs10k));
  row('  rows + status in full again, the day\'s summaries kept (ms)', results.map((r) => fmt(r.rowsStatusFullMs, 2)));
  row('  rows grouped by segment (ms)', results.map((r) => fmt(r.bySegmentMs, 2)));
  row('longest event-loop block, indexing (ms)', results.map((r) => fmt(r.eventLoopMaxMs)), `<= ${TARGETS.eventLoopBlockMs} ms`, mark(big.eventLoopMaxMs <= TARGETS.eventLoopBlockMs));
  row('  event-loop delay p99 (ms)', results.map((r) => fmt(r.eventLoopP99Ms)));
  row('  replaceAll into the index (ms)', results.map((r) => fmt(r.replaceAllMs, 2)));
  const warmProofs = proofFailures.filter((f) => /warm|first window/.test(f)).length === 0;
  row('warm start: floor W, find + stat of every file (ms)', results.map((r) => fmt(r.warmFloorMs)));
  row('  of which find (ms)', results.map((r) => fmt(r.warmFloorFindMs)));
  row('  Rapport warm start: cache read + checked + index (ms)', results.map((r) => fmt(r.warmMs)));
  row('    ratio to floor W', results.map((r) => `${fmt(r.warmRatio, 2)}x`), `<= ${TARGETS.warmRatioToFloor}x (10k)`, mark(big.warmRatio <= TARGETS.warmRatioToFloor));
  row('    of which the cache file read + checked (ms)', results.map((r) => fmt(r.warmCacheMs)));
  row('    cache file (MB)', results.map((r) => fmt(r.warmCacheMB, 2)));
  row('    notes read, unchanged corpus', results.map((r) => String(r.warmReads)), '0', warmProofs && results.every((r) => r.warmReads === 0) ? 'proved' : 'FAILED');
  row('    heap per 1,000 notes after a warm start (MB)', results.map((r) => fmt(r.warmHeapMBPer1000, 2)));
  row('    longest event-loop block, warm start (ms)', results.map((r) => fmt(r.warmEventLoopMaxMs)), `<= ${TARGETS.eventLoopBlockMs} ms`, mark(big.warmEventLoopMaxMs <= TARGETS.eventLoopBlockMs));
  row('    writing the cache after a cold scan (ms, in the background)', results.map((r) => fmt(r.warmWriteMs)));
  row(`  mentions: floor W, find + stat of every ${NOTES_GLOB} (ms)`, results.map((r) => fmt(r.mentionWarmFloorMs)));
  row('    Rapport warm mention scan, until joined (ms)', results.map((r) => fmt(r.mentionWarmMs)));
  row('      ratio to its floor W', results.map((r) => `${fmt(r.mentionWarmRatio, 2)}x`), `<= ${TARGETS.warmRatioToFloor}x (10k)`, mark(big.mentionWarmRatio <= TARGETS.warmRatioToFloor));
  row('      of which the cache file read + checked (ms)', results.map((r) => fmt(r.mentionWarmCacheMs)));
  row('      of which match links + join mentions (ms)', results.map((r) => fmt(r.mentionWarmJoinMs)));
  row('      cache file (MB)', results.map((r) => fmt(r.mentionWarmCacheMB, 2)));
  row('      notes read, unchanged corpus', results.map((r) => String(r.mentionWarmReads)), '0', warmProofs && results.every((r) => r.mentionWarmReads === 0) ? 'proved' : 'FAILED');
  const mentionProofs = proofFailures.filter((f) => /mention|floor found/.test(f)).length === 0;
  row(`mentions: every ${NOTES_GLOB} note read for links`, results.map((r) => r.mentionNotes.toLocaleString('en-US')));
  row('  floor M: find + read + one pass over lines (ms)', results.map((r) => fmt(r.floorLinksMs)));
  row('  Rapport mention scan, until joined (ms)', results.map((r) => fmt(r.mentionScanMs)));
  row('    ratio to floor M', results.map((r) => `${fmt(r.mentionRatioToFloor, 2)}x`), `<= ${TARGETS.mentionRatioToFloor}x (10k)`, mark(big.mentionRatioToFloor <= TARGETS.mentionRatioToFloor));
  row('    of which find (walk the folder) (ms)', results.map((r) => fmt(r.mentionFindMs)));
  row('    find + read only, no parsing (ms)', results.map((r) => fmt(r.mentionReadOnlyMs)));
  row('    match links + join mentions (ms)', results.map((r) => fmt(r.mentionJoinMs)));
  row('  files read (all = matched by notes glob)', results.map((r) => String(r.mentionFilesRead)), 'glob, no node_modules/.git', mentionProofs ? 'proved' : 'FAILED');
  row('  mentions joined: dated · planned · references', results.map((r) => `${r.mentionsDated}·${r.mentionsPlanned}·${r.mentionsReferences}`), 'as generated', mentionProofs ? 'proved' : 'FAILED');
  row('  floor M (ms CPU)', results.map((r) => fmt(r.floorLinksCpuMs)));
  row('  Rapport mention scan (ms CPU)', results.map((r) => fmt(r.mentionScanCpuMs)));
  row('    ratio to floor M, CPU', results.map((r) => `${fmt(r.mentionRatioToFloorCpu, 2)}x`), `<= ${TARGETS.mentionRatioToFloor}x (10k)`, mark(big.mentionRatioToFloorCpu <= TARGETS.mentionRatioToFloor));
  row('  heap held by the mentions (MB)', results.map((r) => fmt(r.mentionHeapMB)));
  row('  longest event-loop block, mention scan (ms)', results.map((r) => fmt(r.mentionEventLoopMaxMs)), `<= ${TARGETS.eventLoopBlockMs} ms`, mark(big.mentionEventLoopMaxMs <= TARGETS.eventLoopBlockMs));
  row('  one meeting note changed: update (ms)', results.map((r) => fmt(r.mentionUpdateMs, 2)), `<= ${TARGETS.updateMs} ms`, mark(results.every((r) => r.mentionUpdateMs <= TARGETS.updateMs)));
  row('    update (ms CPU)', results.map((r) => fmt(r.mentionUpdateCpuMs, 2)), `<= ${TARGETS.updateMs} ms`, mark(results.every((r) => r.mentionUpdateCpuMs <= TARGETS.updateMs)));
  row('    files read · customers re-joined', results.map((r) => `${r.mentionUpdateReads} · ${r.mentionUpdateRejoined}`), '1 · before+after', mentionProofs && results.every((r) => r.mentionUpdateReads === 1) ? 'proved' : 'FAILED');

  const labelWidth = Math.max(...rows.map((r) => r[0].length));
  const colWidth = Math.max(8, ...rows.flatMap((r) => r[1].map((v) => v.length)));
  const targetWidth = Math.max(6, ...rows.map((r) => r[2].length));
  const line = (label: string, values: string[], target: string, verdict: string) =>
    `${label.padEnd(labelWidth)} | ${values.map((v) => v.padStart(colWidth)).join(' | ')} | ${target.padEnd(targetWidth)} | ${verdict}`;
  console.log('');
  const load = require('node:os').loadavg() as number[];
  console.log(`Rapport benchmark · node ${process.version} · ${process.platform}/${process.arch} · ${require('node:os').cpus().length} CPUs · load average ${load.map((x) => x.toFixed(1)).join(' ')} · medians of ${RUNS} runs`);
  console.log('');
  console.log(line('notes', cols, 'target', ''));
  console.log(line('-'.repeat(labelWidth), cols.map(() => '-'.repeat(colWidth)), '-'.repeat(targetWidth), '------'));
  for (const r of rows) console.log(line(...r));
  console.log('');
  const keystrokeRatio = typing.keystrokeMs / typing.floorMs;
  console.log(`typing in a ${fmt(typing.noteMB, 1)} MB note: floor T, one pass over its characters ${fmt(typing.floorMs, 2)} ms`);
  console.log(`  each keystroke: completion + hover       ${fmt(typing.keystrokeMs, 3)} ms = ${fmt(keystrokeRatio, 3)}x floor T   target <= ${TARGETS.keystrokeRatioToFloor}x   ${mark(keystrokeRatio <= TARGETS.keystrokeRatioToFloor)}`);
  console.log(`  after a pause: the note read again       ${fmt(typing.rereadMs, 1)} ms = ${fmt(typing.rereadMs / typing.floorMs, 1)}x floor T (once, debounced)   block target <= ${TARGETS.eventLoopBlockMs} ms   ${mark(typing.rereadMs <= TARGETS.eventLoopBlockMs)}`);
  console.log('');
  const bundleKB = b.bytes / 1000;
  console.log(`bundle (dist/extension.js, --production) ${fmt(bundleKB)} KB            target <= ${TARGETS.bundleKB} KB   ${mark(bundleKB <= TARGETS.bundleKB)}`);
  console.log(`require bundle with stubbed vscode       ${fmt(b.requireMs)} ms`);
  console.log(`activate() with a fake context           ${b.activateMs === null ? `not measured: ${b.activateError}` : `${fmt(b.activateMs)} ms`}`);
  console.log(`  require + activate                     ${fmt(requireActivate)} ms            target <= ${TARGETS.requireActivateMs} ms    ${mark(requireActivate <= TARGETS.requireActivateMs)}`);
  console.log(`  require + activate, CPU time           ${fmt(b.requireActivateCpuMs)} ms            target <= ${TARGETS.requireActivateMs} ms    ${mark(b.requireActivateCpuMs <= TARGETS.requireActivateMs)}`);
  console.log('');
  if (proofFailures.length) {
    console.log('PROOF FAILED:');
    for (const f of proofFailures) console.log(`  - ${f}`);
  }
  const json = {
    bench: 'rapport',
    node: process.version,
    cpus: require('node:os').cpus().length,
    runs: RUNS,
    sizes: results.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, round(v)]))),
    loadAverage: require('node:os').loadavg().map(round),
    bundle: { bytes: b.bytes, requireActivateCpuMs: round(b.requireActivateCpuMs), requireMs: round(b.requireMs), activateMs: b.activateMs === null ? null : round(b.activateMs), activateError: b.activateError },
    targets: {
      ratioToFloorB: { value: round(big.ratioToFloorYaml), target: TARGETS.ratioToFloorB, met: big.ratioToFloorYaml <= TARGETS.ratioToFloorB },
      updateMs: { value: round(Math.max(...results.map((r) => r.updateMs))), target: TARGETS.updateMs, met: results.every((r) => r.updateMs <= TARGETS.updateMs) },
      heapMBPer1000: { value: round(Math.max(...results.map((r) => r.heapMBPer1000))), target: TARGETS.heapMBPer1000, met: results.every((r) => r.heapMBPer1000 <= TARGETS.heapMBPer1000) },
      rowsStatusChangeMs10k: { value: round(big.rowsStatusChangeMs), target: TARGETS.rowsStatusChangeMs10k, met: big.rowsStatusChangeMs <= TARGETS.rowsStatusChangeMs10k },
      rowsStatusFirstMs10k: { value: round(big.rowsStatusFirstMs), target: TARGETS.rowsStatusFirstMs10k, met: big.rowsStatusFirstMs <= TARGETS.rowsStatusFirstMs10k },
      bundleKB: { value: round(bundleKB), target: TARGETS.bundleKB, met: bundleKB <= TARGETS.bundleKB },
      requireActivateMs: { value: round(requireActivate), target: TARGETS.requireActivateMs, met: requireActivate <= TARGETS.requireActivateMs },
      eventLoopBlockMs: { value: round(big.eventLoopMaxMs), target: TARGETS.eventLoopBlockMs, met: big.eventLoopMaxMs <= TARGETS.eventLoopBlockMs },
      mentionRatioToFloor: { value: round(big.mentionRatioToFloor), target: TARGETS.mentionRatioToFloor, met: big.mentionRatioToFloor <= TARGETS.mentionRatioToFloor },
      mentionRatioToFloorCpu: { value: round(big.mentionRatioToFloorCpu), target: TARGETS.mentionRatioToFloor, met: big.mentionRatioToFloorCpu <= TARGETS.mentionRatioToFloor },
      mentionUpdateMs: { value: round(Math.max(...results.map((r) => r.mentionUpdateMs))), target: TARGETS.updateMs, met: results.every((r) => r.mentionUpdateMs <= TARGETS.updateMs) },
      mentionEventLoopBlockMs: { value: round(big.mentionEventLoopMaxMs), target: TARGETS.eventLoopBlockMs, met: big.mentionEventLoopMaxMs <= TARGETS.eventLoopBlockMs },
      mentionsAsGenerated: { met: mentionProofs },
      warmRatioToFloor: { value: round(big.warmRatio), target: TARGETS.warmRatioToFloor, met: big.warmRatio <= TARGETS.warmRatioToFloor },
      mentionWarmRatioToFloor: { value: round(big.mentionWarmRatio), target: TARGETS.warmRatioToFloor, met: big.mentionWarmRatio <= TARGETS.warmRatioToFloor },
      warmReadsNothing: { met: warmProofs && results.every((r) => r.warmReads === 0 && r.mentionWarmReads === 0) },
      typingKeystrokeRatio: { value: round(keystrokeRatio), target: TARGETS.keystrokeRatioToFloor, met: keystrokeRatio <= TARGETS.keystrokeRatioToFloor },
      typingRereadMs: { value: round(typing.rereadMs), target: TARGETS.eventLoopBlockMs, met: typing.rereadMs <= TARGETS.eventLoopBlockMs },
      onlyGlobFilesRead: { met: proofFailures.length === 0 },
    },
    proofFailures,
    totalSeconds: round((performance.now() - started) / 1000),
  };
  console.log(JSON.stringify(json));
  if (proofFailures.length) process.exitCode = 1;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
