// The `yaml` library loads on first use: importing the modules that use it, and reading a note, leave it
// unloaded; the first parse (placing a key for a problem, an edit) loads it. Each case in a process of
// its own, since other tests in this one have loaded it.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';

const probe = (use: 'place' | 'edit') => JSON.parse(execFileSync(process.execPath, [path.join(__dirname, 'lazyYamlProbe.js'), use], { encoding: 'utf8' }));

describe('lazyYaml', () => {
  it('loads `yaml` neither at import nor when a note is read, but when a key is first placed', () => {
    assert.deepEqual(probe('place'), { imported: false, read: false, used: true });
  });

  it('loads `yaml` at the first edit', () => {
    assert.deepEqual(probe('edit'), { imported: false, read: false, used: true });
  });
});
