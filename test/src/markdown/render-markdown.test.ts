import { describe, expect, it } from 'vitest';
import {
  MAX_INLINE_NESTING,
  MAX_MARKDOWN_CHARS,
  MAX_MARKDOWN_NESTING,
} from '../../../src/markdown/markdown-limits';
import { renderMarkdown, TRUNCATED_NOTE } from '../../../src/markdown/render-markdown';
import { maxDepth, parseFragment, unsafeParts } from './html-safety';

const render = (source: string) => renderMarkdown(source, { idPrefix: 'c1' });
const text = (html: string) => parseFragment(html).textContent ?? '';

describe('renderMarkdown: ordinary Markdown', () => {
  it('renders emphasis, lists, code, quotes, tables and strikethrough', () => {
    const html = render(
      '**粗体** _斜体_ `code` ~~删除~~\n\n- 一\n- 二\n\n> 引用\n\n```sql\nSELECT 1 < 2\n```\n\n| a | b |\n|:-|-:|\n| 1 | 2 |',
    );
    const root = parseFragment(html);
    expect(root.querySelector('strong')?.textContent).toBe('粗体');
    expect(root.querySelector('em')?.textContent).toBe('斜体');
    expect(root.querySelector('s')?.textContent).toBe('删除');
    expect(root.querySelectorAll('ul > li')).toHaveLength(2);
    expect(root.querySelector('blockquote')?.textContent?.trim()).toBe('引用');
    expect(root.querySelector('pre code.language-sql')?.textContent).toBe('SELECT 1 < 2\n');
    expect(root.querySelector('th.md-align-left')?.textContent).toBe('a');
    expect(root.querySelector('td.md-align-right')?.textContent).toBe('2');
    expect(unsafeParts(html)).toEqual([]);
  });

  it('keeps http(s), mailto and in-page links; external ones open without an opener', () => {
    const root = parseFragment(
      render(
        '[a](https://example.org/x?q=1) [b](http://example.org) [c](mailto:a@b.cn) [d](#总结) <https://x.org>',
      ),
    );
    const links = Array.from(root.querySelectorAll('a')).map((a) => [
      a.getAttribute('href'),
      a.getAttribute('target'),
      a.getAttribute('rel'),
    ]);
    expect(links).toEqual([
      ['https://example.org/x?q=1', '_blank', 'noopener noreferrer'],
      ['http://example.org', '_blank', 'noopener noreferrer'],
      ['mailto:a@b.cn', null, null],
      ['#%E6%80%BB%E7%BB%93', null, null],
      ['https://x.org', '_blank', 'noopener noreferrer'],
    ]);
  });

  it('gives headings unique ids behind the prefix, keeping Chinese', () => {
    const root = parseFragment(render('# 第一章 概览\n\n## Totals & fees\n\n## Totals & fees'));
    expect(Array.from(root.querySelectorAll('h1, h2')).map((h) => h.id)).toEqual([
      'c1-第一章-概览',
      'c1-totals-fees',
      'c1-totals-fees-1',
    ]);
  });

  it('does not link bare URLs (linkify off) or change quotes (typographer off)', () => {
    const html = render('see https://example.org "quoted" -- (c)');
    expect(parseFragment(html).querySelector('a')).toBeNull();
    expect(text(html)).toContain('"quoted" -- (c)');
  });
});

