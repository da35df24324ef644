/**
 * Saving a chart: as an SVG file (vector, for reports), as a PNG (pixels, for anything that takes
 * images), and the download itself. Everything stays in the page: blobs and `blob:` URLs, which the
 * CSP allows for images (`img-src blob: data:`). A saved file refers to nothing outside itself: a
 * browser opening it from disk has no CSP to stop a `url(https://…)`, so any reference that reached the
 * chart after it was drawn is stripped again here, on the copy that is saved.
 */
import { logger } from '../../core/shared/logger';
import { standaloneSvg, type StandaloneSvgOptions } from './figure-to-svg';
import { FONT_SANS } from '../theme/font-stack';
import { removeExternalReferences } from './svg-references';

/**
 * The look of exported files: dark text on white whatever the page's theme, since a saved chart
 * lands in documents and slides. The font falls back to a stack with Chinese fonts when the page's
 * computed font cannot be read.
 */
export const EXPORT_STYLE: StandaloneSvgOptions = {
  fontFamily: FONT_SANS,
  color: '#1d2a35',
  background: '#ffffff',
};

/** The chart as one standalone SVG document (fonts inline, title and legend included). */
export function chartToSvgBlob(el: Element): Blob {
  return new Blob([chartSvgText(el)], { type: 'image/svg+xml;charset=utf-8' });
}

/** The chart as a PNG at `scale` × its size, on white. Browser only (needs an `<img>` and a canvas). */
export async function chartToPngBlob(el: Element, scale = 2): Promise<Blob> {
  const svg = exportSvg(el);
  const width = Number(svg.getAttribute('width')) || 640;
  const height = Number(svg.getAttribute('height')) || 400;
  const doc = el.ownerDocument;
  const url = URL.createObjectURL(new Blob([serialize(svg)], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new (doc.defaultView ?? window).Image();
    image.src = url;
    await image.decode();
    const canvas = doc.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2d canvas context');
    context.fillStyle = EXPORT_STYLE.background;
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('canvas.toBlob failed'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** How long a download's `blob:` URL lives: revoking at once can cancel the download in some browsers. */
const REVOKE_AFTER_MS = 60_000;

/** Saves `blob` as `fileName` through a temporary `<a download>`; its URL is revoked soon after. */
export function downloadBlob(blob: Blob, fileName: string, doc: Document = document): void {
  const url = URL.createObjectURL(blob);
  const anchor = doc.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.rel = 'noopener';
  anchor.style.display = 'none';
  doc.body.append(anchor);
  try {
    anchor.click();
  } finally {
    anchor.remove();
    setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
  }
}

/** A safe download name: `base` without path or reserved characters, plus `.extension`. */
export function chartFileName(base: string, extension: 'svg' | 'png'): string {
  const isReserved = (char: string) => char < ' ' || '\\/:*?"<>|\x7f'.includes(char);
  const cleaned = [...base]
    .map((char) => (isReserved(char) ? '_' : char))
    .join('')
    .trim()
    .replace(/^\.+/, '')
    .slice(0, 120);
  return `${cleaned || 'chart'}.${extension}`;
}

/** The SVG text of a chart: an XML declaration, then the standalone svg. */
export function chartSvgText(el: Element): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${serialize(exportSvg(el))}`;
}

function exportSvg(el: Element): SVGSVGElement {
  const svg = standaloneSvg(el, {
    ...EXPORT_STYLE,
    fontFamily: pageFontFamily(el) ?? EXPORT_STYLE.fontFamily,
  });
  const stripped = removeExternalReferences(svg);
  if (stripped > 0) logger.warn(`chart export: ${stripped} external references stripped`);
  return svg;
}

/** The font the chart is drawn in on the page (CSS variables resolved), if the page can tell. */
function pageFontFamily(el: Element): string | undefined {
  const view = el.ownerDocument.defaultView;
  const target = el.localName === 'svg' ? el : (el.querySelector(':scope > svg:last-of-type') ?? el);
  const family = view?.getComputedStyle(target).fontFamily.trim();
  return family && !family.includes('var(') ? family : undefined;
}

function serialize(svg: SVGSVGElement): string {
  const Serializer = svg.ownerDocument.defaultView?.XMLSerializer ?? XMLSerializer;
  return new Serializer().serializeToString(svg);
}
