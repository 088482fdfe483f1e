// Where a meeting note goes and how it is written: `<meetingFolder>/YYYY-MM-DD <title>.md` in the
// workspace folder of the first customer, never outside it nor among the customer notes, never over an
// existing file (the next free ` 2`, ` 3` … is taken), opened where the leader starts writing.
import * as vscode from 'vscode';
import { customerLink } from '../../core/editing/customerLink';
import { globBase } from '../../core/index/glob';
import type { CustomerNote, LocalDate } from '../../core/model';
import { meetingFileName, meetingNote } from '../../core/templates/meetingNote';
import { folderSettings } from '../ports/settings';
import type { Services } from '../services';
import { assertInside, exists, pickFolder, settingFolder } from '../workspaceFolders';
import { meetingNoteWords } from '../words/meetingWords';

const MAX_COPIES = 1000;

/** Writes the note for `customers` on `date` and opens it; undefined (having said why) when it cannot. */
export async function createMeetingNote(customers: readonly CustomerNote[], title: string, date: LocalDate, { mentions, log }: Services): Promise<vscode.Uri | undefined> {
  const folder = vscode.workspace.getWorkspaceFolder(vscode.Uri.parse(customers[0].id))
    ?? await pickFolder(vscode.l10n.t('Open a folder first: a meeting note is a note in your workspace.'), vscode.l10n.t('Which folder keeps your meeting notes?'));
  if (!folder) return undefined;
  const meetings = settingFolder(folder, 'meetingFolder', (setting) => vscode.l10n.t('rapport.meetingFolder "{0}" must be a folder inside the workspace folder, like meetings.', setting));
  if (!meetings) return undefined;
  if (amongCustomerNotes(folder, meetings)) return undefined;
  const uri = await freeFile(meetings, date, title);
  if (!uri) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Could not create {0}.', vscode.workspace.asRelativePath(vscode.Uri.joinPath(meetings, meetingFileName(date, title) ?? ''))));
    return undefined;
  }
  assertInside(uri, folder.uri);
  const namedBy = (target: string) => mentions.customerNamed(target, uri.toString());
  const note = meetingNote(date, title, customers.map((c) => customerLink(c, uri.toString(), namedBy)), meetingNoteWords());
  try {
    await vscode.workspace.fs.createDirectory(meetings);
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(note.text));
  } catch (error) {
    log.error(`Could not write ${uri.toString()}: ${String(error)}`);
    void vscode.window.showErrorMessage(vscode.l10n.t('Could not create {0}.', vscode.workspace.asRelativePath(uri)));
    return undefined;
  }
  // A kept tab (not a preview that the next click replaces), the cursor under the notes heading.
  const line = note.writingLine;
  await vscode.window.showTextDocument(uri, { preview: false, selection: new vscode.Range(line, 0, line, 0) });
  log.info(`Created ${vscode.workspace.asRelativePath(uri)}.`);
  return uri;
}

/**
 * Whether the meeting folder lies in the customer notes' folder (the customer glob's fixed part), saying
 * so: a meeting note there would be read as a customer, its title a name and its links that customer's.
 */
function amongCustomerNotes(folder: vscode.WorkspaceFolder, meetings: vscode.Uri): boolean {
  const customers = vscode.Uri.joinPath(folder.uri, globBase(folderSettings(folder).customerGlob));
  if (!`${meetings.path}/`.startsWith(`${customers.path.replace(/\/$/, '')}/`)) return false;
  void vscode.window.showErrorMessage(vscode.l10n.t('rapport.meetingFolder "{0}" lies inside the folder of customer notes ({1}, from rapport.customerGlob): a meeting note there could be read as a customer. Choose another folder.', vscode.workspace.asRelativePath(meetings, false), vscode.workspace.asRelativePath(customers, false)));
  return true;
}

/** The first of `YYYY-MM-DD <title>.md`, `… 2.md`, `… 3.md` that does not exist yet. */
async function freeFile(meetings: vscode.Uri, date: LocalDate, title: string): Promise<vscode.Uri | undefined> {
  for (let copy = 1; copy <= MAX_COPIES; copy++) {
    const name = meetingFileName(date, title, copy);
    if (name === undefined) return undefined;
    const uri = vscode.Uri.joinPath(meetings, name);
    if (!(await exists(uri))) return uri;
  }
  return undefined;
}
