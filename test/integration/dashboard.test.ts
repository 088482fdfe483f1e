// The dashboard in the real extension host: the command opens one panel (reused), the data it posts
// matches what the notes on disk say, the webview script draws it under the strict CSP, a click opens
// only a known note, and an edited note updates the panel.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, closeAllEditors, day, removeNote, waitFor, writeNote } from './helpers';

const OVERDUE = 'customers/dashboard/overdue-dash.md';
const FRESH = 'customers/dashboard/fresh-dash.md';
const overdueText = [
  '---', 'name: Overdue Dash', 'cadence: 7', `last_contacted: ${day(-30)}`, 'time_goal: 2h/month', '---',
  '# Overdue Dash', '', '## Opportunities and risks', '', '- Risk: contract renewal nobody owns (noted 2020-01-01)', '',
  '## Contact log', '', `### ${day(-30)} Review (1h)`, 'Closeness: 2', '', `- [ ] send the roadmap (due ${day(-5)})`, '',
].join('\n');
const freshText = (minutes: string) => [
  '---', 'name: Fresh Dash', 'cadence: 2w', 'time_goal: 30m/week', '---',
  '# Fresh Dash', '', '## Contact log', '', `### ${day(0)} Site visit (${minutes})`, '#habit/time', 'Closeness: 4', '',
].join('\n');

/** Monday..Sunday of this local week as `YYYY-MM-DD`, computed without Rapport's code. */
function thisWeek(): string[] {
  const back = (new Date().getDay() + 6) % 7;
  return Array.from({ length: 7 }, (_, i) => day(i - back));
}

describe('rapport.showDashboard', () => {
  let overdueId: string;
  let freshId: string;
  before(async () => {
    overdueId = (await writeNote(OVERDUE, overdueText)).toString();
    freshId = (await writeNote(FRESH, freshText('1h30m'))).toString();
  });
  after(async () => {
    (await api()).dashboard().panel?.dispose();
    await closeAllEditors();
    await removeNote(OVERDUE);
    await removeNote(FRESH);
  });

  it('opens one panel, reused on the next run, with scripts on and only media/ as a resource root', async () => {
    const rapport = await api();
    const panel = await vscode.commands.executeCommand<vscode.WebviewPanel>('rapport.showDashboard');
    assert.ok(panel, 'the command returns the panel');
    assert.equal(rapport.dashboard().panel, panel);
    assert.equal(panel.viewType, 'rapport.dashboard');
    assert.equal(panel.webview.options.enableScripts, true);
    const roots = panel.webview.options.localResourceRoots ?? [];
    assert.deepEqual(roots.map((r) => r.path.split('/').pop()), ['media']);
    assert.match(panel.webview.html, /default-src 'none'; img-src [^;]+ data:; style-src [^;]+; script-src 'nonce-[0-9a-f]{32}'/);
    assert.ok(!/Overdue Dash|Fresh Dash/.test(panel.webview.html), 'no note text in the HTML');
    const again = await vscode.commands.executeCommand<vscode.WebviewPanel>('rapport.showDashboard');
    assert.equal(again, panel);
  });

  it('posts the right data, and the webview draws it', async () => {
    const rapport = await api();
    await vscode.commands.executeCommand('rapport.showDashboard');
    const data = rapport.dashboard().lastData!;
    assert.equal(data.today, day(0));

    const bars = data.contactBars;
    const overdue = bars.find((b) => b.id === overdueId)!;
    const fresh = bars.find((b) => b.id === freshId)!;
    assert.deepEqual([overdue.state, overdue.daysSince, overdue.cadenceDays, overdue.overdueDays], ['overdue', 30, 7, 23]);
    assert.deepEqual([fresh.state, fresh.daysSince, fresh.cadenceDays], ['ok', 0, 14]);
    assert.ok(bars.indexOf(overdue) < bars.indexOf(fresh), 'most overdue first');
    for (let i = 1; i < bars.length; i++) {
      if (bars[i].state === 'overdue') assert.ok(bars[i - 1].state === 'overdue' && bars[i - 1].overdueDays >= bars[i].overdueDays, 'overdue ones lead, most overdue first');
    }

    // This week's contacts, counted here from every indexed note without Rapport's aggregation code.
    const week = new Set(thisWeek());
    let contacts = 0;
    for (const c of rapport.customers().filter((n) => n.status !== 'archived')) {
      const dates = c.entries.map((e) => `${e.date.year}-${String(e.date.month).padStart(2, '0')}-${String(e.date.day).padStart(2, '0')}`);
      const last = c.lastContacted && `${c.lastContacted.year}-${String(c.lastContacted.month).padStart(2, '0')}-${String(c.lastContacted.day).padStart(2, '0')}`;
      if (last && !dates.includes(last)) dates.push(last);
      contacts += dates.filter((d) => week.has(d)).length;
    }
    assert.equal(data.weeks.length, 12);
    assert.equal(data.weeks.at(-1)!.start, thisWeek()[0]);
    assert.equal(data.weeks.at(-1)!.contacts, contacts);

    const freshTime = data.time.rows.find((r) => r.id === freshId)!;
    assert.deepEqual([freshTime.investedWeek, freshTime.investedMonth, freshTime.intendedWeek], [90, 90, 30]);
    assert.equal(data.time.rows.find((r) => r.id === overdueId)!.intendedMonth, 120);
    assert.ok(data.share.minutes >= 90);
    assert.equal(data.share.workingMinutes, 2400);

    assert.deepEqual(data.closeness.find((c) => c.id === freshId)!.points, [{ date: day(0), value: 4 }]);
    assert.deepEqual(data.overdueCommitments.filter((c) => c.id === overdueId).map((c) => [c.text, c.due, c.daysOverdue]), [['send the roadmap', day(-5), 5]]);
    assert.deepEqual(data.staleRegister.filter((r) => r.id === overdueId).map((r) => [r.kind, r.text]), [['risk', 'contract renewal nobody owns']]);
    assert.deepEqual(data.staleHabits.find((h) => h.id === freshId)!.habits.map((h) => h.habit), ['understand', 'vulnerability']);

    // The script loaded under the CSP, received the data and reported drawing it.
    await waitFor(() => rapport.dashboard().lastRendered?.customers === bars.length, 'the webview to draw the data', 30_000, 200);
    assert.equal(rapport.dashboard().lastRendered?.today, day(0));
  });

  it('opens a known customer on click, and ignores unknown ids and junk', async () => {
    const rapport = await api();
    await vscode.commands.executeCommand('rapport.showDashboard');
    assert.equal(await rapport.dashboard().receive({ type: 'open', id: overdueId, line: 14 }), true);
    await waitFor(() => vscode.window.activeTextEditor?.document.uri.toString() === overdueId, 'the note to open');
    assert.equal(vscode.window.activeTextEditor!.selection.active.line, 14);
    await closeAllEditors();
    assert.equal(await rapport.dashboard().receive({ type: 'open', id: vscode.Uri.file('/etc/hosts').toString() }), false);
    assert.equal(await rapport.dashboard().receive({ type: 'open', id: 42 }), false);
    assert.equal(await rapport.dashboard().receive('open'), false);
    assert.equal(vscode.window.activeTextEditor, undefined);
  });

  it('updates live when a note changes', async () => {
    const rapport = await api();
    await vscode.commands.executeCommand('rapport.showDashboard');
    await writeNote(FRESH, freshText('2h'));
    await waitFor(() => rapport.dashboard().lastData?.time.rows.find((r) => r.id === freshId)?.investedWeek === 120, 'the dashboard data to follow the note');
  });
});
