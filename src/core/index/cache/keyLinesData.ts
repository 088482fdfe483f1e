// What the index cache keeps for a note whose key lines are still to be placed: the YAML and its first line.
import { LaterKeyLines } from '../../frontMatter/laterKeyLines';
import { text, tuples, whole } from './shapes';

export function keyLinesData(lines: LaterKeyLines): [yaml: string, firstLine: number] {
  return [lines.yaml, lines.firstLine];
}

export function keyLinesFrom(value: unknown): LaterKeyLines {
  const [yaml, firstLine] = tuples(value, 2, 'yaml');
  return new LaterKeyLines(text(yaml, 'yaml'), whole(firstLine, 'yaml line'));
}
