// The UI tier's checks of mentions on the demo: a meeting note moved a customer's day count, the mention
// shows under the customer with its date and the meeting note's title, its tooltip names the note, and a
// click opens the meeting note at the mention's line. Screenshots go to .screenshots/.
'use strict';
const fs = require('fs');
const path = require('path');
const paths = require('../harness/paths');
const wb = require('./workbench');
const { localDay } = require('./firstHour');

const VIEW = 'Customers';
const CUSTOMER = 'Carrier partners';
// examples/demo-workspace/meetings/2026-11-25 Carrier quarterly review.md, moved with the demo's dates.
const MEETING_TITLE = 'Carrier quarterly review';

async function checkMentions(page, run, checks) {
  // The demo is written as of 2026-11-29: the customer note says 2026-11-12 (17 days), the meeting 2026-11-25 (4 days).
  const meetingDay = localDay(-4);
  const row = wb.treeRow(page, VIEW, CUSTOMER);
  const moved = await checks.check(`a meeting note moved ${CUSTOMER} to 4d (its own note says 17d)`, async () => {
    await row.locator(wb.SELECTORS.rowDescription, { hasText: /^4d · every 30d$/ }).waitFor({ timeout: 15000 });
    return true;
  });
  if (!moved) return checks.fail('the mention is shown under the customer', 'the count did not move');

  await checks.check(`the tooltip of ${CUSTOMER} names the meeting note as the last contact`, async () => {
    await page.mouse.move(700, 500);
    await page.waitForTimeout(300);
    await row.locator(wb.SELECTORS.rowLabel).hover();
    const hover = page.locator('.monaco-hover .rendered-markdown').filter({ hasText: CUSTOMER }).first();
    await hover.waitFor({ state: 'visible', timeout: 10000 });
    const text = await hover.innerText();
    const expected = `Last contact: ${meetingDay}, 4 days ago (from meetings/${meetingDay} ${MEETING_TITLE}.md)`;
    if (!text.replace(/\s+/g, ' ').includes(expected)) throw new Error(`tooltip says ${JSON.stringify(text)}`);
    await page.mouse.move(700, 500);
  });

  const label = `${meetingDay} ${MEETING_TITLE}`;
  const shown = await checks.check('the mention is a child of the customer, with its date and the meeting note\'s title', async () => {
    await row.locator('.monaco-tl-twistie').click();
    const child = wb.treeRow(page, VIEW, label);
    await child.waitFor({ timeout: 10000 });
    const icon = await child.locator('.codicon-mention').count();
    if (!icon) throw new Error('no mention icon on the row');
    const planned = wb.treeRow(page, VIEW, `${localDay(11)} ${MEETING_TITLE}`);
    const plannedText = (await planned.locator(wb.SELECTORS.rowDescription).innerText()).trim();
    if (plannedText !== 'planned') throw new Error(`the future meeting's row says "${plannedText}", not "planned"`);
    const sidebar = await page.locator('.part.sidebar').boundingBox();
    const last = await page.locator(wb.SELECTORS.viewRows(VIEW)).last().boundingBox();
    const file = path.join(paths.SCREENSHOTS_DIR, 'tree-mentions.png');
    await page.mouse.move(700, 500);
    await page.waitForTimeout(300);
    await page.screenshot({ path: file, clip: { x: 0, y: 0, width: Math.ceil(sidebar.x + sidebar.width), height: Math.ceil(last.y + last.height + 8) } });
    console.log(`  screenshot ${file}`);
    return child;
  });
  if (!shown) return checks.fail('a click on the mention opens the meeting note at its line', 'no mention row');

  await checks.check('a click on the mention opens the meeting note at its line', async () => {
    await shown.click();
    await page.locator(wb.SELECTORS.activeTab).filter({ hasText: MEETING_TITLE }).first().waitFor({ timeout: 15000 });
    // The meeting's date comes from its front matter, so the mention is its `customers:` line: line 3.
    const cursor = page.locator('.statusbar-item[id="status.editor.selection"]');
    await cursor.filter({ hasText: /Ln 3, Col 1/ }).waitFor({ timeout: 10000 });
    const text = fs.readFileSync(path.join(run.workspace, 'meetings', `${meetingDay} ${MEETING_TITLE}.md`), 'utf8');
    if (text.split('\n')[2] !== 'customers: [carrier-partners]') throw new Error(`line 3 is ${JSON.stringify(text.split('\n')[2])}`);
  });
  await row.locator('.monaco-tl-twistie').click(); // collapsed again, as the later checks expect the tree
}

module.exports = { checkMentions };
