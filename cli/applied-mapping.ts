import {
  CONFIRM_BELOW,
  type CanonicalTable,
  type FieldMatch,
  type MappingProposal,
  type TableMapping,
  type ValidationReport,
} from '../core/mapping/mapping-types';
import { assertNever } from '../core/shared/invariant';

/** Where a mapping came from: the notebook's record, the mapper's proposal, or a `--mapping` file. */
export type MappingOrigin = 'notebook' | 'proposal' | 'mapping-file';

/**
 * How one field got its values: a header that names it, the shape of its values, a constant, a key
 * taken from the settlement by setl_id (`derived`), the notebook's recorded mapping or a mapping file.
 */
export type MappingHow = 'header' | 'shape' | 'constant' | 'derived' | 'notebook' | 'mapping-file';

/** One canonical field as a run filled it, as summary.json and summary.md list it. */
export interface AppliedColumn {
  /** The data file (its name). */
  readonly file: string;
  readonly table: CanonicalTable;
  readonly field: string;
  /** The source column (absent for a constant or a derived key). */
  readonly column?: string;
  /** The constant every row got. */
  readonly constant?: string;
  /** Where a derived value came from (`setl.fixmedins_code`). */
  readonly from?: string;
  readonly how: MappingHow;
  /** The mapper's confidence, 0..1 (proposals only). */
  readonly confidence?: number;
  /** Proposed below CONFIRM_BELOW: applied, with a warning. */
  readonly confirm?: true;
  /** Derived keys: the rows that got the value. */
  readonly rows?: number;
}

/**
 * The fields one data file's mapping fills, column by column (its own table, then each `also` table):
 * for a proposal with the mapper's reason and confidence, else as the notebook's or the mapping file's.
 */
export function appliedColumns(
  file: string,
  mapping: TableMapping,
  origin: MappingOrigin,
  proposal?: MappingProposal,
): AppliedColumn[] {
  const toConfirm = new Set(proposal?.toConfirm ?? []);
  const tables = [
    {
      target: mapping.target,
      columns: mapping.columns,
      constants: mapping.constants,
      matches: proposal?.matches,
    },
    ...(mapping.also ?? []).map((d, i) => ({
      target: d.target,
      columns: d.columns,
      constants: d.constants,
      matches: proposal?.also?.[i]?.matches,
    })),
  ];
  return tables.flatMap(({ target, columns, constants, matches }) => {
    const one = (field: string, value: { column: string } | { constant: string }): AppliedColumn => {
      const match = origin === 'proposal' ? matches?.[field] : undefined;
      const low = match !== undefined && (match.score < CONFIRM_BELOW || toConfirm.has(`${target}.${field}`));
      const how: MappingHow =
        origin === 'proposal' ? (match ? howOf(match) : 'constant' in value ? 'constant' : 'header') : origin;
      return {
        file,
        table: target,
        field,
        ...value,
        how,
        ...(match ? { confidence: match.score } : {}),
        ...(low ? { confirm: true as const } : {}),
      };
    };
    return [
      ...Object.entries(columns).map(([field, column]) => one(field, { column })),
      ...Object.entries(constants ?? {}).map(([field, constant]) => one(field, { constant })),
    ];
  });
}

/** The values the build filled from the settlement by setl_id (the validation reports' `filled`). */
export function derivedColumns(reports: readonly ValidationReport[]): AppliedColumn[] {
  return reports.flatMap((r) =>
    (r.filled ?? []).flatMap((f) =>
      f.how === 'derived'
        ? [
            {
              file: r.sources.join(', '),
              table: r.target,
              field: f.field,
              from: f.from,
              how: 'derived' as const,
              rows: f.rows,
            },
          ]
        : [],
    ),
  );
}

function howOf(match: FieldMatch): MappingHow {
  switch (match.reason) {
    case 'header':
    case 'header-fuzzy':
      return 'header';
    case 'value-shape':
      return 'shape';
    case 'constant':
      return 'constant';
    default:
      return assertNever(match.reason, 'match reason');
  }
}

/** A label for how a field was filled, Chinese then English. */
export function howLabel(how: MappingHow): string {
  switch (how) {
    case 'header':
      return '列名 header';
    case 'shape':
      return '取值形态 shape';
    case 'constant':
      return '常量 constant';
    case 'derived':
      return '由结算推得 derived';
    case 'notebook':
      return '笔记本 notebook';
    case 'mapping-file':
      return '映射文件 mapping file';
    default:
      return assertNever(how, 'mapping how');
  }
}
