// The meeting brief: Prepare for Meeting opens it in the Markdown preview, and a hover on a link to a
// customer shows it where the leader is writing.
import * as vscode from 'vscode';
import { registerCommands } from '../commands';
import type { TreeServices } from '../services';
import { BriefDocuments } from './briefDocuments';
import { registerLinkHover } from './linkHover';
import { prepareMeetingCommand } from './prepareMeeting';

export function registerBrief(services: TreeServices): vscode.Disposable {
  const briefs = new BriefDocuments(services.today);
  return vscode.Disposable.from(briefs, registerCommands([prepareMeetingCommand(services, briefs)]), registerLinkHover(services.mentions, services.today));
}
