import type { ModelDefinition, ModelId } from '../../core/models/model-types';
import { ANALYTIC_MODELS } from './library/analytic-models';
import { NHSA_BEHAVIOUR_MODELS } from './library/nhsa-behaviour-models';
import { NHSA_PEER_MODELS } from './library/nhsa-peer-models';

/** Every model of the library, NHSA's big-data models first, then the analytics. */
export const MODEL_LIBRARY: readonly ModelDefinition[] = [
  ...NHSA_BEHAVIOUR_MODELS,
  ...NHSA_PEER_MODELS,
  ...ANALYTIC_MODELS,
];

const BY_ID: ReadonlyMap<string, ModelDefinition> = new Map(MODEL_LIBRARY.map((m) => [m.id, m]));

/** The model with id `id`, or undefined. */
export function findModel(id: string): ModelDefinition | undefined {
  return BY_ID.get(id as ModelId);
}
