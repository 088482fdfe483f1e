import * as assert from 'node:assert/strict';
import { fillPlaceholders, joinWorded } from '../../src/core/placeholders';

describe('fillPlaceholders', () => {
  it('fills {0}, {1} in any order and as often as they occur', () => {
    assert.equal(fillPlaceholders('{1} of {0}, {1}', 'a', 2), '2 of a, 2');
  });

  it('leaves a placeholder without a value, and does not refill what a value brings in', () => {
    assert.equal(fillPlaceholders('{0} and {1}', '{1}'), '{1} and {1}');
    assert.equal(fillPlaceholders('no placeholders'), 'no placeholders');
  });
});

describe('joinWorded', () => {
  const english = { pair: '{0} and {1}', series: '{0}, {1}' };

  it('joins none, one, two, three and more items in the words given', () => {
    assert.equal(joinWorded([], english), '');
    assert.equal(joinWorded(['a'], english), 'a');
    assert.equal(joinWorded(['a', 'b'], english), 'a and b');
    assert.equal(joinWorded(['a', 'b', 'c'], english), 'a, b and c');
    assert.equal(joinWorded(['a', 'b', 'c', 'd'], { pair: '{0} und {1}', series: '{0}, {1}' }), 'a, b, c und d');
  });

  it('does not read placeholders in the items', () => {
    assert.equal(joinWorded(['{1}', '{0}', 'x'], english), '{1}, {0} and x');
  });
});
