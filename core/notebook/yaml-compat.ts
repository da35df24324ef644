import type { YAMLError } from 'yaml';

/** Characters a plain value could not start with in the notebook subset (it refused those lines). */
const NOT_PLAIN_START = `"'[{&*!|>%@\``;

/**
 * Quotes the plain values YAML 1.2 reads differently from the notebook subset, so files written for the
 * subset keep their values: the subset read the rest of a `key: value` line as the value, so
 * `basis_en: Notebook rule: one item` is the text "Notebook rule: one item" (the template for a new
 * custom rule wrote such a line), where YAML sees a second `key: value` on the line and refuses it
 * (`BLOCK_AS_IMPLICIT_KEY`). Each such value, found from the package's own errors, is rewritten as a
 * double-quoted string (its comment kept), so lines keep their numbers. Returns `text` itself when
 * nothing needed quoting.
 */
export function quoteSubsetValues(text: string, errors: readonly YAMLError[]): string {
  const starts = errors
    .filter((error) => error.code === 'BLOCK_AS_IMPLICIT_KEY' || error.code === 'UNEXPECTED_TOKEN')
    .map((error) => error.pos[0])
    .sort((a, b) => a - b);
  let result = '';
  let done = 0;
  for (const start of starts) {
    if (start < done) continue;
    const lineEnd = text.indexOf('\n', start) < 0 ? text.length : text.indexOf('\n', start);
    const rest = text.slice(start, lineEnd);
    const comment = rest.search(/\s#/);
    const value = (comment >= 0 ? rest.slice(0, comment) : rest).trimEnd();
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    const isValue = /:\s+$/.test(text.slice(lineStart, start));
    const isSubsetText = !NOT_PLAIN_START.includes(value[0] ?? '"') && /: |:$|^- |^-$/.test(value);
    if (!isValue || !isSubsetText) continue;
    result += text.slice(done, start) + JSON.stringify(value);
    done = start + value.length;
  }
  return done === 0 ? text : result + text.slice(done);
}
