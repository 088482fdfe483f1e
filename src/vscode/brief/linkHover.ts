// A hover on a link to a customer, in any Markdown note, shows the meeting brief: what to know before
// seeing them. The link is matched as a mention would be (mentions/linkAt.ts), from this note's folder.
import * as vscode from 'vscode';
import { customerLinkAt } from '../../core/mentions/linkAt';
import type { MentionIndex } from '../../core/mentions/mentionIndex';
import type { TodayState } from '../todayState';
import { customerBriefMarkdown } from './customerBrief';

class CustomerLinkHover implements vscode.HoverProvider {
  constructor(private readonly mentions: MentionIndex, private readonly today: TodayState) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const line = document.lineAt(position.line).text;
    const found = customerLinkAt(line, position.character, document.uri.toString(), this.mentions);
    if (!found) return undefined;
    const markdown = customerBriefMarkdown(this.today, found.customerId, 'hover');
    if (!markdown) return undefined;
    const md = new vscode.MarkdownString(markdown);
    md.isTrusted = false;
    md.supportHtml = false;
    return new vscode.Hover(md, new vscode.Range(position.line, found.column, position.line, found.column + found.length));
  }
}

export function registerLinkHover(mentions: MentionIndex, today: TodayState): vscode.Disposable {
  return vscode.languages.registerHoverProvider({ language: 'markdown' }, new CustomerLinkHover(mentions, today));
}
