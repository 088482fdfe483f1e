// Rapport: New Meeting Note. Asks who the meeting was with (several customers, the tree item it was run
// on checked) and its title, then has the note written (meetingFile.ts). Esc at either prompt writes
// nothing; a caller may hand over the answers instead (`{ customers: [ids], title }`).
import * as vscode from 'vscode';
import { safeFileTitle } from '../../core/editing/slug';
import { today } from '../../core/time/dates';
import type { Command } from '../commands';
import { noCustomersYet, uriOf } from '../customerTarget';
import type { TreeServices } from '../services';
import { createMeetingNote } from './meetingFile';
import { pickCustomers } from './pickCustomers';

/** What a caller (a test, another command) may hand over instead of answering the prompts. */
interface MeetingRequest {
  /** Ids (URI strings) of the customers, in order: the first one's workspace folder gets the note. */
  readonly customers?: readonly string[];
  readonly title?: string;
}

export function newMeetingNoteCommand(deps: TreeServices): Command {
  return {
    id: 'rapport.newMeetingNote',
    async execute(arg?: unknown) {
      const request = requestOf(arg);
      const notes = deps.index.all();
      if (notes.length === 0) return noCustomersYet();
      const customers = request.customers
        ? request.customers.flatMap((id) => deps.index.get(id) ?? [])
        : await pickCustomers(notes, new Set(checkedIds(arg, deps)), vscode.l10n.t('Who was the meeting with? (pick one or more)'));
      if (customers === undefined) return undefined;
      if (customers.length === 0) {
        void vscode.window.showInformationMessage(vscode.l10n.t('No customer picked: no meeting note written.'));
        return undefined;
      }
      const title = request.title ?? await vscode.window.showInputBox({
        prompt: vscode.l10n.t('Title of the meeting'),
        placeHolder: vscode.l10n.t('Steering'),
        validateInput: titleProblem,
      });
      if (title === undefined) return undefined;
      const problem = titleProblem(title);
      if (problem) {
        void vscode.window.showErrorMessage(problem);
        return undefined;
      }
      return createMeetingNote(customers, title, today(deps.clock), deps);
    },
  };
}

function titleProblem(value: string): string | undefined {
  if (!value.trim()) return vscode.l10n.t('A meeting needs a title.');
  if (safeFileTitle(value) === undefined) return vscode.l10n.t('"{0}" has nothing a file name can hold. Use a title with letters or digits.', value.trim());
  return undefined;
}

function requestOf(arg: unknown): MeetingRequest {
  if (typeof arg !== 'object' || arg === null || arg instanceof vscode.Uri) return {};
  const { customers, title } = arg as Record<string, unknown>;
  return {
    customers: Array.isArray(customers) && customers.every((id) => typeof id === 'string') ? [...new Set(customers as string[])] : undefined,
    title: typeof title === 'string' ? title : undefined,
  };
}

/** The customer the command was run on (a tree item, a note's URI), checked in the picker. */
function checkedIds(arg: unknown, deps: TreeServices): string[] {
  const uri = uriOf(arg, deps);
  const id = uri?.toString();
  return id && deps.index.get(id) ? [id] : [];
}
