import { assertNever } from '../../shared/invariant';
import type { GenerateOptions } from '../generate-options';
import { childDrugAdult } from '../patterns/child-drug-adult';
import { duplicateCharge } from '../patterns/duplicate-charge';
import { NORMAL_PATTERNS } from '../patterns/normal-patterns';
import { overPrice } from '../patterns/over-price';
import type { Pattern } from '../patterns/pattern';
import { phantomStay } from '../patterns/phantom-stay';
import { sexMismatch } from '../patterns/sex-mismatch';
import { splitAdmission } from '../patterns/split-admission';
import { substitution } from '../patterns/substitution';
import { traceCodeReuse } from '../patterns/trace-code-reuse';
import { traceCodes } from '../patterns/trace-codes';
import type { ScenarioId } from './scenario-ids';
import { activeScenarios } from './scenario-options';

/** The pattern that plants one scenario at a rate. */
export function scenarioPattern(id: ScenarioId, rate: number): Pattern {
  switch (id) {
    case 'split-admission':
      return splitAdmission(rate);
    case 'phantom-stay':
      return phantomStay(rate);
    case 'duplicate-charge':
      return duplicateCharge(rate);
    case 'over-price':
      return overPrice(rate);
    case 'sex-mismatch':
      return sexMismatch(rate);
    case 'child-drug-adult':
      return childDrugAdult(rate);
    case 'substitution':
      return substitution(rate);
    case 'trace-code-reuse':
      return traceCodeReuse(rate);
    default:
      return assertNever(id, 'scenario');
  }
}

/**
 * The patterns a dataset is built with: the normal noise alone when no scenario is on (so the output is
 * exactly what it was without scenarios), else the noise, the scenarios in catalogue order, and trace
 * codes on pharmacy drug lines just before trace-code reuse (the last scenario).
 */
export function patternsFor(options: Pick<GenerateOptions, 'scenarios'>): readonly Pattern[] {
  const active = activeScenarios(options);
  if (active.length === 0) return NORMAL_PATTERNS;
  const reuse = active.find((s) => s.id === 'trace-code-reuse');
  const others = active.filter((s) => s.id !== 'trace-code-reuse').map((s) => scenarioPattern(s.id, s.rate));
  return [
    ...NORMAL_PATTERNS,
    ...others,
    traceCodes,
    ...(reuse ? [scenarioPattern(reuse.id, reuse.rate)] : []),
  ];
}
