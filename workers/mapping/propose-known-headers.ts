import { msg, type Msg } from '../../core/shared/msg';
import { normalizeHeader, type HeaderForm } from './header-match';

/**
 * A header the mapper recognises although the canonical model has no field for it (age, ethnicity, an
 * address, secondary diagnoses, a US state code…). Such a column is left unmapped and is never given a
 * field by the look of its values: an age column of 20–90 is not a quantity, a race code of 1–5 is not
 * an institution level.
 */
export interface KnownHeader {
  readonly id: string;
  /** What the column holds, for the user. */
  readonly label: Msg;
  /** Whole headers, compared after normalisation (normalizeHeader). */
  readonly names: readonly string[];
  /** Header beginnings (normalised), for numbered or suffixed families: ClmDiagnosisCode_2…, ChronicCond_*. */
  readonly prefixes?: readonly string[];
}

/** Scores of a known header: a whole-name match, and a prefix match (below an exact field synonym). */
export const KNOWN_EXACT = 1;
/** A prefix match loses to an exact field synonym (ClmDiagnosisCode_1 is dise_codg, _2… are known). */
export const KNOWN_PREFIX = 0.95;

function known(id: string, zh: string, en: string, names: string[], prefixes?: string[]): KnownHeader {
  return { id, label: msg(zh, en), names, ...(prefixes ? { prefixes } : {}) };
}

/** The meaning-only headers (no canonical field). */
// prettier-ignore
export const KNOWN_HEADERS: readonly KnownHeader[] = [
  known('age', '年龄', 'age', ['年龄', '年龄岁', '岁数', '实足年龄', '就诊年龄', '患者年龄', 'age', 'age years']),
  known('ethnicity', '民族或种族', 'ethnicity or race', ['民族', '种族', 'race', 'ethnicity', 'ethnic group']),
  known('address', '地址', 'address', ['地址', '住址', '家庭住址', '联系地址', '现住址', '户籍地址', 'address']),
  known('phone', '电话', 'phone number', ['电话', '联系电话', '手机号', '手机号码', '电话号码', 'phone', 'telephone', 'mobile']),
  known('occupation', '职业或单位', 'occupation or employer', ['职业', '工作单位', '单位名称', '参保单位', 'occupation', 'employer']),
  known('marital', '婚姻状况', 'marital status', ['婚姻状况', '婚姻', 'marital status']),
  known('remark', '备注', 'remark', ['备注', '说明', '附注', 'remark', 'remarks', 'note', 'notes', 'comment']),
  known('row-number', '行号', 'row number', ['序号', '行号', 'row', 'row no', 'index', 'seq']),
  known('stay-days', '住院天数', 'length of stay', ['住院天数', '实际住院天数', '住院日数', 'los', 'length of stay']),
  known('secondary-diagnosis', '次要诊断', 'secondary diagnosis', [
    '次要诊断编码', '次要诊断', '其他诊断编码', '其他诊断', '次诊断编码', '次诊断', '第二诊断', 'secondary diagnosis',
  ], ['clmdiagnosiscode', 'othdiag', 'secondarydiag']),
  known('procedure', '手术或操作', 'procedure', ['手术编码', '手术操作编码', '手术名称', '手术操作名称', '操作编码', 'procedure code', 'procedure'], ['clmprocedurecode', 'icd9prcdrcd', 'prcdrcd']),
  known('other-physician', '其他医师', 'other physician', ['OperatingPhysician', 'OtherPhysician', '手术医生', '麻醉医生', 'operating physician', 'other physician']),
  known('us-region', '美国州或县代码（不是医保区划）', 'US state or county code (not a Chinese insurance region)', ['State', 'County', 'state code', 'county code']),
  known('chronic-condition', '慢性病标志', 'chronic condition flag', ['RenalDiseaseIndicator'], ['chroniccond']),
  known('annual-amount', '年度累计金额', 'annual total amount', [], ['ipannual', 'opannual', '年度累计', '年累计']),
  known('coverage-months', '参保月数', 'months of coverage', ['参保月数', '缴费月数'], ['noofmonths']),
  known('bed-days', '床日', 'bed days', ['床日', '床日数']),
];

const exact = new Map<string, KnownHeader>();
for (const k of KNOWN_HEADERS) for (const n of k.names) exact.set(normalizeHeader(n), k);

/** The known header a column's header names, with its score; null when it names none. */
export function matchKnownHeader(forms: readonly HeaderForm[]): { known: KnownHeader; score: number } | null {
  for (const f of forms) {
    const hit = exact.get(f.full);
    if (hit) return { known: hit, score: KNOWN_EXACT };
  }
  for (const f of forms) {
    for (const k of KNOWN_HEADERS) {
      if (k.prefixes?.some((p) => f.full.startsWith(p))) return { known: k, score: KNOWN_PREFIX };
    }
  }
  return null;
}
