// What the front matter reader and editor have to say, as data; worded in src/vscode/words/messageWords.ts.

/** Why the reader cannot read a note's front matter (the note is then broken, and every edit refuses it). */
export type FrontMatterReadMessage =
  | { readonly id: 'front-matter-not-yaml'; readonly language: string }
  | { readonly id: 'front-matter-unclosed' }
  | { readonly id: 'front-matter-too-deep' }
  | { readonly id: 'front-matter-not-a-mapping' }
  | YamlInvalid;

/**
 * A YAML parser's own error: `reason` is its text (js-yaml's or yaml's, in English), carried as it is
 * since no translation can know it; `key` names a duplicated key when the editor's parser found one.
 */
export interface YamlInvalid {
  readonly id: 'yaml-invalid';
  readonly reason: string;
  readonly key?: string;
}

/** Why the editor will not change a note's front matter. */
export type FrontMatterEditMessage =
  | { readonly id: 'edit-not-yaml'; readonly language: string }
  | { readonly id: 'edit-unclosed' }
  | { readonly id: 'edit-too-deep'; readonly levels: number }
  | { readonly id: 'duplicate-key'; readonly key: string }
  | { readonly id: 'flow-mapping'; readonly key: string }
  | { readonly id: 'aliased-anchor'; readonly key: string; readonly anchor: string }
  | { readonly id: 'no-such-key'; readonly key: string }
  | { readonly id: 'key-taken'; readonly key: string }
  | { readonly id: 'set-changes-others'; readonly key: string }
  | { readonly id: 'rename-changes-others'; readonly key: string };

export type FrontMatterMessage = FrontMatterReadMessage | FrontMatterEditMessage;
