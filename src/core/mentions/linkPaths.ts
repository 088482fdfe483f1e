// Where a relative Markdown link points: the decoded path of the note it names, resolved against the
// folder of the linking note's URI. Only links to other notes of the same tree are kept: anything with a
// scheme, an absolute or same-file link, a link to another kind of file, and a path that climbs above the
// root of the URI are not links to a note.
import { detach } from '../reading/noteBody';

const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:/;
// What follows the last `.` of a file name, when it is an extension (`report.pdf`, not `J. Smith`).
const EXTENSION = /\.[A-Za-z0-9]+$/;

/**
 * The decoded path of a URI, without scheme, authority, query or fragment, as VS Code's `Uri.path` gives
 * it: `file:///work/demo/acme%20logistics.md` → `/work/demo/acme logistics.md`.
 */
export function uriPath(uri: string): string {
  const scheme = SCHEME.exec(uri);
  let rest = scheme ? uri.slice(scheme[0].length) : uri;
  if (rest.startsWith('//')) {
    const slash = rest.indexOf('/', 2);
    rest = slash === -1 ? '' : rest.slice(slash);
  }
  const end = rest.search(/[?#]/);
  return (end === -1 ? rest : rest.slice(0, end)).split('/').map(decode).join('/');
}

/** The folders of a note's path, root first: what its relative links are resolved against. */
export function folderOf(uri: string): string[] {
  const segments = uriPath(uri).split('/').filter(Boolean);
  segments.pop();
  return segments;
}

/**
 * The absolute path of the note a link destination (as written, percent-encoded or not) points to from
 * a note in `folder`; undefined when it does not point to a note. A destination without an extension
 * names a note (`../customers/acme` → `…/customers/acme.md`), as VS Code's Markdown links allow.
 */
export function linkedNotePath(folder: readonly string[], destination: string): string | undefined {
  const first = destination.charCodeAt(0);
  // `/…` is relative to some root the note cannot know (the workspace? the disk?); `#…` is this note.
  if (!destination || first === 0x2f || first === 0x23 || SCHEME.test(destination)) return undefined;
  const end = destination.search(/[?#]/);
  const segments = (end === -1 ? destination : destination.slice(0, end)).split('/').map(decode);
  let name = segments.pop();
  if (!name || name === '.' || name === '..') return undefined;
  if (!/\.md$/i.test(name)) {
    if (EXTENSION.test(name)) return undefined;
    name += '.md';
  }
  const path = [...folder];
  for (const segment of segments) {
    if (segment === '..') {
      if (!path.length) return undefined;
      path.pop();
    } else if (segment && segment !== '.') path.push(segment);
  }
  path.push(name);
  // Joined from pieces of the line: a copy, so the index does not keep the note's text alive.
  return detach('/' + path.join('/'));
}

function decode(segment: string): string {
  if (!segment.includes('%')) return segment;
  try {
    return decodeURIComponent(segment);
  } catch {
    // A `%` that starts no escape (`100%.md`) is the name as written.
    return segment;
  }
}
