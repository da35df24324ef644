/**
 * What a column's sample values look like, for columns whose header did not say what they are.
 * Pure functions over the sampled text (sample-columns.ts casts every value to VARCHAR).
 */

/** The value shapes the mapper recognises. */
export type ShapeKind =
  | 'certno'
  | 'catalogue-code'
  | 'medins-code'
  | 'icd'
  | 'datetime'
  | 'admdvs'
  | 'gend'
  | 'medins-lv'
  | 'insutype'
  | 'list-type'
  | 'chrgitm-type'
  | 'med-type'
  | 'medins-type'
  | 'institution-name'
  | 'drug-name'
  | 'person-name'
  | 'number'
  | 'id'
  | 'unknown';

/** A column's shape, with what later steps need to tell similar columns apart. */
export interface ColumnShape {
  readonly kind: ShapeKind;
  /** 0..1: how sure the shape is (a 男/女 column is surer gend than a 1/2 column). */
  readonly confidence: number;
  /**
   * Per sampled row, the number (when every non-blank sample is numeric, whatever the kind: a quantity
   * column of 1, 2, 3 also looks like institution levels) or epoch ms (for `datetime`); otherwise empty.
   */
  readonly values: readonly (number | null)[];
  /** `values` holds numbers, all of them whole. */
  readonly isInteger: boolean;
  /** Share of distinct values among the non-blank samples. */
  readonly distinct: number;
  /** Share of the non-blank samples that fit `kind` (the evidence shown for a value-shape match). */
  readonly fit: number;
  /** Share of the samples that are not blank. */
  readonly filled: number;
}

/** Matching share of non-blank samples required for a shape. */
const MIN_SHARE = 0.9;

const re = {
  certno: /^\d{17}[\dX]$/i,
  drug: /^[XZT][A-Z0-9]{9,29}$/,
  consumable: /^C\d{2}[A-Z0-9.-]{8,30}$/,
  item15: /^\d{15}$/,
  medins: /^[HP]\d{11}$/,
  icd: /^[A-Z]\d{2}(\.[0-9A-Za-z]{1,8})?([+*][A-Z]\d{2}[0-9A-Za-z.]*)?$/,
  admdvs: /^[1-8]\d{5}$/,
  gendLabel: /^(男|女|男性|女性|未知|未说明|m|f|male|female)$/i,
  gendCode: /^[0129]$/,
  lvLabel: /^([一二三]级.*|[123]级|[一二三][甲乙丙]|未定级|无等级)$/,
  lvCode: /^[0123]$/,
  insutype: /^(3[1-9]\d|410|510)$/,
  listType: /^(10[1-3]|20[1-2]|30[1-2])$/,
  chrgitm: /^(0[1-9]|1[0-4])$/,
  medTypeLabel:
    /^(普通门诊|门诊|急诊|门诊慢特病|门诊特殊病|门特|门慢|普通住院|住院|日间手术|定点药店购药|药店购药|购药|生育门诊|生育住院|家庭病床)$/,
  medTypeCode: /^(1[1-9]|2[1-9]|41|5[1-3]|99\d{2})$/,
  medinsType:
    /^(医院|基层|基层医疗机构|药店|零售药店|定点药店|门诊部|诊所|卫生院|乡镇卫生院|卫生室|村卫生室|社区卫生服务中心|社区卫生服务站|专科医院|综合医院)$/,
  institution: /(医院|卫生院|卫生服务中心|卫生服务站|卫生室|诊所|门诊部|保健院|药店|药房|大药房|医疗中心)$/,
  // Drug and service item names: dosage forms, and the endings of service items (诊查费, 血常规检查…).
  itemName:
    /(片|胶囊|注射液|注射剂|颗粒|口服液|丸|散|膏|糖浆|滴眼液|喷雾剂|栓|贴|粉针|针|液|饮片|费|检查|检测|测定|治疗|护理|手术|注射|输液|材料|导管)$/,
  personName: /^[\u3400-\u9fff·]{2,4}$/,
  number: /^[-+]?[¥￥]?\s*[-+]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/,
  id: /^[A-Za-z0-9_-]{6,40}$/,
  date: /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[ T](\d{1,2})[:时](\d{1,2})(?:[:分](\d{1,2})(?:\.\d+)?秒?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/,
  compactDate: /^(\d{4})(\d{2})(\d{2})(?:(\d{2})(\d{2})(\d{2}))?$/,
};

/** Epoch ms of a date-like text, or null (months and days are range-checked, so 20241399 is not a date). */
export function parseDateValue(text: string): number | null {
  const m = re.date.exec(text) ?? re.compactDate.exec(text);
  if (!m) return null;
  const [y, mo, d, h, mi, s] = m.slice(1, 7).map((x) => (x === undefined ? 0 : Number(x)));
  if (!y || y < 1900 || y > 2100 || !mo || mo > 12 || !d || d > 31 || (h ?? 0) > 24 || (mi ?? 0) > 59) {
    return null;
  }
  return Date.UTC(y, mo - 1, d, h ?? 0, mi ?? 0, s ?? 0);
}

function parseNumber(text: string): number | null {
  if (!re.number.test(text)) return null;
  const n = Number(text.replace(/[,¥￥\s]/g, ''));
  return Number.isFinite(n) ? n : null;
}

function share(values: readonly string[], test: (v: string) => boolean): number {
  if (values.length === 0) return 0;
  return values.filter(test).length / values.length;
}

function isTypeNumeric(type: string): boolean {
  return /^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|FLOAT|DOUBLE|DECIMAL)/i.test(
    type,
  );
}

