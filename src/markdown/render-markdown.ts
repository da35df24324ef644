/**
 * Markdown written by a stranger, as HTML that is safe to put in the page: raw HTML is escaped, links
 * are limited to `http(s)`, `mailto` and in-page anchors, images never load from anywhere, size and
 * nesting are bounded.
 */
import type { Lang } from '../i18n/locale';
import { msg, type Msg } from '../../core/shared/msg';
import { limitMarkdownSource, MAX_MARKDOWN_CHARS } from './markdown-limits';
import { markdownParser, parseMarkdown } from './markdown-parser';

/** Options of `renderMarkdown`. */
export interface RenderMarkdownOptions {
  /** Put before every heading id (`${idPrefix}-${slug}`): one per cell keeps ids unique on the page. */
  readonly idPrefix: string;
  /** The language of the note shown when the input was cut (default Chinese). */
  readonly lang?: Lang;
}

/** The note appended when a cell's Markdown is longer than `MAX_MARKDOWN_CHARS`. */
export const TRUNCATED_NOTE: Msg = msg(
  `内容过长：只显示了前 ${MAX_MARKDOWN_CHARS.toLocaleString('zh-CN')} 个字符。请把这段文字拆成几个单元。`,
  `Too long: only the first ${MAX_MARKDOWN_CHARS.toLocaleString('en-US')} characters are shown. Split this text into several cells.`,
);

/** Renders untrusted Markdown to HTML that can be inserted into the page as is. */
export function renderMarkdown(source: string, options: RenderMarkdownOptions): string {
  const { text, isTruncated } = limitMarkdownSource(source);
  const { tokens, env } = parseMarkdown(text, options.idPrefix);
  const html = markdownParser.renderer.render(tokens, markdownParser.options, env);
  if (!isTruncated) return html;
  const note = TRUNCATED_NOTE[options.lang ?? 'zh'];
  return `${html}<p class="md-truncated" role="note">${markdownParser.utils.escapeHtml(note)}</p>\n`;
}
