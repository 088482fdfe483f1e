// The demo and fixture notes are written as of 2026-11-29. Copies are moved to today, every date in
// every Markdown file shifted by the same number of days, so "5d overdue" stays true whenever the demo
// or the tests run (and the dashboard's last twelve weeks are never empty).
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

/**
 * Shifts the dates of every `.md` file under `dir` (a fresh copy) so that 2026-11-29 becomes today,
 * in the text and in the file name (`meetings/2026-11-25 Carrier review.md`: a mention's date can be its name's).
 */
function shiftDatesToToday(dir, now = new Date()) {
  const days = daysSinceWritten(now);
  if (days === 0) return 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.md')) continue;
    const file = path.join(entry.parentPath ?? entry.path, entry.name);
    const text = fs.readFileSync(file, 'utf8');
    const shifted = shiftText(text, days);
    if (shifted !== text) fs.writeFileSync(file, shifted);
    const name = shiftText(entry.name, days);
    if (name !== entry.name) fs.renameSync(file, path.join(path.dirname(file), name));
  }
  return days;
}

module.exports = { shiftDatesToToday, shiftText, daysSinceWritten };
