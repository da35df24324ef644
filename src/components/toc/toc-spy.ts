/** A heading's place: its id and the top of its box in viewport pixels. */
export interface HeadingPlace {
  readonly id: string;
  readonly top: number;
}

/**
 * The entry a scroll-spy highlights: the heading nearest below the toolbar's bottom `line` (within
 * `tolerance` px above it, for sub-pixel landings), or the last heading when all are above the line;
 * `undefined` when there are none. Places are in document order.
 */
export function pickActiveHeading(
  places: readonly HeadingPlace[],
  line: number,
  tolerance = 4,
): string | undefined {
  let best: HeadingPlace | undefined;
  for (const place of places) {
    if (place.top >= line - tolerance && (!best || place.top < best.top)) best = place;
  }
  return (best ?? places.at(-1))?.id;
}

/** The nearest ancestor of `element` (across shadow roots) that scrolls vertically, if any. */
export function scrollParentOf(element: Element): HTMLElement | undefined {
  let node: Node | null = element;
  while (node) {
    const parent: Node | null =
      node.parentNode instanceof ShadowRoot ? node.parentNode.host : node.parentNode;
    if (parent instanceof HTMLElement) {
      const overflow = getComputedStyle(parent).overflowY;
      if (overflow === 'auto' || overflow === 'scroll') return parent;
    }
    node = parent;
  }
  return undefined;
}
