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
 * An English claims file has one claim per visit and no visit id: its claim id (ClaimID) also feeds
 * mdtrt_id, so fee lines and diagnoses can join on the visit. Proposed for confirmation.
 */
export function visitFromClaim(target: CanonicalTable, matches: Record<string, FieldMatch>): void {
  const setl = matches.setl_id;
  if (target !== 'setl' || matches.mdtrt_id || !setl || !normalizeHeader(setl.column).includes('claim'))
    return;
  matches.mdtrt_id = {
    column: setl.column,
    score: 0.7,
    reason: 'header-fuzzy',
    evidence: msg(
      `没有就诊ID列；一份理赔（${setl.column}）即一次就诊，同一列也作就诊ID`,
      `no visit id column; one claim (${setl.column}) is one visit, so the same column is the visit id too`,
    ),
  };
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
