import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import matter = require('gray-matter');
import { readFrontMatter, type FrontMatter, type FrontMatterResult } from '../../src/core/frontMatter/read';
import { KeyLines } from '../../src/core/frontMatter/keyPlace';
import { yamlReason } from './helpers';

/** The line the reader places a key's problem at. */
const keyLine = (fm: FrontMatter, key: string) => new KeyLines(fm.yaml, fm.yamlLine).lineOf(key);

type G = typeof globalThis & { __rapportPwned?: unknown };
const g = globalThis as G;

function problemOf(result: FrontMatterResult) {
  assert.equal(result.ok, false, 'expected an error result');
  return (result as Extract<FrontMatterResult, { ok: false }>).problem;
}
function valueOf(result: FrontMatterResult) {
  if (!result.ok) assert.fail(`expected front matter, got: ${JSON.stringify(result.problem.message)}`);
  return result.value;
}

describe('frontMatterRead', () => {
  describe('reading YAML', () => {
    it('reads a mapping and says where the body and the YAML start', () => {
      const text = '---\nname: Acme Logistics\ncadence: 2w\ntags: [erp, strategic]\n---\n# Acme\n';
      const fm = valueOf(readFrontMatter(text));
      assert.deepEqual(fm.data, { name: 'Acme Logistics', cadence: '2w', tags: ['erp', 'strategic'] });
      assert.equal(fm.bodyStart, text.indexOf('# Acme'));
      assert.equal(fm.yamlLine, 1);
      assert.equal(fm.yaml, 'name: Acme Logistics\ncadence: 2w\ntags: [erp, strategic]\n');
    });

    it('reads a note without front matter as empty data', () => {
      assert.deepEqual(valueOf(readFrontMatter('# Acme\n\ntext\n')), { data: {}, bodyStart: 0, yamlLine: 0, yaml: '' });
      assert.deepEqual(valueOf(readFrontMatter('')), { data: {}, bodyStart: 0, yamlLine: 0, yaml: '' });
      assert.deepEqual(valueOf(readFrontMatter('\ufeff# Acme\n')).bodyStart, 1);
      // A Markdown rule is not a fence.
      assert.deepEqual(valueOf(readFrontMatter('----\nname: x\n----\n')).data, {});
    });

    it('reads an empty block and a block of comments as empty data', () => {
      assert.deepEqual(valueOf(readFrontMatter('---\n---\n# T\n')).data, {});
      assert.deepEqual(valueOf(readFrontMatter('---\n# just a comment\n---\n')).data, {});
    });

    it('accepts the yaml and yml fence languages', () => {
      assert.deepEqual(valueOf(readFrontMatter('---yaml\nname: A\n---\n')).data, { name: 'A' });
      assert.deepEqual(valueOf(readFrontMatter('--- yml\nname: A\n---\n')).data, { name: 'A' });
    });

    it('reads a BOM and CRLF note', () => {
      const text = '\ufeff---\r\nname: Acme\r\nowner: Dana\r\n---\r\n# Acme\r\n';
      const fm = valueOf(readFrontMatter(text));
      assert.deepEqual(fm.data, { name: 'Acme', owner: 'Dana' });
      assert.equal(fm.bodyStart, text.indexOf('# Acme'));
      assert.equal(fm.yamlLine, 1);
    });

    it('keeps dates and date-times as text (no timestamp conversion)', () => {
      const fm = valueOf(readFrontMatter('---\nlast_contacted: 2026-11-20\nnext_contact: 2026-12-01T09:30:00+01:00\nspaced: 2026-11-20 10:00:00\n---\n'));
      assert.deepEqual(fm.data, { last_contacted: '2026-11-20', next_contact: '2026-12-01T09:30:00+01:00', spaced: '2026-11-20 10:00:00' });
    });

    it('places keys at their line in the whole file', () => {
      const text = '\ufeff---\r\nname: A\r\n# comment\r\ncadence: 0\r\n"status": odd\r\n---\r\n';
      const fm = valueOf(readFrontMatter(text));
      assert.equal(keyLine(fm, 'name'), 1);
      assert.equal(keyLine(fm, 'cadence'), 3);
      assert.equal(keyLine(fm, 'status'), 4);
      assert.equal(keyLine(fm, 'missing'), 1);
    });

    it('places keys where the YAML puts them, not where a line starts with them', () => {
      const fm = valueOf(readFrontMatter('---\n  name: A\n  cadence : 0\n  notes: |\n    status: not a key\n  status: odd\n---\n'));
      assert.equal(keyLine(fm, 'name'), 1);
      assert.equal(keyLine(fm, 'cadence'), 2);
      assert.equal(keyLine(fm, 'status'), 5);
      const flow = valueOf(readFrontMatter('---\n{name: A,\n cadence: 0}\n---\n'));
      assert.equal(keyLine(flow, 'cadence'), 2);
    });
  });

  describe('errors', () => {
    it('reports a YAML syntax error at its zero-based line in the whole file', () => {
      const p = problemOf(readFrontMatter('---\nname: a\nb: c\nbad: x: y\n---\n# Body\n'));
      assert.equal(p.line, 3);
      assert.equal(p.column, 6);
      assert.equal(p.severity, 'error');
      assert.doesNotMatch(yamlReason(p.message), /\(/); // the line is where the problem is shown, not in its words
    });

    it('reports the same line with a BOM and CRLF', () => {
      const p = problemOf(readFrontMatter('\ufeff---\r\nname: a\r\nb: c\r\nbad: x: y\r\n---\r\n'));
      assert.equal(p.line, 3);
      assert.equal(p.column, 6);
    });

    it('reports an error on the first YAML line at line 1', () => {
      const p = problemOf(readFrontMatter('---\nbad: x: y\nname: a\n---\n'));
      assert.equal(p.line, 1);
      assert.doesNotMatch(yamlReason(p.message), /\(line \d+\)/);
    });

    it('reports an unclosed flow list at the closing fence line', () => {
      const p = problemOf(readFrontMatter('---\nname: a\ntags: [a, b\n---\n'));
      assert.equal(p.line, 3);
    });

    it('refuses duplicate keys, at the second one', () => {
      const p = problemOf(readFrontMatter('---\nname: a\nowner: b\nname: c\n---\n'));
      assert.deepEqual(p.message, { id: 'yaml-invalid', reason: 'duplicated mapping key' });
      assert.equal(p.line, 3);
    });

    it('places a duplicate key whose value spans lines at its line, never at a negative column', () => {
      const p = problemOf(readFrontMatter('---\r\nname: a\r\nowner: b\r\nname: |\r\n  two\r\n  lines\r\nstatus: x\r\n---\r\n'));
      assert.deepEqual([p.line, p.column], [3, 0]);
    });

    it('refuses a block without a closing fence', () => {
      for (const text of ['---\nname: a\n', '---\nname: a\n# Body\n', '---', '---\n']) {
        assert.deepEqual(problemOf(readFrontMatter(text)), { message: { id: 'front-matter-unclosed' }, line: 0, column: 0, severity: 'error', code: 'unreadable' }, JSON.stringify(text));
      }
    });

    it('refuses a top level that is not a mapping', () => {
      for (const yaml of ['- a\n- b', 'just text', '42', '"quoted"']) {
        const p = problemOf(readFrontMatter(`---\n${yaml}\n---\n`));
        assert.deepEqual(p.message, { id: 'front-matter-not-a-mapping' }, yaml);
        assert.equal(p.line, 1);
      }
    });
  });

  describe('no code ever runs', () => {
    let traceFile: string;
    beforeEach(() => {
      delete g.__rapportPwned;
      traceFile = path.join(os.tmpdir(), `rapport-pwned-${process.pid}-${Date.now()}.txt`);
    });
    afterEach(() => {
      delete g.__rapportPwned;
      fs.rmSync(traceFile, { force: true });
    });

    const globalPayload = '{ name: (globalThis.__rapportPwned = true) ? "pwned" : "x" }';
    const fsPayload = () => `{ name: require('fs').writeFileSync(${JSON.stringify(traceFile)}, 'pwned') || 'pwned' }`;
    const assertNoTrace = () => {
      assert.equal(g.__rapportPwned, undefined, 'globalThis.__rapportPwned was set: code ran');
      assert.equal(fs.existsSync(traceFile), false, `${traceFile} was written: code ran`);
    };

    it('control: these payloads do run under gray-matter defaults', () => {
      matter(`---js\n${globalPayload}\n---\n`, {});
      assert.equal(g.__rapportPwned, true);
      matter(`---javascript\n${fsPayload()}\n---\n`, {});
      assert.equal(fs.existsSync(traceFile), true);
    });

    for (const fence of ['---js', '---javascript', '--- js', '---JS', '---  javascript  ', '---coffee', '---coffeescript', '---json', '---cson', '---toml', '---python']) {
      it(`refuses "${fence}" front matter without running it`, () => {
        for (const payload of [globalPayload, fsPayload()]) {
          for (const eol of ['\n', '\r\n']) {
            const p = problemOf(readFrontMatter(`${fence}${eol}${payload}${eol}---${eol}# Body${eol}`));
            const language = fence.slice(3).trim().toLowerCase();
            assert.deepEqual(p.message, { id: 'front-matter-not-yaml', language });
            assert.equal(p.line, 0);
            assert.equal(p.severity, 'error');
          }
        }
        assertNoTrace();
      });
    }

    it('refuses an unclosed js block without running it', () => {
      const p = problemOf(readFrontMatter(`---js\n${globalPayload}\n`));
      assert.deepEqual(p.message, { id: 'front-matter-not-yaml', language: 'js' });
      assertNoTrace();
    });

    it('refuses a js block behind a BOM without running it', () => {
      problemOf(readFrontMatter(`\ufeff---js\n${globalPayload}\n---\n`));
      assertNoTrace();
    });

    const fnBody = () => `function () { globalThis.__rapportPwned = true; require('fs').writeFileSync(${JSON.stringify(traceFile)}, 'x'); return 'pwned'; }`;
    // [tag, note, zero-based line js-yaml reports: the end of the tagged node]
    const taggedNotes: [string, () => string, number][] = [
      ['!!js/function', () => `---\nname: !!js/function >\n  ${fnBody()}\ntoString: !!js/function "${fnBody()}"\n---\n`, 3],
      ['!!js/undefined', () => `---\nname: a\nowner: !!js/undefined ''\n---\n`, 2],
      ['!!js/regexp', () => `---\nname: !!js/regexp /pwned/g\n---\n`, 1],
      ['!<tag:yaml.org,2002:js/function>', () => `---\nname: a\nvalueOf: !<tag:yaml.org,2002:js/function> "${fnBody()}"\n---\n`, 2],
      ['!!python/object', () => `---\nname: !!python/object:os.system ['touch /tmp/x']\n---\n`, 1],
    ];
    for (const [tag, make, line] of taggedNotes) {
      it(`refuses the YAML tag ${tag} without running anything`, () => {
        const result = readFrontMatter(make());
        const p = problemOf(result);
        assert.match(yamlReason(p.message), /^unknown tag/);
        assert.equal(p.line, line);
        // Even stringifying whatever came back would not run a payload.
        String((result as { value?: unknown }).value);
        assertNoTrace();
      });
    }

    it('reads a js fence further down the body as plain text', () => {
      const fm = valueOf(readFrontMatter(`---\nname: a\n---\n\n---js\n${globalPayload}\n---\n`));
      assert.deepEqual(fm.data, { name: 'a' });
      assertNoTrace();
    });
  });

  describe('bounded work', () => {
    it('returns quickly on alias expansion (billion laughs)', () => {
      const yaml = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
      const names = 'abcdefghij';
      for (let i = 1; i < names.length; i++) {
        const prev = names[i - 1];
        yaml.push(`${names[i]}: &${names[i]} [${Array(10).fill(`*${prev}`).join(',')}]`);
      }
      yaml.push('tags: *j');
      const started = Date.now();
      const result = readFrontMatter(`---\nname: Laughs\n${yaml.join('\n')}\n---\n`);
      assert.ok(Date.now() - started < 1000, `took ${Date.now() - started}ms`);
      if (result.ok) assert.equal(result.value.data.name, 'Laughs');
    });

    it('returns an error, not an exception, for very deep nesting', () => {
      const depth = 50_000;
      const started = Date.now();
      const result = readFrontMatter(`---\nname: ${'['.repeat(depth)}${']'.repeat(depth)}\n---\n`);
      assert.ok(Date.now() - started < 2000, `took ${Date.now() - started}ms`);
      const p = problemOf(result);
      assert.equal(p.line, 1);
      assert.deepEqual(p.message, { id: 'front-matter-too-deep' });
    });
  });
});
