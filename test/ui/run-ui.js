#!/usr/bin/env node
// UI tier: packages Rapport as a .vsix, installs it into a hermetic code-server (which also proves the
// .vsix), opens a fresh copy of examples/demo-workspace/ in headless chromium and drives the real UI:
// the Rapport view, the status bar, "Rapport: Log Contact" from the command palette, the tooltip, and the
// dashboard webview (in the dark and the light theme; a click on a customer name opens its note); first of
// all the daily reminder that the demo shows at start-up.
// Screenshots go to .screenshots/ (ignored; scripts/update-readme-images.js copies the README ones to
// docs/images/); everything else to the run folder under .vscode-test/runs/.
//
// usage: node test/ui/run-ui.js [--no-package] [--timeout SECONDS] [--workspace DIR]
'use strict';
const fs = require('fs');
const path = require('path');
const paths = require('../harness/paths');
const { npmRun } = require('../harness/npm-run');
const { createRunFolder, copyWorkspace } = require('../harness/run-folder');
const { startCodeServer, installExtension } = require('../harness/code-server');
const { launchBrowser } = require('../harness/browser');
const { workbenchUrl } = require('../harness/workbench-url');
const { runCleanups } = require('../harness/cleanup');
const { summaryLine } = require('../harness/results');
const { Checks } = require('./checks');
const { Guards, extensionHostErrors } = require('./guards');
const firstHour = require('./firstHour');
const mentions = require('./mentions');
const accounts = require('./accounts');
const editorHelp = require('./editorHelp');
const dailyReminder = require('./dailyReminder');
const calendarImport = require('./calendarImport');
const longList = require('./longList');
const wb = require('./workbench');

const VSIX = path.join(paths.REPO_ROOT, 'rapport.vsix');
const VIEW_CONTAINER_TITLE = 'Rapport';
const VIEW_NAME = 'Customers'; // view rapport.customers
// The DOM id is "<extension id>.<id given to createStatusBarItem>", i.e. rapport.rapport + rapport.status.
const STATUS_ITEM_ID = 'rapport.rapport.rapport.status';
const LOG_CONTACT = 'Rapport: Log Contact';
const SHOW_DASHBOARD = 'Rapport: Show Dashboard';
const DASHBOARD_TITLE = 'Rapport Dashboard'; // the panel's tab (src/vscode/dashboard/panel.ts)
// The section headings the dashboard webview draws (src/webview/dashboard/sections/), in order, in English.
const DASHBOARD_SECTIONS = ['Days since contact against cadence', 'Contacts per week', 'Time invested per week',
  'Time invested against intent', 'Closeness over time', 'Coming up', 'Overdue promises', 'Habits gone quiet', 'Opportunities and risks to revisit'];
const DARK = { theme: 'Default Dark Modern', kind: 'vs-dark', body: 'vscode-dark' };
const LIGHT = { theme: 'Default Light Modern', kind: 'vs', body: 'vscode-light' };
const DASHBOARD_VIEWPORT = { width: 1400, height: 1200 };
// Tree descriptions as documented in src/core/today/contactState.ts.
const DESCRIPTION = /^(\d+d overdue|never contacted|\d+d · every \d+d|\d+d · due in \d+d|today · every \d+d)/;

const started = Date.now();
/** When the workbench was opened: the start of "time from opening the workspace to the tree". */
let workbenchOpenedAt = started;
const say = (msg) => console.log(`[ui ${((Date.now() - started) / 1000).toFixed(1)}s] ${msg}`);

function parseArgs(argv) {
  const opts = { packageVsix: true, timeoutSec: Number(process.env.RAPPORT_UI_TIMEOUT || 300), workspace: null };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--no-package') opts.packageVsix = false;
    else if (argv[i] === '--timeout') opts.timeoutSec = Number(argv[++i]);
    else if (argv[i] === '--workspace') opts.workspace = path.resolve(argv[++i]);
    else throw new Error(`unknown argument: ${argv[i]}`);
  }
  if (!opts.workspace) {
    opts.workspace = fs.existsSync(path.join(paths.DEMO_WORKSPACE, 'customers')) ? paths.DEMO_WORKSPACE : paths.FIXTURE_WORKSPACE;
  }
  return opts;
}

