import { AppErrorException, type AppError } from '../../core/shared/errors';
import { msg } from '../../core/shared/msg';
import type { ModelDefinition, ModelParameterDef, ModelParameterValue } from '../../core/models/model-types';

/**
 * The values a model runs with: its defaults, overridden by `overrides` (the Model cell's YAML body). A
 * value of the wrong kind, out of bounds or not among the choices, or a parameter the model does not
 * have, is refused with a message naming the model, the parameter and what is allowed. What comes back is
 * safe to write into SQL: finite numbers within bounds, and only the model's own choice strings.
 */
export function resolveModelParameters(
  model: ModelDefinition,
  overrides: Readonly<Record<string, unknown>> = {},
): Record<string, ModelParameterValue> {
  for (const name of Object.keys(overrides)) {
    if (!model.parameters.some((p) => p.name === name))
      throw new AppErrorException(unknownParameter(model, name));
  }
  const values: Record<string, ModelParameterValue> = {};
  for (const def of model.parameters)
    values[def.name] = checkOne(model, def, overrides[def.name] ?? def.default);
  return values;
}

function checkOne(model: ModelDefinition, def: ModelParameterDef, value: unknown): ModelParameterValue {
  if (def.kind === 'choice') {
    const choice = typeof value === 'string' ? value.trim() : undefined;
    if (choice === undefined || !(def.choices ?? []).includes(choice))
      throw new AppErrorException(badValue(model, def, value));
    return choice;
  }
  const num =
    typeof value === 'number'
      ? value
      : typeof value === 'string' && value.trim() !== ''
        ? Number(value.trim())
        : NaN;
  const isWhole = def.kind !== 'integer' || Number.isInteger(num);
  const inBounds = (def.min === undefined || num >= def.min) && (def.max === undefined || num <= def.max);
  if (!Number.isFinite(num) || !isWhole || !inBounds)
    throw new AppErrorException(badValue(model, def, value));
  return num;
}

/** The allowed values of `def`, in words. */
function allowed(def: ModelParameterDef): { zh: string; en: string } {
  if (def.kind === 'choice') {
    const list = (def.choices ?? []).join(' | ');
    return { zh: `可选值：${list}`, en: `allowed: ${list}` };
  }
  const whole =
    def.kind === 'integer' ? { zh: '整数', en: 'a whole number' } : { zh: '数值', en: 'a number' };
  const lo = def.min ?? '-∞';
  const hi = def.max ?? '∞';
  return { zh: `应为 ${lo} 至 ${hi} 之间的${whole.zh}`, en: `must be ${whole.en} from ${lo} to ${hi}` };
}

function badValue(model: ModelDefinition, def: ModelParameterDef, value: unknown): AppError {
  const shown = JSON.stringify(value) ?? String(value);
  const a = allowed(def);
  return {
    kind: 'notebook',
    code: 'model.bad-parameter',
    message: msg(
      `模型 ${model.id} 的参数 ${def.name}（${def.label.zh}）取值 ${shown} 无效：${a.zh}。请在单元格中修改该参数。`,
      `Model ${model.id}: parameter ${def.name} (${def.label.en}) cannot be ${shown}: it ${a.en}. Change it in the cell.`,
    ),
  };
}

function unknownParameter(model: ModelDefinition, name: string): AppError {
  const known = model.parameters.map((p) => p.name).join(', ') || '—';
  return {
    kind: 'notebook',
    code: 'model.unknown-parameter',
    message: msg(
      `模型 ${model.id} 没有参数 ${name}：可用参数为 ${known}。`,
      `Model ${model.id} has no parameter ${name}: its parameters are ${known}.`,
    ),
  };
}
