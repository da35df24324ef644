import type { ModelInfo } from '../core/models/model-api-types';
import type { ModelDefinition, ModelParameterDef } from '../core/models/model-types';
import { modelInfo } from '../workers/kernel/model-service';
import { MODEL_LIBRARY } from '../workers/models/model-library';
import type { CliIo } from './cli-io';
import { EXIT, type ExitCode } from './exit-codes';
import { textTable } from './text-table';

/** Options of `claimlens models`. */
export interface ModelsOptions {
  readonly json: boolean;
}

/**
 * Prints the model library: a JSON array of the models as the kernel lists them (`modelLibrary`: id,
 * family, names, description, entity, needs, parameters with bounds, choices and the reason for each
 * default, indicators, basis, chart), or a readable table (one line per model, then each model's
 * parameters).
 */
export function modelsCommand(options: ModelsOptions, io: CliIo, library = MODEL_LIBRARY): ExitCode {
  const models: ModelInfo[] = library.map((m) => modelInfo(m, undefined));
  if (options.json) {
    io.out(`${JSON.stringify(models, null, 2)}\n`);
    return EXIT.ok;
  }
  io.out(
    textTable(
      ['编号 ID', '名称 / Name', '类别 Family', '对象 Entity', '参数 Params'],
      library.map((m) => [
        m.id,
        `${m.name.zh} / ${m.name.en}`,
        m.family,
        m.entity,
        m.parameters.map((p) => `${p.name}=${p.default}`).join(' '),
      ]),
    ),
  );
  io.out(`\n共 ${library.length} 个模型 / ${library.length} models\n`);
  for (const model of library) io.out(parameterBlock(model));
  return EXIT.ok;
}

/** A model's description and its parameters, one line each with what it may be and why its default. */
function parameterBlock(model: ModelDefinition): string {
  const lines = [
    '',
    `${model.id}  ${model.name.zh} / ${model.name.en}`,
    `  ${model.description.zh}`,
    `  ${model.description.en}`,
    ...model.parameters.map(
      (p) => `  ${p.name}: ${p.default} (${allowed(p)}) — ${p.reason.zh} / ${p.reason.en}`,
    ),
  ];
  return `${lines.join('\n')}\n`;
}

function allowed(p: ModelParameterDef): string {
  if (p.kind === 'choice') return (p.choices ?? []).join(' | ');
  return `${p.kind} ${p.min ?? '-∞'}…${p.max ?? '∞'}`;
}
