// A per-run folder (under .vscode-test/runs/, or .vscode-test/ for demos) holding everything one code-server session writes: its config,
// user data, extensions, XDG and temp folders, the copied workspace, logs and screenshots. Runs never share
// state, and a failed run can be inspected afterwards.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { RUNS_DIR } = require('./paths');
const { shiftDatesToToday } = require('./shift-dates');

const KEEP_RUNS = 10; // per kind (integration, ui, ...); older run folders are deleted
// Unix socket paths are limited to 107 characters; VS Code puts vscode-ipc-<uuid>.sock (52 characters)
// into TMPDIR. When the clone lives too deep for that, the sockets go to a short private temp folder instead.
const MAX_SOCKET_DIR = 107 - 53;

function timestamp() {
  return new Date().toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
}

// Keeps the newest `keep` folders of one kind, so .vscode-test/ does not grow without bound.
function pruneOldRuns(root, kind, keep) {
  if (!fs.existsSync(root)) return;
  const runs = fs.readdirSync(root).filter((name) => name.startsWith(`${kind}-`)).map((name) => path.join(root, name))
    .filter((p) => fs.statSync(p).isDirectory())
    .sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs);
  for (const old of runs.slice(keep)) fs.rmSync(old, { recursive: true, force: true });
}

function createRunFolder(kind, { root = RUNS_DIR, keep = KEEP_RUNS } = {}) {
  pruneOldRuns(root, kind, keep - 1);
  const dir = path.join(root, `${kind}-${timestamp()}-${process.pid}`);
  const run = {
    dir,
    userDataDir: path.join(dir, 'user-data'),
    extensionsDir: path.join(dir, 'extensions'),
    configFile: path.join(dir, 'config.yaml'),
    tmpDir: path.join(dir, 'tmp'),
    socketDir: path.join(dir, 'tmp'),
    workspace: path.join(dir, 'workspace'),
    serverLog: path.join(dir, 'server.log'),
    file: (name) => path.join(dir, name),
  };
  for (const d of [run.userDataDir, run.extensionsDir, run.tmpDir,
    path.join(dir, 'xdg-config'), path.join(dir, 'xdg-data'), path.join(dir, 'xdg-cache')]) {
    fs.mkdirSync(d, { recursive: true });
  }
  if (run.socketDir.length > MAX_SOCKET_DIR) {
    run.socketDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-'));
    fs.writeFileSync(path.join(dir, 'socket-dir.txt'), `${run.socketDir}\n`);
    const socketDir = run.socketDir;
    require('./cleanup').onExitSync(() => fs.rmSync(socketDir, { recursive: true, force: true }));
  }
  // Without these settings a workspace-trust dialog and a walkthrough page block the run.
  fs.mkdirSync(path.join(run.userDataDir, 'User'), { recursive: true });
  fs.copyFileSync(path.join(__dirname, 'user-settings.json'), path.join(run.userDataDir, 'User', 'settings.json'));
  // bind-addr/auth also come as flags; the file only stops code-server from creating ~/.config/code-server.
  fs.writeFileSync(run.configFile, 'auth: none\ncert: false\n');
  return run;
}

// Environment that keeps code-server (and the extension host it starts, which inherits it) inside the run folder.
function hermeticEnv(run, extra = {}) {
  return {
    ...process.env,
    XDG_CONFIG_HOME: path.join(run.dir, 'xdg-config'),
    XDG_DATA_HOME: path.join(run.dir, 'xdg-data'),
    XDG_CACHE_HOME: path.join(run.dir, 'xdg-cache'),
    // extension-host IPC sockets and TypeScript-server temp folders otherwise land in /tmp
    TMPDIR: run.socketDir,
    XDG_RUNTIME_DIR: run.socketDir,
    EXTENSIONS_GALLERY: '{}', // no marketplace (open-vsx.org) look-ups
    ...extra,
  };
}

// Fresh copy of a workspace, so tests and demos never modify the checked-in files.
function copyWorkspace(source, dest) {
  if (!fs.existsSync(source)) throw new Error(`workspace folder not found: ${source}`);
  fs.rmSync(dest, { recursive: true, force: true });
  fs.cpSync(source, dest, { recursive: true });
  shiftDatesToToday(dest);
  return dest;
}

module.exports = { createRunFolder, hermeticEnv, copyWorkspace, timestamp };
