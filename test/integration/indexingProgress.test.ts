// While Rapport reads the notes the status bar says it is indexing, never a partial count, and the
// Customers view shows progress. The first scan at start-up and Refresh run the same rescan; here Refresh
// is run and the extension's state is sampled on every turn of the event loop until it is done.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api } from './helpers';

const INDEXING = '$(sync~spin) Rapport: indexing…';

describe('progress while indexing', () => {
  it('says indexing while the customers are read, the counts once they are in, and shows progress in the view until the mentions are in', async () => {
    const rapport = await api();
    await rapport.idle();
    const normal = rapport.statusBar()?.text ?? '';
    assert.match(normal, /^\$\((organization|person)\) /, 'the status bar shows the counts before the rescan');
    assert.equal(rapport.busy().viewProgress, false);

    const states: string[] = [];
    const sample = () => {
      const text = rapport.statusBar()?.text;
      const state = `${text === normal ? 'counts' : text} · ${rapport.busy().viewProgress ? 'progress' : 'no progress'}`;
      if (states.at(-1) !== state) states.push(state);
    };
    let done = false;
    const refreshed = Promise.resolve(vscode.commands.executeCommand('rapport.refresh')).finally(() => (done = true));
    for (sample(); !done; sample()) await new Promise((r) => setImmediate(r));
    await refreshed;
    sample();

    // Whether the command had started by the first sample is VS Code's business; what it showed then is not.
    while (states[0] === 'counts · no progress' && states.length > 1) states.shift();
    assert.deepEqual(states, [`${INDEXING} · progress`, 'counts · progress', 'counts · no progress']);
  });

  it('explains in the tooltip why there is no count yet', async () => {
    const rapport = await api();
    await rapport.idle();
    const rescan = rapport.refresh();
    const shown = rapport.statusBar();
    await rescan;
    assert.equal(shown?.text, INDEXING);
    assert.equal(shown?.warning, false);
    assert.match(shown?.tooltip ?? '', /reading the customer notes/);
    assert.notEqual(rapport.statusBar()?.text, INDEXING);
  });
});
