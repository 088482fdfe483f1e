// Problems panel entries for notes whose front matter cannot be read or holds a wrong value, at the
// offending line; cleared as soon as the note is fixed or deleted. Some problems depend on the day (a
// `last_contacted` in the future), so every note is checked again when the day rolls over.
import * as vscode from 'vscode';
import type { CustomerIndex } from '../../core/index/customerIndex';
import { problemsOn } from '../../core/today/datedProblems';
import { formatDate } from '../../core/time/dates';
import type { CustomerView } from '../todayState';
import { wordMessage } from '../words/messageWords';

export const DIAGNOSTIC_SOURCE = 'Rapport';

export function registerDiagnostics(index: CustomerIndex, view: CustomerView): vscode.Disposable {
  const collection = vscode.languages.createDiagnosticCollection('rapport');
  let day = formatDate(view.today);
  const update = (ids: Iterable<string>) => {
    const today = view.today;
    for (const id of new Set(ids)) {
      const uri = vscode.Uri.parse(id);
      const note = index.get(id);
      const problems = note ? problemsOn(note, today) : [];
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
  const dayChanged = view.onDidChange(() => {
    const now = formatDate(view.today);
    if (now === day) return;
    day = now;
    update(all());
  });
  return vscode.Disposable.from(collection, index.onDidChange(update), dayChanged);
}
