// Every message core returns, in the leader's language: one case per id, and the compiler checks that
// none is missing. Literal l10n keys, so the export tool finds them.
import * as vscode from 'vscode';
import type { Message } from '../../core/model';
import { formatDate } from '../../core/time/dates';
import { foundWords } from './foundWords';

const MB = 1024 * 1024;

export function wordMessage(m: Message): string {
  switch (m.id) {
    case 'cadence-not-text': return vscode.l10n.t('cadence must be a number of days or text like 3d, 2w, 1m (found {0})', foundWords(m.found));
    case 'cadence-unreadable': return vscode.l10n.t('cadence "{0}" is not a number of days or text like 3d, 2w, 1m', m.value);
    case 'cadence-fraction': return vscode.l10n.t('cadence {0} must be a whole number of days', m.value);
    case 'cadence-too-short': return vscode.l10n.t('cadence {0} must be at least one day', m.value);
    case 'cadence-too-long': return vscode.l10n.t('cadence {0} is longer than ten years', m.value);
    case 'bad-value': return vscode.l10n.t('{0}: {1}', m.key, wordMessage(m.reason));
    case 'not-text': return vscode.l10n.t('must be text (found {0})', foundWords(m.found));
    case 'not-a-date': return vscode.l10n.t('must be a real date like 2026-11-20 or a date-time (found {0})', foundWords(m.found));
    case 'not-a-list': return vscode.l10n.t('must be a list of names or one name (found {0})', foundWords(m.found));
    case 'emails-not-a-list': return vscode.l10n.t('must be a list of e-mail addresses or one address (found {0})', foundWords(m.found));
    case 'not-an-email': return vscode.l10n.t('{0} is not an e-mail address like dana@acme.example; it was left out', foundWords(m.found));
    case 'tags-not-a-list': return vscode.l10n.t('must be a list like [erp, strategic] or text (found {0})', foundWords(m.found));
    case 'unknown-status': return vscode.l10n.t('must be one of {0} (found {1})', m.statuses.join(', '), foundWords(m.found));
    case 'dates-not-a-mapping': return vscode.l10n.t('must be a mapping of labels to days like { renewal: 2027-03-31, birthday: 06-02 } (found {0})', foundWords(m.found));
    case 'date-not-a-day': return vscode.l10n.t('{0}: {1} is not a date like 2027-03-31 nor a day of the year like 06-02; it was left out', m.label, foundWords(m.found));
    case 'time-goal-unreadable': return vscode.l10n.t('must look like 2h/month or 30m/week (found {0})', foundWords(m.found));
    case 'skipped': return vscode.l10n.t('Skipped: {0}', wordMessage(m.reason));
    case 'file-binary': return vscode.l10n.t('the file looks binary (it contains NUL bytes), not a Markdown note.');
    case 'file-not-utf8': return vscode.l10n.t('the file is not valid UTF-8 text. Save it as UTF-8 to see it here.');
    case 'file-too-large': return vscode.l10n.t('the file is {0} MB; Rapport reads customer notes up to {1} MB.', (m.bytes / MB).toFixed(1), m.limitBytes / MB);
    case 'future-last-contacted': return vscode.l10n.t('last_contacted {0} is in the future, so it is not counted; a planned contact belongs in next_contact.', formatDate(m.date));
    case 'name-missing': return vscode.l10n.t('A customer needs a name.');
    case 'name-without-letters': return vscode.l10n.t('"{0}" has no letters or digits to name a file after. Use a name with at least one.', m.name);
    case 'front-matter-not-yaml': return vscode.l10n.t('Front matter declared as "{0}" is never evaluated: Rapport reads YAML front matter only.', m.language);
    case 'front-matter-unclosed': return vscode.l10n.t('Front matter has no closing "---" line.');
    case 'front-matter-too-deep': return vscode.l10n.t('Front matter is nested too deeply to read.');
    case 'front-matter-not-a-mapping': return vscode.l10n.t('Front matter must be a mapping of keys to values (like "name: Acme").');
    case 'yaml-invalid':
      // The reason is the YAML parser's own English: no bundle can translate it.
      return m.key
        ? vscode.l10n.t('Front matter is not valid YAML: {0} (key "{1}").', m.reason, m.key)
        : vscode.l10n.t('Front matter is not valid YAML: {0}.', m.reason);
    case 'edit-not-yaml': return vscode.l10n.t('Front matter declared as "{0}" is never evaluated: Rapport writes YAML front matter only.', m.language);
    case 'edit-unclosed': return vscode.l10n.t('Front matter has no closing "---" line, so Rapport will not change it.');
    case 'edit-too-deep': return vscode.l10n.t('Front matter is nested more than {0} levels deep, so Rapport will not change it.', m.levels);
    case 'duplicate-key': return vscode.l10n.t('The key "{0}" appears more than once in the front matter.', m.key);
    case 'flow-mapping': return vscode.l10n.t('Front matter written as one {...} mapping: add "{0}" by hand.', m.key);
    case 'aliased-anchor': return vscode.l10n.t('"{0}" is an anchor (&{1}) that other keys repeat; change it by hand.', m.key, m.anchor);
    case 'no-such-key': return vscode.l10n.t('The front matter has no "{0}".', m.key);
    case 'key-taken': return vscode.l10n.t('The front matter already has "{0}"; change it by hand.', m.key);
    case 'set-changes-others': return vscode.l10n.t('Rapport could not change "{0}" without changing other front matter; edit it by hand.', m.key);
    case 'rename-changes-others': return vscode.l10n.t('Rapport could not rename "{0}" without changing other front matter; edit it by hand.', m.key);
    case 'remove-changes-others': return vscode.l10n.t('Rapport could not remove "{0}" without changing other front matter; edit it by hand.', m.key);
    case 'no-such-line': return vscode.l10n.t('Line {0} does not exist.', m.lineNumber);
    case 'not-a-task-line': return vscode.l10n.t('Line {0} is not a task line like "- [ ] ...".', m.lineNumber);
    case 'link-ambiguous': return vscode.l10n.t('"{0}" names more than one customer ({1}), so it counts for none: link a file name instead.', m.target, m.names.join(', '));
    case 'link-unresolved': return vscode.l10n.t('No customer and no note is called "{0}": this link counts for no one.', m.target);
    case 'account-unknown': return vscode.l10n.t('account: no customer is called "{0}", so this note stands on its own.', m.target);
    case 'account-ambiguous': return vscode.l10n.t('account: "{0}" names more than one customer ({1}): use a file name.', m.target, m.names.join(', '));
    case 'account-is-a-person': return vscode.l10n.t('account: {0} is a person in {1}, not an account; name {1} instead.', m.account, m.accountOf);
    case 'account-cycle': return m.names.length === 1
      ? vscode.l10n.t('account: a note cannot be its own account.')
      : vscode.l10n.t('account: {0} name each other as their account; one of them must be the account.', m.names.join(' → '));
    case 'misspelt-key': return vscode.l10n.t('Unknown key {0}: did you mean {1}?', m.key, m.meant);
    case 'calendar-unreadable':
      // The reason is the iCalendar parser's own English: no bundle can translate it.
      return vscode.l10n.t('The calendar file cannot be read: {0}.', m.reason);
    case 'calendar-not-icalendar': return vscode.l10n.t('The file holds no calendar (no BEGIN:VCALENDAR): export an .ics file from your calendar.');
    case 'calendar-too-large': return vscode.l10n.t('The calendar file is {0} MB; Rapport imports calendar files up to {1} MB. Export a shorter date range.', (m.bytes / MB).toFixed(1), m.limitBytes / MB);
    case 'calendar-too-many-events': return vscode.l10n.t('The calendar file holds {0} events; Rapport imports up to {1}. Export a shorter date range.', m.events, m.limitEvents);
    case 'customer-unknown': return vscode.l10n.t('customers: no customer is called "{0}".', m.target);
  }
}
