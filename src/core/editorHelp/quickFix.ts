// What a quick fix is, as data: what it does (worded in the vscode layer), the one minimal edit that
// does it, and whether it is surely what the leader meant (then the editor may apply it on its own).
import type { LocalDate, TextEdit } from '../model';

export type QuickFixTitle =
  | { readonly id: 'set-value'; readonly key: string; readonly value: string }
  | { readonly id: 'set-nearest-date'; readonly key: string; readonly value: string }
  | { readonly id: 'set-today'; readonly key: string; readonly value: string }
  | { readonly id: 'move-to-next-contact' }
  /** A future `last_contacted` on the very day `next_contact` already plans: it only repeats the plan. */
  | { readonly id: 'remove-repeated-plan'; readonly date: LocalDate }
  /** `line` is one-based, as the editor numbers lines. */
  | { readonly id: 'remove-later-duplicate'; readonly key: string; readonly line: number }
  | { readonly id: 'rename-key'; readonly from: string; readonly to: string };

export interface QuickFix {
  readonly title: QuickFixTitle;
  /** Offsets in the text the fix was computed on. */
  readonly edit: TextEdit;
  readonly preferred: boolean;
}
