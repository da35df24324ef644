import { msg, type Msg } from '../../../core/shared/msg';
import type { RuleParameterDef } from '../../../core/rules/rule-types';

/** The care setting a frequency rule counts, with its words for messages. */
export interface FrequentVisitsScene {
  readonly scene: 'outpatient' | 'pharmacy';
  /** The act counted, e.g. 门诊就诊 / outpatient visits. */
  readonly act: Msg;
}

/** The parameters of a rolling-window frequency rule: more than `max_visits` within `window_days`. */
export function frequentVisitsParameters(maxVisits: number, windowDays: number): RuleParameterDef[] {
  return [
    {
      name: 'max_visits',
      label: msg('窗口内允许的最多次数（超过即计）', 'Most visits allowed in the window (more are flagged)'),
      kind: 'integer',
      default: maxVisits,
      min: 1,
      max: 365,
      unit: msg('次', 'visits'),
    },
    {
      name: 'window_days',
      label: msg('滚动窗口（天，含首尾）', 'Rolling window (days, inclusive)'),
      kind: 'integer',
      default: windowDays,
      min: 1,
      max: 366,
      unit: msg('天', 'days'),
    },
  ];
}

/**
 * The query of a rolling-window frequency rule (频繁门诊, 频繁购药). A visit is a person's settlements
 * at one institution on one day, so a visit settled in several parts counts once. Visits are numbered
 * per person (by day, then institution); a visit is excess when it is at least the (max_visits + 1)th
 * within the `window_days` days ending on its day. Excess visits whose windows overlap form one
 * episode, one finding per person per episode, keyed by its window start: its excess visits'
 * settlements are violating (whole settlements, amount `medfee_sumamt`), the other settlements in the
 * episode are related (amount 0). Window functions, no pairwise self-join of visits; people with no
 * more visits in all than the limit are dropped before any window runs.
 */
export function frequentVisitsSql({ scene, act }: FrequentVisitsScene): string {
  return `
WITH s AS (
  SELECT setl_id, mdtrt_id, psn_no, fixmedins_code, atddr_no, coalesce(fixmedins_code, '') AS inst, medfee_sumamt,
    CAST(begndate AS DATE) AS d
  FROM setl
  WHERE cl_scene(med_type) = '${scene}' AND psn_no IS NOT NULL AND begndate IS NOT NULL
),
v0 AS (SELECT psn_no, inst, d FROM s GROUP BY psn_no, inst, d),
-- Only people with more visits in all than the limit can exceed it in a window.
v AS (
  SELECT psn_no, inst, d, row_number() OVER (PARTITION BY psn_no ORDER BY d, inst) AS r
  FROM v0 WHERE psn_no IN (SELECT psn_no FROM v0 GROUP BY psn_no HAVING count(*) > $max_visits)
),
w AS (
  -- r0: the person's first visit inside the window ending on this visit's day
  SELECT *, min(r) OVER (PARTITION BY psn_no ORDER BY d
    RANGE BETWEEN INTERVAL (CAST($window_days AS INTEGER) - 1) DAYS PRECEDING AND CURRENT ROW) AS r0
  FROM v
),
x AS (
  SELECT psn_no, r, r0,
    CASE WHEN lag(r) OVER (PARTITION BY psn_no ORDER BY r) >= r0 THEN 0 ELSE 1 END AS starts
  FROM w WHERE r - r0 + 1 > $max_visits
),
e AS (
  SELECT psn_no, min(r0) AS r_first, max(r) AS r_last, count(*) AS excess
  FROM (SELECT *, sum(starts) OVER (PARTITION BY psn_no ORDER BY r ROWS UNBOUNDED PRECEDING) AS episode FROM x)
  GROUP BY psn_no, episode
),
hit AS (
  SELECT e.psn_no, e.excess, e.r_last - e.r_first + 1 AS visits, w.inst, w.d,
    w.r - w.r0 + 1 > $max_visits AS is_excess,
    CAST(min(w.d) OVER (PARTITION BY e.psn_no, e.r_first) AS VARCHAR) AS d_first,
    CAST(max(w.d) OVER (PARTITION BY e.psn_no, e.r_first) AS VARCHAR) AS d_last
  FROM e JOIN w ON w.psn_no = e.psn_no AND w.r BETWEEN e.r_first AND e.r_last
)
SELECT h.psn_no || '|' || h.d_first AS finding_key, s.psn_no, s.mdtrt_id, s.setl_id, s.fixmedins_code,
  s.atddr_no AS dr_code, NULL AS feedetl_sn, CASE WHEN h.is_excess THEN 1 ELSE 2 END AS vola_item_type,
  CASE WHEN h.is_excess THEN s.medfee_sumamt ELSE 0 END AS amount,
  '参保人 ' || s.psn_no || ' 自 ' || h.d_first || ' 至 ' || h.d_last || ' ${act.zh} ' || h.visits
    || ' 次，其中 ' || h.excess || ' 次为 ' || CAST($window_days AS INTEGER) || ' 天内第 '
    || (CAST($max_visits AS INTEGER) + 1) || ' 次及以后（上限 ' || CAST($max_visits AS INTEGER) || ' 次）'
    AS vola_cont,
  'Person ' || s.psn_no || ' had ' || h.visits || ' ${act.en} from ' || h.d_first || ' to ' || h.d_last
    || '; ' || h.excess || ' of them were beyond ' || CAST($max_visits AS INTEGER) || ' within '
    || CAST($window_days AS INTEGER) || ' days' AS vola_cont_en
FROM hit h JOIN s ON s.psn_no = h.psn_no AND s.inst = h.inst AND s.d = h.d
`;
}
