import { type ReflectionTemplate } from '../model';
// The five built-in reflection templates. Each one asks the questions of one habit of customer intimacy:
// understand the customer deeply, be mutually vulnerable, invest time outside IT.
//
// Conventions the note parser relies on (keep them when editing a body):
// - Meeting reflection is a contact-log entry: a heading that starts with the ISO date, an optional
//   duration in parentheses, then `#habit/time` and a `Closeness: N` line (1-5).
// - Every other reflection starts with `### Reflection: <Topic> (${date})` (no leading date, so it is
//   never mistaken for a contact) followed by its habit tag line `#habit/<habit>`.
// - The customer profile is a note skeleton: `# ${customer}`, then `#habit/understand`, then the
//   `##` sections of a customer note.
// - Commitments are task lines `- [ ] what (due YYYY-MM-DD)`; register items are
//   `- Opportunity: what (noted YYYY-MM-DD)` and `- Risk: what (noted YYYY-MM-DD)`.
// - A template is not data: inserted and left as it is, it must count for nothing but the Meeting
//   reflection's dated heading. So promise, register and label lines leave their blank empty, the
//   duration reads `(0m)`, closeness `1-5`, and each question is a bold line with an optional italic
//   hint (`**Question?** _hint_`): the parser takes none of these for the leader's writing.
// - Bodies are snippet text: `$n`, `${n}`, `${n:text}`, `$0`, `${date}`, `${customer}`; any other `$`
//   must be written `\$`, and a placeholder's text must not contain `}` or `\`.

const lines = (...text: string[]): string => text.join('\n');

const MEETING_REFLECTION: ReflectionTemplate = {
  id: 'meeting-reflection',
  habit: 'time',
  body: lines(
    '### ${date} ${1:Meeting title} (${2:0m})',
    '#habit/time',
    'Closeness: ${3:1-5}',
    '',
    '**What do they care about most right now, and what did I hear that was not on the agenda?**',
    '$4',
    '',
    '**What did they not say?** _A hesitation, a name they avoided, a topic they moved past quickly._',
    '$5',
    '',
    '**What did I learn about their business that I could only have learned in that room?**',
    '$6',
    '',
    '**Where did I talk about IT when they wanted to talk about their problem?**',
    '$7',
    '',
    '**What did I promise?**',
    '- [ ] $8 (due ${9:YYYY-MM-DD})',
    '',
    '**Next step, and when I will see them again?**',
    '$10',
    '$0',
  ),
};

const OPPORTUNITIES_AND_RISKS: ReflectionTemplate = {
  id: 'opportunities-and-risks',
  habit: 'understand',
  body: lines(
    '### Reflection: Opportunities and risks (${date})',
    '#habit/understand',
    '',
    '**What is emerging in their business that they may not see yet?** _A shift among their customers, a regulation, a competitor, a cost creeping up._',
    '$1',
    '',
    '**What can I see from IT that they cannot?** _Data, incidents, usage, what other units are already doing._',
    '$2',
    '',
    '**Which of their goals for the next twelve months is most at risk, and do they know it?**',
    '$3',
    '',
    '**What does the person I work with want for themselves, and does this help or hurt it?**',
    '$4',
    '',
    '**What would surprise them a year from now if nobody acts today?**',
    '$5',
    '',
    '**What could help them win, and what could hurt them?** _One line each; Rapport reminds you to revisit them._',
    '- Opportunity: $6 (noted ${date})',
    '- Risk: $7 (noted ${date})',
    '',
    '**Which one do I bring to them first, and how do I say it in their words, not IT\'s?**',
    '$8',
    '$0',
  ),
};

const MUTUAL_VULNERABILITY: ReflectionTemplate = {
  id: 'mutual-vulnerability',
  habit: 'vulnerability',
  body: lines(
    '### Reflection: Mutual vulnerability (${date})',
    '#habit/vulnerability',
    '',
    '**Where do I hold control that I could give up?** _An approval, a budget line, admin rights, the roadmap. Do I keep it to protect them, or because it is comfortable for me?_',
    '$1',
    '',
    '**Which decision should truly be theirs?** _What am I deciding on their behalf today, and what would change if they owned it?_',
    '$2',
    '',
    '**Where does their need run against my own standards or policies?** _Name the rule._',
    '$3',
    '',
    '**Would I break my own rule for them?** _If yes: what would it cost, and who must I tell? If no: have I explained why in their terms, not mine?_',
    '$4',
    '',
    '**What have I not told them?** _A constraint, a mistake, a doubt they would want to know about._',
    '$5',
    '',
    '**Where have I let them see that I need them too?**',
    '$6',
    '',
    '**What will I hand over or admit before we next meet?**',
    '- [ ] $7 (due ${8:YYYY-MM-DD})',
    '$0',
  ),
};

const TIME_INVESTMENT: ReflectionTemplate = {
  id: 'time-investment',
  habit: 'time',
  body: lines(
    '### Reflection: Time investment (${date})',
    '#habit/time',
    '',
    '**How much time did I spend with ${customer} this month, and how much inside IT?** _Count from the calendar, not from memory._',
    '- With them: $1',
    '- Inside IT: $2',
    '',
    '**How much of it was on their ground?** _Their site, their meetings, their shop floor, or did they come to me?_',
    '$3',
    '',
    '**What did I learn there that I could only learn there?**',
    '$4',
    '',
    '**Who in their organisation have I never met, and who should I?**',
    '$5',
    '',
    '**Which IT meeting will I give up to make that time?**',
    '$6',
    '',
    '**When am I next on their ground?** _Visit, shadow or join one of their meetings._',
    '- [ ] $7 (due ${8:YYYY-MM-DD})',
    '$0',
  ),
};

/** The note skeleton: offered only for a note with nothing below its front matter. */
export const PROFILE_TEMPLATE_ID = 'customer-profile';

const CUSTOMER_PROFILE: ReflectionTemplate = {
  id: PROFILE_TEMPLATE_ID,
  habit: 'understand',
  body: lines(
    '# ${customer}',
    '#habit/understand',
    '_Profile started ${date}._',
    '',
    '## Business and goals',
    '<!-- What do they deliver, to whom, and how do they win? Which two or three goals are they measured on this year? -->',
    '$1',
    '',
    '## Challenges',
    '<!-- What stands between them and those goals? Which of it does IT cause, and which could IT remove? -->',
    '$2',
    '',
    '## People and aspirations',
    '<!-- Who decides, who influences, who is overlooked? What does each of them want for their own career? -->',
    '$3',
    '',
    '## Opportunities and risks',
    '<!-- What is emerging that they may not see yet? One list item each, written as Opportunity: ... (noted YYYY-MM-DD) or Risk: ... (noted YYYY-MM-DD). -->',
    '$4',
    '',
    '## Contact log',
    '<!-- One heading per contact, starting with its date and ending with the time spent, like: ### YYYY-MM-DD Quarterly review (45m) -->',
    '$0',
  ),
};

export const BUILTIN_TEMPLATES: readonly ReflectionTemplate[] = Object.freeze([
  MEETING_REFLECTION,
  OPPORTUNITIES_AND_RISKS,
  MUTUAL_VULNERABILITY,
  TIME_INVESTMENT,
  CUSTOMER_PROFILE,
]);
