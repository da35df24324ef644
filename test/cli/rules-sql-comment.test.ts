import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rulesCommand } from '../../cli/rules-command';
import { rulesForRequest } from '../../workers/rules/rule-session';
import { attackRules } from '../workers/rules/export-sql-cases';

let out: string;

beforeAll(async () => {
  out = await mkdtemp(path.join(tmpdir(), 'claimlens-rules-sql-'));
});

afterAll(async () => {
  await rm(out, { recursive: true, force: true });
});

describe('claimlens rules --sql (test/attacks/export-sql)', () => {
  it("keeps a rule's hostile names inside its one comment line", async () => {
    const specs = await attackRules('hostile-text.claimlens.md', out);
    const rules = rulesForRequest(
      { name: 'findings', pack: { kind: 'custom', rules: ['NB-HOSTILE-TEXT'] }, customRules: specs },
      [],
    );
    let text = '';
    rulesCommand({ json: false, sql: true }, { out: (t) => (text += t), err: () => undefined }, rules);
    const block = text.slice(text.lastIndexOf('\n-- NB-HOSTILE-TEXT'));
    const lines = block.split(/\r\n|[\n\r\v\f\u0085\u2028\u2029]/);
    expect(lines[1]).toMatch(/^-- NB-HOSTILE-TEXT 名称 ; COPY .* \/ Name ; COPY .*--$/);
    expect(lines.slice(2).join('\n').trim()).toBe((specs[0]?.sql ?? '').trim());
  });
});
