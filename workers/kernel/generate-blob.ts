import { generateCsv, type GenerateOptions, type GeneratedTable } from '../generator/generate-dataset';

/** How many ~64 KB chunks go into one Blob part (the browser may keep parts off the JS heap). */
const CHUNKS_PER_PART = 32;

/** Lets the worker read its messages (a cancel) between parts of a long generation. */
const nextTurn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

const abortError = () => Object.assign(new Error('cancelled'), { name: 'AbortError' });

/**
 * Generates one table as a CSV Blob, built part by part so no single string holds the whole table.
 * Reports rows (lines, header included) after each part; throws an AbortError when `signal` aborts.
 */
export async function generateBlob(
  table: GeneratedTable,
  options: GenerateOptions,
  signal: AbortSignal,
  onRows: (rows: number) => void,
): Promise<Blob> {
  const parts: Blob[] = [];
  let batch: string[] = [];
  let rows = 0;
  for (const chunk of generateCsv(table, options)) {
    batch.push(chunk);
    rows += countLines(chunk);
    if (batch.length < CHUNKS_PER_PART) continue;
    parts.push(new Blob(batch));
    batch = [];
    onRows(rows);
    await nextTurn();
    if (signal.aborted) throw abortError();
  }
  parts.push(new Blob(batch));
  onRows(rows);
  return new Blob(parts, { type: 'text/csv' });
}

function countLines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n += 1;
  return n;
}
