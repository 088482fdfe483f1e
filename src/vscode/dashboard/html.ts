// The dashboard's HTML shell: a strict CSP with a fresh nonce, the built stylesheet and script
// (scripts/build.mjs writes both to dist/media/), and no data at all (the data and its words arrive by
// postMessage, so no note text is ever parsed as HTML).
import type * as vscode from 'vscode';

export interface ShellWords {
  /** The display language, for the page's `lang`. */
  readonly lang: string;
  readonly title: string;
  readonly loading: string;
}

export function dashboardHtml(webview: vscode.Webview, assets: vscode.Uri, joinPath: (base: vscode.Uri, ...p: string[]) => vscode.Uri, words: ShellWords): string {
  // Web Crypto works in the desktop and the web extension host alike.
  const nonce = [...globalThis.crypto.getRandomValues(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, '0')).join('');
  const css = webview.asWebviewUri(joinPath(assets, 'dashboard.css'));
  const js = webview.asWebviewUri(joinPath(assets, 'dashboard.js'));
  const csp = [
    "default-src 'none'",
    `img-src ${webview.cspSource} data:`,
    `style-src ${webview.cspSource}`,
    `script-src 'nonce-${nonce}'`,
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="${escapeHtml(words.lang)}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${css}">
<title>${escapeHtml(words.title)}</title>
</head>
<body>
<main id="app" aria-live="polite"><p class="muted">${escapeHtml(words.loading)}</p></main>
<script nonce="${nonce}" src="${js}"></script>
</body>
</html>`;
}

/** A translation is text, even if it holds `<` or `&`. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
