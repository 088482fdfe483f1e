// Problems panel entries for notes whose front matter cannot be read or holds a wrong value, at the
// offending line; cleared as soon as the note is fixed or deleted. Some problems depend on the day (a
// `last_contacted` in the future), so every note is checked again when the day rolls over.
import * as vscode from 'vscode';
import type { CustomerIndex } from '../../core/index/customerIndex';
import { problemsOn } from '../../core/today/datedProblems';
import { formatDate } from '../../core/time/dates';
import type { TodayState } from '../todayState';
import { wordMessage } from '../words/messageWords';

export const DIAGNOSTIC_SOURCE = 'Rapport';

export function registerDiagnostics(index: CustomerIndex, today: TodayState): vscode.Disposable {
  const collection = vscode.languages.createDiagnosticCollection('rapport');
  let day = formatDate(today.date);
  const update = (ids: Iterable<string>) => {
    const date = today.date;
    for (const id of new Set(ids)) {
      const uri = vscode.Uri.parse(id);
      const note = index.get(id);
      const problems = note ? problemsOn(note, date) : [];
      if (problems.length === 0) {
        collection.delete(uri);
        continue;
      }
      collection.set(uri, problems.map((p) => {
        const range = new vscode.Range(p.line, p.column, p.line, p.column);
        // A warning, as in the tree: the note is still a good Markdown file; Rapport cannot use its data.
        const diagnostic = new vscode.Diagnostic(range, wordMessage(p.message), vscode.DiagnosticSeverity.Warning);
        diagnostic.source = DIAGNOSTIC_SOURCE;
        if (p.code) diagnostic.code = p.code;
        return diagnostic;
      }));
    }
  };
  const all = () => index.all().map((n) => n.id);
  update(all());
  const dayChanged = today.onDidChange(() => {
    const now = formatDate(today.date);
    if (now === day) return;
    day = now;
    update(all());
  });
  return vscode.Disposable.from(collection, index.onDidChange(update), dayChanged);
}
