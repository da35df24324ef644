/**
 * Test helper: parses rendered HTML with a real HTML parser (jsdom) and lists everything in it that
 * could run script, load from another origin or escape the allowlist. An empty list means safe.
 */
import { JSDOM } from 'jsdom';

// Exactly what markdown-it (with tables and strikethrough) can emit, and the attributes each may carry.
const ALLOWED: Readonly<Record<string, readonly string[]>> = {
  p: ['class', 'role'],
  h1: ['id'],
  h2: ['id'],
  h3: ['id'],
  h4: ['id'],
  h5: ['id'],
  h6: ['id'],
  a: ['href', 'title', 'target', 'rel'],
  img: ['src', 'alt', 'title'],
  em: [],
  strong: [],
  s: [],
  code: ['class'],
  pre: [],
  blockquote: [],
  ul: [],
  ol: ['start'],
  li: [],
  hr: [],
  br: [],
  table: [],
  thead: [],
  tbody: [],
  tr: [],
  th: ['class'],
  td: ['class'],
  span: ['class'],
};

const FORBIDDEN_TAGS = [
  'script',
  'iframe',
  'object',
  'embed',
  'style',
  'svg',
  'math',
  'form',
  'link',
  'meta',
  'base',
];
const HREF_RE = /^(?:https?:\/\/|mailto:|#)/i;
const SRC_RE = /^data:image\/(?:png|jpeg|gif|webp)[;,]/i;

/** Parses `html` as the body of a page would be (the same parser the browser uses for innerHTML). */
export function parseFragment(html: string): DocumentFragment {
  return JSDOM.fragment(html);
}

/** Every problem found in `html`, as short descriptions; `[]` when it is safe. */
export function unsafeParts(html: string): string[] {
  const problems: string[] = [];
  const root = parseFragment(html);
  if (root.querySelector(FORBIDDEN_TAGS.join(','))) problems.push('forbidden element');
  for (const el of root.querySelectorAll('*')) {
    const tag = el.tagName.toLowerCase();
    const allowed = ALLOWED[tag];
    if (!allowed) {
      problems.push(`element <${tag}>`);
      continue;
    }
    for (const { name, value } of Array.from(el.attributes)) {
      if (name.startsWith('on')) problems.push(`<${tag} ${name}>`);
      else if (!allowed.includes(name)) problems.push(`<${tag} ${name}="${value}">`);
    }
    const href = el.getAttribute('href');
    if (href !== null && !HREF_RE.test(href)) problems.push(`href ${href}`);
    if (href !== null && /^https?:/i.test(href)) {
      const rel = el.getAttribute('rel') ?? '';
      if (!rel.includes('noopener') || !rel.includes('noreferrer')) problems.push(`rel of ${href}`);
    }
    const src = el.getAttribute('src');
    if (src !== null && !SRC_RE.test(src)) problems.push(`src ${src}`);
  }
  return problems;
}

/** The depth of the deepest element. */
export function maxDepth(html: string): number {
  let deepest = 0;
  const stack: [Element | DocumentFragment, number][] = [[parseFragment(html), 0]];
  for (let item = stack.pop(); item; item = stack.pop()) {
    const [node, depth] = item;
    deepest = Math.max(deepest, depth);
    for (const child of Array.from(node.children)) stack.push([child, depth + 1]);
  }
  return deepest;
}
