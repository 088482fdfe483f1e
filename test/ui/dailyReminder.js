// The daily reminder as a person sees it: on the demo (overdue customers, Ingrid's birthday on the demo's
// day) a notification toast appears once the extension has read the notes, with its three buttons. A
// screenshot, then it is dismissed, so it covers no later click or picture.
'use strict';
const fs = require('fs');
const path = require('path');
const paths = require('../harness/paths');
const wb = require('./workbench');

const BUTTONS = ['Show', 'Snooze…', 'Don\'t remind me'];

async function checkDailyReminder(page, checks, { demo, say = console.log } = {}) {
  await checks.check('the daily reminder appears at start-up with Show, Snooze… and Don\'t remind me; screenshot; dismissed', async () => {
    const toast = page.locator(wb.SELECTORS.notificationToast).filter({ hasText: 'Needs contact today:' }).first();
    await toast.waitFor({ state: 'visible', timeout: 60000 });
    const text = (await toast.locator('.notification-list-item-message').innerText()).trim();
    const buttons = (await toast.locator('.monaco-button').allInnerTexts()).map((b) => b.trim()).filter(Boolean);
    say(`reminder: ${JSON.stringify(text)} [${buttons.join(' | ')}]`);
    if (!/^Needs contact today: .+ \(\d+d overdue\)/.test(text)) throw new Error(`unexpected reminder "${text}"`);
    if (demo && !text.includes('Today: birthday (Ingrid Solberg).')) throw new Error(`the demo's date of today is missing: "${text}"`);
    const missing = BUTTONS.filter((b) => !buttons.includes(b));
    if (missing.length) throw new Error(`buttons missing: ${missing.join(', ')} (found ${buttons.join(', ')})`);
    fs.mkdirSync(paths.SCREENSHOTS_DIR, { recursive: true });
    const file = path.join(paths.SCREENSHOTS_DIR, 'daily-reminder.png');
    await toast.screenshot({ path: file });
    say(`screenshot ${file}`);
    await wb.dismissNotifications(page);
    await toast.waitFor({ state: 'detached', timeout: 10000 });
  });
}

module.exports = { checkDailyReminder };
