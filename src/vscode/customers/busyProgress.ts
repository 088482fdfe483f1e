// The Customers view's progress bar while Rapport is busy: the first scan of a workspace, a rescan, any
// other long job run through `Busy`. One progress for overlapping jobs, so the bar does not restart.
// While the customer notes are read, the view's welcome ("No customer notes yet") waits: the context key
// rapport.readingCustomers holds it back (package.json, viewsWelcome).
import * as vscode from 'vscode';
import type { Busy } from '../../core/busy';
import { Disposable, toDisposable } from '../../core/disposable';

export class BusyProgress extends Disposable {
  private finish: (() => void) | undefined;
  private reading = false;

  constructor(private readonly busy: Busy, private readonly viewId: string) {
    super();
    this.register(busy.onDidChange(() => this.update()));
    this.register(toDisposable(() => this.end()));
    this.update();
  }

  /** Whether the view shows progress now. */
  get showing(): boolean {
    return this.finish !== undefined;
  }

  private update(): void {
    if (this.busy.readingCustomers !== this.reading) {
      this.reading = this.busy.readingCustomers;
      void vscode.commands.executeCommand('setContext', 'rapport.readingCustomers', this.reading);
    }
    if (this.busy.any && !this.finish) {
      const finished = new Promise<void>((resolve) => (this.finish = resolve));
      void vscode.window.withProgress({ location: { viewId: this.viewId } }, () => finished);
    } else if (!this.busy.any) {
      this.end();
    }
  }

  private end(): void {
    this.finish?.();
    this.finish = undefined;
  }
}
