// Import Calendar… in the real extension host: an .ics file in the workspace, dated relative to today, read
// by the lazily loaded calendar reader; the preview's rows; the meetings written under `## Contact log` as
// one undoable edit per note with `last_contacted` moved forward only; a second import writing nothing; a
// malformed, foreign or huge file refused with an error and nothing written.
import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { api, closeAllEditors, day, notePath, noteUri, readNote, removeNote, waitFor, writeNote } from './helpers';

const CALENDAR_CO = 'customers/calendar/calendar-co.md';
const LATER_CO = 'customers/calendar/later-co.md';
const ARCHIVED_CO = 'customers/calendar/archived-co.md';
const ICS = 'calendar-test/export.ics';

const note = (name: string, lastContacted: string, email: string, extra = '') => [
  '---', `name: ${name}`, 'cadence: 2w', `last_contacted: ${lastContacted}`, `emails: [${email}]`, ...(extra ? [extra] : []), '---',
  `# ${name}`, '', '## Contact log', '', `### ${day(-30)} Kick-off (30m)`, '',
].join('\n');

const CALENDAR_TEXT = note('Calendar Co', day(-30), 'dana@calendar-co.example');
const LATER_TEXT = note('Later Co', day(-1), 'lee@later-co.example');
const ARCHIVED_TEXT = note('Archived Co', day(-60), 'ari@archived-co.example', 'status: archived');

const two = (n: number) => String(n).padStart(2, '0');
/** A floating local time `offset` days from today: read on the leader's clock. */
const at = (offset: number, hour: number, minute = 0) => `${day(offset).replace(/-/g, '')}T${two(hour)}${two(minute)}00`;

interface EventSpec {
  readonly uid: string;
  readonly title: string;
  /** `at(...)`, or a bare `YYYYMMDD` for an all-day event. */
  readonly start: string;
  readonly minutes?: number;
  readonly attendees?: readonly string[];
  readonly lines?: readonly string[];
}

function vevent(e: EventSpec): string[] {
  const [date, time] = e.start.split('T');
  const end = time && e.minutes ? new Date(Number(date.slice(0, 4)), Number(date.slice(4, 6)) - 1, Number(date.slice(6)), Number(time.slice(0, 2)), Number(time.slice(2, 4)) + e.minutes) : undefined;
  const start = time ? `DTSTART:${e.start}` : `DTSTART;VALUE=DATE:${date}`;
  return [
    'BEGIN:VEVENT', `UID:${e.uid}`, 'DTSTAMP:20260101T000000Z', start,
    ...(end ? [`DTEND:${end.getFullYear()}${two(end.getMonth() + 1)}${two(end.getDate())}T${two(end.getHours())}${two(end.getMinutes())}00`] : []),
    `SUMMARY:${e.title}`, ...(e.attendees ?? []).map((a) => `ATTENDEE;CN=Someone:mailto:${a}`), ...(e.lines ?? []), 'END:VEVENT',
  ];
}

const calendar = (events: readonly EventSpec[]) => ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Rapport tests//EN', ...events.flatMap(vevent), 'END:VCALENDAR', ''].join('\r\n');

const EVENTS: readonly EventSpec[] = [
  { uid: 'roadmap', title: 'Roadmap review', start: at(-10, 14), minutes: 60, attendees: ['dana@calendar-co.example', 'lee@later-co.example'] },
  { uid: 'sync', title: 'Weekly sync $(alert)', start: at(-3, 9, 30), minutes: 30, attendees: ['DANA@calendar-co.example'] },
  { uid: 'archived', title: 'Old friends', start: at(-5, 11), minutes: 45, attendees: ['ari@archived-co.example'] },
  { uid: 'future', title: 'Planning ahead', start: at(3, 10), minutes: 30, attendees: ['dana@calendar-co.example'] },
];
const MEETINGS = calendar(EVENTS);

function writeFile(relative: string, content: string | Buffer): vscode.Uri {
  const file = notePath(relative);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
  return vscode.Uri.file(file);
}

type Shown = { readonly message: string; readonly items: readonly string[] };
type WindowStand = 'showInformationMessage' | 'showErrorMessage' | 'showQuickPick';

