// Shared helpers of the integration suite: the extension's API, notes written straight to disk (as
// another program or `git checkout` would), and polling for what the extension does asynchronously.
import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { RapportApi } from '../../src/extension';
import type { TestHooks } from '../../src/testHooks';

export const EXTENSION_ID = 'rapport.rapport';

/** The running extension's test hooks (the tests run it in VS Code's test mode). */
export async function api(): Promise<TestHooks> {
  const extension = vscode.extensions.getExtension<RapportApi>(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is installed`);
  const rapport = await extension.activate();
  assert.ok(rapport.testHooks, 'the extension runs in test mode');
  await rapport.testHooks.ready;
  return rapport.testHooks;
}

export function workspaceRoot(): string {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the test workspace is open');
  return folder.uri.fsPath;
}

export function notePath(relative: string): string {
  return path.join(workspaceRoot(), relative);
}

export function noteUri(relative: string): vscode.Uri {
  return vscode.Uri.file(notePath(relative));
}

/** Writes a note to disk, bypassing VS Code, and waits until the index has it. */
export async function writeNote(relative: string, text: string | Buffer): Promise<vscode.Uri> {
  await watcherReady();
  const file = notePath(relative);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  const uri = vscode.Uri.file(file);
  const rapport = await api();
  await waitFor(() => rapport.customers().some((c) => c.id === uri.toString() && (typeof text !== 'string' || matches(c, text))), `${relative} indexed`);
  return uri;
}

// The index holds the note as written when its name or broken state reflects the text.
function matches(customer: { name: string; brokenReason?: string }, text: string): boolean {
  const name = /^name:\s*"?([^"\n#]+?)"?\s*(#.*)?$/m.exec(text)?.[1];
  return !name || customer.name === name.trim() || customer.brokenReason !== undefined;
}

let watcherLive = false;

/**
 * The server's file watcher starts a few seconds after the window opens; events before that are lost.
 * Tests that write behind VS Code's back wait until a probe note comes through once.
 */
export async function watcherReady(): Promise<void> {
  if (watcherLive) return;
  const rapport = await api();
  const probe = notePath('customers/zz-watcher-probe/probe.md');
  fs.mkdirSync(path.dirname(probe), { recursive: true });
  const id = vscode.Uri.file(probe).toString();
  await waitFor(() => {
    fs.writeFileSync(probe, `---\nname: Probe ${Date.now()}\n---\n`);
    return rapport.customers().some((c) => c.id === id);
  }, 'the file watcher to start', 60_000, 1000);
  fs.rmSync(path.dirname(probe), { recursive: true, force: true });
  await waitFor(() => !rapport.customers().some((c) => c.id === id), 'the probe removed');
  watcherLive = true;
}

export function readNote(relative: string): string {
  return fs.readFileSync(notePath(relative), 'utf8');
}

export async function removeNote(relative: string): Promise<void> {
  fs.rmSync(notePath(relative), { force: true });
  const uri = noteUri(relative).toString();
  const rapport = await api();
  await waitFor(() => !rapport.customers().some((c) => c.id === uri), `${relative} removed from the index`);
}

export async function waitFor(condition: () => boolean | Promise<boolean>, what: string, timeoutMs = 15_000, pollMs = 50): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await condition()) return;
    await new Promise((r) => setTimeout(r, pollMs));
  }
  assert.fail(`timed out waiting for: ${what}`);
}

/** `YYYY-MM-DD` of the local day `offset` days from today. */
export function day(offset = 0): string {
  const d = new Date();
  d.setDate(d.getDate() + offset);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Closes every editor, dropping unsaved changes (a save prompt would block the suite). */
export async function closeAllEditors(): Promise<void> {
  for (let i = 0; i < 20 && vscode.window.visibleTextEditors.length > 0; i++) {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/**
 * The quick fixes offered for `range`, once the workbench has the diagnostics. Just after the window
 * opens they reach it a moment after the extension made them, and a first request may be cancelled
 * as the editor settles: asked again then, as the light bulb would.
 */
export async function quickFixesAt(uri: vscode.Uri, range: vscode.Range, expected: (titles: string[]) => boolean = (t) => t.length > 0): Promise<vscode.CodeAction[]> {
  let actions: vscode.CodeAction[] = [];
  // The caller judges what came: a timeout here would hide which fixes were offered.
  for (const end = Date.now() + 5000; Date.now() < end; await new Promise((r) => setTimeout(r, 200))) {
    try {
      actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range, vscode.CodeActionKind.QuickFix.value);
    } catch (error) {
      if (!/Canceled/.test(String(error))) throw error;
    }
    if (expected(actions.map((a) => a.title))) break;
  }
  return actions;
}
