// What the daily reminder's buttons do: Show focuses the Customers view; Snooze… snoozes the one
// customer who needs contact, or asks which; Don't remind me turns rapport.dailyReminder off where it
// takes effect (the workspace's own value when it has one, else the user's) and says so.
import * as vscode from 'vscode';
import { snoozeTarget, type DailyReminder } from '../../core/today/dailyReminder';
import { pickCustomer } from '../customerTarget';
import { SECTION } from '../ports/settings';
import type { TreeServices } from '../services';

export type ReminderAnswer = 'show' | 'snooze' | 'off';

export async function answerReminder(answer: ReminderAnswer, reminder: DailyReminder, deps: TreeServices): Promise<void> {
  switch (answer) {
    case 'show':
      await vscode.commands.executeCommand('rapport.customers.focus');
      return;
    case 'snooze': {
      const id = snoozeTarget(reminder);
      // The picker rather than the active editor's note: the reminder is about the overdue, not the open note.
      const uri = id ? vscode.Uri.parse(id) : (await pickCustomer(deps, vscode.l10n.t('Snooze which customer?')))?.uri;
      if (uri) await vscode.commands.executeCommand('rapport.snooze', uri);
      return;
    }
    case 'off':
      await turnOff();
  }
}

async function turnOff(): Promise<void> {
  const config = vscode.workspace.getConfiguration(SECTION);
  // A workspace value would outvote the user's: the workspace's own value is the one to change then.
  const inWorkspace = config.inspect('dailyReminder')?.workspaceValue !== undefined;
  await config.update('dailyReminder', false, inWorkspace ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global);
  const open = vscode.l10n.t('Open Settings');
  const said = inWorkspace
    ? vscode.l10n.t('The daily reminder is off for this workspace (rapport.dailyReminder in its settings).')
    : vscode.l10n.t('The daily reminder is off (rapport.dailyReminder in your user settings).');
  // Said, not waited for: the setting is already off whether or not the leader opens the settings.
  void vscode.window.showInformationMessage(said, open).then((picked) =>
    picked === open ? vscode.commands.executeCommand('workbench.action.openSettings', `${SECTION}.dailyReminder`) : undefined);
}
