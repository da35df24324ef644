import { test as base, type Page, type Response, type Worker } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { extname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer as createViteServer } from 'vite';
import { CONTENT_SECURITY_POLICY } from '../../core/security/csp';
import { chooseFiles, dataset, queryRows } from './app-helpers';
import { expect, test } from './fixtures';

/**
 * Issue 11, item 11: a worker takes its CSP from its own script's response, never from the page's
 * `<meta>` tag. The cases are in test/attacks/csp/ (README.md there lists them).
 */

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DIST = resolve(ROOT, 'dist');
const ATTACKS = resolve(ROOT, 'test/attacks/csp');

/** The workers the app starts, by the start of their built file name. */
const WORKERS = ['kernel.worker', 'duckdb-engine.worker'] as const;

/** One request a worker is made to attempt (test/attacks/csp/worker-requests.json). */
interface RequestCase {
  readonly id: string;
  readonly api: 'fetch' | 'fetch-post' | 'xhr' | 'websocket' | 'eventsource';
  readonly url: string;
  readonly expect: 'refused' | 'sent';
}

interface Listening {
  readonly url: string;
  close(): Promise<void>;
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
};

async function listen(server: Server): Promise<Listening> {
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

/** Serves `root` as a plain static host does (`python3 -m http.server`): files, a type, no other header. */
function serveWithoutHeaders(root: string): Promise<Listening> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://host').pathname);
    const file = resolve(root, `.${path.endsWith('/') ? `${path}index.html` : path}`);
    if (!file.startsWith(root + sep)) {
      res.writeHead(403).end();
      return;
    }
    readFile(file).then(
      (body) => {
        res.writeHead(200, { 'Content-Type': MIME[extname(file)] ?? 'application/octet-stream' });
        res.end(req.method === 'HEAD' ? undefined : body);
      },
      () => res.writeHead(404).end(),
    );
  });
  return listen(server);
}

/** Another origin that answers anything (CORS open) and writes down every request that reached it. */
async function startBeacon(): Promise<Listening & { readonly hits: string[] }> {
  const hits: string[] = [];
  const server = createServer((req, res) => {
    hits.push(`${req.method} ${req.url}`);
    res.writeHead(200, { 'Access-Control-Allow-Origin': '*', 'Content-Type': 'text/plain' }).end('ok');
  });
  server.on('upgrade', (req, socket) => {
    hits.push(`UPGRADE ${req.url}`);
    socket.destroy();
  });
  return { ...(await listen(server)), hits };
}

/** Runs inside a worker: attempts one request and says whether it went out or was refused. */
async function attempt({ api, url }: { api: RequestCase['api']; url: string }): Promise<string> {
  // Every branch settles only after the server answered (or the attempt failed), so a request that went
  // out has reached the beacon by the time this returns.
  try {
    switch (api) {
      case 'fetch':
        await fetch(url, { mode: 'no-cors' });
        return 'sent';
      case 'fetch-post':
        await fetch(url, { method: 'POST', body: 'psn_no=P0001', mode: 'no-cors' });
        return 'sent';
      case 'xhr': {
        const xhr = new XMLHttpRequest();
        xhr.open('GET', url, false);
        xhr.send();
        return 'sent';
      }
      case 'websocket': {
        const socket = new WebSocket(url);
        await new Promise((done) => socket.addEventListener('close', done));
        return 'sent';
      }
      case 'eventsource': {
        const source = new EventSource(url);
        await new Promise((done) => source.addEventListener('error', done));
        source.close();
        return 'sent';
      }
    }
  } catch {
    return 'refused';
  }
}

async function attackFile(name: string) {
  return { name, mimeType: 'text/csv', buffer: await readFile(resolve(ATTACKS, name)) };
}

/**
 * Opens the app and waits for the demo and the first run. DuckDB's 34 MB wasm compiles in both workers'
 * shadow here; on a shared two-core machine that alone has taken over 80 s, so the wait is longer than
 * `openApp`'s and the tests' own limit too.
 */
async function openAppPatiently(page: Page): Promise<void> {
  await page.goto('./');
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true', { timeout: READY_TIMEOUT_MS });
}

const READY_TIMEOUT_MS = 240_000;
const TEST_TIMEOUT_MS = 420_000;

function workerNamed(workers: Worker[], name: string): Worker | undefined {
  return workers.find((w) => new URL(w.url()).pathname.split('/').pop()!.startsWith(name));
}

/** Served by a host that sends no security header: the app's own baseURL is that host. */
const plain = base.extend<{ beacon: Awaited<ReturnType<typeof startBeacon>>; plainHost: Listening }>({
  // Playwright reads which fixtures a fixture needs from its first parameter's pattern: these need none.
  // eslint-disable-next-line no-empty-pattern
  plainHost: async ({}, use) => {
    const host = await serveWithoutHeaders(DIST);
    await use(host);
    await host.close();
  },
  // eslint-disable-next-line no-empty-pattern
  beacon: async ({}, use) => {
    const beacon = await startBeacon();
    await use(beacon);
    await beacon.close();
  },
  baseURL: async ({ plainHost }, use) => use(plainHost.url),
});

