/** One benchmark query: the same SQL runs in the browser (DuckDB-WASM) and in native DuckDB. */
export interface BenchQuery {
  readonly id: string;
  readonly label: string;
  readonly sql: string;
}

/** The fixed audit queries the benchmark times, over the canonical tables the mapping builds. */
export const BENCH_QUERIES: readonly BenchQuery[] = [
  {
    id: 'duplicate_charge',
    label: 'duplicate charge (GROUP BY over fee lines)',
    sql: `SELECT setl_id, hilist_code, CAST(fee_ocur_time AS DATE) AS day, pric,
       count(*) AS n, sum(det_item_fee_sumamt) AS amount
FROM fee
WHERE med_chrgitm_type NOT IN ('01', '07')
GROUP BY ALL HAVING count(*) > 1
ORDER BY amount DESC, setl_id, hilist_code, day LIMIT 1000`,
  },
  {
    id: 'child_drug_adult',
    label: 'child-only drug billed for adults (fee × psn × kb join)',
    sql: `SELECT f.fixmedins_code, count(*) AS lines, count(DISTINCT f.setl_id) AS settlements,
       sum(f.det_item_fee_sumamt) AS amount
FROM fee f
JOIN psn p ON p.psn_no = f.psn_no
JOIN kb_restriction k ON k.code = f.hilist_code AND k.kind = 'child'
WHERE date_diff('year', p.brdy, CAST(f.fee_ocur_time AS DATE)) >= CAST(k.param AS INTEGER)
GROUP BY ALL ORDER BY amount DESC, f.fixmedins_code`,
  },
  {
    id: 'readmission_15d',
    label: 'readmission within 15 days (window function)',
    sql: `WITH stays AS (
  SELECT psn_no, fixmedins_code, setl_id, dise_codg, begndate, enddate,
         lag(enddate) OVER (PARTITION BY psn_no, fixmedins_code ORDER BY begndate, setl_id) AS prev_end
  FROM setl WHERE med_type = '21'
)
SELECT fixmedins_code, count(*) AS readmissions
FROM stays
WHERE prev_end IS NOT NULL AND date_diff('day', prev_end, begndate) BETWEEN 0 AND 15
GROUP BY ALL ORDER BY readmissions DESC, fixmedins_code`,
  },
  {
    id: 'peer_outlier',
    label: 'per-institution peer statistics (z-score)',
    sql: `WITH per AS (
  SELECT s.fixmedins_code, m.peer_group, count(*) AS stays,
         avg(s.medfee_sumamt) AS avg_cost, avg(date_diff('day', s.begndate, s.enddate)) AS avg_los
  FROM setl s JOIN medins m ON m.fixmedins_code = s.fixmedins_code
  WHERE s.med_type = '21'
  GROUP BY ALL
)
SELECT *, (avg_cost - avg(avg_cost) OVER w) / nullif(stddev_samp(avg_cost) OVER w, 0) AS z_cost
FROM per WINDOW w AS (PARTITION BY peer_group)
ORDER BY z_cost DESC NULLS LAST, fixmedins_code`,
  },
];

/** Makes the knowledge table the queries join, over the raw table the loader made from kb_restriction.csv. */
export const KB_VIEW_SQL = 'CREATE OR REPLACE VIEW kb_restriction AS SELECT * FROM raw_kb_restriction';
