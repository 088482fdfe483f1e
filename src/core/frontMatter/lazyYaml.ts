// The `yaml` library (the editor's parser, about 115 KB minified) required the first time one of its
// functions is called, never when this module loads: reading notes needs only js-yaml, so a start with
// no edit, no quick fix and no problem to place never loads it. Import `yaml` through here only (the
// build stops otherwise). The bundles map this `require` to src/yaml.ts, in the Node one as a file of
// its own beside dist/extension.js (scripts/bundles.mjs); the unit tests get the package itself.
import type * as Yaml from 'yaml';

export type { Alias, Document, Node, Pair, YAMLMap } from 'yaml';

// src/core is also checked without Node's types (the webview's tsconfig reaches it): CommonJS's own `require`.
declare const require: (id: 'yaml') => unknown;

/** What src/yaml.ts holds. */
type Library = Pick<typeof Yaml, 'isMap' | 'isScalar' | 'parseDocument' | 'visit'>;

let loaded: Library | undefined;

function yaml(): Library {
  return (loaded ??= require('yaml') as Library);
}

export function parseDocument(source: string, options?: Yaml.ParseOptions & Yaml.DocumentOptions & Yaml.SchemaOptions): Yaml.Document.Parsed {
  return yaml().parseDocument(source, options);
}

export function isMap<K = unknown, V = unknown>(node: unknown): node is Yaml.YAMLMap<K, V> {
  return yaml().isMap<K, V>(node);
}

export function isScalar<T = unknown>(node: unknown): node is Yaml.Scalar<T> {
  return yaml().isScalar<T>(node);
}

type Visit = ((node: Yaml.Node | Yaml.Document | null, visitor: Yaml.visitor) => void) & { readonly BREAK: symbol };

/** `visit`; its `BREAK` is the library's own symbol, read when a visitor returns it (visiting has loaded the library). */
export const visit = Object.defineProperty(
  (node: Yaml.Node | Yaml.Document | null, visitor: Yaml.visitor) => yaml().visit(node, visitor),
  'BREAK',
  { get: () => yaml().visit.BREAK },
) as Visit;
