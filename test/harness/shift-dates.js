// The demo and fixture notes are written as of 2026-11-29. Copies are moved to today, every date in
// every Markdown file shifted by the same number of days, so "5d overdue" stays true whenever the demo
// or the tests run (and the dashboard's last twelve weeks are never empty); a day of the year in the
// front matter (`birthday: 06-02`) moves with them, so what is coming up stays coming up. The demo's calendar export
// (.ics) moves with them, so its meetings stay in the import's last 90 days.
'use strict';
const fs = require('fs');
const path = require('path');

const WRITTEN_ON = Date.UTC(2026, 10, 29);
const DAY = 86_400_000;
const DATE = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/g;

function daysSinceWritten(now = new Date()) {
  return Math.round((Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()) - WRITTEN_ON) / DAY);
}

function shiftText(text, days) {
  return text.replace(DATE, (match, y, m, d) => {
    const t = Date.UTC(Number(y), Number(m) - 1, Number(d));
    const date = new Date(t);
    // Impossible dates (2026-02-30 in a hostile note) stay exactly as written.
    if (date.getUTCMonth() !== Number(m) - 1 || date.getUTCDate() !== Number(d)) return match;
    return new Date(t + days * DAY).toISOString().slice(0, 10);
  });
}

// A day of the year in the front matter (`birthday: 06-02`, `{ birthday: 06-02 }`): a value after a
// key's colon, quoted or not, then the line's end, a comment, `,` or `}`.
const MONTH_DAY_VALUE = /(:[ \t]*["']?)(\d{2})-(\d{2})(?=["']?[ \t]*(?:[,}#\r\n]|$))/g;

/**
 * Shifts each `MM-DD` value of a note's front matter by `days`: it is read as its next day on or after
 * 2026-11-29 (so a birthday 4 days after the demo's day stays 4 days after today) and written back as
 * `MM-DD`. An impossible one (02-30, or 02-29 when the next February has none) stays as written.
 */
function shiftMonthDays(text, days) {
  const block = /^(\uFEFF?---[ \t]*\r?\n)([\s\S]*?\r?\n)(---)/.exec(text);
  if (!block) return text;
  const written = new Date(WRITTEN_ON);
  const shifted = block[2].replace(MONTH_DAY_VALUE, (match, lead, m, d) => {
    const [month, day] = [Number(m), Number(d)];
    const later = month * 100 + day >= (written.getUTCMonth() + 1) * 100 + written.getUTCDate();
    const t = Date.UTC(written.getUTCFullYear() + (later ? 0 : 1), month - 1, day);
    const date = new Date(t);
    if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return match;
    return lead + new Date(t + days * DAY).toISOString().slice(5, 10);
  });
  return block[1] + shifted + text.slice(block[1].length + block[2].length);
}

// iCalendar's dates are `20261124` or `20261124T093000Z`, in the values of these properties and in RRULE's UNTIL.
const ICS_DATED = /^(DTSTART|DTEND|DUE|EXDATE|RDATE|RECURRENCE-ID|DTSTAMP|CREATED|LAST-MODIFIED)[;:]/i;
const ICS_DATE = /(?<!\d)(\d{4})(\d{2})(\d{2})(?=T\d{6}|[,\s]|$)/g;
const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

function shiftIcsDates(text, days) {
  return text.replace(ICS_DATE, (match, y, m, d) => shiftText(`${y}-${m}-${d}`, days).replace(/-/g, ''));
}

/** A weekday of BYDAY (`TU`, `1MO`, `-1SU`) moved by `days`, so a weekly rule still meets its shifted DTSTART. */
function shiftWeekday(day, days) {
  const m = /^([+-]?\d*)(SU|MO|TU|WE|TH|FR|SA)$/i.exec(day);
  if (!m) return day;
  return m[1] + WEEKDAYS[(((WEEKDAYS.indexOf(m[2].toUpperCase()) + days) % 7) + 7) % 7];
}

/** One unfolded content line of an .ics file, shifted; every change keeps its length (the folds stay put). */
function shiftIcsLine(line, days) {
  if (ICS_DATED.test(line)) {
    // The value starts after the first `:` outside a quoted parameter (`TZID="W. Europe Standard Time"`).
    const colon = line.search(/:(?=(?:[^"]*"[^"]*")*[^"]*$)/);
    return line.slice(0, colon) + shiftIcsDates(line.slice(colon), days);
  }
  if (/^RRULE:/i.test(line)) {
    return line
      .replace(/(UNTIL=)(\d{8})/i, (match, key, date) => key + shiftIcsDates(date, days))
      .replace(/(BYDAY=)([^;]+)/i, (match, key, list) => key + list.split(',').map((d) => shiftWeekday(d, days)).join(','));
  }
  return line;
}

/**
 * Shifts an .ics text by `days`: each event's dates, never a VTIMEZONE's (its DTSTARTs are the rules'
 * starting points, 1601 or 1970). Lines folded over several (a leading space) are read as one.
 */
function shiftIcs(text, days) {
  const physical = text.split(/(?<=\n)/);
  let inZone = 0;
  const out = [];
  for (let i = 0; i < physical.length; ) {
    // A content line and its continuations; the line breaks and leading spaces kept aside.
    const parts = [physical[i++]];
    while (i < physical.length && /^[ \t]/.test(physical[i])) parts.push(physical[i++]);
    const bodies = parts.map((p, k) => ({ lead: k ? p[0] : '', text: p.slice(k ? 1 : 0).replace(/\r?\n$/, ''), eol: /\r?\n$/.exec(p)?.[0] ?? '' }));
    const logical = bodies.map((b) => b.text).join('');
    if (/^BEGIN:VTIMEZONE\b/i.test(logical)) inZone++;
    const shifted = inZone ? logical : shiftIcsLine(logical, days);
    if (/^END:VTIMEZONE\b/i.test(logical)) inZone = Math.max(0, inZone - 1);
    let at = 0;
    for (const b of bodies) {
      out.push(b.lead + shifted.slice(at, at + b.text.length) + b.eol);
      at += b.text.length;
    }
  }
  return out.join('');
}

/**
 * Shifts the dates of every `.md` file under `dir` (a fresh copy) so that 2026-11-29 becomes today,
 * in the text and in the file name (`meetings/2026-11-25 Carrier review.md`: a mention's date can be its name's),
 * and of every `.ics` file in its events.
 */
function shiftDatesToToday(dir, now = new Date()) {
  const days = daysSinceWritten(now);
  if (days === 0) return 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    const ics = entry.name.endsWith('.ics');
    if (!entry.isFile() || !(entry.name.endsWith('.md') || ics)) continue;
    const file = path.join(entry.parentPath ?? entry.path, entry.name);
    const text = fs.readFileSync(file, 'utf8');
    const shifted = ics ? shiftIcs(text, days) : shiftMonthDays(shiftText(text, days), days);
    if (shifted !== text) fs.writeFileSync(file, shifted);
    const name = ics ? entry.name : shiftText(entry.name, days);
    if (name !== entry.name) fs.renameSync(file, path.join(path.dirname(file), name));
  }
  return days;
}

module.exports = { shiftDatesToToday, shiftText, shiftMonthDays, shiftIcs, daysSinceWritten };
