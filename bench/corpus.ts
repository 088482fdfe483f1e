// Deterministic benchmark corpora: a workspace per size with N customer notes under `customers/`
// (about 4 KB each: every front matter key of a customer note, six dated log entries with durations,
// commitments, opportunities and risks) and 20,000 other Markdown files around them, plus decoys that a
// sloppy glob would pick up (`customers-archive/`, `notes/customers/`, `customers/**/*.txt`, `*.md.bak`).
// Written under bench/.corpus/ (git-ignored) and reused when the parameters are unchanged.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Prng } from './prng';

/** Bump when the generator's output changes, so stale corpora are regenerated. */
const GENERATOR_VERSION = 2;

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
  readonly reused: boolean;
  readonly generateMs: number;
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
  return { root, params, customerFiles, decoysInCustomers: countDecoys(path.join(root, 'customers')), reused, generateMs: performance.now() - started };
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

  const used = new Set<string>();
  for (let i = 0; i < params.customers; i++) {
    const name = `${rng.pick(NAME_A)} ${rng.pick(NAME_B)} ${i + 1}`;
    const segment = rng.pick(SEGMENTS);
    const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
    // Most notes sit in a folder per segment (so `**` is exercised), some directly in customers/.
    const rel = rng.chance(0.2) ? `customers/${slug}.md` : `customers/${segment.toLowerCase().replace(/\s+/g, '-')}/${slug}.md`;
    if (used.has(rel)) throw new Error(`duplicate ${rel}`);
    used.add(rel);
    write(rel, customerNote(rng, name, segment, today));
  }
  // Decoys inside customers/: attachments the glob must skip.
  const decoys = Math.max(5, Math.round(params.customers / 50));
  for (let i = 0; i < decoys; i++) {
    const kind = i % 3;
    const rel = kind === 0 ? `customers/attachments/minutes-${i}.txt` : kind === 1 ? `customers/attachments/org-chart-${i}.svg` : `customers/old/backup-${i}.md.bak`;
    write(rel, paragraph(rng, 40));
  }
  // 20,000 other Markdown files around them, some in folders a loose matcher would confuse with customers/.
  const areas = ['docs', 'projects', 'meetings/2025', 'meetings/2026', 'architecture/decisions', 'runbooks', 'journal', 'customers-archive', 'notes/customers', 'team/1on1'];
  for (let i = 0; i < params.otherMarkdown; i++) {
    const area = areas[i % areas.length];
    const sub = Math.floor(i / areas.length) % 40;
    write(`${area}/${sub}/note-${i}.md`, otherNote(rng, i, today));
  }
}

function customerNote(rng: Prng, name: string, segment: string, today: number): string {
  const tags = [...new Set([rng.pick(TAGS), rng.pick(TAGS), rng.pick(TAGS)].slice(0, rng.int(1, 3)))];
  // Six contact-log entries, newest first, spaced a few days to a few weeks apart.
  const entryDays: number[] = [];
  let d = today - rng.int(0, 60);
  for (let k = 0; k < 6; k++) {
    entryDays.push(d);
    d -= rng.int(5, 40);
  }
  const lastContacted = rng.chance(0.7) ? entryDays[0] - rng.int(0, 3) : undefined;
  const fm = [
    '---',
    `name: ${name}`,
    `organization: ${name.split(' ')[0]} Group`,
    `owner: ${rng.pick(OWNERS)}`,
    `segment: ${segment}`,
    `tags: [${tags.join(', ')}]`,
    `cadence: ${rng.pick(CADENCES)}`,
    ...(lastContacted !== undefined ? [`last_contacted: ${iso(lastContacted)}`] : []),
    ...(rng.chance(0.4) ? [`next_contact: ${iso(today + rng.int(-10, 30))}`] : []),
    `status: ${rng.pick(STATUSES)}`,
    `time_goal: ${rng.pick(GOALS)}`,
    `account_id: ACC-${rng.int(10000, 99999)}   # ${YAML_KEY_ORDER_NOTE}`,
    '---',
  ];
  const body = [
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
    '## Contact log',
    '',
  ];
  entryDays.forEach((day, k) => {
    const minutes = rng.pick([15, 30, 45, 60, 90, 120]);
    const duration = minutes >= 60 ? `${Math.floor(minutes / 60)}h${minutes % 60 ? `${minutes % 60}m` : ''}` : `${minutes}m`;
    body.push(`### ${iso(day)} ${rng.pick(['Quarterly review', 'Coffee', 'Steering committee', 'Incident follow-up', 'Roadmap walk-through', 'Lunch'])} (${duration})`);
    body.push(paragraph(rng, 50));
    if (k % 2 === 0) body.push(`Closeness: ${rng.int(1, 5)}`);
    if (k % 3 === 0) body.push(`#habit/${rng.pick(['understand', 'vulnerability', 'time'])} ${sentence(rng, 8)}`);
    body.push('');
  });
  return `${fm.join('\n')}\n${body.join('\n')}`;
}

function otherNote(rng: Prng, i: number, today: number): string {
  const lines = [`# Note ${i}`, '', `Written ${iso(today - rng.int(0, 700))}.`, '', paragraph(rng, rng.int(40, 300))];
  // Some carry front matter too: a matcher must not take them for customers.
  return rng.chance(0.3) ? `---\ntitle: Note ${i}\ntags: [misc]\n---\n${lines.join('\n')}\n` : `${lines.join('\n')}\n`;
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
