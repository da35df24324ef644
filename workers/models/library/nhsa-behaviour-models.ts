import type { ModelDefinition } from '../../../core/models/model-types';
import { CASH_OUT } from './cash-out';
import { DOCTOR_OUTLIER } from './doctor-outlier';
import { DRUG_RESALE } from './drug-resale';
import { FAKE_ADMISSION_RING } from './fake-admission-ring';
import { FAKE_ADMISSION_RING_PEOPLE } from './fake-admission-ring-people';

/**
 * NHSA's behaviour models: 虚假住院团伙 (per institution and per person: two models, so that each ranks
 * like with like), 倒卖, 套现, 重点药品 (doctor outliers).
 */
export const NHSA_BEHAVIOUR_MODELS: readonly ModelDefinition[] = [
  FAKE_ADMISSION_RING,
  FAKE_ADMISSION_RING_PEOPLE,
  DRUG_RESALE,
  CASH_OUT,
  DOCTOR_OUTLIER,
];
