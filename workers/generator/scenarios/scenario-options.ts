import { invariant } from '../../../core/shared/invariant';
import type { GenerateOptions } from '../generate-options';
import { SCENARIO_IDS, isScenarioId, type ScenarioId } from './scenario-ids';

/** A scenario turned on, with its rate. */
export interface ActiveScenario {
  readonly id: ScenarioId;
  readonly rate: number;
}

/**
 * The scenarios an option bag plants (positive rates), in catalogue order whatever the key order.
 * Throws on an unknown id or a rate outside 0 … 1 (the CLI checks these before, with a message).
 */
export function activeScenarios(options: Pick<GenerateOptions, 'scenarios'>): ActiveScenario[] {
  const rates = options.scenarios ?? {};
  for (const [id, rate] of Object.entries(rates)) {
    invariant(isScenarioId(id), `unknown scenario: ${id}`);
    invariant(
      typeof rate === 'number' && rate >= 0 && rate <= 1,
      `scenario rate must be 0 … 1: ${id}=${rate}`,
    );
  }
  return SCENARIO_IDS.flatMap((id) => {
    const rate = rates[id] ?? 0;
    return rate > 0 ? [{ id, rate }] : [];
  });
}

/** Whether any scenario is planted (then the scenario tables and the trace-code column are written). */
export function scenariosOn(options: Pick<GenerateOptions, 'scenarios'>): boolean {
  return activeScenarios(options).length > 0;
}
