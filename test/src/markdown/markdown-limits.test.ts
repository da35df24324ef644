import { describe, expect, it } from 'vitest';
import { limitMarkdownSource } from '../../../src/markdown/markdown-limits';

describe('limitMarkdownSource', () => {
  it('returns short input unchanged', () => {
    expect(limitMarkdownSource('abc', 10)).toEqual({ text: 'abc', isTruncated: false });
    expect(limitMarkdownSource('abcdefghij', 10)).toEqual({ text: 'abcdefghij', isTruncated: false });
  });

  it('cuts at the last line end before the limit', () => {
    expect(limitMarkdownSource('line one\nline two is long', 15)).toEqual({
      text: 'line one',
      isTruncated: true,
    });
  });

  it('never splits a surrogate pair', () => {
    const { text, isTruncated } = limitMarkdownSource('ab😀cd', 3);
    expect(isTruncated).toBe(true);
    expect(text).toBe('ab');
  });
});
