// Injected into the web bundle (esbuild `inject`): free references to these Node globals in Rapport and
// its dependencies resolve to these exports. A web worker extension host has neither.
export { Buffer } from 'buffer'; // gray-matter turns the note text into a Buffer (utils.toBuffer)
export const setImmediate = (callback, ...args) => setTimeout(callback, 0, ...args);
