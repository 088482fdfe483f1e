// Compiles the TypeScript, then runs the unit tests of src/core in plain Node, several times under
// different time zones: date arithmetic must hold wherever the leader's machine is.
import { spawnSync } from 'node:child_process';

const run = (cmd, args, env = {}) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

run('npx', ['tsc', '-p', 'tsconfig.test.json']);
// Everything once in the machine's zone, then the date-sensitive tests in extreme and DST-observing zones.
run('npx', ['mocha', '--reporter', 'dot', 'out/test/unit/**/*.test.js']);
for (const tz of ['Pacific/Kiritimati', 'Pacific/Tongatapu', 'Pacific/Honolulu', 'America/New_York', 'Europe/Berlin', 'Australia/Lord_Howe']) {
  console.log(`\nTZ=${tz}`);
  run('npx', ['mocha', '--reporter', 'dot', '--grep', '@tz', 'out/test/unit/**/*.test.js'], { TZ: tz });
}
