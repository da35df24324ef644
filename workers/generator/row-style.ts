import { csvField } from './csv-writer';
import { DateFormatter } from './datetime-format';
import type { GenerateOptions } from './generate-options';
import { formatCents } from './money-format';
import type { MedType } from './visit';

const MED_TYPE_LABEL: Record<MedType, string> = {
  '11': '普通门诊',
  '14': '门诊慢特病',
  '21': '普通住院',
  '41': '定点药店购药',
};
const INSUTYPE_LABEL = { '310': '职工基本医疗保险', '390': '城乡居民基本医疗保险' } as const;
const LEVEL_LABEL = ['', '一级', '二级', '三级'] as const;

/**
 * How values are written in one header style. `code` is the national platform's own export: codes,
 * ISO dates, plain amounts, LF line ends. `zh` is what a spreadsheet export looks like: labels instead of
 * codes (性别 男/女, 医疗类别 普通住院 …), dates as 19650302 / 2024/3/1 / 2024/3/1 9:05:07, amounts with
 * thousands separators (so quoted), CRLF line ends.
 */
export interface RowStyle {
  readonly eol: string;
  readonly birthDate: (day: number) => string;
  /** 入院/出院日期 (code: full timestamp; zh: date only). */
  readonly visitDate: (seconds: number) => string;
  readonly setlTime: (seconds: number) => string;
  readonly feeTime: (seconds: number) => string;
  /** An amount in cents as a CSV field. */
  readonly money: (cents: number) => string;
  readonly gend: (gend: 1 | 2) => string;
  readonly level: (level: 0 | 1 | 2 | 3) => string;
  readonly medType: (medType: MedType) => string;
  readonly insutype: (insutype: '310' | '390') => string;
}

/** The row style for a header style. */
export function rowStyle(headers: GenerateOptions['headers']): RowStyle {
  if (headers === 'code') {
    const iso = new DateFormatter('iso');
    return {
      eol: '\n',
      birthDate: (day) => iso.day(day),
      visitDate: (s) => iso.timestamp(s),
      setlTime: (s) => iso.timestamp(s),
      feeTime: (s) => iso.timestamp(s),
      money: (cents) => formatCents(cents),
      gend: (g) => String(g),
      level: (l) => (l === 0 ? '' : String(l)),
      medType: (m) => m,
      insutype: (t) => t,
    };
  }
  const compact = new DateFormatter('compact');
  const slash = new DateFormatter('slash');
  const iso = new DateFormatter('iso');
  return {
    eol: '\r\n',
    birthDate: (day) => compact.day(day),
    visitDate: (s) => slash.day(Math.floor(s / 86_400)),
    setlTime: (s) => iso.timestamp(s),
    feeTime: (s) => slash.timestamp(s),
    money: (cents) => csvField(formatCents(cents, true)),
    gend: (g) => (g === 1 ? '男' : '女'),
    level: (l) => LEVEL_LABEL[l],
    medType: (m) => MED_TYPE_LABEL[m],
    insutype: (t) => INSUTYPE_LABEL[t],
  };
}
