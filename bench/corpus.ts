// Deterministic benchmark corpora: a workspace per size with N customer notes under `customers/`
// (about 4 KB each: every front matter key of a customer note, some `aliases:`, six dated log entries
// with durations, commitments, opportunities and risks) and 20,000 other Markdown files around them,
// plus decoys that a sloppy glob would pick up (`customers-archive/`, `notes/customers/`,
// `customers/**/*.txt`, `*.md.bak`) and Markdown a search must skip (`node_modules/`, `.git/`).
// Half the other notes are meeting notes, daily notes and running logs with dated headings
// (`## 2026-11-20 Check-in (45m)`); they link customers by file name, name and alias, with labels and
// headings, by relative Markdown links and in `customers:` front matter, and also link other notes,
// nowhere, and customers from code, quotes, comments and open tasks (never contacts). The generator
// records every mention it wrote (`.mentions.json`), for the benchmark to check the index against.
// Written under bench/.corpus/ (git-ignored) and reused when the parameters are unchanged.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Prng } from './prng';

/** Bump when the generator's output changes, so stale corpora are regenerated. */
const GENERATOR_VERSION = 3;
const MENTIONS_FILE = '.mentions.json';

export interface CorpusParams {
  readonly customers: number;
  readonly otherMarkdown: number;
  readonly seed: number;
  /** The benchmark's "today": every date in the corpus is placed around it. */
  readonly today: string;
}

export interface Corpus {
  readonly root: string;
  readonly params: CorpusParams;
  /** Absolute paths of the customer notes (what `customers/**\/*.md` must match), sorted. */
  readonly customerFiles: readonly string[];
  /** Files under `customers/` that the glob must not match (not `.md`). */
  readonly decoysInCustomers: number;
  /** Absolute paths of every note the notes glob `**\/*.md` must match outside node_modules and .git (the customer notes too), sorted. */
  readonly noteFiles: readonly string[];
  /** Markdown files the corpus holds in node_modules/ and .git/, which a scan must skip. */
  readonly skippedMarkdown: readonly string[];
  /** What the generator wrote: by customer note (absolute path), the mentions other notes make of it, in no order. */
  readonly mentions: ReadonlyMap<string, readonly ExpectedMention[]>;
  readonly reused: boolean;
  readonly generateMs: number;
}

/** A mention as written: one per customer, note and dated section, at the line of its first link. */
export interface ExpectedMention {
  /** The linking note, absolute once loaded (relative while generating). */
  readonly note: string;
  readonly line: number;
  /** ISO day; absent for an undated reference. */
  readonly date?: string;
  readonly minutes?: number;
}

const SEGMENTS = ['Operations', 'Finance', 'Sales', 'Marketing', 'Manufacturing', 'Research', 'Legal', 'HR', 'Logistics', 'Retail', 'Public sector', 'Healthcare'];
const OWNERS = ['Dana (infrastructure)', 'Sam (applications)', 'Priya (data)', 'Lee (security)', 'Jo (workplace)', 'Ravi (architecture)', 'Mia (service desk)', 'Tom (ERP)'];
const TAGS = ['erp', 'strategic', 'cloud', 'data', 'security', 'mobile', 'ai', 'crm', 'legacy', 'compliance', 'growth', 'cost'];
const STATUSES = ['active', 'active', 'active', 'active', 'at-risk', 'dormant', 'archived'];
const CADENCES = ['1w', '2w', '2w', '3w', '1m', '10', '14', '30d'];
const GOALS = ['1h/month', '2h/month', '30m/week', '1.5h/month', '45m/week'];
const NAME_A = ['Acme', 'Globex', 'Initech', 'Umbrella', 'Hooli', 'Vandelay', 'Stark', 'Wayne', 'Wonka', 'Tyrell', 'Cyberdyne', 'Soylent', 'Massive', 'Aperture', 'Oscorp', 'Pied Piper', 'Dunder', 'Prestige', 'Gringotts', 'Monarch'];
const NAME_B = ['Logistics', 'Holdings', 'Labs', 'Retail', 'Finance', 'Foods', 'Energy', 'Systems', 'Health', 'Media', 'Freight', 'Pharma', 'Insurance', 'Telecom', 'Works'];
const WORDS = (
  'the team wants faster onboarding of new stores and a single view of stock across regions while keeping costs flat ' +
  'their director worries that the legacy warehouse system will not survive the peak season and asked for a plan ' +
  'we agreed to pilot self service reporting with two analysts before rolling it out to the wider finance group ' +
  'budget pressure is real but they would fund automation that removes manual reconciliation work at month end ' +
  'she aspires to lead the regional transformation programme and needs visible wins before the board review ' +
  'integration with the supplier portal keeps failing on weekends and nobody owns the alerting today ' +
  'they trust us more since the outage was handled openly and we shared the post incident review in full ' +
  'security policy blocks the tool they love and we should decide whether the rule still serves them'
).split(' ');

