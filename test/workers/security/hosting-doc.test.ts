import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from '../../../core/security/csp';
import { HOSTING_DOC } from '../../../workers/security/unsafe-host';

const doc = readFileSync(new URL(`../../../${HOSTING_DOC}`, import.meta.url), 'utf8');

describe(HOSTING_DOC, () => {
  it('gives the exact policy in the header list and in the nginx, Apache and Caddy examples', () => {
    expect(doc.split(CONTENT_SECURITY_POLICY).length - 1).toBe(4);
  });

  it('names every header the app sends, with its value', () => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
      expect(doc).toContain(`${name}: ${value}`);
      expect(doc).toContain(`${name} "${value}"`);
    }
  });
});
