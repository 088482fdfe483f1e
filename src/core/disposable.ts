// One way to own and release resources, in core and in the vscode layer alike: `vscode.Disposable` has
// the same shape, so a subclass can register VS Code's subscriptions and core's together.

export interface IDisposable {
  dispose(): void;
}

export abstract class Disposable implements IDisposable {
  private readonly owned: IDisposable[] = [];
  private disposed = false;

  /** Takes `item` to dispose with this object (at once, when this object is already disposed). */
  protected register<T extends IDisposable>(item: T): T {
    if (this.disposed) item.dispose();
    else this.owned.push(item);
    return item;
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    disposeAll(this.owned.splice(0));
  }
}

/** Disposes every item, the last first; one that throws does not keep the others alive. */
export function disposeAll(items: readonly IDisposable[]): void {
  const errors: unknown[] = [];
  for (const item of [...items].reverse()) {
    try {
      item.dispose();
    } catch (error) {
      errors.push(error);
    }
  }
  if (errors.length) throw errors[0];
}

/** A disposable that runs `release` once. */
export function toDisposable(release: () => void): IDisposable {
  let done = false;
  return { dispose: () => !done && ((done = true), release()) };
}
