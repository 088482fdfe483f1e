// Problems panel entries for notes whose front matter cannot be read or holds a wrong value,
// at the offending line; cleared as soon as the note is fixed or deleted.
import * as vscode from 'vscode';
import type { CustomerIndex } from '../core/customerIndex';

export function registerDiagnostics(index: CustomerIndex): vscode.Disposable {
  const collection = vscode.languages.createDiagnosticCollection('rapport');
  const update = (ids: readonly string[]) => {
    for (const id of new Set(ids)) {
      const uri = vscode.Uri.parse(id);
      const note = index.get(id);
      if (!note || note.problems.length === 0) {
        collection.delete(uri);
        continue;
      }
      collection.set(uri, note.problems.map((p) => {
        const range = new vscode.Range(p.line, p.column, p.line, p.column);
        const diagnostic = new vscode.Diagnostic(range, p.message, p.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning);
        diagnostic.source = 'Rapport';
        return diagnostic;
      }));
    }
  };
  update(index.all().map((n) => n.id));
  return vscode.Disposable.from(collection, index.onDidChange(update));
}
