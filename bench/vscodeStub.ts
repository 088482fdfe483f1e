// A stand-in for the `vscode` module outside VS Code: `require('vscode')` returns a Proxy that tolerates
// anything (property reads, calls, `new`, `extends`, iteration, `await`). Values written to it are kept,
// so `item.id = ...; item.id` reads back. Importing this module installs the stub.
import Module = require('node:module');

const cache = new Map<string, unknown>();

/** Every stubbed call, by dotted name (e.g. `window.createTreeView`): what activate() asked of VS Code. */
export const stubCalls: string[] = [];

export function makeStub(name: string): unknown {
  // A function target so the Proxy can be called and constructed; its own properties hold written values.
  const target = function stub() {} as unknown as Record<PropertyKey, unknown>;
  const children = new Map<PropertyKey, unknown>();
  const written = new Map<PropertyKey, unknown>();
  const handler: ProxyHandler<Record<PropertyKey, unknown>> = {
    get(t, key) {
      if (key === 'then') return undefined; // not a thenable: `await stub` resolves to the stub
      if (key === Symbol.iterator) return function* () {};
      if (key === Symbol.asyncIterator) return undefined;
      if (key === Symbol.toPrimitive) return (hint: string) => (hint === 'number' ? 0 : '');
      if (key === 'toString' || key === 'toJSON') return () => '';
      if (key === 'prototype') return t.prototype;
      if (written.has(key)) return written.get(key);
      if (typeof key === 'symbol') return undefined;
      if (!children.has(key)) children.set(key, makeStub(`${name}.${key}`));
      return children.get(key);
    },
    set(_, key, value) {
      written.set(key, value);
      return true;
    },
    apply() {
      stubCalls.push(name);
      return makeStub(`${name}()`);
    },
    construct() {
      stubCalls.push(`new ${name}`);
      return makeStub(`new ${name}`) as object;
    },
    has() {
      return true;
    },
  };
  return new Proxy(target, handler);
}

/**
 * The module itself. Bundlers copy a CommonJS module's own keys into an ES namespace built on the
 * module's prototype (esbuild's __toESM: `Object.create(Object.getPrototypeOf(mod))`), and a Proxy has
 * no own keys to copy, so its prototype is a second Proxy that answers every name from the stub.
 */
function moduleStub(): unknown {
  const stub = makeStub('vscode') as Record<PropertyKey, unknown>;
  const proto = new Proxy(Object.create(null) as object, {
    get: (_, key) => (key === '__esModule' ? undefined : stub[key]),
  });
  return new Proxy(stub, { getPrototypeOf: () => proto, get: (t, key) => (key === '__esModule' ? undefined : t[key]) });
}

type Loader = (request: string, parent: unknown, isMain: boolean) => unknown;
const moduleWithLoad = Module as unknown as { _load: Loader };
const originalLoad = moduleWithLoad._load;
moduleWithLoad._load = function load(request: string, parent: unknown, isMain: boolean) {
  if (request === 'vscode') {
    if (!cache.has('vscode')) cache.set('vscode', moduleStub());
    return cache.get('vscode');
  }
  return originalLoad.call(this, request, parent, isMain);
};
