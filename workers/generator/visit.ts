import type { Condition } from './conditions';
import { DEPARTMENTS } from './departments';
import type { Institution } from './institutions';
import type { CatalogItem } from './price-list';
import type { ScenarioId } from './scenarios/scenario-ids';

/** 医疗类别: 11 普通门诊, 14 门诊慢特病, 21 普通住院, 41 定点药店购药. */
export type MedType = '11' | '14' | '21' | '41';

/** One fee detail line (费用明细). Amount = cnt × pric, in cents, always exact. */
export interface FeeLine {
  readonly item: CatalogItem;
  readonly cnt: number;
  /** Unit price in cents. */
  readonly pric: number;
  /** Seconds since 1970-01-01 (civil time). */
  readonly time: number;
  readonly deptCode: string;
  readonly doctor: string;
  /** The scenario that planted this line (it is in the answer key), when one did. */
  readonly planted?: ScenarioId;
  /** The amount at issue in cents when it is not the whole line (an overcharge, an excess over a cap). */
  readonly atIssue?: number;
  /** 药品追溯码: one code per package, `;`-separated (written only when scenarios are on). */
  readonly trace?: string;
}

/** One visit (就诊) that ends in one settlement (结算). Times are seconds since 1970-01-01 (civil). */
export interface Visit {
  /** Stable per-person number of the plan step that created it (seeds its fee lines). */
  readonly key: number;
  readonly medType: MedType;
  readonly inst: Institution;
  /** Index into inst.departments, or −1 (pharmacy). */
  readonly deptIndex: number;
  /** Attending doctor code, or '' (pharmacy). */
  readonly doctor: string;
  /** Main diagnosis, or null (pharmacy purchases carry none). */
  readonly condition: Condition | null;
  readonly begin: number;
  readonly end: number;
  readonly setlTime: number;
  /** Fee lines, filled after planning. */
  lines: FeeLine[];
  /** The scenario that planted this whole visit (it is in the answer key), when one did. */
  planted?: ScenarioId;
  /** CHS-DRG group of a stay (written only when scenarios are on); its last digit 1 MCC, 3 CC, 5 neither. */
  drg?: string;
}

/** The department code of a visit, or '' when it has none (pharmacy). */
export function visitDeptCode(visit: Visit): string {
  const key = visit.inst.departments[visit.deptIndex];
  return key === undefined ? '' : DEPARTMENTS[key].code;
}
