// A subtle mark on customers whose habits have gone quiet: a dotted-circle badge on the note (in the
// Customers tree and the Explorer) with the habits in its tooltip. No colour: it is a nudge, not an alarm.
import * as vscode from 'vscode';
import type { CustomerIndex } from '../../core/index/customerIndex';
import { habitWords } from '../words/habitWords';
import type { TodayState } from '../todayState';

export function registerHabitDecorations(index: CustomerIndex, today: TodayState): vscode.Disposable & { provider: vscode.FileDecorationProvider } {
  const changed = new vscode.EventEmitter<vscode.Uri[] | undefined>();
  const provider: vscode.FileDecorationProvider = {
    onDidChangeFileDecorations: changed.event,
    provideFileDecoration(uri) {
      const note = index.get(uri.toString());
      if (!note || note.brokenReason || note.status === 'archived') return undefined;
      const stale = today.insights(note).staleHabits;
      if (stale.length === 0) return undefined;
      const habits = stale.map((h) => habitWords(h.habit)).join(', ');
      return new vscode.FileDecoration('◌', vscode.l10n.t('Not reflected on lately: {0}', habits));
    },
  };
  const disposable = vscode.Disposable.from(
    changed,
    vscode.window.registerFileDecorationProvider(provider),
    today.onDidChange(() => changed.fire(undefined)),
  );
  return Object.assign(disposable, { provider });
}
