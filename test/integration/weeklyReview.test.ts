// Weekly Review in the real extension host: the note is created in reviews/ under this ISO week's name
// with every section, a second run opens it untouched, and an unsafe folder setting writes nothing.
import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import * as vscode from 'vscode';
import { closeAllEditors, day, notePath, removeNote, waitFor, writeNote } from './helpers';

const SEEN = 'customers/review/seen-review.md';
const LATE = 'customers/review/late-review.md';

/** ISO week key of today, computed here with the classic Thursday rule (not Rapport's code). */
function isoWeekKey(): string {
  const now = new Date();
  const d = new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()));
  d.setUTCDate(d.getUTCDate() + 4 - (d.getUTCDay() || 7));
  const week = Math.ceil(((d.getTime() - Date.UTC(d.getUTCFullYear(), 0, 1)) / 86_400_000 + 1) / 7);
  return `${d.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

describe('rapport.weeklyReview', () => {
  const reviewFile = () => notePath(`reviews/${isoWeekKey()}.md`);
  before(async () => {
    await writeNote(SEEN, ['---', 'name: Seen Review', 'cadence: 2w', '---', '# Seen Review', '', '## Contact log', '', `### ${day(0)} Steering (1h30m)`, ''].join('\n'));
    await writeNote(LATE, ['---', 'name: Late Review', 'cadence: 7', `last_contacted: ${day(-20)}`, '---', '# Late Review', '', `- [ ] send the roadmap (due ${day(-3)})`, ''].join('\n'));
  });
  after(async () => {
    await closeAllEditors();
    await vscode.workspace.getConfiguration('rapport', vscode.workspace.workspaceFolders![0]).update('reviewFolder', undefined, vscode.ConfigurationTarget.WorkspaceFolder);
    fs.rmSync(notePath('reviews'), { recursive: true, force: true });
    await removeNote(SEEN);
    await removeNote(LATE);
  });

  it('creates reviews/YYYY-Www.md with every section and opens it', async () => {
    const uri = await vscode.commands.executeCommand<vscode.Uri>('rapport.weeklyReview');
    assert.ok(uri);
    assert.equal(uri.fsPath, vscode.Uri.file(reviewFile()).fsPath);
    await waitFor(() => vscode.window.activeTextEditor?.document.uri.toString() === uri.toString(), 'the review to open');
    const text = fs.readFileSync(reviewFile(), 'utf8');
    assert.ok(text.startsWith(`---\ntype: weekly-review\nweek: ${isoWeekKey()}\n`), text.slice(0, 80));
    const sections = [...text.matchAll(/^## (.*)$/gm)].map((m) => m[1]);
    assert.deepEqual(sections, [
      'Time with customers this week', 'Overdue for contact', 'Open promises', 'Coming up',
      'Habits gone quiet (not reflected on for more than 90 days)', 'Opportunities and risks to revisit', 'Questions for this week',
    ]);
    assert.ok(text.includes(`- **Seen Review**: 1 contact (${day(0)}), 1h30m`), text);
    assert.ok(text.includes(`- **Late Review**: 13d overdue (last contact ${day(-20)}, every 7d)`), text);
    assert.ok(text.includes(`- Late Review: send the roadmap, **3d overdue** (due ${day(-3)})`), text);
    for (const habit of ['Understand the customer deeply', 'Be mutually vulnerable', 'Invest time']) assert.ok(text.includes(`### ${habit}`), habit);
  });

  it('opens the existing review on a second run and never overwrites it', async () => {
    await closeAllEditors();
    const answered = `${fs.readFileSync(reviewFile(), 'utf8')}\nMy answers, not to be lost.\n`;
    fs.writeFileSync(reviewFile(), answered);
    const uri = await vscode.commands.executeCommand<vscode.Uri>('rapport.weeklyReview');
    assert.equal(uri?.fsPath, vscode.Uri.file(reviewFile()).fsPath);
    await waitFor(() => vscode.window.activeTextEditor?.document.uri.fsPath === uri!.fsPath, 'the existing review to open');
    assert.equal(fs.readFileSync(reviewFile(), 'utf8'), answered);
  });

  it('refuses a review folder outside the workspace folder', async () => {
    const folder = vscode.workspace.workspaceFolders![0];
    await vscode.workspace.getConfiguration('rapport', folder).update('reviewFolder', '../outside', vscode.ConfigurationTarget.WorkspaceFolder);
    const uri = await vscode.commands.executeCommand<vscode.Uri>('rapport.weeklyReview');
    assert.equal(uri, undefined);
    assert.equal(fs.existsSync(notePath('../outside')), false);
  });
});
