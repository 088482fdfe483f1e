// Rapport: Insert Reflection. A quick pick of the built-in templates and the workspace's own
// (`.rapport/templates/*.md`, read as text, never run), inserted as a snippet into a customer note.
// Reflections go where they belong: never inside the front matter; from a note that is not a customer
// note Rapport asks which customer it is about and opens that note; the profile only into an empty note.
import * as vscode from 'vscode';
import { BUILTIN_TEMPLATES, PROFILE_TEMPLATE_ID } from '../../core/templates/builtinTemplates';
import { fileTitleOf } from '../../core/reading/noteLoader';
import { formatDate, today } from '../../core/time/dates';
import { escapeIcons } from '../../core/markdownText';
import { hasEmptyBody, placeReflection } from '../../core/editing/reflectionPlacement';
import { escapeSnippet, fillTemplate, withoutPlaceholderData } from '../../core/templates/snippetText';
import { MAX_TEMPLATE_BYTES, parseWorkspaceTemplate, WORKSPACE_TEMPLATE_FOLDER } from '../../core/templates/workspaceTemplates';
import { habitWords } from '../words/habitWords';
import { wordMessage } from '../words/messageWords';
import { templateWords } from '../words/templateWords';
import { refuse } from '../noteWriter';
import { exists } from '../workspaceFolders';
import { pickCustomer } from '../customerTarget';
import type { Command } from '../commands';
import type { TreeServices } from '../services';
import { type ReflectionTemplate } from '../../core/model';

export function insertReflectionCommand(deps: TreeServices): Command {
  return {
    id: 'rapport.insertReflection',
    async execute(templateId?: unknown) {
      const target = await targetEditor(deps);
      if (!target) return false;
      const { editor, cursor } = target;
      const document = editor.document;
      const note = deps.index.get(document.uri.toString());
      const empty = hasEmptyBody(document.getText());
      const templates = [...BUILTIN_TEMPLATES, ...(await workspaceTemplates(deps))].filter((t) => t.id !== PROFILE_TEMPLATE_ID || empty);
      const name = note?.name ?? fileTitleOf(document.uri.toString());
      const template = typeof templateId === 'string' ? templates.find((t) => t.id === templateId) : await pickTemplate(templates, name);
      if (!template) {
        if (templateId === PROFILE_TEMPLATE_ID) void vscode.window.showInformationMessage(vscode.l10n.t('{0} already has a profile: the skeleton is only offered for an empty note.', name));
        return false;
      }
      const placement = placeReflection(document.getText(), template, cursor);
      if (!placement) {
        void refuse(document.uri, note?.brokenReason ? wordMessage(note.brokenReason) : vscode.l10n.t('its front matter has no closing "---" line.'), 0);
        return false;
      }
      const body = withoutPlaceholderData(fillTemplate(template.body, { date: formatDate(deps.today.date), customer: name }));
      const snippet = new vscode.SnippetString(escapeSnippet(placement.before) + body + escapeSnippet(placement.after));
      return editor.insertSnippet(snippet, document.positionAt(placement.offset));
    },
  };
}

/**
 * The customer note to insert into, and the cursor offset when the leader chose the place: the active
 * editor when it shows a customer note, else the note of the customer the leader picks (no cursor then).
 */
async function targetEditor(deps: TreeServices): Promise<{ editor: vscode.TextEditor; cursor?: number } | undefined> {
  const active = vscode.window.activeTextEditor;
  if (active && deps.indexer.isNote(active.document.uri.toString())) {
    return { editor: active, cursor: active.document.offsetAt(active.selection.active) };
  }
  const picked = await pickCustomer(deps, vscode.l10n.t('Reflect on which customer?'));
  if (!picked) return undefined;
  return { editor: await vscode.window.showTextDocument(picked.uri, { preview: false }) };
}

async function pickTemplate(templates: ReflectionTemplate[], customer: string): Promise<ReflectionTemplate | undefined> {
  const items = templates.map((t) => {
    const words = templateWords(t);
    return {
      label: escapeIcons(words.label),
      description: t.habit ? habitWords(t.habit) : t.id.startsWith('workspace:') ? vscode.l10n.t('workspace') : undefined,
      detail: escapeIcons(words.description),
      template: t,
    };
  });
  return (await vscode.window.showQuickPick(items, { title: customer, placeHolder: vscode.l10n.t('Insert which reflection?'), matchOnDetail: true }))?.template;
}

async function workspaceTemplates(deps: TreeServices): Promise<ReflectionTemplate[]> {
  const templates: ReflectionTemplate[] = [];
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    const dir = vscode.Uri.joinPath(folder.uri, WORKSPACE_TEMPLATE_FOLDER);
    // Most workspaces have no templates folder: asked first, so the host logs no failed directory read.
    if (!(await exists(dir))) continue;
    let entries: [string, vscode.FileType][] = [];
    try {
      entries = await vscode.workspace.fs.readDirectory(dir);
    } catch {
      continue;
    }
    for (const [name, type] of entries.sort(([a], [b]) => a.localeCompare(b))) {
      if (type !== vscode.FileType.File || !name.toLowerCase().endsWith('.md')) continue;
      const uri = vscode.Uri.joinPath(dir, name);
      try {
        if ((await vscode.workspace.fs.stat(uri)).size > MAX_TEMPLATE_BYTES) {
          deps.log.warn(`Template ${name} is larger than ${MAX_TEMPLATE_BYTES / 1024} KB; skipped.`);
          continue;
        }
        templates.push(parseWorkspaceTemplate(name, new TextDecoder().decode(await vscode.workspace.fs.readFile(uri))));
      } catch (error) {
        deps.log.warn(`Template ${name} could not be read: ${error}`);
      }
    }
  }
  return templates;
}
