// Days since contact roll over at local midnight without a reload: a timer aimed at the next midnight,
// re-checked when the window regains focus (timers can sleep with the laptop).
import * as vscode from 'vscode';
import { formatDate, msUntilNextMidnight, today, type Clock } from '../core/time/dates';

export function onLocalMidnight(clock: Clock, rollover: () => void): vscode.Disposable {
  let day = formatDate(today(clock));
  let timer: ReturnType<typeof setTimeout> | undefined;
  const check = () => {
    const now = formatDate(today(clock));
    if (now !== day) {
      day = now;
      rollover();
    }
  };
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      check();
      schedule();
    }, msUntilNextMidnight(clock.now()) + 500);
  };
  schedule();
  const focus = vscode.window.onDidChangeWindowState((s) => s.focused && check());
  return new vscode.Disposable(() => {
    clearTimeout(timer);
    focus.dispose();
  });
}
