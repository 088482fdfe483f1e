#!/usr/bin/env node
// UI tier: packages Rapport as a .vsix, installs it into a hermetic code-server (which also proves the
// .vsix), opens a fresh copy of examples/demo-workspace/ in headless chromium and drives the real UI:
// the Rapport view, the status bar, "Rapport: Log Contact" from the command palette, the tooltip.
// Screenshots go to .screenshots/ (ignored); everything else to the run folder under .vscode-test/runs/.
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
const wb = require('./workbench');

const VSIX = path.join(paths.REPO_ROOT, 'rapport.vsix');
const VIEW_CONTAINER_TITLE = 'Rapport';
const VIEW_NAME = 'Customers'; // view rapport.customers
// The DOM id is "<extension id>.<id given to createStatusBarItem>", i.e. rapport.rapport + rapport.status.
const STATUS_ITEM_ID = 'rapport.rapport.rapport.status';
const LOG_CONTACT = 'Rapport: Log Contact';
// Tree descriptions as documented in src/core/contactState.ts.
const DESCRIPTION = /^(\d+d overdue|never contacted|\d+d · every \d+d|\d+d · due in \d+d|today · every \d+d)/;

const started = Date.now();
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

function localToday() {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

// A screenshot of an element, or of a page region ({ clip }), for the README. The mouse is parked first
// so no hover from the last click sits on top of the picture.
async function shoot(page, name, target) {
  fs.mkdirSync(paths.SCREENSHOTS_DIR, { recursive: true });
  const file = path.join(paths.SCREENSHOTS_DIR, name);
  if (target && target.clip) {
    await page.mouse.move(700, 600);
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

// The checks, in the order a person would do them. Each later step needs the earlier ones.
async function drive(page, run, checks) {
  await checks.check('workbench loads', () => wb.waitForWorkbench(page));

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
    say(`tree rows: ${settled.map((r) => `${r.label} [${r.description}]`).join(' | ')}`);
    const customers = settled.filter((r) => DESCRIPTION.test(r.description));
    if (customers.length < 2) throw new Error(`expected customer rows with descriptions like "5d overdue", got ${JSON.stringify(settled)}`);
    return settled;
  });
  if (rows) {
    await widenSidebar(page, 560); // room for names and descriptions in the picture
    const lastRow = page.locator(wb.SELECTORS.viewRows(VIEW_NAME)).last();
    const sidebar = await page.locator('.part.sidebar').boundingBox();
    const region = await regionUpTo(lastRow, { padBottom: 16 });
    region.clip.width = Math.ceil(sidebar.x + sidebar.width);
    say(`screenshot ${await shoot(page, 'tree.png', region)}`);
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
    await wb.pickQuickItem(page, 'When were you in touch?', 'Today');
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
    const today = localToday();
    const files = [];
    const walk = (d) => fs.readdirSync(d, { withFileTypes: true }).forEach((e) => (e.isDirectory() ? walk(path.join(d, e.name)) : files.push(path.join(d, e.name))));
    walk(path.join(run.workspace, 'customers'));
    const hit = files.find((f) => f.endsWith('.md') && fs.readFileSync(f, 'utf8').includes(`last_contacted: ${today}`));
    if (!hit) throw new Error(`no note in ${run.workspace} has last_contacted: ${today}`);
  });
  say(`screenshot ${await shoot(page, 'log-contact.png', { clip: { x: 0, y: 0, ...page.viewportSize() } })}`);

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
  try {
    await page.goto(workbenchUrl(server, { folder: run.workspace }), { timeout: 60000 });
    await drive(page, run, checks);
  } catch (err) {
    checks.fail('UI run', err.message);
  } finally {
    await page.screenshot({ path: run.file('final.png') }).catch(() => {});
    fs.writeFileSync(run.file('browser-console.log'), `${consoleLines.join('\n')}\n`);
    await close();
    await server.stop();
  }
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
