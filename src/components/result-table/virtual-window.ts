/**
 * Which rows of a long list to render, for a scroll container of fixed-height rows. Browsers cap an
 * element's height (Chromium near 33.5 M px, Firefox near 17.9 M px), so past `maxScrollHeight` the
 * scrollbar is compressed: the scroll position maps proportionally onto the rows, and the first row's
 * position is shifted so that rows still move pixel by pixel under the viewport.
 */

/** Where the viewport is, and how the list is shaped. */
export interface WindowInput {
  /** The container's scrollTop, measured from the top of the rows (below any sticky header). */
  readonly scrollTop: number;
  /** Height of the area rows show in. */
  readonly viewportHeight: number;
  readonly rowHeight: number;
  readonly rowCount: number;
  /** Extra rows rendered above and below the viewport. */
  readonly overscan?: number;
  readonly maxScrollHeight?: number;
}

/** The rows to render and where. */
export interface VirtualWindow {
  /** Index of the first rendered row. */
  readonly first: number;
  /** How many rows to render from `first`. */
  readonly count: number;
  /** Where the first rendered row's top goes, in the rows area's coordinates. */
  readonly offsetY: number;
  /** The height the rows area must have (the scrollable extent). */
  readonly totalHeight: number;
}

/** Default cap on the scrollable height; below every browser's limit. */
export const MAX_SCROLL_HEIGHT = 15_000_000;

/** Computes the window of rows to render. */
export function virtualWindow(input: WindowInput): VirtualWindow {
  const { rowHeight, rowCount } = input;
  const overscan = input.overscan ?? 8;
  const viewport = Math.max(0, input.viewportHeight);
  if (rowCount <= 0 || rowHeight <= 0) return { first: 0, count: 0, offsetY: 0, totalHeight: 0 };

  const fullHeight = rowCount * rowHeight;
  const totalHeight = Math.min(fullHeight, input.maxScrollHeight ?? MAX_SCROLL_HEIGHT);
  const maxTop = Math.max(0, totalHeight - viewport);
  const fullMaxTop = Math.max(0, fullHeight - viewport);
  const top = Math.min(Math.max(0, input.scrollTop), maxTop);
  // Unscaled lists map 1:1; compressed ones proportionally, so the last row is reachable.
  const virtualTop = totalHeight === fullHeight || maxTop === 0 ? top : (top / maxTop) * fullMaxTop;

  const firstVisible = Math.min(rowCount - 1, Math.floor(virtualTop / rowHeight));
  const first = Math.max(0, firstVisible - overscan);
  const last = Math.min(rowCount, firstVisible + Math.ceil(viewport / rowHeight) + 1 + overscan);
  return { first, count: last - first, offsetY: top - (virtualTop - first * rowHeight), totalHeight };
}
