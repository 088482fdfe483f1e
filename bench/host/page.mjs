// What the benchmark does inside the workbench page (Chromium): these functions are serialized by
// Playwright and run in the page, so they use nothing from this module's scope.

/**
 * An init script (runs before the workbench's own scripts): every 20 ms it notes when the Customers
 * view first has rows, when its progress bar shows and goes, and each text of Rapport's status bar item,
 * as epoch milliseconds in `window.__rapportBench`.
 */
export function watchWorkbench({ rowSelector, progressSelector, statusSelector }) {
  const seen = { rowsAt: null, firstRow: null, progressFrom: null, progressTo: null, status: [] };
  window.__rapportBench = seen;
  setInterval(() => {
    const now = Date.now();
    if (seen.rowsAt === null) {
      const row = document.querySelector(rowSelector);
      if (row) {
        seen.rowsAt = now;
        seen.firstRow = row.textContent.trim();
      }
    }
    const progress = document.querySelector(progressSelector);
    if (progress && seen.progressFrom === null) seen.progressFrom = now;
    if (!progress && seen.progressFrom !== null && seen.progressTo === null) seen.progressTo = now;
    const text = document.querySelector(statusSelector)?.textContent.trim() ?? null;
    if (text !== (seen.status.at(-1)?.text ?? null)) seen.status.push({ at: now, text });
  }, 20);
}

/**
 * Clicks the ping item of the status bar (its command runs in the extension host, which answers by
 * changing the item's text) until `window.__rapportBenchStop` is set, one ping every `gapMs` after the
 * last answer. Returns each ping's epoch send time and round trip in ms (null when no answer came).
 */
export async function pingUntilStopped({ pongSelector, gapMs, timeoutMs }) {
  const results = [];
  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
  const answered = (n) => new Promise((resolve) => {
    const done = (ok) => { observer.disconnect(); clearTimeout(timer); resolve(ok); };
    const check = () => document.querySelector(pongSelector)?.textContent.trim() === `pong ${n}` && done(true);
    const observer = new MutationObserver(check);
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    const timer = setTimeout(() => done(false), timeoutMs);
    check();
  });
  for (let n = 1; !window.__rapportBenchStop; n++) {
    const item = document.querySelector(pongSelector);
    if (!item) { n--; await sleep(gapMs); continue; }
    const sentAt = Date.now();
    const t0 = performance.now();
    (item.querySelector('a') ?? item).click();
    const ok = await answered(n);
    results.push({ sentAt, ms: ok ? performance.now() - t0 : null });
    if (!ok) break; // the count is off from here on
    await sleep(gapMs);
  }
  return results;
}
