#!/usr/bin/env node
// Localization in the real UI: code-server started with `locale: de` (its config file, same as --locale de)
// and Rapport loaded in development mode from the repository. Checks that the workbench shows the German
// manifest strings from package.nls.de.json (view name, command titles in the palette) and German
// strings from l10n/bundle.l10n.de.json (a quick pick placeholder). Screenshots go to .screenshots/.
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
      await page.locator(`.pane-header[aria-label="${de['view.customers.name']} Section"]`).first().waitFor({ timeout: 30000 });
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
