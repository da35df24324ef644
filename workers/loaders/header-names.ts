/** Column names made safe for a table, and what had to change. */
export interface HeaderNames {
  readonly names: string[];
  /** Duplicates that were renamed, as `[original, renamed]` (e.g. `['金额', '金额_2']`). */
  readonly renamed: [string, string][];
  /** 1-based positions of header cells that were empty and got a `column<N>` name. */
  readonly unnamed: number[];
}

/**
 * Turns header cells into distinct column names: trims them, names empty ones `column<N>` (N = 1-based
 * position) and renames repeats `name_2`, `name_3`, … Names compare case-insensitively because DuckDB
 * identifiers do.
 */
export function dedupeHeaderNames(cells: readonly string[]): HeaderNames {
  const trimmed = cells.map((c) => {
    const t = c.replace(/^\uFEFF/, '').trim();
    return t === '' ? null : t;
  });
  const unnamed: number[] = [];
  const base = trimmed.map((t, i) => {
    if (t !== null) return t;
    unnamed.push(i + 1);
    return `column${i + 1}`;
  });
  const taken = new Set<string>();
  const renamed: [string, string][] = [];
  const names = base.map((name) => {
    let candidate = name;
    for (let k = 2; taken.has(candidate.toLowerCase()); k++) candidate = `${name}_${k}`;
    taken.add(candidate.toLowerCase());
    if (candidate !== name) renamed.push([name, candidate]);
    return candidate;
  });
  return { names, renamed, unnamed };
}

/** Names for a file without a header: `column1`, `column2`, … */
export function positionalNames(count: number): string[] {
  return Array.from({ length: count }, (_, i) => `column${i + 1}`);
}
