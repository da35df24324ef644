import type { ItemKey } from './catalog-items';
import type { DepartmentKey } from './departments';

/** Chronic conditions a person may carry, as bit flags (they drive 门诊慢特病 visits and admissions). */
export const CHRONIC = { hypertension: 1, diabetes: 2, coronary: 4, copd: 8, cancer: 16 } as const;

/** Where a condition is treated. */
export type Setting = 'outpatient' | 'inpatient';

/**
 * A diagnosis (ICD-10 医保版 2.0 code and name) with the care it usually brings. Lists name catalogue
 * items; the line builders pick from them.
 */
export interface Condition {
  readonly codg: string;
  readonly name: string;
  readonly dept: DepartmentKey;
  readonly setting: Setting;
  /** Relative frequency among the conditions a person is eligible for. */
  readonly weight: number;
  readonly sex?: 1 | 2;
  readonly minAge?: number;
  readonly maxAge?: number;
  /** Lowest hospital level that admits it (surgery needing equipment). */
  readonly minLevel?: 2 | 3;
  /** Chronic flag that makes it more likely (×4) or that it requires (chronic visit conditions). */
  readonly chronic?: number;
  /** Outpatient: oral drugs; inpatient: injections given daily. */
  readonly drugs: readonly ItemKey[];
  /** Replacement `drugs` for children under 14. */
  readonly childDrugs?: readonly ItemKey[];
  /** Inpatient: oral drugs dispensed on admission and at discharge. */
  readonly oral?: readonly ItemKey[];
  readonly labs?: readonly ItemKey[];
  readonly exams?: readonly ItemKey[];
  /** Treatments: once per outpatient visit, or daily during a stay. */
  readonly treatments?: readonly ItemKey[];
  /** Inpatient: surgery, anaesthesia and implants on the operation day. */
  readonly procedure?: readonly ItemKey[];
  /** Share of stays that have the procedure (default 1 when there is one). */
  readonly procedureRate?: number;
  /** Inpatient: median length of stay in days at a level-2 hospital. */
  readonly los?: number;
  /** Inpatient: needs 一级护理 (first-level nursing) for the first days. */
  readonly severe?: boolean;
  /** Inpatient: prone to relapse soon after discharge (legitimate readmissions). */
  readonly relapsing?: boolean;
}
