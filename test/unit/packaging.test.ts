// What the .vsix ships: every bundle scripts/bundles.mjs writes (those loaded on first use
// included), and the notices of the packages bundled, ical.js's MPL-2.0 among them. Reads the
// repository's files; `npm run package` checks the notices against the bundles themselves.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');
const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');
const installed = (name: string) => JSON.parse(read(`node_modules/${name}/package.json`)).version as string;

describe('packaging', () => {
  const kept = read('.vscodeignore').split(/\r?\n/);

  it('ships every bundle the build writes, those loaded on first use too', () => {
    const outfiles = [...read('scripts/bundles.mjs').matchAll(/outfile: '([^']+)'/g)].map((m) => m[1]);
    assert.deepEqual(outfiles.sort(), ['dist/calendar.js', 'dist/extension.js', 'dist/reports.js', 'dist/web/extension.js', 'dist/yaml.js']);
    for (const file of outfiles) assert.ok(kept.includes(`!${file}`), `.vscodeignore keeps ${file}`);
    const manifest = JSON.parse(read('package.json'));
    assert.equal(manifest.main, './dist/extension.js');
    assert.equal(manifest.browser, './dist/web/extension.js');
  });

  it('ships ThirdPartyNotices.txt, naming each bundled dependency at its installed version', () => {
    assert.ok(kept.includes('!ThirdPartyNotices.txt'), '.vscodeignore keeps the notices');
    assert.match(read('scripts/package.mjs'), /const SHIPPED = \[[^\]]*'ThirdPartyNotices\.txt'/, 'the staging folder gets them');
    const notices = read('ThirdPartyNotices.txt');
    for (const name of Object.keys(JSON.parse(read('package.json')).dependencies)) {
      assert.ok(notices.includes(`- ${name} ${installed(name)} (`), `${name} ${installed(name)} in the notices (npm run notices)`);
    }
  });

  it('gives ical.js its MPL-2.0 text and the place of its source', () => {
    const notices = read('ThirdPartyNotices.txt');
    const version = installed('ical.js');
    assert.ok(notices.includes(`- ical.js ${version} (MPL-2.0): source https://github.com/kewisch/ical.js, npm package ical.js@${version}`));
    const section = notices.slice(notices.indexOf(`\nical.js ${version} (MPL-2.0)\n`));
    assert.match(section, /^\nical\.js \S+ \(MPL-2\.0\)\nSource: https:\/\/github\.com\/kewisch\/ical\.js\n-+\n\nMozilla Public License Version 2\.0\n/);
  });
});
