// Where the harness keeps its things. Everything lives under the repo's ignored .vscode-test/ folder,
// so nothing is written into the home folder or /tmp and a clean clone stays clean.
'use strict';
const path = require('path');

const REPO_ROOT = path.resolve(__dirname, '..', '..');
const VSCODE_TEST_DIR = path.join(REPO_ROOT, '.vscode-test');

// code-server 4.100.3 is VS Code 1.100.3, the newest release that runs on Node 20. The payload format and
// the codeAutomation* hooks the harness relies on are internal to VS Code, so the version stays pinned.
const CODE_SERVER_VERSION = '4.100.3';
const CODE_SERVER_DIR = path.join(VSCODE_TEST_DIR, `code-server-${CODE_SERVER_VERSION}`);
const CODE_SERVER_BIN = path.join(CODE_SERVER_DIR, 'node_modules', '.bin', 'code-server');
const INSTALL_MARKER = path.join(CODE_SERVER_DIR, '.install-complete');

module.exports = {
  REPO_ROOT,
  VSCODE_TEST_DIR,
  RUNS_DIR: path.join(VSCODE_TEST_DIR, 'runs'),
  CODE_SERVER_VERSION,
  CODE_SERVER_DIR,
  CODE_SERVER_BIN,
  INSTALL_MARKER,
  CHROMIUM_PATH: process.env.RAPPORT_CHROMIUM || '/usr/bin/chromium',
  FIXTURE_WORKSPACE: path.join(REPO_ROOT, 'test', 'fixtures', 'workspace'),
  DEMO_WORKSPACE: path.join(REPO_ROOT, 'examples', 'demo-workspace'),
  INTEGRATION_SUITE: path.join(REPO_ROOT, 'out', 'test', 'integration', 'index'),
  SCREENSHOTS_DIR: path.join(REPO_ROOT, '.screenshots'),
};
