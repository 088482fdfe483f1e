// A customer's meeting brief for today, from what today looks like: the row (with an account's roll-up),
// its insights and, for an account, its people most urgent first.
import { meetingBrief, type MeetingBrief } from '../../core/reports/meetingBrief';
import { compareUrgency } from '../../core/today/contactState';
import type { CustomerRow } from '../../core/today/customerList';
import type { TodayState } from '../todayState';
import { briefMarkdown } from '../words/briefWords';

export function customerBrief(today: TodayState, id: string): { brief: MeetingBrief; account?: string } | undefined {
  const row = today.anyRow(id);
  if (!row) return undefined;
  const accounts = today.accounts();
  const people = accounts.peopleOf(id).map((p) => today.row(p)).filter((r): r is CustomerRow => r !== undefined).sort((a, b) => compareUrgency(a.summary, b.summary));
  const accountId = accounts.accountOf(id);
  const brief = meetingBrief(row, today.insights(row.note), today.date, people);
  return { brief, account: accountId && today.note(accountId)?.name };
}

/** The brief's Markdown, for the document (with the habits' questions) or a hover (with links instead). */
export function customerBriefMarkdown(today: TodayState, id: string, shown: 'document' | 'hover'): string | undefined {
  const found = customerBrief(today, id);
  const document = shown === 'document';
  return found && briefMarkdown(found.brief, { today: today.date, questions: document, links: !document, account: found.account });
}
