/**
 * The one configured markdown-it instance: CommonMark plus tables and strikethrough, no raw HTML, no
 * linkify, no typographer, bounded nesting, links limited to an allowlist, images inert unless inline,
 * and ids on headings. Rendering (`render-markdown.ts`) and the table of contents (`headings.ts`) both
 * parse through here so heading ids agree.
 */
import MarkdownIt from 'markdown-it';
import type { MarkdownIt as MarkdownParser, StateCore, Token } from 'markdown-it';
import { cleanIdPrefix, HeadingSlugger } from './heading-slug';
import { MAX_INLINE_NESTING, MAX_MARKDOWN_NESTING } from './markdown-limits';
import { isAcceptedUrl, isAllowedImageSrc, isAllowedLinkHref, isExternalHref } from './safe-url';

/** What one parse carries between markdown-it's rules. */
export interface MarkdownEnv {
  [key: string | symbol]: unknown;
  /** Put before every heading slug: `${idPrefix}-${slug}`. */
  readonly idPrefix: string;
}

/** What a heading token learns during the parse (in `token.meta`). */
export interface HeadingMeta {
  /** The heading's plain text (markup stripped). */
  readonly text: string;
  /** Its id, unique within the parsed document. */
  readonly id: string;
}

/** The shown text of an image that is not rendered; `alt` is filled in. */
export const IMAGE_PLACEHOLDER_PREFIX = '[图片/image: ';

/** The configured parser; use `parseMarkdown` rather than calling it with a hand-made env. */
export const markdownParser = createMarkdownParser();

/** Parses `source` (already limited in size) into tokens whose headings carry ids behind `idPrefix`. */
export function parseMarkdown(source: string, idPrefix: string): { tokens: Token[]; env: MarkdownEnv } {
  const env: MarkdownEnv = { idPrefix: cleanIdPrefix(idPrefix) };
  return { tokens: markdownParser.parse(source, env), env };
}

/** The heading facts stored on a `heading_open` token, if it is one. */
export function headingMeta(token: Token): HeadingMeta | undefined {
  const meta = token.meta as Partial<HeadingMeta> | null;
  return token.type === 'heading_open' && typeof meta?.id === 'string' && typeof meta.text === 'string'
    ? { text: meta.text, id: meta.id }
    : undefined;
}

function createMarkdownParser(): MarkdownParser {
  const md = new MarkdownIt('default', {
    html: false,
    linkify: false,
    typographer: false,
    maxNesting: MAX_MARKDOWN_NESTING,
  });
  // Refused URLs make markdown-it leave the whole `[text](url)` as plain text.
  md.validateLink = isAcceptedUrl;
  md.core.ruler.push('cl_inline_depth', limitInlineDepth);
  md.core.ruler.push('cl_link_guard', guardLinks);
  md.core.ruler.push('cl_heading_ids', (state) => addHeadingIds(state, md));
  md.core.ruler.push('cl_table_align', alignWithClasses);

  const escape = md.utils.escapeHtml;
  // `html: false` means these tokens are never produced; escaping anyway keeps a later option change safe.
  md.renderer.rules.html_block = (tokens, idx) => `<p>${escape(tokens[idx]?.content ?? '')}</p>`;
  md.renderer.rules.html_inline = (tokens, idx) => escape(tokens[idx]?.content ?? '');
  md.renderer.rules.image = (tokens, idx, options, env, self) => {
    const token = tokens[idx];
    if (!token) return '';
    const alt = self.renderInlineAsText(token.children ?? [], options, env);
    const src = String(token.attrGet('src') ?? '');
    if (isAllowedImageSrc(src)) {
      token.attrSet('alt', alt);
      return self.renderToken(tokens, idx, options);
    }
    // Loading a remote image would tell its server who opened the notebook, and when.
    return `<span class="md-image-placeholder">${escape(`${IMAGE_PLACEHOLDER_PREFIX}${alt}]`)}</span>`;
  };
  return md;
}

/**
 * `maxNesting` does not bound emphasis: `*****…x…*****` pairs up after parsing into thousands of nested
 * `<em>`, which browsers (and jsdom) handle badly. Markers past `MAX_INLINE_NESTING` stay as text.
 */
function limitInlineDepth(state: StateCore): void {
  for (const block of state.tokens) {
    if (block.type !== 'inline' || !block.children) continue;
    const kept: boolean[] = [];
    let depth = 0;
    for (const token of block.children) {
      if (token.nesting === 1) {
        const keep = depth < MAX_INLINE_NESTING;
        kept.push(keep);
        if (keep) depth++;
        else unwrap(token, markerText(token));
      } else if (token.nesting === -1) {
        if (kept.pop() === false) unwrap(token, markerText(token));
        else depth--;
      }
    }
  }
}

// A link's markup is a tag (`autolink`), not what was typed; its text stays either way.
function markerText(token: Token): string {
  return token.type === 'link_open' || token.type === 'link_close' ? '' : token.markup;
}

/**
 * Second line of defence after `validateLink`: every link, however it was made (inline, reference,
 * autolink), must have an allowed href or loses its anchor (its text stays). External links open in
 * a new tab without an opener or a referrer.
 */
function guardLinks(state: StateCore): void {
  for (const block of state.tokens) {
    if (block.type !== 'inline' || !block.children) continue;
    const blocked: boolean[] = [];
    for (const token of block.children) {
      if (token.type === 'link_open') {
        const href = String(token.attrGet('href') ?? '');
        const isBlocked = !isAllowedLinkHref(href);
        blocked.push(isBlocked);
        if (isBlocked) unwrap(token);
        else if (isExternalHref(href)) {
          token.attrSet('target', '_blank');
          token.attrSet('rel', 'noopener noreferrer');
        }
      } else if (token.type === 'link_close' && blocked.pop() === true) {
        unwrap(token);
      }
    }
  }
}

/** Turns an opening or closing token into plain text (`content`, escaped when rendered). */
function unwrap(token: Token, content = ''): void {
  token.type = 'text';
  token.tag = '';
  token.nesting = 0;
  token.attrs = null;
  token.content = content;
}

// markdown-it aligns table cells with a `style` attribute; a class keeps the output free of inline
// styles (so it survives a CSP without 'unsafe-inline' for styles).
function alignWithClasses(state: StateCore): void {
  for (const token of state.tokens) {
    if (token.type !== 'th_open' && token.type !== 'td_open') continue;
    const align = /^text-align:(left|right|center)$/.exec(String(token.attrGet('style') ?? ''))?.[1];
    token.attrs = token.attrs?.filter(([name]) => name !== 'style') ?? null;
    if (align) token.attrJoin('class', `md-align-${align}`);
  }
}

function addHeadingIds(state: StateCore, md: MarkdownParser): void {
  const prefix = typeof state.env['idPrefix'] === 'string' ? state.env['idPrefix'] : '';
  const slugger = new HeadingSlugger();
  const tokens = state.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token?.type !== 'heading_open') continue;
    const inline = tokens[i + 1];
    const text = md.renderer
      .renderInlineAsText(inline?.children ?? [], md.options, state.env)
      .replace(/\s+/g, ' ')
      .trim();
    const slug = slugger.slug(text);
    const id = prefix === '' ? slug : `${prefix}-${slug}`;
    token.attrSet('id', id);
    token.meta = { ...token.meta, text, id } satisfies HeadingMeta;
  }
}
