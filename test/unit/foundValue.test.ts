import * as assert from 'node:assert/strict';
import { foundValue } from '../../src/core/reading/foundValue';

describe('foundValue', () => {
  it('says what kind of value was found, and a plain value\'s type and JSON', () => {
    assert.deepEqual(foundValue(null), { kind: 'null' });
    assert.deepEqual(foundValue([1]), { kind: 'list' });
    assert.deepEqual(foundValue({}), { kind: 'mapping' });
    assert.deepEqual(foundValue(new Date(0)), { kind: 'date' });
    assert.deepEqual(foundValue('x'), { kind: 'scalar', type: 'string', json: '"x"' });
    assert.deepEqual(foundValue(3), { kind: 'scalar', type: 'number', json: '3' });
  });
});
