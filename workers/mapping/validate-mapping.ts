import { AppErrorException } from '../../core/shared/errors';
import { msg, type Msg } from '../../core/shared/msg';
import { canonicalField } from '../../core/mapping/canonical-model';
import { CANONICAL_TABLES, type CanonicalTable } from '../../core/mapping/mapping-types';
import { derivedRequiredFields, isDerivableTable, type SourceMapping } from './derived-mapping';

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
 * used once (and not a table this build overwrites), every field (mapped or constant) a field of
 * `target`, every column an existing column of its source (one column may feed several fields), no
 * field with both a column and a constant, and a derived (`also`) table only for psn, medins or death
 * with its key column mapped. Constants are parsed later (validate-constants.ts). Throws
 * AppErrorException (kind `mapping`).
 */
export function validateMappings(
  target: CanonicalTable,
  mappings: readonly SourceMapping[],
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
    // A file builds a table once: as its own target or as one of its `also` tables, not both.
    if (seen.has(m.source)) {
      fail(
        'duplicate-source',
        msg(
          `源表 ${m.source} 被映射了两次（标准表 ${target}）。`,
          `Source table ${m.source} is mapped twice (canonical table ${target}).`,
        ),
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
    const constants = Object.entries(m.constants ?? {});
    if (entries.length === 0 && constants.length === 0) {
      fail('no-fields', msg(`映射没有任何字段${where.zh}。`, `The mapping maps no fields${where.en}.`));
    }
    for (const [field, column] of entries) {
      if (!canonicalField(target, field)) fail('unknown-field', unknownField(target, field, where), column);
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
    }
    for (const [field, text] of constants) {
      if (!canonicalField(target, field)) fail('unknown-field', unknownField(target, field, where));
      const column = m.columns[field];
      if (column !== undefined) {
        fail(
          'column-and-constant',
          msg(
            `字段 ${field} 同时映射了列“${column}”和常量“${text}”${where.zh}；请只保留其一。`,
            `Field ${field} has both column "${column}" and constant "${text}"${where.en}; keep one of them.`,
          ),
          column,
        );
      }
    }
    if (m.derived) validateDerived(target, m, where);
  }
}

const unknownField = (target: CanonicalTable, field: string, where: Msg) =>
  msg(
    `${field} 不是标准表 ${target} 的字段${where.zh}。`,
    `${field} is not a field of ${target}${where.en}.`,
  );

/** A derived table: psn, medins or death only, with the fields it is reduced on mapped to columns. */
function validateDerived(target: CanonicalTable, m: SourceMapping, where: Msg): void {
  if (!isDerivableTable(target)) {
    fail(
      'derived-target',
      msg(
        `同一文件只能附带生成参保人（psn）、定点机构（medins）或死亡登记（death）表，不能生成 ${target}${where.zh}。`,
        `A file can also build only psn, medins or death, not ${target}${where.en}.`,
      ),
    );
  }
  const missing = derivedRequiredFields(target, m).filter((f) => m.columns[f] === undefined);
  if (missing.length > 0) {
    const list = missing.join(', ');
    fail(
      'derived-key',
      msg(
        `由同一文件生成 ${target} 表需要映射 ${list} 列${where.zh}；请选择该列，或取消生成 ${target}。`,
        `Building ${target} from the same file needs a column for ${list}${where.en}; choose it, or do not build ${target}.`,
      ),
    );
  }
}
