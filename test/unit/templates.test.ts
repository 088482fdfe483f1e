import * as assert from 'node:assert/strict';
import * as jsYaml from 'js-yaml';
import * as YAML from 'yaml';
import { BUILTIN_TEMPLATES } from '../../src/core/templates/builtinTemplates';
import { newCustomerNoteText, snippetToPlainText } from '../../src/core/templates/newCustomerNote';
import { yamlString } from '../../src/core/frontMatter/scalar';
import { parseCustomerNote } from '../../src/core/reading/customerNote';
import { withoutPlaceholderData } from '../../src/core/templates/snippetText';
import { type ReflectionTemplate } from '../../src/core/model';

const byId = (id: string): ReflectionTemplate => {
  const t = BUILTIN_TEMPLATES.find((x) => x.id === id);
  assert.ok(t, `built-in template "${id}" exists`);
  return t;
};
const linesOf = (t: ReflectionTemplate) => t.body.split('\n');
const render = (t: ReflectionTemplate) => snippetToPlainText(t.body, { date: '2026-11-29', customer: 'Acme Logistics' });

// The parser's view of a rendered note line.
const CONTACT_HEADING = /^#{2,4}\s+\d{4}-\d{2}-\d{2}\b/;
const HABIT_LINE = /^#habit\/(understand|vulnerability|time)$/;

/**
 * Every `$` in a snippet body must be a tab stop (`$1`, `${1}`, `${1:text}`, `$0`), one of the two
 * variables Rapport substitutes (`${date}`, `${customer}`), or escaped as `\$`. Returns the offenders.
 */
