// The daily reminder: at start-up once the first scan is in, and again when the local day rolls over
// (what today looks like changes then), at most once a day per workspace: the day last reminded is kept
// in the workspace state. The rule and the message are core's (src/core/today/dailyReminder.ts).
import * as vscode from 'vscode';
import { Disposable } from '../../core/disposable';
import { reminderDay, reminderFor, shouldRemind, type DailyReminder } from '../../core/today/dailyReminder';
import { dailyReminderEnabled } from '../ports/settings';
import type { TreeServices } from '../services';
import { reminderButtons, reminderText } from '../words/reminderWords';
import { answerReminder, type ReminderAnswer } from './answerReminder';

/** Where the day last reminded (`YYYY-MM-DD`) is kept. */
export const LAST_REMINDED_KEY = 'rapport.reminder.lastDay';

/** A reminder as it was shown, for tests. */
export interface ShownReminder {
  readonly day: string;
  readonly text: string;
  readonly buttons: readonly string[];
  readonly reminder: DailyReminder;
}

export class DailyReminderFeature extends Disposable {
  /** Every reminder shown since activation. */
  readonly shown: ShownReminder[] = [];
  /** The day last looked at: each day is looked at once, whatever else changes that day. */
  private lookedAt: string | undefined;
  private stopped = false;

  constructor(private readonly deps: TreeServices, ready: Promise<void>) {
    super();
    void ready.catch(() => undefined).then(() => {
      if (this.stopped) return;
      this.register(deps.today.onDidChange(() => this.dayChanged()));
      return this.check();
    });
  }

  /** The day last reminded, as kept in the workspace state. */
  get lastReminded(): string | undefined {
    return this.deps.context.workspaceState.get<string>(LAST_REMINDED_KEY);
  }

  /** Does what a button of the last reminder shown does (tests; the notification's own buttons come here too). */
  answer(answer: ReminderAnswer, reminder = this.shown.at(-1)?.reminder): Promise<void> {
    return reminder ? answerReminder(answer, reminder, this.deps) : Promise.resolve();
  }

  override dispose(): void {
    this.stopped = true;
    super.dispose();
  }

  private dayChanged(): void {
    if (reminderDay(this.deps.today.date) !== this.lookedAt) void this.check();
  }

  private async check(): Promise<void> {
    await this.deps.indexing.idle();
    const { today } = this.deps;
    const date = today.date;
    const day = reminderDay(date);
    if (this.stopped || day === this.lookedAt) return;
    this.lookedAt = day;
    if (!shouldRemind(this.lastReminded, date, dailyReminderEnabled())) return;
    // Kept before anything is shown: a window reloaded while the notification is up does not show it
    // again, and a day with nothing to say has been looked at too.
    await this.deps.context.workspaceState.update(LAST_REMINDED_KEY, day);
    const reminder = reminderFor(today.urgentRows(), today.upcoming(), date);
    if (reminder) this.show(reminder, day);
  }

  private show(reminder: DailyReminder, day: string): void {
    const words = reminderButtons();
    const buttons: [string, ReminderAnswer][] = [[words.show, 'show']];
    // Snoozing is about contact: offered only when someone needs it.
    if (reminder.overdue.length) buttons.push([words.snooze, 'snooze']);
    buttons.push([words.off, 'off']);
    const text = reminderText(reminder);
    this.shown.push({ day, text, buttons: buttons.map(([label]) => label), reminder });
    this.deps.log.info(`Daily reminder shown for ${day}.`);
    void vscode.window.showInformationMessage(text, ...buttons.map(([label]) => label)).then((picked) => {
      const answer = buttons.find(([label]) => label === picked)?.[1];
      if (answer) return this.answer(answer, reminder);
    });
  }
}

export function registerReminder(deps: TreeServices, ready: Promise<void>): DailyReminderFeature {
  return new DailyReminderFeature(deps, ready);
}
