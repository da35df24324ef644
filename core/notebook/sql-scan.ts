/** A piece of SQL text that matters to the notebook: a name, or a `${…}` parameter reference. */
export type SqlToken =
  | { readonly kind: 'identifier'; readonly name: string; readonly start: number; readonly end: number }
  | {
      readonly kind: 'parameter';
      /** The parameter's name, e.g. `period` for `${period.start}`. */
      readonly name: string;
      /** `start` or `end` for a date range's bound, else undefined. */
      readonly field: string | undefined;
      readonly start: number;
      readonly end: number;
    };

const PARAMETER = /\$\{\s*([A-Za-z_][A-Za-z0-9_]*)(?:\.([A-Za-z_][A-Za-z0-9_]*))?\s*\}/y;
const WORD_START = /[A-Za-z_\u0080-\uffff]/;
const WORD = /[A-Za-z_\u0080-\uffff][\w$\u0080-\uffff]*/y;

/**
 * Finds the names and parameter references in DuckDB SQL, skipping string literals (`'…'`, `E'…'`,
 * `$tag$…$tag$`), comments (`--…`, nested `/* … *\/`) and qualified names (`t.col`: only the part
 * before the dot counts). Double-quoted identifiers count as names. Parameters are written `${name}`
 * or `${name.start}` / `${name.end}`: DuckDB itself never uses `${`, so this cannot clash with SQL.
 */
export function scanSql(sql: string): SqlToken[] {
  const tokens: SqlToken[] = [];
  let i = 0;
  let afterDot = false;
  while (i < sql.length) {
    const char = sql[i] as string;
    const start = i;
    if (char === '-' && sql[i + 1] === '-') {
      i = until(sql, '\n', i + 2);
    } else if (char === '/' && sql[i + 1] === '*') {
      i = blockCommentEnd(sql, i);
    } else if (char === "'" || ((char === 'E' || char === 'e') && sql[i + 1] === "'" && !afterWord(sql, i))) {
      i = quotedEnd(sql, sql.indexOf("'", i), "'", char !== "'");
    } else if (char === '"') {
      i = quotedEnd(sql, i, '"', false);
      if (!afterDot)
        tokens.push({
          kind: 'identifier',
          name: sql.slice(start + 1, i - 1).replaceAll('""', '"'),
          start,
          end: i,
        });
    } else if (char === '$' && sql[i + 1] === '{') {
      PARAMETER.lastIndex = i;
      const match = PARAMETER.exec(sql);
      i = match ? PARAMETER.lastIndex : i + 2;
      if (match) tokens.push({ kind: 'parameter', name: match[1] as string, field: match[2], start, end: i });
    } else if (char === '$' && !afterWord(sql, i) && /^\$[A-Za-z_]*\$/.test(sql.slice(i, i + 66))) {
      const tag = (/^\$[A-Za-z_]*\$/.exec(sql.slice(i, i + 66)) as RegExpExecArray)[0];
      const close = sql.indexOf(tag, i + tag.length);
      i = close < 0 ? sql.length : close + tag.length;
    } else if (/[0-9]/.test(char)) {
      // A number such as 1e5 is not the name e5.
      i = (/^[0-9][\w.]*/.exec(sql.slice(i, i + 400)) as RegExpExecArray)[0].length + i;
    } else if (WORD_START.test(char)) {
      WORD.lastIndex = i;
      WORD.exec(sql);
      i = WORD.lastIndex;
      if (!afterDot) tokens.push({ kind: 'identifier', name: sql.slice(start, i), start, end: i });
    } else {
      i += 1;
    }
    if (!/\s/.test(char)) afterDot = char === '.' && i === start + 1;
  }
  return tokens;
}

function afterWord(sql: string, i: number): boolean {
  return i > 0 && /[\w$]/.test(sql[i - 1] as string);
}

function until(sql: string, needle: string, from: number): number {
  const at = sql.indexOf(needle, from);
  return at < 0 ? sql.length : at;
}

function blockCommentEnd(sql: string, start: number): number {
  let depth = 0;
  for (let i = start; i < sql.length - 1; i += 1) {
    if (sql[i] === '/' && sql[i + 1] === '*') {
      depth += 1;
      i += 1;
    } else if (sql[i] === '*' && sql[i + 1] === '/') {
      depth -= 1;
      i += 1;
      if (depth === 0) return i + 1;
    }
  }
  return sql.length;
}

/** Index just past the closing quote; a doubled quote is an escaped one (and `\x` in `E'…'`). */
function quotedEnd(sql: string, open: number, quote: string, hasBackslash: boolean): number {
  for (let i = open + 1; i < sql.length; i += 1) {
    const char = sql[i];
    if (hasBackslash && char === '\\') i += 1;
    else if (char === quote) {
      if (sql[i + 1] === quote) i += 1;
      else return i + 1;
    }
  }
  return sql.length;
}