const YAML_KEY_ORDER_NOTE = 'keys follow the note format; unknown keys are kept and ignored';

export function corpusDir(benchDir: string, params: CorpusParams): string {
  return path.join(benchDir, '.corpus', `v${GENERATOR_VERSION}-seed${params.seed}-${params.customers}c-${params.otherMarkdown}o`);
}

/** Generates the corpus, or reuses it when a previous run wrote it with the same parameters. */
export function ensureCorpus(benchDir: string, params: CorpusParams): Corpus {
  const root = corpusDir(benchDir, params);
  const manifestPath = path.join(root, '.manifest.json');
  const wanted = JSON.stringify({ version: GENERATOR_VERSION, ...params });
  const started = performance.now();
  let reused = false;
  if (fs.existsSync(manifestPath) && fs.readFileSync(manifestPath, 'utf8').split('\n')[0] === wanted) {
    reused = true;
  } else {
    fs.rmSync(root, { recursive: true, force: true });
    generate(root, params);
    // Written last: an interrupted generation is never mistaken for a complete one.
    fs.writeFileSync(manifestPath, `${wanted}\n`);
  }
  const customerFiles = listCustomerNotes(path.join(root, 'customers'));
  // The notes the generator wrote, from the generator's own naming (not from a walk of the folder).
  const today = Date.parse(`${params.today}T00:00:00Z`) / 86400000;
  const others = Array.from({ length: params.otherMarkdown }, (_, i) => path.join(root, otherRel(i, today)));
  const noteFiles = [...customerFiles, ...others].sort();
  const abs = (rel: string) => path.join(root, rel);
  const written = JSON.parse(fs.readFileSync(path.join(root, MENTIONS_FILE), 'utf8')) as { [rel: string]: Array<[string, number, string | null, number | null]> };
  const mentions = new Map(Object.entries(written).map(([rel, ms]) => [abs(rel), ms.map(([note, line, date, minutes]) => ({
    note: abs(note), line, ...(date !== null && { date }), ...(minutes !== null && { minutes }),
  }))]));
  return {
    root, params, customerFiles, decoysInCustomers: countDecoys(path.join(root, 'customers')), noteFiles, skippedMarkdown: SKIPPED_MARKDOWN.map(abs), mentions,
    reused, generateMs: performance.now() - started,
  };
}

function listCustomerNotes(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.md')) out.push(p);
    }
  };
  walk(dir);
  return out.sort();
}

function countDecoys(dir: string): number {
  let n = 0;
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(path.join(d, e.name));
      else if (!e.name.endsWith('.md')) n++;
    }
  };
  walk(dir);
  return n;
}

/** A customer as the other notes link to it. */
interface CustomerRef {
  readonly name: string;
  /** The first word(s) of the name (`Pied Piper`), for labels and aliases. */
  readonly short: string;
  /** The file name without `.md`. */
  readonly slug: string;
  readonly rel: string;
  readonly segment: string;
  readonly aliases: readonly string[];
}

