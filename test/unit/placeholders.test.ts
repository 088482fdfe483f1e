import * as assert from 'node:assert/strict';
import { fillPlaceholders } from '../../src/core/placeholders';

describe('fillPlaceholders', () => {
  it('fills {0}, {1} in any order and as often as they occur', () => {
    assert.equal(fillPlaceholders('{1} of {0}, {1}', 'a', 2), '2 of a, 2');
  });

  it('leaves a placeholder without a value, and does not refill what a value brings in', () => {
    assert.equal(fillPlaceholders('{0} and {1}', '{1}'), '{1} and {1}');
    assert.equal(fillPlaceholders('no placeholders'), 'no placeholders');
  });
});
