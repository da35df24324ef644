import { childDrugForAdult } from './child-drug-for-adult';
import { legitimateReadmission } from './legitimate-readmission';
import type { Pattern } from './pattern';

/** The noise every generated dataset carries on top of ordinary care. Scenario modules append their own. */
export const NORMAL_PATTERNS: readonly Pattern[] = [legitimateReadmission, childDrugForAdult];
