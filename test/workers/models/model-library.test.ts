import { describe, expect, it } from 'vitest';
import { CANONICAL_MODEL } from '../../../core/mapping/canonical-model';
import type { CanonicalTable } from '../../../core/mapping/mapping-types';
import { isValidModelId, MODEL_ENTITIES } from '../../../core/models/model-types';
import { MODEL_LIBRARY, findModel } from '../../../workers/models/model-library';
import { resolveModelParameters } from '../../../workers/models/model-parameters';

describe('the model library', () => {
  it('has unique, valid ids and finds each by id', () => {
    const ids = MODEL_LIBRARY.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const m of MODEL_LIBRARY) {
      expect(isValidModelId(m.id), m.id).toBe(true);
      expect(findModel(m.id)).toBe(m);
    }
  });

  it('says everything in Chinese and English', () => {
    for (const m of MODEL_LIBRARY) {
      const texts = [
        m.name,
        m.description,
        m.basis,
        ...m.parameters.flatMap((p) => [p.label, p.reason]),
        ...m.indicators.flatMap((i) => [i.label, i.description]),
      ];
      for (const t of texts) {
        expect(t.zh.trim(), m.id).not.toBe('');
        expect(t.en.trim(), m.id).not.toBe('');
        expect(/[\u4e00-\u9fff]/.test(t.zh), `${m.id}: ${t.zh}`).toBe(true);
      }
    }
  });

  it('declares needs on canonical fields, defaults within bounds and SQL-safe indicator names', () => {
    for (const m of MODEL_LIBRARY) {
      expect(MODEL_ENTITIES).toContain(m.entity);
      for (const [table, fields] of Object.entries(m.needs.fields)) {
        const known = new Set(CANONICAL_MODEL[table as CanonicalTable].map((f) => f.name));
        for (const f of fields ?? []) expect(known.has(f), `${m.id}: ${table}.${f}`).toBe(true);
      }
      expect(() => resolveModelParameters(m, {}), m.id).not.toThrow();
      for (const i of m.indicators) expect(i.name, m.id).toMatch(/^[a-z][a-z0-9_]*$/);
      const names = m.indicators.map((i) => i.name);
      expect(new Set(names).size, m.id).toBe(names.length);
    }
  });
});
