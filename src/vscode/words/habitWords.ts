// The three habits in the leader's words, localized. Literal l10n keys so the export tool finds them.
import * as vscode from 'vscode';
import type { Habit } from '../core/reading/noteBody';

export function habitWords(habit: Habit): string {
  switch (habit) {
    case 'understand':
      return vscode.l10n.t('understand deeply');
    case 'vulnerability':
      return vscode.l10n.t('mutual vulnerability');
    case 'time':
      return vscode.l10n.t('invest time');
  }
}
