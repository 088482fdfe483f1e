// Small Playwright helpers for the VS Code web workbench. The selectors are VS Code 1.100's DOM
// (the version is pinned in test/harness/paths.js); keep them here so an upgrade touches one file.
'use strict';

const SELECTORS = {
  workbench: '.monaco-workbench',
  // The <li> is the click target: the badge (overdue count) covers the <a> and intercepts the pointer.
  activityItem: (title) => `.activitybar li.action-item:has(> a.action-label[aria-label^="${title}"])`,
  // A view's pane is found by its header, whose aria-label is "<view name> Section".
  viewRows: (viewName) => `.pane:has(> .pane-header[aria-label="${viewName} Section"]) .monaco-list-row`,
  listRow: '.monaco-list-row',
  rowLabel: '.label-name',
  rowDescription: '.label-description',
  statusItem: (id) => `.statusbar-item[id="${id}"]`,
  quickInput: '.quick-input-widget',
  quickInputBox: '.quick-input-widget input.input',
  quickInputRow: '.quick-input-widget .quick-input-list .monaco-list-row',
  quickInputTitle: '.quick-input-widget .quick-input-title, .quick-input-widget .quick-input-message, .quick-input-widget input.input',
  hover: '.workbench-hover, .monaco-hover',
  activeTab: '.tabs-container .tab.active',
  tab: '.tabs-container .tab',
  // A webview is an <iframe class="webview"> whose document hosts the extension's page in iframe#active-frame.
  webviewOuter: 'iframe.webview',
  webviewInner: 'iframe#active-frame',
  notificationToast: '.notifications-toasts .notification-toast',
};

async function waitForWorkbench(page, timeout = 60000) {
  await page.locator(SELECTORS.workbench).waitFor({ timeout });
  // The status bar is among the last parts laid out; once it has items the workbench is usable.
  await page.locator('.statusbar-item').first().waitFor({ timeout });
}

async function openViewContainer(page, title) {
  const item = page.locator(SELECTORS.activityItem(title)).first();
  await item.waitFor({ timeout: 30000 });
  // Clicking an already open container closes it again; only click when it is not the active one.
  if ((await item.getAttribute('aria-expanded')) !== 'true') await item.click();
}

// Rows of a tree view: [{ label, description }] in display order.
async function treeRows(page, viewName) {
  const rows = page.locator(SELECTORS.viewRows(viewName));
  const count = await rows.count();
  const result = [];
  for (let i = 0; i < count; i++) {
    const row = rows.nth(i);
    const label = (await row.locator(SELECTORS.rowLabel).first().innerText().catch(() => '')).trim();
    const description = (await row.locator(SELECTORS.rowDescription).first().innerText().catch(() => '')).trim();
    result.push({ label, description });
  }
  return result;
}

function treeRow(page, viewName, label) {
  return page.locator(SELECTORS.viewRows(viewName)).filter({ has: page.locator(SELECTORS.rowLabel, { hasText: label }) }).first();
}

// Keyboard focus in the workbench (for F1) without starting anything: a click on the empty middle of the
// status bar. (A click on an editor tab can leave the focus in a webview, which keeps F1 to itself.)
async function focusWorkbench(page) {
  const bar = await page.locator('.part.statusbar').boundingBox();
  await page.mouse.click(bar.x + bar.width / 2, bar.y + bar.height / 2);
}

// F1, type the command's palette title, run it. Focus must be inside the workbench for F1 to reach it.
async function runCommand(page, title) {
  await page.keyboard.press('F1');
  const box = page.locator(SELECTORS.quickInputBox);
  await box.waitFor({ state: 'visible', timeout: 10000 });
  await box.fill(`>${title}`);
  await page.locator(SELECTORS.quickInputRow, { hasText: title }).first().waitFor({ timeout: 10000 });
  // The first match is not always the command: ">Preferences: Color Theme" lists "Preferences: Browse Color
  // Themes in Marketplace" first. A row labelled exactly `title` is clicked; otherwise Enter runs the first.
  const exact = new RegExp(`^\\s*${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`);
  const row = page.locator(SELECTORS.quickInputRow).filter({ has: page.locator('.label-name', { hasText: exact }) }).first();
  if (await row.count()) await row.click();
  else await page.keyboard.press('Enter');
}

// Waits for a quick pick showing `placeholder` and picks the item whose label starts with `label`.
async function pickQuickItem(page, placeholder, label) {
  const box = page.locator(SELECTORS.quickInputBox);
  await page.waitForFunction(
    ({ sel, text }) => { const el = document.querySelector(sel); return !!el && el.offsetParent !== null && (el.getAttribute('placeholder') || '').includes(text); },
    { sel: SELECTORS.quickInputBox, text: placeholder }, { timeout: 10000 });
  const row = page.locator(SELECTORS.quickInputRow).filter({ has: page.locator('.label-name', { hasText: label }) }).first();
  await row.waitFor({ timeout: 10000 });
  await row.click();
  return box;
}

async function statusItemText(page, id) {
  const item = page.locator(SELECTORS.statusItem(id)).first();
  await item.waitFor({ timeout: 60000 });
  return (await item.innerText()).trim();
}

// The document of the (first visible) webview, as a FrameLocator: the workbench's <iframe class="webview">
// holds the extension's HTML in its own iframe#active-frame.
function webviewFrame(page) {
  return page.frameLocator(`${SELECTORS.webviewOuter}:visible`).first().frameLocator(SELECTORS.webviewInner);
}

// Closes notification toasts ("Notifications: Clear All Notifications"), so none sits on a screenshot.
// Returns how many were showing.
async function dismissNotifications(page) {
  const toasts = page.locator(SELECTORS.notificationToast);
  const count = await toasts.count();
  if (!count) return 0;
  await runCommand(page, 'Notifications: Clear All Notifications');
  await toasts.first().waitFor({ state: 'detached', timeout: 5000 }).catch(() => {});
  return count;
}

// Picks a colour theme in "Preferences: Color Theme", as a person would (VS Code saves it to the user
// settings), and waits until the workbench is drawn in it. `kind` is what themeKind() then returns.
async function pickColorTheme(page, theme, kind) {
  await runCommand(page, 'Preferences: Color Theme');
  await page.locator(SELECTORS.quickInputBox).fill(theme);
  // VS Code 1.100 labels the row "Light Modern" and shows the setting value "Default Light Modern" beside it.
  const row = page.locator(SELECTORS.quickInputRow, { hasText: theme }).first();
  await row.waitFor({ timeout: 10000 });
  await row.click();
  await page.waitForFunction((k) => document.querySelector('.monaco-workbench')?.classList.contains(k), kind, { timeout: 15000 });
}

// 'vs' (light), 'vs-dark', 'hc-black' or 'hc-light': the theme kind the workbench is drawn in.
async function themeKind(page) {
  const cls = (await page.locator(SELECTORS.workbench).first().getAttribute('class')) || '';
  return ['hc-light', 'hc-black', 'vs-dark', 'vs'].find((k) => cls.split(/\s+/).includes(k));
}

module.exports = {
  SELECTORS, waitForWorkbench, focusWorkbench, openViewContainer, treeRows, treeRow, runCommand, pickQuickItem, statusItemText,
  webviewFrame, dismissNotifications, themeKind, pickColorTheme,
};
