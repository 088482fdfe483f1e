// Multi-root workspaces: notes are placed in their innermost workspace folder, and the tree's folder
// level keeps the workspace's folder order and each folder's row order.
import * as assert from 'node:assert/strict';
import { customerRows } from '../../src/core/today/customerList';
import type { NoteFolder } from '../../src/core/model';
import { folderOfNote, groupRowsByFolder } from '../../src/core/today/folderGroups';
import { day, note } from './helpers';

const SALES: NoteFolder = { uri: 'file:///work/sales', name: 'Sales' };
const OPS: NoteFolder = { uri: 'file:///work/ops', name: 'Operations' };
const NESTED: NoteFolder = { uri: 'file:///work/ops/emea', name: 'EMEA' };
const WEB: NoteFolder = { uri: 'vscode-vfs://github/acme/notes', name: 'notes' };

describe('folderGroups', () => {
  it('finds the innermost folder of a note, never a folder that only shares a name prefix', () => {
    const folders = [OPS, NESTED, SALES, WEB];
    assert.equal(folderOfNote('file:///work/ops/customers/a.md', folders), OPS);
    assert.equal(folderOfNote('file:///work/ops/emea/customers/b.md', folders), NESTED);
    assert.equal(folderOfNote('file:///work/sales-old/customers/c.md', folders), undefined);
    assert.equal(folderOfNote('vscode-vfs://github/acme/notes/customers/d.md', folders), WEB);
  });

  it('groups rows by folder in workspace order, keeps sort order inside, and drops empty folders', () => {
    const notes = [
      note({ id: 'file:///work/ops/customers/zed.md', name: 'Zed', lastContacted: day(2026, 11, 1) }),
      note({ id: 'file:///work/sales/customers/amy.md', name: 'Amy', lastContacted: day(2026, 11, 30) }),
      note({ id: 'file:///work/ops/customers/bob.md', name: 'Bob' }),
      note({ id: 'file:///elsewhere/x.md', name: 'Stray' }),
    ];
    const rows = customerRows(notes, day(2026, 12, 1), { sortBy: 'name', showArchived: false, dueSoonDays: 3 });
    const groups = groupRowsByFolder(rows, [SALES, WEB, OPS]);
    assert.deepEqual(groups.map((g) => g.folder?.name), ['Sales', 'Operations', undefined]);
    assert.deepEqual(groups.map((g) => g.rows.map((r) => r.note.name)), [['Amy'], ['Bob', 'Zed'], ['Stray']]);
  });

  it('puts every row in one group for a single folder', () => {
    const rows = customerRows([note({ id: 'file:///work/sales/customers/a.md' })], day(2026, 12, 1), { sortBy: 'name', showArchived: false, dueSoonDays: 3 });
    assert.deepEqual(groupRowsByFolder(rows, [SALES]).map((g) => g.rows.length), [1]);
  });
});
