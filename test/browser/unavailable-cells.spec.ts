import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, openApp, test } from './fixtures';

/** A notebook with an evidence cell, which this version keeps but does not run, and a Model cell, which runs. */
const MODEL_BLOCK = '```model {id=m1 name=by_inst model=summarize}\nby: institution\n```';
const EVIDENCE_BLOCK = '```evidence {id=e1 from=small}\n逐条核对 / Check each row: <b>not HTML</b>\n```';
const NOTEBOOK = `---
title: 不可用单元 / Unavailable cells
---

\`\`\`markdown {id=about}
# 不可用单元
\`\`\`

\`\`\`sql {id=q1 name=small}
SELECT 42 AS answer
\`\`\`

${MODEL_BLOCK}

${EVIDENCE_BLOCK}
`;

/** Without the File System Access picker, Save downloads the notebook. */
async function useDownloads(page: Page): Promise<void> {
  await page.addInitScript(() => {
    delete (window as { showSaveFilePicker?: unknown }).showSaveFilePicker;
  });
}

test('evidence cells open labelled "not available in this version", never run, and save unchanged; model cells run', async ({
  page,
}) => {
  await useDownloads(page);
  await openApp(page);
  await page.locator('[data-testid=nb-new]').click();
  await page.locator('[data-testid=notebook-file-input]').setInputFiles({
    name: 'unavailable.claimlens.md',
    mimeType: 'text/markdown',
    buffer: Buffer.from(NOTEBOOK),
  });
  const cells = page.locator('[data-testid=cell]');
  await expect(cells).toHaveCount(4);
  const unavailable = page.locator('[data-testid=cell][data-type=unavailable]');
  await expect(unavailable).toHaveCount(1);
  const evidence = unavailable.nth(0);
  const model = page.locator('[data-testid=cell][data-type=model]');
  await expect(model).toHaveCount(1);
  await expect(model.locator('.label')).toContainText('模型');
  await expect(model.locator('.label')).not.toContainText('此版本不可用');
  await expect(model.locator('[data-testid=cell-notice]')).toHaveCount(0);
  await expect(evidence.locator('[data-testid=cell-notice]')).toContainText('证据单元将在后续版本提供');
  await expect(evidence.locator('.label')).toContainText('证据（此版本不可用）');
  // The text is shown as written (read-only), never rendered.
  await expect(evidence.locator('[data-testid=cell-verbatim]')).toHaveText(
    '逐条核对 / Check each row: <b>not HTML</b>',
  );
  await expect(evidence.locator('b')).toHaveCount(0);
  await expect(unavailable.locator('[data-testid=run]')).toHaveCount(0);

  // "Run all" runs the SQL and Model cells (a model missing data is skipped: a result, not an error); the
  // unavailable cell gets no status and no error.
  await page.locator('[data-testid=run-all]').click();
  await expect(cells.nth(1).locator('[data-testid=cell-status]')).toHaveAttribute('data-state', 'done');
  await expect(model.locator('[data-testid=cell-status]')).toHaveAttribute('data-state', 'done');
  await expect(unavailable.locator('[data-testid=cell-status]')).toHaveCount(0);
  await expect(page.locator('[data-testid=cell-error]')).toHaveCount(0);
  await expect(page.locator('[data-testid=notebook-problem]')).toHaveCount(0);

  // Saving keeps both cells byte for byte; the run log names the SQL and Model cells.
  const saved = page.waitForEvent('download');
  await page.locator('[data-testid=nb-save]').click();
  const text = await readFile((await (await saved).path())!, 'utf8');
  expect(text).toContain(`\n${MODEL_BLOCK}\n\n${EVIDENCE_BLOCK}\n`);
  const logged = [...text.matchAll(/ cell=(\S+)/g)].map((m) => m[1]);
  expect(logged).toEqual(['q1', 'm1']);
});