describe('renderMarkdown: hostile input', () => {
  const hostile: readonly [string, string][] = [
    ['script element', '<script>alert(1)</script>'],
    ['script inline', 'x <script>alert(1)</script> y'],
    ['img onerror', '<img src=x onerror=alert(1)>'],
    ['img onerror inline', 'a <img src=x onerror="alert(1)"> b'],
    ['svg onload', '<svg onload=alert(1)><circle/></svg>'],
    ['svg in paragraph', 'a <svg><script>alert(1)</script></svg>'],
    ['iframe', '<iframe src="https://evil.example"></iframe>'],
    ['iframe srcdoc', '<iframe srcdoc="<script>alert(1)</script>">'],
    ['object/embed', '<object data="x.swf"></object><embed src="x.swf">'],
    ['style', '<style>body{display:none}</style>'],
    ['raw anchor', '<a href="javascript:alert(1)">x</a>'],
    ['form', '<form action="https://evil"><button formaction="javascript:alert(1)">x</button></form>'],
    ['meta refresh', '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">'],
    ['base', '<base href="https://evil/">'],
    ['html comment', '<!-- x --><details open ontoggle=alert(1)>'],
    ['javascript link', '[x](javascript:alert(1))'],
    ['mixed-case javascript', '[x](JaVaScRiPt:alert(1))'],
    ['entity-encoded javascript', '[x](&#106;avascript:alert(1))'],
    ['hex entity javascript', '[x](&#x6A;&#x61;vascript:alert(1))'],
    ['named-entity colon', '[x](javascript&colon;alert(1))'],
    ['percent-encoded javascript', '[x](%6Aavascript:alert(1))'],
    ['javascript with tab', '[x](java\tscript:alert(1))'],
    ['javascript in angle brackets', '[x](<javascript:alert(1)>)'],
    ['javascript with spaces', '[x](   javascript:alert(1)   )'],
    ['vbscript', '[x](vbscript:msgbox(1))'],
    ['data html', '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)'],
    ['data image link', '[x](data:image/png;base64,AAAA)'],
    ['file', '[x](file:///etc/passwd)'],
    ['protocol-relative', '[x](//evil.example/path)'],
    ['backslash host', '[x](/\\evil.example) [y](\\\\evil.example)'],
    ['relative path', '[x](notes/other.md) [y](/absolute)'],
    ['empty link', '[x]()'],
    ['title attribute injection', '[x](https://ok.example "a\\" onmouseover=\\"alert(1)")'],
    ['single-quoted title injection', "[x](https://ok.example 'a\\' onclick=alert(1) x=\\'')"],
    ['parenthesised title injection', '[x](https://ok.example (a" autofocus onfocus="alert(1)))'],
    ['href attribute injection', '[x](https://ok.example/"onmouseover="alert(1))'],
    ['reference javascript', '[x][r]\n\n[r]: javascript:alert(1)'],
    ['reference with title', '[x][r]\n\n[r]: https://ok.example "t\\" onclick=\\"alert(1)"'],
    ['reference image remote', '![x][r]\n\n[r]: https://evil.example/p.png'],
    ['collapsed reference', '[r][]\n\n[r]: <javascript:alert(1)>'],
    ['autolink javascript', '<javascript:alert(1)>'],
    ['autolink JAVASCRIPT', '<JAVASCRIPT:alert(1)>'],
    ['autolink vbscript', '<vbscript:msgbox(1)>'],
    ['autolink data', '<data:text/html,<script>alert(1)</script>>'],
    ['autolink file', '<file:///etc/passwd>'],
    ['remote image', '![a](https://evil.example/track.png)'],
    ['http image', '![a](http://evil.example/track.png "t")'],
    ['protocol-relative image', '![a](//evil.example/track.png)'],
    ['relative image', '![a](track.png)'],
    ['svg data image', '![a](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)'],
    ['javascript image', '![a](javascript:alert(1))'],
    ['image alt injection', '![a" onerror="alert(1)](data:image/png;base64,AAAA)'],
    ['image in link', '[![a](https://evil.example/p.png)](javascript:alert(1))'],
    ['fence info injection', '```"><script>alert(1)</script>\nx\n```'],
    ['fence info attribute', '``` x" onmouseover="alert(1)\ncode\n```'],
    ['heading html', '# <img src=x onerror=alert(1)>\n\n## "><script>alert(1)</script>'],
    ['table html', '| <script>alert(1)</script> | b |\n|-|-|\n| <img src=x onerror=alert(1)> | 2 |'],
    ['entity soup', '&lt;script&gt;alert(1)&lt;/script&gt; &#60;img src=x onerror=alert(1)&#62;'],
    ['null bytes', 'a\u0000<script>alert(1)</script>\u0000[x](java\u0000script:alert(1))'],
    ['html block', '<div onclick="alert(1)">\n\n*md*\n\n</div>'],
  ];

  for (const [name, source] of hostile) {
    it(`is safe: ${name}`, () => {
      const html = render(source);
      expect(unsafeParts(html)).toEqual([]);
    });
  }

  it('shows raw HTML as text rather than dropping it', () => {
    const html = render('<script>alert(1)</script>\n\nx <img src=x onerror=alert(1)> y');
    expect(text(html)).toContain('<script>alert(1)</script>');
    expect(text(html)).toContain('<img src=x onerror=alert(1)>');
  });

  it('leaves refused links as the text that was written', () => {
    expect(text(render('[x](javascript:alert(1))'))).toContain('[x](javascript:alert(1))');
    expect(text(render('[x](//evil.example)'))).toContain('[x](//evil.example)');
    expect(text(render('<javascript:alert(1)>'))).toContain('<javascript:alert(1)>');
    expect(parseFragment(render('[x](data:image/png;base64,AAAA)')).querySelector('a')).toBeNull();
  });

  it('shows every image that would load from somewhere as inert text', () => {
    for (const source of [
      '![收据](https://evil.example/p.png)',
      '![收据](http://evil.example/p.png "title")',
      '![收据][r]\n\n[r]: https://evil.example/p.png',
    ]) {
      const root = parseFragment(render(source));
      expect(root.querySelector('img'), source).toBeNull();
      expect(root.querySelector('.md-image-placeholder')?.textContent, source).toBe('[图片/image: 收据]');
    }
    // URLs no link may use either stay exactly as written.
    for (const source of ['![收据](//evil.example/p.png)', '![收据](p.png)', '![a](data:image/svg+xml,x)']) {
      const html = render(source);
      expect(parseFragment(html).querySelector('img'), source).toBeNull();
      expect(text(html).trim(), source).toBe(source);
    }
  });

  it('renders inline raster images', () => {
    const img = parseFragment(render('![图 1](data:image/png;base64,iVBORw0KGgo=)')).querySelector('img');
    expect(img?.getAttribute('src')).toBe('data:image/png;base64,iVBORw0KGgo=');
    expect(img?.getAttribute('alt')).toBe('图 1');
  });

  it('keeps a title with quotes inside one attribute', () => {
    const a = parseFragment(render('[x](https://ok.example "a\\" onmouseover=\\"alert(1)")')).querySelector(
      'a',
    );
    expect(a?.getAttribute('title')).toBe('a" onmouseover="alert(1)');
    expect(a?.getAttributeNames().sort()).toEqual(['href', 'rel', 'target', 'title']);
  });

  it('keeps a hostile id prefix inside the id attribute', () => {
    const html = renderMarkdown('# T', { idPrefix: 'x" onclick="alert(1)' });
    expect(unsafeParts(html)).toEqual([]);
    expect(parseFragment(html).querySelector('h1')?.id).toBe('x"-onclick="alert(1)-t');
  });
});

