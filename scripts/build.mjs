// Bundles the extension with esbuild: dist/extension.js for the Node extension host (desktop, remote,
// Codespaces) and dist/web/extension.js for the web worker extension host (vscode.dev, github.dev,
// code-server's web worker), and dist/media/ for the dashboard webview. `--production` minifies;
// `--watch` rebuilds on change; `--node-only` or `--web-only` builds one extension host (and the webview).
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const only = process.argv.includes('--node-only') ? 'node' : process.argv.includes('--web-only') ? 'web' : undefined;

const common = {
  entryPoints: ['src/extension.ts'],
  bundle: true,
  format: 'cjs',
  external: ['vscode'],
  minify: production,
  sourcemap: !production,
  logLevel: 'warning',
};

const node = { ...common, outfile: 'dist/extension.js', platform: 'node', target: 'node20' };

// A web worker has no Node: Buffer and setImmediate come from scripts/web-shims/globals.js, `fs` is an
// empty stub (gray-matter only needs it for matter.read), other Node modules throw when required.
const web = {
  ...common,
  outfile: 'dist/web/extension.js',
  platform: 'browser',
  target: 'es2022',
  mainFields: ['browser', 'module', 'main'],
  inject: ['scripts/web-shims/globals.js'],
  alias: {
    fs: './scripts/web-shims/fs.js',
    'fs/promises': './scripts/web-shims/no-node.js',
    path: './scripts/web-shims/no-node.js',
    os: './scripts/web-shims/no-node.js',
  },
  define: { global: 'globalThis' },
};

// The dashboard webview's script (an IIFE, as a page's <script> needs) and its stylesheet, side by side
// in dist/media/: the one folder the webview may load from. The stylesheet's source stays in media/.
const webview = {
  entryPoints: [
    { in: 'src/webview/dashboard/main.ts', out: 'dashboard' },
    { in: 'media/dashboard/dashboard.css', out: 'dashboard' },
  ],
  outdir: 'dist/media',
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: 'es2022',
  minify: production,
  sourcemap: !production,
  logLevel: 'warning',
};

// The webview goes with either host: both open the same dashboard.
const builds = [only !== 'web' && node, only !== 'node' && web, webview].filter(Boolean);
if (watch) {
  for (const options of builds) await (await esbuild.context(options)).watch();
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
}
