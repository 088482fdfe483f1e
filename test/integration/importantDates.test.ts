// Important dates in the real extension host: a note's dates: coming up in its tooltip and the status
// bar tooltip, a bad entry in the Problems panel at the key's line; and the words of a date coming up,
// of the weekly review's Coming up and of the daily reminder, as the English UI says them.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { weeklyReview } from '../../src/core/reports/weeklyReview';
import type { DailyReminder } from '../../src/core/today/dailyReminder';
import { reminderText } from '../../src/vscode/words/reminderWords';
import { reviewText } from '../../src/vscode/words/reviewWords';
import { upcomingWords } from '../../src/vscode/words/upcomingWords';
import { day as date, note } from '../unit/helpers';
import { api, day, removeNote, waitFor, writeNote } from './helpers';

const NOTE = 'customers/dated-customer.md';
/** As rendered: the Markdown escapes (`2026\\-12\\-01`) are not what the leader reads. */
const rendered = (markdown: string) => markdown.replace(/\*\*/g, '').replace(/\\(.)/g, '$1');

describe('important dates (dates:) in the tree, the status bar and Problems', function () {
  this.timeout(60_000);

  after(async () => {
    await removeNote(NOTE);
  });

  it('shows the dates coming up in the customer\'s tooltip and the status bar tooltip, a bad one at the key\'s line', async () => {
    const rapport = await api();
    const monthDay = day(0).slice(5);
    const uri = await writeNote(NOTE, [
      '---', 'name: Dated Customer', `last_contacted: ${day(0)}`, 'dates:', `  renewal: ${day(5)}`, `  birthday: ${monthDay}`,
      `  kick-off: ${day(-3)}`, '  broken: 02-30', '---', '# Dated Customer', '',
    ].join('\n'));
    const node = rapport.customerNode(uri.toString())!;
    const item = rapport.tree.getTreeItem(node);
    const tooltip = rendered((((await rapport.tree.resolveTreeItem(item, node)) as vscode.TreeItem).tooltip as vscode.MarkdownString).value).split('\n');
    const comingUp = tooltip.filter((l) => l.startsWith('Coming up:'));
    assert.equal(comingUp.length, 2, tooltip.join('\n'));
    assert.match(comingUp[0], /^Coming up: birthday today \(\S+ \d+ \S+\)/);
    assert.match(comingUp[1], /^Coming up: renewal in 5 days \(\S+ \d+ \S+\)/);

    await waitFor(() => (rapport.statusBar()?.tooltip ?? '').includes('Dated Customer'), 'the status bar tooltip lists the dates');
    const status = rendered(rapport.statusBar()!.tooltip);
    assert.ok(status.includes('Coming up'), status);
    assert.match(status, /- \$\(calendar\) Dated Customer: birthday today/);
    assert.match(status, /- \$\(calendar\) Dated Customer: renewal in 5 days/);

    await waitFor(() => vscode.languages.getDiagnostics(uri).length === 1, 'the bad date reported');
    const [diagnostic] = vscode.languages.getDiagnostics(uri);
    assert.equal(diagnostic.range.start.line, 3);
    assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Warning);
    assert.equal(diagnostic.message, 'dates: broken: string "02-30" is not a date like 2027-03-31 nor a day of the year like 06-02; it was left out');
  });
});

describe('words: important dates and the daily reminder', () => {
  it('says a date coming up with its weekday, without the year', () => {
    assert.equal(upcomingWords({ label: 'renewal', date: date(2026, 12, 8), daysUntil: 5 }), 'renewal in 5 days (Tue 8 Dec)');
    assert.equal(upcomingWords({ label: 'birthday', date: date(2026, 12, 3), daysUntil: 0 }), 'birthday today (Thu 3 Dec)');
    assert.equal(upcomingWords({ label: 'audit', date: date(2027, 1, 1), daysUntil: 1 }), 'audit tomorrow (Fri 1 Jan)');
  });

  it('lists the dates coming up in the weekly review', () => {
    const acme = note({ name: 'Acme', dates: [{ label: 'renewal', month: 12, day: 10, year: 2026, yearly: false }] });
    const text = reviewText(weeklyReview([acme], date(2026, 12, 2), { dueSoonDays: 3, staleDays: 90, workingHoursPerWeek: 40, upcomingDays: 14 }));
    const section = text.slice(text.indexOf('## Coming up'), text.indexOf('\n## ', text.indexOf('## Coming up') + 1));
    assert.ok(section.includes('- **Acme**: renewal on 2026-12-10 (in 8 days)'), section);
    const calm = reviewText(weeklyReview([note({ name: 'Calm' })], date(2026, 12, 2), { dueSoonDays: 3, staleDays: 90, workingHoursPerWeek: 40 }));
    assert.ok(calm.includes('## Coming up\n\nNo important dates in the next days.'), calm);
  });

  it('says the reminder in one line: who needs contact, what was promised for today, what today is', () => {
    const reminder: DailyReminder = {
      today: date(2026, 12, 1),
      overdue: [{ id: 'g', name: 'Globex', overdueDays: 28 }, { id: 'h', name: 'Hooli', overdueDays: 3 }], overdueMore: 4,
      promises: [{ id: 'a', name: 'Acme', text: 'send the roadmap', line: 9 }], promisesMore: 0,
      dates: [{ id: 'i', name: 'Ingrid', label: 'birthday' }], datesMore: 0,
    };
    assert.equal(reminderText(reminder),
      'Needs contact today: Globex (28d overdue), Hooli (3d overdue) and 4 more. Promised for today: send the roadmap (Acme). Today: birthday (Ingrid).');
    assert.equal(reminderText({ ...reminder, overdue: [], overdueMore: 0, promises: [] }), 'Today: birthday (Ingrid).');
  });
});
