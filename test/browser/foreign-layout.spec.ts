import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, openApp, test } from './fixtures';
import { applyProposal, chooseFiles, runSql } from './app-helpers';
import { bureauGbkLayout } from '../corpus/layouts/bureau-gbk';
import { FAMILY_RULES, type PlantedCase } from '../corpus/corpus-types';

/** The corpus's layout (a), written to a folder as the bureau hands it over. */
function writeBureauExport(): {
  files: string[];
  cases: readonly PlantedCase[];
  settlementIds: readonly string[];
} {
  const layout = bureauGbkLayout();
  const dir = mkdtempSync(path.join(tmpdir(), 'claimlens-corpus-'));
  const files = layout.files.map((f) => {
    const file = path.join(dir, f.name);
    writeFileSync(file, f.bytes);
    return file;
  });
  return { files, cases: layout.cases, settlementIds: layout.settlementIds };
}

/** Runs SQL in the first SQL cell and returns its rows as text; a failed query fails with its message. */
async function rowsOf(page: Page, sql: string): Promise<string[][]> {
  const c = await runSql(page, sql);
  const state = await c.locator('[data-testid=cell-status]').getAttribute('data-state');
  if (state !== 'done') throw new Error(`query failed: ${await c.innerText()}`);
  const out: string[][] = [];
  for (const row of await c.locator('[data-testid=result-row]').all()) {
    out.push(await row.locator('[data-testid=result-cell]').allInnerTexts());
  }
  return out;
}

/**
 * Accepts each proposal as it is, file after file, until no mapping is pending: the fields the proposal
 * asks to confirm are confirmed with "Confirm all", as a user accepting it would.
 */
async function acceptProposals(page: Page, count: number): Promise<void> {
  const editor = page.locator('[data-testid=mapping-editor]');
  for (let i = 0; i < count; i++) {
    await applyProposal(editor);
    const done = editor.locator('[data-testid=mapping-done]');
    await expect(done).toBeVisible({ timeout: 120_000 });
    await done.click();
  }
  await expect(editor).toBeHidden();
}

/** SQL counting the planted cases (and their families) that findings of the family's rules name. */
function foundSql(cases: readonly PlantedCase[]): string {
  const rows = cases.flatMap((c) =>
    [...c.settlements, ...c.lines].map((k) => {
      const rules = FAMILY_RULES[c.family].map((r) => `'${r}'`).join(', ');
      return `('${c.id}', '${c.family}', [${rules}], '${k}')`;
    }),
  );
  return `WITH planted(case_id, family, rules, k) AS (VALUES ${rows.join(', ')}),
hits AS (
  SELECT rule_id, CAST(setl_id AS VARCHAR) AS k FROM findings
  UNION SELECT rule_id, CAST(mdtrt_id AS VARCHAR) FROM findings
  UNION SELECT rule_id, CAST(feedetl_sn AS VARCHAR) FROM findings_lines)
SELECT count(DISTINCT family) AS families, count(DISTINCT case_id) AS cases
FROM planted JOIN hits ON hits.k = planted.k AND list_contains(planted.rules, hits.rule_id)`;
}

test('a city bureau’s GBK export from disk: auto-mapped, rules run, planted cases found, no demo row in the findings', async ({
  page,
}) => {
  const { files, cases, settlementIds } = writeBureauExport();
  await openApp(page);
  await chooseFiles(page, files);
  await acceptProposals(page, files.length);

  await page.locator('[data-testid=add-rule]').click();
  const rule = page.locator('[data-testid=cell][data-type=rule]').first();
  await rule.locator('[data-testid=run]').click();
  await expect(rule.locator('[data-testid=cell-status]')).toHaveAttribute('data-state', 'done', {
    timeout: 240_000,
  });

  const [found] = await rowsOf(page, foundSql(cases));
  test
    .info()
    .annotations.push({ type: 'found', description: `${found?.[1]} of ${cases.length} planted cases` });
  const families = Number(found?.[0]?.replace(/\D/g, ''));
  const planted = new Set(cases.map((c) => c.family)).size;
  expect(families, `families found of ${planted} planted; cases found: ${found?.[1]}`).toBeGreaterThanOrEqual(
    4,
  );

  // Every finding names a settlement of the user's own file: nothing of the demo's data.
  const own = settlementIds.map((id) => `('${id}')`).join(', ');
  const [foreign] = await rowsOf(
    page,
    `WITH own(setl_id) AS (VALUES ${own})
     SELECT count(*) FILTER (WHERE setl_id IS NOT NULL AND setl_id NOT IN (SELECT setl_id FROM own)) AS foreign_findings,
       count(*) AS findings
     FROM findings`,
  );
  expect(
    foreign?.[0],
    `findings naming a settlement not in the user's file (planted found: ${found?.[1]} of ${cases.length} cases, ${families} families)`,
  ).toBe('0');
  expect(Number(foreign?.[1]?.replace(/\D/g, ''))).toBeGreaterThan(0);
});
