// Typing in a 2 MB customer note: what Rapport does on each keystroke (completion and hover on the front
// matter, which is all the editor hands them: src/vscode/editorHelp/frontMatterText.ts reads the first
// lines only) and what it does once the leader pauses (the index reads the note again, for its figures
// and for its links), each against one pass over the note's characters, measured in the same run.
import { completionAt } from '../src/core/editorHelp/completionAt';
import { hoverAt } from '../src/core/editorHelp/hoverAt';
import { findFrontMatter } from '../src/core/frontMatter/block';
import { parseNoteLinks } from '../src/core/mentions/noteLinks';
import { parseCustomerNote } from '../src/core/reading/customerNote';
import type { LocalDate } from '../src/core/model';

export interface TypingResult {
  readonly noteMB: number;
  /** One pass over the note's characters, counting line breaks. */
  readonly floorMs: number;
  /** Completion and hover at a value of the front matter, per keystroke. */
  readonly keystrokeMs: number;
  /** The note read again after a pause: its figures and its links. */
  readonly rereadMs: number;
}

const NOTE_BYTES = 2 * 1024 * 1024;

function bigNote(): string {
  const head = ['---', 'name: Big Account', 'owner: Dana (infrastructure)', 'segment: Operations', 'tags: [erp, strategic]', 'cadence: 2w', 'last_contacted: 2026-11-20', 'status: active', '---', '# Big Account', '', '## Contact log', ''];
  const parts = [head.join('\n')];
  let size = parts[0].length;
  for (let i = 0; size < NOTE_BYTES; i++) {
    const day = String(1 + (i % 28)).padStart(2, '0');
    const entry = `### 2026-${String(1 + (i % 11)).padStart(2, '0')}-${day} Call ${i} (30m)\nWhat they care about now, and what we promised: [[acme-logistics]] to send the roadmap.\n- [ ] send the slides (due 2026-12-05)\n\n`;
    parts.push(entry);
    size += entry.length;
  }
  return parts.join('');
}

function onePass(text: string): number {
  let lines = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lines++;
  return lines;
}

export function benchTyping(runs: number, today: LocalDate, median: (xs: number[]) => number): TypingResult {
  const text = bigNote();
  const fence = findFrontMatter(text);
  if (fence.kind !== 'block') throw new Error('the generated note has no front matter');
  // What the editor hands the providers: the lines up to the closing fence.
  const frontMatter = text.slice(0, fence.blockEnd);
  const statusValue = frontMatter.indexOf('status: ') + 'status: '.length;
  const noOthers = () => ({ others: [], peopleOf: () => 0, accountTarget: () => undefined });
  const time = (work: () => unknown, repeat = 1) => {
    const times: number[] = [];
    for (let r = 0; r < runs; r++) {
      const start = performance.now();
      for (let i = 0; i < repeat; i++) work();
      times.push((performance.now() - start) / repeat);
    }
    return median(times);
  };
  let sink = 0;
  const floorMs = time(() => (sink += onePass(text)));
  const keystrokeMs = time(() => {
    sink += completionAt(frontMatter, statusValue, today, noOthers) ? 1 : 0;
    sink += hoverAt(frontMatter, statusValue, today) ? 1 : 0;
  }, 50);
  const rereadMs = time(() => {
    sink += parseCustomerNote('file:///bench/customers/big.md', 'big.md', text, { defaultCadenceDays: 14 }).entries.length;
    sink += parseNoteLinks('file:///bench/customers/big.md', text).links.length;
  });
  if (sink === 0) throw new Error('nothing was computed');
  return { noteMB: text.length / 1024 / 1024, floorMs, keystrokeMs, rereadMs };
}
