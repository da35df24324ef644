/**
 * 医保电子凭证套现 per pharmacy. Pharmacy settlements (医疗类别 41, 购药 or 药店) of a round sum (a whole
 * multiple of `round_unit`, at least `min_amount`) are in a burst when at least `min_people` different
 * people settle round sums at the same pharmacy within `window_minutes` either side. Per pharmacy the
 * indicators are: settlements in bursts, people, days with bursts, their total, and three shares over the
 * burst settlements: paid from the personal account (`setl.acct_pay`, optional: NULL and counting nothing
 * when not mapped), settled at night (from `night_start` to 06:00), and an amount identical to another
 * burst settlement's that day (identical baskets).
 *
 * Score = burst settlements × (1 + personal-account share + night share + identical-amount share); 0
 * (dropped) for a pharmacy without a burst.
 */
import {
  defineModel,
  type ModelAvailableFields,
  type ModelParameterValue,
} from '../../../core/models/model-types';
import { msg } from '../../../core/shared/msg';
import { hasField, num, sceneSql } from './behaviour-sql';

function build(p: Readonly<Record<string, ModelParameterValue>>, available?: ModelAvailableFields) {
  const w = num(p.window_minutes);
  const acct = hasField(available, 'setl', 'acct_pay') ? 'acct_pay::DOUBLE' : 'NULL::DOUBLE';
  const ctes = `WITH r AS (
  SELECT setl_id, psn_no, fixmedins_code AS inst, CAST(setl_time AS TIMESTAMP) AS t, medfee_sumamt::DOUBLE AS amt,
    ${acct} AS acct
  FROM setl
  WHERE ${sceneSql('med_type')} = 'pharmacy' AND setl_time IS NOT NULL AND fixmedins_code IS NOT NULL
    AND psn_no IS NOT NULL AND medfee_sumamt >= ${num(p.min_amount)} AND medfee_sumamt % ${num(p.round_unit)} = 0
),
near AS (
  SELECT *, count(DISTINCT psn_no) OVER (PARTITION BY inst ORDER BY t
    RANGE BETWEEN INTERVAL (${w}) MINUTE PRECEDING AND INTERVAL (${w}) MINUTE FOLLOWING) AS people_near
  FROM r
),
burst AS (
  SELECT *, count(*) OVER (PARTITION BY inst, CAST(t AS DATE), amt) > 1 AS same_amount,
    (hour(t) >= ${num(p.night_start)} OR hour(t) < 6) AS at_night
  FROM near WHERE people_near >= ${num(p.min_people)}
)`;
  return {
    sql: `${ctes},
ph AS (
  SELECT inst, count(*) AS burst_settlements, count(DISTINCT psn_no) AS people, count(DISTINCT CAST(t AS DATE)) AS burst_days,
    sum(amt) AS amount, (sum(acct) / nullif(sum(amt), 0))::DOUBLE AS acct_share,
    avg(at_night::INTEGER)::DOUBLE AS night_share, avg(same_amount::INTEGER)::DOUBLE AS identical_share
  FROM burst GROUP BY inst
)
SELECT 'institution' AS entity_type, inst AS entity_id,
  burst_settlements * (1 + coalesce(acct_share, 0) + night_share + identical_share) AS score,
  burst_settlements, people, burst_days, amount, acct_share, night_share, identical_share,
  printf('%d 人在 %d 天内的短时集中刷卡中结算整额 %d 笔，共 %.2f 元；', people, burst_days, burst_settlements, amount)
    || coalesce(printf('个人账户支付 %.0f%%', 100 * acct_share), '未提供个人账户支付')
    || printf('，夜间 %.0f%%，金额相同 %.0f%%', 100 * night_share, 100 * identical_share) AS explain_zh,
  printf('%d round-sum settlements by %d people in bursts on %d days, %.2f yuan in all; ', burst_settlements, people,
    burst_days, amount)
    || coalesce(printf('%.0f%% paid from personal accounts', 100 * acct_share), 'personal-account payments not given')
    || printf(', %.0f%% at night, %.0f%% identical amounts', 100 * night_share, 100 * identical_share) AS explain_en
FROM ph`,
    links: `${ctes}
SELECT inst AS entity_id, setl_id, psn_no, CAST(t AS DATE) AS begndate FROM burst ORDER BY entity_id, t, setl_id`,
  };
}

