// Completion in a customer note's front matter: at the start of a line the known keys not written yet
// (each with its meaning and an example), in a value what that key takes (statuses, cadences, today,
// the owners, segments, tags and accounts the workspace folder's other notes use). Nothing in the body,
// nor in any other Markdown note.
import * as vscode from 'vscode';
import { completionAt, type FrontMatterCompletion } from '../../core/editorHelp/completionAt';
import type { KnownKey } from '../../core/editorHelp/frontMatterKeys';
import type { WorkspaceValues } from '../../core/editorHelp/valueOffers';
import { wikiTargetOf } from '../../core/editing/customerLink';
import { escapeSnippet } from '../../core/templates/snippetText';
import { folderOfNote } from '../../core/today/folderGroups';
import { noteFolder } from '../ports/folders';
import { frontMatterText } from './frontMatterText';
import type { Services } from '../services';
import { keyHelp } from '../words/keyWords';
import { valueDetail, valueLabel } from '../words/frontMatterWords';

/** Typed where a value starts or a list goes on: the list opens as the leader writes, not in the body's prose. */
export const TRIGGER_CHARACTERS = [':', ' ', '[', ','];

class FrontMatterCompletionProvider implements vscode.CompletionItemProvider {
  constructor(private readonly services: Services) {}

  provideCompletionItems(document: vscode.TextDocument, position: vscode.Position): vscode.CompletionItem[] | undefined {
    const id = document.uri.toString();
    if (!this.services.index.get(id)) return undefined;
    const text = frontMatterText(document, position);
    if (text === undefined) return undefined;
    const found = completionAt(text, document.offsetAt(position), this.services.today.date, () => this.workspaceValues(id));
    if (!found) return undefined;
    const range = new vscode.Range(document.positionAt(found.start), document.positionAt(found.end));
    return found.kind === 'keys' ? keyItems(found, range) : valueItems(found, range);
  }

  /** The other customers of the note's workspace folder, and how `account:` names each from this note. */
  private workspaceValues(id: string): WorkspaceValues {
    const folders = (vscode.workspace.workspaceFolders ?? []).map(noteFolder);
    const here = folderOfNote(id, folders);
    const others = this.services.index.all().filter((note) => note.id !== id && (!here || folderOfNote(note.id, folders) === here));
    const accounts = this.services.today.accounts();
    return {
      others,
      peopleOf: (account) => accounts.peopleOf(account).length,
      accountTarget: (note) => wikiTargetOf(note, (target) => this.services.mentions.customerNamed(target, id)),
    };
  }
}

const sortText = (i: number) => String(i).padStart(4, '0');

function keyItems(found: Extract<FrontMatterCompletion, { kind: 'keys' }>, range: vscode.Range): vscode.CompletionItem[] {
  return found.keys.map((key, i) => {
    const item = new vscode.CompletionItem(key.key, vscode.CompletionItemKind.Property);
    item.range = range;
    item.sortText = sortText(i);
    item.documentation = keyHelp(key);
    if (found.colonFollows) return item;
    item.insertText = new vscode.SnippetString(key.value === 'list' ? `${escapeSnippet(key.key)}: [$0]` : `${escapeSnippet(key.key)}: $0`);
    // Straight on to the values, for a key that has some to offer.
    if (offersValues(key)) item.command = { command: 'editor.action.triggerSuggest', title: '' };
    return item;
  });
}

function offersValues(key: KnownKey): boolean {
  return key.offersUsedValues || key.value === 'status' || key.value === 'cadence' || key.value === 'date';
}

const VALUE_KIND: Record<string, vscode.CompletionItemKind> = {
  status: vscode.CompletionItemKind.EnumMember,
  account: vscode.CompletionItemKind.Reference,
};

function valueItems(found: Extract<FrontMatterCompletion, { kind: 'values' }>, range: vscode.Range): vscode.CompletionItem[] {
  return found.values.map(({ value, insert, about }, i) => {
    const label = valueLabel(value, about);
    const item = new vscode.CompletionItem(label === value ? label : { label, description: value }, VALUE_KIND[about.kind] ?? vscode.CompletionItemKind.Value);
    item.range = range;
    item.insertText = insert;
    item.sortText = sortText(i);
    // Found by what is typed: a date's digits as much as `today`, an account's name as much as its file name.
    item.filterText = about.kind === 'account' ? `${value} ${about.name}` : label === value ? value : `${label} ${value}`;
    item.detail = valueDetail(about);
    item.documentation = keyHelp(found.key);
    return item;
  });
}

export function registerFrontMatterCompletion(services: Services): vscode.Disposable {
  return vscode.languages.registerCompletionItemProvider({ language: 'markdown' }, new FrontMatterCompletionProvider(services), ...TRIGGER_CHARACTERS);
}
