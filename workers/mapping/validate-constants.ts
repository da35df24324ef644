import type { SqlEngine } from '../engine/sql-engine';
import { canonicalField } from '../../core/mapping/canonical-model';
import type { CanonicalTable, TableMapping } from '../../core/mapping/mapping-types';
import { AppErrorException } from '../../core/shared/errors';
import { msg } from '../../core/shared/msg';
import { constantFieldSql } from './field-sql';

/**
 * Checks that every constant of `mappings` reads as its field's type (a date constant that is a date,
 * an amount that is a number), in one query, before anything is built: a constant that does not is
 * refused with the field and the value named, never loaded as NULL on every row. Unknown fields are
 * refused earlier (validate-mapping.ts).
 */
export async function validateConstants(
  engine: SqlEngine,
  target: CanonicalTable,
  mappings: readonly TableMapping[],
): Promise<void> {
  const constants = mappings.flatMap((m) =>
    Object.entries(m.constants ?? {}).flatMap(([name, text]) => {
      const field = canonicalField(m.target, name);
      return field ? [{ source: m.source, field, text }] : [];
    }),
  );
  if (constants.length === 0) return;
  // One row of flags, one column per constant (a list would come back as an Arrow vector).
  const flags = constants.map((c, i) => `${constantFieldSql(c.field, c.text).value} IS NULL AS c${i}`);
  const [row] = await engine.rows<Record<string, boolean>>(`SELECT ${flags.join(', ')}`);
  const bad = constants.find((_, i) => row?.[`c${i}`] === true);
  if (!bad) return;
  const { source, field, text } = bad;
  throw new AppErrorException({
    kind: 'mapping',
    code: 'mapping.bad-constant',
    message: msg(
      `字段 ${target}.${field.name}（${field.zh}）的常量“${text}”无法读作${TYPE_ZH[field.type]}（源表 ${source}）；请改正常量或改为映射一列。`,
      `The constant "${text}" for ${target}.${field.name} (${field.en}) cannot be read as ${TYPE_EN[field.type]} (source table ${source}); correct it or map a column instead.`,
    ),
  });
}

const TYPE_ZH = {
  text: '文本',
  date: '日期',
  timestamp: '日期时间',
  amount: '金额',
  decimal: '数字',
  int: '整数',
} as const;

const TYPE_EN = {
  text: 'text',
  date: 'a date',
  timestamp: 'a date and time',
  amount: 'an amount',
  decimal: 'a number',
  int: 'a whole number',
} as const;
