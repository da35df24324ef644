import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { gbLineExample, gbTextStats, isImplausibleGb } from '../../../workers/loaders/gb-text-stats';

const encode = (s: string, encoding: string) => new Uint8Array(iconv.encode(s, encoding));
const CHINESE =
  '结算ID,科室,金额,姓名\nS001,内科门诊,12.50,张三丰\nS002,外科病房,3.00,李淼淼\nS003,眼科,4,王堃\n';
const JAPANESE = '患者番号,氏名,住所\nP001,山田太郎,東京都新宿区\nP002,佐藤花子,大阪府大阪市北区\n';

describe('gbTextStats / isImplausibleGb', () => {
  it('finds Chinese GBK text plausible, a rare name character included', () => {
    const stats = gbTextStats(encode(CHINESE, 'gbk'));
    expect(stats).toEqual({ common: 25, rare: 1, rareLines: [4] });
    expect(isImplausibleGb(stats)).toBe(false);
  });

  it('finds Shift-JIS, Big5 and UTF-8 Chinese, read as GBK, implausible', () => {
    expect(isImplausibleGb(gbTextStats(encode(JAPANESE, 'shift_jis')))).toBe(true);
    expect(isImplausibleGb(gbTextStats(encode(CHINESE, 'big5')))).toBe(true);
    expect(isImplausibleGb(gbTextStats(new TextEncoder().encode(CHINESE)))).toBe(true);
  });

  it('needs enough characters to judge', () => {
    expect(isImplausibleGb(gbTextStats(encode('番号,氏名\n', 'shift_jis')))).toBe(false);
  });

  it('shows the start of a line as GBK reads it', () => {
    const bytes = encode(JAPANESE, 'shift_jis');
    expect(gbLineExample(bytes, 2)).toBe(
      new TextDecoder('gb18030').decode(encode('P001,山田太郎,東京都新宿区', 'shift_jis')),
    );
    expect(gbLineExample(bytes, 9)).toBe('');
  });
});