// A screenshot of an element, or of a page region ({ clip }), for the README. The mouse is parked first
// so no hover from the last click sits on top of the picture.
async function shoot(page, name, target) {
  fs.mkdirSync(paths.SCREENSHOTS_DIR, { recursive: true });
  const file = path.join(paths.SCREENSHOTS_DIR, name);
  if (target && target.clip) {
    await page.mouse.move(700, Math.min(600, page.viewportSize().height - 40));
    await page.waitForTimeout(400);
    await page.screenshot({ path: file, clip: target.clip });
  } else {
    await target.screenshot({ path: file });
  }
  return file;
}

// Region from the window's top-left corner to the bottom-right of `locator`, padded.
async function regionUpTo(locator, { padRight = 0, padBottom = 0 } = {}) {
  const box = await locator.boundingBox();
  return { clip: { x: 0, y: 0, width: Math.ceil(box.x + box.width + padRight), height: Math.ceil(box.y + box.height + padBottom) } };
}

// Drags the sash between the side bar and the editor to the given x.
async function widenSidebar(page, x) {
  const sidebar = await page.locator('.part.sidebar').boundingBox();
  const edge = sidebar.x + sidebar.width;
  await page.mouse.move(edge, sidebar.y + sidebar.height / 2);
  await page.mouse.down();
  await page.mouse.move(x, sidebar.y + sidebar.height / 2, { steps: 5 });
  await page.mouse.up();
}

// Sets a user setting in the run's settings.json; written before code-server starts, it is read at load.
function writeUserSetting(run, key, value) {
  const file = path.join(run.userDataDir, 'User', 'settings.json');
  const settings = JSON.parse(fs.readFileSync(file, 'utf8'));
  settings[key] = value;
  fs.writeFileSync(file, `${JSON.stringify(settings, null, 2)}\n`);
}

// Switches the colour theme from the palette ("Preferences: Color Theme") and waits until the workbench
// and the open webview are drawn in it. (Rewriting the user settings.json during the run is not picked up
// by code-server 4.100 within 15 s, and a reload closes the dashboard, which has no serializer.)
async function switchTheme(page, { theme, kind, body }) {
  await wb.focusWorkbench(page);
  await wb.pickColorTheme(page, theme, kind);
  // The webview gets the theme's colours by message; its <body> class says which kind it has.
  await wb.webviewFrame(page).locator(`body.${body}`).waitFor({ timeout: 15000 });
  await page.waitForTimeout(500); // CSS transitions of the workbench parts
}

