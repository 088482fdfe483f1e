// The UI tier's checks of a leader's first hour: what a person sees in the workbench and what the note
// says afterwards. Each check drives the real UI (buttons, the palette, the keyboard) and reads the DOM,
// the pixels or the file on disk. Screenshots go to .screenshots/.
'use strict';
const fs = require('fs');
const path = require('path');
const paths = require('../harness/paths');
const wb = require('./workbench');

const VIEW = 'Customers';
const STATUS_ITEM_ID = 'rapport.rapport.rapport.status';
const GROUPS = { none: 'None', segment: 'Segment', owner: 'Owner', state: 'State', tag: 'Tag' };
const SORTS = { overdue: 'Most overdue first', name: 'Name', due: 'Due date' };

function localDay(offset = 0) {
  const d = new Date();
  d.setDate(d.getDate() + offset);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

async function shot(page, name, clip) {
  fs.mkdirSync(paths.SCREENSHOTS_DIR, { recursive: true });
  const file = path.join(paths.SCREENSHOTS_DIR, name);
  await page.screenshot({ path: file, ...(clip ? { clip } : {}) });
  return file;
}

/** The demo's customers as their notes name them: [{ file, name, archived, broken }]. */
function demoCustomers(run) {
  const dir = path.join(run.workspace, 'customers');
  return fs.readdirSync(dir).filter((f) => f.endsWith('.md')).map((file) => {
    const text = fs.readFileSync(path.join(dir, file), 'utf8');
    return { file, name: /^name: *(.+?) *$/m.exec(text)[1], archived: /^status: *archived/m.test(text), text };
  });
}

const noteText = (run, file) => fs.readFileSync(path.join(run.workspace, 'customers', file), 'utf8');

/** Clicks a title-bar button of the Customers view (the only view of its container: its buttons sit in the side bar's title). */
async function viewAction(page, label) {
  await page.locator('.part.sidebar .composite.title').hover();
  const action = page.locator(`.part.sidebar .action-label[aria-label^="${label}"]`).first();
  await action.waitFor({ state: 'visible', timeout: 5000 });
  await action.click();
}

/** Waits until the tree's rows stop changing, then returns them. */
async function settledRows(page) {
  let last = '';
  for (let i = 0; i < 40; i++) {
    const rows = await wb.treeRows(page, VIEW);
    const now = JSON.stringify(rows);
    if (now === last && rows.length) return rows;
    last = now;
    await page.waitForTimeout(150);
  }
  return JSON.parse(last || '[]');
}

/**
 * At the default side bar width, every customer row shows its name and its whole day count; what follows
 * the count (a role, an account) may be cut, the count never.
 */
async function checkDefaultWidth(page, checks) {
  await checks.check('at the default width every row shows its whole day count (nothing cut off)', async () => {
    const rows = await page.locator(wb.SELECTORS.viewRows(VIEW)).evaluateAll((els, countPattern) => els.map((row) => {
      const box = row.querySelector('.monaco-icon-label-container');
      const description = row.querySelector('.label-description');
      const text = row.innerText.replace(/\s+/g, ' ').trim();
      if (!box) return { text, description: '', cut: true };
      const right = box.getBoundingClientRect().right + 1;
      const label = row.querySelector('.label-name');
      const labelCut = label ? label.getBoundingClientRect().right > right : true;
      const words = (description && description.textContent) || '';
      const count = new RegExp(countPattern).exec(words);
      let countCut = false;
      if (description && count && description.firstChild) {
        const range = document.createRange();
        range.setStart(description.firstChild, 0);
        range.setEnd(description.firstChild, count[0].length);
        countCut = range.getBoundingClientRect().right > right;
      }
      return { text, description: words, counted: !!count, cut: labelCut || countCut };
    }), DAY_COUNT.source);
    const sidebar = await page.locator('.part.sidebar').boundingBox();
    console.log(`  side bar ${Math.round(sidebar.width)} px wide; rows: ${rows.map((r) => `${r.text}${r.cut ? ' [CUT]' : ''}`).join(' | ')}`);
    console.log(`  screenshot ${await shot(page, 'tree-default-width.png', { x: 0, y: 0, width: Math.ceil(sidebar.x + sidebar.width), height: 400 })}`);
    // An unreadable note shows its reason instead of a count; the reason may run on.
    // Only customer rows: a contact-log entry's long title under an open account may run on.
    const cut = rows.filter((r) => r.counted && r.cut);
    if (!rows.some((r) => r.counted)) throw new Error('no customer row with a day count');
    if (cut.length) throw new Error(`cut off: ${cut.map((r) => r.text).join(', ')}`);
  });
}

/** The day count at the start of a customer row's description, as the tree words it in English. */
const DAY_COUNT = /^(\d+d overdue|never contacted|(?:\d+d|today) · (?:every \d+d|due in \d+d|due today)|archived(?: · \d+d)?|unreadable)/;

async function checkStatusIcon(page, checks) {
  await checks.check('the status bar item draws its icon (a codicon of VS Code 1.100)', async () => {
    const icon = page.locator(`${wb.SELECTORS.statusItem(STATUS_ITEM_ID)} .codicon`).first();
    const box = await icon.boundingBox();
    const name = await icon.getAttribute('class');
    if (!box || box.width < 8) throw new Error(`${name} is ${box ? box.width : 0} px wide`);
    const glyph = await icon.evaluate((el) => getComputedStyle(el, '::before').content);
    if (!glyph || glyph === 'none' || glyph === '""') throw new Error(`${name} has no glyph`);
  });
}

/** Every Group By × Sort By choice, with archived customers shown and hidden, chosen with the view's buttons. */
async function checkEveryGrouping(page, run, checks, guards) {
  const viewport = page.viewportSize();
  await page.setViewportSize({ width: viewport.width, height: 2400 }); // every row of the tag grouping in the DOM at once
  const customers = demoCustomers(run);
  try {
    for (const showArchived of [false, true]) {
      await viewAction(page, showArchived ? 'Show Archived Customers' : 'Hide Archived Customers').catch(() => {});
      for (const [groupBy, groupLabel] of Object.entries(GROUPS)) {
        for (const [sortBy, sortLabel] of Object.entries(SORTS)) {
          await checks.check(`Group By ${groupLabel} × Sort By ${sortLabel}, archived ${showArchived ? 'shown' : 'hidden'}: every customer visible, no error`, async () => {
            await viewAction(page, 'Group By');
            await wb.pickQuickItem(page, 'Group customers by', groupLabel);
            await viewAction(page, 'Sort By');
            await wb.pickQuickItem(page, 'Sort customers by', sortLabel);
            const rows = await settledRows(page);
            const labels = new Set(rows.map((r) => r.label));
            const expected = customers.filter((c) => showArchived || !c.archived).map((c) => c.name);
            const missing = expected.filter((n) => !labels.has(n));
            if (missing.length) throw new Error(`not in the tree: ${missing.join(', ')}`);
            const archivedRow = customers.filter((c) => c.archived).some((c) => labels.has(c.name));
            if (archivedRow !== showArchived) throw new Error(`archived customers ${archivedRow ? 'shown' : 'hidden'}`);
            if (showArchived && groupBy === 'none') {
              const archived = customers.filter((c) => c.archived).map((c) => c.name);
              const last = rows.filter((r) => expected.includes(r.label)).pop();
              if (!archived.includes(last.label)) throw new Error(`archived customers are not last: ${last.label} is`);
            }
            await guards.newToasts();
            if (groupBy === 'tag' && sortBy === 'overdue') {
              const sidebar = await page.locator('.part.sidebar').boundingBox();
              const bottom = await page.locator(wb.SELECTORS.viewRows(VIEW)).last().boundingBox();
              console.log(`  screenshot ${await shot(page, `group-tag${showArchived ? '-archived' : ''}.png`, { x: 0, y: 0, width: Math.ceil(sidebar.x + sidebar.width), height: Math.ceil(bottom.y + bottom.height + 8) })}`);
            }
          });
        }
      }
    }
  } finally {
    await viewAction(page, 'Group By').then(() => wb.pickQuickItem(page, 'Group customers by', 'None')).catch(() => {});
    await viewAction(page, 'Sort By').then(() => wb.pickQuickItem(page, 'Sort customers by', 'Most overdue first')).catch(() => {});
    await viewAction(page, 'Hide Archived Customers').catch(() => {});
    await page.setViewportSize(viewport);
  }
}

/** A customer's tooltip renders as written: the promise list ends before "Not reflected on lately". */
async function checkCustomerTooltip(page, checks, name) {
  await checks.check(`the tooltip of ${name} renders its fields, the promise list, then the habits as a paragraph`, async () => {
    await page.mouse.move(700, 500);
    await page.waitForTimeout(300);
    await wb.treeRow(page, VIEW, name).locator(wb.SELECTORS.rowLabel).hover();
    const hover = page.locator('.monaco-hover .rendered-markdown').filter({ hasText: name }).first();
    await hover.waitFor({ state: 'visible', timeout: 10000 });
    const shape = await hover.evaluate((md) => ({
      list: md.querySelectorAll('ul > li').length,
      inItem: [...md.querySelectorAll('li')].some((li) => /Not reflected on lately/.test(li.textContent)),
      afterList: (() => { const ul = md.querySelector('ul'); const next = ul && ul.nextElementSibling; return next ? `${next.tagName}: ${next.textContent}` : ''; })(),
    }));
    const box = await hover.boundingBox();
    console.log(`  screenshot ${await shot(page, 'customer-tooltip.png', { x: Math.max(0, box.x - 12), y: Math.max(0, box.y - 12), width: box.width + 24, height: box.height + 24 })}`);
    if (!shape.list) throw new Error('no list of overdue promises');
    if (shape.inItem) throw new Error('"Not reflected on lately" is glued to the last promise');
    if (!/^P: Not reflected on lately/.test(shape.afterList)) throw new Error(`after the list: ${shape.afterList}`);
    await page.mouse.move(700, 500);
  });
}

/** An unreadable note: the reason in the tree, no Log Contact button, not counted as overdue, refused at once. */
async function checkBrokenNote(page, run, checks, guards) {
  const warned = (await wb.treeRows(page, VIEW)).find((r) => r.description.startsWith('⚠'));
  const broken = warned && demoCustomers(run).find((c) => c.name === warned.label);
  if (!broken) return checks.fail('an unreadable note', 'the demo has no note with a YAML error');
  await checks.check(`${broken.name} (a YAML typo) shows its reason, offers no Log Contact and is not counted overdue`, async () => {
    await wb.runCommand(page, 'View: Close All Editors'); // the status bar then speaks of every customer
    await page.waitForTimeout(500);
    const row = wb.treeRow(page, VIEW, broken.name);
    const description = (await row.locator(wb.SELECTORS.rowDescription).innerText()).trim();
    if (!/^⚠ Front matter is not valid YAML: /.test(description)) throw new Error(`description "${description}"`);
    await row.hover();
    await page.waitForTimeout(300);
    const inline = await row.locator('.actions .action-label').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
    if (inline.some((l) => /Log Contact/.test(l))) throw new Error('the inline Log Contact button is offered');
    const rows = await wb.treeRows(page, VIEW);
    const overdue = rows.filter((r) => /^\d+d overdue$/.test(r.description)).length;
    const status = await wb.statusItemText(page, STATUS_ITEM_ID);
    if (!status.startsWith(`${overdue} overdue`)) throw new Error(`status bar "${status}" for ${overdue} overdue rows`);
    const badge = await page.locator(`${wb.SELECTORS.activityItem('Rapport')} .badge-content`).innerText().catch(() => '');
    if (badge.trim() !== (overdue ? String(overdue) : '')) throw new Error(`badge "${badge}" for ${overdue} overdue rows`);
    // Log Contact on it: refused before any prompt, with the tree's own words.
    await row.click();
    await page.locator(wb.SELECTORS.activeTab).filter({ hasText: broken.file }).first().waitFor({ timeout: 10000 });
    const reason = description.replace(/^⚠ /, '');
    guards.expectErrorToast(new RegExp(reason.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    await page.locator('.monaco-editor .view-lines').first().click();
    await wb.runCommand(page, 'Rapport: Log Contact');
    const toast = page.locator(wb.SELECTORS.notificationToast).filter({ hasText: reason }).first();
    await toast.waitFor({ timeout: 10000 });
    if (await page.locator(wb.SELECTORS.quickInputRow).filter({ hasText: 'Today' }).count()) throw new Error('it asked for a date first');
    console.log(`  screenshot ${await shot(page, 'broken-note-refused.png')}`);
    await guards.newToasts();
    await wb.dismissNotifications(page);
    if (noteText(run, broken.file) !== broken.text) throw new Error('the note was changed');
  });
}

/** The keybinding shown in the tree's menu works in the tree, on the row the keyboard is on. */
async function checkKeybindingInTree(page, checks, first, second) {
  await checks.check(`Ctrl+Alt+Shift+L in the tree logs a contact for the row the keyboard is on (${second})`, async () => {
    await wb.treeRow(page, VIEW, first).click();
    const rows = await wb.treeRows(page, VIEW);
    const from = rows.findIndex((r) => r.label === first);
    const to = rows.findIndex((r) => r.label === second);
    for (let i = from; i < to; i++) await page.keyboard.press('ArrowDown');
    for (let i = from; i > to; i--) await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Control+Alt+Shift+L');
    const box = page.locator(wb.SELECTORS.quickInputBox);
    await page.waitForFunction(({ sel, name }) => (document.querySelector(sel)?.getAttribute('placeholder') || '').includes(name),
      { sel: wb.SELECTORS.quickInputBox, name: second }, { timeout: 10000 });
    console.log(`  quick pick: "${await box.getAttribute('placeholder')}"`);
    console.log(`  screenshot ${await shot(page, 'keybinding-in-tree.png')}`);
    await page.keyboard.press('Escape');
  });
}

/** Log Contact with a date before the note's own: the later date stays, the entry is added, a toast says so. */
async function checkBackdatedLogContact(page, run, checks, guards, customer) {
  const before = noteText(run, customer.file);
  const kept = /^last_contacted: *(\S+)/m.exec(before)[1];
  const earlier = localDay(-9);
  await checks.check(`Log Contact → Pick a date… ${earlier} on ${customer.name} keeps last_contacted ${kept}`, async () => {
    await wb.treeRow(page, VIEW, customer.name).click();
    await page.locator(wb.SELECTORS.activeTab).filter({ hasText: customer.file }).first().waitFor({ timeout: 10000 });
    await page.locator('.monaco-editor .view-lines').first().click();
    await wb.runCommand(page, 'Rapport: Log Contact');
    await wb.pickQuickItem(page, `When were you in touch with ${customer.name}`, 'Pick a date');
    const box = page.locator(wb.SELECTORS.quickInputBox);
    await box.fill(earlier);
    await box.press('Enter');
    await wb.pickQuickItem(page, 'Also add an entry', 'Add a contact-log entry');
    await page.waitForTimeout(300);
    await box.fill('Site visit (2h)');
    await box.press('Enter');
    const toast = page.locator(wb.SELECTORS.notificationToast).filter({ hasText: `last_contacted stays ${kept}` }).first();
    await toast.waitFor({ timeout: 10000 });
    console.log(`  screenshot ${await shot(page, 'log-contact-backdated.png')}`);
    const after = noteText(run, customer.file);
    if (!after.includes(`last_contacted: ${kept}`)) throw new Error(`last_contacted changed:\n${after.slice(0, 300)}`);
    if (after.split(`### ${earlier} Site visit (2h)`).length !== 2) throw new Error('the entry is not there exactly once');
    await guards.newToasts();
    await wb.dismissNotifications(page);
  });
}

/** A write to a note that is not open says what it wrote, with a button that opens it. */
async function checkWriteToClosedNote(page, run, checks, guards, customer) {
  await checks.check(`Log Contact from the tree on ${customer.name}, whose note is closed, says what it wrote and offers to open it`, async () => {
    await page.keyboard.press('Escape');
    // The last check's contact reorders the tree: a row re-rendered between hover and click loses its buttons.
    await settledRows(page);
    const row = wb.treeRow(page, VIEW, customer.name);
    await row.hover();
    await row.locator('.actions .action-label[aria-label^="Log Contact"]').click();
    await wb.pickQuickItem(page, `When were you in touch with ${customer.name}`, 'Today');
    await wb.pickQuickItem(page, 'Also add an entry', 'Just the date');
    const toast = page.locator(wb.SELECTORS.notificationToast).filter({ hasText: `Logged a contact with ${customer.name} on ${localDay(0)}` }).first();
    await toast.waitFor({ timeout: 10000 });
    console.log(`  screenshot ${await shot(page, 'log-contact-closed-note.png')}`);
    if (!noteText(run, customer.file).includes(`last_contacted: ${localDay(0)}`)) throw new Error('the note does not say today');
    await toast.locator('.monaco-button', { hasText: 'Open Note' }).click();
    await page.locator(wb.SELECTORS.activeTab).filter({ hasText: customer.file }).first().waitFor({ timeout: 10000 });
    await guards.newToasts();
  });
}

/** Each built-in reflection inserted into a note as a leader would: only the meeting's date counts. */
async function checkTemplatesAreNotData(page, run, checks, guards, customer) {
  await checks.check(`each built-in reflection inserted into ${customer.name} changes nothing in the tree but the contact`, async () => {
    const row = wb.treeRow(page, VIEW, customer.name);
    await row.click();
    await page.locator(wb.SELECTORS.activeTab).filter({ hasText: customer.file }).first().waitFor({ timeout: 10000 });
    const childrenOf = async () => {
      const rows = await wb.treeRows(page, VIEW);
      const at = rows.findIndex((r) => r.label === customer.name);
      const level = await row.getAttribute('aria-level');
      const all = page.locator(wb.SELECTORS.viewRows(VIEW));
      const children = [];
      for (let i = at + 1; i < rows.length; i++) {
        if ((await all.nth(i).getAttribute('aria-level')) <= level) break;
        children.push(`${rows[i].label} ${rows[i].description}`.trim());
      }
      return children;
    };
    if ((await row.getAttribute('aria-expanded')) === 'false') await row.locator('.monaco-tl-twistie').click();
    // Expanding renders the children a moment later: read them once they are there.
    await page.waitForFunction(({ sel, name }) => {
      const rows = [...document.querySelectorAll(sel)];
      const at = rows.findIndex((r) => (r.querySelector('.label-name')?.textContent || '').trim() === name);
      return at >= 0 && rows[at].getAttribute('aria-expanded') === 'true' && Number(rows[at + 1]?.getAttribute('aria-level')) > Number(rows[at].getAttribute('aria-level'));
    }, { sel: wb.SELECTORS.viewRows(VIEW), name: customer.name }, { timeout: 10000 });
    const before = await childrenOf();
    const editor = page.locator('.monaco-editor .view-lines').first();
    await editor.click();
    await wb.runCommand(page, 'Rapport: Insert Reflection');
    await page.waitForFunction((sel) => (document.querySelector(sel)?.getAttribute('placeholder') || '').includes('Insert which reflection'), wb.SELECTORS.quickInputBox, { timeout: 10000 });
    await page.locator(wb.SELECTORS.quickInputRow).first().waitFor({ timeout: 10000 });
    const offered = (await page.locator(wb.SELECTORS.quickInputRow).locator('.label-name').allInnerTexts()).map((t) => t.trim());
    console.log(`  offered: ${offered.join(', ')}`);
    await page.keyboard.press('Escape');
    for (const label of ['Meeting reflection', 'Opportunities and risks', 'Mutual vulnerability', 'Time investment']) {
      await editor.click();
      await page.keyboard.press('Control+End');
      await wb.runCommand(page, 'Rapport: Insert Reflection');
      await wb.pickQuickItem(page, 'Insert which reflection', label);
      await page.waitForTimeout(300);
      await page.keyboard.press('Escape'); // leave the snippet, every blank as the template left it
    }
    await page.keyboard.press('Control+S');
    await row.locator(wb.SELECTORS.rowDescription, { hasText: /^0d\b/ }).waitFor({ timeout: 15000 });
    await page.waitForTimeout(800);
    const after = await childrenOf();
    const added = after.filter((c) => !before.includes(c));
    console.log(`  children before: ${before.join(' | ')}\n  children after: ${after.join(' | ')}`);
    console.log(`  screenshot ${await shot(page, 'templates-inserted.png')}`);
    if (added.length !== 1 || !added[0].startsWith(`${localDay(0)} Meeting title`) || / \d/.test(added[0].slice(`${localDay(0)} Meeting title`.length))) {
      throw new Error(`the tree gained ${JSON.stringify(added)}; only the meeting's dated entry, with no time, belongs there`);
    }
    if (offered.includes('Customer profile')) throw new Error('the profile skeleton was offered for a note that has a body');
    const text = noteText(run, customer.file);
    if (!text.includes('Closeness: 1-5') || !/- \[ \] +\(due YYYY-MM-DD\)/.test(text)) throw new Error('the blanks are not in the note as the template left them');
    await guards.newToasts();
  });
}

/** Pixels of the walkthrough's pictures: drawn in colour, not black boxes. */
async function checkWalkthroughPictures(page, checks, guards) {
  await wb.focusWorkbench(page);
  await wb.runCommand(page, 'Welcome: Open Walkthrough...');
  await page.locator(wb.SELECTORS.quickInputBox).fill('Rapport');
  await page.locator(wb.SELECTORS.quickInputRow, { hasText: 'Rapport' }).first().click();
  const steps = page.locator('.getting-started-step');
  await steps.first().waitFor({ timeout: 15000 });
  const count = await steps.count();
  for (let i = 0; i < count; i++) {
    const step = steps.nth(i);
    const title = (await step.locator('.step-title').innerText()).trim();
    await checks.check(`walkthrough picture "${title}" is drawn in colour`, async () => {
      await step.locator('.step-title').click();
      const media = page.locator('.getting-started-media:visible').first();
      await media.waitFor({ timeout: 10000 });
      await page.waitForTimeout(1200); // the webview loads the SVG
      const file = path.join(paths.SCREENSHOTS_DIR, `walkthrough-${i + 1}.png`);
      fs.mkdirSync(paths.SCREENSHOTS_DIR, { recursive: true });
      const png = await media.screenshot({ path: file });
      const stats = await pixelStats(page, png);
      console.log(`  ${title}: ${stats.colourful} colourful of ${stats.total} pixels, ${stats.dark} near black; screenshot ${file}`);
      if (stats.colourful < stats.total * 0.005) throw new Error(`almost no colour (${stats.colourful} pixels): the shapes are not drawn`);
      await guards.newToasts();
    });
  }
  await wb.runCommand(page, 'View: Close Editor');
}

/** Counts colourful (saturated) and near-black pixels of a PNG, decoded by the browser. */
async function pixelStats(page, png) {
  const scratch = await page.context().newPage();
  try {
    return await scratch.evaluate(async (b64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.width;
      canvas.height = img.height;
      const ctx = canvas.getContext('2d');
      ctx.drawImage(img, 0, 0);
      const data = ctx.getImageData(0, 0, img.width, img.height).data;
      let colourful = 0;
      let dark = 0;
      for (let i = 0; i < data.length; i += 4) {
        const [r, g, b] = [data[i], data[i + 1], data[i + 2]];
        const max = Math.max(r, g, b);
        const min = Math.min(r, g, b);
        if (max > 60 && (max - min) / max > 0.35) colourful++;
        if (max < 24) dark++;
      }
      return { total: data.length / 4, colourful, dark };
    }, png.toString('base64'));
  } finally {
    await scratch.close();
  }
}

/** In a high-contrast theme the state icons keep their colour. */
async function checkHighContrastIcons(page, checks) {
  await checks.check('overdue and due-soon icons keep their colour in the high-contrast theme', async () => {
    await wb.focusWorkbench(page);
    await wb.pickColorTheme(page, 'Dark High Contrast', 'hc-black');
    await page.waitForTimeout(800);
    // A selected row draws its icon in the selection colour: only the others keep the state colour.
    const icons = await page.locator(`${wb.SELECTORS.viewRows(VIEW)}:not(.selected):not(.focused)`).evaluateAll((rows) => rows.map((row) => {
      const icon = row.querySelector('.custom-view-tree-node-item-icon');
      const label = row.querySelector('.label-name');
      return { text: row.innerText.replace(/\s+/g, ' '), icon: icon && getComputedStyle(icon).color, label: label && getComputedStyle(label).color };
    }));
    const sidebar = await page.locator('.part.sidebar').boundingBox();
    console.log(`  screenshot ${await shot(page, 'tree-high-contrast.png', { x: 0, y: 0, width: Math.ceil(sidebar.x + sidebar.width), height: 330 })}`);
    const grey = icons.filter((i) => /overdue|due in|due today/.test(i.text) && (!i.icon || i.icon === i.label));
    if (!icons.some((i) => /\d+d overdue/.test(i.text)) || !icons.some((i) => /due in|due today/.test(i.text))) throw new Error('no overdue or no due-soon customer to look at');
    console.log(`  ${icons.map((i) => `${i.text.slice(0, 24)}: ${i.icon}`).join(' | ')}`);
    if (grey.length) throw new Error(`no colour of their own: ${grey.map((i) => i.text).join(', ')}`);
  });
  await wb.pickColorTheme(page, 'Default Dark Modern', 'vs-dark').catch(() => {});
}

/** The Settings editor offers a field for the default cadence, not only "Edit in settings.json". */
async function checkSettingsEditor(page, checks) {
  await checks.check('the Settings editor offers a text field for Rapport: Default Cadence', async () => {
    await wb.focusWorkbench(page);
    await wb.runCommand(page, 'Preferences: Open Settings (UI)');
    const search = page.locator('.settings-editor .suggest-input-container .monaco-editor textarea, .settings-editor .settings-header input').first();
    await search.waitFor({ timeout: 15000 });
    await page.keyboard.type('rapport.defaultCadence');
    const item = page.locator('.settings-editor .setting-item').filter({ hasText: 'Default Cadence' }).first();
    await item.waitFor({ timeout: 15000 });
    const field = item.locator('input.input, .setting-item-control input').first();
    await field.waitFor({ timeout: 5000 });
    const value = await field.inputValue();
    console.log(`  Default Cadence field: "${value}"; screenshot ${await shot(page, 'settings-default-cadence.png')}`);
    if (await item.locator('a', { hasText: 'Edit in settings.json' }).count()) throw new Error('only "Edit in settings.json" is offered');
    if (value !== '2w') throw new Error(`the field shows "${value}"`);
    await wb.runCommand(page, 'View: Close Editor');
  });
}

module.exports = {
  checkDefaultWidth, checkStatusIcon, checkEveryGrouping, checkCustomerTooltip, checkBrokenNote, checkKeybindingInTree,
  checkBackdatedLogContact, checkWriteToClosedNote, checkTemplatesAreNotData, checkWalkthroughPictures, checkHighContrastIcons, checkSettingsEditor,
  demoCustomers, localDay,
};