/** 医保电子凭证套现: pharmacy bursts of round sums by many people, personal accounts, night, identical baskets. */
export const CASH_OUT = defineModel({
  id: 'cash-out',
  family: 'nhsa-bigdata',
  name: msg('药店医保凭证套现', 'Pharmacy cash-out'),
  description: msg(
    '找出短时间内多人集中刷出整额金额的药店，并看个人账户支付、夜间结算和相同金额的比例；按药店排序',
    'Finds pharmacies where many people settle round sums within minutes of each other, with the shares paid from personal accounts, at night and in identical amounts; ranks pharmacies',
  ),
  entity: 'institution',
  needs: {
    fields: { setl: ['setl_id', 'psn_no', 'fixmedins_code', 'med_type', 'setl_time', 'medfee_sumamt'] },
  },
  parameters: [
    {
      name: 'round_unit',
      label: msg('整额单位', 'Round-sum unit'),
      kind: 'number',
      default: 100,
      min: 1,
      max: 10000,
      unit: msg('元', 'yuan'),
      reason: msg(
        '套现按约定的整百现金结算（通报案例：200、300、500、1000 元）；正常购药金额由药价相加，很少恰为整百',
        'Cash-out settles agreed whole hundreds (reported cases: 200, 300, 500, 1000 yuan); real baskets add up drug prices and rarely make whole hundreds',
      ),
    },
    {
      name: 'min_amount',
      label: msg('整额金额下限', 'Round sum, at least'),
      kind: 'number',
      default: 100,
      min: 0,
      max: 100000,
      unit: msg('元', 'yuan'),
      reason: msg('小额整数常见且不值得套现', 'Small round sums are common and not worth cashing out'),
    },
    {
      name: 'window_minutes',
      label: msg('集中刷卡的时间窗（前后分钟）', 'Minutes either side counted as one burst'),
      kind: 'integer',
      default: 30,
      min: 1,
      max: 720,
      unit: msg('分钟', 'minutes'),
      reason: msg(
        '国家医保局套现模型的信号是“同一终端短时间内服务多人”；前后 30 分钟即一小时内',
        "NHSA's cash-out model looks for many people served by one terminal in a short time; 30 minutes either side is one hour",
      ),
    },
    {
      name: 'min_people',
      label: msg('集中刷卡的人数下限', 'People in a burst, at least'),
      kind: 'integer',
      default: 4,
      min: 2,
      max: 1000,
      reason: msg(
        '一家药店一小时内偶有两三人恰好结算整额；四人及以上集中出现难以用巧合解释',
        'Two or three round sums in an hour at a pharmacy happen by chance; four or more together are hard to explain',
      ),
    },
    {
      name: 'night_start',
      label: msg('夜间开始（时）', 'Night starts at (hour)'),
      kind: 'integer',
      default: 22,
      min: 18,
      max: 23,
      reason: msg(
        '22 时至次日 6 时正常购药极少，套现常在夜间或非营业时间刷卡',
        'Few people buy drugs between 22:00 and 06:00; cash-out swipes often happen at night or after hours',
      ),
    },
  ],
  indicators: [
    {
      name: 'burst_settlements',
      label: msg('集中整额结算', 'Round sums in bursts'),
      format: 'count',
      description: msg('短时集中刷卡中的整额结算笔数', 'Round-sum settlements within bursts'),
    },
    {
      name: 'people',
      label: msg('人数', 'People'),
      format: 'count',
      description: msg('这些结算涉及的人数', 'People behind them'),
    },
    {
      name: 'burst_days',
      label: msg('天数', 'Days'),
      format: 'count',
      description: msg('出现集中刷卡的天数', 'Days with bursts'),
    },
    {
      name: 'amount',
      label: msg('金额', 'Amount'),
      format: 'money',
      description: msg('这些结算的医疗费总额', 'Their total'),
    },
    {
      name: 'acct_share',
      label: msg('个人账户支付占比', 'Personal-account share'),
      format: 'share',
      description: msg(
        '个人账户支付的比例：套现多刷个人账户（未提供时为空）',
        'Share paid from personal accounts: cash-out drains them (empty when not given)',
      ),
    },
    {
      name: 'night_share',
      label: msg('夜间占比', 'Night share'),
      format: 'share',
      description: msg('夜间结算的比例', 'Share settled at night'),
    },
    {
      name: 'identical_share',
      label: msg('相同金额占比', 'Identical-amount share'),
      format: 'share',
      description: msg(
        '与当天另一笔集中结算金额相同的比例：相同“购物篮”',
        'Share with the same amount as another burst settlement that day: identical baskets',
      ),
    },
  ],
  basis: msg(
    '国家医保局“医保电子凭证套现”大数据模型：药店集中刷卡、整额金额、个人账户支付、同一终端短时服务多人；媒体通报的药店日刷 196 次而到店不足 30 人',
    "NHSA's e-credential cash-out big-data model: pharmacy bursts, round amounts, personal-account payments, one terminal serving many people in a short time; a reported pharmacy with 196 swipes a day and under 30 visitors",
  ),
  chart: { kind: 'score-bars' },
  build,
});
