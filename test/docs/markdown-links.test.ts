import { describe, expect, it } from 'vitest';
import { headingAnchors, isExternal, markdownLinks, withoutCode } from './markdown-links';

describe('markdownLinks', () => {
  it('finds inline links, images, reference definitions, autolinks and bare addresses with their lines', () => {
    const text = [
      'See [the CLI](docs/cli.md#exit-codes) and ![logo](<img/a b.png> "Logo").',
      '',
      '[ref]: docs/security.md',
      'Mail <mailto:a@example.org> or visit https://example.org/x.',
    ].join('\n');
    expect(markdownLinks(text)).toEqual([
      { target: 'docs/cli.md#exit-codes', line: 1, form: 'inline' },
      { target: 'img/a b.png', line: 1, form: 'inline' },
      { target: 'docs/security.md', line: 3, form: 'reference' },
      { target: 'mailto:a@example.org', line: 4, form: 'autolink' },
      { target: 'https://example.org/x.', line: 4, form: 'bare' },
    ]);
  });

  it('ignores links in fenced code blocks and code spans, but keeps those after them', () => {
    const text = [
      '```sh',
      'curl -sI https://host/ [a](b.md)',
      '```',
      '````text',
      '```sql',
      '[c](d.md)',
      '```',
      '````',
      'Run `x [e](f.md) https://g` then read [h](i.md).',
    ].join('\n');
    expect(markdownLinks(text)).toEqual([{ target: 'i.md', line: 9, form: 'inline' }]);
  });

  it('reports a web address written as link text or target once, as the link', () => {
    expect(markdownLinks('[https://a.org](https://a.org)')).toEqual([
      { target: 'https://a.org', line: 1, form: 'inline' },
    ]);
  });
});

describe('withoutCode', () => {
  it('blanks code but keeps every line break and offset', () => {
    const text = 'a `b` c\n```\nd\n```\ne';
    const blanked = withoutCode(text);
    expect(blanked).toHaveLength(text.length);
    expect(blanked.split('\n')).toEqual(['a     c', '   ', ' ', '   ', 'e']);
  });
});

describe('isExternal', () => {
  it('tells targets that leave the repository from relative paths', () => {
    expect(['https://a.org', 'http://a', 'mailto:x@y', '//cdn.org/x', 'www.a.org', 'file:///etc']).toSatisfy(
      (targets: string[]) => targets.every(isExternal),
    );
    expect(['docs/cli.md', './a.md', '../b.md', '#top', 'notebooks/']).toSatisfy((targets: string[]) =>
      targets.every((t) => !isExternal(t)),
    );
  });
});

describe('headingAnchors', () => {
  it('makes GitHub anchors, numbering repeated headings and skipping code', () => {
    const text = [
      '# Headless runner (`claimlens` CLI)',
      '## Exit codes',
      '## Exit codes',
      '```md',
      '## Not a heading',
      '```',
      '### 医保 Rules & knowledge',
    ].join('\n');
    expect([...headingAnchors(text)]).toEqual([
      'headless-runner-claimlens-cli',
      'exit-codes',
      'exit-codes-1',
      '医保-rules--knowledge',
    ]);
  });
});
