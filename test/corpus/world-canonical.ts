/**
 * The corpus world straight into canonical tables, for model tests on data shaped unlike the workshop
 * generator without the cost of writing and mapping a layout's files: one CSV per table, bulk-read into
 * tables with every canonical column (absent ones NULL, as the mapper builds them).
 */
import type { NodeEngine } from '../../node/engine/duckdb-node-engine';
import { CANONICAL_MODEL } from '../../core/mapping/canonical-model';
import type { CanonicalTable } from '../../core/mapping/mapping-types';
import { CLAIMS_DIR } from '../../workers/engine/engine-settings';
import { quoteIdent } from '../../workers/engine/sql-quote';
import { fieldSqlType } from '../../workers/mapping/field-sql';
import type { DataAvailability } from '../../workers/rules/rule-availability';
import { isoDay, isoTime } from './corpus-days';
import { lineAmount, visitTotal, type CorpusVisit, type CorpusWorld } from './corpus-model';

/** A canonical row: field → value (null = empty). */
export type CanonicalRow = Readonly<Record<string, string | number | null>>;

/** What the corpus world does not say and a test supplies: regions, DRG groups, institution attributes. */
export interface WorldCanonicalOptions {
  /** The insurance region of a visit's person (default: the care region: everyone local). */
  readonly insuranceRegion?: (visit: CorpusVisit) => string;
  /** The region all institutions are in. */
  readonly careRegion?: string;
  /** A stay's DRG group, or null. */
  readonly drg?: (visit: CorpusVisit) => string | null;
  /** `medins` rows. */
  readonly medins: readonly CanonicalRow[];
}

const MED_TYPE = { inpatient: '21', outpatient: '11', pharmacy: '41' } as const;

/** The world's settlements and fee lines as canonical rows. */
export function worldRows(
  world: CorpusWorld,
  options: WorldCanonicalOptions,
): Record<'setl' | 'fee' | 'medins', CanonicalRow[]> {
  const care = options.careRegion ?? '320100';
  const setl = world.visits.map((v) => ({
    setl_id: v.id,
    mdtrt_id: v.id,
    psn_no: v.person.id,
    fixmedins_code: v.institution.code,
    medins_lv: v.institution.level === undefined ? null : String(v.institution.level),
    med_type: MED_TYPE[v.scene],
    begndate: isoDay(v.begin),
    enddate: isoDay(v.end),
    dise_codg: v.diagnosis.code,
    drg_code: options.drg?.(v) ?? null,
    medfee_sumamt: visitTotal(v),
    insu_admdvs: options.insuranceRegion?.(v) ?? care,
    mdtrt_admdvs: care,
  }));
  const fee = world.visits.flatMap((v) =>
    v.lines.map((l) => ({
      feedetl_sn: l.id,
      setl_id: v.id,
      psn_no: v.person.id,
      fixmedins_code: v.institution.code,
      fee_ocur_time: isoTime(l.day, l.second),
      hilist_code: l.item.code,
      hilist_name: l.item.zh,
      med_chrgitm_type: l.item.chargeType,
      cnt: l.cnt,
      pric: l.price,
      det_item_fee_sumamt: lineAmount(l),
    })),
  );
  return { setl, fee, medins: [...options.medins] };
}

const csvCell = (v: string | number | null): string =>
  v === null ? '' : `"${String(v).replace(/"/g, '""')}"`;

/** Replaces the canonical tables with `tables`' rows (bulk, through CSV); returns what is available. */
export async function loadCanonicalRows(
  engine: NodeEngine,
  tables: Partial<Record<CanonicalTable, readonly CanonicalRow[]>>,
): Promise<DataAvailability> {
  const fields = new Map<CanonicalTable, Set<string>>();
  for (const [name, rows] of Object.entries(tables) as [CanonicalTable, readonly CanonicalRow[]][]) {
    const model = CANONICAL_MODEL[name];
    const columns = model.map((f) => `${quoteIdent(f.name)} ${fieldSqlType(f.type)}`).join(', ');
    await engine.exec(`DROP TABLE IF EXISTS ${quoteIdent(name)}`);
    await engine.exec(`CREATE TABLE ${quoteIdent(name)} (${columns})`);
    const present = model.filter((f) => rows.some((r) => r[f.name] !== undefined && r[f.name] !== null));
    fields.set(name, new Set(present.map((f) => f.name)));
    if (rows.length === 0 || present.length === 0) continue;
    const text = [
      present.map((f) => f.name).join(','),
      ...rows.map((r) => present.map((f) => csvCell(r[f.name] ?? null)).join(',')),
    ].join('\n');
    const path = `${CLAIMS_DIR}world_${name}.csv`;
    await engine.registerBuffer(path, new TextEncoder().encode(text));
    const select = present
      .map((f) => `CAST(nullif(${quoteIdent(f.name)}, '') AS ${fieldSqlType(f.type)})`)
      .join(', ');
    await engine.exec(
      `INSERT INTO ${quoteIdent(name)} (${present.map((f) => quoteIdent(f.name)).join(', ')})
       SELECT ${select} FROM read_csv('${path}', header = true, all_varchar = true)`,
    );
  }
  return { fields, knowledge: new Map(), restrictionKinds: new Set() };
}
