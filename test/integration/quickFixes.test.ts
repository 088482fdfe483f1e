// Quick fixes on real customer notes on disk, in the real extension host: for each problem Rapport
// reports, the diagnostic is there, its fix is offered, applying the fix mends the note (the diagnostic
// goes), and one undo brings back the exact text.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, closeAllEditors, day, quickFixesAt, removeNote, waitFor, writeNote } from './helpers';

const FOLDER = 'customers/quick-fixes';

const diagnosticsOf = (uri: vscode.Uri, code: string) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Rapport' && d.code === code);

interface Fixed {
  readonly uri: vscode.Uri;
  readonly diagnostic: vscode.Diagnostic;
  readonly actions: vscode.CodeAction[];
  readonly fix: vscode.CodeAction;
}

/**
 * Writes the note, waits for its diagnostic of `code`, applies the fix titled `title` and expects the
 * editor's text to become `expected(original)`; the diagnostic must go, and one undo restore the text.
 */
async function applyFix(name: string, text: string, code: string, title: string, expected: (original: string) => string): Promise<Fixed> {
  const uri = await writeNote(`${FOLDER}/${name}.md`, text);
  await waitFor(() => diagnosticsOf(uri, code).length === 1, `the ${code} diagnostic of ${name}`);
  const [diagnostic] = diagnosticsOf(uri, code);
  const editor = await vscode.window.showTextDocument(uri);
  const original = editor.document.getText();
  const actions = await quickFixesAt(uri, diagnostic.range, (titles) => titles.includes(title));
  const fix = actions.find((a) => a.title === title);
  assert.ok(fix?.edit, `${title} in ${JSON.stringify(actions.map((a) => a.title))}`);
  assert.ok(await vscode.workspace.applyEdit(fix.edit));
  assert.equal(editor.document.getText(), expected(original));
  await waitFor(() => diagnosticsOf(uri, code).length === 0, `the ${code} diagnostic gone once fixed`);
  await vscode.commands.executeCommand('undo');
  assert.equal(editor.document.getText(), original, 'one undo restores the note');
  await waitFor(() => diagnosticsOf(uri, code).length === 1, `the ${code} diagnostic back after undo`);
  return { uri, diagnostic, actions, fix };
}

const preferredTitles = (actions: readonly vscode.CodeAction[]) => actions.filter((a) => a.isPreferred).map((a) => a.title);

