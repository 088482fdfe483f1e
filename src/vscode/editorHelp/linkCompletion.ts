// `[[` in any Markdown note completes the customers of its workspace folder, by name and by alias, and
// inserts the wiki link by the customer note's file name (`[[acme-logistics]]`), as the mentions match it
// (core/editing/customerLink.ts). A link already closed by the editor (`[[|]]`) gets no second `]]`.
import * as vscode from 'vscode';
import type { CustomerIndex } from '../../core/index/customerIndex';
import type { MentionIndex } from '../../core/mentions/mentionIndex';
import { typedWikiLink, wikiTargetOf } from '../../core/editing/customerLink';
import type { CustomerNote } from '../../core/model';
import { foldName } from '../../core/names';
import { fileTitleOf } from '../../core/reading/noteLoader';
import { folderOfNote } from '../../core/today/folderGroups';
import { notesByName } from '../../core/today/customerList';
import { noteFolder } from '../ports/folders';

class CustomerLinkCompletion implements vscode.CompletionItemProvider {
  constructor(private readonly index: CustomerIndex, private readonly mentions: MentionIndex) {}

  provideCompletionItems(document: vscode.TextDocument, position: vscode.Position): vscode.CompletionItem[] | undefined {
    const line = document.lineAt(position.line).text;
    const typed = typedWikiLink(line.slice(0, position.character), line.slice(position.character));
    if (!typed) return undefined;
    const range = new vscode.Range(position.line, typed.start, position.line, position.character + typed.closing);
    const folders = (vscode.workspace.workspaceFolders ?? []).map(noteFolder);
    const here = folderOfNote(document.uri.toString(), folders);
    const notes = notesByName(this.index.all()).filter((note) => !here || folderOfNote(note.id, folders) === here);
    // Each target as a mention in the customer's own folder would be matched: one that names this customer alone.
    return notes.flatMap((note, order) => itemsOf(note, wikiTargetOf(note, (target) => this.mentions.customerNamed(target, note.id)), range, order));
  }
}

/** One item for the customer's name and one for each alias, all inserting the same link. */
function itemsOf(note: CustomerNote, target: string | undefined, range: vscode.Range, order: number): vscode.CompletionItem[] {
  if (target === undefined) return [];
  const fileTitle = fileTitleOf(note.id);
  const description = note.role ?? fileTitle;
  const seen = new Set<string>();
  const labels = [note.name, ...note.aliases].filter((label) => {
    const key = foldName(label);
    return key !== '' && !seen.has(key) && seen.add(key);
  });
  return labels.map((label, i) => {
    const item = new vscode.CompletionItem({ label, description }, vscode.CompletionItemKind.Reference);
    item.detail = i === 0 ? target : vscode.l10n.t('Alias of {0}', note.name);
    item.filterText = `${label} ${fileTitle}`;
    item.insertText = `${target}]]`;
    item.range = range;
    // The index's order (by name, archived customers last) among equally good matches.
    item.sortText = `${String(order).padStart(6, '0')}.${i}`;
    return item;
  });
}

export function registerLinkCompletion(index: CustomerIndex, mentions: MentionIndex): vscode.Disposable {
  return vscode.languages.registerCompletionItemProvider({ language: 'markdown' }, new CustomerLinkCompletion(index, mentions), '[');
}
