// Mocha runner for the multi-root suite (run-integration.js --multi-root): a .code-workspace with the
// fixture ("Sales") and test/fixtures/second-folder ("Operations"), each with its own settings.
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';

class SpecAndJsonReporter {
  constructor(runner: Mocha.Runner, options: Mocha.MochaOptions) {
    const output = process.env.RAPPORT_TEST_RESULTS || path.resolve(__dirname, '../../../.test-results/multiroot.json');
    fs.mkdirSync(path.dirname(output), { recursive: true });
    new Mocha.reporters.Spec(runner, options);
    new Mocha.reporters.JSON(runner, { ...options, reporterOption: { output } } as Mocha.MochaOptions);
  }
}

export function run(): Promise<void> {
  const mocha = new Mocha({
    ui: 'bdd',
    color: false,
    timeout: 20000,
    grep: process.env.RAPPORT_TEST_GREP || undefined,
    reporter: SpecAndJsonReporter as unknown as typeof Mocha.reporters.Base,
  });
  mocha.addFile(path.join(__dirname, 'multiroot.test.js'));
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} multi-root test(s) failed`)) : resolve()));
  });
}
