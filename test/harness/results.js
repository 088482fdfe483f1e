// The one-line summary every tier prints last: "N passed, N failed" and ", N skipped" when any are pending.
'use strict';

function summaryLine({ passes = 0, failures = 0, pending = 0 }) {
  return `${passes} passed, ${failures} failed${pending ? `, ${pending} skipped` : ''}`;
}

module.exports = { summaryLine };