function unescapedDollars(body: string): string[] {
  const bad: string[] = [];
  let open = 0;
  for (let i = 0; i < body.length; i++) {
    const rest = body.slice(i);
    if (body[i] === '\\') {
      if (!'$}\\'.includes(body[i + 1] ?? '')) bad.push(`stray backslash at ${i}`);
      i += 1;
      continue;
    }
    if (body[i] === '}' && open > 0) {
      open -= 1;
      continue;
    }
    if (body[i] !== '$') continue;
    let m: RegExpExecArray | null;
    if ((m = /^\$\d+/.exec(rest)) || (m = /^\$\{\d+\}/.exec(rest)) || (m = /^\$\{(?:date|customer)\}/.exec(rest))) {
      i += m[0].length - 1;
    } else if ((m = /^\$\{\d+:/.exec(rest))) {
      open += 1;
      i += m[0].length - 1;
    } else {
      bad.push(rest.slice(0, 20));
    }
  }
  if (open !== 0) bad.push(`${open} unclosed placeholder(s)`);
  return bad;
}

describe('built-in reflection templates', () => {
  it('are the five built-in ones, with unique ids and no words of their own (the view words them)', () => {
    assert.deepEqual(
      BUILTIN_TEMPLATES.map((t) => t.id),
      ['meeting-reflection', 'opportunities-and-risks', 'mutual-vulnerability', 'time-investment', 'customer-profile'],
    );
    for (const t of BUILTIN_TEMPLATES) assert.deepEqual([t.label, t.description], [undefined, undefined], t.id);
  });

  it('carry the habit each one practises', () => {
    assert.equal(byId('meeting-reflection').habit, 'time');
    assert.equal(byId('opportunities-and-risks').habit, 'understand');
    assert.equal(byId('mutual-vulnerability').habit, 'vulnerability');
    assert.equal(byId('time-investment').habit, 'time');
    assert.equal(byId('customer-profile').habit, 'understand');
  });

  it('tag their entry with exactly one habit line, the template\'s own', () => {
    for (const t of BUILTIN_TEMPLATES) {
      const tags = linesOf(t).filter((l) => l.startsWith('#habit/'));
      assert.deepEqual(tags, [`#habit/${t.habit}`], t.id);
      assert.match(tags[0], HABIT_LINE);
    }
  });

  it('Meeting reflection is a dated contact-log entry with a blank duration, #habit/time and a closeness line', () => {
    const [heading, tag, ...rest] = linesOf(byId('meeting-reflection'));
    assert.equal(heading, '### ${date} ${1:Meeting title} (${2:0m})');
    assert.equal(tag, '#habit/time');
    assert.ok(rest.some((l) => /^Closeness: \$\{\d+:1-5\}$/.test(l)), 'has "Closeness: ${n:1-5}"');
    const rendered = render(byId('meeting-reflection')).split('\n');
    assert.equal(rendered[0], '### 2026-11-29 Meeting title (0m)');
    assert.match(rendered[0], CONTACT_HEADING);
    assert.ok(rendered.includes('Closeness: 1-5'));
  });

  it('Meeting reflection asks "What did I promise?" with an empty commitment task line', () => {
    const body = byId('meeting-reflection').body;
    assert.match(body, /What did I promise\?/);
    assert.match(body, /^- \[ \] \$\d+ \(due \$\{\d+:YYYY-MM-DD\}\)$/m);
  });

  it('every other reflection starts with an undated "### Reflection: <Topic> (${date})" heading', () => {
    const topics: Record<string, string> = {
      'opportunities-and-risks': 'Opportunities and risks',
      'mutual-vulnerability': 'Mutual vulnerability',
      'time-investment': 'Time investment',
    };
    for (const [id, topic] of Object.entries(topics)) {
      const t = byId(id);
      const [heading, tag] = linesOf(t);
      assert.equal(heading, `### Reflection: ${topic} (\${date})`);
      assert.equal(tag, `#habit/${t.habit}`);
      // Rendered, no line of it may look like a contact.
      for (const line of render(t).split('\n')) assert.doesNotMatch(line, CONTACT_HEADING, `${id}: ${line}`);
    }
  });

  it('Opportunities and risks asks what is emerging and registers dated items', () => {
    const body = byId('opportunities-and-risks').body;
    assert.match(body, /emerging in their business that they may not see yet/);
    assert.match(body, /^- Opportunity: \$\d+ \(noted \$\{date\}\)$/m);
    assert.match(body, /^- Risk: \$\d+ \(noted \$\{date\}\)$/m);
    const rendered = render(byId('opportunities-and-risks'));
    assert.match(rendered, /^- Opportunity:  \(noted 2026-11-29\)$/m);
    assert.match(rendered, /^- Risk:  \(noted 2026-11-29\)$/m);
  });

  it('Mutual vulnerability asks about control, their decision, my rules and breaking them', () => {
    const body = byId('mutual-vulnerability').body;
    assert.match(body, /control that I could give up/);
    assert.match(body, /decision should truly be theirs/);
    assert.match(body, /against my own standards or policies/);
    assert.match(body, /break my own rule for them/);
  });

  it('Time investment weighs time with them against time inside IT', () => {
    const body = byId('time-investment').body;
    assert.match(body, /inside IT/);
    assert.match(body, /could only learn there/);
  });

  it('Customer profile is the note skeleton: # name, #habit/understand, the sections of a customer profile', () => {
    const t = byId('customer-profile');
    const lines = linesOf(t);
    assert.equal(lines[0], '# ${customer}');
    assert.equal(lines[1], '#habit/understand');
    assert.deepEqual(
      lines.filter((l) => l.startsWith('## ')),
      ['## Business and goals', '## Challenges', '## People and aspirations', '## Opportunities and risks', '## Contact log'],
    );
    // Guidance lives in comments, and no comment line looks like a contact, task or register item.
    for (const line of render(t).split('\n')) {
      assert.doesNotMatch(line, CONTACT_HEADING);
      assert.doesNotMatch(line, /^\s*- (\[[ x]\]|Opportunity:|Risk:)/);
    }
  });

  it('use no "$" other than tab stops, ${date} and ${customer}', () => {
    for (const t of BUILTIN_TEMPLATES) assert.deepEqual(unescapedDollars(t.body), [], t.id);
    // The checker itself catches what it should.
    assert.deepEqual(unescapedDollars('costs \\$5 ${1:a} $2 ${date} ${customer} $0'), []);
    assert.equal(unescapedDollars('costs $5k').length, 0); // `$5` is a tab stop, which is why "\$" is needed
    assert.equal(unescapedDollars('${TM_FILENAME}').length, 1);
    assert.equal(unescapedDollars('price in $').length, 1);
    assert.equal(unescapedDollars('${1:open').length, 1);
  });

  it('end with a final tab stop and contain only distinct, consecutive tab-stop numbers', () => {
    for (const t of BUILTIN_TEMPLATES) {
      assert.match(t.body, /\$0$/, t.id);
      const numbers = [...t.body.matchAll(/\$\{?(\d+)/g)].map((m) => Number(m[1])).filter((n) => n > 0);
      assert.deepEqual(numbers, numbers.map((_, k) => k + 1), `${t.id}: tab stops in document order`);
    }
  });
});

describe('a template is not data', () => {
  const SETTINGS = { defaultCadenceDays: 14 };
  const FRONT = '---\nname: Acme Logistics\nlast_contacted: 2026-11-01\n---\n# Acme Logistics\n\n## Contact log\n\n';
  /** A customer note with `body` inserted and left as the template wrote it (every tab stop passed). */
  const inserted = (body: string) => parseCustomerNote('file:///ws/customers/acme.md', 'acme.md', FRONT + snippetToPlainText(withoutPlaceholderData(body), { date: '2026-11-29', customer: 'Acme Logistics' }) + '\n', SETTINGS);

  for (const t of BUILTIN_TEMPLATES.filter((x) => x.id !== 'customer-profile')) {
    it(`${t.id}, inserted untouched, counts no time, closeness, promise, opportunity, risk or habit`, () => {
      const n = inserted(t.body);
      assert.deepEqual(n.entries.map((e) => e.minutes ?? 0), t.id === 'meeting-reflection' ? [0] : []);
      assert.deepEqual(n.closeness, []);
      assert.deepEqual(n.commitments, []);
      assert.deepEqual(n.register, []);
      assert.deepEqual(n.habits, []);
    });
  }

  it('counts the Meeting reflection\'s dated heading as the contact, and nothing else', () => {
    const n = inserted(byId('meeting-reflection').body);
    assert.deepEqual(n.entries.map((e) => [e.date, e.title]), [[{ year: 2026, month: 11, day: 29 }, 'Meeting title']]);
  });

  it('a fresh profile (what New Customer writes) has not practised "understand" yet', () => {
    const n = parseCustomerNote('file:///ws/customers/acme.md', 'acme.md', newCustomerNoteText('Acme Logistics', '2026-11-29'), SETTINGS);
    assert.deepEqual(n.habits, []);
    assert.deepEqual(n.commitments, []);
    assert.deepEqual(n.register, []);
    assert.deepEqual(n.entries, []);
  });

  it('counts what the leader writes: an answer, a promise, a risk, a duration and a closeness', () => {
    const filled = (body: string) => body
      .replace('${2:0m}', '1h').replace('${3:1-5}', '4').replace('$4', 'They want the ERP cut-over moved.')
      .replace('- [ ] $8', '- [ ] send the plan').replace('${9:YYYY-MM-DD}', '2026-12-05');
    const meeting = inserted(filled(byId('meeting-reflection').body));
    assert.deepEqual(meeting.entries.map((e) => e.minutes), [60]);
    assert.deepEqual(meeting.closeness.map((c) => c.value), [4]);
    assert.deepEqual(meeting.commitments.map((c) => [c.text, c.due]), [['send the plan', { year: 2026, month: 12, day: 5 }]]);
    assert.deepEqual(meeting.habits.map((h) => h.habit), ['time']);
    const risks = inserted(byId('opportunities-and-risks').body.replace('- Risk: $7', '- Risk: the sponsor moves on'));
    assert.deepEqual(risks.register.map((r) => [r.kind, r.text]), [['risk', 'the sponsor moves on']]);
    assert.deepEqual(risks.habits.map((h) => h.habit), ['understand'], 'a risk the leader wrote is a reflection written');
    const answered = inserted(byId('mutual-vulnerability').body.replace('$2', 'The choice of CPQ is theirs.'));
    assert.deepEqual(answered.habits.map((h) => h.habit), ['vulnerability']);
  });

  it('empties a workspace template\'s placeholders on promise, register and closeness lines, and its duration', () => {
    const workspace = [
      '### ${date} ${1:Steering} (${2:45m})', 'Closeness: ${3:3}', '#habit/understand',
      '**Whom do I call before the meeting?**', '- [ ] ${4:call the sponsor} (due ${5:YYYY-MM-DD})',
      '- Risk: ${6:the budget} (noted ${date})', 'Keep ${7:this} text', '$0',
    ].join('\n');
    assert.equal(withoutPlaceholderData(workspace), [
      '### ${date} ${1:Steering} (${2:0m})', 'Closeness: ${3:1-5}', '#habit/understand',
      '**Whom do I call before the meeting?**', '- [ ] ${4} (due ${5:YYYY-MM-DD})',
      '- Risk: ${6} (noted ${date})', 'Keep ${7:this} text', '$0',
    ].join('\n'));
    const n = inserted(workspace.replace('Keep ${7:this} text', ''));
    assert.deepEqual([n.entries[0].minutes, n.closeness, n.commitments, n.register, n.habits], [undefined, [], [], [], []]);
  });
});

describe('snippetToPlainText', () => {
  it('drops tab stops, keeps placeholders and choices, substitutes variables and unescapes', () => {
    assert.equal(
      snippetToPlainText('a $1 ${2} ${3:x} ${4|p,q|} \\$5 \\} \\\\ ${date} ${customer} ${other} $0', { date: 'D', customer: 'C$1' }),
      'a   x p $5 } \\ D C$1 other ',
    );
  });
});

describe('newCustomerNoteText', () => {
  const TRICKY = [
    'Acme Logistics',
    'Müller & Söhne GmbH',
    "O'Brien Freight",
    '"Quoted" Corp',
    'Back\\slash \\" mix',
    'Sales: EMEA',
    '#1 Customer',
    'Plant # 3',
    '- Leading dash',
    '-',
    '🚚 Fleet Ops 🚀',
    '家具 物流',
    'yes', 'No', 'on', 'null', 'Null', '~', 'true',
    '2026-11-29', '123', '0x1F', '1e3', '.inf', '1_000',
    '  padded  ', 'trailing ',
    '[flow, list]', '{a: b}', '*alias', '&anchor', '!tag', '!!js/function', '%YAML', '@at', '`tick`', '|', '>', '?', ':',
    '---', '...', 'a\n---\nb', 'multi\nline', 'tab\there', 'cr\r\nlf', '\u2028sep', '\u0007bell', '\ufeffbom',
    "it's a 'quote'", 'comma, then', 'x: y # z',
  ];

  const frontMatterOf = (text: string) => {
    assert.ok(text.startsWith('---\n'), 'opens with a fence');
    const end = text.indexOf('\n---\n', 4);
    assert.ok(end > 0, 'closes with a fence');
    return { yaml: text.slice(4, end + 1), body: text.slice(end + 5) };
  };

  for (const name of TRICKY) {
    it(`parses as YAML and yields the name exactly: ${JSON.stringify(name)}`, () => {
      const { yaml, body } = frontMatterOf(newCustomerNoteText(name, '2026-11-29'));
      const core = jsYaml.safeLoad(yaml, { schema: jsYaml.CORE_SCHEMA }) as Record<string, unknown>;
      const full = jsYaml.safeLoad(yaml) as Record<string, unknown>;
      const doc = YAML.parseDocument(yaml);
      assert.deepEqual(doc.errors, []);
      const v2 = doc.toJS() as Record<string, unknown>;
      const v11 = YAML.parse(yaml, { version: '1.1' }) as Record<string, unknown>;
      for (const data of [core, full, v2, v11]) {
        assert.equal(data.name, name);
        assert.equal(data.organization, '');
        assert.equal(data.owner, '');
        assert.equal(data.segment, '');
        assert.deepEqual(data.tags, []);
        assert.equal(data.cadence, '2w');
        assert.equal(data.status, 'active');
        assert.equal('last_contacted' in data, false);
      }
      const heading = body.split('\n')[0];
      assert.match(heading, /^# \S/);
      assert.doesNotMatch(heading, /[\n\t]/);
    });
  }

  it('has the profile body with the name, the habit tag, the date and no contact yet', () => {
    const text = newCustomerNoteText('Acme Logistics', '2026-11-29');
    const { body } = frontMatterOf(text);
    const lines = body.split('\n');
    assert.equal(lines[0], '# Acme Logistics');
    assert.equal(lines[1], '#habit/understand');
    assert.match(body, /2026-11-29/);
    assert.match(body, /^## Contact log$/m);
    assert.doesNotMatch(body, /\$/);
    assert.equal(lines.filter((l) => CONTACT_HEADING.test(l)).length, 0);
    assert.ok(text.endsWith('\n') && !text.endsWith('\n\n'));
    assert.doesNotMatch(text, /\n\n\n/);
  });

  it('writes a plain name plainly and quotes only when needed', () => {
    assert.equal(yamlString('Acme Logistics'), 'Acme Logistics');
    assert.equal(yamlString("O'Brien Freight"), "O'Brien Freight");
    assert.equal(yamlString('yes'), '"yes"');
    assert.equal(yamlString('Sales: EMEA'), '"Sales: EMEA"');
    assert.equal(yamlString('a "b" \\c'), '"a \\"b\\" \\\\c"');
    assert.equal(yamlString(''), '""');
  });
});