describe('quick fixes in customer notes', () => {
  const written: string[] = [];
  const note = (name: string) => {
    written.push(`${FOLDER}/${name}.md`);
    return name;
  };

  afterEach(async () => {
    await closeAllEditors();
  });

  after(async () => {
    for (const relative of written) await removeNote(relative);
  });

  it('an impossible date: the nearest real date (preferred) or today, keeping BOM, CRLF, quotes and comment', async () => {
    const text = '\uFEFF---\r\nname: QF Date\r\nlast_contacted: "2020-02-30"  # the call\r\n---\r\n# QF Date\r\n';
    const { actions, diagnostic } = await applyFix(note('impossible-date'), text, 'bad-value', 'Change last_contacted to 2020-02-29, the nearest real date',
      (original) => original.replace('2020-02-30', '2020-02-29'));
    assert.equal(diagnostic.range.start.line, 2);
    assert.deepEqual(actions.map((a) => a.title), ['Change last_contacted to 2020-02-29, the nearest real date', `Change last_contacted to today (${day(0)})`]);
    assert.deepEqual(preferredTitles(actions), ['Change last_contacted to 2020-02-29, the nearest real date']);
  });

  it('a value that is no date at all: today', async () => {
    const { actions } = await applyFix(note('no-date'), '---\nname: QF Soon\nnext_contact: soon\n---\n', 'bad-value', `Change next_contact to today (${day(0)})`,
      (original) => original.replace('soon', day(0)));
    assert.equal(actions.length, 1);
  });

  it('an unknown status: every valid one, the nearest spelling first and preferred', async () => {
    const { actions } = await applyFix(note('status'), '---\nname: QF Status\nstatus: actve # typo\n---\n', 'bad-value', 'Change status to active',
      (original) => original.replace('actve', 'active'));
    assert.equal(actions[0].title, 'Change status to active');
    assert.deepEqual(actions.map((a) => a.title).sort(), ['Change status to active', 'Change status to archived', 'Change status to at-risk', 'Change status to dormant']);
    assert.deepEqual(preferredTitles(actions), ['Change status to active']);
  });

  it('a bad cadence: the one meant first and preferred, then the common values', async () => {
    const { actions } = await applyFix(note('cadence'), '---\r\nname: QF Cadence\r\ncadence: 2 weeks\r\n---\r\n', 'bad-value', 'Change cadence to 2w',
      (original) => original.replace('2 weeks', '2w'));
    assert.deepEqual(actions.map((a) => a.title), ['Change cadence to 2w', 'Change cadence to 1w', 'Change cadence to 1m', 'Change cadence to 3m']);
    assert.deepEqual(preferredTitles(actions), ['Change cadence to 2w']);
  });

  it('a future last_contacted: moved to next_contact, or removed when next_contact already plans that day', async () => {
    const future = day(10);
    await applyFix(note('future'), `---\nname: QF Future\nlast_contacted: ${future}  # planned\n---\n`, 'future-date', 'Move it to next_contact (a planned contact)',
      (original) => original.replace('last_contacted:', 'next_contact:'));
    await applyFix(note('future-planned'), `---\nname: QF Planned\nlast_contacted: ${future}\nnext_contact: ${future}\n---\n`, 'future-date',
      `Remove last_contacted: next_contact already plans ${future}`, (original) => original.replace(`last_contacted: ${future}\n`, ''));
  });

  it('a duplicate key: the later pair removed, its multi-line value too, and the note reads again', async () => {
    const rapport = await api();
    const text = '---\r\nname: QF Duplicate\r\nowner: Dana\r\nname: |\r\n  Second\r\n  name\r\nstatus: active\r\n---\r\n# QF Duplicate\r\n';
    const { uri, diagnostic } = await applyFix(note('duplicate'), text, 'unreadable', 'Remove the later name (line 4)',
      (original) => original.replace('name: |\r\n  Second\r\n  name\r\n', ''));
    assert.match(diagnostic.message, /duplicated mapping key/);
    // Applied again and kept: the note is readable, named by its first name.
    const [fix] = (await quickFixesAt(uri, diagnostic.range, (titles) => titles.includes('Remove the later name (line 4)'))).filter((a) => a.title === 'Remove the later name (line 4)');
    assert.ok(fix?.edit);
    await vscode.window.showTextDocument(uri);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    await waitFor(() => rapport.customers().some((c) => c.id === uri.toString() && c.name === 'QF Duplicate' && !c.brokenReason), 'the note readable');
  });

  it('a misspelt key: a hint at the key, not a warning on the customer, renamed by its fix', async () => {
    const rapport = await api();
    const { uri, diagnostic, actions } = await applyFix(note('misspelt'), '---\nname: QF Misspelt\ncadance: 2w   # every other week\n---\n', 'misspelt-key',
      'Rename cadance to cadence', (original) => original.replace('cadance', 'cadence'));
    assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Hint);
    assert.equal(diagnostic.message, 'Unknown key cadance: did you mean cadence?');
    assert.deepEqual([diagnostic.range.start.line, diagnostic.range.start.character, diagnostic.range.end.character], [2, 0, 7]);
    assert.deepEqual(preferredTitles(actions), ['Rename cadance to cadence']);
    const shown = rapport.customers().find((c) => c.id === uri.toString())!;
    assert.deepEqual(shown.problems, []);
    assert.equal(shown.brokenReason, undefined);
  });

  it('a misspelt key whose right key is already there: the hint, and no rename', async () => {
    const uri = await writeNote(`${FOLDER}/${note('misspelt-taken')}.md`, '---\nname: QF Taken\ncadence: 2 weeks\nStatus: active\nstatus: dormant\n---\n');
    await waitFor(() => diagnosticsOf(uri, 'misspelt-key').length === 1 && diagnosticsOf(uri, 'bad-value').length === 1, 'the hint and the warning');
    const [hint] = diagnosticsOf(uri, 'misspelt-key');
    const [cadence] = diagnosticsOf(uri, 'bad-value');
    assert.equal(hint.range.start.line, 3);
    await vscode.window.showTextDocument(uri);
    // The cadence's fix offered: the workbench has this note's diagnostics, the hint's too.
    await quickFixesAt(uri, cadence.range, (titles) => titles.includes('Change cadence to 2w'));
    const actions = await quickFixesAt(uri, hint.range, () => true);
    assert.deepEqual(actions.filter((a) => a.title.startsWith('Rename')), []);
  });
});
