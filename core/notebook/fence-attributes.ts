/** Attributes of a cell fence, `{id=c3 name=inpatient}`, in the order written. */
export type FenceAttributes = ReadonlyArray<readonly [key: string, value: string]>;

/** The outcome of reading an attribute list: the pairs read, and what could not be read. */
export interface AttributeParse {
  readonly attributes: FenceAttributes;
  readonly errors: readonly string[];
}

const BARE_VALUE = /^[\w.:-]+$/;

/**
 * Reads the inside of `{…}`: space-separated `key=value` pairs, a value bare (`[\w.:-]+`) or
 * double-quoted with `\"` and `\\` escapes. Bad pieces are reported and skipped; never throws.
 */
export function parseFenceAttributes(text: string): AttributeParse {
  const attributes: (readonly [string, string])[] = [];
  const errors: string[] = [];
  const pattern = /\s*([A-Za-z][\w-]*)=(?:"((?:[^"\\]|\\.)*)"|([^\s"]+))|\s*(\S+)/gy;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const [, key, quoted, bare, junk] = match;
    if (junk !== undefined) errors.push(junk);
    else if (bare !== undefined && !BARE_VALUE.test(bare)) errors.push(`${key}=${bare}`);
    else
      attributes.push([
        key as string,
        quoted !== undefined ? quoted.replace(/\\(.)/g, '$1') : (bare as string),
      ]);
    if (pattern.lastIndex >= text.trimEnd().length) break;
  }
  return { attributes, errors };
}

/** Writes attributes as `{k=v …}`, quoting values that are not bare; `{}` is never written (returns ''). */
export function formatFenceAttributes(attributes: FenceAttributes): string {
  if (attributes.length === 0) return '';
  const parts = attributes.map(([key, value]) =>
    BARE_VALUE.test(value) ? `${key}=${value}` : `${key}="${value.replace(/["\\]/g, '\\$&')}"`,
  );
  return `{${parts.join(' ')}}`;
}
