// The UI tier's check of Import Calendar… on the demo, as a leader meets it: the command from the palette,
// the demo's Outlook export typed into VS Code's own file dialog (the web workbench's simple dialog, a
// quick input), the preview of the meetings with their days and customers, accepted with Enter; then
// the notes on disk: nothing changed but contact-log headings added and last_contacted moved forward.
// The notes are put back afterwards, so the later pictures show the demo as a newcomer first sees it.
'use strict';
const fs = require('fs');
const path = require('path');
const paths = require('../harness/paths');
const wb = require('./workbench');

const VIEW = 'Customers';
const COMMAND = 'Rapport: Import Calendar…';
const EXPORT = 'calendar/sample-export.ics';
const WHEN = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}( · \d+h?\d*m?)?$/;

function notesOf(run) {
  const dir = path.join(run.workspace, 'customers');
  return new Map(fs.readdirSync(dir).filter((f) => f.endsWith('.md')).map((f) => [f, fs.readFileSync(path.join(dir, f), 'utf8')]));
}

const lastContacted = (text) => (/^last_contacted: *(\d{4}-\d{2}-\d{2})/m.exec(text) || [])[1];

/** What an import may do to a note: add `### YYYY-MM-DD …` headings (and blank lines), move last_contacted forward. */
function importChange(before, after) {
  const was = before.split('\n');
  const added = after.split('\n').filter((line, i, lines) => lines.slice(0, i + 1).filter((l) => l === line).length > was.filter((l) => l === line).length);
  const stray = added.filter((l) => l.trim() && !/^### \d{4}-\d{2}-\d{2} .+$/.test(l) && !l.startsWith('last_contacted:'));
  if (stray.length) throw new Error(`lines an import does not write: ${JSON.stringify(stray.slice(0, 3))}`);
  const [from, to] = [lastContacted(before), lastContacted(after)];
  if (from && to && to < from) throw new Error(`last_contacted moved back from ${from} to ${to}`);
  return added.filter((l) => l.startsWith('### '));
}

async function checkImport(page, run, checks) {
  const before = notesOf(run);
  const treeText = () => page.locator(wb.SELECTORS.viewRows(VIEW)).allInnerTexts();
  const treeBefore = await treeText();
  const previewed = await checks.check(`${COMMAND} on ${EXPORT}: the file typed into VS Code's file dialog, the preview lists the meetings with their days; screenshot`, async () => {
    await page.keyboard.press('Escape');
    await wb.focusWorkbench(page);
    await wb.runCommand(page, COMMAND);
    // The simple file dialog is a quick input holding a path: type the export's own once the dialog has
    // listed the folder it opens in (until then it may put its own path back), and Enter. Which folder
    // that is depends on the editor open before.
    const box = page.locator(wb.SELECTORS.quickInputBox);
    await page.waitForFunction((sel) => (document.querySelector(sel)?.value || '').endsWith('/'), wb.SELECTORS.quickInputBox, { timeout: 10000 });
    await page.locator(wb.SELECTORS.quickInputRow).first().waitFor({ timeout: 10000 });
    await page.waitForTimeout(300);
    const typed = path.join(run.workspace, EXPORT);
    const previewTitle = () => page.waitForFunction(({ sel, file }) => (document.querySelector(sel)?.textContent || '').includes(`Import Calendar: ${file}`),
      { sel: '.quick-input-widget .quick-input-title', file: EXPORT }, { timeout: 4000 }).then(() => true, () => false);
    for (let attempt = 1; ; attempt++) {
      if ((await box.inputValue()) !== typed) await box.fill(typed);
      await page.locator(wb.SELECTORS.quickInputRow, { hasText: path.basename(EXPORT) }).first().waitFor({ timeout: 10000 });
      await box.press('Enter');
      if (await previewTitle()) break;
      if (attempt === 3) throw new Error(`no preview after Enter in the file dialog, ${attempt} times`);
    }
    const rows = page.locator(wb.SELECTORS.quickInputRow);
    await rows.filter({ hasText: 'Riverside Plant' }).first().waitFor({ timeout: 10000 });
    const shown = await rows.evaluateAll((els) => els.map((row) => ({
      label: (row.querySelector('.label-name')?.textContent || '').trim(),
      description: (row.querySelector('.label-description')?.textContent || '').trim(),
      checked: !!row.querySelector('input[type=checkbox]')?.checked || row.querySelector('.monaco-custom-toggle')?.classList.contains('checked') || row.getAttribute('aria-checked') === 'true',
    })));
    const placeholder = await box.getAttribute('placeholder');
    console.log(`  preview: "${placeholder}"; ${shown.length} rows in view, e.g. ${shown.slice(0, 3).map((r) => `${r.label} [${r.description}]${r.checked ? ' ✓' : ''}`).join(' | ')}`);
    if (!/^Meetings since \d{4}-\d{2}-\d{2} to log; \d+ already logged are not listed$/.test(placeholder || '')) throw new Error(`placeholder "${placeholder}"`);
    if (shown.length < 8) throw new Error(`only ${shown.length} rows`);
    const odd = shown.filter((r) => !WHEN.test(r.description));
    if (odd.length) throw new Error(`rows without a day and start: ${JSON.stringify(odd.slice(0, 3))}`);
    if (!shown.every((r) => r.checked)) throw new Error(`a new meeting is not ticked: ${JSON.stringify(shown.filter((r) => !r.checked).slice(0, 3))}`);
    await page.mouse.move(700, 850); // no hover over the placeholder on the picture
    await page.waitForTimeout(300);
    const file = path.join(paths.SCREENSHOTS_DIR, 'calendar-preview.png');
    fs.mkdirSync(paths.SCREENSHOTS_DIR, { recursive: true });
    await page.screenshot({ path: file });
    console.log(`  screenshot ${file}`);
    return true;
  });
  if (!previewed) {
    await page.keyboard.press('Escape');
    return checks.fail('the accepted preview writes the meetings into the notes', 'no preview');
  }

  await checks.check('Enter imports the ticked meetings: headings added under ## Contact log, last_contacted only forward, one message', async () => {
    await page.locator(wb.SELECTORS.quickInputBox).press('Enter');
    const toast = page.locator(wb.SELECTORS.notificationToast).filter({ hasText: /Imported \d+ meetings into \d+ customer notes\./ }).first();
    await toast.waitFor({ timeout: 15000 });
    const message = (await toast.locator('.notification-list-item-message').innerText()).trim();
    console.log(`  message: "${message}"`);
    const after = notesOf(run);
    const added = [...before].map(([file, text]) => ({ file, headings: importChange(text, after.get(file)) })).filter((n) => n.headings.length);
    const total = added.reduce((sum, n) => sum + n.headings.length, 0);
    console.log(`  written: ${added.map((n) => `${n.file} +${n.headings.length}`).join(', ')}`);
    const [, count, notes] = /^Imported (\d+) meetings into (\d+) customer notes\./.exec(message);
    if (Number(count) !== total || Number(notes) !== added.length) throw new Error(`the message says ${count} into ${notes}, the disk ${total} into ${added.length}`);
    const riverside = added.find((n) => n.file === 'riverside-plant.md');
    if (!riverside || !riverside.headings.some((h) => / Riverside plant sync \(30m\)$/.test(h))) throw new Error('no Riverside plant sync in riverside-plant.md');
    await wb.dismissNotifications(page);
  });

  await checks.check('the demo\'s notes put back as they were', async () => {
    for (const [file, text] of before) fs.writeFileSync(path.join(run.workspace, 'customers', file), text);
    for (let i = 0; i < 60; i++) {
      if (JSON.stringify(await treeText()) === JSON.stringify(treeBefore)) return;
      await page.waitForTimeout(250);
    }
    throw new Error('the tree does not show the demo as before the import');
  });
}

module.exports = { checkImport };
