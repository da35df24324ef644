import { fail, ok, type Result } from '../../shared/errors';
import { msg } from '../../shared/msg';
import type { ModelCellRequest } from '../../models/model-api-types';
import type { ModelCell } from '../../notebook/cell-types';
import { parseModelParameters, type ModelCellParameters } from './model-parameters-text';

/**
 * What the kernel runs for a Model cell, on every host (the app and the CLI): its name, model and the
 * parameter values its body sets. A body that does not read fails the cell with the cell and line
 * named, before anything runs; whether the model and its parameters exist is the kernel's to say.
 */
export function modelRunRequest(cell: ModelCell, pageSize: number): Result<ModelCellRequest> {
  const parsed = parseModelParameters(cell.source);
  if (!parsed.ok)
    return fail({
      kind: 'notebook',
      code: 'model.parameters-text',
      message: msg(
        `模型单元 ${cell.name} 的参数第 ${parsed.line} 行：${parsed.message.zh}`,
        `Model cell ${cell.name}, parameters line ${parsed.line}: ${parsed.message.en}`,
      ),
    });
  return ok({ name: cell.name, model: cell.model, parameters: parsed.value, pageSize });
}

/**
 * What a Model cell's audit entry fingerprints: the model id and the parameter values set in its body
 * (the text itself when it does not read), so another model or value is a different run. The files it
 * read are fingerprinted beside it (`cell-datasets.ts`: the canonical and knowledge tables).
 */
export function modelLogSummary(cell: ModelCell): {
  model: string;
  parameters: ModelCellParameters | { source: string };
} {
  const parsed = parseModelParameters(cell.source);
  return { model: cell.model, parameters: parsed.ok ? sortedKeys(parsed.value) : { source: cell.source } };
}

function sortedKeys(values: ModelCellParameters): ModelCellParameters {
  return Object.fromEntries(
    Object.keys(values)
      .sort()
      .map((k) => [k, values[k] as number | string]),
  );
}
