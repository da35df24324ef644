import { describe, expect, it } from 'vitest';
import {
  isAcceptedUrl,
  isAllowedImageSrc,
  isAllowedLinkHref,
  isExternalHref,
} from '../../../src/markdown/safe-url';

describe('safe URLs', () => {
  it('allows http(s), mailto and in-page links only', () => {
    for (const ok of ['https://a.cn/x', 'HTTP://A.CN', 'mailto:a@b.cn', '#top']) {
      expect(isAllowedLinkHref(ok), ok).toBe(true);
    }
    for (const bad of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      ' javascript:alert(1)',
      'vbscript:x',
      'data:text/html,x',
      'data:image/png;base64,AA',
      'file:///etc/passwd',
      '//evil.example',
      '/\\evil.example',
      'relative.md',
      '',
      ' https://a.cn',
      'https:evil.example',
    ]) {
      expect(isAllowedLinkHref(bad), bad).toBe(false);
    }
  });

  it('allows inline raster images only', () => {
    for (const ok of [
      'data:image/png;base64,AA',
      'DATA:IMAGE/JPEG;base64,AA',
      'data:image/webp,AA',
      'data:image/gif;x',
    ]) {
      expect(isAllowedImageSrc(ok), ok).toBe(true);
    }
    for (const bad of [
      'https://a.cn/p.png',
      'data:image/svg+xml,<svg>',
      'data:image/pngx;base64,AA',
      'p.png',
    ]) {
      expect(isAllowedImageSrc(bad), bad).toBe(false);
    }
  });

  it('accepts for markdown-it what a link or an image may use, and marks external links', () => {
    expect(isAcceptedUrl('data:image/png;base64,AA')).toBe(true);
    expect(isAcceptedUrl('#x')).toBe(true);
    expect(isAcceptedUrl('javascript:alert(1)')).toBe(false);
    expect(isExternalHref('https://a.cn')).toBe(true);
    expect(isExternalHref('mailto:a@b.cn')).toBe(false);
    expect(isExternalHref('#x')).toBe(false);
  });
});
