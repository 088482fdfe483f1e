// Keeps the one CustomerIndex in step with the workspace: a full scan at start (in batches, yielding
// so the extension host never stalls), then one file at a time from file-system watchers, debounced,
// plus the unsaved text of open customer notes so the views follow what the leader is typing.
import * as vscode from 'vscode';
import type { CustomerIndex } from '../../core/index/customerIndex';
import type { CustomerNote } from '../../core/reading/customerNote';
import { parseCustomerNote } from '../../core/reading/customerNote';
import { fileNameOf, loadNote, tooLarge } from '../../core/reading/noteLoader';
import { folderSettings, globBase } from './settings';
import { readNoteBytes } from './noteFiles';
import type { Logger } from './logger';
import { wordMessage } from '../words/messageWords';

const WATCH_DEBOUNCE_MS = 150;
const TYPING_DEBOUNCE_MS = 300;
const READ_BATCH = 32;
const EXCLUDE = '**/{node_modules,.git}/**';

export class NoteIndexer implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private watchers: vscode.Disposable[] = [];
  private readonly pending = new Map<string, vscode.Uri>();
  private readonly createdFolders = new Map<string, vscode.Uri>();
  private flushTimer: ReturnType<typeof setTimeout> | undefined;
  private flushing: Promise<void> = Promise.resolve();
  private readonly typingTimers = new Map<string, ReturnType<typeof setTimeout>>();
  private scanning: Promise<void> | undefined;
  private scanGeneration = 0;

  constructor(private readonly index: CustomerIndex, private readonly log: Logger) {
    this.disposables.push(
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.rescan()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('rapport.customerGlob') || e.affectsConfiguration('rapport.defaultCadence')) this.rescan();
      }),
      vscode.workspace.onDidChangeTextDocument((e) => this.documentChanged(e.document)),
      vscode.workspace.onDidCloseTextDocument((d) => this.documentClosed(d)),
    );
  }

  /** Scans every folder; resolves when the index holds every customer note. */
  rescan(): Promise<void> {
    const generation = ++this.scanGeneration;
    this.watch();
    this.scanning = this.scan(generation).catch((error) => this.log.error(`Scan failed: ${error}`));
    return this.scanning;
  }

  /** Resolves once the current scan and every queued file update are in the index. */
  async idle(): Promise<void> {
    await this.scanning;
    while (this.flushTimer !== undefined || this.pending.size > 0) {
      await new Promise((r) => setTimeout(r, WATCH_DEBOUNCE_MS));
      await this.flushing;
    }
    await this.flushing;
  }

  /** True when `uri` is matched by the customer glob of its folder. */
  isCustomerNote(document: vscode.TextDocument): boolean {
    const folder = vscode.workspace.getWorkspaceFolder(document.uri);
    if (!folder) return false;
    const pattern = new vscode.RelativePattern(folder, folderSettings(folder).customerGlob);
    return vscode.languages.match({ pattern }, document) > 0;
  }

  private async scan(generation: number): Promise<void> {
    const started = Date.now();
    const notes: CustomerNote[] = [];
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const uris = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, folderSettings(folder).customerGlob), EXCLUDE);
      for (let i = 0; i < uris.length; i += READ_BATCH) {
        notes.push(...(await Promise.all(uris.slice(i, i + READ_BATCH).map((uri) => this.load(uri)))).filter(isNote));
        if (generation !== this.scanGeneration) return; // a newer scan superseded this one
        await yieldToHost();
      }
    }
    // Open editors with unsaved changes win over what is on disk.
    const merged = notes.map((note) => this.fromOpenDocument(note.id) ?? note);
    this.index.replaceAll(merged);
    this.log.info(`Indexed ${merged.length} customer notes in ${Date.now() - started} ms.`);
  }

  private watch(): void {
    vscode.Disposable.from(...this.watchers).dispose();
    this.watchers = [];
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, folderSettings(folder).customerGlob));
      watcher.onDidCreate((uri) => this.queue(uri));
      watcher.onDidChange((uri) => this.queue(uri));
      watcher.onDidDelete((uri) => this.queue(uri));
      // A folder event reports only the folder, never the notes inside it. Deleted: drop those notes.
      // Created (a `git checkout`, an unzip): notes written before the watcher saw the folder were missed.
      const folders = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, '**'), false, true, false);
      folders.onDidDelete((uri) => this.folderDeleted(uri));
      folders.onDidCreate((uri) => !/\.md$/i.test(uri.path) && this.folderCreated(uri));
      this.watchers.push(watcher, folders);
    }
  }

  private queue(uri: vscode.Uri): void {
    this.pending.set(uri.toString(), uri);
    if (this.flushTimer) clearTimeout(this.flushTimer);
    this.flushTimer = setTimeout(() => {
      this.flushTimer = undefined;
      // One failed update must never stop the ones after it.
      this.flushing = this.flushing.then(() => this.flush()).catch((error) => this.log.error(`File update failed: ${(error as Error)?.stack ?? error}`));
    }, WATCH_DEBOUNCE_MS);
  }

  private folderCreated(uri: vscode.Uri): void {
    // Only folders that can hold customer notes: a build writing thousands of files elsewhere costs nothing.
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    const base = folder && globBase(folderSettings(folder).customerGlob);
    if (!folder || (base && !`${uri.path}/`.startsWith(`${folder.uri.path}/${base}/`))) return;
    this.createdFolders.set(uri.toString(), uri);
    this.queue(uri);
  }

  /** Notes under folders created since the last flush, found by the same glob as the full scan. */
  private async notesInCreatedFolders(): Promise<vscode.Uri[]> {
    const created = [...this.createdFolders.values()];
    this.createdFolders.clear();
    const found: vscode.Uri[] = [];
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const inFolder = created.filter((c) => c.toString().startsWith(`${folder.uri.toString()}/`)).map((c) => `${c.toString()}/`);
      if (inFolder.length === 0) continue;
      const uris = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, folderSettings(folder).customerGlob), EXCLUDE);
      found.push(...uris.filter((u) => inFolder.some((prefix) => u.toString().startsWith(prefix))));
    }
    return found;
  }

  private folderDeleted(uri: vscode.Uri): void {
    const prefix = `${uri.toString()}/`;
    for (const note of this.index.all()) if (note.id.startsWith(prefix)) this.queue(vscode.Uri.parse(note.id));
  }

  /** Applies a burst of file events as one index update, so the tree refreshes once per burst. */
  private async flush(): Promise<void> {
    const folders = new Set(this.createdFolders.keys());
    for (const uri of await this.notesInCreatedFolders()) this.pending.set(uri.toString(), uri);
    const uris = [...this.pending.values()].filter((uri) => !folders.has(uri.toString()));
    this.pending.clear();
    const updates: Array<CustomerNote | string> = [];
    for (let i = 0; i < uris.length; i += READ_BATCH) {
      const batch = uris.slice(i, i + READ_BATCH);
      updates.push(...(await Promise.all(batch.map(async (uri) => (await this.load(uri)) ?? uri.toString()))));
      await yieldToHost();
    }
    this.index.batch(() => {
      for (const update of updates) {
        if (typeof update === 'string') this.index.delete(update);
        else this.index.set(this.fromOpenDocument(update.id) ?? update);
      }
    });
    this.log.info(`Updated ${updates.length} customer note(s) from file changes.`);
  }

  /** Reads and parses one note; undefined when the file no longer exists. */
  private async load(uri: vscode.Uri): Promise<CustomerNote | undefined> {
    const settings = folderSettings(vscode.workspace.getWorkspaceFolder(uri));
    try {
      const read = await readNoteBytes(uri);
      if ('tooLarge' in read) {
        this.log.warn(`Skipped ${uri.fsPath || uri.toString()}: ${read.tooLarge} bytes is over the size limit.`);
        return tooLarge(uri.toString(), read.tooLarge, settings);
      }
      const note = loadNote(uri.toString(), read.bytes, settings);
      if (note.brokenReason) this.log.warn(`${uri.toString()}: ${wordMessage(note.brokenReason)}`);
      return note;
    } catch (error) {
      if (error instanceof vscode.FileSystemError || (error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'EISDIR') return undefined;
      throw error;
    }
  }

  private fromOpenDocument(id: string): CustomerNote | undefined {
    const document = vscode.workspace.textDocuments.find((d) => d.isDirty && d.uri.toString() === id);
    return document ? this.parseDocument(document) : undefined;
  }

  private parseDocument(document: vscode.TextDocument): CustomerNote {
    const settings = folderSettings(vscode.workspace.getWorkspaceFolder(document.uri));
    return parseCustomerNote(document.uri.toString(), fileNameOf(document.uri.toString()), document.getText(), settings);
  }

  private documentChanged(document: vscode.TextDocument): void {
    const id = document.uri.toString();
    if (document.languageId !== 'markdown' && !this.index.get(id)) return;
    if (!this.index.get(id) && !this.isCustomerNote(document)) return;
    clearTimeout(this.typingTimers.get(id));
    this.typingTimers.set(id, setTimeout(() => {
      this.typingTimers.delete(id);
      // Unsaved text wins while it is unsaved; once saved or reverted, the file on disk is the truth.
      if (!document.isClosed && document.isDirty) this.index.set(this.parseDocument(document));
      else this.queue(document.uri);
    }, TYPING_DEBOUNCE_MS));
  }

  /** A dirty editor closed without saving: what is on disk is the truth again. */
  private documentClosed(document: vscode.TextDocument): void {
    if (this.index.get(document.uri.toString())) this.queue(document.uri);
  }

  dispose(): void {
    if (this.flushTimer) clearTimeout(this.flushTimer);
    for (const timer of this.typingTimers.values()) clearTimeout(timer);
    vscode.Disposable.from(...this.watchers, ...this.disposables).dispose();
  }
}

const isNote = (note: CustomerNote | undefined): note is CustomerNote => note !== undefined;
const yieldToHost = () => new Promise<void>((resolve) => setImmediate(resolve));
