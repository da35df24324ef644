import { cellShape } from './cell-shape';

/**
 * Decides whether the first record is a header. It is not when any of its cells is a number or a date,
 * or when one of its values appears again further down the same column (header names are not data).
 * It is when some column has text on top and numbers/dates below (the usual case). When every column is
 * text, it is when its cells are all filled in and distinct — most exported files have a header, and
 * the user can override the guess.
 */
export function detectHeader(records: readonly (readonly string[])[]): boolean {
  const first = records[0];
  if (!first || first.length === 0) return false;
  const shapes = first.map(cellShape);
  if (shapes.some((s) => s === 'number' || s === 'date')) return false;
  const rest = records.slice(1);
  for (let col = 0; col < first.length; col++) {
    const name = (first[col] as string).trim();
    if (name !== '' && rest.some((r) => (r[col] ?? '').trim() === name)) return false;
  }
  for (let col = 0; col < first.length; col++) {
    if (shapes[col] !== 'text') continue;
    const below = rest.map((r) => cellShape(r[col] ?? '')).filter((s) => s !== 'empty');
    const typed = below.filter((s) => s === 'number' || s === 'date').length;
    if (below.length > 0 && typed / below.length >= 0.8) return true;
  }
  const names = first.map((c) => c.trim().toLowerCase());
  return names.every((n) => n !== '') && new Set(names).size === names.length;
}
