// The part of the `yaml` library Rapport uses, loaded on first use (src/core/frontMatter/lazyYaml.ts):
// a bundle of its own in the Node build (dist/yaml.js), so that activation never loads it; inside the
// one web bundle, where naming the functions used lets the rest of the library be left out.
export { isMap, isScalar, parseDocument, visit } from 'yaml';
