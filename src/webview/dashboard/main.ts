// The dashboard webview's script: draws the data the extension posts (src/core/reports/dashboardData.ts)
// in the words it posts with it, as plain DOM and SVG. Bundled by scripts/build.mjs for the browser.
// Customer names are buttons; a click (or Enter/Space) asks the extension to open the note.
import { dashboardApi } from './vscodeApi';
import type { ToWebview } from './messages';
import { render } from './render';

const vscode = dashboardApi();
const app = document.getElementById('app')!;
const post = vscode.postMessage.bind(vscode);

window.addEventListener('message', (event: MessageEvent<ToWebview | undefined>) => {
  const message = event.data;
  if (message && message.type === 'data' && message.data && message.labels) {
    vscode.setState({ data: message.data, labels: message.labels });
    render(app, message.data, message.labels, post);
  }
});
// Shown again after being hidden: the last drawing at once, until the host answers `ready`.
const saved = vscode.getState();
if (saved?.data && saved.labels) render(app, saved.data, saved.labels, post);
vscode.postMessage({ type: 'ready' });
