// A reflection template's label and description in the quick pick: the built-in ones in the leader's
// language, a workspace template in its own words.
import * as vscode from 'vscode';
import { type ReflectionTemplate } from '../../core/model';

// A function, not a constant: vscode.l10n.t must see literal keys and run after activation.
const builtIn = (): Readonly<Record<string, readonly [label: string, description: string]>> => ({
  'meeting-reflection': [vscode.l10n.t('Meeting reflection'), vscode.l10n.t('A contact-log entry: what you heard, what went unsaid, what you promised')],
  'opportunities-and-risks': [vscode.l10n.t('Opportunities and risks'), vscode.l10n.t('Understand: what is emerging in their business that they may not see yet')],
  'mutual-vulnerability': [vscode.l10n.t('Mutual vulnerability'), vscode.l10n.t('Where you hold control you could give up, and whether you would break your own rule for them')],
  'time-investment': [vscode.l10n.t('Time investment'), vscode.l10n.t('Time with them against time inside IT, and what you could only learn on their ground')],
  'customer-profile': [vscode.l10n.t('Customer profile'), vscode.l10n.t('The skeleton of a customer note: business, challenges, people, opportunities and risks, contact log')],
});

export function templateWords(template: ReflectionTemplate): { label: string; description: string } {
  const [label, description] = builtIn()[template.id] ?? [template.id, vscode.l10n.t('Workspace template')];
  return { label: template.label ?? label, description: template.description ?? description };
}
