// A new meeting note's own words in the leader's language: the line that names who was there, how the
// names are joined (`a, b and c`), and the headings of its two sections.
import * as vscode from 'vscode';
import type { MeetingNoteWords } from '../../core/templates/meetingNote';

export function meetingNoteWords(): MeetingNoteWords {
  return {
    withWhom: vscode.l10n.t('With {0}.'),
    // The last two names of a list, then every name before them: "Acme, Globex and Initech".
    pair: vscode.l10n.t('{0} and {1}'),
    series: vscode.l10n.t('{0}, {1}'),
    notes: vscode.l10n.t('Notes'),
    promises: vscode.l10n.t('Promises'),
  };
}
