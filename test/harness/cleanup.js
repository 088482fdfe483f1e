// One place that knows what this process started and stops it however the process ends: normal exit,
// Ctrl-C, SIGTERM from CI, or an uncaught error. Nothing the harness starts may outlive it.
'use strict';

const tasks = new Set(); // async cleanups, run in reverse order of registration
const groups = new Set(); // process-group leaders to SIGKILL synchronously at exit as a last resort
const exitTasks = new Set(); // small synchronous cleanups (temp folders) that must also run on a plain exit
let installed = false;
let running = null;

function onCleanup(fn) {
  install();
  tasks.add(fn);
  return () => tasks.delete(fn);
}

function trackProcessGroup(pid) {
  install();
  groups.add(pid);
  return () => groups.delete(pid);
}

function onExitSync(fn) {
  install();
  exitTasks.add(fn);
  return () => exitTasks.delete(fn);
}

function killGroup(pid, signal) {
  try { process.kill(-pid, signal); return true; } catch { return false; }
}

// True once shutdown has begun, so callers can tell an expected stop from a crash.
function isStopping() {
  return running !== null;
}

async function runCleanups() {
  if (!running) {
    running = (async () => {
      for (const fn of [...tasks].reverse()) {
        tasks.delete(fn);
        try { await fn(); } catch (err) { console.error(`cleanup failed: ${err && err.message}`); }
      }
    })();
  }
  return running;
}

function install() {
  if (installed) return;
  installed = true;
  // 'exit' handlers must be synchronous: whatever is still alive gets SIGKILL here.
  process.on('exit', () => {
    for (const pid of groups) killGroup(pid, 'SIGKILL');
    for (const fn of exitTasks) { try { fn(); } catch { /* exiting anyway */ } }
  });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(signal, () => {
      console.error(`\n${signal} received, stopping...`);
      const hardStop = setTimeout(() => process.exit(130), 10000);
      hardStop.unref();
      runCleanups().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
    });
  }
  const fatal = (err) => {
    console.error(`error: ${err && err.stack || err}`);
    runCleanups().finally(() => process.exit(2));
  };
  process.on('uncaughtException', fatal);
  process.on('unhandledRejection', fatal);
}

module.exports = { onCleanup, onExitSync, trackProcessGroup, killGroup, runCleanups, isStopping };
