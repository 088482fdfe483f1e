import * as assert from 'node:assert/strict';
import { relativeFolderSegments } from '../../src/core/editing/relativeFolder';

describe('relativeFolderSegments', () => {
  it('splits a relative folder into plain segments', () => {
    assert.deepEqual(relativeFolderSegments('reviews'), ['reviews']);
    assert.deepEqual(relativeFolderSegments(' notes/./reviews/ '), ['notes', 'reviews']);
    assert.deepEqual(relativeFolderSegments('notes\\reviews'), ['notes', 'reviews']);
    assert.deepEqual(relativeFolderSegments(''), []);
  });

  it('refuses anything that could lead outside the workspace folder', () => {
    for (const bad of ['../reviews', 'a/../../b', '/etc', '\\\\server\\share', 'C:\\reviews', 'c:reviews', 'file:///tmp', '~/reviews', 'a/b:c']) {
      assert.equal(relativeFolderSegments(bad), undefined, bad);
    }
  });
});
