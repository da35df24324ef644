/**
 * Bounds on what a Markdown cell may cost to render. A shared notebook can be hostile or simply
 * broken (a pasted log file), and rendering runs on the main thread.
 */

/** Characters of Markdown rendered at most (about 200 KB of text); the rest is cut with a visible note. */
export const MAX_MARKDOWN_CHARS = 200_000;

/** How deep blocks may nest (quotes in lists in quotes…); markdown-it drops anything deeper. */
export const MAX_MARKDOWN_NESTING = 32;

/** How deep inline markup may nest (emphasis in emphasis…); deeper markers stay as plain text. */
export const MAX_INLINE_NESTING = 16;

/** How far back from the limit a cut looks for a line end, so it does not split a line. */
const LINE_SEARCH = 2_000;

/** Markdown cut to the limit. */
export interface LimitedSource {
  /** What will be rendered. */
  readonly text: string;
  /** True when the input was longer and `text` is its beginning. */
  readonly isTruncated: boolean;
}

/** Cuts `source` to `MAX_MARKDOWN_CHARS`, at a line end when one is near, never inside a surrogate pair. */
export function limitMarkdownSource(source: string, max = MAX_MARKDOWN_CHARS): LimitedSource {
  if (source.length <= max) return { text: source, isTruncated: false };
  let end = max;
  const newline = source.lastIndexOf('\n', end);
  if (newline >= end - LINE_SEARCH && newline > 0) end = newline;
  else if (isHighSurrogate(source.charCodeAt(end - 1))) end -= 1;
  return { text: source.slice(0, end), isTruncated: true };
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
