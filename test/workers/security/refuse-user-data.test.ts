import { describe, expect, it } from 'vitest';
import type { KernelApi } from '../../../workers/api';
import { ok } from '../../../core/shared/errors';
import { hasContentSecurityPolicy } from '../../../workers/security/csp-probe';
import { refuseUserDataWithoutCsp } from '../../../workers/security/refuse-user-data';
import { missingSecurityHeaders, unsafeHostError } from '../../../workers/security/unsafe-host';
import { SECURITY_HEADERS } from '../../../core/security/csp';

const SCRIPT = 'https://audit.example/claimlens/assets/kernel.worker-abc123.js';

/** A kernel that writes down which files reached it. */
function fakeKernel(read: string[]) {
  return {
    openFile: async (file: File) => {
      read.push(file.name);
      return ok({ kind: 'dataset' });
    },
    loadFile: async (file: File) => {
      read.push(file.name);
      return ok({ id: 'd1' });
    },
    importKnowledge: async (file: File) => {
      read.push(file.name);
      return ok({ file: file.name });
    },
    loadDemo: async () => ok([]),
  } as unknown as KernelApi;
}

const claims = new File(['psn_no\nP0001\n'], 'user-claims.csv');
const headOnly = (headers: Record<string, string>) => async () => new Response(null, { headers });

describe('refuseUserDataWithoutCsp', () => {
  it('leaves the kernel alone when the worker runs under a CSP', async () => {
    const read: string[] = [];
    const kernel = fakeKernel(read);
    const asked: string[] = [];
    const fetchHead = async (url: string) => {
      asked.push(url);
      return new Response(null);
    };
    const guarded = refuseUserDataWithoutCsp(kernel, { hasCsp: true, scriptUrl: SCRIPT, fetchHead });
    expect(guarded.openFile).toBe(kernel.openFile);
    expect(guarded.loadFile).toBe(kernel.loadFile);
    expect(guarded.importKnowledge).toBe(kernel.importKnowledge);
    expect(await guarded.hostSecurity()).toEqual({ hasCsp: true });
    expect(asked).toEqual([]);
  });

  it('without a CSP, refuses data and knowledge files unread, naming the file, the headers and the doc', async () => {
    const read: string[] = [];
    const { 'Content-Security-Policy': _csp, 'Referrer-Policy': _referrer, ...sent } = SECURITY_HEADERS;
    const guarded = refuseUserDataWithoutCsp(fakeKernel(read), {
      hasCsp: false,
      scriptUrl: SCRIPT,
      fetchHead: headOnly(sent),
    });
    const load = await guarded.loadFile(claims, { jobId: 'j1' as never });
    const opened = await guarded.openFile(new File(['x\n'], 'dropped.csv'), { jobId: 'j3' as never });
    expect(opened.ok ? undefined : opened.error.file).toBe('dropped.csv');
    const knowledge = await guarded.importKnowledge(new File(['code\n'], 'user-knowledge.csv'));
    expect(read).toEqual([]);
    expect(load.ok).toBe(false);
    expect(knowledge.ok).toBe(false);
    if (load.ok || knowledge.ok) return;
    expect(load.error).toMatchObject({
      kind: 'load',
      code: 'host.missing-security-headers',
      file: 'user-claims.csv',
    });
    expect(knowledge.error.file).toBe('user-knowledge.csv');
    for (const text of [load.error.message.zh, load.error.message.en]) {
      expect(text).toContain('Content-Security-Policy, Referrer-Policy');
      expect(text).toContain('docs/hosting.md');
      expect(text).not.toMatch(/https?:\/\//);
    }
    // The demo still loads.
    expect((await guarded.loadDemo('j2' as never)).ok).toBe(true);
    // The page can tell before any file is chosen.
    const security = await guarded.hostSecurity();
    expect(security.hasCsp).toBe(false);
    expect(security.refusal?.code).toBe(load.error.code);
    expect(security.refusal?.message.en).toMatch(/^To protect your data, this page will not read/);
    expect(security.refusal?.message.en).toContain('Content-Security-Policy, Referrer-Policy');
  });
});

describe('missingSecurityHeaders', () => {
  it('always names the CSP (the probe found none in force), then whatever else the response lacks', async () => {
    const all = headOnly(SECURITY_HEADERS);
    expect(await missingSecurityHeaders(SCRIPT, all)).toEqual(['Content-Security-Policy']);
    expect(await missingSecurityHeaders(SCRIPT, headOnly({}))).toEqual(Object.keys(SECURITY_HEADERS));
  });

  it('asks with a HEAD of the worker’s own script, and names only the CSP if that fails', async () => {
    const asked: string[] = [];
    const offline = async (url: string, init: RequestInit) => {
      asked.push(`${init.method} ${url}`);
      throw new TypeError('Failed to fetch');
    };
    expect(await missingSecurityHeaders(SCRIPT, offline)).toEqual(['Content-Security-Policy']);
    expect(asked).toEqual([`HEAD ${SCRIPT}`]);
  });
});

describe('unsafeHostError', () => {
  it('is Chinese first, then English, and says the demo still works', () => {
    const error = unsafeHostError(['Content-Security-Policy']);
    expect(error.message.zh).toMatch(/^为保护数据/);
    expect(unsafeHostError(['Content-Security-Policy'], 'a.csv').message.en).toMatch(
      /^This file was refused.*load the file again\.$/,
    );
    expect(error.message.zh).toContain('演示数据仍可使用');
    expect(error.message.en).toContain('The demo data still works');
    expect(error.file).toBeUndefined();
  });
});

describe('hasContentSecurityPolicy', () => {
  it('is false where strings compile to code (Node has no CSP)', () => {
    expect(hasContentSecurityPolicy()).toBe(false);
  });
});
