import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { expect, openApp, test } from './fixtures';

const ASSETS = fileURLToPath(new URL('../../dist/assets/', import.meta.url));

/** The built knowledge asset's file name and its rows per table (read from dist/, as the worker reads it). */
function builtKnowledge(): { file: string; rows: number } {
  const file = readdirSync(ASSETS).find((f) => /^nhsa-knowledge.*\.gz$/.test(f));
  if (!file) throw new Error('no nhsa-knowledge asset in dist/assets: run npx vite build');
  const json = JSON.parse(gunzipSync(readFileSync(`${ASSETS}${file}`)).toString('utf8')) as Record<
    string,
    unknown[]
  >;
  const rows = ['kb_restriction', 'kb_exclusive_pair', 'kb_frequency'].reduce(
    (n, t) => n + (json[t]?.length ?? 0),
    0,
  );
  return { file, rows };
}

test('the default knowledge is the full NHSA layer, fetched by the kernel worker as an asset of its own', async ({
  page,
  requests,
}) => {
  const { file, rows } = builtKnowledge();
  // Not in any script: the rows reach the worker only through the asset.
  for (const js of readdirSync(ASSETS).filter((f) => f.endsWith('.js'))) {
    expect(readFileSync(`${ASSETS}${js}`, 'utf8'), js).not.toContain('(KP-');
  }
  await openApp(page);
  const layer = page.locator('[data-testid=knowledge-layer][data-layer="nhsa-full"]');
  await expect(layer).toContainText('国家医保局两库知识点（全部已解析记录）');
  await expect(layer).toContainText(`${rows.toLocaleString('zh-CN')} 行`);
  expect(requests.urls.filter((u) => u.endsWith(`/assets/${file}`))).toHaveLength(1);
  // First paint, for docs/benchmark.md (printed, never asserted).
  const paint = await page.evaluate(() =>
    performance.getEntriesByType('paint').map((p) => [p.name, Math.round(p.startTime)]),
  );
  console.log(`knowledge.spec first paint: ${JSON.stringify(paint)}`);
});

test('a file in NHSA knowledge-point layout imports from the panel as a layer, listing what it could not read', async ({
  page,
}) => {
  await openApp(page);
  const records = [
    { kp_id: 'KP-p1', rule_class: '医疗服务项目重复收费', med_codes: ['999999000010000', '999999000020000'] },
    {
      kp_id: 'KP-p2',
      rule_class: '药品限适应症',
      med_code: 'XZ99ZZZ999Z999999999999',
      constraint: '限一种没有收入词典的疾病。',
    },
  ];
  await page.locator('[data-testid=knowledge-file-input]').setInputFiles({
    name: '省两库.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ records }), 'utf8'),
  });
  const report = page.locator('[data-testid=knowledge-report][data-file="省两库.json"]');
  await expect(
    report.locator('[data-testid=knowledge-accepted][data-table=kb_exclusive_pair]'),
  ).toContainText('1');
  await expect(report.locator('[data-testid=knowledge-nhsa-counts]')).toContainText('1 条未能解析');
  await expect(report.locator('[data-testid=knowledge-error]')).toHaveCount(1);
  await expect(report.locator('[data-testid=knowledge-error]')).toContainText('KP-p2');
  await expect(page.locator('[data-testid=knowledge-layer][data-layer="import:省两库.json"]')).toBeVisible();
});
