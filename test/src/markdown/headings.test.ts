import { describe, expect, it } from 'vitest';
import { extractHeadings } from '../../../src/markdown/headings';
import { renderMarkdown } from '../../../src/markdown/render-markdown';
import { parseFragment } from './html-safety';

describe('extractHeadings', () => {
  const source = [
    '# 审计概览',
    'text',
    '## Fees **by** `dept`',
    'Setext heading',
    '---',
    '## Fees by dept',
    '> # quoted',
    '- ## in a list',
    '```',
    '# not a heading',
    '```',
    '###### ![图](https://x.example/p.png) six',
  ].join('\n');

  it('lists headings in order with level, plain text and prefixed unique id', () => {
    expect(extractHeadings(source, 'cell-7')).toEqual([
      { level: 1, text: '审计概览', id: 'cell-7-审计概览' },
      { level: 2, text: 'Fees by dept', id: 'cell-7-fees-by-dept' },
      { level: 2, text: 'Setext heading', id: 'cell-7-setext-heading' },
      { level: 2, text: 'Fees by dept', id: 'cell-7-fees-by-dept-1' },
      { level: 1, text: 'quoted', id: 'cell-7-quoted' },
      { level: 2, text: 'in a list', id: 'cell-7-in-a-list' },
      { level: 6, text: '图 six', id: 'cell-7-图-six' },
    ]);
  });

  it('gives the ids renderMarkdown renders', () => {
    const rendered = Array.from(
      parseFragment(renderMarkdown(source, { idPrefix: 'cell-7' })).querySelectorAll('h1,h2,h3,h4,h5,h6'),
    ).map((h) => h.id);
    expect(extractHeadings(source, 'cell-7').map((h) => h.id)).toEqual(rendered);
  });

  it('names headings without letters "section" and keeps them unique', () => {
    expect(extractHeadings('# !!!\n# ???', 'p').map((h) => h.id)).toEqual(['p-section', 'p-section-1']);
  });

  it('finds none in text without headings', () => {
    expect(extractHeadings('just *text*', 'p')).toEqual([]);
  });
});
