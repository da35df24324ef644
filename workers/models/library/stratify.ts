import {
  defineModel,
  type ModelParameterDef,
  type ModelParameterValue,
} from '../../../core/models/model-types';
import { msg } from '../../../core/shared/msg';
import {
  AMOUNT_FIELD_CHOICES,
  amountField,
  amountNeeds,
  countText,
  moneyText,
  shareText,
} from './analytic-sql';

const BOUND_DEFAULTS = [100, 1_000, 10_000, 100_000] as const;

/** The fixed band boundaries, ascending and distinct. */
function boundsOf(p: Readonly<Record<string, ModelParameterValue>>): number[] {
  const values = BOUND_DEFAULTS.map((_, i) => Number(p[`bound_${i + 1}`]));
  return [...new Set(values)].sort((a, b) => a - b);
}

/** The band number (1…) of each amount `x`. */
function bandSql(p: Readonly<Record<string, ModelParameterValue>>): string {
  if (p.method === 'quantile') return `ntile(${Number(p.strata)}) OVER (PARTITION BY x IS NULL ORDER BY x)`;
  const bounds = boundsOf(p);
  return `CASE ${bounds.map((b, i) => `WHEN x < ${b} THEN ${i + 1}`).join(' ')} ELSE ${bounds.length + 1} END`;
}

function buildStratify(p: Readonly<Record<string, ModelParameterValue>>) {
  const f = amountField(p.field);
  const fixed = p.method !== 'quantile';
  const bounds = boundsOf(p);
  const lower = fixed
    ? `CASE band ${bounds.map((b, i) => `WHEN ${i + 2} THEN ${b}`).join(' ')} END`
    : 'min(x)';
  const upper = fixed
    ? `CASE band ${bounds.map((b, i) => `WHEN ${i + 1} THEN ${b}`).join(' ')} END`
    : 'max(x)';
  const banded = `SELECT CASE WHEN x IS NULL THEN NULL ELSE ${bandSql(p)} END AS band, x, setl_id
    FROM (SELECT ${f.column} AS x, setl_id FROM ${f.table})`;
  const sql = `WITH b AS (${banded}),
    t AS (SELECT count(*) AS n, sum(x) AS total FROM b WHERE band IS NOT NULL),
    s AS (
      SELECT band, count(*) AS count, count(x) AS amounts, sum(x) AS sum, min(x) AS min, max(x) AS max,
        avg(x) AS mean FROM b GROUP BY band)
    SELECT 'group' AS entity_type,
      CASE WHEN band IS NULL THEN 'none' ELSE 'band ' || lpad(CAST(band AS VARCHAR), 2, '0') END AS entity_id,
      coalesce(sum, 0)::DOUBLE AS score, band,
      ${fixed ? `${lower}::DECIMAL(18, 2)` : 'min'} AS lower, ${fixed ? `${upper}::DECIMAL(18, 2)` : 'max'} AS upper,
      count, CASE WHEN band IS NULL THEN NULL ELSE count / t.n END AS count_share, sum,
      CASE WHEN band IS NULL OR t.total = 0 THEN NULL ELSE sum / t.total END AS sum_share, min, max,
      mean::DECIMAL(18, 2) AS mean,
      CASE WHEN band IS NULL THEN
        '${f.label.zh}为空的记录 ' || ${countText('count')} || ' 条：不属于任何分层，未计入各层合计'
      ELSE '第 ' || band || ' 层（' || coalesce(${moneyText(fixed ? lower : 'min')}, '−∞') || ' 至 '
        || coalesce(${moneyText(fixed ? upper : 'max')}, '+∞') || '${fixed ? '，不含上限' : ''}）：'
        || ${countText('count')} || ' 条（' || ${shareText('count / t.n')} || '），金额 ' || ${moneyText('sum')}
        || CASE WHEN t.total <> 0 THEN '（' || ${shareText('sum / t.total')} || '）' ELSE '' END
        || '，最小 ' || ${moneyText('min')} || '，最大 ' || ${moneyText('max')} || '，平均 ' || ${moneyText('mean')} END AS explain_zh,
      CASE WHEN band IS NULL THEN
        ${countText('count')} || ' record(s) with no ${f.label.en}: in no band, not in the band totals'
      ELSE 'band ' || band || ' (' || coalesce(${moneyText(fixed ? lower : 'min')}, '−∞') || ' to '
        || coalesce(${moneyText(fixed ? upper : 'max')}, '+∞') || '${fixed ? ', upper bound excluded' : ''}): '
        || ${countText('count')} || ' record(s) (' || ${shareText('count / t.n')} || '), ' || ${moneyText('sum')}
        || CASE WHEN t.total <> 0 THEN ' (' || ${shareText('sum / t.total')} || ')' ELSE '' END
        || ', smallest ' || ${moneyText('min')} || ', largest ' || ${moneyText('max')} || ', mean ' || ${moneyText('mean')} END
        AS explain_en
    FROM s CROSS JOIN t`;
  const links = `SELECT DISTINCT CASE WHEN band IS NULL THEN 'none' ELSE 'band ' || lpad(CAST(band AS VARCHAR), 2, '0') END
      AS entity_id, setl_id FROM (${banded}) WHERE setl_id IS NOT NULL`;
  return { sql, links };
}

