// Code loaded the first time a command needs it, never at activation. In the Node extension host it is
// a second bundle in dist/ (scripts/bundles.mjs), required from the extension's own folder (it gets
// `vscode` as dist/extension.js does). The web worker extension host cannot load a second file: its
// `require` knows only `vscode`, `importScripts` is blocked, ES modules are refused, and evaluating
// fetched text is not something Rapport does. There the code stays in the one web bundle, and esbuild's
// lazy `import()` (the caller's `webImport`: a literal import, given only in the web bundle, so that the
// Node bundle leaves it out) defers running it.
import * as vscode from 'vscode';

/** A loader of `dist/<file>`, or of `webImport()` in the web bundle; a failed load is tried again the next time. */
export function lazyBundle<T>(file: string, webImport: (() => Promise<T>) | undefined): (extensionUri: vscode.Uri) => Promise<T> {
  let loaded: Promise<T> | undefined;
  const load = async (extensionUri: vscode.Uri): Promise<T> => {
    if (webImport) return webImport();
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return require(vscode.Uri.joinPath(extensionUri, 'dist', file).fsPath) as T;
  };
  return (extensionUri) => {
    const loading = (loaded ??= load(extensionUri));
    loading.catch(() => loaded === loading && (loaded = undefined));
    return loading;
  };
}
