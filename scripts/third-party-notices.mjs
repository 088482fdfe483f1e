// `npm run notices`: writes ThirdPartyNotices.txt, the notices of every npm package Rapport's bundles hold
// (as esbuild reports their inputs), each with its version, license, source and license text. Shipped in
// the .vsix beside LICENSE; ical.js's MPL-2.0 asks that its recipients learn where its source is.
//   node scripts/third-party-notices.mjs          write the file
//   node scripts/third-party-notices.mjs --check  exit 1 when the file is not what the bundles hold
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundles } from './bundles.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const FILE = path.join(root, 'ThirdPartyNotices.txt');
const OUTPUTS = { node: 'dist/extension.js', yaml: 'dist/yaml.js', reports: 'dist/reports.js', calendar: 'dist/calendar.js', web: 'dist/web/extension.js', webview: 'dist/media/' };

/** Package folder → the bundles that hold some of its files. */
async function bundledPackages() {
  const packages = new Map();
  for (const [name, options] of Object.entries(bundles({ production: true }))) {
    const { metafile } = await esbuild.build({ ...options, absWorkingDir: root, write: false, metafile: true, logLevel: 'error' });
    for (const input of Object.keys(metafile.inputs)) {
      const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input);
      if (!match) continue;
      const folder = path.resolve(root, match[1]);
      packages.set(folder, new Set([...(packages.get(folder) ?? []), OUTPUTS[name]]));
    }
  }
  return packages;
}

function sourceOf(repository) {
  const url = typeof repository === 'string' ? repository : repository?.url ?? '';
  return url
    .replace(/^github:/, '')
    .replace(/^git\+/, '')
    .replace(/^git:\/\//, 'https://')
    .replace(/\.git$/, '')
    .replace(/^(?!https?:)([\w.-]+\/[\w.-]+)$/, 'https://github.com/$1');
}

function licenseText(folder) {
  const file = fs.readdirSync(folder).find((f) => /^licen[cs]e(\.(md|txt))?$/i.test(f));
  if (!file) throw new Error(`${folder} has no LICENSE file`);
  return fs.readFileSync(path.join(folder, file), 'utf8').replace(/\r\n/g, '\n').trimEnd();
}

async function notices() {
  const entries = [...(await bundledPackages())].map(([folder, outputs]) => {
    const manifest = JSON.parse(fs.readFileSync(path.join(folder, 'package.json'), 'utf8'));
    return { name: manifest.name, version: manifest.version, license: manifest.license, source: sourceOf(manifest.repository), outputs: [...outputs].sort(), text: licenseText(folder) };
  }).sort((a, b) => a.name.localeCompare(b.name));
  const rule = '-'.repeat(100);
  return [
    'Third-party notices for Rapport',
    '',
    'Rapport\'s bundles hold the following open-source packages, unchanged but for bundling and',
    'minification. Each is listed with its version, its license, where its source code is, and which',
    'files of the extension hold it; the full license texts follow. Rapport\'s own license is in LICENSE.',
    '',
    ...entries.map((e) => `- ${e.name} ${e.version} (${e.license}): source ${e.source}, npm package ${e.name}@${e.version}; in ${e.outputs.join(', ')}`),
    '',
    ...entries.flatMap((e) => [rule, `${e.name} ${e.version} (${e.license})`, `Source: ${e.source}`, rule, '', e.text, '']),
  ].join('\n');
}

const text = await notices();
if (process.argv.includes('--check')) {
  const current = fs.existsSync(FILE) ? fs.readFileSync(FILE, 'utf8') : '';
  if (current !== text) {
    console.error('ThirdPartyNotices.txt does not list what the bundles hold: run `npm run notices` and commit it.');
    process.exit(1);
  }
} else {
  fs.writeFileSync(FILE, text);
}
