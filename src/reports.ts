// The dashboard and the weekly review, loaded on first use: the dashboard's panel, data and words, and
// the review note's building and text. Node builds it as a bundle of its own (dist/reports.js) so that
// activation never loads it; the web build keeps it inside its one bundle (see vscode/lazyBundle.ts).
export { Dashboard } from './vscode/dashboard/panel';
export { writeWeeklyReview } from './vscode/review/weeklyReview';
