// Injected into the web bundle (esbuild `inject`): a free reference to this Node global in Rapport
// resolves to this export. A web worker extension host has no setImmediate.
export const setImmediate = (callback, ...args) => setTimeout(callback, 0, ...args);
