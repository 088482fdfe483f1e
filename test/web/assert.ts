// The few assertions the web suite needs: Node's `assert` is not in a web worker, and no polyfill is installed.
export class AssertionError extends Error {
  override name = 'AssertionError';
}

export function ok(value: unknown, message = 'expected a truthy value'): asserts value {
  if (!value) throw new AssertionError(message);
}

export function equal<T>(actual: T, expected: T, message?: string): void {
  if (actual !== expected) throw new AssertionError(`${message ? `${message}: ` : ''}expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}

export function match(text: string, pattern: RegExp, message?: string): void {
  if (!pattern.test(text)) throw new AssertionError(message ?? `${JSON.stringify(text.slice(0, 200))} does not match ${pattern}`);
}

export function fail(message: string): never {
  throw new AssertionError(message);
}
