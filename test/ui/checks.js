// Records named UI checks so one failure is reported clearly and the run still ends with the summary line.
'use strict';

class Checks {
  constructor(log = console.log) {
    this.results = [];
    this.log = log;
  }

  // Runs fn; a thrown error or a false result fails the check. Returns fn's value (undefined on failure).
  async check(name, fn) {
    const started = Date.now();
    try {
      const value = await fn();
      if (value === false) throw new Error('check returned false');
      this.results.push({ name, ok: true });
      this.log(`  ✔ ${name} (${Date.now() - started} ms)`);
      return value;
    } catch (err) {
      this.results.push({ name, ok: false, error: err });
      this.log(`  ✘ ${name}: ${String(err && err.message || err).split('\n')[0]}`);
      return undefined;
    }
  }

  // A later step that cannot run because an earlier one failed counts as failed, not silently skipped.
  fail(name, reason) {
    this.results.push({ name, ok: false, error: new Error(reason) });
    this.log(`  ✘ ${name}: ${reason}`);
  }

  get stats() {
    const passes = this.results.filter((r) => r.ok).length;
    return { passes, failures: this.results.length - passes, pending: 0 };
  }
}

module.exports = { Checks };
