// The hostile corpus (test/fixtures/hostile/, plus huge notes generated into a temp folder): every note
// is loaded, read, edited and logged in a worker thread that is killed if it runs away, so exponential
// or polynomial blow-up fails the test instead of hanging it. Nothing in a note may ever execute.
import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Worker } from 'worker_threads';
import { customerRows } from '../../src/core/today/customerList';
import { loadNote } from '../../src/core/reading/noteLoader';
import { escapeMarkdown } from '../../src/core/markdownText';
import { statusForCustomer, statusOverall } from '../../src/core/today/statusModel';
import type { Message, NoteProblem, TextEdit } from '../../src/core/model';
import { EVIL, HOSTILE, HOSTILE_DIR } from '../fixtures/hostile/expectations';
import { applyEdits } from './helpers';

/** Generous: catches exponential or quadratic blow-up on these sizes, not a performance assertion. */
const BOUND_MS = 2000;
const CORE = path.resolve(__dirname, '../../src/core');
const SETTINGS = { defaultCadenceDays: 14 };

interface Outcome {
  timings: Record<'load' | 'read' | 'set' | 'log', number>;
  note: { name: string; brokenReason?: Message; problems: NoteProblem[]; entries: number };
  read: { ok: boolean; problem?: NoteProblem };
  set: { ok: true; edit: TextEdit } | { ok: false; message: Message; line: number; column: number };
  log: { ok: true; edits: TextEdit[] } | { ok: false; message: Message; line: number; column: number };
  trace: string[];
}

// Runs loadNote, readFrontMatter, setFrontMatterValue and logContactEdits on one file at a time, in a
// worker that loads the modules once; a file that does not finish in time gets the worker killed.
const WORKER = `
const { parentPort, workerData } = require('worker_threads');
const fs = require('fs');
const path = require('path');
const { performance } = require('perf_hooks');
const { loadNote } = require(workerData.core + '/reading/noteLoader');
const { readFrontMatter } = require(workerData.core + '/frontMatter/read');
const { setFrontMatterValue } = require(workerData.core + '/frontMatter/edit');
const { logContactEdits } = require(workerData.core + '/editing/contactLogEdit');
parentPort.on('message', (file) => {
  const bytes = fs.readFileSync(file);
  const text = bytes.toString('utf8');
  const timings = {};
  const time = (key, f) => { const t = performance.now(); const r = f(); timings[key] = performance.now() - t; return r; };
  const note = time('load', () => loadNote('file:///ws/customers/hostile/' + path.basename(file), bytes, { defaultCadenceDays: 14 }));
  const read = time('read', () => readFrontMatter(text));
  const set = time('set', () => setFrontMatterValue(text, 'last_contacted', '2026-03-01'));
  const log = time('log', () => logContactEdits(text, { year: 2026, month: 3, day: 1 }, 'Call (30m)'));
  parentPort.postMessage({
    timings,
    note: { name: note.name, brokenReason: note.brokenReason, problems: note.problems, entries: note.entries.length },
    read: read.ok ? { ok: true } : read,
    set, log,
    trace: globalThis.__rapportHostileTrace || [],
  });
});
`;

class Runner {
  private worker: Worker | undefined;

  constructor(private readonly traceDir: string) {}

  run(file: string, killAfterMs = 20_000): Promise<Outcome> {
    const worker = (this.worker ??= new Worker(WORKER, {
      eval: true, workerData: { core: CORE }, env: { ...process.env, RAPPORT_TRACE_DIR: this.traceDir },
      resourceLimits: { maxOldGenerationSizeMb: 1024 },
    }));
    return new Promise((resolve, reject) => {
      const done = () => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
      };
      const onMessage = (outcome: Outcome) => {
        done();
        resolve(outcome);
      };
      const onError = (error: Error) => {
        done();
        this.worker = undefined;
        reject(error);
      };
      const timer = setTimeout(() => {
        done();
        this.worker = undefined;
        void worker.terminate();
        reject(new Error(`${path.basename(file)}: still running after ${killAfterMs} ms (unbounded work), killed`));
      }, killAfterMs);
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.postMessage(file);
    });
  }

  async dispose(): Promise<void> {
    await this.worker?.terminate();
    this.worker = undefined;
  }
}

