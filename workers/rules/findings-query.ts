import { quoteIdent } from '../engine/sql-quote';
import { msg } from '../../core/shared/msg';
import type { RuleEngine } from './rule-engine';
import {
  FINDING_SORT_COLUMNS,
  type FindingDrill,
  type FindingLine,
  type FindingRow,
  type FindingsPage,
  type FindingsQuery,
} from '../../core/rules/rule-run-types';

/** An engine that can also run a prepared query and return its rows. */
export interface FindingsEngine extends RuleEngine {
  rowsPrepared<T extends object>(sql: string, args: readonly (string | number | null)[]): Promise<T[]>;
}

/** The most fee lines a drill-down shows (an inpatient stay rarely has more). */
export const DRILL_LINE_LIMIT = 5000;

const FINDING_COLUMNS = `* REPLACE (CAST(vola_amt AS DOUBLE) AS vola_amt)`;

/**
 * A page of a findings table. `table` must be a findings table the kernel wrote (the caller checks);
 * the sort column comes from a fixed list; every filter value is a bound parameter.
 */
export async function findingsPage(engine: FindingsEngine, query: FindingsQuery): Promise<FindingsPage> {
  const sort = FINDING_SORT_COLUMNS.includes(query.sort) ? query.sort : 'vola_amt';
  const direction = query.descending ? 'DESC' : 'ASC';
  const text = query.search?.trim() ? query.search.trim().toLowerCase() : null;
  const filters = [
    query.ruleId ?? null,
    query.fixmedinsCode ?? null,
    query.drCode ?? null,
    query.severity ?? null,
  ];
  const rows = await engine.rowsPrepared<FindingRow & { _total: number }>(
    `SELECT ${FINDING_COLUMNS}, CAST(count(*) OVER () AS INTEGER) AS _total FROM ${quoteIdent(query.table)}
     WHERE (CAST(? AS VARCHAR) IS NULL OR rule_id = ?)
       AND (CAST(? AS VARCHAR) IS NULL OR fixmedins_code = ?)
       AND (CAST(? AS VARCHAR) IS NULL OR dr_code = ?)
       AND (CAST(? AS VARCHAR) IS NULL OR sev_deg = ?)
       AND (CAST(? AS VARCHAR) IS NULL OR contains(lower(concat_ws(' ', finding_id, psn_no, setl_id, mdtrt_id,
             fixmedins_code, dr_code, rule_name, rule_name_en, vola_cont, vola_cont_en)), ?))
     ORDER BY ${sort} ${direction} NULLS LAST, finding_id
     LIMIT ? OFFSET ?`,
    [
      ...filters.flatMap((v) => [v, v]),
      text,
      text,
      clamp(query.limit, 1, 1000),
      Math.max(0, Math.floor(query.offset)),
    ],
  );
  return {
    rows: rows.map(({ _total: _, ...row }) => row),
    total: rows[0]?._total ?? 0,
  };
}

/** A finding, its basis, and every fee line of the settlement(s) it involves, its own lines marked. */
export async function findingDrill(
  engine: FindingsEngine,
  table: string,
  findingId: string,
): Promise<FindingDrill | undefined> {
  const findings = quoteIdent(table);
  const lines = quoteIdent(`${table}_lines`);
  const [finding] = await engine.rowsPrepared<FindingRow>(
    `SELECT ${FINDING_COLUMNS} FROM ${findings} WHERE finding_id = ?`,
    [findingId],
  );
  if (!finding) return undefined;
  const hasFee = (
    await engine.rows<{ n: number }>(
      `SELECT count(*)::INTEGER AS n FROM information_schema.tables WHERE table_schema = 'main' AND table_name = 'fee'`,
    )
  )[0]?.n;
  const fee = hasFee
    ? await engine.rowsPrepared<FindingLine>(
        `WITH mine AS (SELECT feedetl_sn, vola_item_type, amount FROM ${lines} WHERE finding_id = ?),
         s AS (SELECT DISTINCT setl_id FROM ${lines} WHERE finding_id = ? AND setl_id IS NOT NULL
               UNION SELECT setl_id FROM ${findings} WHERE finding_id = ? AND setl_id IS NOT NULL)
         SELECT f.feedetl_sn, f.setl_id, strftime(f.fee_ocur_time, '%Y-%m-%d %H:%M:%S') AS fee_ocur_time,
           f.hilist_code, f.hilist_name, CAST(f.cnt AS DOUBLE) AS cnt, CAST(f.pric AS DOUBLE) AS pric,
           CAST(f.det_item_fee_sumamt AS DOUBLE) AS det_item_fee_sumamt, f.bilg_dept_code, f.bilg_dr_code,
           m.vola_item_type, CAST(m.amount AS DOUBLE) AS amount
         FROM fee f JOIN s ON f.setl_id = s.setl_id LEFT JOIN mine m ON m.feedetl_sn = f.feedetl_sn
         ORDER BY f.fee_ocur_time NULLS LAST, f.feedetl_sn
         LIMIT ${DRILL_LINE_LIMIT}`,
        [findingId, findingId, findingId],
      )
    : [];
  return {
    finding,
    basis: msg(finding.vola_evid, finding.vola_evid_en),
    lines: fee.map((l) => ({
      ...l,
      vola_item_type: (l.vola_item_type ?? null) as FindingLine['vola_item_type'],
    })),
  };
}

const clamp = (n: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, Math.floor(n)));
