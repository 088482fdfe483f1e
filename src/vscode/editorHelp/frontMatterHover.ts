// A hover in a customer note's front matter: a known key's meaning and example, a date's distance from
// today with its weekday, a cadence's days and the due date it gives from the last contact the tree counts.
import * as vscode from 'vscode';
import { hoverAt } from '../../core/editorHelp/hoverAt';
import { summarizeContact } from '../../core/today/contactState';
import type { Services } from '../services';
import { hoverWords } from '../words/frontMatterWords';
import { frontMatterText } from './frontMatterText';

class FrontMatterHoverProvider implements vscode.HoverProvider {
  constructor(private readonly services: Services) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const id = document.uri.toString();
    const note = this.services.index.get(id);
    if (!note) return undefined;
    const text = frontMatterText(document, position);
    if (text === undefined) return undefined;
    const { today } = this.services;
    // The row rolls an account's people into its last contact; an archived customer hidden from the tree has none.
    const contact = today.row(id)?.summary ?? summarizeContact(note, today.date, today.settings.dueSoonDays);
    const found = hoverAt(text, document.offsetAt(position), today.date, contact);
    if (!found) return undefined;
    return new vscode.Hover(hoverWords(found), new vscode.Range(document.positionAt(found.start), document.positionAt(found.end)));
  }
}

export function registerFrontMatterHover(services: Services): vscode.Disposable {
  return vscode.languages.registerHoverProvider({ language: 'markdown' }, new FrontMatterHoverProvider(services));
}
