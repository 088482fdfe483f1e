// `npm run package`: builds the production bundles and packs rapport.vsix from a staging folder that
// holds only what ships. vsce walks every file of the folder it packs before applying .vscodeignore;
// in the repository that means code-server's node_modules and the benchmark corpus (a minute of work).
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SHIPPED = ['package.json', 'package.nls.json', 'package.nls.de.json', 'README.md', 'CHANGELOG.md', 'LICENSE', 'ThirdPartyNotices.txt', '.vscodeignore', 'media', 'dist', 'l10n'];

execFileSync(process.execPath, [join(root, 'scripts/build.mjs'), '--production'], { cwd: root, stdio: 'inherit' });
// The notices must name what the bundles hold: a dependency added or updated without them stops here.
execFileSync(process.execPath, [join(root, 'scripts/third-party-notices.mjs'), '--check'], { cwd: root, stdio: 'inherit' });
const stage = mkdtempSync(join(tmpdir(), 'rapport-package-'));
try {
  for (const entry of SHIPPED) if (existsSync(join(root, entry))) cpSync(join(root, entry), join(stage, entry), { recursive: true });
  const vsce = join(root, 'node_modules/@vscode/vsce/vsce');
  execFileSync(process.execPath, [vsce, 'package', '--no-dependencies', '-o', join(root, 'rapport.vsix')], { cwd: stage, stdio: 'inherit' });
} finally {
  rmSync(stage, { recursive: true, force: true });
}
