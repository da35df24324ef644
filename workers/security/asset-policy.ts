/**
 * Which requests a worker running without a Content-Security-Policy may still make: reads of the built
 * app's own files and nothing else. Built assets live on the app's origin under its base path, carry no
 * query string (their names are content hashes) and are only ever read, so anything else — another
 * origin, another app on this origin, a query that could smuggle data into a server's logs, a write — is
 * refused.
 */

/** What kind of request is asked for: reads may use `blob:`/`data:` URLs (no network); scripts may not. */
export type RequestKind = 'read' | 'script';

/** Whether `url` (resolved against `location`) is a built asset of the app served under `base`. */
export function isBuiltAsset(url: string | URL, base: URL, location: string | URL = base): boolean {
  let target: URL;
  try {
    target = new URL(String(url), location);
  } catch {
    return false;
  }
  if (target.protocol !== 'http:' && target.protocol !== 'https:') return false;
  return target.origin === base.origin && target.pathname.startsWith(base.pathname) && target.search === '';
}

/** Whether a worker without a CSP may make this request (see the module). */
export function isAllowedRequest(
  kind: RequestKind,
  method: string,
  url: string | URL,
  base: URL,
  location: string | URL = base,
): boolean {
  const upper = method.toUpperCase();
  if (upper !== 'GET' && upper !== 'HEAD') return false;
  const text = String(url);
  if (kind === 'read' && (text.startsWith('blob:') || text.startsWith('data:'))) return true;
  return isBuiltAsset(url, base, location);
}

/** The developer message of a refused request (the user-facing one is `unsafeHostError`). */
export function refusalText(api: string, url: string | URL): string {
  return `${api} refused: ${String(url)} is not one of the app's own files, and this worker runs without the Content-Security-Policy header (docs/hosting.md)`;
}
