// A safe file name for a new customer note: one path segment, portable to Windows, macOS and Linux,
// never `..`, never a reserved device name, never empty, and short enough for every file system.
import type { SlugMessage } from '../model';

// Letters that Unicode does not decompose into a base letter and an accent, spelled as ASCII readers would.
const LATIN: Record<string, string> = { ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i', ŋ: 'ng', ħ: 'h' };

const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;
const MAX_SLUG_LENGTH = 80;

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
