#!/usr/bin/env node
// Integration tier: runs the mocha suite in out/test/integration/ inside a real VS Code 1.100.3 extension
// host (code-server) with Rapport loaded in development mode, on a fresh copy of test/fixtures/workspace/.
//
// usage: node test/harness/run-integration.js [--no-build] [--timeout SECONDS] [--grep PATTERN]
//          [--extension DIR] [--suite PATH] [--workspace DIR] [--web] [--multi-root]
//   --web         runs Rapport's `browser` bundle in the web worker extension host with the web suite
//                 (test/web/, bundled by scripts/build-web-tests.mjs; it reports on the console)
//   --multi-root  opens a .code-workspace with the fixture and test/fixtures/second-folder as two folders
//                 and runs the multi-root suite (test/multiroot/)
// env:   RAPPORT_TEST_TIMEOUT (seconds, default 300), RAPPORT_SERVER_TIMEOUT (seconds, default 30), CI
'use strict';
const fs = require('fs');
const path = require('path');
const util = require('util');
const paths = require('./paths');
const { npmRun } = require('./npm-run');
const { ensureCodeServer } = require('./install-code-server');
const { createRunFolder, copyWorkspace } = require('./run-folder');
const { startCodeServer } = require('./code-server');
const { launchBrowser } = require('./browser');
const { workbenchUrl } = require('./workbench-url');
const { runCleanups } = require('./cleanup');
const { summaryLine } = require('./results');

function parseArgs(argv) {
  const opts = {
    build: true,
    timeoutSec: Number(process.env.RAPPORT_TEST_TIMEOUT || 300),
    grep: undefined,
    extensionDir: paths.REPO_ROOT,
    suite: paths.INTEGRATION_SUITE,
    workspace: paths.FIXTURE_WORKSPACE,
    web: false,
    multiRoot: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const value = () => { if (i + 1 >= argv.length) throw new Error(`${argv[i]} needs a value`); return argv[++i]; };
    switch (argv[i]) {
      case '--no-build': opts.build = false; break;
      case '--timeout': opts.timeoutSec = Number(value()); break;
      case '--grep': opts.grep = value(); break;
      case '--extension': opts.extensionDir = path.resolve(value()); break;
      case '--suite': opts.suite = path.resolve(value()); break;
      case '--workspace': opts.workspace = path.resolve(value()); break;
      case '--web': opts.web = true; opts.suite = path.join(paths.REPO_ROOT, 'out', 'test-web', 'index'); break;
      case '--multi-root': opts.multiRoot = true; opts.suite = path.join(paths.REPO_ROOT, 'out', 'test', 'multiroot', 'index'); break;
      default: throw new Error(`unknown argument: ${argv[i]}`);
    }
  }
  if (!(opts.timeoutSec > 0)) throw new Error('--timeout must be a positive number of seconds');
  return opts;
}

// Workbench start-up chatter that says nothing about the suite; it stays in exthost-console.log.
const WORKBENCH_NOISE = /^(Resolving connection token|Resolved connection token|Creating a socket|Ignoring fetching additional builtin|\[Service Worker\]|ChatSessionStore|Updating additional builtin|WARNING: IPC handle)/;

const WEB_RESULTS_PREFIX = 'RAPPORT_TEST_RESULTS ';

// Two workspace folders: the fixture ("Sales") and a second one ("Operations") with its own
// folder-level settings (another glob and cadence), in one .code-workspace file.
function multiRootWorkspace(run, fixtureCopy) {
  const second = copyWorkspace(path.join(paths.REPO_ROOT, 'test', 'fixtures', 'second-folder'), path.join(run.dir, 'second-folder'));
  const file = path.join(run.dir, 'rapport.code-workspace');
  fs.writeFileSync(file, `${JSON.stringify({
    folders: [{ path: fixtureCopy, name: 'Sales' }, { path: second, name: 'Operations' }],
    settings: {},
  }, null, 2)}\n`);
  return file;
}

