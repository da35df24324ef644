import { describe, expect, it } from 'vitest';
import { FIELDS } from '../../../core/mapping/canonical-fields';
import { headerForms, normalizeHeader, scoreHeader } from '../../../workers/mapping/header-match';

const score = (header: string, field: keyof typeof FIELDS) => scoreHeader(headerForms(header), FIELDS[field]);

describe('normalizeHeader', () => {
  it('folds case, width, spaces, underscores and punctuation', () => {
    expect(normalizeHeader('SETL_ID')).toBe('setlid');
    expect(normalizeHeader(' Psn No ')).toBe('psnno');
    expect(normalizeHeader('ＳＥＴＬ－ＩＤ')).toBe('setlid');
    expect(normalizeHeader('医疗费 总额')).toBe('医疗费总额');
  });
});

describe('headerForms', () => {
  it('drops bracketed units, keeps the bracketed text as another form, and drops table aliases', () => {
    expect(headerForms('医疗费总额（元）').map((f) => f.full)).toEqual(['医疗费总额', '元']);
    expect(headerForms('结算ID[setl_id]').map((f) => f.full)).toEqual(['结算id', 'setlid']);
    expect(headerForms('a.psn_no').map((f) => f.full)).toEqual(['apsnno', 'psnno']);
  });

  it('splits code and name suffixes off the stem', () => {
    expect(headerForms('医疗类别代码')[0]).toEqual({
      full: '医疗类别代码',
      stem: '医疗类别',
      suffix: 'code',
    });
    expect(headerForms('医院名称')[0]).toEqual({ full: '医院名称', stem: '医院', suffix: 'name' });
    expect(headerForms('床号')[0]).toEqual({ full: '床号', stem: '床号', suffix: 'none' });
  });
});

describe('scoreHeader', () => {
  it('scores an exact synonym 1', () => {
    expect(score('结算流水号', 'setl_id')).toEqual({
      score: 1,
      reason: 'header',
      synonym: '结算流水号',
      rank: 2,
    });
    expect(score('医疗费总额(元)', 'medfee_sumamt')).toMatchObject({ score: 1, reason: 'header' });
    expect(score('HIFP_PAY', 'hifp_pay')).toEqual({
      score: 1,
      reason: 'header',
      synonym: 'hifp_pay',
      rank: 0,
    });
  });

  it('matches across code suffixes', () => {
    expect(score('性别代码', 'gend')).toMatchObject({ score: 0.85, reason: 'header-fuzzy', synonym: '性别' });
    expect(score('医院代码', 'fixmedins_code')).toMatchObject({
      score: 0.9,
      reason: 'header-fuzzy',
      synonym: '医院编码',
    });
  });

  it('takes a name column for a code field only weakly', () => {
    expect(score('入院科室名称', 'adm_dept_codg')?.score).toBe(0.75);
    expect(score('医院名称', 'fixmedins_code')?.score).toBe(0.6);
    expect(score('医院名称', 'fixmedins_name')?.score).toBe(1);
  });

  it('matches a header that contains a long enough synonym', () => {
    const hit = score('本次统筹基金支出金额', 'hifp_pay');
    expect(hit?.reason).toBe('header-fuzzy');
    expect(hit?.score).toBeGreaterThan(0.6);
    expect(hit?.score).toBeLessThan(0.85);
    // "金额" is too small a part of "个人自付金额" to call it the line amount
    expect(score('个人自付金额', 'det_item_fee_sumamt')).toBeNull();
  });

  it('does not match unrelated headers', () => {
    expect(score('column1', 'cnt')).toBeNull();
    expect(score('出院日期', 'begndate')).toBeNull();
    expect(score('结算日期', 'setl_id')).toBeNull();
  });
});
