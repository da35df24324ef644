import { CANONICAL_MODEL } from '../../core/mapping/canonical-model';
import type { CanonicalTable, FieldMatch } from '../../core/mapping/mapping-types';
import { msg } from '../../core/shared/msg';
import { normalizeHeader } from './header-match';
import { joinEvidence, repeatingKeyEvidence } from './propose-evidence';
import { KEY_UNIQUE, type ShapedColumn } from './shape-match';

/**
 * A header-matched key whose values repeat is still proposed (its header says what it is) but with low
 * confidence, so the user confirms it: an id column is a key only if its values are unique enough.
 * The composite dise key and the keyless death table are not checked.
 */
export function adjustForKeys(
  target: CanonicalTable,
  matches: Record<string, FieldMatch>,
  shaped: readonly ShapedColumn[],
): void {
  if (target === 'dise' || target === 'death') return;
  for (const field of CANONICAL_MODEL[target].filter((f) => f.isKey)) {
    const m = matches[field.name];
    if (!m || m.reason === 'value-shape' || m.reason === 'constant') continue;
    const col = shaped.find((c) => c.name === m.column);
    const unique = col?.unique ?? col?.shape.distinct;
    if (unique === undefined || unique >= KEY_UNIQUE || (col?.shape.filled ?? 0) === 0) continue;
    const evidence = m.evidence
      ? joinEvidence([m.evidence, repeatingKeyEvidence(unique)])
      : repeatingKeyEvidence(unique);
    matches[field.name] = { ...m, score: Math.min(m.score, 0.5), evidence };
  }
}

/**
 * A settlement file names one of its two ids and not the other: one settlement per visit is how
 * settlement extracts are laid out (a claim per visit in English claims files, 住院号 or 结算流水号 alone
 * in hospital and bureau exports), so the same column is proposed for the other id too — for
 * confirmation, since a stay settled in parts (中途结算) would break it; the key check then lowers the
 * confidence further if the column repeats. Fee lines and diagnoses can then join on either id.
 */
export function sameColumnForBothIds(target: CanonicalTable, matches: Record<string, FieldMatch>): void {
  if (target !== 'setl') return;
  const setl = matches.setl_id;
  const visit = matches.mdtrt_id;
  // Only an id its header names: an id found by value shape alone is not reused for the other role.
  const named = (m: FieldMatch | undefined): m is FieldMatch =>
    m !== undefined && (m.reason === 'header' || m.reason === 'header-fuzzy');
  if (named(setl) && !visit) {
    const claim = normalizeHeader(setl.column).includes('claim');
    matches.mdtrt_id = {
      column: setl.column,
      score: 0.7,
      reason: 'header-fuzzy',
      evidence: claim
        ? msg(
            `没有就诊ID列；一份理赔（${setl.column}）即一次就诊，同一列也作就诊ID`,
            `no visit id column; one claim (${setl.column}) is one visit, so the same column is the visit id too`,
          )
        : msg(
            `没有就诊ID列；一次结算即一次就诊（${setl.column}），同一列也作就诊ID`,
            `no visit id column; one settlement (${setl.column}) is one visit, so the same column is the visit id too`,
          ),
    };
  } else if (named(visit) && !setl) {
    matches.setl_id = {
      column: visit.column,
      score: 0.7,
      reason: 'header-fuzzy',
      evidence: msg(
        `没有结算ID列；一次就诊一次结算（${visit.column}），同一列也作结算ID`,
        `no settlement id column; one visit (${visit.column}) is settled once, so the same column is the settlement id too`,
      ),
    };
  }
}

const ADMISSION = new Set(
  ['入院日期', '入院时间', '住院日期', 'admission date', 'adm_date', 'AdmissionDt', 'admit date'].map(
    normalizeHeader,
  ),
);
const DISCHARGE = new Set(
  ['出院日期', '出院时间', 'discharge date', 'dscg_date', 'DischargeDt'].map(normalizeHeader),
);

/** A constant proposed for a field, with its reason. */
export interface ProposedConstant {
  readonly field: string;
  readonly value: string;
  readonly match: FieldMatch;
}

/**
 * A settlement file with admission and discharge dates and no care-type column is a file of inpatient
 * stays: med_type is proposed as the constant 21 (普通住院), for confirmation. `named` holds every field
 * some header names: a column named 医疗类别 anywhere rules the constant out.
 */
export function inpatientConstant(
  target: CanonicalTable,
  matches: Readonly<Record<string, FieldMatch>>,
  named: ReadonlySet<string>,
): ProposedConstant | undefined {
  const begin = matches.begndate;
  const end = matches.enddate;
  if (target !== 'setl' || named.has('med_type') || !begin || !end) return undefined;
  const names = (m: FieldMatch) => [
    normalizeHeader(m.column),
    normalizeHeader(m.column.replace(/[(（].*$/, '')),
  ];
  if (!names(begin).some((n) => ADMISSION.has(n)) || !names(end).some((n) => DISCHARGE.has(n)))
    return undefined;
  return {
    field: 'med_type',
    value: '21',
    match: {
      column: '',
      score: 0.6,
      reason: 'constant',
      evidence: msg(
        `有入院日期（${begin.column}）和出院日期（${end.column}），没有医疗类别列 → 按住院：21 普通住院`,
        `admission (${begin.column}) and discharge (${end.column}) dates and no care-type column → inpatient stays: 21`,
      ),
    },
  };
}

/** Headers that say a file is a pharmacy's: its institution is a 药店, its settlement a purchase (购药). */
const PHARMACY_WORDS = ['药店', '药房', '购药', 'pharmacy', 'drugstore'];

/**
 * A settlement file of pharmacy purchases (the institution column is a 药店's, or the settlement id or
 * date is a 购药's) with no care-type column: med_type is proposed as the constant 41 (定点药店购药), for
 * confirmation. `named` holds every field some header names: a column named 医疗类别 anywhere rules the
 * constant out.
 */
export function pharmacyConstant(
  target: CanonicalTable,
  matches: Readonly<Record<string, FieldMatch>>,
  named: ReadonlySet<string>,
): ProposedConstant | undefined {
  if (target !== 'setl' || named.has('med_type')) return undefined;
  const telling = ['fixmedins_code', 'fixmedins_name', 'setl_id', 'begndate']
    .map((f) => matches[f])
    .find(
      (m) =>
        m && m.reason !== 'constant' && PHARMACY_WORDS.some((w) => normalizeHeader(m.column).includes(w)),
    );
  if (!telling) return undefined;
  return {
    field: 'med_type',
    value: '41',
    match: {
      column: '',
      score: 0.6,
      reason: 'constant',
      evidence: msg(
        `列“${telling.column}”表明是药店购药，没有医疗类别列 → 按药店购药：41 定点药店购药`,
        `column "${telling.column}" says these are pharmacy purchases and there is no care-type column → 41 (pharmacy purchase)`,
      ),
    },
  };
}
