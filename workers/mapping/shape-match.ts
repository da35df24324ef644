import { CANONICAL_MODEL } from '../../core/mapping/canonical-model';
import type { CanonicalField, CanonicalTable } from '../../core/mapping/mapping-types';
import type { Msg } from '../../core/shared/msg';
import {
  dateOrderEvidence,
  feeTripleEvidence,
  idEvidence,
  shapeEvidence,
  totalEvidence,
} from './propose-evidence';
import type { ColumnShape, ShapeKind } from './value-shapes';

/** A column whose header did not settle it, with its value shape. */
export interface ShapedColumn {
  readonly name: string;
  readonly shape: ColumnShape;
  /**
   * Share of distinct values among the column's non-null values over a long prefix of the table
   * (sample-columns.ts); absent: the sample's own share.
   */
  readonly unique?: number;
}

/** A field proposed from a column's values. */
export interface ShapeMatch {
  readonly field: string;
  readonly column: string;
  readonly score: number;
  /** What the values showed, for the user. */
  readonly evidence: Msg;
}

/** An id column is a table's key only when at least this share of its values is distinct. */
export const KEY_UNIQUE = 0.98;

/** Which fields a shape can fill, in order of preference (the first one still free in the table wins). */
const FIELDS_BY_SHAPE: Partial<Record<ShapeKind, readonly string[]>> = {
  certno: ['certno'],
  'catalogue-code': ['hilist_code', 'medins_list_code'],
  'medins-code': ['fixmedins_code'],
  icd: ['dise_codg'],
  gend: ['gend'],
  'medins-lv': ['medins_lv'],
  insutype: ['insutype'],
  'list-type': ['list_type'],
  'chrgitm-type': ['med_chrgitm_type'],
  'med-type': ['med_type'],
  'medins-type': ['fixmedins_type'],
  'institution-name': ['fixmedins_name'],
  'drug-name': ['hilist_name', 'medins_list_name'],
  'person-name': ['psn_name'],
  admdvs: ['insu_admdvs', 'mdtrt_admdvs', 'admdvs'],
};

/** Date fields in the order their values usually fall (a visit begins, ends, then is settled). */
const DATE_FIELDS = ['brdy', 'begndate', 'enddate', 'setl_time', 'fee_ocur_time', 'death_date'];

function median(values: readonly (number | null)[]): number {
  const xs = values.filter((v): v is number => v !== null).sort((a, b) => a - b);
  return xs.length ? (xs[Math.floor(xs.length / 2)] ?? 0) : 0;
}

/** Share of rows (where all are present) for which `test` holds, and how many rows that was. */
function rowShare(
  cols: readonly ColumnShape[],
  test: (xs: number[]) => boolean,
): { share: number; rows: number } {
  let rows = 0;
  let hits = 0;
  const n = Math.min(...cols.map((c) => c.values.length));
  for (let i = 0; i < n; i++) {
    const xs = cols.map((c) => c.values[i]);
    if (xs.some((x) => x === null || x === undefined)) continue;
    rows++;
    if (test(xs as number[])) hits++;
  }
  return { share: rows ? hits / rows : 0, rows };
}

/** Finds quantity × price = amount among numeric columns (ignoring rows where the amount is 0). */
function findFeeTriple(numbers: readonly ShapedColumn[]): ShapeMatch[] {
  for (const c of numbers) {
    for (const a of numbers) {
      for (const b of numbers) {
        if (a === b || a === c || b === c || a.name > b.name) continue;
        const cols = [a.shape, b.shape, c.shape];
        const product = rowShare(cols, ([x = 0, y = 0, z = 0]) => z !== 0 && Math.abs(x * y - z) <= 0.011);
        if (product.rows < 1 || product.share < 0.9) continue;
        // The quantity is the whole-number one; failing that, the smaller one.
        const aIsCnt =
          a.shape.isInteger !== b.shape.isInteger
            ? a.shape.isInteger
            : median(a.shape.values) <= median(b.shape.values);
        const [cnt, pric] = aIsCnt ? [a, b] : [b, a];
        const evidence = feeTripleEvidence(product.share);
        return [
          { field: 'cnt', column: cnt.name, score: 0.7, evidence },
          { field: 'pric', column: pric.name, score: 0.7, evidence },
          { field: 'det_item_fee_sumamt', column: c.name, score: 0.7, evidence },
        ];
      }
    }
  }
  return [];
}

/**
 * The settlement total is the amount that is at least every other amount on the row. Whole-number-only
 * columns (counts, ages, bed numbers) are not taken for money.
 */
