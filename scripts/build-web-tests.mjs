// Bundles the web worker test suite (test/web/) into out/test-web/index.js: one CommonJS file whose only
// external is `vscode`, as the web worker extension host requires (see test/web/index.ts).
import * as esbuild from 'esbuild';

await esbuild.build({
  entryPoints: ['test/web/index.ts'],
  bundle: true,
  outfile: 'out/test-web/index.js',
  platform: 'browser',
  format: 'cjs',
  target: 'es2022',
  external: ['vscode'],
  sourcemap: 'inline',
  logLevel: 'warning',
  inject: ['scripts/web-shims/globals.js'],
  alias: { fs: './scripts/web-shims/fs.js' },
  define: { global: 'globalThis', 'process.env.NODE_ENV': '"test"' },
});
