/**
 * References out of a chart's markup (promise 1: data never leaves the browser). In SVG a paint
 * (`fill="url(…)"`), a filter, mask, clip path or marker, an `href`, a `style` and a `<style>` sheet
 * can all name another resource, which the browser then fetches — from the app's own origin, which
 * the CSP allows, and from anywhere once the file is saved and opened from disk. A chart only ever
 * needs references to itself (`url(#plot-clip-1)`, `href="#id"`) and the colour ramp's inline image
 * (`data:image/png;base64,…`); everything else is found here and stripped.
 *
 * This is defence in depth: `chartMarks` never lets data choose a paint (colours always go through a
 * scale), so a chart drawn from data has nothing here to strip.
 */

/** Attributes whose whole value is a URL (SVG and the HTML of Plot's figure). */
const URL_ATTRIBUTES: ReadonlySet<string> = new Set([
  'href',
  'src',
  'srcset',
  'action',
  'formaction',
  'poster',
  'background',
  'data',
  'ping',
]);

/** Elements that load or run something by their nature; a chart has none. */
const LOADING_ELEMENTS: ReadonlySet<string> = new Set([
  'script',
  'foreignobject',
  'iframe',
  'object',
  'embed',
  'link',
  'audio',
  'video',
  'source',
  'track',
  'meta',
  'base',
]);

/** The inline raster images a chart may hold (Plot paints a continuous colour legend that way). */
const DATA_IMAGE = /^data:image\/(?:png|jpeg|gif|webp);base64,[a-z0-9+/=\s]*$/i;

/**
 * Every reference in `root` (and below) that points outside the chart, as `element[attribute]`, or the
 * element's name for a `<style>` sheet or an element that loads by nature; in document order.
 */
export function externalReferences(root: Element): string[] {
  return findReferences(root).map(({ label }) => label);
}

/** Strips what `externalReferences` finds: the attribute, or the whole element. Returns how many. */
export function removeExternalReferences(root: Element): number {
  return strip(findReferences(root));
}

/**
 * Keeps `root` free of external references while it is on the page: whatever is added or changed
 * later (Plot redraws its tooltip on every pointer move) is stripped before the browser next styles the
 * page, since mutation callbacks run first. Returns the function that stops watching.
 */
export function keepFreeOfExternalReferences(
  root: Element,
  onStripped?: (count: number) => void,
): () => void {
  const view = root.ownerDocument.defaultView;
  if (!view) return () => undefined;
  // Only what changed is looked at: a pointer move must not rescan a chart of thousands of marks.
  const observer = new view.MutationObserver((records) => {
    let stripped = 0;
    for (const record of records) {
      // A changed attribute, or new text in a `<style>` sheet: the element itself is looked at again.
      const target = record.target.nodeType === NODE_ELEMENT ? record.target : record.target.parentNode;
      const isSheet = target?.nodeName.toLowerCase() === 'style';
      if ((record.type === 'attributes' || isSheet) && target && root.contains(target)) {
        stripped += strip(findReferences(target as Element, false));
      }
      for (const node of Array.from(record.addedNodes)) {
        if (node.nodeType === NODE_ELEMENT && root.contains(node))
          stripped += strip(findReferences(node as Element));
      }
    }
    if (stripped > 0) onStripped?.(stripped);
  });
  observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
  return () => observer.disconnect();
}

interface Reference {
  readonly label: string;
  readonly element: Element;
  /** The attribute to strip; undefined when the whole element goes. */
  readonly attribute?: Attr;
}

/** `Node.ELEMENT_NODE`, which Node (where charts are tested) has no global `Node` to read from. */
const NODE_ELEMENT = 1;

function strip(found: readonly Reference[]): number {
  for (const { element, attribute } of found) {
    if (attribute === undefined) element.remove();
    else if (attribute.ownerElement === element) element.removeAttributeNode(attribute);
  }
  return found.length;
}

/** The references of `root` and, when `isDeep`, of everything below it. */
function findReferences(root: Element, isDeep = true): Reference[] {
  const found: Reference[] = [];
  for (const element of isDeep ? [root, ...Array.from(root.querySelectorAll('*'))] : [root]) {
    const name = element.localName.toLowerCase();
    if (LOADING_ELEMENTS.has(name) || (name === 'style' && isForeignCss(element.textContent ?? ''))) {
      found.push({ label: element.localName, element });
      continue;
    }
    for (const attribute of Array.from(element.attributes)) {
      if (isForeignAttribute(name, attribute)) {
        found.push({ label: `${element.localName}[${attribute.name}]`, element, attribute });
      }
    }
  }
  // A reference inside an element that goes anyway is not stripped twice.
  return found.filter(
    (ref) =>
      !found.some(
        (other) =>
          other.attribute === undefined &&
          other.element !== ref.element &&
          other.element.contains(ref.element),
      ),
  );
}

function isForeignAttribute(element: string, attribute: Attr): boolean {
  const value = attribute.value.trim();
  if (URL_ATTRIBUTES.has(attribute.localName.toLowerCase())) {
    return !(value.startsWith('#') || (element === 'image' && DATA_IMAGE.test(value)));
  }
  // Event handlers never come from Plot; a chart has no script to run.
  if (attribute.localName.toLowerCase().startsWith('on')) return true;
  return isForeignCss(value);
}

/**
 * Whether CSS (a sheet, a `style` attribute, or a presentation attribute such as `fill`) can load
 * something: a `url(…)` not pointing into the document, `@import`, `image-set(…)`, `src(…)`, or
 * IE's `expression(…)`. Comments and escapes are undone first, as the CSS parser would.
 */
function isForeignCss(css: string): boolean {
  const text = unescapeCss(css).toLowerCase();
  if (/@import|image-set\(|(?:^|[^\w-])src\(|expression\(/.test(text)) return true;
  for (const match of text.matchAll(/url\(\s*(['"]?)\s*(.?)/g)) {
    if (match[2] !== '#') return true;
  }
  return false;
}

function unescapeCss(css: string): string {
  return css
    .replace(/\/\*[\s\S]*?(?:\*\/|$)/g, '')
    .replace(/\\([0-9a-f]{1,6})\s?|\\([^\n])/gi, (_all, hex: string | undefined, char: string | undefined) =>
      hex === undefined ? (char ?? '') : safeCodePoint(parseInt(hex, 16)),
    );
}

function safeCodePoint(code: number): string {
  return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)
    ? String.fromCodePoint(code)
    : '\ufffd';
}
