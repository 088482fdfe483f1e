#!/usr/bin/env node
// `npm start`: Rapport in a real VS Code (code-server 4.100.3) in your browser, on a fresh copy of
// examples/demo-workspace/, bound to 127.0.0.1 only. Runs until Ctrl-C and then stops everything it started.
//
// By default the extension is loaded in development mode from this folder (an esbuild bundle is built in
// under a second, and after `npm run build` a browser reload picks up your changes). `--vsix` instead packages
// rapport.vsix and installs it, exactly as a user would get it.
//
// usage: npm start [-- --vsix] [-- --port N]
'use strict';
const path = require('path');
const paths = require('../test/harness/paths');
const { npmRun } = require('../test/harness/npm-run');
const { ensureCodeServer } = require('../test/harness/install-code-server');
const { createRunFolder, copyWorkspace } = require('../test/harness/run-folder');
const { startCodeServer, installExtension } = require('../test/harness/code-server');
const { workbenchUrl } = require('../test/harness/workbench-url');
const { runCleanups, isStopping } = require('../test/harness/cleanup');

function parseArgs(argv) {
  const opts = { vsix: false, port: process.env.PORT ? Number(process.env.PORT) : undefined };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--vsix') opts.vsix = true;
    else if (argv[i] === '--port') opts.port = Number(argv[++i]);
    else throw new Error(`unknown argument: ${argv[i]} (use --vsix, --port N)`);
  }
  return opts;
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  ensureCodeServer();
  if (opts.vsix) {
    console.log('Packaging rapport.vsix...');
    npmRun('package', { quiet: true });
  } else {
    console.log('Building the extension...');
    npmRun('build');
  }
  // Its own folder beside the test runs (.vscode-test/demo-*), so test runs never prune a running demo.
  const run = createRunFolder('demo', { root: paths.VSCODE_TEST_DIR, keep: 3 });
  if (opts.vsix) installExtension(run, path.join(paths.REPO_ROOT, 'rapport.vsix'));
  copyWorkspace(paths.DEMO_WORKSPACE, run.workspace);
  // The demo may sit idle for hours: no start-up deadline beyond the usual, and no overall timeout.
  const server = await startCodeServer(run, { port: opts.port });
  const url = workbenchUrl(server, {
    folder: run.workspace,
    ...(opts.vsix ? {} : { extensionDevelopmentPath: paths.REPO_ROOT }),
  });
  console.log(`
Rapport is running in code-server ${paths.CODE_SERVER_VERSION} (${opts.vsix ? 'installed from rapport.vsix' : 'development mode'}).

  Open: ${url}

  Workspace (a copy of examples/demo-workspace/): ${run.workspace}
  Server log: ${run.serverLog}
  Only this machine can connect (127.0.0.1). For a remote machine, forward the port: ssh -L ${server.port}:127.0.0.1:${server.port} <host>

Press Ctrl-C to stop.`);
  // Keep running until Ctrl-C (handled in cleanup.js) or until the server dies on its own.
  const exit = await server.exited;
  if (isStopping()) return new Promise(() => {}); // Ctrl-C: cleanup.js exits once everything is stopped
  console.error(`code-server stopped unexpectedly (code ${exit.code}, signal ${exit.signal}); see ${run.serverLog}`);
  return 1;
}

main().then(
  (code) => runCleanups().finally(() => process.exit(code)),
  (err) => {
    console.error(`error: ${err.message}`);
    runCleanups().finally(() => process.exit(1));
  },
);
