import { describe, expect, it } from 'vitest';
import { cleanIdPrefix, HeadingSlugger, slugify } from '../../../src/markdown/heading-slug';

describe('slugify', () => {
  it('keeps Chinese, letters and digits and joins the rest with single dashes', () => {
    expect(slugify('第一章 概览')).toBe('第一章-概览');
    expect(slugify('Fee > 1,000?')).toBe('fee-1-000');
    expect(slugify('  --Hello__World--  ')).toBe('hello__world');
    expect(slugify('ＡＢＣ１２３')).toBe('abc123');
  });

  it('falls back to "section" and cuts very long text', () => {
    expect(slugify('?!')).toBe('section');
    expect(slugify('')).toBe('section');
    expect([...slugify('长'.repeat(500))]).toHaveLength(80);
  });
});

describe('HeadingSlugger', () => {
  it('never hands out the same slug twice, even against literal suffixes', () => {
    const slugger = new HeadingSlugger();
    expect(['a', 'a', 'a-1', 'a'].map((t) => slugger.slug(t))).toEqual(['a', 'a-1', 'a-1-1', 'a-2']);
  });
});

describe('cleanIdPrefix', () => {
  it('turns whitespace into dashes', () => {
    expect(cleanIdPrefix(' cell 1 ')).toBe('cell-1');
  });
});
