import type { AppError } from '../../core/shared/errors';
import { assertNever } from '../../core/shared/invariant';
import { msg } from '../../core/shared/msg';
import { CODE_FORMATS, codeKind } from './kb-codes';
import { badValue, kbError, unknownKind, type KbPlace } from './kb-import-errors';
import { paramProblem } from './kb-params';
import { RESTRICTION_KINDS, type KnowledgeTable, type RestrictionKind } from '../../core/knowledge/kb-types';
import type { KnowledgeRowOf } from './knowledge-rows';

/** One data row of an import file: its 1-based number and its raw values by knowledge column. */
export interface RawRecord {
  readonly row: number;
  readonly values: ReadonlyMap<string, unknown>;
}

/** A row checked: the typed row (and whether its empty source was filled in), or every error in it. */
export type RowCheck<T extends KnowledgeTable> =
  | { readonly ok: true; readonly row: KnowledgeRowOf[T]; readonly filledSource: boolean }
  | { readonly ok: false; readonly errors: readonly AppError[] };

const NUMBER = /^\d+(?:\.\d+)?$/;
const PERIOD = /^(?:day|visit|week|month|quarter|year|[1-9]\d*d)$/;
const FORMATS_ZH = CODE_FORMATS.map((f) => f.zh).join('；');
const FORMATS_EN = CODE_FORMATS.map((f) => f.en).join('; ');

/**
 * Checks one row of `table` from `file`: every column, every problem reported (not just the first).
 * Values are trimmed; JSON numbers are read as their decimal text; nothing else is converted. An empty
 * `source` is filled with `<file> 行 <row>` so findings can still cite the row.
 */
export function checkRow<T extends KnowledgeTable>(table: T, record: RawRecord, file: string): RowCheck<T> {
  const errors: AppError[] = [];
  const at = (column: string): KbPlace => ({ file, row: record.row, column });
  const text = (column: string): string => {
    const value = record.values.get(column);
    if (value === null || value === undefined) return '';
    if (typeof value === 'string') return value.trim();
    if (typeof value === 'number' && Number.isFinite(value)) return String(value);
    errors.push(
      badValue(
        'kb.value',
        at(column),
        JSON.stringify(value),
        msg('应为文本或数字', 'must be text or a number'),
      ),
    );
    return '';
  };
  const code = (column: string): string => {
    const value = text(column);
    if (codeKind(value) === undefined) {
      errors.push(
        badValue(
          'kb.code',
          at(column),
          value,
          msg(`不是国家医保编码格式（${FORMATS_ZH}）`, `not a national code (${FORMATS_EN})`),
        ),
      );
    }
    return value;
  };
  const number = (column: string): number => {
    const value = text(column);
    if (!NUMBER.test(value) || Number(value) <= 0) {
      errors.push(
        badValue(
          'kb.number',
          at(column),
          value,
          msg(
            '应为正数（如 12 或 12.5，不带单位和千分位）',
            'must be a positive number such as 12 or 12.5 (no unit, no separators)',
          ),
        ),
      );
    }
    return Number(value);
  };
  const sourceText = text('source');
  const source = sourceText === '' ? `${file} 行 ${record.row}` : sourceText;
  const row = readRow(table, { text, code, number, at, errors }) as KnowledgeRowOf[T] | undefined;
  if (errors.length > 0 || row === undefined) return { ok: false, errors };
  return { ok: true, row: { ...row, source }, filledSource: sourceText === '' };
}

interface Readers {
  text(column: string): string;
  code(column: string): string;
  number(column: string): number;
  at(column: string): KbPlace;
  errors: AppError[];
}

function readRow(
  table: KnowledgeTable,
  r: Readers,
): Omit<KnowledgeRowOf[KnowledgeTable], 'source'> | undefined {
  switch (table) {
    case 'kb_restriction': {
      const code = r.code('code');
      const kind = r.text('kind');
      const param = r.text('param');
      if (!(RESTRICTION_KINDS as readonly string[]).includes(kind)) {
        r.errors.push(unknownKind(r.at('kind'), kind));
        return undefined;
      }
      const problem = paramProblem(kind as RestrictionKind, param);
      if (problem)
        r.errors.push(
          badValue(
            'kb.param',
            r.at('param'),
            param,
            msg(`限定类型 ${kind} ${problem.zh}`, `for kind ${kind} it ${problem.en}`),
          ),
        );
      return { code, kind: kind as RestrictionKind, param };
    }
    case 'kb_exclusive_pair': {
      const code_a = r.code('code_a');
      const code_b = r.code('code_b');
      const window = r.text('window');
      if (window !== 'visit' && window !== 'day') {
        r.errors.push(
          badValue(
            'kb.window',
            r.at('window'),
            window,
            msg(
              '应为 visit（同一次结算）或 day（同一天）',
              'must be visit (same settlement) or day (same day)',
            ),
          ),
        );
      }
      if (code_a !== '' && code_a === code_b) {
        r.errors.push(
          kbError(
            'kb.pair-same',
            r.at('code_b'),
            msg(
              `code_a 与 code_b 相同（${code_a}）：互斥项目应为两个不同编码。`,
              `code_a and code_b are the same (${code_a}): an exclusive pair needs two codes.`,
            ),
          ),
        );
      }
      return { code_a, code_b, window: window as 'visit' | 'day' };
    }
    case 'kb_price_cap': {
      const code = r.code('code');
      const medins_lv = r.text('medins_lv');
      if (!['', '1', '2', '3'].includes(medins_lv)) {
        r.errors.push(
          badValue(
            'kb.medins_lv',
            r.at('medins_lv'),
            medins_lv,
            msg('应为 1、2、3 或空（所有级别）', 'must be 1, 2, 3 or empty (every level)'),
          ),
        );
      }
      return { code, medins_lv, max_pric: r.number('max_pric') };
    }
    case 'kb_frequency': {
      const code = r.code('code');
      const period = r.text('period');
      if (!PERIOD.test(period)) {
        r.errors.push(
          badValue(
            'kb.period',
            r.at('period'),
            period,
            msg(
              '应为 day、visit、week、month、quarter、year 或 <天数>d（如 14d）',
              'must be day, visit, week, month, quarter, year or <n>d such as 14d',
            ),
          ),
        );
      }
      return { code, period, max_cnt: r.number('max_cnt') };
    }
    default:
      return assertNever(table, 'knowledge table');
  }
}
