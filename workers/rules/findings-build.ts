import { quoteIdent } from '../engine/sql-quote';

/*
 * The per-run tables are TEMP tables on the kernel's private connection (`KernelSql`): user SQL runs on
 * other connections and cannot name them in any form. Only the findings tables are the user's.
 */

/** The per-run table every rule's detail rows go into. */
export const HITS_TABLE = '_cl_rule_hits';
/** The per-run table of the running rules' metadata (bound through prepared INSERTs). */
export const META_TABLE = '_cl_rule_meta';
/** The per-run table of amounts at risk: one row per violating fee line or whole settlement. */
export const RISK_TABLE = '_cl_risk_units';

/** Statements that (re)create the per-run tables. */
export const RUN_TABLES: readonly string[] = [
  `CREATE OR REPLACE TEMP TABLE ${HITS_TABLE} (rule_id VARCHAR, finding_key VARCHAR, psn_no VARCHAR,
     mdtrt_id VARCHAR, setl_id VARCHAR, fixmedins_code VARCHAR, dr_code VARCHAR, feedetl_sn VARCHAR,
     vola_item_type INTEGER, amount DECIMAL(18,2), vola_cont VARCHAR, vola_cont_en VARCHAR)`,
  `CREATE OR REPLACE TEMP TABLE ${META_TABLE} (rule_id VARCHAR, rule_name VARCHAR, rule_name_en VARCHAR,
     sev_deg VARCHAR, vola_bhvr_type VARCHAR, vola_evid VARCHAR, vola_evid_en VARCHAR)`,
  `DELETE FROM _cl_rule_params`,
];

/** Wraps a rule's (compiled) query so its rows land in the hits table, typed, whatever its column order. */
export function insertHitsSql(ruleId: string, query: string): string {
  return `INSERT INTO ${HITS_TABLE}\n${hitsSelectSql(ruleId, query)}`;
}

/** A rule's (compiled) query as rows of the hits table's shape, typed, whatever its column order. */
export function hitsSelectSql(ruleId: string, query: string): string {
  return `SELECT '${ruleId}', CAST(r.finding_key AS VARCHAR), CAST(r.psn_no AS VARCHAR), CAST(r.mdtrt_id AS VARCHAR),
  CAST(r.setl_id AS VARCHAR), CAST(r.fixmedins_code AS VARCHAR), CAST(r.dr_code AS VARCHAR),
  CAST(r.feedetl_sn AS VARCHAR), CAST(r.vola_item_type AS INTEGER), CAST(r.amount AS DECIMAL(18,2)),
  CAST(r.vola_cont AS VARCHAR), CAST(r.vola_cont_en AS VARCHAR)
FROM (
${query.replace(/[\s;]+$/, '')}
) AS r`;
}

/**
 * Builds the findings tables from the hits: `<name>` (one row per finding, the national review
 * interface's shape) and `<name>_lines` (its fee lines, 1 = violating, 2 = related). A finding is
 * `rule_id:finding_key`; its amount is the sum of its violating lines (each once), or of the whole
 * settlements it flags (each once) when the rule flagged whole settlements. Rows are ordered, so both engines write the same table.
 */
