/** Text width without a layout engine (SVG built for export, or under Node, has none to ask). */

/** Plot's default font size in px. */
export const PLOT_FONT_SIZE = 10;

/** The estimated width in px of `text` at `fontSize`: wide glyphs (CJK, fullwidth) 1em, others 0.6em. */
export function textWidth(text: string, fontSize = PLOT_FONT_SIZE): number {
  let em = 0;
  for (const char of text) em += (char.codePointAt(0) ?? 0) >= 0x2e80 ? 1 : 0.6;
  return em * fontSize;
}
