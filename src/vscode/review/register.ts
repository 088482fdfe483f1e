// The weekly review feature: writes this week's review note, or opens it when it exists.
import type * as vscode from 'vscode';
import { registerCommands } from '../commands';
import type { Services } from '../services';
import { weeklyReviewCommand } from './weeklyReview';

export function registerReview(services: Services): vscode.Disposable {
  return registerCommands([weeklyReviewCommand(services)]);
}
