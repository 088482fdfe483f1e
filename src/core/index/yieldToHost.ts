// Long work in the index (a scan, reading or writing its cache) gives the host's event loop a turn now
// and then, so that nothing else waits long for it.
export const yieldToHost = (): Promise<void> => new Promise<void>((resolve) => setImmediate(resolve));
