// Who a meeting was with: a multi-select quick pick of every customer, the ones a command was given
// checked and listed first, the rest by name with archived customers last.
import * as vscode from 'vscode';
import type { CustomerNote } from '../../core/model';
import { escapeIcons } from '../../core/markdownText';
import { fileTitleOf } from '../../core/reading/noteLoader';
import { notesByName } from '../../core/today/customerList';

/** The picked customers in the list's order; undefined when the leader pressed Esc. */
export async function pickCustomers(notes: readonly CustomerNote[], checked: ReadonlySet<string>, placeHolder: string): Promise<CustomerNote[] | undefined> {
  const sorted = notesByName(notes);
  const ordered = [...sorted.filter((n) => checked.has(n.id)), ...sorted.filter((n) => !checked.has(n.id))];
  const multiRoot = (vscode.workspace.workspaceFolders?.length ?? 0) > 1;
  const items = ordered.map((note) => ({
    label: escapeIcons(note.name),
    description: escapeIcons([fileTitleOf(note.id), note.role].filter(Boolean).join(' · ')),
    detail: multiRoot ? vscode.workspace.getWorkspaceFolder(vscode.Uri.parse(note.id))?.name : undefined,
    picked: checked.has(note.id),
    note,
  }));
  const picked = await vscode.window.showQuickPick(items, { canPickMany: true, placeHolder, matchOnDescription: true });
  return picked?.map((item) => item.note);
}
