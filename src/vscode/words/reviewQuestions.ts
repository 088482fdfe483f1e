// The questions the weekly review asks, each under the habit it practises, in the leader's language.
import * as vscode from 'vscode';
import { type Habit } from '../../core/model';

// A function, not a constant: vscode.l10n.t must see literal keys and run after activation.
const questions = (): readonly (readonly [Habit, string])[] => [
  ['understand', vscode.l10n.t('What did I learn this week about a customer\'s business that I could not have read in a report?')],
  ['understand', vscode.l10n.t('What is emerging for one of them that they may not see yet, and when will I tell them?')],
  ['understand', vscode.l10n.t('Whose personal ambition do I understand better than a week ago, and whose do I still not know?')],
  ['vulnerability', vscode.l10n.t('Where did I hold on to control this week that I could have handed over?')],
  ['vulnerability', vscode.l10n.t('Which decision did I make on a customer\'s behalf that should have been theirs?')],
  ['vulnerability', vscode.l10n.t('Where did a customer\'s need run against one of my own rules, and did I explain it in their terms or simply say no?')],
  ['vulnerability', vscode.l10n.t('What have I not told a customer that they would want to know: a constraint, a mistake, a doubt?')],
  ['time', vscode.l10n.t('How much of my week was spent on customers\' ground, and how much inside IT?')],
  ['time', vscode.l10n.t('Who should I have seen this week and did not, and when will I?')],
  ['time', vscode.l10n.t('Which internal meeting will I give up next week to make that time?')],
];

export function reviewQuestions(habit: Habit): string[] {
  return questions().filter(([h]) => h === habit).map(([, q]) => q);
}
