// A leader with more customers than the tree shows at once: the Customers view lists the most urgent
// 200, then one row "N more customers · show N more"; clicking it shows the next ones. Long notes are
// written into the run's copy of the workspace, checked through the real tree, then removed again.
'use strict';
const fs = require('fs');
const path = require('path');
const paths = require('../harness/paths');
const wb = require('./workbench');

const SHOWN = 200;
const EXTRA = 210;
const FOLDER = 'customers/long-list';

function localDay(offset) {
  const d = new Date();
  d.setDate(d.getDate() + offset);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

async function checkLongList(page, run, checks, { viewName, say = console.log }) {
  const dir = path.join(run.workspace, FOLDER);
  const rows = page.locator(wb.SELECTORS.viewRows(viewName));
  const moreRow = rows.filter({ hasText: 'more customers' });
  const toBottom = async () => {
    await rows.first().click({ position: { x: 150, y: 5 } });
    await page.keyboard.press('End');
    await page.waitForTimeout(500);
  };
  const written = await checks.check(`${EXTRA} more customer notes: the tree shows ${SHOWN}, then one row for the rest`, async () => {
    fs.mkdirSync(dir, { recursive: true });
    for (let i = 0; i < EXTRA; i++) {
      const name = `Prospect ${String(i).padStart(3, '0')}`;
      fs.writeFileSync(path.join(dir, `prospect-${i}.md`), `---\nname: ${name}\ncadence: 2w\nlast_contacted: ${localDay(-30 - i)}\n---\n# ${name}\n`);
    }
    await wb.openViewContainer(page, 'Rapport');
    const deadline = Date.now() + 30000;
    while (Date.now() < deadline && (await moreRow.count()) === 0) await toBottom();
    const label = (await moreRow.first().locator(wb.SELECTORS.rowLabel).innerText()).trim();
    const description = (await moreRow.first().locator(wb.SELECTORS.rowDescription).innerText()).trim();
    const text = `${label} · ${description}`;
    say(`last row: ${JSON.stringify(text)}`);
    const m = /^(\d+) more customers · show (\d+) more$/.exec(text);
    if (!m) throw new Error(`unexpected row "${text}"`);
    if (Number(m[1]) < EXTRA - SHOWN || Number(m[2]) !== Math.min(Number(m[1]), SHOWN)) throw new Error(`unexpected counts in "${text}"`);
    fs.mkdirSync(paths.SCREENSHOTS_DIR, { recursive: true });
    await page.mouse.move(900, 300);
    await page.screenshot({ path: path.join(paths.SCREENSHOTS_DIR, 'long-list.png') });
    return Number(m[1]);
  });
  if (written !== undefined) {
    await checks.check('clicking "more customers" shows the rest, the least overdue last', async () => {
      await moreRow.first().click();
      await page.waitForTimeout(800);
      await toBottom();
      if (written <= SHOWN && (await moreRow.count()) > 0) throw new Error('the row is still there');
      const labels = (await wb.treeRows(page, viewName)).map((r) => r.label);
      const prospects = labels.filter((l) => l.startsWith('Prospect '));
      say(`after the click, the last rows: ${labels.slice(-3).join(' | ')}`);
      if (!prospects.includes('Prospect 000')) throw new Error(`the least overdue prospect is not shown: ${prospects.slice(-3).join(', ')}`);
    });
  }
  fs.rmSync(dir, { recursive: true, force: true });
  await checks.check('the long list removed from disk leaves the tree', async () => {
    const deadline = Date.now() + 30000;
    while (Date.now() < deadline && (await rows.filter({ hasText: 'Prospect ' }).count()) > 0) await page.waitForTimeout(250);
    if ((await rows.filter({ hasText: 'Prospect ' }).count()) > 0) throw new Error('prospect rows are still shown');
  });
}

module.exports = { checkLongList };
