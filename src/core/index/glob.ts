// The customer glob's fixed leading folders: where new notes go, and the only place where a created
// folder can hold customer notes.

/** `customers/**\/*.md` gives `customers`; a glob starting with `**` gives ''. */
export function globBase(glob: string): string {
  const fixed: string[] = [];
  for (const part of glob.split('/')) {
    if (/[*?[\]{}!]/.test(part) || part.endsWith('.md')) break;
    fixed.push(part);
  }
  return fixed.filter((p) => p && p !== '.' && p !== '..').join('/');
}

/** The folder that new customer notes go to: the glob's fixed leading part, else `customers`. */
export function customersFolderOf(glob: string): string {
  return globBase(glob) || 'customers';
}
