// Every Rapport setting, read through one typed port. Bad values fall back to the defaults.
import * as vscode from 'vscode';
import type { FolderSettings, Settings } from '../../core/index/ports';
import type { CustomerNote, NoteFolder } from '../../core/model';
import { parseCadence } from '../../core/reading/cadence';
import { GROUP_BY_VALUES, SORT_BY_VALUES, type GroupBy, type SortBy } from '../../core/today/customerList';
import { DEFAULT_UPCOMING_DAYS } from '../../core/today/upcomingDates';
import { workspaceFolderOf } from './folders';
import { folderUriOf } from './noteWorkspace';

export const SECTION = 'rapport';
export const DEFAULT_GLOB = 'customers/**/*.md';
export const DEFAULT_NOTES_GLOB = '**/*.md';

export interface ViewSettings {
  readonly dueSoonDays: number;
  readonly groupBy: GroupBy;
  readonly sortBy: SortBy;
  readonly showArchived: boolean;
  readonly reflectionStaleDays: number;
  /** Hours of a working week: the share of the week spent with customers is measured against it. */
  readonly workingHoursPerWeek: number;
}

export function folderSettings(folder?: vscode.WorkspaceFolder): FolderSettings {
  const config = vscode.workspace.getConfiguration(SECTION, folder);
  const cadence = parseCadence(config.get<unknown>('defaultCadence', '2w'));
  return {
    customerGlob: globSetting(config.get<unknown>('customerGlob'), DEFAULT_GLOB),
    notesGlob: globSetting(config.get<unknown>('notesGlob'), DEFAULT_NOTES_GLOB),
    defaultCadenceDays: cadence.ok ? cadence.days : 14,
  };
}

/** The settings port of the index: a folder's settings, by the folder's URI. */
export const vscodeSettings: Settings = {
  folder: (folder: NoteFolder | undefined) => folderSettings(folder && workspaceFolderOf(folder)),
};

export function viewSettings(): ViewSettings {
  // Window-wide settings: `null` says so, as resource-scoped keys in the same section require.
  const config = vscode.workspace.getConfiguration(SECTION, null);
  const hours = config.get<unknown>('workingHoursPerWeek', 40);
  return {
    dueSoonDays: wholeNumber(config.get('dueSoonDays'), 3),
    groupBy: oneOf(config.get('groupBy'), GROUP_BY_VALUES, 'none'),
    sortBy: oneOf(config.get('sortBy'), SORT_BY_VALUES, 'overdue'),
    showArchived: config.get<boolean>('showArchived', false) === true,
    reflectionStaleDays: wholeNumber(config.get('reflectionStaleDays'), 90),
    workingHoursPerWeek: typeof hours === 'number' && Number.isFinite(hours) && hours > 0 && hours <= 168 ? hours : 40,
  };
}

/**
 * `rapport.upcomingDays` of each note's workspace folder (the setting is resource-scoped), read once per
 * folder: make a new one after a configuration change.
 */
export function upcomingDaysOf(): (note: CustomerNote) => number {
  const byFolder = new Map<string, number>();
  return (note) => {
    const folder = folderUriOf(note.id);
    let days = byFolder.get(folder);
    if (days === undefined) {
      const config = vscode.workspace.getConfiguration(SECTION, folder ? vscode.Uri.parse(folder) : null);
      byFolder.set(folder, (days = wholeNumber(config.get('upcomingDays'), DEFAULT_UPCOMING_DAYS)));
    }
    return days;
  };
}

/** `rapport.dailyReminder`: on unless turned off. */
export function dailyReminderEnabled(): boolean {
  return vscode.workspace.getConfiguration(SECTION, null).get<unknown>('dailyReminder', true) !== false;
}

/** What Import Calendar… reads of a calendar: one window-wide choice, whichever folder the notes are in. */
export interface CalendarSettings {
  /** Days back from today whose meetings are imported. */
  readonly windowDays: number;
  /** The leader's own addresses: a meeting they declined is no contact. */
  readonly ownEmails: readonly string[];
}

export function calendarSettings(): CalendarSettings {
  const config = vscode.workspace.getConfiguration(SECTION, null);
  const days = config.get<unknown>('calendarWindowDays', 90);
  const emails = config.get<unknown>('calendarEmails', []);
  return {
    windowDays: typeof days === 'number' && Number.isInteger(days) && days >= 1 ? days : 90,
    ownEmails: Array.isArray(emails) ? emails.filter((e): e is string => typeof e === 'string' && e.trim() !== '') : [],
  };
}

function globSetting(value: unknown, fallback: string): string {
  return typeof value === 'string' && value.trim() ? value.trim() : fallback;
}

function wholeNumber(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : fallback;
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

/** The settings that name a folder for the notes a command creates, and their defaults. */
const NOTE_FOLDERS = { reviewFolder: 'reviews', meetingFolder: 'meetings' } as const;
export type NoteFolderSetting = keyof typeof NOTE_FOLDERS;

/** A note folder of one workspace folder, as written in the setting (checked by `settingFolder`). */
export function noteFolderSetting(folder: vscode.WorkspaceFolder, key: NoteFolderSetting): string {
  const value = vscode.workspace.getConfiguration(SECTION, folder).get<unknown>(key, NOTE_FOLDERS[key]);
  return typeof value === 'string' && value.trim() ? value.trim() : NOTE_FOLDERS[key];
}
