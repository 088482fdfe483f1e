// The beginning of a document that holds its whole front matter, read without the rest: the help runs on
// keystrokes, and copying a 2 MB note's text for each one would slow typing. Lines are read in growing
// chunks until the closing fence; undefined when the position cannot lie in a front matter.
import * as vscode from 'vscode';
import { findFrontMatter } from '../../core/frontMatter/block';

/** A front matter this long is no customer's profile; the help is not worth reading further for. */
const MAX_LINES = 4096;
const FIRST_LINES = 64;

export function frontMatterText(document: vscode.TextDocument, position: vscode.Position): string | undefined {
  if (position.line >= MAX_LINES || !document.lineAt(0).text.replace(/^\ufeff/, '').startsWith('---')) return undefined;
  for (let lines = FIRST_LINES; ; lines *= 4) {
    const end = Math.min(lines, document.lineCount, MAX_LINES);
    const text = document.getText(new vscode.Range(0, 0, end, 0));
    const found = findFrontMatter(text);
    // A block that closes before the position leaves it in the body: no need to read on.
    if (found.kind === 'block') return found.blockEnd > document.offsetAt(position) ? text : undefined;
    if (found.kind === 'none' || end >= document.lineCount || end >= MAX_LINES) return undefined;
  }
}
