/**
 * SQL building blocks shared by the peer-comparison models (异地就医, 高套编码, 同类机构指标): an
 * institution's peer group and robust z-scores with percentiles within peer groups.
 */
import type { ModelParameterDef } from '../../../core/models/model-types';
import { msg } from '../../../core/shared/msg';

/**
 * One row per institution seen in `setl` (`fixmedins_code` trimmed) with its `peer` group: `medins.peer_group`
 * when filled, else `level × type` (level from `medins.medins_lv`, else `setl.medins_lv`; type from
 * `medins.fixmedins_type`; `?` for what is unknown). Reads `medins`: a model using it needs
 * `medins.fixmedins_code`.
 */
export const INSTITUTION_PEERS_SQL = `
SELECT i.fixmedins_code,
  coalesce(
    nullif(trim(CAST(m.peer_group AS VARCHAR)), ''),
    coalesce(nullif(trim(CAST(m.medins_lv AS VARCHAR)), ''), i.lv, '?') || ' × ' ||
      coalesce(nullif(trim(CAST(m.fixmedins_type AS VARCHAR)), ''), '?')
  ) AS peer
FROM (
  SELECT trim(fixmedins_code) AS fixmedins_code, any_value(nullif(trim(CAST(medins_lv AS VARCHAR)), '')) AS lv
  FROM setl WHERE nullif(trim(fixmedins_code), '') IS NOT NULL GROUP BY 1
) i
LEFT JOIN (
  SELECT trim(fixmedins_code) AS fixmedins_code, any_value(peer_group) AS peer_group,
    any_value(medins_lv) AS medins_lv, any_value(fixmedins_type) AS fixmedins_type
  FROM medins WHERE fixmedins_code IS NOT NULL GROUP BY 1
) m USING (fixmedins_code)`;

/**
 * Robust z-scores within peer groups over a long table `source` with columns `peer`, `entity_id`, `ind`
 * (which indicator) and `v` (DOUBLE, NULL = unavailable). Returns the same rows with `med` (the peers'
 * median), `peers` (members with a value), `z` and `pct` (percent rank within the peers, 0…1).
 *
 * z = (v − median) / (1.4826 × MAD). When MAD is 0 (over half the peers share one value) the scale falls back
 * to 1.2533 × the mean absolute deviation from the median (the same consistency for normal data); when
 * that is 0 too, every peer has the same value and z is 0. z is NULL when `v` is NULL or the group has fewer
 * than `minPeers` members with a value: too few to say what is usual.
 */
export function robustZSql(source: string, minPeers: number): string {
  return `
WITH x AS (SELECT * FROM ${source}),
m AS (SELECT peer, ind, median(v) AS med, count(v) AS peers FROM x GROUP BY peer, ind),
d AS (
  SELECT x.peer, x.ind, median(abs(x.v - m.med)) AS mad, avg(abs(x.v - m.med)) AS mean_ad
  FROM x JOIN m USING (peer, ind) GROUP BY x.peer, x.ind
)
SELECT x.*, m.med, m.peers,
  CASE
    WHEN x.v IS NULL OR m.peers < ${minPeers} THEN NULL
    WHEN d.mad > 0 THEN (x.v - m.med) / (1.4826 * d.mad)
    WHEN d.mean_ad > 0 THEN (x.v - m.med) / (1.2533 * d.mean_ad)
    ELSE 0
  END AS z,
  CASE WHEN x.v IS NOT NULL THEN percent_rank() OVER (PARTITION BY x.peer, x.ind, x.v IS NULL ORDER BY x.v) END AS pct
FROM x JOIN m USING (peer, ind) JOIN d USING (peer, ind)`;
}

/** SQL text of a share (0…1) as a percentage with one decimal, e.g. `48.2%`; `—` when NULL. */
export function pctText(expr: string): string {
  return `coalesce(printf('%.1f%%', 100 * (${expr})), '—')`;
}

/** The robust z threshold the peer models flag outliers above (Iglewicz and Hoaglin's 3.5). */
export const Z_THRESHOLD_PARAMETER: ModelParameterDef = {
  name: 'z',
  label: msg('稳健 z 阈值', 'Robust z threshold'),
  kind: 'number',
  default: 3.5,
  min: 1,
  max: 20,
  reason: msg(
    'Iglewicz 与 Hoaglin 建议修正 z 值（中位数与 MAD）超过 3.5 视为离群。',
    'Iglewicz and Hoaglin recommend treating a modified z-score (median and MAD) above 3.5 as an outlier.',
  ),
};
