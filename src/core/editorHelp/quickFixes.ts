// The problems Rapport reports in a customer note that a quick fix can mend, found again on the
// editor's current text (what the diagnostics said may be a keystroke old): the editor matches each of
// its diagnostics to one of these by code, line and message, and asks for its fixes only then.
import { findFrontMatter } from '../frontMatter/block';
import { readFrontMatter } from '../frontMatter/read';
import { parseCustomerNote } from '../reading/customerNote';
import { problemsOn } from '../today/datedProblems';
import type { CustomerNote, LocalDate, Message, NoteProblem, ProblemCode } from '../model';
import { duplicateKeyFixes, futureDateFixes, misspeltKeyFixes } from './keyFixes';
import type { QuickFix } from './quickFix';
import { cadenceFixes, dateFixes, statusFixes } from './valueFixes';

/** A problem's code as its diagnostic carries it; a misspelt key is a hint, not one of the note's problems. */
export type FixCode = ProblemCode | 'misspelt-key';

export interface FixableProblem {
  readonly code: FixCode;
  /** Zero-based line of the whole text, where its diagnostic is. */
  readonly line: number;
  readonly message: Message;
  /** Worked out when asked: each fix is an edit read back before it is offered. */
  fixes(): QuickFix[];
}

/** The defaults do not matter here: no problem depends on them. */
const SETTINGS = { defaultCadenceDays: 14 };

/** The problems of the note `text` on `today`, each with the fixes it has (maybe none). */
export function fixableProblems(text: string, today: LocalDate): FixableProblem[] {
  const fence = findFrontMatter(text);
  if (fence.kind !== 'block') return [];
  // Only the front matter: what the problems are about, and a 2 MB note costs what its first lines cost.
  const head = text.slice(0, fence.blockEnd);
  const note = parseCustomerNote('', '', head, SETTINGS);
  const problems = problemsOn(note, today).filter((p) => p.code !== undefined).map((p): FixableProblem => ({
    code: p.code!, line: p.line, message: p.message, fixes: () => problemFixes(text, head, note, p, today),
  }));
  const hints = (note.misspeltKeys ?? []).map((k): FixableProblem => ({
    code: 'misspelt-key', line: k.line, message: { id: 'misspelt-key', key: k.key, meant: k.meant }, fixes: () => misspeltKeyFixes(text, k),
  }));
  return [...problems, ...hints];
}

function problemFixes(text: string, head: string, note: CustomerNote, problem: NoteProblem, today: LocalDate): QuickFix[] {
  switch (problem.code) {
    case 'future-date': return futureDateFixes(text, note);
    case 'unreadable': return duplicateKeyFixes(text);
    case 'bad-value': return valueFixes(text, head, problem, today);
    default: return [];
  }
}

function valueFixes(text: string, head: string, problem: NoteProblem, today: LocalDate): QuickFix[] {
  const { key, message } = problem;
  if (key === undefined) return [];
  const read = readFrontMatter(head);
  const value = read.ok ? read.value.data[key] : undefined;
  // A cadence's own message says why it cannot be read; other keys' say `bad-value` and a reason.
  if (key === 'cadence') return cadenceFixes(text, value);
  const reason = message.id === 'bad-value' ? message.reason.id : undefined;
  if ((key === 'last_contacted' || key === 'next_contact') && reason === 'not-a-date') return dateFixes(text, key, value, today);
  if (key === 'status' && reason === 'unknown-status') return statusFixes(text, value);
  return [];
}
