// What each esbuild bundle is built from and how: the Node and web extension hosts, what the Node host
// loads on first use (the `yaml` library, the dashboard and weekly review, the calendar reader), and the
// dashboard webview. scripts/build.mjs builds them; scripts/third-party-notices.mjs reads which packages
// they hold.
import { fileURLToPath } from 'node:url';

export function bundles({ production = false } = {}) {
  const common = {
    entryPoints: ['src/extension.ts'],
    bundle: true,
    format: 'cjs',
    external: ['vscode'],
    minify: production,
    sourcemap: !production,
    logLevel: 'warning',
  };

  const node = {
    ...common, outfile: 'dist/extension.js', platform: 'node', target: 'node20',
    define: { RAPPORT_WEB_BUNDLE: 'false' },
    plugins: [yamlOnFirstUse({ path: './yaml.js', external: true })],
  };

  // `yaml` on its own: the facade's lazy require loads it from beside dist/extension.js.
  const yaml = { ...common, entryPoints: ['src/yaml.ts'], outfile: 'dist/yaml.js', platform: 'node', target: 'node20' };

  // The dashboard and the weekly review on their own: their commands require them.
  const reports = { ...common, entryPoints: ['src/reports.ts'], outfile: 'dist/reports.js', platform: 'node', target: 'node20' };

  // The calendar reader on its own, so that activation never loads ical.js: the command requires it.
  const calendar = { ...common, entryPoints: ['src/calendar.ts'], outfile: 'dist/calendar.js', platform: 'node', target: 'node20' };

  // A web worker has no Node: setImmediate comes from scripts/web-shims/globals.js, `fs` is an empty
  // stub (the note reader then reads through vscode.workspace.fs), other Node modules throw when required.
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
    define: { global: 'globalThis', RAPPORT_WEB_BUNDLE: 'true' },
    plugins: [yamlOnFirstUse({ path: fileURLToPath(new URL('../src/yaml.ts', import.meta.url)) })],
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

  return { node, yaml, reports, calendar, web, webview };
}

const FACADE = /[\\/]src[\\/]core[\\/]frontMatter[\\/]lazyYaml\.ts$/;
const ENTRY = /[\\/]src[\\/]yaml\.ts$/;

// The facade's `require('yaml')` stays in place, inside the function that first needs it, and goes to
// `loaded`: in the Node bundle `./yaml.js`, external, which Node resolves next to dist/extension.js
// wherever it is installed; in the web bundle src/yaml.ts. Any other import of `yaml` would load it
// at activation again, so it stops the build.
function yamlOnFirstUse(loaded) {
  return {
    name: 'yaml-on-first-use',
    setup(build) {
      build.onResolve({ filter: /^yaml$/ }, (args) => {
        if (FACADE.test(args.importer)) return loaded;
        if (ENTRY.test(args.importer)) return undefined;
        return { errors: [{ text: `import yaml through src/core/frontMatter/lazyYaml.ts, not from ${args.importer}` }] };
      });
    },
  };
}
