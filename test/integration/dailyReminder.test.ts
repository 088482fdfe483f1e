// The daily reminder in the real extension host: shown once at start-up (after the first scan), again
// when the test clock moves to the next day (the local midnight rollover), never twice on a day, not
// when rapport.dailyReminder is off, and not when there is nothing to say (the day still counts). Its
// buttons: Don't remind me turns the setting off, Show focuses the Customers view.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { TestHooks } from '../../src/testHooks';
import { api, day, waitFor } from './helpers';

/** A local instant `offset` days from today, just after midnight: the rollover has happened. */
function justAfterMidnight(offset: number): Date {
  const d = new Date();
  d.setDate(d.getDate() + offset);
  d.setHours(0, 0, 30, 0);
  return d;
}

const settle = () => new Promise((r) => setTimeout(r, 500));

describe('daily reminder', function () {
  this.timeout(60_000);
  let rapport: TestHooks;
  const config = () => vscode.workspace.getConfiguration('rapport');
  const shownOn = (d: string) => rapport.reminder().shown.filter((s) => s.day === d);

  before(async () => {
    rapport = await api();
  });

  afterEach(async () => {
    rapport.setClock({ now: () => new Date() });
    await config().update('dailyReminder', undefined, vscode.ConfigurationTarget.Workspace);
    await config().update('dailyReminder', undefined, vscode.ConfigurationTarget.Global);
  });

  it('is shown once at start-up, naming the most overdue first, with Show, Snooze… and Don\'t remind me', async () => {
    await waitFor(() => shownOn(day(0)).length > 0, 'the start-up reminder');
    const [shown] = shownOn(day(0));
    const overdue = rapport.rows().filter((r) => r.summary.state === 'overdue').sort((a, b) => b.summary.overdueDays - a.summary.overdueDays);
    assert.ok(overdue.length > 0, 'the fixture has overdue customers');
    const first = overdue[0];
    assert.ok(shown.text.startsWith(`Needs contact today: ${first.note.name} (${first.summary.overdueDays}d overdue)`), shown.text);
    for (const row of overdue.slice(0, 5)) assert.ok(shown.text.includes(row.note.name), `${row.note.name} in ${shown.text}`);
    assert.deepEqual(shown.buttons, ['Show', 'Snooze…', 'Don\'t remind me']);
    assert.equal(rapport.reminder().lastReminded, day(0));

    // Whatever else changes that day, no second reminder.
    await rapport.refresh();
    await rapport.idle();
    await settle();
    assert.equal(shownOn(day(0)).length, 1);
  });

  it('is shown again the next day, once, and not when the clock goes back', async () => {
    const before = rapport.reminder().shown.length;
    rapport.setClock({ now: () => justAfterMidnight(1) });
    await waitFor(() => rapport.reminder().shown.length === before + 1, 'the next day\'s reminder');
    assert.equal(rapport.reminder().shown.at(-1)!.day, day(1));
    assert.equal(rapport.reminder().lastReminded, day(1));
    rapport.setClock({ now: () => new Date(justAfterMidnight(1).getTime() + 3_600_000) });
    rapport.setClock({ now: () => new Date() });
    await settle();
    assert.equal(rapport.reminder().shown.length, before + 1);
  });

  it('is not shown when rapport.dailyReminder is off, and the day is not taken', async () => {
    const before = rapport.reminder().shown.length;
    const last = rapport.reminder().lastReminded;
    await config().update('dailyReminder', false, vscode.ConfigurationTarget.Workspace);
    rapport.setClock({ now: () => justAfterMidnight(2) });
    await rapport.idle();
    await settle();
    assert.equal(rapport.reminder().shown.length, before);
    assert.equal(rapport.reminder().lastReminded, last);
  });

  it('is not shown when there is nothing to say, and the day still counts as looked at', async () => {
    const before = rapport.reminder().shown.length;
    const customers = rapport.customers().length;
    await config().update('customerGlob', 'nobody-here/**/*.md', vscode.ConfigurationTarget.Workspace);
    try {
      await waitFor(() => rapport.customers().length === 0, 'no customer notes');
      rapport.setClock({ now: () => justAfterMidnight(3) });
      await waitFor(() => rapport.reminder().lastReminded === day(3), 'the day looked at');
      await settle();
      assert.equal(rapport.reminder().shown.length, before);
    } finally {
      await config().update('customerGlob', undefined, vscode.ConfigurationTarget.Workspace);
      await waitFor(() => rapport.customers().length === customers, 'the customer notes back');
    }
  });

  it('Don\'t remind me turns the setting off in the user settings; Show focuses the Customers view', async () => {
    assert.ok(rapport.reminder().shown.length > 0);
    await rapport.reminder().answer('off');
    assert.equal(config().inspect('dailyReminder')?.globalValue, false);
    assert.equal(config().get('dailyReminder'), false);
    await vscode.commands.executeCommand('workbench.view.explorer');
    await rapport.reminder().answer('show');
    await waitFor(() => rapport.treeView().visible, 'the Customers view shown');
  });
});
