/**
 * Which URLs a stranger's Markdown may use. Shared notebooks are untrusted, so this is an allowlist:
 * anything not named here (`javascript:`, `vbscript:`, `data:text/html`, `file:`, `//host`, relative
 * paths) is refused and the Markdown around it stays plain text.
 */

// Checked on the URL exactly as it will be written into the attribute (after markdown-it decoded
// entities and percent-encoded it), so `&#106;avascript:` arrives here as `javascript:` and fails.
const LINK_RE = /^(?:https?:\/\/|mailto:|#)/i;
const EXTERNAL_RE = /^https?:\/\//i;
// Raster formats only: an SVG can carry script and external references.
const IMAGE_RE = /^data:image\/(?:png|jpeg|gif|webp)[;,]/i;

/** True when `url` may be the `href` of a link: `http(s)://…`, `mailto:…` or an in-page `#…`. */
export function isAllowedLinkHref(url: string): boolean {
  return url === url.trim() && LINK_RE.test(url);
}

/** True when `url` leaves the page (and so opens in a new tab without an opener or referrer). */
export function isExternalHref(url: string): boolean {
  return EXTERNAL_RE.test(url);
}

/** True when `url` may be the `src` of an image: an inline PNG, JPEG, GIF or WebP (never a fetch). */
export function isAllowedImageSrc(url: string): boolean {
  return url === url.trim() && IMAGE_RE.test(url);
}

/**
 * markdown-it's `validateLink`: accepts what a link or an image may use. Links to inline images pass
 * here and are unwrapped later by the link guard, which applies the stricter link rule.
 */
export function isAcceptedUrl(url: string): boolean {
  return isAllowedLinkHref(url) || isAllowedImageSrc(url);
}
