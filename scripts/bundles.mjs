// What each esbuild bundle is built from and how: the Node and web extension hosts, the calendar reader
// the Node host loads on first use, and the dashboard webview. scripts/build.mjs builds them;
// scripts/third-party-notices.mjs reads which packages they hold.

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
  };

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

  return { node, calendar, web, webview };
}
