#!/usr/bin/env node
// Localization in the real UI: code-server started with `locale: de` (its config file, same as --locale de)
// and Rapport loaded in development mode from the repository. Checks that the workbench shows the German
// manifest strings from package.nls.de.json (view name, command titles in the palette) and German
// strings from l10n/bundle.l10n.de.json (a quick pick placeholder), and the Getting Started walkthrough:
// its German texts and a step that completes when its command runs. Screenshots go to .screenshots/.
//
// usage: node test/ui/run-locale.js [--no-build] [--timeout SECONDS]
'use strict';
const fs = require('fs');
const path = require('path');
const paths = require('../harness/paths');
const { npmRun } = require('../harness/npm-run');
const { createRunFolder, copyWorkspace } = require('../harness/run-folder');
const { spawnSync } = require('child_process');
const { startCodeServer, installExtension } = require('../harness/code-server');
const { launchBrowser } = require('../harness/browser');
const { workbenchUrl } = require('../harness/workbench-url');
const { runCleanups } = require('../harness/cleanup');
const { summaryLine } = require('../harness/results');
const { Checks } = require('./checks');
const wb = require('./workbench');

const de = JSON.parse(fs.readFileSync(path.join(paths.REPO_ROOT, 'package.nls.de.json'), 'utf8'));
const bundleDe = JSON.parse(fs.readFileSync(path.join(paths.REPO_ROOT, 'l10n', 'bundle.l10n.de.json'), 'utf8'));

const started = Date.now();
const say = (msg) => console.log(`[locale ${((Date.now() - started) / 1000).toFixed(1)}s] ${msg}`);