export function buildFindingsSql(name: string): string[] {
  const findings = quoteIdent(name);
  const lines = quoteIdent(`${name}_lines`);
  // Grouped straight from the hits table on (rule_id, finding_key), never through a CTE of whole hit
  // rows: DuckDB would materialise it, wording included, which does not fit a tab at 10 M fee lines.
  return [
    `CREATE OR REPLACE TABLE ${lines} AS
     SELECT rule_id || ':' || finding_key AS finding_id, rule_id, feedetl_sn, setl_id, vola_item_type, amount
     FROM (
       SELECT rule_id, finding_key, feedetl_sn, min(setl_id) AS setl_id, min(vola_item_type) AS vola_item_type,
         max(amount) AS amount
       FROM ${HITS_TABLE} WHERE feedetl_sn IS NOT NULL AND finding_key IS NOT NULL
       GROUP BY rule_id, finding_key, feedetl_sn)
     ORDER BY finding_id, feedetl_sn`,
    `CREATE OR REPLACE TABLE ${findings} AS
     WITH f AS (
       SELECT rule_id, finding_key,
         coalesce(min(psn_no) FILTER (WHERE vola_item_type = 1), min(psn_no)) AS psn_no,
         coalesce(min(mdtrt_id) FILTER (WHERE vola_item_type = 1), min(mdtrt_id)) AS mdtrt_id,
         coalesce(min(setl_id) FILTER (WHERE vola_item_type = 1), min(setl_id)) AS setl_id,
         coalesce(min(fixmedins_code) FILTER (WHERE vola_item_type = 1), min(fixmedins_code)) AS fixmedins_code,
         coalesce(min(dr_code) FILTER (WHERE vola_item_type = 1), min(dr_code)) AS dr_code,
         min(vola_cont) AS vola_cont, min(vola_cont_en) AS vola_cont_en
       FROM ${HITS_TABLE} WHERE finding_key IS NOT NULL GROUP BY rule_id, finding_key),
     w AS (SELECT rule_id, finding_key, sum(amt) AS whole_amt FROM (
             SELECT rule_id, finding_key, coalesce(setl_id, finding_key), max(amount) AS amt FROM ${HITS_TABLE}
             WHERE feedetl_sn IS NULL AND vola_item_type = 1 AND finding_key IS NOT NULL GROUP BY ALL)
           GROUP BY rule_id, finding_key),
     l AS (SELECT finding_id, sum(amount) FILTER (WHERE vola_item_type = 1) AS amt, count(*) AS n
           FROM ${lines} GROUP BY finding_id)
     SELECT f.rule_id || ':' || f.finding_key AS finding_id, f.rule_id, m.rule_name, m.rule_name_en, m.sev_deg,
       m.vola_bhvr_type, f.vola_cont, f.vola_cont_en,
       CAST(coalesce(w.whole_amt, l.amt, 0) AS DECIMAL(18,2)) AS vola_amt,
       m.vola_evid, m.vola_evid_en, f.psn_no, f.mdtrt_id, f.setl_id, f.fixmedins_code, f.dr_code,
       CAST(coalesce(l.n, 0) AS INTEGER) AS lines
     FROM f JOIN ${META_TABLE} m USING (rule_id)
     LEFT JOIN w USING (rule_id, finding_key)
     LEFT JOIN l ON l.finding_id = f.rule_id || ':' || f.finding_key
     ORDER BY f.rule_id, finding_id`,
    // Amount at risk: a whole flagged settlement once; otherwise each violating line once, at its
    // largest amount at issue among the rules that flag it.
    `CREATE OR REPLACE TEMP TABLE ${RISK_TABLE} AS
     WITH whole AS (
       SELECT 'S:' || coalesce(setl_id, finding_key) AS unit, coalesce(setl_id, finding_key) AS setl_id,
         min(fixmedins_code) AS fixmedins_code, min(dr_code) AS dr_code, max(amount) AS amount
       FROM ${HITS_TABLE} WHERE vola_item_type = 1 AND finding_key IS NOT NULL AND feedetl_sn IS NULL
       GROUP BY ALL),
     line AS (
       SELECT 'L:' || feedetl_sn AS unit, min(setl_id) AS setl_id, min(fixmedins_code) AS fixmedins_code,
         min(dr_code) AS dr_code, max(amount) AS amount
       FROM ${HITS_TABLE} WHERE vola_item_type = 1 AND finding_key IS NOT NULL AND feedetl_sn IS NOT NULL
       GROUP BY feedetl_sn)
     SELECT unit, setl_id, fixmedins_code, dr_code, amount FROM whole
     UNION ALL
     SELECT unit, setl_id, fixmedins_code, dr_code, amount FROM line
     WHERE setl_id IS NULL OR setl_id NOT IN (SELECT setl_id FROM whole WHERE setl_id IS NOT NULL)`,
  ];
}
