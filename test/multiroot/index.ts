// Mocha runner for the multi-root suite (run-integration.js --multi-root): a .code-workspace with the
// fixture ("Sales") and test/fixtures/second-folder ("Operations"), each with its own settings.
import * as path from 'path';
import { createMocha, runMocha } from '../integration/mochaRunner';

export function run(): Promise<void> {
  const mocha = createMocha('multiroot.json');
  mocha.addFile(path.join(__dirname, 'multiroot.test.js'));
  return runMocha(mocha, 'multi-root');
}
