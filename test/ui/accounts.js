// The UI tier's check of accounts on the demo: people nested under their account at the default side bar
// width, each row's day count readable, the account's figure rolled up from its people. Screenshot for
// the README (docs/images/tree-accounts.png via .screenshots/).
'use strict';
const fs = require('fs');
const path = require('path');
const paths = require('../harness/paths');
const wb = require('./workbench');

const VIEW = 'Customers';
// examples/demo-workspace/customers/: Finance's own last contact is 30 days old; Ingrid's meeting 3 days.
const NESTED = [
  { account: 'Finance', people: ['Ingrid Solberg', 'Rafael Costa'], accountCount: /^3d · every 30d$/ },
  { account: 'Commercial', people: ['Laura Bennett'], accountCount: /^10d · every 30d$/ },
];

async function indentOf(row) {
  return row.locator('.monaco-tl-indent').evaluate((el) => el.getBoundingClientRect().width);
}

async function checkAccounts(page, checks) {
  await checks.check('people are nested under their account at the default width, the account rolled up from its people; screenshot', async () => {
    for (const { account, people, accountCount } of NESTED) {
      const accountRow = wb.treeRow(page, VIEW, account);
      await accountRow.waitFor({ timeout: 10000 });
      const description = (await accountRow.locator(wb.SELECTORS.rowDescription).innerText()).trim();
      if (!accountCount.test(description)) throw new Error(`${account} reads "${description}"`);
      const accountIndent = await indentOf(accountRow);
      for (const name of people) {
        const row = wb.treeRow(page, VIEW, name);
        await row.waitFor({ timeout: 10000 });
        if ((await indentOf(row)) <= accountIndent) throw new Error(`${name} is not nested under ${account}`);
      }
    }
    const laura = (await wb.treeRow(page, VIEW, 'Laura Bennett').locator(wb.SELECTORS.rowDescription).innerText()).trim();
    if (!/^\d+d overdue · CCO$/.test(laura)) throw new Error(`Laura Bennett reads "${laura}"`);
    const sidebar = await page.locator('.part.sidebar').boundingBox();
    const last = await page.locator(wb.SELECTORS.viewRows(VIEW)).last().boundingBox();
    fs.mkdirSync(paths.SCREENSHOTS_DIR, { recursive: true });
    const file = path.join(paths.SCREENSHOTS_DIR, 'tree-accounts.png');
    await page.mouse.move(700, 500);
    await page.waitForTimeout(300);
    await page.screenshot({ path: file, clip: { x: 0, y: 0, width: Math.ceil(sidebar.x + sidebar.width), height: Math.ceil(last.y + last.height + 8) } });
    console.log(`  screenshot ${file}`);
  });
}

/** New Customer → the person button in the name box → an account → a role: the note says so, the tree nests it. */
async function checkNewPerson(page, run, checks) {
  await checks.check('New Customer → Person in an account… writes account: and role: and nests the person under the account', async () => {
    await page.keyboard.press('Escape');
    await wb.focusWorkbench(page);
    await wb.runCommand(page, 'Rapport: New Customer');
    await page.locator('.quick-input-widget .action-label[aria-label^="Person in an account"]').click({ timeout: 10000 });
    await page.locator(wb.SELECTORS.quickInputBox).fill('Oliver Grant');
    await page.keyboard.press('Enter');
    await wb.pickQuickItem(page, 'Which account', 'Commercial');
    await page.waitForFunction((sel) => (document.querySelector(sel)?.getAttribute('placeholder') || '') === 'CFO', wb.SELECTORS.quickInputBox, { timeout: 10000 });
    await page.locator(wb.SELECTORS.quickInputBox).fill('Digital sales');
    await page.keyboard.press('Enter');
    await page.locator(wb.SELECTORS.activeTab, { hasText: 'oliver-grant.md' }).waitFor({ timeout: 15000 });
    const text = fs.readFileSync(path.join(run.workspace, 'customers', 'oliver-grant.md'), 'utf8');
    if (!/^account: commercial +#/m.test(text) || !/^role: Digital sales +#/m.test(text)) throw new Error(`the note says:\n${text.slice(0, 400)}`);
    const row = wb.treeRow(page, VIEW, 'Oliver Grant');
    await row.locator(wb.SELECTORS.rowDescription, { hasText: /^never contacted · Digital sales$/ }).waitFor({ timeout: 15000 });
    if ((await indentOf(row)) <= (await indentOf(wb.treeRow(page, VIEW, 'Commercial')))) throw new Error('Oliver Grant is not nested under Commercial');
  });
}

module.exports = { checkAccounts, checkNewPerson };
