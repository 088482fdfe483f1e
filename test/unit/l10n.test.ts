// Localization is complete: every vscode.l10n.t string in src/ has a German translation with the same
// placeholders, every user-facing manifest string is a %key% defined in package.nls.json and
// package.nls.de.json, and the packaged extension ships those files. Reads the repository's files.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';

const ROOT = path.resolve(__dirname, '../../..');
const readJson = (file: string) => JSON.parse(fs.readFileSync(path.join(ROOT, file), 'utf8'));
const placeholders = (s: string) => [...s.matchAll(/\{(\d+)\}/g)].map((m) => m[1]).sort().join(',');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []);
}

/** Every first argument of `vscode.l10n.t(...)` / `l10n.t(...)` in src/, and the calls whose key is not a literal. */
function l10nCalls(): { keys: Map<string, string>; dynamic: string[] } {
  const keys = new Map<string, string>();
  const dynamic: string[] = [];
  for (const file of sourceFiles(path.join(ROOT, 'src'))) {
    const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node) => {
      if (ts.isCallExpression(node) && /(^|\.)l10n\.t$/.test(node.expression.getText(source))) {
        const where = `${path.relative(ROOT, file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
        const first = node.arguments[0];
        const literal = (n: ts.Node | undefined) => n && (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) ? n.text : undefined;
        // The message-object form `{ message, args, comment }` is keyed by its message (plus the comment).
        const message = first && ts.isObjectLiteralExpression(first)
          ? first.properties.find((p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && p.name.getText(source) === 'message')?.initializer
          : first;
        const key = literal(message);
        if (key === undefined) dynamic.push(where); // a computed key: l10n-dev cannot extract it
        else keys.set(key, where);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { keys, dynamic };
}

describe('localization', () => {
  const manifest = readJson('package.json');
  const nls = readJson('package.nls.json');
  const nlsDe = readJson('package.nls.de.json');

  it('gives each string of a bundle one translation (JSON.parse would keep only the last)', () => {
    for (const file of ['l10n/bundle.l10n.de.json', 'l10n/bundle.l10n.json', 'package.nls.json', 'package.nls.de.json']) {
      const keys = [...fs.readFileSync(path.join(ROOT, file), 'utf8').matchAll(/^\s*("(?:[^"\\]|\\.)*")\s*:/gm)].map((m) => JSON.parse(m[1]) as string);
      const twice = keys.filter((key, i) => keys.indexOf(key) !== i);
      assert.deepEqual(twice, [], `${file} defines these more than once`);
    }
  });

  it('translates every vscode.l10n.t string in src/ into German with the same placeholders', () => {
    const { keys, dynamic } = l10nCalls();
    assert.ok(keys.size > 50, `found only ${keys.size} vscode.l10n.t calls`);
    assert.deepEqual(dynamic, [], 'vscode.l10n.t needs a literal string (l10n-dev export only sees literals)');
    const de = readJson('l10n/bundle.l10n.de.json') as Record<string, string>;
    // A message with a translator comment is keyed `message/comment` by l10n-dev.
    const translation = (key: string) => de[key] ?? Object.entries(de).find(([k]) => k.startsWith(`${key}/`))?.[1];
    const missing = [...keys].filter(([key]) => typeof translation(key) !== 'string').map(([key, where]) => `${where} ${JSON.stringify(key)}`);
    assert.deepEqual(missing, [], 'missing in l10n/bundle.l10n.de.json (npm run l10n, then translate)');
    for (const key of keys.keys()) assert.equal(placeholders(translation(key)!), placeholders(key), `placeholders of ${JSON.stringify(key)}`);
  });

  it('defines every %key% of package.json in package.nls.json and package.nls.de.json', () => {
    const used = [...JSON.stringify(manifest).matchAll(/"%([^"%]+)%"/g)].map((m) => m[1]);
    assert.ok(used.length > 30, `only ${used.length} %keys% in package.json`);
    assert.deepEqual(used.filter((k) => typeof nls[k] !== 'string'), [], 'missing in package.nls.json');
    assert.deepEqual(used.filter((k) => typeof nlsDe[k] !== 'string'), [], 'missing in package.nls.de.json');
    assert.deepEqual(Object.keys(nlsDe).filter((k) => !(k in nls)), [], 'package.nls.de.json keys unknown to package.nls.json');
    for (const k of used) assert.equal(placeholders(nlsDe[k]), placeholders(nls[k]), k);
  });

  it('leaves no user-facing manifest string unlocalized', () => {
    const literal = (v: unknown) => typeof v === 'string' && !/^%[^%]+%$/.test(v);
    const c = manifest.contributes;
    const found: string[] = [];
    const check = (where: string, v: unknown) => literal(v) && found.push(`${where}: ${v}`);
    check('description', manifest.description);
    for (const command of c.commands) check(command.command, command.title);
    for (const views of Object.values(c.views) as { id: string; name: string }[][]) for (const v of views) check(v.id, v.name);
    for (const w of c.viewsWelcome) check(`viewsWelcome ${w.when}`, w.contents);
    for (const [name, p] of Object.entries(c.configuration.properties) as [string, Record<string, unknown>][]) {
      check(name, p.markdownDescription ?? p.description);
      for (const d of (p.enumDescriptions as unknown[]) ?? []) check(`${name} enum`, d);
    }
    for (const w of c.walkthroughs) {
      check(w.id, w.title);
      check(w.id, w.description);
      for (const s of w.steps) [s.title, s.description, s.media?.altText].forEach((v) => check(`${w.id}/${s.id}`, v));
    }
    assert.deepEqual(found, [], 'node scripts/l10n-manifest.mjs moves them to package.nls.json');
  });

  it('has a singular beside every "{0} days" and "{0} customers", in both languages', () => {
    const { keys } = l10nCalls();
    const de = readJson('l10n/bundle.l10n.de.json') as Record<string, string>;
    for (const [plural, singular] of [['{0} days', '1 day'], ['{0} customers', '1 customer']]) {
      const counted = [...keys.keys()].filter((k) => k.includes(plural));
      assert.ok(counted.length > 0, plural);
      // Where English says it without the number, that word is the singular.
      const spoken: Record<string, string> = { '{0} days ago': 'yesterday', 'every {0} days': 'every day', 'in {0} days': 'tomorrow' };
      for (const key of counted) {
        const one = spoken[key] ?? key.replace(plural, singular);
        assert.ok(keys.has(one), `"${one}" beside "${key}"`);
        assert.notEqual(de[one], undefined, `German for "${one}"`);
      }
    }
  });

  it('writes the welcome views without backticks: they render links, not code', () => {
    for (const bundle of [nls, nlsDe]) {
      for (const [key, text] of Object.entries(bundle as Record<string, string>)) if (key.startsWith('viewsWelcome.')) assert.doesNotMatch(text, /`/, key);
    }
  });

  it('points package.json at ./l10n and ships the nls files and bundles in the .vsix', () => {
    assert.equal(manifest.l10n, './l10n');
    const ignore = fs.readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8').split(/\r?\n/);
    assert.ok(ignore.includes('!package.nls*.json'), '.vscodeignore keeps package.nls*.json');
    assert.ok(ignore.some((l) => /^!l10n\/(\*\*|bundle\.l10n\.\*\.json)$/.test(l)), '.vscodeignore keeps l10n/');
  });
});

describe('walkthrough', () => {
  const manifest = readJson('package.json');
  const commands = new Set<string>(manifest.contributes.commands.map((c: { command: string }) => c.command));

  it('has the four getting-started steps, each completed by a contributed command, with media that exists', () => {
    const [walkthrough] = manifest.contributes.walkthroughs;
    assert.deepEqual(walkthrough.steps.map((s: { id: string }) => s.id), ['newCustomer', 'logContact', 'insertReflection', 'dashboard']);
    for (const step of walkthrough.steps) {
      for (const event of step.completionEvents) {
        const command = /^onCommand:(.+)$/.exec(event)?.[1];
        assert.ok(command && commands.has(command), `${step.id}: ${event} names a contributed command`);
        assert.ok(step.description.startsWith('%') || step.description.includes(`command:${command}`), step.id);
      }
      const media = step.media.svg ?? step.media.image ?? step.media.markdown;
      assert.ok(fs.existsSync(path.join(ROOT, media)), `${step.id}: ${media} exists`);
      assert.ok(fs.statSync(path.join(ROOT, media)).size < 20_000, `${media} is small`);
    }
  });
});
