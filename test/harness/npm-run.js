// Runs an npm script of the repo synchronously with a time limit, failing loudly.
'use strict';
const { spawnSync } = require('child_process');
const { REPO_ROOT } = require('./paths');

function npmRun(script, { timeoutMs = 300000, quiet = false } = {}) {
  const started = Date.now();
  const r = spawnSync('npm', ['run', '--silent', script], {
    cwd: REPO_ROOT, stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit', encoding: 'utf8', timeout: timeoutMs, killSignal: 'SIGKILL',
  });
  if (r.status !== 0) {
    const output = quiet ? `\n${r.stdout}${r.stderr}` : '';
    const why = r.error ? r.error.message : r.signal ? `killed by ${r.signal}` : `exit ${r.status}`;
    throw new Error(`npm run ${script} failed (${why})${output}`);
  }
  return Date.now() - started;
}

module.exports = { npmRun };
