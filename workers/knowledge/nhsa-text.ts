/**
 * Normalises an NHSA constraint text for matching: NFKC (full-width punctuation and digits to ASCII,
 * compatibility ideographs such as U+2F49 `⼉` to `儿`, `Ⅱ` to `II`) and no whitespace (the attachments
 * break lines and pad numbers at random).
 */
export function normalizeNhsaText(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '');
}

/** Cuts every match of `pattern` (global) out of `text`, leaving a `;` so neighbours do not join up. */
export function cut(text: string, pattern: RegExp): string {
  return text.replace(pattern, ';');
}

/** Parenthesised asides (abbreviations such as `(NSCLC)`, ages, sub-clauses), nested ones included. */
export function withoutParentheses(text: string): string {
  let out = text;
  for (let previous = ''; previous !== out;) {
    previous = out;
    out = out.replace(/\([^()]*\)|\[[^[\]]*\]/g, '');
  }
  return out;
}
