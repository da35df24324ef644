import type { ModelDefinition } from '../../../core/models/model-types';
import { benford } from './benford';
import { duplicates } from './duplicates';
import { gaps } from './gaps';
import { stratify } from './stratify';

/** The auditor's analytics: Benford, duplicates, gaps, strata, summaries. */
export const ANALYTIC_MODELS: readonly ModelDefinition[] = [benford, duplicates, gaps, stratify];
