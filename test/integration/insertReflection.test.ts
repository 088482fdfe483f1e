// Insert Reflection: a built-in template becomes a snippet at the cursor with today and the customer.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, day, removeNote, writeNote } from './helpers';

describe('rapport.insertReflection', () => {
  after(async () => {
    await closeAllEditors();
    await removeNote('customers/reflect/reflect.md');
  });

  it('inserts the Opportunities and risks template with its habit tag and today', async () => {
    const uri = await writeNote('customers/reflect/reflect.md', '---\nname: Reflect $1 Co\n---\n# Reflect\n\n');
    const editor = await vscode.window.showTextDocument(uri);
    const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
    editor.selection = new vscode.Selection(end, end);
    assert.equal(await vscode.commands.executeCommand('rapport.insertReflection', 'opportunities-and-risks'), true);
    const text = editor.document.getText();
    assert.ok(text.includes(`### Reflection: Opportunities and risks (${day(0)})`), text);
    assert.ok(text.includes('#habit/understand'));
    assert.ok(!text.includes('${date}'));
  });
});
