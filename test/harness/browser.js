// Launches Debian's chromium headless through playwright-core (whose own browser download needs the
// internet). Playwright closes the browser when this process exits; cleanup.js closes it earlier on errors.
'use strict';
const fs = require('fs');
const path = require('path');
const { chromium } = require('playwright-core');
const { CHROMIUM_PATH } = require('./paths');
const { onCleanup } = require('./cleanup');

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

// `run` (from run-folder.js) keeps chromium's leftovers in the run folder instead of ~/.config/chromium:
// Debian's wrapper always starts a crashpad handler (it exits with the browser) that writes "Crash Reports".
async function launchBrowser({ run, viewport = { width: 1400, height: 900 }, timeoutMs = 60000 } = {}) {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(`no browser at ${CHROMIUM_PATH}: install Debian's chromium: apt-get install chromium` +
      ' (or point RAPPORT_CHROMIUM at a Chromium binary)');
  }
  const env = run ? { ...process.env, XDG_CONFIG_HOME: path.join(run.dir, 'xdg-config'), XDG_CACHE_HOME: path.join(run.dir, 'xdg-cache') } : process.env;
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS, env, timeout: timeoutMs });
  const removeCleanup = onCleanup(() => browser.close().catch(() => {}));
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  return {
    browser, context, page,
    close: async () => { removeCleanup(); await browser.close().catch(() => {}); },
  };
}

module.exports = { launchBrowser };
