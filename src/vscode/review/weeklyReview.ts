// Rapport: Weekly Review. Creates `<reviewFolder>/YYYY-Www.md` for the current ISO week from the
// customer notes and opens it; a review that already exists for the week is opened, never overwritten.
// Loaded on first use with the dashboard (../reportsModule.ts); register.ts holds the command.
import * as vscode from 'vscode';
import { weeklyReview } from '../../core/reports/weeklyReview';
import type { Services } from '../services';
import { assertInside, exists, pickFolder, settingFolder } from '../workspaceFolders';
import { reviewText } from '../words/reviewWords';

/** Rapport: Weekly Review's work: the review's URI once written or opened, undefined when it was not. */
export async function writeWeeklyReview(deps: Services): Promise<vscode.Uri | undefined> {
  const folder = await pickFolder(vscode.l10n.t('Open a folder first: the weekly review is a note in your workspace.'), vscode.l10n.t('Which folder keeps your reviews?'));
  if (!folder) return undefined;
  const reviews = settingFolder(folder, 'reviewFolder', (setting) => vscode.l10n.t('rapport.reviewFolder "{0}" must be a folder inside the workspace folder, like reviews.', setting));
  if (!reviews) return undefined;
  const review = weeklyReview(deps.index.all(), deps.today.date, deps.today.reportSettings(), deps.today.accounts());
  const uri = vscode.Uri.joinPath(reviews, review.fileName);
  assertInside(uri, folder.uri);
  if (await exists(uri)) {
    await vscode.window.showTextDocument(uri, { preview: false });
    void vscode.window.showInformationMessage(vscode.l10n.t('The review of {0} already exists; opened it.', review.week));
    return uri;
  }
  const edit = new vscode.WorkspaceEdit();
  edit.createFile(uri, { overwrite: false, ignoreIfExists: true, contents: new TextEncoder().encode(reviewText(review)) });
  if (!(await vscode.workspace.applyEdit(edit))) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Could not create {0}.', vscode.workspace.asRelativePath(uri)));
    return undefined;
  }
  await vscode.window.showTextDocument(uri, { preview: false });
  deps.log.info(`Created ${vscode.workspace.asRelativePath(uri)}.`);
  return uri;
}