// VS Code 1.100's web workbench parses the payload's extensionDevelopmentKind but does not act on it: it
// stores the value as environmentService.extensionDevelopmentLocationKind, while the extension running
// location tracker reads environmentService.extensionDevelopmentKind (defined only by the desktop
// environment service). So the harness sends the payload entry (right for versions where it works) and
// also sets the documented user setting remote.extensionKind, which the tracker does honour.
function forceWebWorker(run) {
  const file = path.join(run.userDataDir, 'User', 'settings.json');
  const settings = JSON.parse(fs.readFileSync(file, 'utf8'));
  const { publisher, name } = JSON.parse(fs.readFileSync(path.join(paths.REPO_ROOT, 'package.json'), 'utf8'));
  settings['remote.extensionKind'] = { [`${publisher}.${name}`]: ['web'] };
  fs.writeFileSync(file, `${JSON.stringify(settings, null, 2)}\n`);
}

const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)}s`;
const say = (msg) => console.log(`[integration ${elapsed()}] ${msg}`);

// The workbench writes per-session log folders; copy the two that matter to the run folder's top level.
function collectServerLogs(run) {
  const logsRoot = path.join(run.userDataDir, 'logs');
  if (!fs.existsSync(logsRoot)) return;
  for (const session of fs.readdirSync(logsRoot)) {
    const dir = path.join(logsRoot, session);
    const agent = path.join(dir, 'remoteagent.log');
    if (fs.existsSync(agent)) fs.copyFileSync(agent, run.file('remoteagent.log'));
    for (const sub of fs.readdirSync(dir)) {
      const exthost = path.join(dir, sub, 'remoteexthost.log');
      if (/^exthost\d+$/.test(sub) && fs.existsSync(exthost)) fs.copyFileSync(exthost, run.file(`remote${sub}.log`));
    }
  }
}

async function runSuite(opts, run) {
  const resultsFile = run.file('results.json');
  if (opts.web) forceWebWorker(run);
  const workspace = copyWorkspace(opts.workspace, run.workspace);
  let workspaceFile;
  if (opts.multiRoot) workspaceFile = multiRootWorkspace(run, workspace);
  // The extension host inherits the server's environment: that is how the suite learns where to write.
  const server = await startCodeServer(run, {
    env: {
      RAPPORT_TEST_RESULTS: resultsFile,
      ...(opts.grep ? { RAPPORT_TEST_GREP: opts.grep } : {}),
    },
  });
  say(`code-server ${paths.CODE_SERVER_VERSION} up at ${server.origin}`);

  const { page, close } = await launchBrowser({ run });
  const exthostLines = [];
  let webResults;
  let finish;
  const finished = new Promise((resolve) => { finish = resolve; });

  // Hooks the workbench calls when it runs under automation: the extension host's console and the suite's end.
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    const line = util.format(...(args || [])); // mocha's reporters use printf-style format strings
    exthostLines.push(`${type}: ${line}`);
    // The web suite cannot write files: its results arrive as one console line.
    if (line.startsWith(WEB_RESULTS_PREFIX)) { webResults = line.slice(WEB_RESULTS_PREFIX.length); return; }
    if (!WORKBENCH_NOISE.test(line)) console.log(`  ${line}`);
  });
  await page.exposeFunction('codeAutomationExit', (code, logs) => {
    for (const entry of logs || []) {
      try {
        const p = path.join(run.dir, 'workbench-logs', entry.relativePath);
        fs.mkdirSync(path.dirname(p), { recursive: true });
        fs.writeFileSync(p, entry.contents);
      } catch { /* logs are a convenience */ }
    }
    finish({ code });
  });
  page.on('pageerror', (err) => exthostLines.push(`pageerror: ${err.message}`));
  page.on('crash', () => finish({ error: 'the browser page crashed' }));

  const url = workbenchUrl(server, {
    folder: workspace, workspace: workspaceFile, extensionDevelopmentPath: opts.extensionDir, extensionTestsPath: opts.suite,
    extensionDevelopmentKind: opts.web ? 'web' : undefined,
  });
  fs.writeFileSync(run.file('url.txt'), `${url}\n`);
  say('opening the workbench; the suite runs in the extension host');
  let timer;
  const timeout = new Promise((resolve) => {
    timer = setTimeout(() => resolve({ error: `the suite did not finish within ${opts.timeoutSec} s (--timeout / RAPPORT_TEST_TIMEOUT)` }),
      opts.timeoutSec * 1000);
  });
  await page.goto(url, { timeout: 60000 });
  const outcome = await Promise.race([finished, timeout]);
  clearTimeout(timer);

  await page.screenshot({ path: run.file('final.png') }).catch(() => {});
  fs.writeFileSync(run.file('exthost-console.log'), `${exthostLines.join('\n')}\n`);
  if (webResults) fs.writeFileSync(resultsFile, webResults);
  await close();
  await server.stop();
  collectServerLogs(run);
  return { outcome, resultsFile };
}

function report(outcome, resultsFile, run) {
  const problems = [];
  if (outcome.error) problems.push(outcome.error);
  else if (outcome.code !== 0) problems.push(`the extension host reported exit code ${outcome.code}`);
  let results = null;
  try {
    results = JSON.parse(fs.readFileSync(resultsFile, 'utf8'));
  } catch {
    problems.push(`no mocha results at ${resultsFile} (did out/test/integration/index.js load, and did run() start mocha?)`);
  }
  if (results) {
    for (const f of results.failures || []) {
      console.log(`\nFAILED: ${f.fullTitle}\n  ${(f.err && (f.err.stack || f.err.message) || '').split('\n').join('\n  ')}`);
    }
    if (results.stats.tests === 0) problems.push('the suite ran no tests');
  }
  console.log(`\nrun folder: ${run.dir}  (exthost-console.log, server.log, remoteagent.log, remoteexthost1.log, final.png)`);
  for (const p of problems) console.log(`error: ${p}`);
  console.log(`total ${elapsed()}`);
  if (results) console.log(summaryLine(results.stats));
  return problems.length || (results && results.stats.failures) ? 1 : 0;
}

function checkBuilt(opts) {
  const manifest = JSON.parse(fs.readFileSync(path.join(opts.extensionDir, 'package.json'), 'utf8'));
  const main = path.resolve(opts.extensionDir, manifest.main || 'extension.js');
  if (!fs.existsSync(main) && !fs.existsSync(`${main}.js`)) throw new Error(`extension entry point missing: ${main} (npm run build)`);
  if (!fs.existsSync(opts.suite) && !fs.existsSync(`${opts.suite}.js`)) throw new Error(`test suite missing: ${opts.suite}.js (npm run compile-tests)`);
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  // The overall budget also covers a hang in the harness itself (a page that never loads, a stuck close).
  const watchdog = setTimeout(() => {
    console.error(`error: integration run exceeded ${opts.timeoutSec + 90} s; stopping everything`);
    runCleanups().finally(() => process.exit(124));
  }, (opts.timeoutSec + 90) * 1000);
  watchdog.unref();

  if (opts.build) {
    say('npm run build'); npmRun('build');
    say('npm run compile-tests'); npmRun('compile-tests');
  }
  if (opts.web) { // always: a bundle left over from before a source change would test old code
    say('bundling the web test suite');
    const r = require('child_process').spawnSync(process.execPath, ['scripts/build-web-tests.mjs'], { cwd: paths.REPO_ROOT, stdio: 'inherit' });
    if (r.status !== 0) throw new Error('scripts/build-web-tests.mjs failed');
  }
  checkBuilt(opts);
  ensureCodeServer();
  const run = createRunFolder('integration');
  say(`run folder ${run.dir}`);
  const { outcome, resultsFile } = await runSuite(opts, run);
  return report(outcome, resultsFile, run);
}

main().then(
  (code) => runCleanups().finally(() => process.exit(code)),
  (err) => {
    console.error(`error: ${err.message}`);
    runCleanups().finally(() => process.exit(1));
  },
);