function findTotal(all: readonly ShapedColumn[]): ShapeMatch[] {
  const numbers = all.filter((c) => !c.shape.isInteger);
  if (numbers.length === 1 && numbers[0]) {
    const only = numbers[0];
    return [
      {
        field: 'medfee_sumamt',
        column: only.name,
        score: 0.4,
        evidence: shapeEvidence('number', only.shape.fit),
      },
    ];
  }
  for (const c of numbers) {
    const others = numbers.filter((o) => o !== c);
    const dominates = rowShare([c.shape, ...others.map((o) => o.shape)], ([x = 0, ...rest]) =>
      rest.every((r) => x >= r),
    );
    if (dominates.rows > 0 && dominates.share >= 0.9)
      return [
        { field: 'medfee_sumamt', column: c.name, score: 0.5, evidence: totalEvidence(dominates.share) },
      ];
  }
  return [];
}

/** Amount fields from numeric columns. Runs before the categorical shapes: a quantity may look like a code. */
function numberMatches(
  table: CanonicalTable,
  free: Set<string>,
  columns: readonly ShapedColumn[],
): ShapeMatch[] {
  const numeric = columns.filter((c) => c.shape.kind !== 'datetime' && c.shape.values.length > 0);
  if (table === 'fee' && free.has('cnt') && free.has('pric') && free.has('det_item_fee_sumamt')) {
    return findFeeTriple(numeric);
  }
  if (table === 'setl' && free.has('medfee_sumamt')) return findTotal(numeric);
  if (table === 'medins' && free.has('open_beds')) {
    const beds = columns.find((c) => c.shape.kind === 'number' && c.shape.isInteger);
    return beds
      ? [
          {
            field: 'open_beds',
            column: beds.name,
            score: 0.4,
            evidence: shapeEvidence('number', beds.shape.fit),
          },
        ]
      : [];
  }
  return [];
}

/**
 * Identifier columns: the most unique one fills the table's key when its values do not repeat (a table
 * without a key names the person by psn_no); in a settlement table a repeating one is the person.
 */
function idMatches(
  table: CanonicalTable,
  fields: readonly CanonicalField[],
  free: ReadonlySet<string>,
  columns: readonly ShapedColumn[],
): ShapeMatch[] {
  const uniqueOf = (c: ShapedColumn) => c.unique ?? c.shape.distinct;
  const ids = columns.filter((c) => c.shape.kind === 'id').sort((a, b) => uniqueOf(b) - uniqueOf(a));
  const out: ShapeMatch[] = [];
  const hasKey = CANONICAL_MODEL[table].some((f) => f.isKey);
  const keyField = hasKey
    ? fields.find((f) => f.isKey && free.has(f.name))?.name
    : ['psn_no'].find((f) => free.has(f));
  const first = ids[0];
  let rest = ids;
  if (keyField && first && (!hasKey || uniqueOf(first) >= KEY_UNIQUE)) {
    out.push({
      field: keyField,
      column: first.name,
      score: 0.4,
      evidence: idEvidence(uniqueOf(first), true),
    });
    rest = ids.slice(1);
  }
  const person = rest.find((c) => uniqueOf(c) < KEY_UNIQUE);
  if (table === 'setl' && free.has('psn_no') && keyField !== 'psn_no' && person) {
    out.push({
      field: 'psn_no',
      column: person.name,
      score: 0.4,
      evidence: idEvidence(uniqueOf(person), false),
    });
  }
  return out;
}

/**
 * Proposes fields for columns from their value shapes, within one table. `fields` are the table's fields
 * no header matched; `columns` (in file order) the columns no header matched.
 */
export function shapeMatches(
  table: CanonicalTable,
  fields: readonly CanonicalField[],
  columns: readonly ShapedColumn[],
): ShapeMatch[] {
  const free = new Set(fields.map((f) => f.name));
  const taken = new Set<string>();
  const out: ShapeMatch[] = [];
  const take = (m: ShapeMatch) => {
    free.delete(m.field);
    taken.add(m.column);
    out.push(m);
  };
  for (const m of numberMatches(table, free, columns)) take(m);
  const open = () => columns.filter((c) => !taken.has(c.name));
  for (const col of open()) {
    const field = FIELDS_BY_SHAPE[col.shape.kind]?.find((f) => free.has(f));
    if (field) {
      take({
        field,
        column: col.name,
        score: col.shape.confidence,
        evidence: shapeEvidence(col.shape.kind, col.shape.fit),
      });
    }
  }
  const dates = open()
    .filter((c) => c.shape.kind === 'datetime')
    .sort((a, b) => median(a.shape.values) - median(b.shape.values));
  const dateFields = DATE_FIELDS.filter((f) => free.has(f));
  const placed = dates.slice(0, dateFields.length);
  placed.forEach((c, i) =>
    take({
      field: dateFields[i] ?? '',
      column: c.name,
      score: 0.5,
      evidence: dateOrderEvidence(c.shape.fit, i + 1, placed.length),
    }),
  );
  for (const m of idMatches(table, fields, free, open())) take(m);
  return out;
}
