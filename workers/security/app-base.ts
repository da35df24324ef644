/**
 * The URL the built app is served under, seen from one of its workers. Vite emits every worker beside the
 * other hashed assets in `<base>/assets/`, so the base is that folder's parent; a worker served from
 * anywhere else (the dev server) counts its origin's root as the base.
 */
export function appBaseOf(scriptUrl: string): URL {
  const folder = new URL('./', scriptUrl);
  return folder.pathname.endsWith('/assets/') ? new URL('../', folder) : new URL('/', folder);
}
