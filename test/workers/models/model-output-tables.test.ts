import { describe, expect, it } from 'vitest';
import { MODEL_EXTRA_SUFFIXES, modelOutputTables } from '../../../core/models/model-output-tables';
import type { ModelDefinition, ModelParameterValue } from '../../../core/models/model-types';
import { MODEL_LIBRARY } from '../../../workers/models/model-library';
import { resolveModelParameters } from '../../../workers/models/model-parameters';

/** The defaults, then each choice of each choice parameter (the others at their defaults). */
function parameterSets(model: ModelDefinition): Record<string, ModelParameterValue>[] {
  const defaults = resolveModelParameters(model, {});
  const sets = [defaults];
  for (const p of model.parameters)
    for (const choice of p.choices ?? []) sets.push({ ...defaults, [p.name]: choice });
  return sets;
}

describe('the tables a Model cell writes, as the notebook core knows them', () => {
  it('lists the output, its links and every extra table each library model writes', () => {
    for (const model of MODEL_LIBRARY) {
      const declared = modelOutputTables('out', model.id);
      for (const parameters of parameterSets(model)) {
        let query;
        try {
          query = model.build(parameters);
        } catch {
          continue; // a combination the model refuses with its own message
        }
        const written = [
          'out',
          ...(query.links === undefined ? [] : ['out_links']),
          ...(query.extras ?? []).map((e) => `out_${e.suffix}`),
        ];
        for (const t of written) expect(declared, `${model.id} writes ${t}`).toContain(t);
      }
    }
  });

  it('names `<name>`, `<name>_links` and the declared extras, for any model id', () => {
    expect(modelOutputTables('ring', 'summarize')).toEqual(['ring', 'ring_links']);
    expect(modelOutputTables('x', 'no-such-model')).toEqual(['x', 'x_links']);
    expect(modelOutputTables('x', 'constructor')).toEqual(['x', 'x_links']);
    for (const [id, suffixes] of Object.entries(MODEL_EXTRA_SUFFIXES))
      expect(modelOutputTables('x', id)).toEqual(['x', 'x_links', ...suffixes.map((s) => `x_${s}`)]);
  });
});
