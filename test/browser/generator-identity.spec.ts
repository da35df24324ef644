import type { Page } from '@playwright/test';
import { digestDatasetInNode } from '../../bench/node-table-digest';
import type { BenchHarness } from '../../bench/page/bench-entry';
import { allScenarios, type DatasetDigest } from '../../bench/table-digest';
import type { GenerateOptions } from '../../workers/generator/generate-dataset';
import { expect, test } from './fixtures';

/** Option sets whose every table must come out byte for byte the same in a browser worker and in Node. */
const CASES: readonly { name: string; options: GenerateOptions }[] = [
  { name: 'no scenarios', options: { seed: 20240101, lines: 30_000, headers: 'code' } },
  {
    name: 'every scenario at its default rate',
    options: { seed: 7, lines: 20_000, headers: 'code', scenarios: allScenarios() },
  },
  {
    name: 'Chinese headers, another start date, every scenario',
    options: {
      seed: -31337,
      lines: 15_000,
      headers: 'zh',
      startDate: '2023-07-01',
      scenarios: allScenarios(),
    },
  },
];

/** Opens the bench page (the built site's second entry) and waits for its harness. */
async function openBenchPage(page: Page): Promise<void> {
  await page.goto('bench/page/index.html');
  await page.waitForFunction(() => 'claimlensBench' in window);
}

/** Generates and hashes every table in a module worker of the page. */
function digestInWorker(page: Page, options: GenerateOptions): Promise<DatasetDigest> {
  return page.evaluate(
    (o) => (window as unknown as { claimlensBench: BenchHarness }).claimlensBench.generateInWorker(o),
    options,
  );
}

for (const { name, options } of CASES) {
  test(`the generator writes the same bytes in a browser worker as in Node: ${name}`, async ({ page }) => {
    await openBenchPage(page);
    const browser = await digestInWorker(page, options);
    const node = await digestDatasetInNode(options);
    expect(node.tables.find((t) => t.table === 'fee')?.bytes).toBeGreaterThan(options.lines * 50);
    expect(browser.tables).toEqual(node.tables);
  });
}

test('two seeds give different data in a browser worker', async ({ page }) => {
  await openBenchPage(page);
  const a = await digestInWorker(page, { seed: 20240101, lines: 5_000, headers: 'code' });
  const b = await digestInWorker(page, { seed: 20240102, lines: 5_000, headers: 'code' });
  const hashes = (d: DatasetDigest) => Object.fromEntries(d.tables.map((t) => [t.table, t.sha256]));
  for (const table of ['psn', 'medins', 'setl', 'fee'])
    expect(hashes(b)[table], table).not.toBe(hashes(a)[table]);
  // The knowledge table is a fixed catalogue, not drawn from the seed.
  expect(hashes(b).kb_restriction).toBe(hashes(a).kb_restriction);
});