/** Classifies a column from its sampled values (and its DuckDB type, which settles dates and numbers). */
export function classifyColumn(samples: readonly (string | null)[], type = 'VARCHAR'): ColumnShape {
  const trimmed = samples.map((v) => (v === null ? '' : v.trim()));
  const present = trimmed.filter((v) => v !== '' && v !== 'NULL' && v !== 'null' && v !== '\\N');
  const distinct = present.length ? new Set(present).size / present.length : 0;
  const numberShare = isTypeNumeric(type) ? 1 : share(present, (v) => re.number.test(v));
  const isNumeric = present.length > 0 && numberShare >= MIN_SHARE;
  const numbers = isNumeric ? trimmed.map((v) => (v ? parseNumber(v) : null)) : [];
  const isInteger = isNumeric && numbers.every((n) => n === null || Number.isInteger(n));
  const filled = trimmed.length ? present.length / trimmed.length : 0;
  const base = { values: numbers, isInteger, distinct, filled };
  // The share of the last test that passed: the shape returned next is the one it tested.
  let fit = 1;
  const shape = (kind: ShapeKind, confidence: number): ColumnShape => ({ ...base, kind, confidence, fit });
  if (present.length === 0) return { ...shape('unknown', 0), fit: 0 };
  const shareOf = (test: (v: string) => boolean) => {
    const s = share(present, test);
    if (s >= MIN_SHARE) fit = s;
    return s;
  };
  const all = (r: RegExp) => shareOf((v) => r.test(v)) >= MIN_SHARE;

  if (/^(DATE|TIMESTAMP)/i.test(type) || shareOf((v) => parseDateValue(v) !== null) >= MIN_SHARE) {
    const times = trimmed.map((v) => (v ? parseDateValue(v) : null));
    return { ...shape('datetime', 0.6), values: times, isInteger: false };
  }
  if (all(re.certno)) return shape('certno', 0.85);
  if (all(re.medins)) return shape('medins-code', 0.8);
  const codeLike = (v: string) => re.drug.test(v) || re.consumable.test(v) || re.item15.test(v);
  const codeShare = share(present, codeLike);
  if (codeShare >= MIN_SHARE && (!all(re.item15) || distinct < 1)) {
    fit = codeShare;
    return shape('catalogue-code', 0.8);
  }
  if (all(re.icd)) return shape('icd', 0.8);
  if (all(re.gendLabel)) return shape('gend', 0.8);
  if (all(re.lvLabel)) return shape('medins-lv', 0.8);
  if (all(re.medTypeLabel)) return shape('med-type', 0.7);
  if (all(re.medinsType)) return shape('medins-type', 0.6);
  if (all(re.institution)) return shape('institution-name', 0.7);
  const nameShare = share(present, (v) => re.itemName.test(v));
  if (nameShare >= 0.5 && distinct > 0.1) return { ...shape('drug-name', 0.6), fit: nameShare };
  if (all(re.insutype)) return shape('insutype', 0.7);
  if (all(re.listType)) return shape('list-type', 0.7);
  if (all(re.chrgitm) && present.some((v) => v.startsWith('0'))) return shape('chrgitm-type', 0.6);
  if (all(re.admdvs)) return shape('admdvs', 0.5);
  if (all(re.gendCode) && present.some((v) => v === '1') && present.some((v) => v === '2')) {
    return shape('gend', 0.5);
  }
  // A 0/1 column is a flag, not a level: levels reach 2 or 3.
  if (all(re.lvCode) && present.some((v) => v === '2' || v === '3')) return shape('medins-lv', 0.4);
  const categories = new Set(present).size;
  if (all(re.medTypeCode) && categories > 1 && categories <= 10) return shape('med-type', 0.5);
  if (all(re.personName) && distinct >= 0.5) return shape('person-name', 0.5);
  // Unique whole numbers of six digits or more are identifiers, not quantities.
  if (isNumeric && !(isInteger && all(re.id) && distinct === 1)) {
    return { ...shape('number', 0.5), fit: numberShare };
  }
  // Identifiers: mostly distinct, or (a person id across claims) repeating but with digits in them.
  const isIdLike = all(re.id) && (distinct > 0.5 || (distinct > 0.1 && present.every((v) => /\d/.test(v))));
  if (isIdLike) return shape('id', 0.4);
  return { ...shape('unknown', 0), fit: 0 };
}
