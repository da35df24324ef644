import type { ModelDefinition } from '../../../core/models/model-types';
import { benford } from './benford';
import { duplicates } from './duplicates';
import { gaps } from './gaps';
import { stratify } from './stratify';
import { summarize } from './summarize';

/** The auditor's analytics: Benford, duplicates, gaps, strata, summaries. */
export const ANALYTIC_MODELS: readonly ModelDefinition[] = [
  // One line per model, so models added in parallel merge cleanly.
  benford,
  duplicates,
  gaps,
  stratify,
  summarize,
];
