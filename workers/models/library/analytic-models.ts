import type { ModelDefinition } from '../../../core/models/model-types';

/** The auditor's analytics: Benford, duplicates, gaps, strata, summaries. */
export const ANALYTIC_MODELS: readonly ModelDefinition[] = [];
