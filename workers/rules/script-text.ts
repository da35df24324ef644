/**
 * Whether a character may not appear raw in an exported script: C0 and C1 controls (NUL would end the
 * text DuckDB's parser reads; CR and LF end a `--` comment) and the Unicode line and paragraph
 * separators, which editors and other SQL tools treat as line ends.
 */
function isUnsafe(char: string): boolean {
  const code = char.codePointAt(0) as number;
  return code <= 0x1f || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029;
}

/**
 * Any text as a DuckDB string literal on one line: quotes doubled, and each control or line-break
 * character written as `chr(n)` joined with `||`, so the value is kept exactly and every line break of the
 * script is the exporter's own (`a'b⏎c` → `('a''b' || chr(10) || 'c')`).
 */
export function scriptLiteral(text: string): string {
  const parts: string[] = [];
  let plain = '';
  for (const char of text) {
    if (!isUnsafe(char)) {
      plain += char;
      continue;
    }
    if (plain !== '') parts.push(quote(plain));
    parts.push(`chr(${char.codePointAt(0) as number})`);
    plain = '';
  }
  if (parts.length === 0) return quote(plain);
  if (plain !== '') parts.push(quote(plain));
  return `(${parts.join(' || ')})`;
}

/**
 * A `--` comment line that cannot end before the script's own line break: every run of control or
 * line-break characters in `text` becomes one space. For text a person reads; values the script uses go
 * through `scriptLiteral`.
 */
export function scriptComment(text: string): string {
  let line = '';
  for (const char of text) {
    if (!isUnsafe(char)) line += char;
    else if (!line.endsWith(' ')) line += ' ';
  }
  return `-- ${line}`;
}

const quote = (text: string): string => `'${text.replaceAll("'", "''")}'`;
