// Run in a fresh Node process by the benchmark: times `require` of the production bundle with a stubbed
// `vscode` module, then `activate()` with a fake extension context (no workspace folder, so the
// background scan finds nothing). Prints one JSON line.
import { stubCalls, makeStub } from './vscodeStub';
import * as path from 'node:path';

const bundle = path.resolve(process.argv[2] ?? 'dist/extension.js');

function fakeContext(): unknown {
  const store = new Map<string, unknown>();
  const memento = {
    get: (key: string, fallback?: unknown) => (store.has(key) ? store.get(key) : fallback),
    update: async (key: string, value: unknown) => void store.set(key, value),
    keys: () => [...store.keys()],
    setKeysForSync: () => undefined,
  };
  const known: Record<string, unknown> = {
    subscriptions: [],
    workspaceState: memento,
    globalState: memento,
    extensionPath: path.resolve('.'),
    extensionUri: makeStub('context.extensionUri'),
    storageUri: undefined,
    globalStorageUri: makeStub('context.globalStorageUri'),
    logUri: makeStub('context.logUri'),
    extensionMode: 1,
    asAbsolutePath: (p: string) => path.resolve(p),
  };
  // Anything else the extension might read is a tolerant stub too.
  return new Proxy(known, { get: (t, k) => (typeof k === 'string' && !(k in t) ? makeStub(`context.${k}`) : t[k as string]) });
}

const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const c0 = cpu();
const t0 = performance.now();
// eslint-disable-next-line @typescript-eslint/no-require-imports
const extension = require(bundle) as { activate(context: unknown): unknown };
const t1 = performance.now();
const c1 = cpu();
let activateMs: number | null = null;
let activateError: string | null = null;
try {
  extension.activate(fakeContext());
  activateMs = performance.now() - t1;
} catch (error) {
  activateError = String((error as Error)?.stack ?? error).split('\n').slice(0, 3).join(' | ');
}
const c2 = cpu();
process.stdout.write(`${JSON.stringify({ requireMs: t1 - t0, requireCpuMs: c1 - c0, activateCpuMs: c2 - c1, activateMs, activateError, vscodeCalls: stubCalls.length })}\n`);
// The extension leaves timers (the midnight rollover) behind; this process has said all it had to say.
process.exit(0);
