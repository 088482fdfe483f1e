// Workspace templates: Markdown files in `.rapport/templates/`. They are text to insert, never code;
// optional front matter gives a label and a description, the rest is the snippet body.
import { readFrontMatter } from '../frontMatter/read';
import { HABITS, type Habit, type ReflectionTemplate } from '../model';

export const WORKSPACE_TEMPLATE_FOLDER = '.rapport/templates';
/** A template is a page of questions; anything larger is a mistake, not a template. */
export const MAX_TEMPLATE_BYTES = 64 * 1024;

export function parseWorkspaceTemplate(fileName: string, text: string): ReflectionTemplate {
  const base = fileName.replace(/\.md$/i, '');
  const read = readFrontMatter(text);
  const data = read.ok ? read.value.data : {};
  const body = read.ok ? text.slice(read.value.bodyStart) : text;
  const label = typeof data.label === 'string' && data.label.trim() ? data.label.trim() : base;
  const description = typeof data.description === 'string' ? data.description.trim() : undefined;
  const habit = HABITS.find((h): h is Habit => h === data.habit);
  return { id: `workspace:${fileName}`, label, description, habit, body: body.replace(/^\uFEFF/, '') };
}
