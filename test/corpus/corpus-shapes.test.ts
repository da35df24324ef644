import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { bureauGbkLayout } from './layouts/bureau-gbk';
import { englishClaimsLayout } from './layouts/english-claims';
import { nationalCodesLayout } from './layouts/national-codes';
import { pharmacyRetailLayout } from './layouts/pharmacy-retail';

const text = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);
const header = (t: string): string[] => t.split('\r\n')[0]!.split(',');

/** The corpus carries the shapes it claims: what the acceptance test relies on being hard. */
describe('the corpus files', () => {
  it('(a) are GB18030 with Chinese headers, four date spellings, grouped amounts, and fee lines without institution or visit id', () => {
    const [setl, fee, death] = bureauGbkLayout().files.map((f) =>
      iconv.decode(Buffer.from(f.bytes), 'gb18030'),
    );
    expect(() =>
      new TextDecoder('utf-8', { fatal: true }).decode(bureauGbkLayout().files[0]!.bytes),
    ).toThrow();
    expect(header(setl!)).toContain('出生日期');
    for (const spelling of [
      /,\d{4}-\d{2}-\d{2},/,
      /,\d{4}\/\d{1,2}\/\d{1,2},/,
      /,\d{8},/,
      /,\d{4}年\d{1,2}月\d{1,2}日,/,
    ]) {
      expect(setl).toMatch(spelling);
    }
    expect(setl).toMatch(/,"\d{1,3}(,\d{3})+\.\d{2}",/);
    expect(header(fee!)).not.toContain('医疗机构编码');
    expect(header(fee!).some((h) => h.includes('就诊'))).toBe(false);
    expect(header(death!)).toEqual(['个人编号', '姓名', '死亡日期']);
  });

  it('(c) has no care-type column and no line times', () => {
    const [purchases, lines] = pharmacyRetailLayout().files.map((f) => header(text(f.bytes)));
    expect(purchases).not.toContain('医疗类别');
    expect(lines).toContain('追溯码');
    expect(lines!.some((h) => h.includes('时间'))).toBe(false);
  });

  it('(d) uses national field codes in another order, with columns the model lacks', () => {
    const [setl] = nationalCodesLayout().files.map((f) => header(text(f.bytes)));
    expect(setl![0]).not.toBe('setl_id');
    expect(setl).toEqual(expect.arrayContaining(['setl_id', 'psn_no', 'clr_type', 'hifmi_pay', 'memo']));
  });

  it('(e) spells nulls NA, the living with DOD NA, and sex as 1/2', () => {
    const [claims, bene] = englishClaimsLayout().files.map((f) => text(f.bytes));
    expect(claims).toMatch(/,NA,/);
    const rows = bene!
      .trim()
      .split('\r\n')
      .slice(1)
      .map((r) => r.split(','));
    expect(rows.some((r) => r[2] === 'NA')).toBe(true);
    expect(new Set(rows.map((r) => r[3]))).toEqual(new Set(['1', '2']));
  });
});
