// Which customer a command is about: the tree item it was run on, a URI it was given, the active
// customer note, or else the leader's pick (most overdue first).
import * as vscode from 'vscode';
import type { CustomerRow } from '../core/today/customerList';
import type { CustomerNote } from '../core/model';
import { escapeIcons } from '../core/markdownText';
import type { TreeServices } from './services';
import { contactWords } from './words/contactWords';

/** What the keybinding in the Customers view passes: VS Code gives keybindings no tree item, so the selection is used. */
export const FROM_TREE_SELECTION = 'treeSelection';

export async function customerTarget(arg: unknown, deps: TreeServices, placeHolder: string): Promise<vscode.Uri | undefined> {
  const given = uriOf(arg === FROM_TREE_SELECTION ? await focusedRow(deps.treeView) : arg, deps);
  if (given) return given;
  const active = vscode.window.activeTextEditor?.document;
  if (active && deps.indexer.isNote(active.uri.toString())) return active.uri;
  return (await pickCustomer(deps, placeHolder))?.uri;
}

/** The customer note a command is about, as customerTarget finds it; a file that is no customer note is refused, said where the leader looks. */
export async function customerNoteTarget(arg: unknown, deps: TreeServices, placeHolder: string): Promise<CustomerNote | undefined> {
  const uri = await customerTarget(arg, deps, placeHolder);
  if (!uri) return undefined;
  const note = deps.index.get(uri.toString());
  if (!note) void vscode.window.showWarningMessage(vscode.l10n.t('{0} is not a customer note.', vscode.workspace.asRelativePath(uri, false)));
  return note;
}

/**
 * The row the keyboard is on. Arrow keys move the focus, not the selection, and the API shows only the
 * selection: so the focused row is selected first (as Enter would), then read.
 */
async function focusedRow<T>(treeView: vscode.TreeView<T>): Promise<T | undefined> {
  const before = treeView.selection[0];
  const changed = new Promise<void>((resolve) => {
    const done = treeView.onDidChangeSelection(() => { done.dispose(); resolve(); });
    setTimeout(() => { done.dispose(); resolve(); }, 300);
  });
  await vscode.commands.executeCommand('list.select');
  if (treeView.selection[0] === before) await changed;
  return treeView.selection[0];
}

export function uriOf(arg: unknown, deps: TreeServices): vscode.Uri | undefined {
  if (arg instanceof vscode.Uri) return arg;
  if (typeof arg === 'string' && arg && arg !== FROM_TREE_SELECTION) return vscode.Uri.parse(arg);
  const node = deps.tree.nodeOf(arg);
  if (node?.kind === 'customer') return vscode.Uri.parse(node.row.note.id);
  if (node?.kind === 'entry' || node?.kind === 'commitment') return vscode.Uri.parse(node.noteId);
  return undefined;
}

export async function pickCustomer(deps: TreeServices, placeHolder: string): Promise<{ uri: vscode.Uri; row: CustomerRow } | undefined> {
  const rows = deps.today.urgentRows();
  if (rows.length === 0) return noCustomersYet();
  const items = rows.map((row) => ({
    label: escapeIcons(row.note.name),
    description: contactWords(row.description),
    detail: [row.note.organization, row.note.owner].filter(Boolean).map((s) => escapeIcons(s!)).join(' · ') || undefined,
    row,
  }));
  const picked = await vscode.window.showQuickPick(items, { placeHolder, matchOnDescription: true, matchOnDetail: true });
  return picked && { uri: vscode.Uri.parse(picked.row.note.id), row: picked.row };
}

/** Says there is no customer to pick, and offers to create one. */
export async function noCustomersYet(): Promise<undefined> {
  const create = vscode.l10n.t('New Customer');
  if ((await vscode.window.showInformationMessage(vscode.l10n.t('No customer notes yet.'), create)) === create) {
    await vscode.commands.executeCommand('rapport.newCustomer');
  }
  return undefined;
}
