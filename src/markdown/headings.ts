/** The headings of a Markdown cell, for a table of contents whose links match the rendered ids. */
import { limitMarkdownSource } from './markdown-limits';
import { headingMeta, parseMarkdown } from './markdown-parser';

/** One heading of a Markdown cell. */
export interface MarkdownHeading {
  /** 1 for `#`, … 6 for `######`. */
  readonly level: 1 | 2 | 3 | 4 | 5 | 6;
  /** Its plain text (markup stripped). */
  readonly text: string;
  /** The id `renderMarkdown` gives it with the same `idPrefix`. */
  readonly id: string;
}

/** The headings of `source` in order, with the ids `renderMarkdown(source, { idPrefix })` renders. */
export function extractHeadings(source: string, idPrefix: string): MarkdownHeading[] {
  const { tokens } = parseMarkdown(limitMarkdownSource(source).text, idPrefix);
  const headings: MarkdownHeading[] = [];
  for (const token of tokens) {
    const meta = headingMeta(token);
    if (!meta) continue;
    headings.push({ level: headingLevel(token.tag), text: meta.text, id: meta.id });
  }
  return headings;
}

function headingLevel(tag: string): MarkdownHeading['level'] {
  const n = Number(tag.slice(1));
  return n >= 1 && n <= 6 ? (n as MarkdownHeading['level']) : 6;
}
