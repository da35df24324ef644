import { createKnowledgeTableSql } from '../workers/knowledge/kb-schema';
import { KNOWLEDGE_TABLES } from '../core/knowledge/kb-types';

/**
 * Knowledge for the benchmark's rule pack, derived from the loaded data itself so every rule family has
 * work (the generated dataset ships only a few restriction kinds): price caps at the 99th percentile of
 * the busiest items' prices, exclusive pairs among mid-frequency items (a pair with a daily item such as the bed fee would flag nearly every stay, which no real pair list does), daily frequencies for bed days, and a handful of
 * restriction kinds on frequent codes. Both engines run these same statements after loading, so they
 * compare the same work. Deterministic: every choice is ordered.
 */
export const BENCH_KNOWLEDGE_SQL: readonly string[] = [
  ...KNOWLEDGE_TABLES.map(createKnowledgeTableSql),
  `INSERT INTO kb_restriction SELECT code, kind, param, 'generated' FROM raw_kb_restriction`,
  `CREATE OR REPLACE TEMP TABLE _bench_codes AS
   SELECT hilist_code AS code, any_value(med_chrgitm_type) AS type, count(*) AS n,
     quantile_disc(pric, 0.99) AS pric,
     row_number() OVER (PARTITION BY left(hilist_code, 1) ORDER BY count(*) DESC, hilist_code) AS r
   FROM fee WHERE hilist_code IS NOT NULL GROUP BY hilist_code`,
  `INSERT INTO kb_price_cap SELECT code, '', CAST(pric AS DECIMAL(18,4)), 'bench' FROM _bench_codes
   WHERE regexp_matches(code, '^[0-9]{15}$') AND r <= 40`,
  `INSERT INTO kb_exclusive_pair
   SELECT a.code, b.code, 'day', 'bench' FROM _bench_codes a JOIN _bench_codes b
     ON a.code < b.code AND regexp_matches(a.code, '^[0-9]{15}$') AND regexp_matches(b.code, '^[0-9]{15}$')
   WHERE a.r BETWEEN 20 AND 22 AND b.r BETWEEN 23 AND 26`,
  `INSERT INTO kb_frequency SELECT code, 'day', 1, 'bench' FROM _bench_codes WHERE type = '01'`,
  `INSERT INTO kb_frequency SELECT code, '7d', 1, 'bench' FROM _bench_codes
   WHERE regexp_matches(code, '^[0-9]{15}$') AND r BETWEEN 9 AND 12`,
  `INSERT INTO kb_restriction
   SELECT code, kind, param, 'bench' FROM (
     SELECT code, 'course_days' AS kind, '7' AS param FROM _bench_codes WHERE left(code, 1) IN ('X', 'Z') AND r <= 10
     UNION ALL SELECT code, 'max_qty', '30' FROM _bench_codes WHERE left(code, 1) IN ('X', 'Z') AND r BETWEEN 11 AND 20
     UNION ALL SELECT code, 'indication', 'I10,I11,E11' FROM _bench_codes WHERE left(code, 1) = 'X' AND r BETWEEN 21 AND 25
     UNION ALL SELECT code, 'second_line', '' FROM _bench_codes WHERE left(code, 1) = 'X' AND r BETWEEN 26 AND 30
     UNION ALL SELECT code, 'med_type', 'inpatient' FROM _bench_codes WHERE left(code, 1) = 'X' AND r BETWEEN 31 AND 35
     UNION ALL SELECT code, 'herbal_excluded', '' FROM _bench_codes WHERE left(code, 1) = 'T' AND r <= 3
     UNION ALL SELECT code, 'herbal_single', '' FROM _bench_codes WHERE left(code, 1) = 'T' AND r BETWEEN 4 AND 8
     UNION ALL SELECT code, 'dept', 'A03' FROM _bench_codes WHERE regexp_matches(code, '^[0-9]{15}$') AND r BETWEEN 13 AND 16
     UNION ALL SELECT code, 'total_cap', '500' FROM _bench_codes WHERE regexp_matches(code, '^[0-9]{15}$') AND r BETWEEN 17 AND 20
     UNION ALL SELECT code, 'age_max', '60' FROM _bench_codes WHERE regexp_matches(code, '^[0-9]{15}$') AND r BETWEEN 21 AND 22
     UNION ALL SELECT code, 'age_min', '16' FROM _bench_codes WHERE regexp_matches(code, '^[0-9]{15}$') AND r BETWEEN 21 AND 22
     UNION ALL SELECT code, 'max_qty', '20' FROM _bench_codes WHERE left(code, 1) = 'C' AND r <= 5
   ) ORDER BY ALL`,
  `DROP TABLE _bench_codes`,
];
