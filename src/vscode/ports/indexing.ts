// The core indexer on VS Code's ports, told of every workbench change that can add, drop or alter a note.
import * as vscode from 'vscode';
import type { CustomerIndex } from '../../core/index/customerIndex';
import { NoteIndexer } from '../../core/index/noteIndexer';
import type { Logger } from '../../core/index/ports';
import { vscodeNoteWorkspace } from './noteWorkspace';
import { vscodeSettings } from './settings';

export function createIndexer(index: CustomerIndex, log: Logger): { indexer: NoteIndexer; disposable: vscode.Disposable } {
  const indexer = new NoteIndexer(index, vscodeNoteWorkspace, vscodeSettings, log);
  const disposable = vscode.Disposable.from(
    indexer,
    vscode.workspace.onDidChangeWorkspaceFolders(() => indexer.rescan()),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('rapport.customerGlob') || e.affectsConfiguration('rapport.defaultCadence')) void indexer.rescan();
    }),
    vscode.workspace.onDidChangeTextDocument((e) => indexer.editorChanged(e.document.uri.toString())),
    vscode.workspace.onDidCloseTextDocument((d) => indexer.editorClosed(d.uri.toString())),
  );
  return { indexer, disposable };
}
