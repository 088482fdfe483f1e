// Safe file names: a slug for a new customer note, and a title kept as written for a dated note. Both are
// one path segment, portable to Windows, macOS and Linux, never `..`, never empty, and short enough for
// every file system; a slug is never a reserved device name either.
import type { SlugMessage } from '../model';

// Letters that Unicode does not decompose into a base letter and an accent, spelled as ASCII readers would.
const LATIN: Record<string, string> = { ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i', ŋ: 'ng', ħ: 'h' };

const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;
const MAX_SLUG_LENGTH = 80;
/** Characters no file or folder name may hold on Windows (and so on none), path separators apart. */
export const UNSAFE_NAME_CHARACTERS = /[<>:"|?*\u0000-\u001f]/;
const UNSAFE_RUN = new RegExp(`(?:${UNSAFE_NAME_CHARACTERS.source}|[\\\\/])+`, 'g');

export type SlugResult = { ok: true; slug: string } | { ok: false; message: SlugMessage };

export function slugify(name: string): SlugResult {
  const trimmed = name.trim();
  if (!trimmed) return { ok: false, message: { id: 'name-missing' } };
  const slug = trimmed
    .toLowerCase()
    .replace(/[øæœßłđðþıŋħ]/g, (c) => LATIN[c])
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '') // accents: "Société" -> "Societe"
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-') // slashes, dots, emoji, spaces, quotes: all become one dash
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_SLUG_LENGTH)
    .replace(/-+$/, '');
  if (!slug) return { ok: false, message: { id: 'name-without-letters', name: trimmed } };
  return { ok: true, slug: RESERVED.test(slug) ? `${slug}-customer` : slug };
}

/**
 * A title as it may stand in a file name (`Q1/Q2 review` → `Q1-Q2 review`, `Steering: budget` →
 * `Steering budget`): path segments of dots (`..`) go; characters unsafe in file names become a dash
 * between two other characters and vanish beside a space; runs of white space become one space; dots
 * and spaces at the ends go. Undefined when nothing is left.
 */
export function safeFileTitle(title: string): string | undefined {
  const safe = title
    .replace(/\s+/g, ' ')
    .split(/[\\/]/)
    .filter((segment) => !/^[\s.]+$/.test(segment))
    .join('/')
    .replace(UNSAFE_RUN, (run: string, at: number, text: string) => (/\S/.test(text[at - 1] ?? ' ') && /\S/.test(text[at + run.length] ?? ' ') ? '-' : ' '))
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '');
  const short = [...safe].slice(0, MAX_SLUG_LENGTH).join('').replace(/[\s.]+$/, '');
  return short || undefined;
}
