import type { RuleDefinition } from '../../../core/rules/rule-types';
import { consumableChildOnly } from './consumable-child-only';
import { drugCareSetting } from './drug-care-setting';
import { drugChildOnly } from './drug-child-only';
import { drugInstitutionLevel } from './drug-institution-level';
import { drugMaternityOnly } from './drug-maternity-only';
import { drugNewbornOnly } from './drug-newborn-only';
import { drugPediatricOnly } from './drug-pediatric-only';
import { drugSexSpecific } from './drug-sex-specific';
import { drugWorkInjuryOnly } from './drug-work-injury-only';
import { serviceAgeLimit } from './service-age-limit';
import { serviceCareSetting } from './service-care-setting';
import { serviceChildOnly } from './service-child-only';
import { serviceDepartmentOnly } from './service-department-only';
import { serviceInstitutionLevel } from './service-institution-level';
import { serviceNewbornOnly } from './service-newborn-only';
import { servicePediatricOnly } from './service-pediatric-only';
import { serviceSexSpecific } from './service-sex-specific';

/** The library's line-restriction rules (one file each, listed here). */
export const LINE_RESTRICTION_RULES: readonly RuleDefinition[] = [
  drugWorkInjuryOnly,
  drugMaternityOnly,
  drugNewbornOnly,
  drugChildOnly,
  drugInstitutionLevel,
  serviceNewbornOnly,
  serviceChildOnly,
  serviceDepartmentOnly,
  serviceCareSetting,
  serviceInstitutionLevel,
  consumableChildOnly,
  drugPediatricOnly,
  drugSexSpecific,
  servicePediatricOnly,
  serviceSexSpecific,
  drugCareSetting,
  serviceAgeLimit,
];
