import type { RuleDefinition } from '../../../core/rules/rule-types';
import { concurrentAdmission } from './concurrent-admission';
import { diagnosisAgeMismatch } from './diagnosis-age-mismatch';
import { diagnosisSexMismatch } from './diagnosis-sex-mismatch';
import { duplicateSettlement } from './duplicate-settlement';
import { frequentAdmission } from './frequent-admission';
import { frequentOutpatient } from './frequent-outpatient';
import { frequentPharmacy } from './frequent-pharmacy';
import { phantomStay } from './phantom-stay';
import { serviceAfterDeath } from './service-after-death';
import { settlementAfterDeath } from './settlement-after-death';
import { splitAdmission } from './split-admission';
import { traceCodeReuse } from './trace-code-reuse';
import { visitDuringStay } from './visit-during-stay';

/** The library's behaviour rules (one file each, listed here). */
export const BEHAVIOUR_RULES: readonly RuleDefinition[] = [
  splitAdmission,
  frequentOutpatient,
  frequentPharmacy,
  frequentAdmission,
  diagnosisSexMismatch,
  diagnosisAgeMismatch,
  concurrentAdmission,
  visitDuringStay,
  phantomStay,
  serviceAfterDeath,
  settlementAfterDeath,
  duplicateSettlement,
  traceCodeReuse,
];
