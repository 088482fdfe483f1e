import * as assert from 'node:assert/strict';
import { escapeSnippet, fillTemplate } from '../../src/core/templates/snippetText';

describe('snippetText', () => {
  it('escapes $, } and \\', () => {
    assert.equal(escapeSnippet('$1 {x} \\n'), '\\$1 {x\\} \\\\n');
    assert.equal(escapeSnippet('plain'), 'plain');
  });

  it('replaces ${date} and ${customer}, and their short forms', () => {
    const body = '## ${date} Meeting with ${customer}\n$customer on $date: ${1:what happened}$0';
    assert.equal(fillTemplate(body, { date: '2026-11-20', customer: 'Acme Logistics' }),
      '## 2026-11-20 Meeting with Acme Logistics\nAcme Logistics on 2026-11-20: ${1:what happened}$0');
  });

  it('leaves other variables and tab stops alone', () => {
    assert.equal(fillTemplate('${1:x} $2 ${TM_FILENAME} $customers ${dates}', { date: 'D', customer: 'C' }), '${1:x} $2 ${TM_FILENAME} $customers ${dates}');
  });

  it('inserts a customer name as text, never as snippet syntax', () => {
    assert.equal(fillTemplate('Hi ${customer}!', { date: '2026-11-20', customer: '$1 {x} \\ back}' }), 'Hi \\$1 {x\\} \\\\ back\\}!');
    assert.equal(fillTemplate('${customer}', { date: '2026-11-20', customer: '${2:evil}' }), '\\${2:evil\\}');
  });

  it('does not read $&, $\' or $` in a name as replacement patterns', () => {
    assert.equal(fillTemplate('A ${customer} B', { date: '2026-11-20', customer: "O$'Brien $& $`x" }), "A O\\$'Brien \\$& \\$`x B");
    assert.equal(fillTemplate('${customer} ${date}', { date: '2026-11-20', customer: '$$' }), '\\$\\$ 2026-11-20');
  });

  it('does not expand a ${date} that comes from the customer name', () => {
    assert.equal(fillTemplate('${customer}', { date: '2026-11-20', customer: '${date}' }), '\\${date\\}');
  });
});
