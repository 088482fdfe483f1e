// Rapport: New Customer. Asks a name, makes a safe file name, and creates the note from the profile
// template inside the customers folder. An existing note (same file or same name) is opened instead.
// Its name box offers "Person in an account…": then it asks which account and the person's role, and
// the note gets `account:` and `role:`.
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
import { wikiTargetOf } from '../../core/editing/customerLink';
import { fileTitleOf } from '../../core/reading/noteLoader';
import type { CustomerNote } from '../../core/model';
import type { PersonPlace } from '../../core/templates/newCustomerNote';
import { escapeIcons } from '../../core/markdownText';

export function newCustomerCommand(deps: Services): Command {
  return {
    id: 'rapport.newCustomer',
    async execute(nameArg?: unknown) {
      const folder = await pickFolder(vscode.l10n.t('Open a folder first: Rapport keeps customer notes in your workspace.'), vscode.l10n.t('Which folder keeps this customer?'));
      if (!folder) return undefined;
      const spec = specOf(nameArg);
      const asked = spec.name !== undefined ? { name: spec.name, person: spec.account !== undefined } : await askName(deps, folder, spec.account !== undefined);
      if (!asked) return undefined;
      const { name } = asked;
      let person: PersonPlace | undefined;
      if (asked.person) {
        const account = spec.account !== undefined ? deps.index.get(spec.account) : await pickAccount(deps, folder);
        if (!account) return undefined;
        const role = spec.name !== undefined ? spec.role : await vscode.window.showInputBox({
          prompt: vscode.l10n.t('What does {0} do at {1}? (optional, kept short: CFO)', name.trim(), account.name),
          placeHolder: vscode.l10n.t('CFO'),
        });
        if (role === undefined) return undefined;
        person = { account: accountTarget(deps, account), role: role.trim() || undefined };
      }
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
      const text = newCustomerNoteText(name.trim(), formatDate(deps.today.date), person);
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

/** What a test or another command hands in: a name (no prompts), or a person with its account's id and role. */
interface NewCustomerSpec {
  readonly name?: string;
  readonly account?: string;
  readonly role?: string;
}

function specOf(arg: unknown): NewCustomerSpec {
  if (typeof arg === 'string') return { name: arg };
  if (typeof arg !== 'object' || arg === null) return {};
  const { name, account, role } = arg as Record<string, unknown>;
  const text = (v: unknown) => (typeof v === 'string' ? v : undefined);
  return { name: text(name), account: text(account), role: text(role) };
}

/** The name box; its button turns the customer into a person in an account (offered once there are customers). */
function askName(deps: Services, folder: vscode.WorkspaceFolder, asPerson: boolean): Promise<{ name: string; person: boolean } | undefined> {
  const box = vscode.window.createInputBox();
  const personButton: vscode.QuickInputButton = { iconPath: new vscode.ThemeIcon('person-add'), tooltip: vscode.l10n.t('Person in an account…') };
  let person = asPerson;
  const show = () => {
    box.prompt = person ? vscode.l10n.t('Name of the person (the account comes next)') : vscode.l10n.t('Name of the customer (a business unit, an executive, a client)');
    box.placeholder = person ? 'Laura Bennett' : 'Acme Logistics';
    box.buttons = !person && accountsIn(deps, folder).length ? [personButton] : [];
  };
  show();
  return new Promise((resolve) => {
    const done = (value: { name: string; person: boolean } | undefined) => {
      resolve(value);
      box.dispose();
    };
    box.onDidChangeValue((value) => {
      const slug = slugify(value);
      box.validationMessage = !value || slug.ok ? undefined : wordMessage(slug.message);
    });
    box.onDidTriggerButton(() => {
      person = true;
      show();
    });
    box.onDidAccept(() => {
      const slug = slugify(box.value);
      if (!slug.ok) box.validationMessage = wordMessage(slug.message);
      else done({ name: box.value, person });
    });
    box.onDidHide(() => done(undefined));
    box.show();
  });
}

/** The customers of the folder that can hold people: not people themselves. */
function accountsIn(deps: Services, folder: vscode.WorkspaceFolder): CustomerNote[] {
  const accounts = deps.today.accounts();
  const prefix = `${folder.uri.toString()}/`;
  return deps.index.all().filter((n) => n.id.startsWith(prefix) && !accounts.accountOf(n.id) && !n.account && n.status !== 'archived');
}

async function pickAccount(deps: Services, folder: vscode.WorkspaceFolder): Promise<CustomerNote | undefined> {
  const items = accountsIn(deps, folder)
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((note) => ({ label: escapeIcons(note.name), description: escapeIcons(fileTitleOf(note.id)), note }));
  const picked = await vscode.window.showQuickPick(items, { placeHolder: vscode.l10n.t('Which account is this person in?'), matchOnDescription: true });
  return picked?.note;
}

/** How `account:` names the account: a target the mentions match to it alone (its file name, as a rule). */
function accountTarget(deps: Services, account: CustomerNote): string {
  return wikiTargetOf(account, (target) => deps.mentions.customerNamed(target, account.id)) ?? account.name;
}
