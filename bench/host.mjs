// `npm run bench:host`: Rapport in a real extension host. Opens the benchmark's corpus of 10,000
// customer notes among 20,000 other Markdown files (bench/corpus.ts, generated once under bench/.corpus/)
// in code-server with headless Chromium (the test harness), Rapport's production bundle loaded in
// development mode, twice on the same workspace and user data: a cold window, then a warm one. Reports
// from the extension host (bench/host/suite.ts, run there as the "test suite"): activation to customers
// in and to index ready, the longest event-loop stall from activation until the page has drawn the tree
// and the status bar (and the index is ready), the worst command round trip during indexing, heap; from
// the page: the time until the tree shows its first rows. Timings are reported, never asserted.
//
// usage: npm run bench:host [-- --customers=N --other=N --profile]
//   --profile  also records a CPU profile of the extension host (with the development bundle, whose
//              names are readable) and prints where its time went; its timings are then not comparable
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import * as util from 'node:util';
import { fileURLToPath } from 'node:url';
import { figures, longestStall } from './host/figures.mjs';
import { pingUntilStopped, watchWorkbench } from './host/page.mjs';
import { printProfile } from './host/profile.mjs';
import { printReport } from './host/report.mjs';

const require = createRequire(import.meta.url);
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const paths = require('../test/harness/paths');
const { ensureCodeServer } = require('../test/harness/install-code-server');
const { createRunFolder } = require('../test/harness/run-folder');
const { startCodeServer } = require('../test/harness/code-server');
const { launchBrowser } = require('../test/harness/browser');
const { workbenchUrl } = require('../test/harness/workbench-url');
const { runCleanups } = require('../test/harness/cleanup');
const wb = require('../test/ui/workbench');

