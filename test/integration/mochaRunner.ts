// The mocha set-up shared by the extension-host suites: bdd, Spec lines on the console (forwarded to
// the harness) and a JSON file the harness reads for its summary. The harness passes the file's path
// in RAPPORT_TEST_RESULTS; the extension host inherits it from the server.
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';

export function createMocha(defaultResultsName: string): Mocha {
  class SpecAndJsonReporter {
    constructor(runner: Mocha.Runner, options: Mocha.MochaOptions) {
      const output = process.env.RAPPORT_TEST_RESULTS || path.resolve(__dirname, `../../../.test-results/${defaultResultsName}`);
      fs.mkdirSync(path.dirname(output), { recursive: true });
      new Mocha.reporters.Spec(runner, options);
      new Mocha.reporters.JSON(runner, { ...options, reporterOption: { output } } as Mocha.MochaOptions);
    }
  }
  return new Mocha({
    ui: 'bdd',
    color: false,
    timeout: Number(process.env.RAPPORT_TEST_MOCHA_TIMEOUT || 20000),
    grep: process.env.RAPPORT_TEST_GREP || undefined,
    reporter: SpecAndJsonReporter as unknown as typeof Mocha.reporters.Base,
  });
}

/** Runs the suite; rejects when a test failed (the contract of @vscode/test-electron's runner). */
export function runMocha(mocha: Mocha, what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    try {
      mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} ${what} test(s) failed`)) : resolve()));
    } catch (err) {
      console.error(err);
      reject(err);
    }
  });
}
