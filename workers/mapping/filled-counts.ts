import { quoteIdent, quoteLiteral } from '../engine/sql-quote';
import type { SqlEngine } from '../engine/sql-engine';
import { CANONICAL_MODEL } from '../../core/mapping/canonical-model';
import type { CanonicalTable, FilledCount, TableMapping } from '../../core/mapping/mapping-types';
import { FEE_KEY_DERIVATIONS, FILLED_COLUMN } from './derive-fee-keys';

/**
 * The values a built table holds that no source column gave, per field, in model order: constants
 * (rows of the table from each source that sets them) and, with `derivedKeys`, fee keys taken from the
 * settlement (bits of `_filled`). One aggregate query over the built table.
 */
export async function readFilledCounts(
  engine: SqlEngine,
  target: CanonicalTable,
  plans: readonly { readonly source: string; readonly mapping: TableMapping }[],
  derivedKeys: boolean,
): Promise<FilledCount[]> {
  const constantSources = new Map<string, string[]>();
  for (const { source, mapping } of plans) {
    for (const field of Object.keys(mapping.constants ?? {})) {
      constantSources.set(field, [...(constantSources.get(field) ?? []), source]);
    }
  }
  const aggregates = [...constantSources].map(
    ([field, sources]) =>
      `count(*) FILTER (WHERE _src IN (${sources.map(quoteLiteral).join(', ')})) AS ${quoteIdent(`c_${field}`)}`,
  );
  if (derivedKeys) {
    FEE_KEY_DERIVATIONS.forEach((d, i) =>
      aggregates.push(
        `count(*) FILTER (WHERE (${FILLED_COLUMN} & ${1 << i}) <> 0) AS ${quoteIdent(`d_${d.field}`)}`,
      ),
    );
  }
  if (aggregates.length === 0) return [];
  const [row] = await engine.rows<Record<string, number | bigint>>(
    `SELECT ${aggregates.join(', ')} FROM ${quoteIdent(target)}`,
  );
  const filled: FilledCount[] = [];
  for (const { name } of CANONICAL_MODEL[target]) {
    const constant = Number(row?.[`c_${name}`] ?? 0);
    if (constant > 0) filled.push({ field: name, how: 'constant', from: 'constant', rows: constant });
    const derivation = FEE_KEY_DERIVATIONS.find((d) => d.field === name);
    const derived = Number(row?.[`d_${name}`] ?? 0);
    if (derivedKeys && derivation && derived > 0) {
      filled.push({ field: name, how: 'derived', from: `setl.${derivation.from}`, rows: derived });
    }
  }
  return filled;
}
