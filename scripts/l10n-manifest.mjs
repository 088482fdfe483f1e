// Moves every user-facing string of package.json into package.nls.json as a %key% (idempotent: strings
// already written as %key% are left alone), so new commands and settings get localizable titles.
// Then lists the keys that package.nls.de.json and l10n/bundle.l10n.de.json still lack.
//   node scripts/l10n-manifest.mjs          convert and report
//   node scripts/l10n-manifest.mjs --check  only report; exit 1 when anything is missing
import * as fs from 'node:fs';

const check = process.argv.includes('--check');
const read = (file) => (fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : {});
const write = (file, value) => fs.writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
const manifest = read('package.json');
const nls = read('package.nls.json');
let moved = 0;

// Replaces obj[prop] by %key% and records the English text; a key that already holds other text is an error.
function localize(obj, prop, key) {
  const value = obj?.[prop];
  if (typeof value !== 'string' || /^%[^%]+%$/.test(value)) return;
  if (nls[key] !== undefined && nls[key] !== value) throw new Error(`package.nls.json already has ${key} with other text`);
  if (check) { console.log(`not localized: ${key} (${value.slice(0, 60)})`); moved++; return; }
  nls[key] = value;
  obj[prop] = `%${key}%`;
  moved++;
}
const short = (id) => id.replace(/^rapport\./, '');

const c = manifest.contributes ?? {};
localize(manifest, 'description', 'extension.description');
for (const container of c.viewsContainers?.activitybar ?? []) localize(container, 'title', `viewContainer.${short(container.id)}.title`);
for (const views of Object.values(c.views ?? {})) {
  for (const view of views) {
    localize(view, 'name', `view.${short(view.id)}.name`);
    localize(view, 'contextualTitle', `view.${short(view.id)}.contextualTitle`);
  }
}
(c.viewsWelcome ?? []).forEach((welcome, i) => {
  const which = /workspaceFolderCount == 0/.test(welcome.when ?? '') ? 'noFolder' : /workspaceFolderCount > 0/.test(welcome.when ?? '') ? 'folder' : String(i);
  localize(welcome, 'contents', `viewsWelcome.${short(welcome.view)}.${which}`);
});
for (const command of c.commands ?? []) {
  localize(command, 'title', `command.${short(command.command)}.title`);
  localize(command, 'shortTitle', `command.${short(command.command)}.shortTitle`);
}
localize(c.configuration, 'title', 'configuration.title');
for (const [name, prop] of Object.entries(c.configuration?.properties ?? {})) {
  for (const field of ['description', 'markdownDescription', 'deprecationMessage', 'markdownDeprecationMessage']) localize(prop, field, `configuration.${short(name)}.${field}`);
  (prop.enumDescriptions ?? []).forEach((_, i) => localize(prop.enumDescriptions, i, `configuration.${short(name)}.enumDescriptions.${prop.enum?.[i] ?? i}`));
  (prop.markdownEnumDescriptions ?? []).forEach((_, i) => localize(prop.markdownEnumDescriptions, i, `configuration.${short(name)}.markdownEnumDescriptions.${prop.enum?.[i] ?? i}`));
}
for (const walkthrough of c.walkthroughs ?? []) {
  const w = `walkthrough.${short(walkthrough.id)}`;
  localize(walkthrough, 'title', `${w}.title`);
  localize(walkthrough, 'description', `${w}.description`);
  for (const step of walkthrough.steps ?? []) {
    localize(step, 'title', `${w}.${step.id}.title`);
    localize(step, 'description', `${w}.${step.id}.description`);
    localize(step.media, 'altText', `${w}.${step.id}.altText`);
  }
}

if (!check && moved) {
  write('package.json', manifest);
  write('package.nls.json', nls);
  console.log(`moved ${moved} manifest string(s) to package.nls.json`);
}

let missing = check ? moved : 0;
const de = read('package.nls.de.json');
for (const key of Object.keys(nls)) if (de[key] === undefined) { console.log(`package.nls.de.json lacks ${key}`); missing++; }
if (fs.existsSync('l10n/bundle.l10n.json')) {
  const bundle = read('l10n/bundle.l10n.json');
  const bundleDe = read('l10n/bundle.l10n.de.json');
  for (const key of Object.keys(bundle)) if (bundleDe[key] === undefined) { console.log(`l10n/bundle.l10n.de.json lacks ${JSON.stringify(key)}`); missing++; }
}
if (check && missing) process.exit(1);
