// Turns a file's bytes into a customer note, with limits that keep any input cheap: a file too large,
// binary, or not UTF-8 is still listed (with the reason) but never parsed in full.
import { parseCustomerNote } from './customerNote';
import type { CustomerNote, FileMessage, Message, ParseSettings } from '../model';

/** A customer note past 2 MB is surely not one leader's notes on one customer (a log, a dump, an export). */
export const MAX_NOTE_BYTES = 2 * 1024 * 1024;
const BINARY_SNIFF_BYTES = 8192;

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function fileNameOf(id: string): string {
  const path = id.replace(/[?#].*$/, '');
  return decodeURIComponent(path.slice(path.lastIndexOf('/') + 1));
}

/** The file name without `.md`: what a note is called when it names itself nowhere. */
export function fileTitleOf(id: string): string {
  return safeFileName(id).replace(/\.md$/i, '');
}

export function loadNote(id: string, bytes: Uint8Array, settings: ParseSettings): CustomerNote {
  if (bytes.byteLength > MAX_NOTE_BYTES) return tooLarge(id, bytes.byteLength, settings);
  const decoded = decodeNote(bytes);
  if (!decoded.ok) return skipped(id, safeFileName(id), settings, { id: 'skipped', reason: decoded.message });
  return parseCustomerNote(id, safeFileName(id), decoded.text, settings);
}

/** The text of a note's bytes, or why Rapport will not read (nor ever write) it: binary or not UTF-8. */
export function decodeNote(bytes: Uint8Array): { ok: true; text: string } | { ok: false; message: FileMessage } {
  if (bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0)) return { ok: false, message: { id: 'file-binary' } };
  try {
    return { ok: true, text: strictUtf8.decode(bytes) };
  } catch {
    return { ok: false, message: { id: 'file-not-utf8' } };
  }
}

export function tooLarge(id: string, size: number, settings: ParseSettings): CustomerNote {
  return skipped(id, safeFileName(id), settings, { id: 'skipped', reason: { id: 'file-too-large', bytes: size, limitBytes: MAX_NOTE_BYTES } });
}

/** A note that could not be read at all: it stays visible, with the reason, and is never written. */
export function skipped(id: string, fileName: string, settings: ParseSettings, reason: Message): CustomerNote {
  return {
    id, name: fileName.replace(/\.md$/i, ''), nameSource: 'file name', tags: [], aliases: [], emails: [], mentions: [], dates: [], cadenceDays: settings.defaultCadenceDays,
    cadenceFromNote: false, status: 'active', entries: [], habits: [], commitments: [], register: [], closeness: [],
    problems: [{ message: reason, line: 0, column: 0, severity: 'error', code: 'unreadable' }], brokenReason: reason,
  };
}

function safeFileName(id: string): string {
  try {
    return fileNameOf(id);
  } catch {
    return id.slice(id.lastIndexOf('/') + 1);
  }
}