// WCAG contrast ratio of two CSS colours 'rgb(r, g, b)' / 'rgba(...)'.
function contrast(a, b) {
  const lum = (c) => {
    const [r, g, bl] = c.match(/[\d.]+/g).slice(0, 3).map(Number).map((v) => { const x = v / 255; return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4; });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

// Text colours of the dashboard against its background; throws on anything below 4.5:1 (3:1 for chart
// labels, which WCAG counts as graphics), so a theme variable that is missing in one theme shows up.
async function checkDashboardContrast(frame) {
  const samples = await frame.locator('body').evaluate((body) => {
    const bg = getComputedStyle(body).backgroundColor;
    const pick = (sel, prop) => { const el = document.querySelector(sel); return el ? { sel, color: getComputedStyle(el)[prop] } : null; };
    return { bg, items: [pick('h1', 'color'), pick('h2', 'color'), pick('p.muted', 'color'), pick('button.customer', 'color'),
      pick('.figure', 'color'), pick('.tile .label', 'color'), pick('svg text.value', 'fill'), pick('svg text.axis', 'fill')].filter(Boolean) };
  });
  const low = samples.items.map((s) => ({ ...s, ratio: contrast(s.color, samples.bg) }))
    .filter((s) => s.ratio < (s.sel.startsWith('svg') ? 3 : 4.5));
  if (low.length) throw new Error(`low contrast on ${samples.bg}: ${low.map((s) => `${s.sel} ${s.color} ${s.ratio.toFixed(2)}:1`).join(', ')}`);
  return samples;
}

// The file name of the customer note whose front matter has `name: <name>` (the editor tab's title).
function noteFileOf(run, name) {
  const dir = path.join(run.workspace, 'customers');
  return fs.readdirSync(dir).find((f) => f.endsWith('.md') && new RegExp(`^name: *${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} *$`, 'm').test(fs.readFileSync(path.join(dir, f), 'utf8')));
}

// Screenshot of the editor area (tab bar and webview) with nothing on top of it; `upTo` (page coordinates)
// ends it earlier on the right or at the bottom.
async function shootEditor(page, name, upTo = {}) {
  await wb.dismissNotifications(page);
  await page.mouse.move(5, page.viewportSize().height - 60); // the activity bar's empty lower part: hovers nothing
  await page.waitForTimeout(300);
  const box = await page.locator('.part.editor').boundingBox();
  const right = Math.min(box.x + box.width, upTo.right || Infinity);
  const bottom = Math.min(box.y + box.height, upTo.bottom || Infinity);
  return shoot(page, name, { clip: { x: Math.floor(box.x), y: Math.floor(box.y), width: Math.floor(right - box.x), height: Math.floor(bottom - box.y) } });
}

// `name`: the top of the dashboard, from the tiles down to the "Time invested per week" section and no
// wider than the tiles (the README picture); `name`-more.png: the whole editor area with the webview
// scrolled to its end, to look at the lower sections.
async function shootDashboard(page, name) {
  const frame = wb.webviewFrame(page);
  await frame.locator('body').evaluate(() => window.scrollTo(0, 0));
  const tiles = await frame.locator('.tiles').boundingBox();
  const weekly = await frame.locator('section', { has: frame.locator('h2', { hasText: 'Time invested per week' }) }).boundingBox();
  say(`screenshot ${await shootEditor(page, name, { right: tiles && tiles.x + tiles.width + 24, bottom: weekly && weekly.y + weekly.height + 12 })}`);
  await frame.locator('body').evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  say(`screenshot ${await shootEditor(page, name.replace(/\.png$/, '-more.png'))}`);
  await frame.locator('body').evaluate(() => window.scrollTo(0, 0));
}

// The dashboard: opened from the palette, customer names and SVG charts present, a screenshot in the dark
// and in the light theme, and a click on a customer name opens that customer's note.
async function driveDashboard(page, run, checks, { customers, demo }) {
  await page.keyboard.press('Escape'); // the tooltip of the previous step
  await page.setViewportSize(DASHBOARD_VIEWPORT);
  await page.locator(wb.SELECTORS.activeTab).first().click(); // keyboard focus in the workbench for F1
  await wb.runCommand(page, 'View: Close Primary Side Bar'); // the dashboard gets the window's width
  const frame = wb.webviewFrame(page);
  const opened = await checks.check(`${SHOW_DASHBOARD} opens the dashboard webview`, async () => {
    await wb.runCommand(page, SHOW_DASHBOARD);
    await page.locator(wb.SELECTORS.activeTab).filter({ hasText: DASHBOARD_TITLE }).first().waitFor({ timeout: 15000 });
    // The script draws once the data has arrived by postMessage: the header then shows the day.
    await frame.locator('header .muted', { hasText: firstHour.localDay() }).waitFor({ timeout: 30000 });
    return true;
  });
  if (!opened) return checks.fail('the dashboard checks', 'the dashboard did not open');

  await checks.check('the dashboard names every customer of the tree', async () => {
    const names = await frame.locator('button.customer').allInnerTexts();
    const missing = customers.filter((c) => !names.some((n) => n.trim() === c));
    say(`dashboard customer buttons: ${names.length}`);
    if (missing.length) throw new Error(`not on the dashboard: ${missing.join(', ')}`);
  });

  await checks.check('the dashboard draws its SVG charts', async () => {
    const count = async (sel) => frame.locator(sel).count();
    const bars = await count('.rows svg.bar');
    const columns = await count('svg.columns');
    const sparks = await count('.sparks svg');
    const filled = await frame.locator('svg.columns rect.fill').evaluateAll((rs) => rs.filter((r) => Number(r.getAttribute('height')) > 0).length);
    say(`dashboard SVG: ${bars} bars, ${columns} column charts with ${filled} filled columns, ${sparks} closeness lines`);
    if (bars < customers.length) throw new Error(`${bars} contact bars for ${customers.length} customers`);
    if (columns !== 2 || !filled) throw new Error(`expected 2 column charts with data, got ${columns} with ${filled} filled columns`);
  });

  if (demo) {
    await checks.check('every dashboard section shows data for the demo', async () => {
      const headings = (await frame.locator('section > h2').allInnerTexts()).map((h) => h.trim());
      const missing = DASHBOARD_SECTIONS.filter((h) => !headings.includes(h));
      const empty = await frame.locator('section').filter({ has: frame.locator('.empty') }).locator('h2').allInnerTexts();
      const sparks = await frame.locator('.sparks .spark').evaluateAll((ls) => ls.filter((l) => l.querySelectorAll('circle').length >= 3).length);
      if (missing.length) throw new Error(`sections missing: ${missing.join(', ')}`);
      if (empty.length) throw new Error(`sections with nothing to show: ${empty.join(', ')}`);
      if (!sparks) throw new Error('no closeness line has 3 points or more');
    });
    await checks.check('the dashboard shows a planned next_contact and the pace to date against each time goal', async () => {
      const planned = await frame.locator('.row .figure', { hasText: /planned \d{4}-\d{2}-\d{2}/ }).count();
      const pace = await frame.locator('.row .figure', { hasText: /of \S+ · pace \S+ by today/ }).count();
      if (!planned) throw new Error('no customer shows its planned contact');
      if (!pace) throw new Error('no time goal shows the pace to date');
    });
  }

  const dark = await checks.check(`the dashboard in "${DARK.theme}" is readable; screenshot`, async () => {
    if ((await wb.themeKind(page)) !== DARK.kind) await switchTheme(page, DARK);
    await frame.locator(`body.${DARK.body}`).waitFor({ timeout: 10000 });
    await checkDashboardContrast(frame);
    await shootDashboard(page, 'dashboard-dark.png');
    return true;
  });
  const light = await checks.check(`the dashboard in "${LIGHT.theme}" is readable; screenshot`, async () => {
    await switchTheme(page, LIGHT);
    await frame.locator('header .muted', { hasText: firstHour.localDay() }).waitFor({ timeout: 30000 }); // still (or again) drawn
    await checkDashboardContrast(frame);
    await shootDashboard(page, 'dashboard-light.png');
    return true;
  });
  if (!dark || !light) say('a theme screenshot is missing; see the failures above');

  // A customer whose note is not open yet, so its tab can only come from the click.
  const open = await page.locator(wb.SELECTORS.tab).allInnerTexts();
  const pick = customers.map((name) => ({ name, file: noteFileOf(run, name) })).find((c) => c.file && !open.some((t) => t.includes(c.file)));
  if (!pick) return checks.fail('clicking a customer in the dashboard opens its note', 'no customer note without an open tab');
  await checks.check(`clicking "${pick.name}" in the dashboard opens ${pick.file}`, async () => {
    await frame.locator('button.customer', { hasText: pick.name }).first().click();
    await page.locator(wb.SELECTORS.activeTab).filter({ hasText: pick.file }).first().waitFor({ timeout: 15000 });
    say(`tabs: ${(await page.locator(wb.SELECTORS.tab).allInnerTexts()).map((t) => t.trim()).join(' | ')}`);
  });
  await page.mouse.move(5, page.viewportSize().height - 60);
  say(`screenshot ${await shoot(page, 'dashboard-open-note.png', { clip: { x: 0, y: 0, ...page.viewportSize() } })}`);
}

// The checks, in the order a person would do them. Each later step needs the earlier ones.
async function drive(page, run, checks, { demo, guards } = {}) {
  await checks.check('workbench loads', () => wb.waitForWorkbench(page));
  // First: the reminder shows at start-up, and once dismissed it covers no later step.
  await dailyReminder.checkDailyReminder(page, checks, { demo, say });

  // Status bar first: it appears once the extension has activated and indexed the notes.
  const overviewText = await checks.check('status bar shows the overdue summary', async () => {
    const text = await wb.statusItemText(page, STATUS_ITEM_ID);
    say(`status bar (no note open): "${text}"`);
    if (!/\d/.test(text)) throw new Error(`unexpected status bar text "${text}"`);
    return text;
  });
  if (overviewText) {
    const bar = await page.locator('.part.statusbar').boundingBox();
    const item = await page.locator(wb.SELECTORS.statusItem(STATUS_ITEM_ID)).boundingBox();
    say(`screenshot ${await shoot(page, 'statusbar.png', { clip: { x: 0, y: bar.y, width: Math.ceil(item.x + item.width + 120), height: bar.height } })}`);
  }

  const rows = await checks.check('Rapport view lists customers with contact descriptions', async () => {
    await wb.openViewContainer(page, VIEW_CONTAINER_TITLE);
    // Rows of a tree that is still loading have no description yet; wait until they settle.
    await page.waitForFunction((sel) => [...document.querySelectorAll(`${sel} .label-description`)].some((d) => d.textContent.trim()),
      wb.SELECTORS.viewRows(VIEW_NAME), { timeout: 30000 });
    const settled = await wb.treeRows(page, VIEW_NAME);
    say(`tree showing customers ${((Date.now() - workbenchOpenedAt) / 1000).toFixed(1)}s after opening the workspace`);
    say(`tree rows: ${settled.map((r) => `${r.label} [${r.description}]`).join(' | ')}`);
    const customers = settled.filter((r) => DESCRIPTION.test(r.description));
    if (customers.length < 2) throw new Error(`expected customer rows with descriptions like "5d overdue", got ${JSON.stringify(settled)}`);
    return settled;
  });
  if (rows) {
    await firstHour.checkDefaultWidth(page, checks);
    if (demo) await accounts.checkAccounts(page, checks);
    await firstHour.checkStatusIcon(page, checks);
    await firstHour.checkHighContrastIcons(page, checks);
    await widenSidebar(page, 560); // room for names and descriptions in the picture
    await wb.dismissNotifications(page);
    const lastRow = page.locator(wb.SELECTORS.viewRows(VIEW_NAME)).last();
    const sidebar = await page.locator('.part.sidebar').boundingBox();
    const region = await regionUpTo(lastRow, { padBottom: 16 });
    region.clip.width = Math.ceil(sidebar.x + sidebar.width);
    say(`screenshot ${await shoot(page, 'tree.png', region)}`);
    // The same with the status bar under it: a window just tall enough for the rows (for the README).
    const viewport = page.viewportSize();
    const bar = await page.locator('.part.statusbar').boundingBox();
    await page.setViewportSize({ width: viewport.width, height: region.clip.height + 24 + Math.ceil(bar.height) });
    await page.waitForTimeout(500);
    say(`screenshot ${await shoot(page, 'tree-statusbar.png', { clip: { x: 0, y: 0, width: region.clip.width, height: page.viewportSize().height } })}`);
    await page.setViewportSize(viewport);
    await page.waitForTimeout(300);
  }

  if (!rows) return checks.fail('open a customer note from the tree', 'no tree rows');
  const target = rows.find((r) => /overdue/.test(r.description)) || rows.find((r) => DESCRIPTION.test(r.description));
  const opened = await checks.check(`open "${target.label}" from the tree`, async () => {
    await wb.treeRow(page, VIEW_NAME, target.label).click();
    await page.locator(wb.SELECTORS.activeTab).filter({ hasText: '.md' }).first().waitFor({ timeout: 15000 });
    // In a customer note the item names that customer first ("Acme Logistics · 12d"), not the overdue count.
    await page.waitForFunction(({ sel, name }) => (document.querySelector(sel)?.textContent || '').trim().startsWith(name),
      { sel: wb.SELECTORS.statusItem(STATUS_ITEM_ID), name: target.label.slice(0, 12) }, { timeout: 15000 });
    const text = await wb.statusItemText(page, STATUS_ITEM_ID);
    say(`status bar in the note: "${text}"`);
    return text;
  });
  if (!opened) return checks.fail(`${LOG_CONTACT} → Today`, 'the note did not open');

  const logged = await checks.check(`${LOG_CONTACT} → Today sets the count to 0d`, async () => {
    await page.locator('.monaco-editor .view-lines').first().click(); // keyboard focus in the workbench for F1
    await wb.runCommand(page, LOG_CONTACT);
    await page.locator(wb.SELECTORS.quickInputRow).filter({ has: page.locator('.label-name', { hasText: 'Today' }) }).first().waitFor({ timeout: 10000 });
    await wb.dismissNotifications(page);
    say(`screenshot ${await shoot(page, 'log-contact.png', { clip: { x: 0, y: 0, ...page.viewportSize() } })}`);
    await wb.pickQuickItem(page, 'When were you in touch', 'Today');
    await wb.pickQuickItem(page, 'Also add an entry', 'Just the date');
    await page.waitForFunction((sel) => /(^|\s)0d\b/.test(document.querySelector(sel)?.textContent || ''),
      wb.SELECTORS.statusItem(STATUS_ITEM_ID), { timeout: 15000 });
    return wb.statusItemText(page, STATUS_ITEM_ID);
  });
  if (logged) say(`status bar after logging: "${logged}"`);

  await checks.check(`tree row of "${target.label}" shows 0d`, async () => {
    const row = wb.treeRow(page, VIEW_NAME, target.label);
    await row.locator('.label-description', { hasText: /^0d\b/ }).waitFor({ timeout: 15000 });
    const desc = (await row.locator('.label-description').innerText()).trim();
    say(`row after logging: ${target.label} [${desc}]`);
  });

  await checks.check('the note on disk has last_contacted: today', async () => {
    const today = firstHour.localDay();
    const files = [];
    const walk = (d) => fs.readdirSync(d, { withFileTypes: true }).forEach((e) => (e.isDirectory() ? walk(path.join(d, e.name)) : files.push(path.join(d, e.name))));
    walk(path.join(run.workspace, 'customers'));
    const hit = files.find((f) => f.endsWith('.md') && fs.readFileSync(f, 'utf8').includes(`last_contacted: ${today}`));
    if (!hit) throw new Error(`no note in ${run.workspace} has last_contacted: ${today}`);
  });
  say(`screenshot ${await shoot(page, 'after-log-contact.png', { clip: { x: 0, y: 0, ...page.viewportSize() } })}`);

  await checks.check('status bar tooltip lists customers', async () => {
    await page.locator(wb.SELECTORS.statusItem(STATUS_ITEM_ID)).first().hover();
    const hover = page.locator(wb.SELECTORS.hover).filter({ hasText: /\S/ }).first();
    await hover.waitFor({ state: 'visible', timeout: 10000 });
    await page.waitForTimeout(300);
    const text = (await hover.innerText()).trim();
    say(`tooltip: ${JSON.stringify(text.slice(0, 300))}${text.length > 300 ? '…' : ''}`);
    say(`screenshot ${await shoot(page, 'tooltip.png', hover)}`);
    if (!text.includes(target.label.slice(0, 12)) && !/\d+d/.test(text)) throw new Error(`unexpected tooltip "${text}"`);
  });

  if (demo) await mentions.checkMentions(page, run, checks);
  if (demo) await editorHelp.checkMeetingPrep(page, run, checks);
  if (demo) await editorHelp.checkWritingHelp(page, run, checks, firstHour.localDay(0));
  if (demo) await calendarImport.checkImport(page, run, checks);
  const customers = rows.filter((r) => DESCRIPTION.test(r.description) || /overdue|never/.test(r.description)).map((r) => r.label);
  await driveDashboard(page, run, checks, { customers, demo });
  // After the README's pictures, which show the demo as a newcomer first sees it.
  if (demo) await driveFirstHour(page, run, checks, guards);
  if (demo) await accounts.checkNewPerson(page, run, checks);
  if (demo) await longList.checkLongList(page, run, checks, { viewName: VIEW_NAME, say });
}

// A leader's first hour on the demo workspace: every choice of the view, the notes on disk afterwards.
async function driveFirstHour(page, run, checks, guards) {
  await page.keyboard.press('Escape');
  await page.setViewportSize({ width: 1400, height: 900 });
  await wb.focusWorkbench(page);
  await wb.runCommand(page, 'View: Close All Editors');
  await wb.openViewContainer(page, VIEW_CONTAINER_TITLE); // the dashboard step closed the side bar
  await wb.dismissNotifications(page);
  const byFile = (file) => firstHour.demoCustomers(run).find((c) => c.file === file);
  await firstHour.checkEveryGrouping(page, run, checks, guards);
  await firstHour.checkCustomerTooltip(page, checks, byFile('laura-bennett-cco.md').name);
  await firstHour.checkBrokenNote(page, run, checks, guards);
  await firstHour.checkKeybindingInTree(page, checks, byFile('rafael-costa-procurement.md').name, byFile('marcus-ellery-ceo.md').name);
  await firstHour.checkBackdatedLogContact(page, run, checks, guards, byFile('brightwater-logistics-dcs.md'));
  await wb.runCommand(page, 'View: Close All Editors');
  await firstHour.checkWriteToClosedNote(page, run, checks, guards, byFile('carrier-partners.md'));
  await firstHour.checkTemplatesAreNotData(page, run, checks, guards, byFile('customer-service-order-desk.md'));
  await firstHour.checkWalkthroughPictures(page, checks, guards);
  await firstHour.checkSettingsEditor(page, checks);
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const watchdog = setTimeout(() => {
    console.error(`error: UI run exceeded ${opts.timeoutSec} s; stopping everything`);
    runCleanups().finally(() => process.exit(124));
  }, opts.timeoutSec * 1000);
  watchdog.unref();

  if (opts.packageVsix) { say('npm run package'); npmRun('package', { quiet: true }); }
  if (!fs.existsSync(VSIX)) throw new Error(`${VSIX} is missing (npm run package)`);
  const run = createRunFolder('ui');
  say(`run folder ${run.dir}`);
  // Explicit, so the pictures do not depend on what the browser reports as its preferred colour scheme.
  writeUserSetting(run, 'workbench.colorTheme', DARK.theme);
  installExtension(run, VSIX);
  say(`installed ${path.basename(VSIX)}; workspace ${path.relative(paths.REPO_ROOT, opts.workspace)}`);
  copyWorkspace(opts.workspace, run.workspace);
  const server = await startCodeServer(run);
  say(`code-server up at ${server.origin}`);
  const { page, close } = await launchBrowser({ run });
  const consoleLines = [];
  page.on('console', (m) => consoleLines.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => consoleLines.push(`pageerror: ${e.message}`));

  const checks = new Checks();
  const guards = new Guards(page);
  await guards.install();
  try {
    workbenchOpenedAt = Date.now();
    await page.goto(workbenchUrl(server, { folder: run.workspace }), { timeout: 60000 });
    await drive(page, run, checks, { demo: opts.workspace === paths.DEMO_WORKSPACE, guards });
    await checks.check('no error notification appeared during the run', () => guards.newToasts());
    await checks.check('the workbench logged no console error about Rapport (CSP violations included)', () => {
      const errors = guards.takeConsoleErrors();
      if (errors.length) throw new Error(errors.slice(0, 5).join('\n'));
    });
  } catch (err) {
    checks.fail('UI run', err.message);
  } finally {
    await page.screenshot({ path: run.file('final.png') }).catch(() => {});
    fs.writeFileSync(run.file('browser-console.log'), `${consoleLines.join('\n')}\n`);
    await close();
    await server.stop();
  }
  // After the server stopped, its logs are complete.
  await checks.check('the extension host logged no error during the run', () => {
    const errors = extensionHostErrors(run);
    if (errors.length) throw new Error(errors.slice(0, 5).join('\n'));
  });
  console.log(`\nrun folder: ${run.dir}  (server.log, browser-console.log, final.png); screenshots in ${paths.SCREENSHOTS_DIR}`);
  console.log(`total ${((Date.now() - started) / 1000).toFixed(1)}s`);
  console.log(summaryLine(checks.stats));
  return checks.stats.failures ? 1 : 0;
}

main().then(
  (code) => runCleanups().finally(() => process.exit(code)),
  (err) => {
    console.error(`error: ${err.message}`);
    runCleanups().finally(() => process.exit(1));
  },
);
