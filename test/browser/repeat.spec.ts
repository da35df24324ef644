import { expect, openApp, test } from './fixtures';
import { queryRows } from './app-helpers';

test('the same query gives the same result every time it runs', async ({ page }) => {
  await openApp(page);
  const sql = 'SELECT med_type, count(*) AS n FROM setl GROUP BY ALL ORDER BY med_type';
  const first = await queryRows(page, sql);
  expect(first.length).toBeGreaterThan(1);
  for (let i = 0; i < 4; i++) expect(await queryRows(page, sql)).toEqual(first);
});
