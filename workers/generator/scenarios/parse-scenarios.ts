import { msg, type Msg } from '../../../core/shared/msg';
import { SCENARIO_CATALOG } from './scenario-catalog';
import { SCENARIO_IDS, isScenarioId, type ScenarioId } from './scenario-ids';

/** Scenario rates by id, as `GenerateOptions.scenarios` takes them. */
export type ScenarioRates = Partial<Record<ScenarioId, number>>;

/**
 * Parses a `--scenarios` value: comma-separated `id=rate` (rate 0 … 1) or bare `id` (its default rate);
 * `all` stands for every scenario at its default rate, and later items override earlier ones
 * (`all,phantom-stay=0.05`). An empty value plants nothing.
 */
export function parseScenarioRates(
  text: string,
): { ok: true; rates: ScenarioRates } | { ok: false; error: Msg } {
  const rates: ScenarioRates = {};
  for (const part of text.split(',').map((p) => p.trim())) {
    if (part === '') continue;
    const [name = '', value] = part.split('=', 2).map((p) => p.trim());
    if (name === 'all' && value === undefined) {
      for (const id of SCENARIO_IDS) rates[id] = SCENARIO_CATALOG[id].defaultRate;
      continue;
    }
    if (!isScenarioId(name)) return { ok: false, error: unknownScenario(name) };
    const rate = value === undefined ? SCENARIO_CATALOG[name].defaultRate : Number(value);
    if (value === '' || !Number.isFinite(rate) || rate < 0 || rate > 1)
      return { ok: false, error: badRate(name, value ?? '') };
    rates[name] = rate;
  }
  return { ok: true, rates };
}

const unknownScenario = (name: string): Msg =>
  msg(
    `未知场景“${name}”：可用 all 或 ${SCENARIO_IDS.join('、')}。`,
    `Unknown scenario "${name}": use all or one of ${SCENARIO_IDS.join(', ')}.`,
  );

const badRate = (name: string, value: string): Msg =>
  msg(
    `场景 ${name} 的比例“${value}”无效：请写 0 到 1 之间的数，如 ${name}=0.02。`,
    `Rate "${value}" for scenario ${name} is invalid: write a number from 0 to 1, e.g. ${name}=0.02.`,
  );
