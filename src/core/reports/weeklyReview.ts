// The weekly review note: a dated Markdown page that tells the leader where their week went with
// customers and asks the questions of the three habits. Plain text on purpose: no task boxes, habit
// tags or dated headings, so the review is never mistaken for a customer's log if the glob is broad.
import { weekActivity } from './contactActivity';
import { customerRows } from '../today/customerList';
import type { CustomerNote } from '../reading/customerNote';
import { addDays, daysBetween, formatDate } from '../time/dates';
import { insightsOf } from '../today/insights';
import type { Habit } from '../reading/noteBody';
import { formatMinutes } from '../reading/timeGoal';
import type { LocalDate } from '../model';
import { weekKey, weekStart } from '../time/weeks';

export interface ReviewSettings {
  readonly dueSoonDays: number;
  readonly staleDays: number;
  readonly workingHoursPerWeek: number;
}

export const HABIT_LABELS: Record<Habit, string> = {
  understand: 'understand the customer deeply',
  vulnerability: 'be mutually vulnerable',
  time: 'invest time',
};

/** The questions the review asks, one block per habit. */
export const REVIEW_QUESTIONS: readonly { habit: Habit; title: string; questions: readonly string[] }[] = [
  {
    habit: 'understand',
    title: 'Understand the customer deeply',
    questions: [
      'What did I learn this week about a customer\'s business that I could not have read in a report?',
      'What is emerging for one of them that they may not see yet, and when will I tell them?',
      'Whose personal ambition do I understand better than a week ago, and whose do I still not know?',
    ],
  },
  {
    habit: 'vulnerability',
    title: 'Be mutually vulnerable',
    questions: [
      'Where did I hold on to control this week that I could have handed over?',
      'Which decision did I make on a customer\'s behalf that should have been theirs?',
      'Where did a customer\'s need run against one of my own rules, and did I explain it in their terms or simply say no?',
      'What have I not told a customer that they would want to know: a constraint, a mistake, a doubt?',
    ],
  },
  {
    habit: 'time',
    title: 'Invest time',
    questions: [
      'How much of my week was spent on customers\' ground, and how much inside IT?',
      'Who should I have seen this week and did not, and when will I?',
      'Which internal meeting will I give up next week to make that time?',
    ],
  },
];

export interface WeeklyReview {
  /** `2026-W48` */
  readonly week: string;
  /** `2026-W48.md` */
  readonly fileName: string;
  readonly text: string;
}

export function weeklyReview(all: Iterable<CustomerNote>, today: LocalDate, settings: ReviewSettings): WeeklyReview {
  const notes = [...all].filter((n) => n.status !== 'archived');
  const week = weekKey(today);
  const monday = weekStart(today);
  const out: string[] = [
    '---',
    'type: weekly-review',
    `week: ${week}`,
    `created: ${formatDate(today)}`,
    '---',
    `# Weekly review ${week}`,
    '',
    `_${formatDate(monday)} to ${formatDate(addDays(monday, 6))}. Written by Rapport from your customer notes on ${formatDate(today)}; the answers are yours._`,
    '',
  ];

  section(out, 'Time with customers this week', contactedLines(notes, today, settings));
  const rows = customerRows(notes, today, { sortBy: 'overdue', showArchived: false, dueSoonDays: settings.dueSoonDays });
  const overdue = rows.filter((r) => r.summary.state === 'overdue').map((r) =>
    `- **${r.note.name}**: ${r.summary.overdueDays}d overdue (last contact ${formatDate(r.summary.lastContact!)}, every ${r.note.cadenceDays}d)`,
  );
  const never = rows.filter((r) => r.summary.state === 'never').map((r) => r.note.name);
  if (never.length) overdue.push(`- Never contacted: ${never.join(', ')}`);
  section(out, 'Overdue for contact', overdue, notes.length === 0 ? 'No customer notes yet.' : 'Nobody is overdue. Well kept.');

  const promises: { line: string; overdue: number }[] = [];
  const habits: string[] = [];
  const register: { line: string; touched: string }[] = [];
  for (const note of notes) {
    const insights = insightsOf(note, today, settings.staleDays);
    for (const c of insights.openCommitments) {
      const overdue = c.due ? daysBetween(c.due, today) : -Infinity;
      const when = !c.due ? ' (no due date)' : overdue > 0 ? `, **${overdue}d overdue** (due ${formatDate(c.due)})` : ` (due ${formatDate(c.due)})`;
      promises.push({ line: `- ${note.name}: ${c.text}${when}`, overdue });
    }
    if (insights.staleHabits.length) {
      habits.push(`- **${note.name}**: ${insights.staleHabits.map((h) => `${HABIT_LABELS[h.habit]} (${h.last ? `last ${formatDate(h.last)}` : 'never'})`).join('; ')}`);
    }
    for (const item of insights.staleRegister) {
      const touched = item.touched ? formatDate(item.touched) : '';
      register.push({ line: `- ${note.name}: ${item.kind === 'risk' ? 'Risk' : 'Opportunity'}: ${item.text} (${touched ? `last looked at ${touched}` : 'undated'})`, touched });
    }
  }
  // Overdue first (most overdue on top), then by due date, promises without a date last.
  promises.sort((a, b) => b.overdue - a.overdue);
  section(out, 'Open promises', promises.map((p) => p.line), 'No open promises.');
  const none = notes.length === 0 ? 'No customer notes yet.' : undefined;
  section(out, `Habits gone quiet (not reflected on for more than ${settings.staleDays} days)`, habits, none ?? 'Every habit was reflected on recently for every customer.');
  register.sort((a, b) => a.touched.localeCompare(b.touched));
  section(out, 'Opportunities and risks to revisit', register.map((r) => r.line), none ?? 'Nothing has gone stale.');

  out.push('## Questions for this week', '');
  for (const block of REVIEW_QUESTIONS) {
    out.push(`### ${block.title}`, '');
    for (const q of block.questions) out.push(`**${q}**`, '', '');
  }
  return { week, fileName: `${week}.md`, text: `${out.join('\n').trimEnd()}\n` };
}

function contactedLines(notes: readonly CustomerNote[], today: LocalDate, settings: ReviewSettings): string[] {
  const seen = notes
    .map((note) => ({ note, activity: weekActivity(note, today) }))
    .filter((x) => x.activity.contacts > 0)
    .sort((a, b) => b.activity.minutes - a.activity.minutes || a.note.name.localeCompare(b.note.name));
  const lines = seen.map(({ note, activity }) =>
    `- **${note.name}**: ${activity.contacts} contact${activity.contacts === 1 ? '' : 's'} (${activity.dates.join(', ')})${activity.minutes ? `, ${formatMinutes(activity.minutes)}` : ', time not logged'}`,
  );
  const minutes = seen.reduce((n, x) => n + x.activity.minutes, 0);
  const working = settings.workingHoursPerWeek * 60;
  const share = working > 0 ? ` That is ${Math.round((minutes / working) * 100)}% of a ${settings.workingHoursPerWeek}h working week.` : '';
  if (lines.length) lines.push('', `In total ${formatMinutes(minutes)} with ${seen.length} customer${seen.length === 1 ? '' : 's'}.${share}`);
  return lines.length ? lines : ['No contact with a customer recorded this week yet.'];
}

function section(out: string[], title: string, lines: readonly string[], empty?: string): void {
  out.push(`## ${title}`, '', ...(lines.length ? lines : [empty ?? '']), '');
}
