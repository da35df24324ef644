import type { ColumnInfo } from '../../../workers/api';

/** A small extract for the mapper: headers, and rows of text values (null for a missing cell). */
export interface Extract {
  readonly columns: readonly ColumnInfo[];
  readonly samples: Record<string, (string | null)[]>;
}

/** Builds an extract from headers and column generators over row index 0..n-1. */
export function extract(
  headers: readonly string[],
  generators: readonly ((i: number) => string | null)[],
  n = 20,
): Extract {
  const columns = headers.map((name) => ({ name, type: 'VARCHAR' }));
  const samples = Object.fromEntries(
    headers.map((h, c) => [h, Array.from({ length: n }, (_, i) => generators[c]?.(i) ?? null)]),
  );
  return { columns, samples };
}

/** The same values under unlabeled headers, as DuckDB names them without a header row. */
export function unlabeled(e: Extract): Extract {
  const columns = e.columns.map((c, i) => ({ name: `column${i}`, type: c.type }));
  const samples = Object.fromEntries(e.columns.map((c, i) => [`column${i}`, e.samples[c.name] ?? []]));
  return { columns, samples };
}

const pad = (n: number, w: number) => String(n).padStart(w, '0');
const hospitals = [
  '长沙市第一医院',
  '湘雅医院',
  '岳麓区望月湖社区卫生服务中心',
  '老百姓大药房',
  '望城区人民医院',
];
const surnames = ['张', '李', '王', '赵', '欧阳', '陈', '刘', '黄'];
const givenNames = ['伟', '芳', '娜娜', '敏', '静', '晓东', '磊'];
const drugs = [
  '阿莫西林胶囊',
  '头孢克肟片',
  '0.9%氯化钠注射液',
  '血常规检查',
  '一般诊疗费',
  '布洛芬缓释胶囊',
];

/** Column generators for a settlement extract, in platform-field order. */
export const setlValues = {
  setl_id: (i: number) => `430100G${pad(1000000 + i * 7, 13)}`,
  mdtrt_id: (i: number) => `430100M${pad(2000000 + i * 3, 13)}`,
  psn_no: (i: number) => `43000011${pad(300000 + i * 11, 12)}`,
  fixmedins_code: (i: number) => `H430101${pad(i % 5, 5)}`,
  fixmedins_name: (i: number) => hospitals[i % 5] ?? '',
  medins_lv: (i: number) => ['三级', '二级', '一级'][i % 3] ?? '',
  insutype: (i: number) => (i % 3 ? '310' : '390'),
  med_type: (i: number) => ['11', '21', '14', '41'][i % 4] ?? '',
  begndate: (i: number) => `2024-0${1 + (i % 6)}-${pad(1 + i, 2)}`,
  enddate: (i: number) => `2024-0${1 + (i % 6)}-${pad(3 + i, 2)}`,
  setl_time: (i: number) => `2024-0${1 + (i % 6)}-${pad(3 + i, 2)} 10:${pad(i, 2)}:00`,
  dise_codg: (i: number) => ['J18.900', 'I10.x00x002', 'E11.900', 'K35.800'][i % 4] ?? '',
  medfee_sumamt: (i: number) => `${(1000 + i * 37.5).toFixed(2)}`,
  hifp_pay: (i: number) => `${((1000 + i * 37.5) * 0.6).toFixed(2)}`,
  acct_pay: (i: number) => `${((1000 + i * 37.5) * 0.1).toFixed(2)}`,
  psn_cash_pay: (i: number) => `${((1000 + i * 37.5) * 0.3).toFixed(2)}`,
  insu_admdvs: () => '430102',
};

/** Column generators for a fee detail extract. */
export const feeValues = {
  feedetl_sn: (i: number) => `FD${pad(900000 + i, 10)}`,
  setl_id: (i: number) => `430100G${pad(1000000 + (i >> 2), 13)}`,
  fee_ocur_time: (i: number) => `2024-03-${pad(1 + (i % 28), 2)} 08:${pad(i, 2)}:00`,
  hilist_code: (i: number) =>
    ['XJ01CAA040A001010100483', 'XJ01DDA093A001010101961', '001202000010000', 'ZA01AAG0012010100448'][
      i % 4
    ] ?? '',
  hilist_name: (i: number) => drugs[i % drugs.length] ?? '',
  cnt: (i: number) => String(1 + (i % 4)),
  pric: (i: number) => ['12.50', '3.20', '25.00', '0.85'][i % 4] ?? '',
  det_item_fee_sumamt: (i: number) =>
    ((1 + (i % 4)) * Number(['12.50', '3.20', '25.00', '0.85'][i % 4])).toFixed(2),
};

/** Column generators for an insured-person extract. */
export const psnValues = {
  psn_no: (i: number) => `43000011${pad(300000 + i * 11, 12)}`,
  psn_name: (i: number) => `${surnames[i % surnames.length]}${givenNames[i % givenNames.length]}`,
  gend: (i: number) => (i % 2 ? '女' : '男'),
  brdy: (i: number) => `19${50 + i}-0${1 + (i % 9)}-1${i % 10}`,
  certno: (i: number) =>
    `43010219${50 + i}${pad(1 + (i % 9), 2)}${pad(10 + (i % 18), 2)}${pad((i * 7) % 1000, 3)}${i % 3 ? 'X' : '5'}`,
  insutype: (i: number) => (i % 3 ? '310' : '390'),
  insu_admdvs: (i: number) => (i % 2 ? '430102' : '430104'),
};

/** Column generators for an institution extract. */
export const medinsValues = {
  fixmedins_code: (i: number) => `H430101${pad(i, 5)}`,
  fixmedins_name: (i: number) => hospitals[i % 5] ?? '',
  fixmedins_type: (i: number) => ['医院', '基层', '药店'][i % 3] ?? '',
  medins_lv: (i: number) => ['三级甲等', '二级', '一级'][i % 3] ?? '',
  admdvs: (i: number) => (i % 2 ? '430102' : '430104'),
  open_beds: (i: number) => String(100 + i * 50),
};
