// Problems panel entries for notes whose front matter cannot be read or holds a wrong value, at the
// offending line (an `account:` that names no account too), and for links in any note that were meant
// for a customer and name none (or two); a hint at a key that looks like a slip for a known one;
// cleared as soon as the note is fixed or deleted. Some problems depend on the day (a `last_contacted`
// in the future), so every note is checked again when the day rolls over.
import * as vscode from 'vscode';
import type { CustomerIndex } from '../../core/index/customerIndex';
import type { MentionIndex } from '../../core/mentions/mentionIndex';
import { problemsOn } from '../../core/today/datedProblems';
import { formatDate } from '../../core/time/dates';
import type { LinkProblem, MisspeltKey, NoteProblem } from '../../core/model';
import type { FixCode } from '../../core/editorHelp/quickFixes';
import type { TodayState } from '../todayState';
import { wordMessage } from '../words/messageWords';

export const DIAGNOSTIC_SOURCE = 'Rapport';

export function registerDiagnostics(index: CustomerIndex, mentions: MentionIndex, today: TodayState): vscode.Disposable {
  const collection = vscode.languages.createDiagnosticCollection('rapport');
  /** Notes that have entries now: a change elsewhere in a large workspace costs nothing here. */
  const shown = new Set<string>();
  let day = formatDate(today.date);
  const update = (ids: Iterable<string>) => {
    const date = today.date;
    for (const id of new Set(ids)) {
      const note = index.get(id);
      const ownProblems = note ? [...problemsOn(note, date), ...today.accounts().problemsOf(id)] : [];
      const hints = (note?.misspeltKeys ?? []).map(keyHint);
      const diagnostics = [...ownProblems.map(noteDiagnostic), ...hints, ...mentions.problemsOf(id).map(linkDiagnostic)];
      if (diagnostics.length === 0) {
        if (shown.delete(id)) collection.delete(vscode.Uri.parse(id));
        continue;
      }
      shown.add(id);
      collection.set(vscode.Uri.parse(id), diagnostics);
    }
  };
  const all = () => index.all().map((n) => n.id);
  update(all());
  // An `account:` goes wrong or right when another note changes (renamed, deleted, named as a person).
  let accountProblems = new Set(today.accounts().withProblems);
  const todayChanged = today.onDidChange(() => {
    const now = formatDate(today.date);
    const current = new Set(today.accounts().withProblems);
    const changed = new Set([...accountProblems, ...current]);
    accountProblems = current;
    if (now === day) return update(changed);
    day = now;
    update(all());
  });
  return vscode.Disposable.from(collection, index.onDidChange(update), mentions.onDidChange(update), todayChanged);
}

function noteDiagnostic(p: NoteProblem): vscode.Diagnostic {
  // A warning, as in the tree: the note is still a good Markdown file; Rapport cannot use its data.
  const diagnostic = new vscode.Diagnostic(new vscode.Range(p.line, p.column, p.line, p.column), wordMessage(p.message), vscode.DiagnosticSeverity.Warning);
  diagnostic.source = DIAGNOSTIC_SOURCE;
  if (p.code) diagnostic.code = p.code;
  return diagnostic;
}

/** The diagnostic code of a key that looks like a slip for a known key; its quick fix renames it. */
const MISSPELT_KEY: FixCode = 'misspelt-key';

function keyHint(k: MisspeltKey): vscode.Diagnostic {
  // A hint, not a warning: an unknown key is the leader's right; this one is only likely a typo.
  const range = new vscode.Range(k.line, k.column, k.line, k.column + k.length);
  const diagnostic = new vscode.Diagnostic(range, wordMessage({ id: 'misspelt-key', key: k.key, meant: k.meant }), vscode.DiagnosticSeverity.Hint);
  diagnostic.source = DIAGNOSTIC_SOURCE;
  diagnostic.code = MISSPELT_KEY;
  return diagnostic;
}

function linkDiagnostic(p: LinkProblem): vscode.Diagnostic {
  const range = new vscode.Range(p.line, p.column, p.line, p.column + p.length);
  const diagnostic = new vscode.Diagnostic(range, wordMessage(p.message), vscode.DiagnosticSeverity.Warning);
  diagnostic.source = DIAGNOSTIC_SOURCE;
  diagnostic.code = p.message.id;
  return diagnostic;
}
