/**
 * Heading ids: a readable slug of the heading's text (Chinese kept as written), made unique within one
 * Markdown cell, behind a prefix that keeps cells apart on the page.
 */

/** The slug used when a heading has no letters or digits at all. */
const EMPTY_SLUG = 'section';
/** Slugs longer than this are cut (ids stay short and readable). */
const MAX_SLUG_LENGTH = 80;

/**
 * The slug of a heading's text: lower case, letters (any script) and digits kept, everything else
 * collapsed into single `-`. `第一章 概览` → `第一章-概览`, `Fee > 1,000?` → `fee-1-000`.
 */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\p{M}_]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  const cut = [...slug].slice(0, MAX_SLUG_LENGTH).join('').replace(/-+$/, '');
  return cut === '' ? EMPTY_SLUG : cut;
}

/** An id prefix made safe to sit in an id: whitespace becomes `-`. */
export function cleanIdPrefix(prefix: string): string {
  return prefix.trim().replace(/\s+/g, '-');
}

/** Hands out unique slugs for one document: `a`, `a-1`, `a-2`, … (never reusing one already given). */
export class HeadingSlugger {
  readonly #used = new Set<string>();

  /** The next unique slug for `text`. */
  slug(text: string): string {
    const base = slugify(text);
    let slug = base;
    for (let n = 1; this.#used.has(slug); n++) slug = `${base}-${n}`;
    this.#used.add(slug);
    return slug;
  }
}