/** Where a mention is recorded: the customer note's relative path, and the mention. */
type RecordMention = (customer: CustomerRef, mention: ExpectedMention) => void;

/** Folders of the other notes, one note in ten each (note `i` is in `AREAS[i % 10]`). */
const AREAS = ['docs', 'projects', 'meetings/2025', 'meetings/2026', 'architecture/decisions', 'runbooks', 'journal', 'customers-archive', 'notes/customers', 'team/1on1'] as const;
const TOPICS = ['Steering', 'Quarterly review', 'Roadmap workshop', 'Account planning', 'Incident review', 'Pricing call', 'Architecture board', 'Vendor sync'];
const MEETING_TITLES = ['Follow-up call', 'Check-in', 'Workshop', 'Escalation', 'Demo', 'Site visit', 'Lunch', 'Review'];
const PROJECTS = ['Project Phoenix', 'Data platform 2027', 'Carrier onboarding', 'Returns redesign'];
/** Markdown files that match `**\/*.md` but lie where a workspace search never looks; each links customers. */
const SKIPPED_MARKDOWN = ['node_modules/left-pad/README.md', 'node_modules/@acme/ui-kit/docs/guide.md', 'projects/3/node_modules/md-lib/CHANGELOG.md', '.git/info/notes.md', 'docs/7/.git/description.md'];

/** The relative path of other note `i`: a function of `i` alone, so any note can link to any other. */
export function otherRel(i: number, today: number): string {
  const area = AREAS[i % AREAS.length];
  const sub = Math.floor(i / AREAS.length) % 40;
  switch (area) {
    // Meeting notes named by their day: `2026-05-03 Steering 123.md` (some planned, after today).
    case 'meetings/2025': return `${area}/${sub}/${iso(today - 335 - ((i * 7919) % 365))} ${TOPICS[i % TOPICS.length]} ${i}.md`;
    case 'meetings/2026': return `${area}/${sub}/${iso(today + 10 - ((i * 7919) % 340))} ${TOPICS[(i >> 1) % TOPICS.length]} ${i}.md`;
    // One daily note a day, going back about five years.
    case 'journal': return `${area}/${sub}/${iso(today - Math.floor(i / AREAS.length))}.md`;
    default: return `${area}/${sub}/note-${i}.md`;
  }
}

function titleOfRel(rel: string): string {
  return path.posix.basename(rel, '.md');
}

