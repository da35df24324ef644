import { AppErrorException } from '../../core/shared/errors';
import { msg, type Msg } from '../../core/shared/msg';
import { canonicalField } from '../../core/mapping/canonical-model';
import { CANONICAL_TABLES, type CanonicalTable, type TableMapping } from '../../core/mapping/mapping-types';

/** Column name → DuckDB type, per existing source table. */
export type SourceSchemas = ReadonlyMap<string, ReadonlyMap<string, string>>;

function fail(code: string, message: Msg, column?: string): never {
  throw new AppErrorException({
    kind: 'mapping',
    code: `mapping.${code}`,
    message,
    ...(column ? { column } : {}),
  });
}

/** The tables buildCanonical writes for `target`: a source must never be one of them. */
export function problemsTable(target: CanonicalTable): string {
  return `_problems_${target}`;
}

/** Checks that `target` names a canonical table (it may come from a notebook file). */
export function assertCanonicalTable(target: string): asserts target is CanonicalTable {
  if (!(CANONICAL_TABLES as readonly string[]).includes(target)) {
    fail(
      'unknown-target',
      msg(
        `未知的标准表“${target}”：可选 ${CANONICAL_TABLES.join('、')}。`,
        `Unknown canonical table "${target}": choose one of ${CANONICAL_TABLES.join(', ')}.`,
      ),
    );
  }
}

/**
 * Checks mappings before any SQL runs: at least one, all for `target`, each source an existing raw table
 * used once (and not a table this build overwrites), every field a field of `target`, every column an
 * existing column of its source used for one field only. Throws AppErrorException (kind `mapping`).
 */
export function validateMappings(
  target: CanonicalTable,
  mappings: readonly TableMapping[],
  schemas: SourceSchemas,
): void {
  assertCanonicalTable(target);
  if (mappings.length === 0) {
    fail(
      'empty',
      msg(`没有为标准表 ${target} 提供任何映射。`, `No mapping was given for canonical table ${target}.`),
    );
  }
  const seen = new Set<string>();
  for (const m of mappings) {
    const where = msg(`（源表 ${m.source}）`, ` (source table ${m.source})`);
    if (m.target !== target) {
      fail(
        'target-mismatch',
        msg(
          `映射的目标是 ${m.target}，但正在构建 ${target}${where.zh}。`,
          `The mapping targets ${m.target}, but ${target} is being built${where.en}.`,
        ),
      );
    }
    if (seen.has(m.source)) {
      fail(
        'duplicate-source',
        msg(`源表 ${m.source} 被映射了两次。`, `Source table ${m.source} is mapped twice.`),
      );
    }
    seen.add(m.source);
    if ((CANONICAL_TABLES as readonly string[]).includes(m.source) || m.source.startsWith('_problems_')) {
      fail(
        'source-is-canonical',
        msg(
          `${m.source} 是标准表或校验表，不能作为源表；请选择导入文件生成的原始表。`,
          `${m.source} is a canonical or problems table, not a source; choose the raw table of a loaded file.`,
        ),
      );
    }
    const columns = schemas.get(m.source);
    if (!columns) {
      fail(
        'unknown-source',
        msg(
          `找不到源表 ${m.source}：文件可能已被移除，请重新导入。`,
          `Source table ${m.source} does not exist: the file may have been removed; load it again.`,
        ),
      );
    }
    const entries = Object.entries(m.columns);
    if (entries.length === 0) {
      fail('no-fields', msg(`映射没有任何字段${where.zh}。`, `The mapping maps no fields${where.en}.`));
    }
    const usedBy = new Map<string, string>();
    for (const [field, column] of entries) {
      if (!canonicalField(target, field)) {
        fail(
          'unknown-field',
          msg(
            `${field} 不是标准表 ${target} 的字段${where.zh}。`,
            `${field} is not a field of ${target}${where.en}.`,
          ),
          column,
        );
      }
      if (!columns.has(column)) {
        fail(
          'unknown-column',
          msg(
            `字段 ${field} 映射到的列“${column}”在源表中不存在${where.zh}；请重新选择列。`,
            `Field ${field} is mapped to column "${column}", which the source does not have${where.en}; pick another column.`,
          ),
          column,
        );
      }
      const other = usedBy.get(column);
      if (other) {
        fail(
          'column-reused',
          msg(
            `列“${column}”同时映射到了 ${other} 和 ${field}${where.zh}；一列只能对应一个字段。`,
            `Column "${column}" is mapped to both ${other} and ${field}${where.en}; a column can feed one field only.`,
          ),
          column,
        );
      }
      usedBy.set(column, field);
    }
  }
}