const args = new Map(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=')));
const PROFILE = args.has('profile');
// The same corpus as `npm run bench`'s largest size, so the two benchmarks share one generation.
const CORPUS = { customers: Number(args.get('customers') ?? 10000), otherMarkdown: Number(args.get('other') ?? 20000), seed: 20261201, today: '2026-12-01' };
const WINDOWS = ['cold', 'warm'];
const WINDOW_TIMEOUT_MS = 240_000;
const PING_GAP_MS = 50;
const SUITE = path.join(repo, 'out', 'bench', 'host', 'suite');
const STATUS_ITEM = wb.SELECTORS.statusItem('rapport.rapport.rapport.status');
// The DOM id of a status bar item is "<extension id>.<item id>"; the suite runs as part of Rapport.
const PONG_ITEM = wb.SELECTORS.statusItem('rapport.rapport.rapportBench.pong');
const CUSTOMERS_VIEW = 'Customers';

const started = Date.now();
const say = (msg) => console.log(`[bench:host ${((Date.now() - started) / 1000).toFixed(1)}s] ${msg}`);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function node(argv, label) {
  const r = spawnSync(process.execPath, argv, { cwd: repo, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`${label} failed`);
}

async function waitForFile(file, timeoutMs, failed) {
  for (const end = Date.now() + timeoutMs; Date.now() < end; await sleep(50)) {
    if (fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, 'utf8'));
    const why = failed();
    if (why) throw new Error(why);
  }
  throw new Error(`${path.basename(file)} did not come within ${timeoutMs / 1000} s`);
}

// One window on the workspace: opened, the Rapport view shown as a leader would, pinged while it
// indexes, until the host has written what it saw and the suite has ended.
async function runWindow(name, { context, server, workspace, exchange, log }) {
  fs.rmSync(exchange, { recursive: true, force: true });
  fs.mkdirSync(exchange, { recursive: true });
  const page = await context.newPage();
  let exit;
  const exited = new Promise((resolve) => { exit = resolve; });
  await page.exposeFunction('codeAutomationLog', (type, lines) => log.push(`[${name}] ${type}: ${util.format(...(lines || []))}`));
  await page.exposeFunction('codeAutomationExit', (code) => exit(code));
  page.on('pageerror', (err) => log.push(`[${name}] pageerror: ${err.message}`));
  let crashed = null;
  page.on('crash', () => { crashed = 'the page crashed'; });
  await page.addInitScript(watchWorkbench, {
    rowSelector: wb.SELECTORS.viewRows(CUSTOMERS_VIEW),
    // A container with one view shows that view's progress in the side bar's own progress bar.
    progressSelector: '.part.sidebar .monaco-progress-container.active',
    statusSelector: STATUS_ITEM,
  });
  let exitCode = null;
  exited.then((code) => { exitCode = code; });
  const failed = () => crashed ?? (exitCode !== null && exitCode !== 0 ? `the suite in the extension host failed (exit ${exitCode}); see the run folder's exthost log` : null);

  const url = workbenchUrl(server, { folder: workspace, extensionDevelopmentPath: repo, extensionTestsPath: SUITE });
  const openedAt = Date.now();
  await page.goto(url, { timeout: 60000 });
  await wb.openViewContainer(page, 'Rapport');
  await waitForFile(path.join(exchange, 'started.json'), WINDOW_TIMEOUT_MS, failed);
  const pinging = page.evaluate(pingUntilStopped, { pongSelector: PONG_ITEM, gapMs: PING_GAP_MS, timeoutMs: 30000 });
  pinging.catch(() => {}); // awaited below; a page closed by a failure elsewhere must not hide that failure
  // Drawn: the tree has rows and the status bar shows the counts (no longer "indexing").
  await page.waitForFunction(() => {
    const seen = window.__rapportBench;
    const status = seen.status.at(-1)?.text;
    return seen.rowsAt !== null && status && !/indexing/i.test(status);
  }, null, { timeout: WINDOW_TIMEOUT_MS, polling: 50 });
  fs.writeFileSync(path.join(exchange, 'drawn.json'), JSON.stringify({ at: Date.now() }));
  const host = await waitForFile(path.join(exchange, 'host.json'), WINDOW_TIMEOUT_MS, failed);
  const cpu = PROFILE ? JSON.parse(fs.readFileSync(path.join(exchange, 'host.cpuprofile.json'), 'utf8')) : undefined;
  await page.evaluate(() => { window.__rapportBenchStop = true; });
  const pings = await pinging;
  fs.writeFileSync(path.join(exchange, 'stopped.json'), '{}');
  const seen = await page.evaluate(() => window.__rapportBench);
  const code = await Promise.race([exited, sleep(30000).then(() => 'timeout')]);
  if (code !== 0) throw new Error(`the suite in the extension host did not end cleanly (${code})`);
  await page.screenshot({ path: path.join(exchange, '..', `${name}.png`) }).catch(() => {});
  await page.close();
  return { name, cpu, figures: figures({ openedAt, host, page: seen, pings }), raw: { openedAt, host, page: seen, pings } };
}

async function main() {
  const loadBefore = os.loadavg();
  say(`compiling the benchmark (tsc -p bench/tsconfig.json) and the ${PROFILE ? 'development' : 'production'} bundle`);
  node([require.resolve('typescript/bin/tsc'), '-p', 'bench/tsconfig.json'], 'tsc -p bench/tsconfig.json');
  if (PROFILE) node(['scripts/build.mjs'], 'the development bundle (scripts/build.mjs)');
  else node(['scripts/build.mjs', '--production'], 'the production bundle (scripts/build.mjs --production)');
  const { ensureCorpus } = require(path.join(repo, 'out', 'bench', 'corpus.js'));
  const corpus = ensureCorpus(path.join(repo, 'bench'), CORPUS);
  say(`corpus ${CORPUS.customers} customer notes + ${CORPUS.otherMarkdown} other .md: ${corpus.reused ? 'reused' : 'generated'} (${(corpus.generateMs / 1000).toFixed(1)} s) ${path.relative(repo, corpus.root)}`);

  ensureCodeServer();
  const run = createRunFolder('bench-host');
  const exchange = run.file('exchange');
  say(`run folder ${run.dir}`);
  const server = await startCodeServer(run, {
    env: { RAPPORT_HOST_PROBE: '1', RAPPORT_BENCH_EXCHANGE: exchange, ...(PROFILE ? { RAPPORT_BENCH_PROFILE: '1' } : {}) },
  });
  const { context, close } = await launchBrowser({ run });
  const log = [];
  const passes = [];
  try {
    for (const name of WINDOWS) {
      say(`${name} window: opening ${path.basename(corpus.root)}`);
      passes.push(await runWindow(name, { context, server, workspace: corpus.root, exchange, log }));
      const f = passes.at(-1).figures;
      say(`${name} window: index ready ${f.readyMs} ms after activation, tree rows ${f.openToRowsMs} ms after opening`);
    }
  } finally {
    fs.writeFileSync(run.file('exthost-console.log'), `${log.join('\n')}\n`);
    fs.writeFileSync(run.file('raw.json'), JSON.stringify(passes.map((p) => p.raw)));
    await close();
    await server.stop();
  }
  printReport({
    corpus: { customers: CORPUS.customers, other: CORPUS.otherMarkdown, codeServer: paths.CODE_SERVER_VERSION },
    passes, loadBefore, loadAfter: os.loadavg(), seconds: (Date.now() - started) / 1000,
  });
  for (const p of passes) if (p.cpu) printProfile(p.name, p.cpu, longestStall(p.raw.host.probe));
}

main().then(
  () => runCleanups().finally(() => process.exit(0)),
  (err) => {
    console.error(`bench:host: ${err.message}`);
    runCleanups().finally(() => process.exit(1));
  },
);