function generate(root: string, params: CorpusParams): void {
  const rng = new Prng(params.seed);
  const today = Date.parse(`${params.today}T00:00:00Z`) / 86400000;
  const made = new Set<string>();
  const write = (rel: string, text: string) => {
    const file = path.join(root, rel);
    const dir = path.dirname(file);
    if (!made.has(dir)) {
      fs.mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    fs.writeFileSync(file, text);
  };

  const customers: CustomerRef[] = [];
  const used = new Set<string>();
  for (let i = 0; i < params.customers; i++) {
    const a = rng.pick(NAME_A);
    const b = rng.pick(NAME_B);
    const name = `${a} ${b} ${i + 1}`;
    const segment = rng.pick(SEGMENTS);
    const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
    // Most notes sit in a folder per segment (so `**` is exercised), some directly in customers/.
    const rel = rng.chance(0.2) ? `customers/${slug}.md` : `customers/${segment.toLowerCase().replace(/\s+/g, '-')}/${slug}.md`;
    if (used.has(rel)) throw new Error(`duplicate ${rel}`);
    used.add(rel);
    // Some customers answer to other names too (`aliases:`); the number keeps every name unique.
    const initials = `${a.split(' ').map((w) => w[0]).join('')}${b[0]}`.toUpperCase();
    const aliases = rng.chance(0.4) ? [`${a} ${i + 1}`, ...(rng.chance(0.5) ? [`${initials} ${i + 1}`] : [])] : [];
    customers.push({ name, short: a, slug, rel, segment, aliases });
  }
  const expected = new Map<string, ExpectedMention[]>(customers.map((c) => [c.rel, []]));
  const record: RecordMention = (customer, mention) => expected.get(customer.rel)!.push(mention);
  // Half the links go to any customer, half mostly to the first ones: a few accounts are talked about a lot.
  const someCustomer = () => customers[Math.floor((rng.chance(0.5) ? rng.next() : rng.next() ** 2) * customers.length)];
  const ctx: Context = { rng, today, customers, someCustomer, record, others: params.otherMarkdown };

  customers.forEach((c, i) => write(c.rel, customerNote(ctx, c, i)));
  // Decoys inside customers/: attachments the glob must skip.
  const decoys = Math.max(5, Math.round(params.customers / 50));
  for (let i = 0; i < decoys; i++) {
    const kind = i % 3;
    const rel = kind === 0 ? `customers/attachments/minutes-${i}.txt` : kind === 1 ? `customers/attachments/org-chart-${i}.svg` : `customers/old/backup-${i}.md.bak`;
    write(rel, paragraph(rng, 40));
  }
  // Markdown a search must skip (node_modules, .git): each links customers, dated, so reading one shows in the counts.
  for (const rel of SKIPPED_MARKDOWN) {
    write(rel, `# ${titleOfRel(rel)}\n\n## ${params.today} Release (30m)\n\nThanks to [[${customers[0].slug}]] and [[${customers[customers.length - 1].name}]].\n`);
  }
  // 20,000 other Markdown files around them, some in folders a loose matcher would confuse with customers/.
  for (let i = 0; i < params.otherMarkdown; i++) {
    const rel = otherRel(i, today);
    write(rel, otherNote(ctx, i, rel));
  }
  write(MENTIONS_FILE, `${JSON.stringify(Object.fromEntries([...expected].map(([rel, ms]) => [rel, ms.map((m) => [m.note, m.line, m.date ?? null, m.minutes ?? null])])))}\n`);
}

interface Context {
  readonly rng: Prng;
  readonly today: number;
  readonly customers: readonly CustomerRef[];
  readonly someCustomer: () => CustomerRef;
  readonly record: RecordMention;
  readonly others: number;
}

/** How a note links a customer: by file name, name or alias, with a label or heading, or by a relative path. */
function customerLink(rng: Prng, c: CustomerRef, fromRel: string): string {
  switch (rng.int(0, 7)) {
    case 0:
    case 1: return `[[${c.slug}]]`;
    case 2: return `[[${c.slug}|${c.short}]]`;
    case 3: return `[[${c.name}]]`;
    case 4: return c.aliases.length ? `[[${rng.pick(c.aliases)}]]` : `[[${c.name}|${c.short}]]`;
    case 5: return `[${c.name}](${relativeLink(fromRel, c.rel)})`;
    case 6: return `[[${c.slug}#Contact log|${c.short}]]`;
    default: return `[${c.short}](${relativeLink(fromRel, c.rel).replace(/\.md$/, '')})`;
  }
}

/** A link to another note of the corpus, not a customer's: by its title or a relative path. */
function noteLink(ctx: Context, fromRel: string): string {
  const rel = otherRel(ctx.rng.int(0, ctx.others - 1), ctx.today);
  return ctx.rng.chance(0.5) ? `[[${titleOfRel(rel)}]]` : `[${titleOfRel(rel)}](${relativeLink(fromRel, rel)})`;
}

function relativeLink(fromRel: string, toRel: string): string {
  return encodeURI(path.posix.relative(path.posix.dirname(fromRel), toRel));
}

function duration(minutes: number): string {
  return minutes >= 60 ? `${Math.floor(minutes / 60)}h${minutes % 60 ? `${minutes % 60}m` : ''}` : `${minutes}m`;
}

interface Dating {
  readonly date?: string;
  readonly headingLine?: number;
  readonly minutes?: number;
}

/**
 * A note written line by line that knows which of its links are mentions, and records each: one per
 * customer and dated section (the dated heading a link sits under, else the note's own date), at the
 * line of its first link, as DESIGN.md's "Contacts where they happen" counts them.
 */
class NoteBuilder {
  readonly lines: string[] = [];
  private readonly sections: Array<{ level: number; dating?: Dating }> = [];
  private readonly seen = new Set<string>();

  constructor(private readonly rel: string, private readonly noteDate: string | undefined, private readonly record: RecordMention, private readonly self?: CustomerRef) {}

  /** A line; `mentions` are the customers its counted links name (not those in code, quotes, comments, open tasks). */
  line(text: string, mentions: readonly CustomerRef[] = []): void {
    this.lines.push(text);
    this.mention(this.lines.length - 1, mentions);
  }

  /** A heading (dated when `dated` is given, level 2 to 4); a heading closes the sections of its level or deeper. */
  heading(level: number, text: string, dated?: { date: string; minutes?: number }, mentions: readonly CustomerRef[] = []): void {
    const line = this.lines.length;
    while (this.sections.length && this.sections[this.sections.length - 1].level >= level) this.sections.pop();
    const dating = dated ? { date: dated.date, headingLine: line, minutes: dated.minutes } : this.sections[this.sections.length - 1]?.dating;
    this.sections.push({ level, dating });
    this.lines.push(`${'#'.repeat(level)} ${dated ? `${dated.date} ` : ''}${text}${dated?.minutes ? ` (${duration(dated.minutes)})` : ''}`);
    this.mention(line, mentions);
  }

  text(): string {
    return `${this.lines.join('\n')}\n`;
  }

  private mention(line: number, customers: readonly CustomerRef[]): void {
    const dating = this.sections[this.sections.length - 1]?.dating ?? { date: this.noteDate };
    for (const c of customers) {
      if (c === this.self) continue;
      const key = `${c.rel}\n${dating.date ?? ''}\n${dating.headingLine ?? ''}`;
      if (this.seen.has(key)) continue;
      this.seen.add(key);
      this.record(c, { note: this.rel, line, ...(dating.date && { date: dating.date }), ...(dating.minutes && { minutes: dating.minutes }) });
    }
  }
}

function customerNote(ctx: Context, c: CustomerRef, index: number): string {
  const { rng, today } = ctx;
  const { name, segment } = c;
  const tags = [...new Set([rng.pick(TAGS), rng.pick(TAGS), rng.pick(TAGS)].slice(0, rng.int(1, 3)))];
  // Six contact-log entries, newest first, spaced a few days to a few weeks apart.
  const entryDays: number[] = [];
  let d = today - rng.int(0, 60);
  for (let k = 0; k < 6; k++) {
    entryDays.push(d);
    d -= rng.int(5, 40);
  }
  const lastContacted = rng.chance(0.7) ? entryDays[0] - rng.int(0, 3) : undefined;
  const note = new NoteBuilder(c.rel, undefined, ctx.record, c);
  note.line('---');
  note.line(`name: ${name}`);
  if (c.aliases.length) note.line(`aliases: [${c.aliases.join(', ')}]`);
  note.line(`organization: ${name.split(' ')[0]} Group`);
  note.line(`owner: ${rng.pick(OWNERS)}`);
  note.line(`segment: ${segment}`);
  note.line(`tags: [${tags.join(', ')}]`);
  note.line(`cadence: ${rng.pick(CADENCES)}`);
  if (lastContacted !== undefined) note.line(`last_contacted: ${iso(lastContacted)}`);
  if (rng.chance(0.4)) note.line(`next_contact: ${iso(today + rng.int(-10, 30))}`);
  note.line(`status: ${rng.pick(STATUSES)}`);
  note.line(`time_goal: ${rng.pick(GOALS)}`);
  note.line(`account_id: ACC-${rng.int(10000, 99999)}   # ${YAML_KEY_ORDER_NOTE}`);
  note.line('---');
  for (const line of [
    `# ${name}`,
    '',
    '## Business and goals',
    paragraph(rng, 75),
    '',
    '## Challenges',
    `- ${sentence(rng, 14)}`,
    `- ${sentence(rng, 12)}`,
    '',
    '## People and aspirations',
    `- **${rng.pick(['Ana', 'Ben', 'Chen', 'Dee', 'Eli'])}** (sponsor): ${sentence(rng, 16)}`,
    `- **${rng.pick(['Fay', 'Gus', 'Hal', 'Ivy', 'Jon'])}** (lead): ${sentence(rng, 12)}`,
    '',
    '## Opportunities and risks',
    `- Opportunity: ${sentence(rng, 10)} (noted ${iso(today - rng.int(10, 200))})`,
    `- Risk: ${sentence(rng, 9)} (noted ${iso(today - rng.int(10, 200))}) (revisited ${iso(today - rng.int(0, 9))})`,
    `- Opportunity: ${sentence(rng, 8)} (noted ${iso(today - rng.int(10, 200))})`,
    '',
    '## Promises',
    `- [ ] ${sentence(rng, 7)} (due ${iso(today + rng.int(-20, 20))})`,
    `- [x] ${sentence(rng, 6)} (due ${iso(today - rng.int(20, 60))})`,
    `- [ ] ${sentence(rng, 5)}`,
    '',
  ]) note.line(line);
  note.heading(2, 'Contact log');
  note.line('');
  // A few log entries name another customer met together: a mention of that one, dated by the entry.
  const joint = ctx.customers.length > 1 && rng.chance(0.15) ? rng.int(0, 5) : -1;
  entryDays.forEach((day, k) => {
    const minutes = rng.pick([15, 30, 45, 60, 90, 120]);
    note.heading(3, rng.pick(['Quarterly review', 'Coffee', 'Steering committee', 'Incident follow-up', 'Roadmap walk-through', 'Lunch']), { date: iso(day), minutes });
    note.line(paragraph(rng, 50));
    if (k === joint) {
      const other = ctx.customers[(index + rng.int(1, ctx.customers.length - 1)) % ctx.customers.length];
      note.line(`Joint session with ${customerLink(rng, other, c.rel)} and their platform team.`, [other]);
    }
    if (k % 2 === 0) note.line(`Closeness: ${rng.int(1, 5)}`);
    if (k % 3 === 0) note.line(`#habit/${rng.pick(['understand', 'vulnerability', 'time'])} ${sentence(rng, 8)}`);
    note.line('');
  });
  return note.lines.join('\n');
}

/** Customers for one note: one to four, distinct. */
function someCustomers(ctx: Context, min: number, max: number): CustomerRef[] {
  return [...new Set(Array.from({ length: ctx.rng.int(min, max) }, ctx.someCustomer))];
}

/** The lines that hold links and are never a contact: code, a quote, an unchecked task, a comment, a code span. */
function notContacts(ctx: Context, note: NoteBuilder, rel: string): void {
  const { rng } = ctx;
  const c = ctx.someCustomer();
  switch (rng.int(0, 4)) {
    case 0:
      note.line('```markdown');
      note.line(`Template: ## YYYY-MM-DD Call with ${customerLink(rng, c, rel)} (30m)`);
      note.line('```');
      break;
    case 1: note.line(`> As ${customerLink(rng, c, rel)} put it: ${sentence(rng, 9)}`); break;
    case 2: note.line(`- [ ] Call ${customerLink(rng, c, rel)} about ${sentence(rng, 5)}`); break;
    case 3: note.line(`<!-- next time: ${customerLink(rng, c, rel)} --> ${sentence(rng, 6)}`); break;
    default: note.line(`Write links as \`[[${c.slug}]]\`, ${sentence(rng, 6)}`);
  }
}

function otherNote(ctx: Context, i: number, rel: string): string {
  const { rng, today } = ctx;
  const area = AREAS[i % AREAS.length];
  const fileDate = /^\d{4}-\d{2}-\d{2}/.exec(titleOfRel(rel))?.[0];
  const link = (c: CustomerRef) => customerLink(rng, c, rel);
  switch (area) {
    case 'meetings/2025':
    case 'meetings/2026': {
      // A meeting note: dated by its file name; attendees in the front matter or the first lines; later
      // follow-ups under their own dated headings; actions as tasks.
      const attendees = someCustomers(ctx, 1, 3);
      const inFrontMatter = rng.chance(0.4);
      const note = new NoteBuilder(rel, fileDate, ctx.record);
      if (inFrontMatter) {
        note.line('---');
        note.line(`title: ${titleOfRel(rel).slice(11)}`);
        note.line(`customers: [${attendees.map((c) => (rng.chance(0.3) ? `"[[${c.slug}]]"` : rng.chance(0.5) ? c.slug : c.name)).join(', ')}]`, attendees);
        note.line('tags: [meeting]');
        note.line('---');
      }
      note.heading(1, titleOfRel(rel).slice(11));
      note.line('');
      if (!inFrontMatter || rng.chance(0.5)) note.line(`Attendees: ${attendees.map(link).join(', ')}, Ewa, Tom`, attendees);
      note.line('');
      note.heading(2, 'Notes');
      note.line(paragraph(rng, rng.int(40, 160)));
      if (rng.chance(0.4)) note.line(`See also ${noteLink(ctx, rel)} and the [runbook](https://wiki.example.com/runbooks/${i}).`);
      note.line('');
      note.heading(2, 'Actions');
      note.line(`- [ ] ${sentence(rng, 6)} ${link(attendees[0])}`);
      note.line(`- [x] ${sentence(rng, 5)}`);
      if (rng.chance(0.3)) notContacts(ctx, note, rel);
      if (rng.chance(0.35) && fileDate) {
        const followUp = iso(Date.parse(`${fileDate}T00:00:00Z`) / 86400000 + rng.int(1, 14));
        const who = someCustomers(ctx, 1, 2);
        note.line('');
        note.heading(2, rng.pick(MEETING_TITLES), { date: followUp, minutes: rng.pick([0, 30, 45, 60]) || undefined });
        note.line(`${sentence(rng, 8)} ${who.map(link).join(' and ')}.`, who);
        note.line(paragraph(rng, 30));
      }
      return note.text();
    }
    case 'journal': {
      // A daily note: dated by its file name; calls in a list, open tasks, a commented template line.
      const note = new NoteBuilder(rel, fileDate, ctx.record);
      note.heading(1, fileDate!);
      note.line('');
      note.heading(2, 'Calls');
      for (let k = rng.int(0, 3); k > 0; k--) {
        const c = ctx.someCustomer();
        note.line(`- ${String(rng.int(8, 17)).padStart(2, '0')}:${rng.pick(['00', '15', '30', '45'])} ${sentence(rng, 4).slice(0, -1)} ${link(c)}`, [c]);
      }
      note.line('');
      note.heading(2, 'Tasks');
      const done = ctx.someCustomer();
      note.line(`- [x] Sent the summary to ${link(done)}`, [done]);
      note.line(`- [ ] ${sentence(rng, 5)}`);
      if (rng.chance(0.5)) notContacts(ctx, note, rel);
      note.line('');
      note.line(paragraph(rng, rng.int(20, 120)));
      return note.text();
    }
    case 'team/1on1':
    case 'notes/customers': {
      // A running log: one dated heading per conversation, customers named under it.
      const note = new NoteBuilder(rel, undefined, ctx.record);
      note.heading(1, area === 'team/1on1' ? `1:1 ${rng.pick(['Ewa', 'Tom', 'Priya', 'Sam'])} ${i}` : `Account notes ${i}`);
      note.line('');
      let day = today - rng.int(0, 30);
      for (let k = rng.int(2, 5); k > 0; k--) {
        const who = someCustomers(ctx, 0, 2);
        note.heading(2, rng.pick(MEETING_TITLES), { date: iso(day), minutes: rng.pick([30, 45, 60, 0]) || undefined });
        note.line(`${sentence(rng, 10)}${who.length ? ` ${who.map(link).join(', ')}.` : ''}`, who);
        if (who.length && rng.chance(0.5)) note.line(`- [x] Followed up with ${link(who[0])}`, [who[0]]);
        if (rng.chance(0.3)) notContacts(ctx, note, rel);
        note.line(paragraph(rng, rng.int(15, 60)));
        note.line('');
        day -= rng.int(7, 21);
      }
      return note.text();
    }
    case 'projects':
    case 'architecture/decisions': {
      // A project or decision record: `date:` and `customers:` in some front matter; customers named in
      // the text (dated by `date:`, else references), a status log with dated headings in some.
      const date = rng.chance(0.5) ? iso(today - rng.int(0, 500)) : undefined;
      const listed = rng.chance(0.3) ? someCustomers(ctx, 1, 2) : [];
      const note = new NoteBuilder(rel, date, ctx.record);
      if (date || listed.length || rng.chance(0.3)) {
        note.line('---');
        note.line(`title: ${area === 'projects' ? rng.pick(PROJECTS) : 'ADR'} ${i}`);
        if (date) note.line(`date: ${date}`);
        if (listed.length) note.line(`customers: [${listed.map((c) => c.slug).join(', ')}]`, listed);
        note.line('---');
      }
      note.heading(1, `${area === 'projects' ? 'Project' : 'Decision'} ${i}`);
      note.line('');
      note.heading(2, 'Context');
      const named = rng.chance(0.5) ? [ctx.someCustomer()] : [];
      note.line(`${paragraph(rng, rng.int(30, 150))}${named.length ? ` Raised by ${link(named[0])}.` : ''}`, named);
      if (rng.chance(0.5)) note.line(`Related: ${noteLink(ctx, rel)}, ${noteLink(ctx, rel)}, [[${rng.pick(PROJECTS)}]].`);
      if (rng.chance(0.4)) notContacts(ctx, note, rel);
      if (rng.chance(0.3)) {
        note.line('');
        note.heading(2, 'Status');
        const c = ctx.someCustomer();
        note.heading(3, `Pilot with ${link(c)}`, { date: iso(today - rng.int(0, 200)), minutes: 60 }, [c]);
        note.line(sentence(rng, 12));
      }
      return note.text();
    }
    default: {
      // Reference notes (docs, runbooks, the archive): a few undated references, links to other notes,
      // code, external links; some with front matter.
      const note = new NoteBuilder(rel, undefined, ctx.record);
      if (rng.chance(0.3)) {
        note.line('---');
        note.line(`title: Note ${i}`);
        note.line('tags: [misc]');
        note.line('---');
      }
      note.heading(1, `Note ${i}`);
      note.line('');
      note.line(`Written ${iso(today - rng.int(0, 700))}.`);
      note.line('');
      note.line(paragraph(rng, rng.int(40, 300)));
      if (rng.chance(0.25)) {
        const c = ctx.someCustomer();
        note.line(`Background: ${link(c)} (a reference, not a contact).`, [c]);
      }
      if (rng.chance(0.4)) note.line(`See ${noteLink(ctx, rel)} and [the vendor docs](https://docs.example.com/${i}#setup).`);
      if (rng.chance(0.2)) notContacts(ctx, note, rel);
      if (rng.chance(0.2)) note.line('![diagram](diagram.png)');
      return note.text();
    }
  }
}

function sentence(rng: Prng, words: number): string {
  const out: string[] = [];
  for (let k = 0; k < words; k++) out.push(rng.pick(WORDS));
  const s = out.join(' ');
  return `${s[0].toUpperCase()}${s.slice(1)}.`;
}

function paragraph(rng: Prng, words: number): string {
  const out: string[] = [];
  while (words > 0) {
    const n = Math.min(words, rng.int(8, 18));
    out.push(sentence(rng, n));
    words -= n;
  }
  return out.join(' ');
}

function iso(dayNumber: number): string {
  return new Date(dayNumber * 86400000).toISOString().slice(0, 10);
}
