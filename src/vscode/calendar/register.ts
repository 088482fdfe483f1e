// The calendar feature: Import Calendar…, whose reader (ical.js) is loaded on first use.
import type * as vscode from 'vscode';
import { registerCommands } from '../commands';
import type { Services } from '../services';
import { importCalendarCommand } from './importCalendar';

export function registerCalendar(services: Services): vscode.Disposable {
  return registerCommands([importCalendarCommand(services)]);
}
