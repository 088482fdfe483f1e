#!/usr/bin/env node
// Renders scripts/icon.svg to media/icon.png (128×128, the Marketplace icon) with headless chromium
// through playwright-core, the same browser the test harness uses. Run after changing the SVG:
//   npm run icon
'use strict';
const fs = require('fs');
const path = require('path');
const { launchBrowser } = require('../test/harness/browser');

const ROOT = path.resolve(__dirname, '..');
const SVG = path.join(ROOT, 'scripts', 'icon.svg');
const PNG = path.join(ROOT, 'media', 'icon.png');

async function main() {
  const svg = fs.readFileSync(SVG, 'utf8');
  const { page, close } = await launchBrowser({ viewport: { width: 128, height: 128 } });
  try {
    await page.setContent(`<!doctype html><html><body style="margin:0;background:transparent">${svg}</body></html>`);
    await page.locator('svg').screenshot({ path: PNG, omitBackground: true });
  } finally {
    await close();
  }
  console.log(`wrote ${path.relative(ROOT, PNG)} (${fs.statSync(PNG).size} bytes)`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
