// Rapport: Insert Reflection. A quick pick of the built-in templates and the workspace's own
// (`.rapport/templates/*.md`, read as text, never run), inserted as a snippet at the cursor.
import * as vscode from 'vscode';
import { BUILTIN_TEMPLATES } from '../../core/builtinTemplates';
import { fileNameOf } from '../../core/noteLoader';
import { formatDate, today } from '../../core/dates';
import { escapeIcons } from '../../core/markdownText';
import { fillTemplate } from '../../core/snippetText';
import type { ReflectionTemplate } from '../../core/templateTypes';
import { MAX_TEMPLATE_BYTES, parseWorkspaceTemplate, WORKSPACE_TEMPLATE_FOLDER } from '../../core/workspaceTemplates';
import { habitWords } from '../habitWords';
import { customerTarget } from './customerTarget';
import type { Command, CommandDeps } from './deps';

export function insertReflectionCommand(deps: CommandDeps): Command {
  return {
    id: 'rapport.insertReflection',
    async execute(templateId?: unknown) {
      let editor = vscode.window.activeTextEditor;
      if (!editor || editor.document.languageId !== 'markdown') {
        const uri = await customerTarget(undefined, deps, vscode.l10n.t('Reflect on which customer?'));
        if (!uri) return false;
        editor = await vscode.window.showTextDocument(uri);
        const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
        editor.selection = new vscode.Selection(end, end);
      }
      const templates = [...BUILTIN_TEMPLATES, ...(await workspaceTemplates(deps))];
      const template = typeof templateId === 'string' ? templates.find((t) => t.id === templateId) : await pickTemplate(templates);
      if (!template) return false;
      const customer = deps.index.get(editor.document.uri.toString())?.name ?? fileNameOf(editor.document.uri.toString()).replace(/\.md$/i, '');
      const body = fillTemplate(template.body, { date: formatDate(today(deps.view.clock)), customer });
      return editor.insertSnippet(new vscode.SnippetString(body));
    },
  };
}

async function pickTemplate(templates: ReflectionTemplate[]): Promise<ReflectionTemplate | undefined> {
  const items = templates.map((t) => ({
    label: escapeIcons(t.label),
    description: t.habit ? habitWords(t.habit) : t.id.startsWith('workspace:') ? vscode.l10n.t('workspace') : undefined,
    detail: escapeIcons(t.description),
    template: t,
  }));
  return (await vscode.window.showQuickPick(items, { placeHolder: vscode.l10n.t('Insert which reflection?'), matchOnDetail: true }))?.template;
}

async function workspaceTemplates(deps: CommandDeps): Promise<ReflectionTemplate[]> {
  const templates: ReflectionTemplate[] = [];
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    const dir = vscode.Uri.joinPath(folder.uri, WORKSPACE_TEMPLATE_FOLDER);
    let entries: [string, vscode.FileType][] = [];
    try {
      entries = await vscode.workspace.fs.readDirectory(dir);
    } catch {
      continue; // no templates folder: nothing to add
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