plain(
  'without the CSP header, users’ files are refused, the demo works and workers reach only the app’s own files',
  async ({ page, context, plainHost, beacon }) => {
    plain.setTimeout(TEST_TIMEOUT_MS);
    const scripts = new Map<string, Promise<string | null>>();
    context.on('response', (response: Response) => {
      const name = WORKERS.find((w) => response.url().includes(`/assets/${w}-`));
      if (name) scripts.set(name, response.headerValue('content-security-policy'));
    });
    await openAppPatiently(page);
    // The host really is the bad one: the workers' scripts came without a policy.
    expect([...scripts.keys()].sort()).toEqual([...WORKERS].sort());
    for (const header of scripts.values()) expect(await header).toBeNull();

    // The data panel says so before any file is chosen.
    const notice = page.locator('[data-testid=host-refusal]');
    await expect(notice).toContainText('Content-Security-Policy');
    await expect(notice).toContainText('docs/hosting.md');

    // A data file is refused, naming the header and the doc.
    await chooseFiles(page, [await attackFile('user-claims.csv')]);
    const refusal = page.locator('[data-testid=load-error]');
    await expect(refusal).toContainText('Content-Security-Policy');
    await expect(refusal).toContainText('docs/hosting.md');
    await expect(refusal).toContainText('user-claims.csv');
    await expect(dataset(page, 'raw_user_claims')).toHaveCount(0);

    // So is a knowledge file.
    await page
      .locator('[data-testid=knowledge-file-input]')
      .setInputFiles(await attackFile('user-knowledge.csv'));
    const report = page.locator('[data-testid=knowledge-report][data-file="user-knowledge.csv"]');
    await expect(report).toContainText('Content-Security-Policy');
    await expect(report).toContainText('docs/hosting.md');

    // The demo data and the notebook keep working.
    const rows = await queryRows(page, 'SELECT count(*) FROM fee');
    expect(Number(rows[0]![0]!.replace(/\D/g, ''))).toBeGreaterThan(1000);

    // Each worker, made to send a request, reaches nothing but the app's own files.
    const cases = JSON.parse(
      await readFile(resolve(ATTACKS, 'worker-requests.json'), 'utf8'),
    ) as RequestCase[];
    const beaconOrigin = beacon.url.replace(/\/$/, '');
    for (const name of WORKERS) {
      const worker = workerNamed(page.workers(), name);
      expect(worker, `${name} is running`).toBeDefined();
      const outcomes: Record<string, string> = {};
      const expected: Record<string, string> = {};
      for (const c of cases) {
        const url = c.url
          .replace('{beacon}', beaconOrigin)
          .replace('{beacon-ws}', beaconOrigin.replace(/^http/, 'ws'))
          .replace('{script}', worker!.url());
        outcomes[c.id] = await worker!.evaluate(attempt, { api: c.api, url });
        expected[c.id] = c.expect;
      }
      expect(outcomes, name).toEqual(expected);
    }
    expect(beacon.hits, 'requests that reached another origin').toEqual([]);
    expect(plainHost.url).toMatch(/^http:\/\/127\.0\.0\.1:/);
  },
);

test.describe('the preview server', () => {
  test.use({ serviceWorkers: 'allow' });

  test('sends the CSP header with every worker script: kernel, DuckDB and the service worker', async ({
    page,
    context,
    requests,
  }) => {
    test.setTimeout(TEST_TIMEOUT_MS);
    const scripts = new Map<string, Promise<string | null>>();
    context.on('response', (response: Response) => {
      const path = new URL(response.url()).pathname;
      const name = path.endsWith('/sw.js') ? 'sw.js' : WORKERS.find((w) => path.includes(`/assets/${w}-`));
      if (name) scripts.set(name, response.headerValue('content-security-policy'));
    });
    await openAppPatiently(page);
    await page.evaluate(async () => Boolean((await navigator.serviceWorker.ready).active));
    await expect(page.locator('[data-testid=host-refusal]')).toHaveCount(0);
    expect([...scripts.keys()].sort()).toEqual(['duckdb-engine.worker', 'kernel.worker', 'sw.js']);
    for (const [name, header] of scripts) expect(await header, name).toBe(CONTENT_SECURITY_POLICY);
    expect(requests.urls.length).toBeGreaterThan(0);
  });
});

base('the dev server sends the CSP header with every worker script', async () => {
  const server = await createViteServer({
    root: ROOT,
    configFile: resolve(ROOT, 'vite.config.ts'),
    logLevel: 'silent',
    server: { host: '127.0.0.1', port: 0, hmr: false, watch: null },
  });
  try {
    await server.listen();
    const origin = server.resolvedUrls!.local[0]!.replace(/\/$/, '');
    // Read each worker's URL from the module that starts it, as the browser would.
    const starters = {
      'kernel.worker': '/src/kernel-client.ts',
      'duckdb-engine.worker': '/workers/engine/duckdb-browser-engine.ts',
    };
    for (const [name, starter] of Object.entries(starters)) {
      const source = await (await fetch(origin + starter)).text();
      const path = new RegExp(`["'](/[^"']*${name.replace('.', '\\.')}\\.ts\\?[^"']*)["']`).exec(source)?.[1];
      expect(path, `${name} URL in ${starter}`).toBeDefined();
      const response = await fetch(origin + path!);
      expect(response.status, name).toBe(200);
      expect(response.headers.get('content-security-policy'), name).toBe(CONTENT_SECURITY_POLICY);
    }
  } finally {
    await server.close();
  }
});
