// Property test of the body pass: the pass reads most lines by their characters, and must read every
// note exactly as the patterns read it line by line (bodyState.ts's `read`, applied to every line cut out
// of `split`). Random notes from the pieces the readers look at, each line sometimes broken by a character
// that trips one of them (a lone CR, U+2028, a tab, an en dash). Set FUZZ_SEED to replay a run,
// FUZZ_CASES to run more cases.
import * as assert from 'node:assert/strict';
import { BodyState } from '../../src/core/reading/bodyState';
import { CodeFence, stripComments } from '../../src/core/reading/markdownLines';
import { parseBody } from '../../src/core/reading/noteBody';
import type { NoteBody } from '../../src/core/model';
import { prng, type Rng } from './prng';

const BASE_SEED = Number(process.env.FUZZ_SEED ?? 20261201);
const CASES = Number(process.env.FUZZ_CASES ?? 3000);
const FENCE = /^[ \t]{0,3}(```|~~~)/;

/** The body as the patterns read it: every line cut out and read by them. */
class PatternPass extends BodyState {
  run(text: string, startOffset: number, firstLine: number): NoteBody {
    const fence = new CodeFence();
    let inComment = false;
    text.slice(startOffset).split('\n').forEach((raw, i) => {
      const lineText = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
      if (fence.isCode(lineText)) {
        if (this.open.length && lineText.trim() && !FENCE.test(lineText)) this.written();
        return;
      }
      let visible = lineText;
      if (inComment || visible.includes('<!--')) {
        const stripped = stripComments(visible, inComment);
        visible = stripped.text;
        inComment = stripped.open;
      }
      this.read(visible, firstLine + i);
    });
    return this.result();
  }
}


const HEADINGS = ['#', '##', '###', '####', '#####', '######', '#######'];
const HEADING_TEXT = ['2026-11-20 Call', '2026-02-30 Impossible', '2026-11-20', 'x2026-11-20', '2026-11-201', 'Call 2026-11-20', 'Opportunities and risks', 'People and aspirations',
  'Business and goals', 'Reflection: opportunities AND RISKS (x)', '2026-11-20 Review (45m)', '2026-11-20 (1h30m)', '2026-11-20 x (1.5h)', '2026-11-20 (0m)', '2026-11-20 (90 MIN)',
  '2026-11-20 ( 20m )', '2026-11-20 (2H)', '2026-11-20 (1H30M)', '2026-11-20 (1.h)', '2026-11-20 (5 mi)', '2026-11-20 (45m) after', '2026-11-20 (a) (30m)', '2026-11-20 Trailing ##', ''];
const BULLETS = ['', '- ', '* ', '+ ', '-\t', '  - ', '-', '1. ', '** '];
const ITEMS = [
  '[ ] send it', '[ ] ', '[x] done (due 2026-12-05)', '[X] (due 2026-02-30) x', '[ ] a (due YYYY-MM-DD)', '[ ] (due 2026-01-01) (due 2026-01-02)', '[ ] b (DUE\t2026-01-01) tail',
  '[ ] c (due2026-01-01)', '[ ] d (note)', '[]', '[y] no', '[[acme]]', '[a](b)',
  'Risk: key sponsor leaves (noted 2026-06-01) (revisited 2026-09-15)', 'risk: (revisited 2026-08-01) cut (noted 2026-08-20)', 'Opportunity: shared data',
  'Opportunity:', 'Risky: no', 'RISK: t (NOTED 2026-01-01)(noted 2026-99-01)', 'Opportunity :no',
  'Closeness: 4', 'closeness:9', '**Closeness:** 2', '**Closeness**: 3', 'Closeness: 1-5', 'Closeness: 3 – 4', 'Closeness: 3,5', 'Closeness: 3.', 'CLOSENESS:\t5',
  '#habit/time', '#habit/understand what they want', 'text #habit/vulnerability', 'x#habit/time', '#habit/timely', '**A question?** _a hint_', '_italic_', '---', 'With them:',
  'plain words 2026-03-04', '',
];
const OTHER = ['```', '~~~', '````', '  ```js', '    ```', '~~~~', '<!-- hint -->', '<!--', '-->', 'a <!-- b --> c', 'prose with no marks at all', '> quoted [[acme]]'];
const BREAKERS = [' ', '\t', '\r', '\u2028', '\u2029', '\u00a0', '\u3000', '#', '*', '(', ')', ':', '[', '-', '–', '.', ',', '5', 'x', 'h', 'M', '<!--', '```'];

function randomNote(rng: Rng): string {
  let out = rng.chance(0.5) ? '### 2026-11-20 Call\n' : '';
  if (rng.chance(0.3)) out += '## Opportunities and risks\n';
  for (let n = 1 + rng.int(14); n > 0; n--) {
    let line = rng.chance(0.15)
      ? `${rng.pick(HEADINGS)}${rng.pick([' ', '\t', '', '  '])}${rng.pick(HEADING_TEXT)}`
      : rng.chance(0.15) ? rng.pick(OTHER) : `${rng.pick(BULLETS)}${rng.pick(ITEMS)}`;
    if (rng.chance(0.25)) {
      const at = rng.int(line.length + 1);
      line = line.slice(0, at) + rng.pick(BREAKERS) + line.slice(at);
    }
    out += line + rng.pick(['\n', '\n', '\r\n']);
  }
  return rng.chance(0.3) ? out.slice(0, -1) : out;
}

describe('body pass (property)', function () {
  this.timeout(60_000);

  it(`reads ${CASES} random notes as the patterns read them, line by line`, () => {
    for (let i = 0; i < CASES; i++) {
      const seed = BASE_SEED + i;
      const text = randomNote(prng(seed));
      const start = i % 3 === 0 ? Math.min(4, text.length) : 0;
      assert.deepEqual(parseBody(text, start, 7), new PatternPass().run(text, start, 7), `seed ${seed} (FUZZ_SEED=${seed} FUZZ_CASES=1): ${JSON.stringify(text)}`);
    }
  });
});