describe('renderMarkdown: size and nesting limits', () => {
  it('cuts 10 MB of input with a visible note, in the requested language', () => {
    const huge = 'lorem ipsum 医保 [x](https://ok.example)\n'.repeat(260_000);
    expect(huge.length).toBeGreaterThan(10_000_000);
    const html = renderMarkdown(huge, { idPrefix: 'c1', lang: 'en' });
    const root = parseFragment(html);
    expect(root.querySelector('.md-truncated')?.textContent).toBe(TRUNCATED_NOTE.en);
    expect(text(html).length).toBeLessThan(MAX_MARKDOWN_CHARS);
    expect(unsafeParts(html)).toEqual([]);
    expect(render(huge)).toContain(TRUNCATED_NOTE.zh.slice(0, 5));
  });

  it('keeps emphasis markers past the inline depth limit as text', () => {
    const html = render(`${'*'.repeat(100)}x${'*'.repeat(100)}`);
    expect(maxDepth(html)).toBeLessThanOrEqual(1 + MAX_INLINE_NESTING);
    expect(text(html)).toContain('*x*');
  });

  it('adds no note to input under the limit', () => {
    expect(render('short')).not.toContain('md-truncated');
  });

  const deep: readonly [string, string][] = [
    ['10k nested blockquotes', `${'>'.repeat(10_000)} deep`],
    ['10k spaced blockquotes', `${'> '.repeat(10_000)}deep`],
    ['10k nested bullet lists', `${'- '.repeat(10_000)}deep`],
    ['10k nested ordered lists', `${'1. '.repeat(10_000)}deep`],
    ['10k quoted lists', `${'> - '.repeat(10_000)}deep`],
    [
      '10k indented list lines',
      Array.from({ length: 10_000 }, (_, i) => `${'  '.repeat(i % 400)}- x`).join('\n'),
    ],
    ['10k underscores', `${'_'.repeat(10_000)}x${'_'.repeat(10_000)}`],
    ['10k strikethrough', `${'~~'.repeat(5_000)}x${'~~'.repeat(5_000)}`],
    ['10k emphasis openers', `${'*'.repeat(10_000)}x${'*'.repeat(10_000)}`],
    ['10k nested emphasis', `${'*a '.repeat(10_000)}x`],
    ['10k brackets', `${'['.repeat(10_000)}x${'](https://ok.example)'.repeat(10_000)}`],
    ['10k link openers', '[a]('.repeat(10_000)],
    ['10k image openers', '![a]('.repeat(10_000)],
    ['10k backticks', '`'.repeat(10_000)],
    ['10k angle brackets', '<'.repeat(10_000)],
  ];

  for (const [name, source] of deep) {
    it(`bounds depth and stays safe: ${name}`, () => {
      const html = render(source);
      expect(unsafeParts(html)).toEqual([]);
      expect(maxDepth(html)).toBeLessThanOrEqual(MAX_MARKDOWN_NESTING + MAX_INLINE_NESTING);
    });
  }
});
