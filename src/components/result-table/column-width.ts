/** Pixel widths of result columns, estimated from the header and a sample of cell texts. */
import { textUnits } from '../../../core/shared/text-width';

/** Bounds and metrics of the estimate. */
export interface ColumnWidthOptions {
  readonly min?: number;
  readonly max?: number;
  /** Average width of a Latin character at the table's font size; CJK characters count double. */
  readonly charWidth?: number;
  /** Horizontal padding of a cell. */
  readonly padding?: number;
  /** How much wider header text is than cell text (it is set bold). */
  readonly headerScale?: number;
  /**
   * The rendered width in px of a text at the table's font, when the host can measure it (a canvas in
   * the browser); the estimate from `charWidth` is used otherwise. Measuring keeps 18-digit ids whole in
   * fonts whose digits are wider than the average Latin character.
   */
  readonly measure?: (text: string) => number;
}

/** A column width fitting its header and the widest of `samples`, within [min, max]. */
export function columnWidth(
  header: string,
  samples: readonly string[],
  options: ColumnWidthOptions = {},
): number {
  const { min = 64, max = 360, charWidth = 7.5, padding = 24, headerScale = 1.15, measure } = options;
  const width = measure ?? ((text: string) => textUnits(text) * charWidth);
  let px = width(header) * headerScale;
  for (const s of samples) px = Math.max(px, width(s));
  return Math.round(Math.min(max, Math.max(min, Math.ceil(px) + padding)));
}
