// Run in a fresh Node process by lazyYaml.test.ts (in the mocha process other tests have loaded `yaml`
// already): loads every module that uses `yaml`, reads a note, then does what argv[2] names (`place`
// a key only the parse can place, or `edit` a value), and prints whether `yaml` was loaded after each step.
import '../../src/core/editorHelp/keyFixes';
import '../../src/core/frontMatter/keyPlace';
import '../../src/core/frontMatter/readBack';
import '../../src/core/frontMatter/removeKey';
import '../../src/core/frontMatter/scalar';
import '../../src/core/frontMatter/valueReplacement';
import { setFrontMatterValue } from '../../src/core/frontMatter/edit';
import { parseCustomerNote } from '../../src/core/reading/customerNote';

const loaded = () => Object.keys(require.cache).some((file) => /[\\/]node_modules[\\/]yaml[\\/]/.test(file));
const steps: Record<string, boolean> = { imported: loaded() };

// A comment names the key too: only the parse can tell its line.
const text = '---\n# last_contacted by hand\nname: Acme\nlast_contacted: 2026-11-20\n---\n';
const note = parseCustomerNote('file:///ws/customers/acme.md', 'acme.md', text, { defaultCadenceDays: 14 });
steps.read = loaded();
if (process.argv[2] === 'place') void note.lastContactedLine;
else if (!setFrontMatterValue(text, 'last_contacted', '2026-12-01').ok) throw new Error('the edit was refused');
steps.used = loaded();
process.stdout.write(JSON.stringify(steps));
