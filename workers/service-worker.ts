/// <reference lib="webworker" />
/**
 * The offline cache (promise 4: works offline once loaded). Precaches every built asset on install; serves
 * same-origin requests cache-first (assets are content-hashed, so a cached one is never stale) and pages
 * network-first with the cache as fallback. It never touches another origin: the app makes no such request.
 */
export {};
declare const self: ServiceWorkerGlobalScope;

/** Replaced at build time with the list of every emitted file (vite/offline-cache.ts). */
const PRECACHE: readonly string[] = JSON.parse('__CLAIMLENS_PRECACHE__') as string[];
/** Replaced at build time with a hash of that list: a new build gets a new cache. */
const CACHE = 'claimlens-__CLAIMLENS_BUILD__';

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      await cache.addAll(['./', ...PRECACHE]);
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) if (key !== CACHE) await caches.delete(key);
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(request.mode === 'navigate' ? networkFirst(request) : cacheFirst(request));
});

async function networkFirst(request: Request): Promise<Response> {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(request, response.clone());
    return response;
  } catch {
    return (
      (await cache.match(request, { ignoreSearch: true, ignoreVary: true })) ??
      (await cache.match('./')) ??
      Response.error()
    );
  }
}

async function cacheFirst(request: Request): Promise<Response> {
  const cache = await caches.open(CACHE);
  const hit = await cache.match(request, { ignoreSearch: true, ignoreVary: true });
  if (hit) return hit;
  const response = await fetch(request);
  if (response.ok && response.type === 'basic') await cache.put(request, response.clone());
  return response;
}
