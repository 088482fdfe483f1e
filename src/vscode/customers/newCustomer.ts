// Rapport: New Customer. Asks a name, makes a safe file name, and creates the note from the profile
// template inside the customers folder. An existing note (same file or same name) is opened instead.
import * as vscode from 'vscode';
import { formatDate, today } from '../../core/time/dates';
import { newCustomerNoteText, writingLineOf } from '../../core/templates/newCustomerNote';
import { slugify } from '../../core/editing/slug';
import { customersFolderOf } from '../../core/index/glob';
import { folderSettings } from '../ports/settings';
import type { Command } from '../commands';
import type { Services } from '../services';
import { assertInside, exists, pickFolder } from '../workspaceFolders';
import { wordMessage } from '../words/messageWords';

export function newCustomerCommand(deps: Services): Command {
  return {
    id: 'rapport.newCustomer',
    async execute(nameArg?: unknown) {
      const folder = await pickFolder(vscode.l10n.t('Open a folder first: Rapport keeps customer notes in your workspace.'), vscode.l10n.t('Which folder keeps this customer?'));
      if (!folder) return undefined;
      const name = typeof nameArg === 'string' ? nameArg : await vscode.window.showInputBox({
        prompt: vscode.l10n.t('Name of the customer (a business unit, an executive, a client)'),
        placeHolder: 'Acme Logistics',
        validateInput: (value) => {
          const slug = slugify(value);
          return slug.ok ? undefined : wordMessage(slug.message);
        },
      });
      if (name === undefined) return undefined;
      const slug = slugify(name);
      if (!slug.ok) {
        void vscode.window.showErrorMessage(wordMessage(slug.message));
        return undefined;
      }
      const sameName = deps.index.all().find((n) => n.name.localeCompare(name.trim(), undefined, { sensitivity: 'base' }) === 0);
      if (sameName) {
        await vscode.window.showTextDocument(vscode.Uri.parse(sameName.id), { preview: false });
        void vscode.window.showInformationMessage(vscode.l10n.t('{0} already has a note; opened it.', sameName.name));
        return vscode.Uri.parse(sameName.id);
      }
      const customers = vscode.Uri.joinPath(folder.uri, customersFolderOf(folderSettings(folder).customerGlob));
      const uri = vscode.Uri.joinPath(customers, `${slug.slug}.md`);
      // joinPath normalises `..`; a slug has none, but the check keeps the promise whatever changes.
      assertInside(uri, customers);
      if (await exists(uri)) {
        await vscode.window.showTextDocument(uri, { preview: false });
        void vscode.window.showInformationMessage(vscode.l10n.t('{0} already exists; opened it instead of overwriting it.', vscode.workspace.asRelativePath(uri)));
        return uri;
      }
      const edit = new vscode.WorkspaceEdit();
      const text = newCustomerNoteText(name.trim(), formatDate(deps.today.date));
      edit.createFile(uri, { overwrite: false, ignoreIfExists: true, contents: new TextEncoder().encode(text) });
      if (!(await vscode.workspace.applyEdit(edit))) {
        void vscode.window.showErrorMessage(vscode.l10n.t('Could not create {0}.', vscode.workspace.asRelativePath(uri)));
        return undefined;
      }
      // A kept tab (not a preview that the next click replaces), the cursor where the leader starts writing.
      const line = writingLineOf(text);
      await vscode.window.showTextDocument(uri, { preview: false, selection: new vscode.Range(line, 0, line, 0) });
      deps.log.info(`Created ${vscode.workspace.asRelativePath(uri)}.`);
      return uri;
    },
  };
}