const boundParameters: ModelParameterDef[] = BOUND_DEFAULTS.map((value, i) => ({
  name: `bound_${i + 1}`,
  label: msg(`固定分层界限 ${i + 1}`, `Fixed band bound ${i + 1}`),
  kind: 'number',
  default: value,
  min: -1_000_000_000,
  max: 1_000_000_000,
  unit: msg('元', 'yuan'),
  reason: msg(
    '按数量级（百、千、万、十万元）分层，金额越大的层越应全查或多抽。',
    'Bands by order of magnitude (hundreds to hundreds of thousands of yuan): the larger the band, the more of it is examined.',
  ),
}));

/**
 * `stratify` — amount bands for sampling: `fixed` bands between the bound parameters (lower bound
 * included, upper excluded; bounds sorted and deduplicated) or `quantile` bands of equal counts
 * (`strata` of them; equal amounts may straddle two bands). Per band: records, their share, sum, share of
 * the total, smallest, largest and mean. Records with no amount form a band `none` (score 0) so nothing is
 * left out. Score = the band's sum, so rank 1 is where the money is (all bands kept); band sums add up to
 * the field's total exactly (DECIMAL). Links: each band's settlements.
 */
export const stratify = defineModel({
  id: 'stratify',
  family: 'analytics',
  name: msg('金额分层（抽样用）', 'Amount strata (for sampling)'),
  description: msg(
    '将金额按固定界限或等数量分位分层，给出每层的条数、金额合计、占比、最小、最大与平均值，供分层抽样；按金额合计排序。',
    'Bands an amount by fixed bounds or equal-count quantiles, with each band’s count, sum, shares, smallest, largest and mean, for stratified sampling; ranked by sum.',
  ),
  entity: 'group',
  needs: amountNeeds(amountField('fee.det_item_fee_sumamt'), []),
  needsFor: (p) => amountNeeds(amountField(p.field), []),
  parameters: [
    {
      name: 'field',
      label: msg('分层的金额字段', 'Amount field'),
      kind: 'choice',
      default: 'fee.det_item_fee_sumamt',
      choices: AMOUNT_FIELD_CHOICES,
      reason: msg('费用明细金额是核查抽样的常用单位。', 'Fee lines are the usual sampling unit of a review.'),
    },
    {
      name: 'method',
      label: msg('分层方式', 'Banding'),
      kind: 'choice',
      default: 'fixed',
      choices: ['fixed', 'quantile'],
      reason: msg(
        '固定界限便于解释并跨机构比较；分位分层使各层条数相等。',
        'Fixed bounds are easy to explain and compare across institutions; quantiles give equal counts.',
      ),
    },
    {
      name: 'strata',
      label: msg('分位层数', 'Quantile bands'),
      kind: 'integer',
      default: 5,
      min: 2,
      max: 50,
      reason: msg(
        '抽样实践常用 3–6 层（如 Scheaffer 等《抽样调查》的分层示例）。',
        'Sampling practice uses 3–6 strata (e.g. the stratified examples of Scheaffer et al., Elementary Survey Sampling).',
      ),
    },
    ...boundParameters,
  ],
  indicators: [
    {
      name: 'band',
      label: msg('层号', 'Band'),
      format: 'count',
      description: msg('分层序号（金额由小到大）', 'Band number, smallest amounts first'),
    },
    {
      name: 'lower',
      label: msg('下限', 'Lower bound'),
      format: 'money',
      description: msg(
        '固定分层为界限（含）；分位分层为最小值',
        'Fixed: the bound (included); quantile: the smallest amount',
      ),
    },
    {
      name: 'upper',
      label: msg('上限', 'Upper bound'),
      format: 'money',
      description: msg(
        '固定分层为界限（不含）；分位分层为最大值',
        'Fixed: the bound (excluded); quantile: the largest amount',
      ),
    },
    {
      name: 'count',
      label: msg('条数', 'Records'),
      format: 'count',
      description: msg('该层记录数', 'Records in the band'),
    },
    {
      name: 'count_share',
      label: msg('条数占比', 'Share of records'),
      format: 'share',
      description: msg('占全部有金额记录的比例', 'Share of all records with an amount'),
    },
    {
      name: 'sum',
      label: msg('金额合计', 'Sum'),
      format: 'money',
      description: msg('该层金额合计', 'Sum of the band'),
    },
    {
      name: 'sum_share',
      label: msg('金额占比', 'Share of money'),
      format: 'share',
      description: msg('占总金额的比例', 'Share of the total'),
    },
    {
      name: 'min',
      label: msg('最小', 'Smallest'),
      format: 'money',
      description: msg('该层最小金额', 'Smallest amount in the band'),
    },
    {
      name: 'max',
      label: msg('最大', 'Largest'),
      format: 'money',
      description: msg('该层最大金额', 'Largest amount in the band'),
    },
    {
      name: 'mean',
      label: msg('平均', 'Mean'),
      format: 'money',
      description: msg('该层平均金额', 'Mean amount in the band'),
    },
  ],
  basis: msg(
    '分层抽样（Scheaffer、Mendenhall、Ott《Elementary Survey Sampling》）；审计抽样中对大额层全查。',
    'Stratified sampling (Scheaffer, Mendenhall & Ott, Elementary Survey Sampling); audit sampling examines the top stratum in full.',
  ),
  chart: { kind: 'score-bars' },
  keepAll: true,
  build: buildStratify,
});
