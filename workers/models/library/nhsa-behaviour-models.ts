import type { ModelDefinition } from '../../../core/models/model-types';

/** NHSA's behaviour models: 虚假住院团伙, 倒卖, 套现, 重点药品 (doctor outliers). */
export const NHSA_BEHAVIOUR_MODELS: readonly ModelDefinition[] = [];
