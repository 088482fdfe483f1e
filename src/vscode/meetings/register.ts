// The meetings feature: New Meeting Note, a dated note that links the customers it was with.
import type * as vscode from 'vscode';
import { registerCommands } from '../commands';
import type { TreeServices } from '../services';
import { newMeetingNoteCommand } from './newMeetingNote';

export function registerMeetings(services: TreeServices): vscode.Disposable {
  return registerCommands([newMeetingNoteCommand(services)]);
}
