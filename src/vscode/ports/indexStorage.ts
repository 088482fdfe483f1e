// The index cache on VS Code: files in the extension's storage for this workspace (context.storageUri,
// never inside the workspace), through vscode.workspace.fs so remote and virtual workspaces work. A file
// is written whole under a temporary name, then renamed over the old one: a window closing mid-write
// leaves the old cache or the new, never a part.
import * as vscode from 'vscode';
import type { IndexCacheOptions } from '../../core/index/cache/noteCache';
import type { IndexStorage } from '../../core/index/ports';

/** The index cache of this workspace; none when no folder is open (VS Code then gives no storage). */
export function indexCacheOptions(context: vscode.ExtensionContext): IndexCacheOptions | undefined {
  const folder = context.storageUri;
  return folder && { storage: folderStorage(folder), version: buildOf(context) };
}

function folderStorage(folder: vscode.Uri): IndexStorage {
  return {
    async read(name) {
      try {
        return new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder, name)));
      } catch (error) {
        if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') return undefined;
        throw error;
      }
    },
    async write(name, text) {
      await vscode.workspace.fs.createDirectory(folder);
      const temporary = vscode.Uri.joinPath(folder, `${name}.${Date.now()}-${Math.random().toString(36).slice(2)}.tmp`);
      await vscode.workspace.fs.writeFile(temporary, new TextEncoder().encode(text));
      try {
        await vscode.workspace.fs.rename(temporary, vscode.Uri.joinPath(folder, name), { overwrite: true });
      } catch (error) {
        await Promise.resolve(vscode.workspace.fs.delete(temporary)).catch(() => undefined);
        throw error;
      }
    },
  };
}

/**
 * This build of Rapport: its version and when its bundle was written. Any new build (a release, an
 * install, a rebuild while developing) may read notes another way, so it never reads an older cache.
 */
async function buildOf(context: vscode.ExtensionContext): Promise<string> {
  const manifest = context.extension.packageJSON as { version?: unknown; main?: unknown; browser?: unknown };
  for (const bundle of [manifest.main, manifest.browser]) {
    if (typeof bundle !== 'string') continue;
    try {
      const stat = await vscode.workspace.fs.stat(vscode.Uri.joinPath(context.extensionUri, bundle));
      return `${manifest.version}+${stat.mtime}.${stat.size}`;
    } catch {
      // the other bundle, or none that can be asked (a web host serving the extension over http)
    }
  }
  return String(manifest.version);
}