async function main() {
  const argv = process.argv.slice(2);
  const build = !argv.includes('--no-build');
  const timeoutIndex = argv.indexOf('--timeout');
  const timeoutSec = timeoutIndex >= 0 ? Number(argv[timeoutIndex + 1]) : 180;
  const watchdog = setTimeout(() => { console.error('error: locale run timed out'); runCleanups().finally(() => process.exit(124)); }, timeoutSec * 1000);
  watchdog.unref();

  if (build) { say('npm run build'); npmRun('build'); }
  const run = createRunFolder('locale');
  // VS Code shows a display language only when a language pack declares it (there is no download here):
  // test/fixtures/language-pack-de declares German and translates nothing of VS Code itself.
  const languagePack = run.file('language-pack-de.vsix');
  const r = spawnSync(path.join(paths.REPO_ROOT, 'node_modules', '.bin', 'vsce'),
    ['package', '--no-dependencies', '--allow-missing-repository', '--skip-license', '-o', languagePack],
    { cwd: path.join(paths.REPO_ROOT, 'test', 'fixtures', 'language-pack-de'), encoding: 'utf8', timeout: 120000 });
  if (r.status !== 0) throw new Error(`packaging the stub language pack failed:\n${r.stdout}${r.stderr}`);
  installExtension(run, languagePack);
  // The server reads the display languages from languagepacks.json, which VS Code writes when a running
  // instance installs a pack; an install from the command line does not, so write it as VS Code would.
  const packDir = fs.readdirSync(run.extensionsDir).find((d) => d.startsWith('rapport-test.rapport-test-language-pack-de'));
  if (!packDir) throw new Error('the stub language pack is not in the extensions folder');
  const id = 'rapport-test.rapport-test-language-pack-de';
  fs.writeFileSync(path.join(run.userDataDir, 'languagepacks.json'), JSON.stringify({
    de: {
      hash: require('crypto').createHash('md5').update(id).update('1.100.0').digest('hex'),
      extensions: [{ extensionIdentifier: { id }, version: '1.100.0' }],
      translations: { vscode: path.join(run.extensionsDir, packDir, 'translations', 'main.i18n.json') },
      label: 'Deutsch',
    },
  }));
  fs.appendFileSync(run.configFile, 'locale: de\n');
  const workspace = copyWorkspace(paths.FIXTURE_WORKSPACE, run.workspace);
  const server = await startCodeServer(run);
  say(`code-server up at ${server.origin} (locale de)`);
  const { page, close } = await launchBrowser();
  const checks = new Checks();
  fs.mkdirSync(paths.SCREENSHOTS_DIR, { recursive: true });
  try {
    await page.goto(workbenchUrl(server, { folder: workspace, extensionDevelopmentPath: paths.REPO_ROOT }), { timeout: 60000 });
    await wb.waitForWorkbench(page);
    await checks.check(`the activity bar shows the "${de['viewContainer.rapport.title']}" container`, () => wb.openViewContainer(page, de['viewContainer.rapport.title']));
    await checks.check(`the view is named "${de['view.customers.name']}" (package.nls.de.json)`, async () => {
      // A container with one view shows the view's name in the side bar title: "Rapport: Kunden".
      await page.waitForFunction((name) => [...document.querySelectorAll('.part.sidebar .title-label h2, .pane-header')]
        .some((el) => (el.textContent || '').includes(name) || (el.getAttribute('aria-label') || '').includes(name)), de['view.customers.name'], { timeout: 30000 });
    });
    // Log Contact asks which customer only once the notes are indexed (else it offers "Neuer Kunde").
    await page.locator('.part.sidebar .monaco-list-row').first().waitFor({ timeout: 30000 }).catch(() => {});
    await checks.check('the tree and the status bar say in German what Rapport built from the notes', async () => {
      const rows = await wb.treeRows(page, de['view.customers.name']);
      const status = await wb.statusItemText(page, 'rapport.rapport.rapport.status');
      const shown = [...rows.map((r) => `${r.label}: ${r.description}`), `status bar: ${status}`];
      say(shown.join(' | '));
      // The English words Rapport itself would put there (customer names and note text are the leader's own).
      const english = /\b(overdue|never contacted|due in|due soon|in touch|since contact|unreadable|Front matter|Skipped|days?)\b|\d+d\b/;
      const mixed = shown.filter((line) => english.test(line.replace(/^[^:]*: /, '')));
      if (mixed.length) throw new Error(`English next to German: ${mixed.join(' | ')}`);
      if (!shown.some((line) => line.includes(bundleDe['overdue']))) throw new Error(`no "${bundleDe['overdue']}" anywhere: ${shown.join(' | ')}`);
    });
    const needsContact = bundleDe['Needs contact today: {0}.'].split('{0}')[0].trim();
    await checks.check(`the daily reminder says "${needsContact} …" with its buttons in German, and is dismissed`, async () => {
      const toast = page.locator(wb.SELECTORS.notificationToast).filter({ hasText: needsContact }).first();
      await toast.waitFor({ state: 'visible', timeout: 30000 });
      const text = (await toast.locator('.notification-list-item-message').innerText()).trim();
      const buttons = (await toast.locator('.monaco-button').allInnerTexts()).map((b) => b.trim());
      say(`reminder: ${text} [${buttons.join(' | ')}]`);
      const expected = [bundleDe['Show'], bundleDe['Snooze…'], bundleDe['Don\'t remind me']];
      if (expected.some((b) => !buttons.includes(b))) throw new Error(`buttons ${buttons.join(', ')}; expected ${expected.join(', ')}`);
      if (/\b(overdue|Needs contact|days?)\b|\d+d\b/.test(text)) throw new Error(`English in the reminder: ${text}`);
      await wb.dismissNotifications(page);
    });
    const logContact = `Rapport: ${de['command.logContact.title']}`;
    await checks.check(`the command palette lists "${logContact}"`, async () => {
      await page.locator(wb.SELECTORS.workbench).click({ position: { x: 700, y: 400 } });
      await wb.runCommand(page, logContact);
    });
    const placeholder = bundleDe['Log a contact with which customer?'];
    await checks.check(`the quick pick asks "${placeholder}" (l10n/bundle.l10n.de.json)`, async () => {
      await page.waitForFunction(
        ({ sel, text }) => { const el = document.querySelector(sel); return !!el && (el.getAttribute('placeholder') || '') === text; },
        { sel: wb.SELECTORS.quickInputBox, text: placeholder }, { timeout: 15000 });
    });
    await page.screenshot({ path: path.join(paths.SCREENSHOTS_DIR, 'locale-de.png') }).catch(() => {});
    await page.keyboard.press('Escape');
    const walkthrough = de['walkthrough.gettingStarted.title'];
    await checks.check(`"Welcome: Open Walkthrough…" offers "${walkthrough}" and opens its steps`, async () => {
      await wb.runCommand(page, 'Welcome: Open Walkthrough...');
      const row = page.locator(wb.SELECTORS.quickInputRow, { hasText: walkthrough }).first();
      await row.waitFor({ timeout: 15000 });
      await row.click();
      for (const step of ['newCustomer', 'logContact', 'insertReflection', 'dashboard']) {
        await page.locator('.gettingStartedContainer', { hasText: de[`walkthrough.gettingStarted.${step}.title`] }).first().waitFor({ timeout: 15000 });
      }
    });
    await page.waitForTimeout(2000); // the step's SVG media renders in a webview
    await page.screenshot({ path: path.join(paths.SCREENSHOTS_DIR, 'walkthrough-de.png') }).catch(() => {});
    await checks.check('the "create your first customer" step is done once its button ran Rapport: New Customer', async () => {
      const stepId = 'rapport.rapport#rapport.gettingStarted#newCustomer';
      const button = de['walkthrough.gettingStarted.newCustomer.description'].match(/\[([^\]]+)\]/)[1]; // "Kunden anlegen"
      await page.locator('.gettingStartedContainer').getByRole('button', { name: button, exact: true }).first().click();
      await page.locator(wb.SELECTORS.quickInputBox).waitFor({ state: 'visible', timeout: 10000 });
      await page.locator(wb.SELECTORS.quickInputBox).fill('Walkthrough Kunde');
      await page.keyboard.press('Enter');
      await page.locator(wb.SELECTORS.activeTab, { hasText: 'walkthrough-kunde.md' }).waitFor({ timeout: 15000 });
      // The note replaced the walkthrough's preview tab: open the walkthrough again.
      await wb.runCommand(page, 'Welcome: Open Walkthrough...');
      await page.locator(wb.SELECTORS.quickInputRow, { hasText: walkthrough }).first().click({ timeout: 15000 });
      await page.locator(`.getting-started-step[data-step-id="${stepId}"][aria-checked="true"]`).waitFor({ state: 'attached', timeout: 15000 });
    });
  } finally {
    await page.screenshot({ path: run.file('final.png') }).catch(() => {});
    await close();
    await server.stop();
  }
  console.log(`\nrun folder: ${run.dir}`);
  console.log(summaryLine(checks.stats));
  return checks.stats.failures ? 1 : 0;
}

main().then(
  (code) => runCleanups().finally(() => process.exit(code)),
  (err) => { console.error(`error: ${err.message}`); runCleanups().finally(() => process.exit(1)); },
);
