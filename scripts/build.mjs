// Bundles the extension with esbuild: dist/extension.js for the Node extension host (desktop, remote,
// Codespaces) and dist/web/extension.js for the web worker extension host (vscode.dev, github.dev,
// code-server's web worker); dist/yaml.js (the `yaml` library), dist/reports.js (the dashboard and the
// weekly review) and dist/calendar.js (the calendar import's reader with ical.js), which the Node host
// loads on first use (the web bundle holds them: src/core/frontMatter/lazyYaml.ts,
// src/vscode/lazyBundle.ts); and
// dist/media/ for the dashboard webview. `--production` minifies; `--watch` rebuilds on change;
// `--node-only` or `--web-only` builds one extension host (and the webview).
import * as esbuild from 'esbuild';
import { bundles } from './bundles.mjs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const only = process.argv.includes('--node-only') ? 'node' : process.argv.includes('--web-only') ? 'web' : undefined;

// The webview goes with either host: both open the same dashboard.
const { node, yaml, reports, calendar, web, webview } = bundles({ production });
const nodeHost = [node, yaml, reports, calendar];
const builds = [...(only !== 'web' ? nodeHost : []), only !== 'node' && web, webview].filter(Boolean);
if (watch) {
  for (const options of builds) await (await esbuild.context(options)).watch();
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
}
