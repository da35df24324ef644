import type { RuleDefinition } from '../../../core/rules/rule-types';
import { consumableMaxQty } from './consumable-max-qty';
import { drugCourseDays } from './drug-course-days';
import { drugIndication } from './drug-indication';
import { drugKindsExcess } from './drug-kinds-excess';
import { drugMaxQty } from './drug-max-qty';
import { drugSecondLine } from './drug-second-line';
import { duplicatePrescribing } from './duplicate-prescribing';
import { herbalExcluded } from './herbal-excluded';
import { herbalSingle } from './herbal-single';
import { serviceCourseDays } from './service-course-days';

/** The library's drug-use and quantity rules (one file each, listed here). */
export const DRUG_USE_RULES: readonly RuleDefinition[] = [
  herbalExcluded,
  herbalSingle,
  drugSecondLine,
  drugIndication,
  drugMaxQty,
  drugCourseDays,
  serviceCourseDays,
  drugKindsExcess,
  duplicatePrescribing,
  consumableMaxQty,
];
