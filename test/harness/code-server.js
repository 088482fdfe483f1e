// Starts code-server hermetically (see run-folder.js) on 127.0.0.1 and a free port, waits until it
// answers, and stops its whole process group (server, extension host, pty host) when asked or when the
// harness exits for any reason.
'use strict';
const fs = require('fs');
const http = require('http');
const { spawn, spawnSync } = require('child_process');
const { CODE_SERVER_BIN } = require('./paths');
const { ensureCodeServer } = require('./install-code-server');
const { hermeticEnv } = require('./run-folder');
const { freePort } = require('./free-port');
const { onCleanup, trackProcessGroup, killGroup } = require('./cleanup');

const HOST = '127.0.0.1';
const PORT_ATTEMPTS = 5;

function commonArgs(run) {
  return ['--config', run.configFile, '--user-data-dir', run.userDataDir, '--extensions-dir', run.extensionsDir];
}

// `code-server --install-extension x.vsix` into the run's own extensions folder (takes under a second).
function installExtension(run, vsixPath, { timeoutMs = 60000 } = {}) {
  ensureCodeServer();
  const r = spawnSync(CODE_SERVER_BIN, [...commonArgs(run), '--install-extension', vsixPath], {
    env: hermeticEnv(run), encoding: 'utf8', timeout: timeoutMs, killSignal: 'SIGKILL',
  });
  fs.writeFileSync(run.file('install-extension.log'), `${r.stdout || ''}${r.stderr || ''}`);
  // code-server can exit 0 after a failed install, so the success line is what counts.
  if (r.status !== 0 || !/successfully installed/i.test(r.stdout || '')) {
    throw new Error(`code-server --install-extension ${vsixPath} failed (exit ${r.status}${r.error ? `, ${r.error.message}` : ''}):\n${r.stdout}${r.stderr}`);
  }
}

function httpStatus(url) {
  return new Promise((resolve) => {
    const req = http.get(url, { timeout: 2000 }, (res) => { res.resume(); resolve(res.statusCode); });
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve(0));
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const unrefSleep = (ms) => new Promise((r) => setTimeout(r, ms).unref()); // a grace period must not keep Node alive

function spawnServer(run, port, { folder, env }) {
  const out = fs.openSync(run.serverLog, 'a');
  const logStart = fs.fstatSync(out).size; // earlier attempts' lines are in the same file
  const args = [...commonArgs(run),
    '--bind-addr', `${HOST}:${port}`, '--auth', 'none',
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override',
    ...(folder ? [folder] : [])];
  // detached: own process group, so one kill(-pid) reaches the extension host and every helper process.
  const child = spawn(CODE_SERVER_BIN, args, { env: hermeticEnv(run, env), stdio: ['ignore', out, out], detached: true });
  fs.closeSync(out);
  const untrack = trackProcessGroup(child.pid);
  child.exited = new Promise((resolve) => child.on('exit', (code, signal) => { untrack(); resolve({ code, signal }); }));
  child.on('error', () => {}); // surfaces as an early exit below
  child.readLog = () => fs.readFileSync(run.serverLog, 'utf8').slice(logStart);
  return child;
}

async function stopProcessGroup(child, graceMs = 5000) {
  if (child.exitCode !== null || child.signalCode !== null) { killGroup(child.pid, 'SIGKILL'); return; }
  killGroup(child.pid, 'SIGTERM');
  const done = await Promise.race([child.exited.then(() => true), unrefSleep(graceMs).then(() => false)]);
  // Whatever is left in the group (an extension host that ignored SIGTERM) does not get a second chance.
  killGroup(child.pid, 'SIGKILL');
  if (!done) await Promise.race([child.exited, unrefSleep(2000)]);
}

// Resolves once /healthz answers and the log shows this server is the one listening on the port.
async function waitUntilUp(child, port, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  let exited = null;
  child.exited.then((e) => { exited = e; });
  while (Date.now() < deadline) {
    const log = child.readLog();
    if (log.includes('EADDRINUSE')) return { addressInUse: true };
    if (exited) return { exited };
    if (log.includes(`listening on http://${HOST}:${port}`) && (await httpStatus(`http://${HOST}:${port}/healthz`)) === 200) {
      return { up: true };
    }
    await sleep(100);
  }
  return { timedOut: true };
}

function tail(file, lines = 20) {
  try { return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n'); } catch { return ''; }
}

/**
 * Starts code-server for one run. Returns { port, origin, authority, pid, exited, stop() }.
 * options: folder (opened when the URL has no ?folder=), env (extra environment, inherited by the
 * extension host), startTimeoutMs (default 30 s, RAPPORT_SERVER_TIMEOUT in seconds overrides it), port (fixed port).
 */
async function startCodeServer(run, { folder, env = {}, startTimeoutMs, port: fixedPort } = {}) {
  ensureCodeServer();
  const timeoutMs = startTimeoutMs || Number(process.env.RAPPORT_SERVER_TIMEOUT || 30) * 1000;
  for (let attempt = 1; attempt <= PORT_ATTEMPTS; attempt++) {
    const port = fixedPort || await freePort(HOST);
    const child = spawnServer(run, port, { folder, env });
    const stop = () => stopProcessGroup(child);
    const removeCleanup = onCleanup(stop);
    const state = await waitUntilUp(child, port, timeoutMs);
    if (state.up) {
      return {
        port, pid: child.pid, authority: `${HOST}:${port}`, origin: `http://${HOST}:${port}`, exited: child.exited,
        stop: async () => { removeCleanup(); await stop(); },
      };
    }
    removeCleanup();
    await stopProcessGroup(child, 500); // a server that failed to start has nothing worth a graceful stop
    if (state.addressInUse && !fixedPort && attempt < PORT_ATTEMPTS) {
      console.warn(`port ${port} was taken before code-server could bind it; retrying with another port`);
      continue;
    }
    const why = state.addressInUse ? `port ${port} is already in use`
      : state.exited ? `it exited early (code ${state.exited.code}, signal ${state.exited.signal})`
        : `it did not answer http://${HOST}:${port}/healthz within ${timeoutMs / 1000} s`;
    throw new Error(`code-server did not come up: ${why}.\n  server log: ${run.serverLog}\n${tail(run.serverLog)}`);
  }
  throw new Error('unreachable');
}

module.exports = { startCodeServer, installExtension, HOST };
