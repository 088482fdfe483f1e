// What a problem found instead of a usable value, in the leader's words: `a list`, `string "x"`.
import * as vscode from 'vscode';
import { type FoundValue } from '../../core/model';

// Functions, not constants: vscode.l10n.t must see literal keys and run after activation.
const kindWords = (): Record<Exclude<FoundValue['kind'], 'scalar'>, string> => ({
  null: vscode.l10n.t('null'), list: vscode.l10n.t('a list'), date: vscode.l10n.t('a date'), mapping: vscode.l10n.t('a mapping'),
});
const scalarWords = (json: string): Record<string, string | undefined> => ({
  string: vscode.l10n.t('string {0}', json), number: vscode.l10n.t('number {0}', json), boolean: vscode.l10n.t('boolean {0}', json),
});

export function foundWords(found: FoundValue): string {
  if (found.kind !== 'scalar') return kindWords()[found.kind];
  // No YAML value has another type; JavaScript's own name for it is all there is to say.
  return scalarWords(found.json)[found.type] ?? `${found.type} ${found.json}`;
}
