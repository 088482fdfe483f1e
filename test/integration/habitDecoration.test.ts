// Reflection coverage in the tree: a customer whose habits have gone quiet carries a subtle badge with
// the habits named in its tooltip; reflecting on every habit recently removes it.
import * as assert from 'node:assert/strict';
import { api, day, removeNote, waitFor, writeNote } from './helpers';

const NOTE = 'customers/habits/quiet.md';

describe('stale habit decoration', () => {
  after(() => removeNote(NOTE));

  it('marks quiet habits and clears once each habit was reflected on lately', async () => {
    const rapport = await api();
    const quiet = `---\nname: Quiet Habits Co\n---\n### Reflection: Mutual vulnerability (${day(-200)})\n#habit/vulnerability\n`;
    const uri = await writeNote(NOTE, quiet);
    const decoration = rapport.habitDecoration(uri);
    assert.equal(decoration?.badge, '◌');
    assert.match(decoration?.tooltip ?? '', /understand deeply, mutual vulnerability, invest time/);

    const fresh = ['understand', 'vulnerability', 'time'].map((h) => `### Reflection: ${h} (${day(-1)})\n#habit/${h}\nWhat I learned, in my words.\n`).join('\n');
    await writeNote(NOTE, `---\nname: Quiet Habits Co\n---\n${fresh}`);
    await waitFor(() => rapport.habitDecoration(uri) === undefined, 'the mark to clear');
  });
});
