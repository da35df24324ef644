/**
 * Reads the links out of a Markdown document, as GitHub renders it: inline links and images, reference
 * definitions, autolinks and bare web addresses, never anything inside a code block or code span.
 */

/** A link found in a Markdown document. */
export interface MarkdownLink {
  /** The link's target exactly as written (`docs/cli.md#exit-codes`, `https://…`). */
  readonly target: string;
  /** 1-based line of the document where the link starts. */
  readonly line: number;
  /** How it was written: `[text](target)`, `[label]: target`, `<scheme:…>` or a bare address. */
  readonly form: 'inline' | 'reference' | 'autolink' | 'bare';
}

/**
 * The document with every fenced code block and inline code span blanked out (replaced by spaces, line
 * breaks kept), so that offsets and line numbers still point into the original text.
 */
export function withoutCode(markdown: string): string {
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  const lines = markdown.split('\n');
  let fence: string | undefined;
  const out = lines.map((line) => {
    const opener = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (fence === undefined) {
      if (opener?.[1]) {
        fence = opener[1];
        return blank(line);
      }
      return line;
    }
    const closes = opener?.[1] && opener[1][0] === fence[0] && opener[1].length >= fence.length;
    if (closes && line.trim() === opener[1]) fence = undefined;
    return blank(line);
  });
  // Inline code: a run of backticks up to the next run of the same length (may span lines).
  return out.join('\n').replace(/(`+)([\s\S]*?[^`])\1(?!`)/g, (span) => blank(span));
}

/** Every link in `markdown`, in document order, outside code. */
export function markdownLinks(markdown: string): MarkdownLink[] {
  const text = withoutCode(markdown);
  const lineAt = (offset: number) => text.slice(0, offset).split('\n').length;
  const found: { offset: number; link: MarkdownLink }[] = [];
  const add = (offset: number, target: string, form: MarkdownLink['form']) =>
    found.push({ offset, link: { target, line: lineAt(offset), form } });

  const taken: [number, number][] = [];
  // `[text](target)` and `![alt](target)`, with an optional title; `<target>` may hold spaces.
  for (const m of text.matchAll(
    /!?\[(?:[^\]\\]|\\.)*\]\(\s*(<[^>]*>|[^\s)]+)(?:\s+("[^"]*"|'[^']*'))?\s*\)/g,
  )) {
    const raw = m[1] ?? '';
    add(m.index, raw.startsWith('<') ? raw.slice(1, -1) : raw, 'inline');
    taken.push([m.index, m.index + m[0].length]);
  }
  // `[label]: target` at the start of a line.
  for (const m of text.matchAll(/^ {0,3}\[[^\]]+\]:\s*(<[^>]*>|\S+)/gm)) {
    const raw = m[1] ?? '';
    add(m.index, raw.startsWith('<') ? raw.slice(1, -1) : raw, 'reference');
    taken.push([m.index, m.index + m[0].length]);
  }
  // `<https://…>`, `<mailto:…>`.
  for (const m of text.matchAll(/<([a-z][a-z0-9+.-]{1,31}:[^\s<>]*)>/gi)) {
    add(m.index, m[1] ?? '', 'autolink');
    taken.push([m.index, m.index + m[0].length]);
  }
  // Bare addresses GitHub links by itself (`https://…`, `www.…`), unless already part of a link above.
  for (const m of text.matchAll(/\b(?:https?:\/\/|www\.)[^\s<>()]+/gi)) {
    if (taken.some(([from, to]) => m.index >= from && m.index < to)) continue;
    add(m.index, m[0], 'bare');
  }
  return found.sort((a, b) => a.offset - b.offset).map((f) => f.link);
}

/** Whether a link target leaves the repository: it has a scheme (`https:`, `mailto:`…) or starts `//`. */
export function isExternal(target: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('//') || /^www\./i.test(target);
}

/**
 * The anchors GitHub gives a document's headings (`## Exit codes` → `exit-codes`; repeated headings get
 * `-1`, `-2`…). Headings inside code blocks do not count.
 */
export function headingAnchors(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  for (const m of withoutCode(markdown).matchAll(/^ {0,3}#{1,6}[ \t]+(.*?)[ \t#]*$/gm)) {
    // The code was blanked out: read the heading's own text back from the original document.
    const original = markdown.slice(m.index, m.index + m[0].length).replace(/^ {0,3}#{1,6}[ \t]+/, '');
    const slug = original
      .replace(/[ \t#]*$/, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\p{M}\s_-]/gu, '')
      .replace(/\s/g, '-');
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    anchors.add(count === 0 ? slug : `${slug}-${count}`);
  }
  return anchors;
}
