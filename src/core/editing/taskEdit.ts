// "Mark Promise Kept" as a text edit: only the character inside a task item's brackets changes.
import { taskOf } from '../reading/markdownLines';
import { refusalAt, replacing, type EditResult } from './editResult';

/** Ticks or clears the task checkbox on zero-based `line` (`- [ ] ...`, `* [x] ...`, `+ [X] ...`, any indentation). */
export function setTaskChecked(text: string, line: number, checked: boolean): EditResult {
  let start = 0;
  for (let i = 0; i < line; i++) {
    const lf = text.indexOf('\n', start);
    if (lf === -1) return refusalAt(text, text.length, { id: 'no-such-line', lineNumber: line + 1 });
    start = lf + 1;
  }
  if (!Number.isInteger(line) || line < 0) return refusalAt(text, 0, { id: 'no-such-line', lineNumber: line + 1 });
  const lf = text.indexOf('\n', start);
  const raw = text.slice(start, lf === -1 ? text.length : lf);
  // The line as the reader sees it (without its `\r`): only a line it lists as a promise is ticked.
  const task = taskOf(raw.endsWith('\r') ? raw.slice(0, -1) : raw);
  if (!task) return refusalAt(text, start, { id: 'not-a-task-line', lineNumber: line + 1 });
  const box = start + task.markOffset;
  const mark = checked ? (task.mark === ' ' ? 'x' : task.mark) : ' ';
  return replacing(box, box + 1, mark);
}
