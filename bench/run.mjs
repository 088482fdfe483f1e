// `npm run bench`: compiles the benchmark (and the src/ it imports) with tsc, builds the production
// bundle, then runs the benchmark with --expose-gc. Extra arguments pass through
// (e.g. `npm run bench -- --sizes=100,1000 --runs=5`).
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import * as path from 'node:path';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const run = (args, label) => {
  const r = spawnSync(process.execPath, args, { cwd: repo, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`bench: ${label} failed`);
    process.exit(r.status ?? 1);
  }
};

run([require.resolve('typescript/bin/tsc'), '-p', 'bench/tsconfig.json'], 'tsc -p bench/tsconfig.json');
run(['scripts/build.mjs', '--production'], 'the production bundle (scripts/build.mjs --production)');
// A private copy, so that a development build written to dist/ meanwhile (by a watch or a test run)
// cannot be measured in its place.
const copy = () => {
  fs.mkdirSync(path.join(repo, 'out/bench/bundle'), { recursive: true });
  fs.copyFileSync(path.join(repo, 'dist/extension.js'), path.join(repo, 'out/bench/bundle/extension.js'));
  return !fs.readFileSync(path.join(repo, 'out/bench/bundle/extension.js'), 'utf8').includes('sourceMappingURL');
};
if (!copy()) {
  run(['scripts/build.mjs', '--production'], 'the production bundle (second try)');
  if (!copy()) {
    console.error('bench: dist/extension.js is not the minified production bundle (another build overwrote it?)');
    process.exit(1);
  }
}
run(['--expose-gc', 'out/bench/main.js', ...process.argv.slice(2)], 'the benchmark');
