import { describe, expect, it } from 'vitest';
import { classifyColumn, parseDateValue } from '../../../workers/mapping/value-shapes';

const kind = (values: (string | null)[], type?: string) => classifyColumn(values, type).kind;

describe('classifyColumn', () => {
  it('recognises national codes', () => {
    expect(kind(['XJ01CAA040A001010100483', 'ZA01AAG0012010100448', '001202000010000'])).toBe(
      'catalogue-code',
    );
    expect(kind(['H43010100001', 'P43010100002'])).toBe('medins-code');
    expect(kind(['J18.900', 'I10.x00x002', 'E11', null])).toBe('icd');
    expect(kind(['43010219800501123X', '430102198005011235'])).toBe('certno');
    expect(kind(['430102', '430104', '110101'])).toBe('admdvs');
  });

  it('tells 15-digit item codes from unique 15-digit identifiers', () => {
    expect(kind(['001202000010000', '001202000010000', '250101001000000'])).toBe('catalogue-code');
    expect(kind(['100000000000001', '100000000000002', '100000000000003'])).not.toBe('catalogue-code');
  });

  it('recognises dates in the formats seen in extracts, and typed date columns', () => {
    for (const v of [
      '2024-03-01',
      '2024/3/1',
      '20240301',
      '2024-03-01 08:30:00',
      '2024/3/1 8:30',
      '2024-03-01T08:30:00',
      '2024年3月1日',
    ]) {
      expect(kind([v, v]), v).toBe('datetime');
    }
    expect(kind(['2024-03-01'], 'DATE')).toBe('datetime');
    expect(kind(['20241399', '20241398'])).not.toBe('datetime');
  });

  it('recognises categorical codes and labels', () => {
    expect(kind(['男', '女', '女'])).toBe('gend');
    expect(classifyColumn(['1', '2', '1', '2']).confidence).toBeLessThan(
      classifyColumn(['男', '女']).confidence,
    );
    expect(kind(['三级甲等', '二级', '一级'])).toBe('medins-lv');
    expect(kind(['310', '390', '310'])).toBe('insutype');
    expect(kind(['101', '201', '301'])).toBe('list-type');
    expect(kind(['09', '03', '11'])).toBe('chrgitm-type');
    expect(kind(['普通门诊', '普通住院', '门诊慢特病'])).toBe('med-type');
    expect(kind(['医院', '基层', '药店'])).toBe('medins-type');
  });

  it('recognises names', () => {
    expect(kind(['长沙市第一医院', '望月湖社区卫生服务中心', '老百姓大药房'])).toBe('institution-name');
    expect(kind(['阿莫西林胶囊', '一般诊疗费', '头孢克肟片', '血常规检查'])).toBe('drug-name');
    expect(kind(['张伟', '李芳', '欧阳娜娜', '陈静'])).toBe('person-name');
  });

  it('reads numbers with separators and currency signs', () => {
    const s = classifyColumn(['1,234.50', '¥12', '-3.5', null]);
    expect(s.kind).toBe('number');
    expect(s.values).toEqual([1234.5, 12, -3.5, null]);
    expect(s.isInteger).toBe(false);
    expect(classifyColumn(['1', '2', '3']).isInteger).toBe(true);
  });

  it('falls back to id and unknown', () => {
    expect(kind(['FD0000000001', 'FD0000000002'])).toBe('id');
    expect(kind(['随便写写', 'x y z'])).toBe('unknown');
    expect(kind([null, '', '  '])).toBe('unknown');
  });
});

describe('parseDateValue', () => {
  it('parses padded and unpadded dates and range-checks them', () => {
    expect(parseDateValue('2024/3/1 8:30')).toBe(Date.UTC(2024, 2, 1, 8, 30));
    expect(parseDateValue('20240301083000')).toBe(Date.UTC(2024, 2, 1, 8, 30));
    expect(parseDateValue('2024-13-01')).toBeNull();
    expect(parseDateValue('1024-01-01')).toBeNull();
  });
});

describe('classifyColumn: numeric view', () => {
  it('keeps the numbers of a column that also looks like a code', () => {
    const s = classifyColumn(['1', '2', '3', '2']);
    expect(s.kind).toBe('medins-lv');
    expect(s.values).toEqual([1, 2, 3, 2]);
    expect(s.isInteger).toBe(true);
  });
});
