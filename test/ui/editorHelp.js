// The UI tier's checks of help in the editor, on the demo, as a leader meets it: the CodeLens above a
// customer note agrees with the tree's day count, Prepare for Meeting from the tree's context menu opens
// the brief in the Markdown preview, and a hover on a link in a meeting note shows the brief of the person
// linked. Screenshots go to .screenshots/.
'use strict';
const fs = require('fs');
const path = require('path');
const paths = require('../harness/paths');
const wb = require('./workbench');

const VIEW = 'Customers';
const CUSTOMER = 'Riverside Plant';
const MEETING = 'S4 business case checkpoint';
const PERSON = 'Ingrid Solberg';

async function checkMeetingPrep(page, run, checks) {
  const row = wb.treeRow(page, VIEW, CUSTOMER);
  const lens = await checks.check(`the CodeLens above ${CUSTOMER}'s note says its day count, as the tree does, and offers the commands`, async () => {
    const description = (await row.locator(wb.SELECTORS.rowDescription).innerText()).trim();
    const days = /^(\d+)d\b/.exec(description)?.[1];
    if (!days) throw new Error(`the tree says "${description}"`);
    await row.locator(wb.SELECTORS.rowLabel).click();
    const lenses = page.locator('.monaco-editor .codelens-decoration').first();
    await lenses.waitFor({ timeout: 15000 });
    await page.waitForFunction(() => /since contact/.test(document.querySelector('.monaco-editor .codelens-decoration')?.textContent || ''), null, { timeout: 15000 });
    const text = (await lenses.innerText()).replace(/\s+/g, ' ').trim();
    if (!text.startsWith(`${days}d since contact · every 14d`)) throw new Error(`the lens says "${text}", the tree ${days}d`);
    for (const command of ['Log Contact', 'Insert Reflection', 'Prepare for Meeting']) if (!text.includes(command)) throw new Error(`no "${command}" in "${text}"`);
    const box = await lenses.boundingBox();
    const file = path.join(paths.SCREENSHOTS_DIR, 'codelens.png');
    await page.screenshot({ path: file, clip: { x: box.x - 70, y: box.y - 30, width: 900, height: 200 } });
    console.log(`  screenshot ${file}`);
    return text;
  });
  if (!lens) return checks.fail('Prepare for Meeting from the tree opens the brief', 'no CodeLens');

  await checks.check(`Prepare for Meeting from ${CUSTOMER}'s context menu opens the brief in the editor area`, async () => {
    await row.locator(wb.SELECTORS.rowLabel).click({ button: 'right' });
    const item = page.locator('.context-view .action-item', { hasText: 'Prepare for Meeting' }).first();
    await item.waitFor({ timeout: 10000 });
    // A menu ignores a click that comes right after it opened (the right button's release must not pick).
    await page.waitForTimeout(400);
    await item.click();
    await page.locator(wb.SELECTORS.activeTab, { hasText: `Brief ${CUSTOMER}` }).waitFor({ timeout: 15000 }).catch(async (e) => {
      await page.screenshot({ path: path.join(paths.SCREENSHOTS_DIR, 'brief-failed.png') });
      throw e;
    });
    const body = wb.webviewFrame(page).locator('body');
    await body.locator('h2', { hasText: `Before meeting ${CUSTOMER}` }).waitFor({ timeout: 15000 });
    const text = await body.innerText();
    for (const heading of ['Last contacts', 'Open promises', 'Quiet habits', 'Time against intent', 'Questions to take in']) {
      if (!text.includes(heading)) throw new Error(`the brief has no "${heading}": ${text.slice(0, 400)}`);
    }
    if (!/\d+ days? since contact|today/.test(text)) throw new Error(`the brief does not say the days since contact: ${text.slice(0, 300)}`);
    // Off the tree (a row's tooltip would cover it) and into the brief.
    await page.mouse.move(1100, 800, { steps: 5 });
    await page.locator(wb.SELECTORS.hover).first().waitFor({ state: 'hidden', timeout: 3000 }).catch(() => {});
    await page.waitForTimeout(500);
    const file = path.join(paths.SCREENSHOTS_DIR, 'brief.png');
    await page.screenshot({ path: file });
    console.log(`  screenshot ${file}`);
  });

  await checks.check(`a hover on [[${PERSON}]] in a meeting note shows ${PERSON}'s brief`, async () => {
    await page.keyboard.press('Control+P');
    await page.locator(wb.SELECTORS.quickInputBox).waitFor({ state: 'visible', timeout: 10000 });
    await page.keyboard.type(MEETING);
    await page.locator(wb.SELECTORS.quickInputRow, { hasText: MEETING }).first().waitFor({ timeout: 10000 });
    await page.keyboard.press('Enter');
    await page.locator(wb.SELECTORS.activeTab, { hasText: MEETING }).waitFor({ timeout: 15000 });
    // From the keyboard, as a person can too: the cursor on the link (Go to Line), then Show or Focus Hover.
    const lines = fs.readFileSync(path.join(run.workspace, 'meetings', fs.readdirSync(path.join(run.workspace, 'meetings')).find((f) => f.includes(MEETING))), 'utf8').split('\n');
    const line = lines.findIndex((l) => l.includes(`[[${PERSON}]]`));
    const column = lines[line].indexOf(`[[${PERSON}]]`) + 4;
    const hover = page.locator('.monaco-hover .rendered-markdown').filter({ hasText: `Before meeting ${PERSON}` }).first();
    // The first request right after the editor opens can come before the extension host answers: ask again.
    for (let attempt = 0; attempt < 5 && !(await hover.isVisible()); attempt++) {
      await page.keyboard.press('Control+G');
      await page.locator(wb.SELECTORS.quickInputBox).waitFor({ state: 'visible', timeout: 10000 });
      await page.keyboard.type(`${line + 1}:${column}`);
      await page.keyboard.press('Enter');
      await wb.runCommand(page, 'Show or Focus Hover');
      await hover.waitFor({ state: 'visible', timeout: 2000 }).catch(() => {});
    }
    await hover.waitFor({ state: 'visible', timeout: 1000 }).catch(async (e) => {
      await page.screenshot({ path: path.join(paths.SCREENSHOTS_DIR, 'brief-hover-failed.png') });
      throw e;
    });
    const text = (await hover.innerText()).replace(/\s+/g, ' ');
    if (!text.includes('CFO · in Finance')) throw new Error(`the hover does not place ${PERSON}: ${text.slice(0, 300)}`);
    if (!/since contact|Never contacted/.test(text)) throw new Error(`the hover does not say the days since contact: ${text.slice(0, 300)}`);
    const file = path.join(paths.SCREENSHOTS_DIR, 'brief-hover.png');
    await page.screenshot({ path: file });
    console.log(`  screenshot ${file}`);
    await page.keyboard.press('Escape');
    // Leave the workbench as found: the brief and the meeting note closed.
    await wb.runCommand(page, 'View: Close All Editors');
  });
}

