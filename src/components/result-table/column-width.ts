/** Pixel widths of result columns, estimated from the header and a sample of cell texts. */

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
}

/** The display width of a text in Latin-character units (CJK and full-width characters count 2). */
export function textUnits(text: string): number {
  let units = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    const isWide =
      (code >= 0x1100 && code <= 0x115f) ||
      (code >= 0x2e80 && code <= 0xa4cf) ||
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xfe30 && code <= 0xfe4f) ||
      (code >= 0xff00 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6) ||
      (code >= 0x20000 && code <= 0x3fffd);
    units += isWide ? 2 : 1;
  }
  return units;
}

/** A column width fitting its header and the widest of `samples`, within [min, max]. */
export function columnWidth(
  header: string,
  samples: readonly string[],
  options: ColumnWidthOptions = {},
): number {
  const { min = 64, max = 360, charWidth = 7.5, padding = 24, headerScale = 1.15 } = options;
  let units = textUnits(header) * headerScale;
  for (const s of samples) units = Math.max(units, textUnits(s));
  return Math.round(Math.min(max, Math.max(min, units * charWidth + padding)));
}
