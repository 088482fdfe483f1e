// The calendar import's reader, loaded on first use: ical.js, the reading of an export and the matching
// to customers. Node builds it as a bundle of its own (dist/calendar.js) so that activation never loads
// it; the web build keeps it inside its one bundle (see vscode/lazyBundle.ts).
export { entriesByCustomer, previewCalendar } from './core/calendar/calendarImport';
