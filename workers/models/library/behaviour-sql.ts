/**
 * SQL fragments the NHSA behaviour models share: the care setting of a settlement and the kind of a fee
 * line, read from national codes or their Chinese labels (extracts carry either), so every model reads
 * the data the same way whatever extract it came from.
 */
import type { ModelAvailableFields } from '../../../core/models/model-types';

/** The care setting of `medType` (医疗类别): 'inpatient', 'pharmacy', 'outpatient', 'other' or NULL. */
export function sceneSql(medType: string): string {
  const x = `trim(CAST(${medType} AS VARCHAR))`;
  return `(CASE WHEN ${medType} IS NULL THEN NULL
    WHEN ${x} LIKE '2%' OR contains(${x}, '住院') THEN 'inpatient'
    WHEN ${x} LIKE '41%' OR contains(${x}, '购药') OR contains(${x}, '药店') THEN 'pharmacy'
    WHEN ${x} LIKE '1%' OR contains(${x}, '门') OR contains(${x}, '急诊') THEN 'outpatient'
    ELSE 'other' END)`;
}

/** Whether the fee line's charge type (收费项目类别) is a drug: 09 西药, 10 中药饮片, 11 中成药, or such a label. */
export function isDrugSql(chargeType: string): string {
  const x = `trim(CAST(${chargeType} AS VARCHAR))`;
  return `(${x} IN ('09', '10', '11', '9') OR contains(${x}, '药'))`;
}

/**
 * Whether the fee line is substantive treatment (治疗 05, 手术 06, 卫材 08, drugs 09–11, or such a label),
 * as opposed to bed, nursing, ward rounds, registration, examinations and labs.
 */
export function isTreatmentSql(chargeType: string): string {
  const x = `trim(CAST(${chargeType} AS VARCHAR))`;
  return `(${x} IN ('05', '06', '08', '09', '10', '11', '5', '6', '8', '9')
    OR contains(${x}, '治疗') OR contains(${x}, '手术') OR contains(${x}, '材') OR contains(${x}, '药'))`;
}

/** Whether `table.field` holds a value in the loaded data (false when nothing is known). */
export function hasField(available: ModelAvailableFields | undefined, table: string, field: string): boolean {
  return available?.get(table)?.has(field) === true;
}

/** A number as a SQL literal (parameters reach `build` checked: finite and within bounds). */
export function num(value: unknown): string {
  const n = Number(value);
  if (!Number.isFinite(n)) throw new RangeError(`not a finite number: ${String(value)}`);
  return String(n);
}
