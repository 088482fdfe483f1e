// Mocha runner loaded by the extension host through `extensionTestsPath`. It follows @vscode/test-electron's
// contract (export run(): Promise<void>), so the same suite runs in code-server (test/harness/run-integration.js)
// and in desktop VS Code (test/harness/run-electron.js).
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';
import { watcherReady } from './helpers';

// Spec lines on the console (forwarded to the harness) plus a JSON file the harness reads for the summary.
// The harness passes the file's path in RAPPORT_TEST_RESULTS; the extension host inherits it from the server.
class SpecAndJsonReporter {
  constructor(runner: Mocha.Runner, options: Mocha.MochaOptions) {
    const output = process.env.RAPPORT_TEST_RESULTS || path.resolve(__dirname, '../../../.test-results/integration.json');
    fs.mkdirSync(path.dirname(output), { recursive: true });
    new Mocha.reporters.Spec(runner, options);
    new Mocha.reporters.JSON(runner, { ...options, reporterOption: { output } } as Mocha.MochaOptions);
  }
}

export function run(): Promise<void> {
  const mocha = new Mocha({
    ui: 'bdd',
    color: false,
    timeout: Number(process.env.RAPPORT_TEST_MOCHA_TIMEOUT || 20000),
    grep: process.env.RAPPORT_TEST_GREP || undefined,
    reporter: SpecAndJsonReporter as unknown as typeof Mocha.reporters.Base,
  });
  // Once for the whole suite: Rapport active and the server's file watcher delivering events.
  mocha.suite.beforeAll('Rapport ready and the file watcher live', async function () {
    this.timeout(90_000);
    await watcherReady();
  });
  for (const file of fs.readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort()) {
    mocha.addFile(path.join(__dirname, file));
  }
  return new Promise((resolve, reject) => {
    try {
      mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} integration test(s) failed`)) : resolve()));
    } catch (err) {
      console.error(err);
      reject(err);
    }
  });
}
