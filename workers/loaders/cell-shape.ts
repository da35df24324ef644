/** What a text cell looks like, for header detection. */
export type CellShape = 'empty' | 'number' | 'date' | 'text';

const NUMBER = /^[+-]?[¥$€£]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:[eE][+-]?\d+)?%?$/;
const DATE =
  /^\d{4}([-/.年])\d{1,2}(?:[-/.月]\d{1,2}日?)?(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$|^\d{1,2}:\d{2}(?::\d{2})?$|^\d{1,2}\/\d{1,2}\/\d{4}$/;

/** Classifies one cell: numbers (codes like `001103` count as numbers), dates/times, text or empty. */
export function cellShape(value: string): CellShape {
  const v = value.trim();
  if (v === '') return 'empty';
  if (/\d/.test(v) && NUMBER.test(v)) return 'number';
  if (DATE.test(v)) return 'date';
  return 'text';
}