function assertBounded(file: string, outcome: Outcome): void {
  for (const [op, ms] of Object.entries(outcome.timings)) assert.ok(ms < BOUND_MS, `${file}: ${op} took ${Math.round(ms)} ms`);
}

function assertNoTrace(outcome: Outcome, traceDir: string): void {
  assert.deepEqual(outcome.trace, [], 'a payload ran inside the parser');
  assert.deepEqual(fs.readdirSync(traceDir), [], 'a payload wrote a file');
  assert.equal((globalThis as { __rapportHostileTrace?: unknown }).__rapportHostileTrace, undefined);
}

describe('hostile notes', function () {
  this.timeout(60_000);
  let traceDir: string;
  let bigDir: string;
  let runner: Runner;
  const inWorker = (file: string, _traceDir: string) => runner.run(file);

  before(() => {
    traceDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-trace-'));
    bigDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-big-'));
    runner = new Runner(traceDir);
  });
  after(async () => {
    await runner.dispose();
    fs.rmSync(traceDir, { recursive: true, force: true });
    fs.rmSync(bigDir, { recursive: true, force: true });
  });

  it('has an expectation for every note in the corpus', () => {
    assert.deepEqual(fs.readdirSync(HOSTILE_DIR).filter((f) => f.endsWith('.md')).sort(), Object.keys(HOSTILE).sort());
  });

  // Control: the payloads are live. An unsafe parser runs them and the trace shows it, so the
  // "no trace" assertions below can fail.
  it('leaves a trace when an unsafe parser evaluates the payloads (control)', () => {
    const controlDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-control-'));
    const saved = process.env.RAPPORT_TRACE_DIR;
    process.env.RAPPORT_TRACE_DIR = controlDir;
    const g = globalThis as { __rapportHostileTrace?: string[] };
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const matter = require('gray-matter') as (text: string, options?: object) => { data: { name?: unknown } };
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const jsYaml = require('js-yaml') as { load(text: string): unknown };
      assert.equal(matter(fs.readFileSync(path.join(HOSTILE_DIR, 'fence-js.md'), 'utf8'), {}).data.name, 'Pwned fence-js');
      const yaml = fs.readFileSync(path.join(HOSTILE_DIR, 'yaml-js-function.md'), 'utf8').split('---\n')[1];
      const data = jsYaml.load(yaml) as { owner: object };
      assert.equal(String(data.owner), 'Pwned yaml-tostring');
      assert.deepEqual(g.__rapportHostileTrace, ['fence-js', 'yaml-tostring']);
      assert.deepEqual(fs.readdirSync(controlDir), ['rapport-trace-fence-js']); // `require` is out of reach inside js-yaml's functions
    } finally {
      delete g.__rapportHostileTrace;
      process.env.RAPPORT_TRACE_DIR = saved;
      if (saved === undefined) delete process.env.RAPPORT_TRACE_DIR;
      fs.rmSync(controlDir, { recursive: true, force: true });
    }
  });

  for (const [file, expected] of Object.entries(HOSTILE)) {
    it(`${file}: nothing runs, bounded, the right problems, edits only when safe`, async () => {
      const outcome = await inWorker(path.join(HOSTILE_DIR, file), traceDir);
      assertNoTrace(outcome, traceDir);
      assertBounded(file, outcome);
      const { note } = outcome;
      if (expected.name !== undefined) assert.equal(note.name, expected.name);
      // Never dropped: a note that cannot be read still is a customer, with the reason.
      if (expected.broken) assert.deepEqual(note.brokenReason, note.problems.find((p) => p.severity === 'error')?.message, 'the reason is the error');
      else assert.equal(note.brokenReason, undefined, `${file} is not broken`);
      const problems = [...note.problems].sort((a, b) => a.line - b.line);
      assert.equal(problems.length, expected.problems.length, JSON.stringify(problems));
      expected.problems.forEach(([line, column, severity, , data], i) => {
        // The English each reads as is checked where it is worded (test/integration/words.test.ts).
        assert.deepEqual(problems[i].message, data);
        assert.deepEqual([problems[i].line, problems[i].column, problems[i].severity], [line, column, severity], JSON.stringify(problems[i].message));
      });
      if (expected.skipped) return; // never parsed; the writer refuses it from its bytes (integration tests)
      assert.equal(outcome.set.ok, expected.editable, `set: ${JSON.stringify(outcome.set)}`);
      assert.equal(outcome.log.ok, expected.editable, `log: ${JSON.stringify(outcome.log)}`);
      const error = problems.find((p) => p.severity === 'error');
      if (error && !outcome.set.ok && !outcome.log.ok) {
        // The refusal points at the problem (the writer's YAML parser may place it one line apart).
        assert.ok(Math.abs(outcome.set.line - error.line) <= 1, `refused at line ${outcome.set.line}, problem at ${error.line}`);
        assert.ok(Math.abs(outcome.log.line - error.line) <= 1, `refused at line ${outcome.log.line}, problem at ${error.line}`);
        assert.equal(outcome.read.ok, false);
      }
    });
  }

  it('keeps the BOM, CRLF, comments and quoting of a BOM + CRLF note byte for byte', async () => {
    const outcome = await inWorker(path.join(HOSTILE_DIR, 'bom-crlf.md'), traceDir);
    assert.ok(outcome.log.ok);
    const before = fs.readFileSync(path.join(HOSTILE_DIR, 'bom-crlf.md'), 'utf8');
    const after = applyEdits(before, outcome.log.edits);
    assert.ok(after.startsWith('\ufeff---\r\nname: Bom Crlf Co   # a comment\r\nowner: \'Dana\'\r\nlast_contacted: 2026-03-01\r\n---\r\n'), after);
    assert.ok(!/[^\r]\n/.test(after), 'every line break stays CRLF');
    assert.ok(after.endsWith('### 2026-03-01 Call (30m)\r\n'), JSON.stringify(after.slice(-40)));
  });

  it('leaves a front matter block later in the file untouched by an edit', async () => {
    const outcome = await inWorker(path.join(HOSTILE_DIR, 'fence-js-later.md'), traceDir);
    assert.ok(outcome.set.ok);
    const before = fs.readFileSync(path.join(HOSTILE_DIR, 'fence-js-later.md'), 'utf8');
    const after = applyEdits(before, [outcome.set.edit]);
    assert.ok(after.startsWith('---\nlast_contacted: 2026-03-01\n---\n# Later Fence Co'), after);
    assert.ok(after.endsWith(before), 'everything after the new block is unchanged');
  });

  describe('huge notes, generated at test time', () => {
    const generate = (name: string, text: string | Buffer) => {
      const file = path.join(bigDir, name);
      fs.writeFileSync(file, text);
      return file;
    };

    it('a 50 MB note is skipped with the limit named, and reading or editing its text stays bounded', async () => {
      const line = `${'Notes on the quarterly review, what they care about now. '.repeat(17)}\n`;
      const body = line.repeat(Math.ceil((50 * 1024 * 1024) / line.length));
      const file = generate('fifty-mb.md', `---\nname: Fifty Co\nlast_contacted: 2026-01-01\n---\n# Fifty Co\n\n## Contact log\n\n${body}`);
      const outcome = await inWorker(file, traceDir);
      assertBounded('fifty-mb.md', outcome);
      assert.deepEqual(outcome.note.brokenReason, { id: 'skipped', reason: { id: 'file-too-large', bytes: fs.statSync(file).size, limitBytes: 2 * 1024 * 1024 } });
      assert.equal(Math.floor(fs.statSync(file).size / (1024 * 1024)), 50);
      assert.equal(outcome.note.name, 'fifty-mb');
      assert.ok(outcome.read.ok && outcome.set.ok && outcome.log.ok);
    });

    it('a note with 100,000 dated headings is read in full, bounded', async () => {
      const headings = Array.from({ length: 100_000 }, (_, i) => `## 2026-01-${String((i % 28) + 1).padStart(2, '0')} e${i % 10}\n`).join('');
      const file = generate('headings.md', `---\nname: Headings Co\n---\n${headings}`);
      assert.ok(fs.statSync(file).size < 2 * 1024 * 1024, 'stays under the size limit, so it is parsed');
      const outcome = await inWorker(file, traceDir);
      assertBounded('headings.md', outcome);
      assert.equal(outcome.note.brokenReason, undefined);
      assert.equal(outcome.note.entries, 100_000);
      assert.ok(outcome.log.ok);
    });

    // Each shape once made a regular expression backtrack (quadratic or worse) on one long line.
    const MB = 1024 * 1024;
    const lines: Record<string, string> = {
      'plain text': 'a'.repeat(MB),
      'a heading with a long run of spaces': `# a${' '.repeat(MB)}b`,
      'a heading with a long run of " #"': `## 2026-01-01 x${' #'.repeat(MB / 2)}b`,
      'a dated heading with "(" and a long run of spaces': `## 2026-01-01 (${' '.repeat(MB)}x`,
      'a dated heading of "("': `## 2026-01-01 ${'('.repeat(MB)}`,
      'a task with a long run of spaces': `- [ ] ${' '.repeat(MB)}x`,
      'a task with a long run of spaces before a carriage return': `- [ ] ${' '.repeat(MB)}\rx`,
      'a task with many "(due"': `- [ ] x ${'(due '.repeat(MB / 5)}`,
      'a register item with many "(noted"': `## Opportunities and risks\n- Risk: ${'(noted '.repeat(MB / 7)}`,
      'a line of stars under an entry': `## 2026-01-01 a\n${'*'.repeat(MB)}`,
      'many habit tags': `#habit/${' #habit/'.repeat(MB / 8)}`,
      'a front matter value': null as unknown as string,
    };
    for (const [shape, body] of Object.entries(lines)) {
      it(`a 1 MB line (${shape}) is read and edited in bounded time`, async () => {
        const text = body === null ? `---\nname: ${'word '.repeat(MB / 5)}\n---\n` : `---\nname: Long Line Co\n---\n${body}\n`;
        const file = generate('long-line.md', text);
        const outcome = await inWorker(file, traceDir);
        assertBounded(shape, outcome);
        assert.equal(outcome.note.brokenReason, undefined);
        assert.ok(outcome.log.ok);
      });
    }
  });

  describe('note content shown as Markdown or status text stays text', () => {
    const load = (file: string) => loadNote(`file:///ws/customers/hostile/${file}`, fs.readFileSync(path.join(HOSTILE_DIR, file)), SETTINGS);
    const notes = ['injection-fields.md', 'injection-heading.md', 'injection-broken.md'].map(load);
    const today = { year: 2026, month: 3, day: 1 };
    const rows = customerRows(notes, today, { sortBy: 'overdue', showArchived: false, dueSoonDays: 3 });

    /** No link, image, HTML or theme icon can start anywhere in `markdown` outside our own `ours`. */
    const assertInert = (markdown: string, ours: readonly string[] = []) => {
      let rest = markdown;
      for (const own of ours) rest = rest.split(own).join('');
      assert.doesNotMatch(rest, /(^|[^\\])\[/, `an unescaped [ in ${rest}`);
      assert.doesNotMatch(rest, /(^|[^\\])</, `an unescaped < in ${rest}`);
      assert.doesNotMatch(rest, /(^|[^\\])\$\(/, `a live $( in ${rest}`);
      assert.doesNotMatch(rest, /\]\(|command:workbench[^\\]/, `a link target in ${rest}`);
    };

    it('escapeMarkdown leaves no live link, HTML or icon', () => {
      for (const text of [EVIL, '[click](https://evil.example) ![i](https://evil.example/p.png)', '<script>alert(1)</script>', '\\[x](command:y)', 'a\n\n[x]: command:y']) {
        assertInert(escapeMarkdown(text));
      }
    });

    it('the status bar hands the view every hostile name as written, for it to escape', () => {
      assert.equal(rows.length, 3);
      for (const view of [statusOverall(rows, today), ...rows.map((row) => statusForCustomer(row, rows, today))]) {
        assert.ok(view.tooltip.rows.some((r) => r.name === EVIL));
      }
    });
  });
});
