// What an edit of a note gives back: one minimal TextEdit (offsets in the whole text), or a refusal
// placed where the note shows the reason.
import { positionAt } from '../frontMatter/block';
import type { Message, NoteProblem, TextEdit } from '../model';

export type EditResult = { ok: true; edit: TextEdit } | { ok: false; message: Message; line: number; column: number };

export function replacing(start: number, end: number, text: string): EditResult {
  return { ok: true, edit: { start, end, text } };
}

/** A refusal placed at `offset` of the note's text. */
export function refusalAt(text: string, offset: number, message: Message): EditResult & { ok: false } {
  return { ok: false, message, ...positionAt(text, offset) };
}

/** A refusal for the reader's own reason, at the reader's place: the same reason the tree and Problems show. */
export function refusalOf(problem: NoteProblem): EditResult & { ok: false } {
  return { ok: false, message: problem.message, line: problem.line, column: problem.column };
}

export function applyEdit(text: string, edit: TextEdit): string {
  return text.slice(0, edit.start) + edit.text + text.slice(edit.end);
}