/** Replaces functions of `vscode.window` (the extension shares the API object) for the length of `run`. */
async function withWindow<T>(stands: Partial<Record<WindowStand, (...args: never[]) => unknown>>, run: () => Thenable<T> | Promise<T>): Promise<T> {
  const window = vscode.window as unknown as Record<string, unknown>;
  const originals = Object.fromEntries(Object.keys(stands).map((k) => [k, window[k]]));
  Object.assign(window, stands);
  try {
    return await run();
  } finally {
    Object.assign(window, originals);
  }
}

/** Runs the import with every message recorded (none is answered). */
async function importRecorded(uri: vscode.Uri, options?: unknown): Promise<{ result: unknown; info: Shown[]; errors: Shown[] }> {
  const info: Shown[] = [];
  const errors: Shown[] = [];
  const record = (into: Shown[]) => async (message: string, ...items: string[]) => { into.push({ message, items }); return undefined; };
  const result = await withWindow({ showInformationMessage: record(info), showErrorMessage: record(errors) },
    () => vscode.commands.executeCommand('rapport.importCalendar', uri, options));
  return { result, info, errors };
}

describe('calendar import (rapport.importCalendar)', () => {
  beforeEach(async () => {
    await writeNote(CALENDAR_CO, CALENDAR_TEXT);
    await writeNote(LATER_CO, LATER_TEXT);
    await writeNote(ARCHIVED_CO, ARCHIVED_TEXT);
  });
  afterEach(async () => {
    await closeAllEditors();
    for (const relative of [CALENDAR_CO, LATER_CO, ARCHIVED_CO]) await removeNote(relative);
    fs.rmSync(notePath('calendar-test'), { recursive: true, force: true });
  });
  after(async () => {
    const config = vscode.workspace.getConfiguration('rapport');
    await config.update('calendarEmails', undefined, vscode.ConfigurationTarget.Workspace);
    await config.update('calendarWindowDays', undefined, vscode.ConfigurationTarget.Workspace);
  });

  it('previews each meeting with a customer: customer, day and start, length, the heading\'s title; newest first; new ones ticked, archived not', async () => {
    const uri = writeFile(ICS, MEETINGS);
    let shown: { items: vscode.QuickPickItem[]; options: vscode.QuickPickOptions } | undefined;
    const showQuickPick = async (items: vscode.QuickPickItem[], options: vscode.QuickPickOptions) => {
      shown = { items: await items, options };
      return undefined; // Esc
    };
    const result = await withWindow({ showQuickPick }, () => vscode.commands.executeCommand('rapport.importCalendar', uri));
    assert.equal(result, undefined, 'Esc imports nothing');
    assert.ok(shown, 'the preview was shown');
    assert.equal(shown.options.canPickMany, true);
    assert.deepEqual(shown.items.map((i) => [i.label, i.description, i.detail, i.picked]), [
      // A title from the calendar is text: `$(alert)` is not drawn as an icon.
      ['Calendar Co', `${day(-3)} 09:30 · 30m`, 'Weekly sync \\$(alert)', true],
      ['Archived Co', `${day(-5)} 11:00 · 45m · $(archive) archived customer`, 'Old friends', false],
      ['Calendar Co', `${day(-10)} 14:00 · 1h`, 'Roadmap review', true],
      ['Later Co', `${day(-10)} 14:00 · 1h`, 'Roadmap review', true],
    ]);
    assert.match(String(shown.options.placeHolder), new RegExp(`^Meetings since ${day(-90)} to log$`));
    assert.equal(readNote(CALENDAR_CO), CALENDAR_TEXT, 'nothing written before the preview is answered');
  });

  it('writes the ticked meetings under ## Contact log, moves last_contacted forward only, and says so in one message', async () => {
    const uri = writeFile(ICS, MEETINGS);
    const { result, info, errors } = await importRecorded(uri, { pick: 'checked' });
    assert.deepEqual(result, { matched: 4, imported: 3, notes: 2, alreadyLogged: 0 });
    assert.deepEqual(errors, []);
    assert.equal(readNote(CALENDAR_CO), CALENDAR_TEXT
      .replace(`last_contacted: ${day(-30)}`, `last_contacted: ${day(-3)}`)
      .replace(/\n$/, `\n\n### ${day(-10)} Roadmap review (1h)\n\n### ${day(-3)} Weekly sync $(alert) (30m)\n`));
    assert.equal(readNote(LATER_CO), LATER_TEXT.replace(/\n$/, `\n\n### ${day(-10)} Roadmap review (1h)\n`), 'a later last_contacted stays');
    assert.equal(readNote(ARCHIVED_CO), ARCHIVED_TEXT, 'an archived customer only when picked');
    assert.equal(info.length, 1, `one message for the import: ${JSON.stringify(info)}`);
    assert.equal(info[0].message, `Imported 3 meetings into 2 customer notes. Later Co keeps last_contacted ${day(-1)}, which is later.`);
    assert.deepEqual(info[0].items, ['Open…']);
  });

  it('writes nothing when the same file is imported again, and says so', async () => {
    const uri = writeFile(ICS, MEETINGS);
    await importRecorded(uri, { pick: 'checked' });
    const written = [readNote(CALENDAR_CO), readNote(LATER_CO)];
    const again = await importRecorded(uri, { pick: 'checked' });
    assert.deepEqual(again.result, { matched: 4, imported: 0, notes: 0, alreadyLogged: 3 });
    assert.deepEqual([readNote(CALENDAR_CO), readNote(LATER_CO), readNote(ARCHIVED_CO)], [...written, ARCHIVED_TEXT]);
    assert.deepEqual(again.info.map((i) => i.message), ['Nothing was imported. 3 meetings already logged were left out.']);

    // Once the index has the entries, a file with nothing new is not even previewed.
    const rapport = await api();
    await waitFor(() => rapport.customers().some((c) => c.name === 'Calendar Co' && c.entries.length === 3), 'the imported entries indexed');
    const logged = await importRecorded(writeFile(ICS, calendar(EVENTS.filter((e) => e.uid !== 'archived'))), { pick: 'all' });
    assert.deepEqual(logged.result, { matched: 3, imported: 0, notes: 0, alreadyLogged: 3 });
    assert.deepEqual(logged.info.map((i) => i.message), [`All 3 meetings ${ICS} has with customers are already logged; nothing was written.`]);
    assert.deepEqual([readNote(CALENDAR_CO), readNote(LATER_CO)], written);
  });

  it('is one undoable edit in an open editor', async () => {
    const uri = writeFile(ICS, MEETINGS);
    const editor = await vscode.window.showTextDocument(noteUri(CALENDAR_CO));
    await importRecorded(uri, { pick: 'checked' });
    assert.match(editor.document.getText(), /### \S+ Weekly sync/);
    assert.equal(editor.document.isDirty, false, 'saved, as the note had no unsaved changes');
    await vscode.window.showTextDocument(editor.document);
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), CALENDAR_TEXT, 'one undo takes the whole import out of the note');
    await editor.document.save();
    assert.equal(readNote(CALENDAR_CO), CALENDAR_TEXT);
  });

  it('answers the real preview: Enter imports the ticked meetings', async () => {
    const uri = writeFile(ICS, MEETINGS);
    const original = vscode.window.showQuickPick;
    let shown: () => void = () => undefined;
    const previewed = new Promise<void>((resolve) => (shown = resolve));
    // The real quick pick, only watched: the test knows when it is up.
    const showQuickPick = (...args: Parameters<typeof original>) => {
      const answer = original(...args);
      shown();
      return answer;
    };
    const run = withWindow({ showInformationMessage: async () => undefined, showQuickPick }, () => vscode.commands.executeCommand('rapport.importCalendar', uri));
    await previewed;
    await new Promise((r) => setTimeout(r, 300));
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    assert.deepEqual(await run, { matched: 4, imported: 3, notes: 2, alreadyLogged: 0 });
    assert.match(readNote(CALENDAR_CO), new RegExp(`### ${day(-3)} Weekly sync \\$\\(alert\\) \\(30m\\)\\n$`));
    assert.equal(readNote(ARCHIVED_CO), ARCHIVED_TEXT);
  });

  it('says what it read when nothing matched: the meetings of the window, what was left out, and how to match', async () => {
    await vscode.workspace.getConfiguration('rapport').update('calendarEmails', ['Leader@Example.test'], vscode.ConfigurationTarget.Workspace);
    const uri = writeFile(ICS, calendar([
      { uid: 'dentist', title: 'Dentist', start: at(-2, 8), minutes: 30 },
      { uid: 'offsite', title: 'Offsite', start: day(-4).replace(/-/g, ''), attendees: ['dana@calendar-co.example'] },
      { uid: 'cancelled', title: 'Sync', start: at(-6, 10), minutes: 30, attendees: ['dana@calendar-co.example'], lines: ['STATUS:CANCELLED'] },
      { uid: 'declined', title: 'Sync', start: at(-7, 10), minutes: 30, attendees: ['dana@calendar-co.example'], lines: ['ATTENDEE;PARTSTAT=DECLINED:mailto:leader@example.test'] },
      { uid: 'too-old', title: 'Sync', start: at(-120, 10), minutes: 30, attendees: ['dana@calendar-co.example'] },
    ]));
    const { result, info } = await importRecorded(uri);
    assert.deepEqual(result, { matched: 0, imported: 0, notes: 0, alreadyLogged: 0 });
    assert.equal(info[0]?.message, `calendar-test/export.ics has 1 meeting since ${day(-90)}, with no customer. Left out: 1 all-day, 1 cancelled, 1 declined. `
      + 'To match a meeting, list its attendees\' addresses under emails: in the customer\'s note, or put the customer\'s name or an alias in its title.');
    await vscode.workspace.getConfiguration('rapport').update('calendarWindowDays', 150, vscode.ConfigurationTarget.Workspace);
    const wider = await importRecorded(uri, { pick: 'checked' });
    assert.deepEqual(wider.result, { matched: 1, imported: 1, notes: 1, alreadyLogged: 0 }, 'rapport.calendarWindowDays reaches further back');
    assert.equal(readNote(CALENDAR_CO), CALENDAR_TEXT.replace(/\n$/, `\n\n### ${day(-120)} Sync (30m)\n`), 'last_contacted stays: it is later');
    assert.equal(wider.info[0]?.message, `Imported 1 meeting into Calendar Co. Calendar Co keeps last_contacted ${day(-30)}, which is later.`);
  });

  it('refuses a malformed, foreign, non-UTF-8 or huge file with an error and writes nothing', async () => {
    const cases: [string, string | Buffer, RegExp][] = [
      ['broken.ics', 'BEGIN:VCALENDAR\r\nthis line has no colon\r\nEND:VCALENDAR\r\n', /^Nothing was imported from calendar-test\/broken\.ics\. The calendar file cannot be read: /],
      ['notes.ics', '# Not a calendar\n\nJust Markdown.\n', /^Nothing was imported from calendar-test\/notes\.ics\. The file holds no calendar/],
      ['utf16.ics', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(MEETINGS, 'utf16le')]), /The file is not UTF-8 text/],
    ];
    for (const [name, content, expected] of cases) {
      const { result, errors, info } = await importRecorded(writeFile(`calendar-test/${name}`, content), { pick: 'all' });
      assert.equal(result, undefined, name);
      assert.equal(errors.length, 1, name);
      assert.match(errors[0].message, expected);
      assert.deepEqual(info, [], name);
    }
    const huge = notePath('calendar-test/huge.ics');
    fs.writeFileSync(huge, MEETINGS);
    fs.truncateSync(huge, 21 * 1024 * 1024); // sparse: the size alone refuses it, before any byte is read
    const { result, errors } = await importRecorded(vscode.Uri.file(huge), { pick: 'all' });
    assert.equal(result, undefined);
    assert.match(errors[0]?.message ?? '', /^Nothing was imported from calendar-test\/huge\.ics\. The calendar file is 21\.0 MB; Rapport imports calendar files up to 20 MB\./);
    const missing = await importRecorded(vscode.Uri.file(notePath('calendar-test/missing.ics')));
    assert.match(missing.errors[0]?.message ?? '', /The file is not there\.$/);
    assert.equal(readNote(CALENDAR_CO), CALENDAR_TEXT);
    assert.equal(readNote(LATER_CO), LATER_TEXT);
  });
});
