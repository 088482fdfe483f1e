// Mocha runner for the web worker extension host (run-integration.js --web). A web worker has no Node:
// no fs, no process.env, no require() of anything but `vscode`. So this file and the tests are bundled
// by esbuild (scripts/build-web-tests.mjs) into out/test-web/index.js with mocha's browser build, and the
// results go to the console as one `RAPPORT_TEST_RESULTS <json>` line that the harness picks up.
/* eslint-disable @typescript-eslint/no-require-imports */
import type * as MochaTypes from 'mocha';

declare const mocha: { setup(options: MochaTypes.MochaOptions): void; run(done: (failures: number) => void): void };

interface Failure { fullTitle: string; err: { message: string; stack?: string } }

function consoleReporter(runner: MochaTypes.Runner): void {
  const stats = { suites: 0, tests: 0, passes: 0, pending: 0, failures: 0 };
  const failures: Failure[] = [];
  let depth = 0;
  const indent = () => '  '.repeat(depth);
  runner.on('suite', (suite) => { if (suite.title) { console.log(`${indent()}${suite.title}`); stats.suites++; } depth++; });
  runner.on('suite end', () => { depth--; });
  runner.on('pass', (test) => { stats.tests++; stats.passes++; console.log(`${indent()}✔ ${test.title} (${test.duration}ms)`); });
  runner.on('pending', (test) => { stats.tests++; stats.pending++; console.log(`${indent()}- ${test.title}`); });
  runner.on('fail', (test, err: Error) => {
    if (test.type === 'test') stats.tests++;
    stats.failures++;
    failures.push({ fullTitle: test.fullTitle(), err: { message: err.message, stack: err.stack } });
    console.log(`${indent()}✘ ${test.title}: ${err.message}`);
  });
  runner.once('end', () => console.log(`RAPPORT_TEST_RESULTS ${JSON.stringify({ stats, failures })}`));
}

export function run(): Promise<void> {
  require('mocha/mocha.js'); // mocha's browser build: sets globalThis.mocha
  mocha.setup({ ui: 'bdd', reporter: consoleReporter as unknown as MochaTypes.ReporterConstructor, timeout: 20000, color: false });
  require('./web.test');
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} web test(s) failed`)) : resolve()));
  });
}
