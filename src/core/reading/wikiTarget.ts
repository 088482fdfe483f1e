// What a wiki link names, wherever one is written: in a note's text (`[[acme|Acme]]`), in a
// `customers:` entry or in an `account:` value (`"[[acme]]"`, or plain `acme`).
import { detach } from './noteBody';

// Files that live beside notes and are linked like them (`![[diagram.png]]`), but are not notes. A wiki
// link names a note without `.md`, so any other dot (`[[Booking.com]]`, `[[St. Mary]]`) is the name's own.
const OTHER_FILE = /\.(?:png|jpe?g|gif|bmp|svg|webp|avif|heic|tiff?|ico|pdf|canvas|excalidraw|mp3|wav|m4a|ogg|flac|webm|mp4|mov|mkv|avi|docx?|xlsx?|pptx?|csv|txt|json|html?|zip)$/i;

/**
 * What a wiki link (or a `customers:` entry) names: the text before `#heading` and `|label`, trimmed,
 * without a trailing `.md`; a folder (`customers/acme`) stays, for the resolver to take the last segment.
 * Undefined when it names nothing (`[[#heading]]`) or a file that is not a note (`[[diagram.png]]`).
 */
export function nameTarget(inner: string): string | undefined {
  const cut = inner.search(/[#|]/);
  let target = cut === -1 ? inner : inner.slice(0, cut);
  // `[[acme\|Acme]]`: the pipe escaped inside a Markdown table.
  if (target.endsWith('\\')) target = target.slice(0, -1);
  target = target.trim();
  if (/\.md$/i.test(target)) target = target.slice(0, -3).trimEnd();
  return target && !OTHER_FILE.test(target) ? detach(target) : undefined;
}

/** The note a front matter value links to: `acme`, `Acme Logistics`, `"[[acme|Acme]]"`; undefined for none. */
export function frontMatterTarget(value: string): string | undefined {
  return nameTarget(value.trim().replace(/^\[\[(.*)\]\]$/, '$1'));
}
