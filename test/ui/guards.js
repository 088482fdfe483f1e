// What must never happen during a UI run, watched the whole time: an error notification, a console error
// of the workbench about Rapport (a CSP violation in a webview or a walkthrough picture included), and an
// error in the extension host's log. Checks that expect an error toast say so with `expectErrorToast`.
'use strict';
const fs = require('fs');
const path = require('path');

// Installed before the workbench loads: records every notification toast, even one that closes by itself.
function recordToasts() {
  window.__rapportToasts = [];
  new MutationObserver(() => {
    for (const toast of document.querySelectorAll('.notification-toast')) {
      if (toast.__rapportSeen) continue;
      const message = toast.querySelector('.notification-list-item-message');
      if (!message || !message.textContent.trim()) continue;
      toast.__rapportSeen = true;
      const icon = toast.querySelector('.notification-list-item-icon');
      const severity = icon && icon.classList.contains('codicon-error') ? 'error' : icon && icon.classList.contains('codicon-warning') ? 'warning' : 'info';
      window.__rapportToasts.push({ severity, text: message.textContent.trim() });
    }
  }).observe(document, { childList: true, subtree: true });
}

class Guards {
  /** `extensionDir`: where the workbench loads Rapport from, to tell its resources from the workbench's own. */
  constructor(page, { extensionMarker = /rapport/i } = {}) {
    this.page = page;
    this.consoleErrors = [];
    this.expected = [];
    this.allowed = [];
    this.seenToasts = 0;
    page.on('console', (m) => {
      if (m.type() !== 'error') return;
      const text = m.text();
      const url = (m.location() && m.location().url) || '';
      // The workbench's own missing resources are not Rapport's; anything naming Rapport, and every CSP
      // violation (a walkthrough picture or a webview of Rapport's), is.
      // An error notification a check expected is also logged by the workbench: it is not a fault.
      if (this.allowed.some((p) => p.test(text))) return;
      if (/Content Security Policy/i.test(text) || extensionMarker.test(text) || (/Failed to load resource/.test(text) && extensionMarker.test(url))) {
        this.consoleErrors.push(`${text} (${url})`);
      }
    });
  }

  async install() {
    await this.page.addInitScript(recordToasts);
  }

  /** Every toast shown since the workbench loaded. */
  async toasts() {
    return this.page.evaluate(() => window.__rapportToasts || []).catch(() => []);
  }

  /** An error toast a check is about to cause on purpose (a refusal): matched by its text, once. */
  expectErrorToast(pattern) {
    this.expected.push(pattern);
    this.allowed.push(pattern);
  }

  /** Throws when an unexpected error toast appeared since the last call. Returns the new toasts. */
  async newToasts() {
    const all = await this.toasts();
    const fresh = all.slice(this.seenToasts);
    this.seenToasts = all.length;
    for (const toast of fresh) {
      if (toast.severity !== 'error') continue;
      const i = this.expected.findIndex((p) => p.test(toast.text));
      if (i === -1) throw new Error(`an error notification appeared: "${toast.text}"`);
      this.expected.splice(i, 1);
    }
    return fresh;
  }

  /** Console errors about Rapport so far (and forgets them). */
  takeConsoleErrors() {
    const errors = this.consoleErrors;
    this.consoleErrors = [];
    return errors;
  }
}

/** `[error]` lines of the extension host logs of a run (the host's own and Rapport's output channel). */
function extensionHostErrors(run) {
  const found = [];
  const logs = path.join(run.userDataDir, 'logs');
  const walk = (dir) => {
    if (!fs.existsSync(dir)) return;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (/^(remoteexthost|exthost)\.log$|^Rapport\.log$/.test(entry.name)) {
        for (const line of fs.readFileSync(p, 'utf8').split('\n')) {
          // What other extensions log once the window told the host to stop (a language server that can
          // no longer start) is not an error of the run.
          if (/Extension host terminating/.test(line)) break;
          if (/\[error\]/.test(line)) found.push(`${entry.name}: ${line.trim()}`);
        }
      }
    }
  };
  walk(logs);
  return found;
}

module.exports = { Guards, extensionHostErrors };