/** The editor line showing `text` (visible, in the active editor), and where its text ends on screen. */
async function lineEnd(page, text) {
  const line = page.locator('.monaco-editor .view-line:visible', { hasText: text }).first();
  await line.waitFor({ timeout: 10000 });
  const span = line.locator('span').first();
  await span.waitFor({ state: 'visible', timeout: 10000 });
  const box = await span.boundingBox();
  return { x: box.x + box.width + 2, y: box.y + box.height / 2 };
}

/** The rows of the open suggest widget, as their labels. */
async function suggestions(page) {
  const rows = page.locator('.editor-widget.suggest-widget.visible .monaco-list-row');
  await rows.first().waitFor({ timeout: 10000 });
  return (await rows.locator('.label-name').allInnerTexts()).map((t) => t.trim());
}

// Writing in a customer note as a leader would: a key typed and completed with its value, a cadence
// mistyped and mended by its quick fix, the note on disk afterwards, and the tree following it.
async function checkWritingHelp(page, run, checks, localToday) {
  const file = path.join(run.workspace, 'customers', 'riverside-plant.md');
  const row = wb.treeRow(page, VIEW, CUSTOMER);
  const completed = await checks.check(`typing "snooz" in ${CUSTOMER}'s front matter completes snooze_until, then offers today`, async () => {
    await row.locator(wb.SELECTORS.rowLabel).click();
    await page.locator(wb.SELECTORS.activeTab, { hasText: 'riverside-plant.md' }).waitFor({ timeout: 10000 });
    const end = await lineEnd(page, 'cadence: 2w');
    await page.mouse.click(end.x, end.y);
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('snooz');
    await page.keyboard.press('Control+Space');
    const keys = await suggestions(page);
    if (!keys.includes('snooze_until')) throw new Error(`offered ${keys.join(', ')}`);
    await page.locator('.editor-widget.suggest-widget.visible .monaco-list-row.focused', { hasText: 'snooze_until' }).waitFor({ timeout: 5000 });
    await page.keyboard.press('Enter');
    // Accepting a key opens its values at once.
    await page.waitForFunction(() => [...document.querySelectorAll('.editor-widget.suggest-widget.visible .monaco-list-row .label-name')].some((e) => e.textContent.trim() === 'today'), null, { timeout: 10000 });
    const shot = path.join(paths.SCREENSHOTS_DIR, 'completion.png');
    await page.screenshot({ path: shot });
    console.log(`  screenshot ${shot}`);
    const today = page.locator('.editor-widget.suggest-widget.visible .monaco-list-row', { hasText: 'today' }).first();
    await today.click();
    await page.locator('.monaco-editor .view-line:visible', { hasText: `snooze_until: ${localToday}` }).waitFor({ timeout: 5000 });
    return true;
  });
  if (!completed) return checks.fail('a mistyped cadence is mended by its quick fix', 'the completion did not work');

  await checks.check('a mistyped cadence ("2 weeks") is a warning whose quick fix writes 2w', async () => {
    const end = await lineEnd(page, 'cadence: 2w');
    await page.mouse.click(end.x, end.y);
    await page.keyboard.press('End');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    await page.keyboard.type('2 weeks');
    // The index reads the unsaved text; the warning's squiggle comes with it.
    await page.locator('.monaco-editor .squiggly-warning').first().waitFor({ timeout: 15000 });
    const menu = page.locator('.action-widget .monaco-list-row', { hasText: 'Change cadence to 2w' }).first();
    for (let attempt = 0; attempt < 5 && !(await menu.isVisible()); attempt++) {
      await page.keyboard.press('Control+.');
      await menu.waitFor({ state: 'visible', timeout: 2000 }).catch(() => {});
    }
    await menu.waitFor({ state: 'visible', timeout: 1000 });
    const shot = path.join(paths.SCREENSHOTS_DIR, 'quick-fix.png');
    await page.screenshot({ path: shot });
    console.log(`  screenshot ${shot}`);
    // The preferred fix is the one focused: Enter applies it, as from the keyboard.
    await page.locator('.action-widget .monaco-list-row.focused', { hasText: 'Change cadence to 2w' }).waitFor({ timeout: 5000 });
    await page.keyboard.press('Enter');
    await page.locator('.monaco-editor .view-line:visible', { hasText: 'cadence: 2w' }).waitFor({ timeout: 5000 });
  });

  await checks.check(`saved, ${CUSTOMER}'s note says cadence: 2w and snooze_until: today, and the tree says it is snoozed`, async () => {
    await page.keyboard.press('Control+S');
    const expected = `cadence: 2w\nsnooze_until: ${localToday}\n`;
    let text = '';
    for (let waited = 0; waited < 10000 && !text.includes(expected); waited += 250) {
      await page.waitForTimeout(250);
      text = fs.readFileSync(file, 'utf8');
    }
    if (!text.includes(expected)) throw new Error(`the note says: ${JSON.stringify(text.split("---")[1])}`);
    await row.locator(wb.SELECTORS.rowDescription, { hasText: /snoozed until/ }).waitFor({ timeout: 15000 });
    if (!(await row.locator('.codicon-bell-slash').count())) throw new Error('no bell-slash icon on the snoozed row');
  });
}

module.exports = { checkMeetingPrep, checkWritingHelp };
