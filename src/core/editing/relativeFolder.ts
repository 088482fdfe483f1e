// A folder named in a setting, relative to the workspace folder: split into plain segments, or refused
// when it would lead outside (absolute, drive letters, `..`, a URI) so a setting can never send a write
// elsewhere on disk.
import { UNSAFE_NAME_CHARACTERS } from './slug';

export function relativeFolderSegments(text: string): string[] | undefined {
  const trimmed = text.trim();
  if (/^([a-z][a-z0-9+.-]*:|[\\/]|~)/i.test(trimmed)) return undefined;
  const segments = trimmed.split(/[\\/]+/).filter((s) => s && s !== '.');
  if (segments.some((s) => s === '..' || UNSAFE_NAME_CHARACTERS.test(s))) return undefined;
  return segments;
}
