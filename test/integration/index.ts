// Mocha runner loaded by the extension host through `extensionTestsPath`. It follows @vscode/test-electron's
// contract (export run(): Promise<void>), so the same suite runs in code-server (test/harness/run-integration.js)
// and in desktop VS Code (test/harness/run-electron.js).
import * as fs from 'fs';
import * as path from 'path';
import { watcherReady } from './helpers';
import { createMocha, runMocha } from './mochaRunner';

export function run(): Promise<void> {
  const mocha = createMocha('integration.json');
  // Once for the whole suite: Rapport active and the server's file watcher delivering events.
  mocha.suite.beforeAll('Rapport ready and the file watcher live', async function () {
    this.timeout(90_000);
    await watcherReady();
  });
  for (const file of fs.readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort()) {
    mocha.addFile(path.join(__dirname, file));
  }
  return runMocha(mocha, 'integration');
}
