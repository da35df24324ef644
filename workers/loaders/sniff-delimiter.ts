import { parseRecords } from './parse-records';

/** The delimiters a delimited file may use, in order of preference on a tie. */
export const DELIMITERS = [',', '\t', '|', ';'] as const;

/** How many records the sniffers look at. */
export const SNIFF_RECORDS = 200;

/**
 * Picks the delimiter that splits the sample into the most consistent number of fields (quote-aware, so
 * a `,` inside `"…"` does not count). A delimiter that gives a single field everywhere never wins; when
 * none splits anything the file has one column and `fallback` is used (tab for `.tsv`, else comma).
 * `isComplete` says whether `text` is the whole file; if not, its last record may be cut and is ignored.
 */
export function sniffDelimiter(text: string, isComplete: boolean, fallback: string = ','): string {
  let best = { delimiter: fallback, consistency: 0, fields: 1 };
  for (const delimiter of DELIMITERS) {
    const { records } = parseRecords(text, delimiter, SNIFF_RECORDS + 1);
    const sample = !isComplete && records.length > 1 ? records.slice(0, -1) : records;
    const stats = fieldCountStats(sample.map((r) => r.length));
    if (stats.mode < 2) continue;
    const better =
      stats.consistency > best.consistency ||
      (stats.consistency === best.consistency && stats.mode > best.fields) ||
      (stats.consistency === best.consistency && stats.mode === best.fields && delimiter === fallback);
    if (better) best = { delimiter, consistency: stats.consistency, fields: stats.mode };
  }
  return best.delimiter;
}

/** The most common field count and the share of records that have it. */
function fieldCountStats(counts: readonly number[]): { mode: number; consistency: number } {
  if (counts.length === 0) return { mode: 0, consistency: 0 };
  const freq = new Map<number, number>();
  for (const c of counts) freq.set(c, (freq.get(c) ?? 0) + 1);
  let mode = 0;
  let top = 0;
  for (const [count, f] of freq) {
    if (f > top || (f === top && count > mode)) {
      mode = count;
      top = f;
    }
  }
  return { mode, consistency: top / counts.length };
}
