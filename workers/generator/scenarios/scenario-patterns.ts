import { assertNever } from '../../../core/shared/invariant';
import type { GenerateOptions } from '../generate-options';
import { cashOut } from '../patterns/cash-out';
import { childDrugAdult } from '../patterns/child-drug-adult';
import { crossRegion } from '../patterns/cross-region';
import { doctorOutlier } from '../patterns/doctor-outlier';
import { drgCodes } from '../patterns/drg-codes';
import { drugResale } from '../patterns/drug-resale';
import { duplicateCharge } from '../patterns/duplicate-charge';
import { fakeHospitalRing } from '../patterns/fake-hospital-ring';
import { NORMAL_PATTERNS } from '../patterns/normal-patterns';
import { overPrice } from '../patterns/over-price';
import type { Pattern } from '../patterns/pattern';
import { phantomStay } from '../patterns/phantom-stay';
import { serviceAfterDeath } from '../patterns/service-after-death';
import { sexMismatch } from '../patterns/sex-mismatch';
import { splitAdmission } from '../patterns/split-admission';
import { substitution } from '../patterns/substitution';
import { traceCodeReuse } from '../patterns/trace-code-reuse';
import { traceCodes } from '../patterns/trace-codes';
import { upcoding } from '../patterns/upcoding';
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
    case 'fake-hospital-ring':
      return fakeHospitalRing(rate);
    case 'drug-resale':
      return drugResale(rate);
    case 'cash-out':
      return cashOut(rate);
    case 'doctor-outlier':
      return doctorOutlier(rate);
    case 'cross-region':
      return crossRegion(rate);
    case 'service-after-death':
      return serviceAfterDeath(rate);
    case 'upcoding':
      return upcoding(rate);
    default:
      return assertNever(id, 'scenario');
  }
}

/** Scenarios that run after the others, each right after the step that prepares what it needs. */
const LAST: readonly ScenarioId[] = ['upcoding', 'trace-code-reuse'];

/**
 * The patterns a dataset is built with: the normal noise alone when no scenario is on (so the output is
 * exactly what it was without scenarios), else the noise, the scenarios in catalogue order, then DRG
 * groups on stays and `upcoding`, then trace codes on pharmacy drug lines and `trace-code-reuse`.
 */
export function patternsFor(options: Pick<GenerateOptions, 'scenarios'>): readonly Pattern[] {
  const active = activeScenarios(options);
  if (active.length === 0) return NORMAL_PATTERNS;
  const pattern = (id: ScenarioId) => {
    const found = active.find((s) => s.id === id);
    return found ? [scenarioPattern(found.id, found.rate)] : [];
  };
  const others = active.filter((s) => !LAST.includes(s.id)).map((s) => scenarioPattern(s.id, s.rate));
  return [
    ...NORMAL_PATTERNS,
    ...others,
    drgCodes,
    ...pattern('upcoding'),
    traceCodes,
    ...pattern('trace-code-reuse'),
  ];
}
