import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Download, Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** The attack corpus of the SQL export (see its README.md). */
const ATTACKS = path.resolve(import.meta.dirname, '../attacks/export-sql');

/** Opens an attack notebook; its `ATTACK_OUT` paths become a path that must never be written. */
async function openAttack(page: Page, file: string): Promise<void> {
  const text = (await readFile(path.join(ATTACKS, file), 'utf8')).replaceAll(
    'ATTACK_OUT',
    '/tmp/claimlens-attack',
  );
  await page.locator('[data-testid=notebook-file-input]').setInputFiles({
    name: file,
    mimeType: 'text/markdown',
    buffer: Buffer.from(text),
  });
  await expect(page.locator('[data-testid=notebook-file]')).toHaveText(file);
}

/**
 * `openApp` with more patience: on a machine shared by several test runs, a cold start of the engine
 * took 68 s, past `openApp`'s 60 s.
 */
async function openAppPatiently(page: Page): Promise<void> {
  await page.goto('./');
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true', { timeout: 180_000 });
}

async function downloadText(download: Download): Promise<string> {
  return readFile((await download.path())!, 'utf8');
}

test('Export SQL keeps hostile rule texts inert, and refuses rule SQL that is not one query', async ({
  page,
}) => {
  test.setTimeout(300_000);
  await openAppPatiently(page);

  // Hostile names, descriptions and parameter values: the script carries them only inside one-line
  // literals and comments.
  await openAttack(page, 'hostile-text.claimlens.md');
  const saved = page.waitForEvent('download');
  await page.locator('[data-testid=cell][data-cell-id=r-hostile] [data-testid=rule-export-sql]').click();
  const script = await downloadText(await saved);
  for (const end of ['\r', '\u000b', '\f', '\u0085', '\u2028', '\u2029', '\u0000'])
    expect(script).not.toContain(end);
  const carriers = script.split('\n').filter((line) => line.includes('COPY'));
  expect(carriers.length).toBeGreaterThan(0);
  for (const line of carriers) expect(line).toMatch(/^(-- |INSERT INTO _cl_rule_(meta|params) VALUES \()/);

  // The probe: the export is refused beside the Rule cell, naming the rule, and nothing downloads.
  await page.locator('[data-testid=nb-new]').click();
  await openAttack(page, 'hostile-sql.claimlens.md');
  const rule = page.locator('[data-testid=cell][data-cell-id=r-close-and-copy]');
  let downloads = 0;
  page.on('download', () => (downloads += 1));
  await rule.locator('[data-testid=rule-export-sql]').click();
  const error = rule.locator('cl-app-error [role=alert]');
  await expect(error).toContainText('NB-CLOSE-AND-COPY');
  await expect(error).toContainText(/未导出|not exported/);
  expect(downloads).toBe(0);
});
