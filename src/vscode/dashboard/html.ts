// The dashboard's HTML shell: a strict CSP with a fresh nonce, the local stylesheet and script, and no
// data at all (the data arrives by postMessage, so no note text is ever parsed as HTML).
import type * as vscode from 'vscode';

export function dashboardHtml(webview: vscode.Webview, media: vscode.Uri, joinPath: (base: vscode.Uri, ...p: string[]) => vscode.Uri): string {
  // Web Crypto works in the desktop and the web extension host alike.
  const nonce = [...globalThis.crypto.getRandomValues(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, '0')).join('');
  const css = webview.asWebviewUri(joinPath(media, 'dashboard', 'dashboard.css'));
  const js = webview.asWebviewUri(joinPath(media, 'dashboard', 'dashboard.js'));
  const csp = [
    "default-src 'none'",
    `img-src ${webview.cspSource} data:`,
    `style-src ${webview.cspSource}`,
    `script-src 'nonce-${nonce}'`,
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${css}">
<title>Rapport Dashboard</title>
</head>
<body>
<main id="app" aria-live="polite"><p class="muted">Loading…</p></main>
<script nonce="${nonce}" src="${js}"></script>
</body>
</html>`;
}
