#!/usr/bin/env node
// Desktop path: runs the same integration suite (out/test/integration/index.js) in desktop VS Code through
// @vscode/test-electron, on a fresh copy of test/fixtures/workspace/. It downloads VS Code into
// .vscode-test/, so it only works where update.code.visualstudio.com is reachable (and on Linux it needs
// a display, e.g. `xvfb-run -a npm run test:electron`). Not part of `npm test`, which uses code-server.
//
// usage: node test/harness/run-electron.js [--no-build]    env: RAPPORT_VSCODE_VERSION (default 1.100.3)
'use strict';
const fs = require('fs');
const { runTests } = require('@vscode/test-electron');
const paths = require('./paths');
const { npmRun } = require('./npm-run');
const { createRunFolder, copyWorkspace } = require('./run-folder');
const { summaryLine } = require('./results');

async function main() {
  if (!process.argv.includes('--no-build')) {
    npmRun('build');
    npmRun('compile-tests');
  }
  const run = createRunFolder('electron');
  const workspace = copyWorkspace(paths.FIXTURE_WORKSPACE, run.workspace);
  const resultsFile = run.file('results.json');
  console.log(`run folder: ${run.dir}`);
  let code;
  try {
    code = await runTests({
      // Same VS Code as the code-server tier by default, so both tiers test the same API.
      version: process.env.RAPPORT_VSCODE_VERSION || '1.100.3',
      extensionDevelopmentPath: paths.REPO_ROOT,
      extensionTestsPath: paths.INTEGRATION_SUITE,
      extensionTestsEnv: { RAPPORT_TEST_RESULTS: resultsFile },
      launchArgs: [workspace, '--disable-extensions', '--skip-welcome', '--skip-release-notes', '--disable-workspace-trust',
        '--user-data-dir', run.userDataDir, '--extensions-dir', run.extensionsDir],
    });
  } catch (err) {
    console.error(`error: VS Code did not run the suite: ${err && err.message || err}`);
    code = 1;
  }
  if (fs.existsSync(resultsFile)) {
    console.log(summaryLine(JSON.parse(fs.readFileSync(resultsFile, 'utf8')).stats));
  } else {
    console.log(`error: no mocha results at ${resultsFile}`);
    code = code || 1;
  }
  return code;
}

main().then((code) => process.exit(code), (err) => { console.error(`error: ${err.message}`); process.exit(1); });
