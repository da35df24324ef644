import { defineModel, type ModelParameterValue } from '../../../core/models/model-types';
import { msg } from '../../../core/shared/msg';
import {
  AMOUNT_FIELD_CHOICES,
  amountField,
  amountNeeds,
  countText,
  moneyText,
  shareText,
} from './analytic-sql';

/** A digit test: its expected proportions (SQL), the digit of an amount `x` ≥ 10 (SQL) and its MAD bounds. */
interface DigitTest {
  readonly zh: string;
  readonly en: string;
  /** SELECT digit, expected. */
  readonly expected: string;
  /** The digit of `x` (a positive DECIMAL); `cents` is its value in fen as text. */
  readonly digit: string;
  /** Upper MAD bounds of close / acceptable / marginal conformity; above the last: nonconformity. */
  readonly bounds: readonly [number, number, number];
  /** The smallest amount the test is defined for. */
  readonly floor: number;
  /** Digits shown with this many places (`05`). */
  readonly width: number;
}

const CENTS = `CAST(CAST(round(x * 100) AS BIGINT) AS VARCHAR)`;

/**
 * The four tests. Bounds for first, first-two and second digits are Nigrini's (2012, *Benford's Law*,
 * Wiley, table 7.1; also `benford.analysis::MAD.conformity` in R): first 0.006 / 0.012 / 0.015, first-two
 * 0.0012 / 0.0018 / 0.0022, second 0.008 / 0.010 / 0.012. Nigrini gives no MAD table for the last-two
 * digits (he reads that test against the uniform 1 % by eye): we use the first-two bounds, the test with
 * the closest number of bins (90 vs 100) and expected shares (≈ 1.1 % vs 1 %). Last-two digits are those of
 * the whole-yuan part, so round amounts (…00) show; that test reads amounts of 100 or more only, since
 * below 100 the last two digits are the leading ones and follow Benford, not the uniform law.
 */
const TESTS: Readonly<Record<string, DigitTest>> = {
  first: {
    zh: '首位数字',
    en: 'first-digit',
    expected: `SELECT d AS digit, log10(1 + 1.0 / d) AS expected FROM range(1, 10) t(d)`,
    digit: `CAST(substr(${CENTS}, 1, 1) AS INTEGER)`,
    bounds: [0.006, 0.012, 0.015],
    floor: 1,
    width: 1,
  },
  'first-two': {
    zh: '前两位数字',
    en: 'first-two-digits',
    expected: `SELECT d AS digit, log10(1 + 1.0 / d) AS expected FROM range(10, 100) t(d)`,
    digit: `CAST(substr(${CENTS}, 1, 2) AS INTEGER)`,
    bounds: [0.0012, 0.0018, 0.0022],
    floor: 1,
    width: 2,
  },
  second: {
    zh: '第二位数字',
    en: 'second-digit',
    expected: `SELECT d AS digit, sum(log10(1 + 1.0 / (10 * k + d))) AS expected
               FROM range(0, 10) a(d), range(1, 10) b(k) GROUP BY d`,
    digit: `CAST(substr(${CENTS}, 2, 1) AS INTEGER)`,
    bounds: [0.008, 0.01, 0.012],
    floor: 1,
    width: 1,
  },
  'last-two': {
    zh: '末两位数字',
    en: 'last-two-digits',
    expected: `SELECT d AS digit, 0.01 AS expected FROM range(0, 100) t(d)`,
    digit: `CAST(CAST(floor(x) AS BIGINT) % 100 AS INTEGER)`,
    bounds: [0.0012, 0.0018, 0.0022],
    floor: 100,
    width: 2,
  },
};

function testOf(p: Readonly<Record<string, ModelParameterValue>>): DigitTest {
  return TESTS[String(p.test)] ?? (TESTS.first as DigitTest);
}

/**
 * The digits of every scope — the whole field (`group` / `all`) and each institution — with counts,
 * observed and expected shares and Nigrini's z: (|p − e| − 1/(2n)) / √(e(1 − e)/n), the continuity
 * correction applied only when smaller than |p − e|.
 */
function digitsSql(p: Readonly<Record<string, ModelParameterValue>>): string {
  const f = amountField(p.field);
  const t = testOf(p);
  const min = Math.max(Number(p.min_amount), t.floor);
  return `WITH used AS (
      SELECT trim(CAST(fixmedins_code AS VARCHAR)) AS inst, ${t.digit} AS digit
      FROM (SELECT fixmedins_code, ${f.column} AS x FROM ${f.table}) s
      WHERE x IS NOT NULL AND x >= ${min}),
    scopes AS (
      SELECT 'group' AS kind, 'all' AS scope, count(*) AS n FROM used
      UNION ALL SELECT 'institution', inst, count(*) FROM used WHERE inst IS NOT NULL AND inst <> '' GROUP BY inst),
    counts AS (
      SELECT 'group' AS kind, 'all' AS scope, digit, count(*) AS c FROM used GROUP BY digit
      UNION ALL SELECT 'institution', inst, digit, count(*) FROM used
        WHERE inst IS NOT NULL AND inst <> '' GROUP BY inst, digit),
    expected AS (${t.expected})
    SELECT s.kind, s.scope, s.n, e.digit, e.expected,
      coalesce(c.c, 0) AS count,
      CASE WHEN s.n > 0 THEN coalesce(c.c, 0) / s.n END AS observed,
      CASE WHEN s.n > 0 THEN
        (CASE WHEN 1.0 / (2 * s.n) < abs(coalesce(c.c, 0) / s.n - e.expected)
              THEN abs(coalesce(c.c, 0) / s.n - e.expected) - 1.0 / (2 * s.n)
              ELSE abs(coalesce(c.c, 0) / s.n - e.expected) END)
        / sqrt(e.expected * (1 - e.expected) / s.n) END AS z
    FROM scopes s CROSS JOIN expected e
    LEFT JOIN counts c ON c.kind = s.kind AND c.scope = s.scope AND c.digit = e.digit`;
}

function buildBenford(p: Readonly<Record<string, ModelParameterValue>>) {
  const f = amountField(p.field);
  const t = testOf(p);
  const [b1, b2, b3] = t.bounds;
  const min = Math.max(Number(p.min_amount), t.floor);
  const minCount = Number(p.min_count);
  const digitText = `lpad(CAST(top_digit AS VARCHAR), ${t.width}, '0')`;
  const level = (zh: boolean) =>
    `CASE conformity WHEN 'close' THEN '${zh ? '接近符合' : 'close conformity'}'
       WHEN 'acceptable' THEN '${zh ? '可接受' : 'acceptable conformity'}'
       WHEN 'marginal' THEN '${zh ? '勉强可接受' : 'marginally acceptable conformity'}'
       ELSE '${zh ? '不符合' : 'nonconformity'}' END`;
  const sql = `WITH d AS (${digitsSql(p)}),
    per AS (
      SELECT kind, scope, any_value(n) AS n, avg(abs(observed - expected)) AS mad,
        avg(sqrt(2 * expected * (1 - expected) / (pi() * n))) AS mad_chance
      FROM d WHERE n > 0 GROUP BY kind, scope),
    top AS (
      SELECT kind, scope, digit AS top_digit, observed AS top_observed, expected AS top_expected, z AS top_z
      FROM (SELECT *, row_number() OVER (PARTITION BY kind, scope ORDER BY z DESC, digit) AS r
            FROM d WHERE n > 0) WHERE r = 1),
    empty AS (SELECT kind, scope, 0 AS n FROM d WHERE n = 0 GROUP BY kind, scope),
    judged AS (
      SELECT kind, scope, n,
        CASE WHEN n >= ${minCount} THEN round(mad, 9) END AS mad,
        CASE WHEN n >= ${minCount} THEN round(mad_chance, 9) END AS mad_chance,
        CASE WHEN n < ${minCount} THEN NULL WHEN round(mad, 9) <= ${b1} THEN 'close'
             WHEN round(mad, 9) <= ${b2} THEN 'acceptable' WHEN round(mad, 9) <= ${b3} THEN 'marginal'
             ELSE 'nonconformity' END AS conformity,
        top_digit, top_observed, top_expected, top_z
      FROM per JOIN top USING (kind, scope)
      UNION ALL SELECT kind, scope, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL FROM empty)
    SELECT kind AS entity_type, scope AS entity_id,
      CASE WHEN conformity IS NULL THEN 0 ELSE (mad - mad_chance) / ${b3} END AS score,
      n AS amounts, mad, mad_chance, conformity,
      CASE WHEN conformity IS NULL THEN NULL ELSE ${digitText} END AS top_digit,
      CASE WHEN conformity IS NULL THEN NULL ELSE top_observed END AS top_observed,
      CASE WHEN conformity IS NULL THEN NULL ELSE top_expected END AS top_expected,
      CASE WHEN conformity IS NULL THEN NULL ELSE top_z END AS top_z,
      CASE WHEN conformity IS NULL THEN
        '${t.zh}检验（${f.label.zh}）：仅 ' || ${countText('n')} || ' 个不小于 ' || ${moneyText(String(min))}
          || ' 的金额，少于 ${minCount} 个，不判断符合度'
      ELSE '${t.zh}检验（${f.label.zh}）：' || ${countText('n')} || ' 个金额，MAD ' || format('{:.4f}', mad)
        || '（' || ${level(true)} || '，不符合界限 ${b3}；该样本量下随机偏差约 ' || format('{:.4f}', mad_chance)
        || '）；偏离最大的数字 ' || ${digitText} || ' 占 ' || ${shareText('top_observed')} || '，应为 '
        || ${shareText('top_expected')} || '（z = ' || format('{:.2f}', top_z) || '）' END AS explain_zh,
      CASE WHEN conformity IS NULL THEN
        '${t.en} test (${f.label.en}): only ' || ${countText('n')} || ' amounts of at least ' || ${moneyText(String(min))}
          || ', fewer than ${minCount}: conformity not judged'
      ELSE '${t.en} test (${f.label.en}): ' || ${countText('n')} || ' amounts, MAD ' || format('{:.4f}', mad)
        || ' (' || ${level(false)} || ', nonconformity above ${b3}; chance alone gives about '
        || format('{:.4f}', mad_chance) || ' at this count); most deviating digit ' || ${digitText} || ' is '
        || ${shareText('top_observed')} || ' against ' || ${shareText('top_expected')} || ' expected (z = '
        || format('{:.2f}', top_z) || ')' END AS explain_en
    FROM judged`;
  const links = `SELECT DISTINCT trim(CAST(fixmedins_code AS VARCHAR)) AS entity_id, setl_id FROM ${f.table}
    WHERE ${f.column} >= ${min} AND setl_id IS NOT NULL AND fixmedins_code IS NOT NULL`;
  const extras = [
    {
      suffix: 'digits',
      sql: `SELECT scope, digit, expected, observed, count, z FROM (${digitsSql(p)})
            ORDER BY kind, scope, digit`,
    },
  ];
  return { sql, links, extras };
}

/**
 * `benford` — Benford digit tests on an amount field, over the whole field and per institution.
 *
 * Amounts below `min_amount` (and NULL or negative ones) are left out: small numbers distort the digits
 * (Nigrini 2012). Each scope gets the observed share of each digit, Nigrini's z per digit (with continuity
 * correction) and the mean absolute deviation MAD = mean over digits of |observed − expected|, classified
 * by Nigrini's bounds (see `TESTS`; a bound itself belongs to the better level). Scopes with fewer than
 * `min_count` amounts are listed with no conformity and score 0, the explanation saying why.
 *
 * Score = (MAD − MAD expected by chance at this count) / the nonconformity bound, where the chance MAD is
 * the mean over digits of √(2e(1 − e)/(πn)) (the mean |p̂ − e| of a conforming sample of n): a small
 * institution's MAD is inflated by sampling alone, so ranking by raw MAD would put the smallest first.
 * A score of 1 means the MAD exceeds chance by the whole nonconformity bound. All scopes are kept
 * (`keepAll`); the overall row is entity `group` / `all`. Extra table `digits`: scope, digit, expected,
 * observed, count, z (for the digit-bars chart). Links: each institution's settlements with an amount in
 * the test.
 */
export const benford = defineModel({
  id: 'benford',
  family: 'analytics',
  name: msg('本福特定律数字检验', "Benford's law digit tests"),
  description: msg(
    '检验金额的首位、前两位、第二位或末两位数字分布是否符合本福特定律（末两位为均匀分布），按 Nigrini 的 MAD 界限判断整体及各机构的符合度；编造、凑整或重复的金额会偏离。',
    "Tests whether an amount's first, first-two, second or last-two digits follow Benford's law (last two: uniform), judging the whole field and each institution by Nigrini's MAD bounds; made-up, rounded or repeated amounts deviate.",
  ),
  entity: 'institution',
  needs: amountNeeds(amountField('fee.det_item_fee_sumamt'), ['fixmedins_code']),
  needsFor: (p) => amountNeeds(amountField(p.field), ['fixmedins_code']),
  parameters: [
    {
      name: 'field',
      label: msg('检验的金额字段', 'Amount field tested'),
      kind: 'choice',
      default: 'fee.det_item_fee_sumamt',
      choices: AMOUNT_FIELD_CHOICES,
      reason: msg(
        '费用明细金额数量最多、跨多个数量级，最适合数字检验。',
        'Fee line amounts are the most numerous and span several orders of magnitude, which digit tests need.',
      ),
    },
    {
      name: 'test',
      label: msg('数字检验', 'Digit test'),
      kind: 'choice',
      default: 'first',
      choices: Object.keys(TESTS),
      reason: msg(
        '首位数字检验是 Nigrini 的第一步概览检验；前两位更灵敏，末两位检出凑整。',
        "The first-digit test is Nigrini's first, high-level test; first-two is sharper, last-two finds rounding.",
      ),
    },
    {
      name: 'min_amount',
      label: msg('最小金额', 'Smallest amount'),
      kind: 'number',
      default: 10,
      min: 1,
      max: 1_000_000,
      unit: msg('元', 'yuan'),
      reason: msg(
        'Nigrini（2012）建议剔除小于 10 的数：小额数字分布失真。',
        'Nigrini (2012) advises leaving out numbers below 10: small amounts distort the digits.',
      ),
    },
    {
      name: 'min_count',
      label: msg('判断所需最少金额数', 'Fewest amounts to judge'),
      kind: 'integer',
      default: 300,
      min: 30,
      max: 10_000_000,
      reason: msg(
        '样本少时 MAD 主要由随机偏差决定（300 个金额的首位检验随机 MAD 约 0.013，已近不符合界限）。',
        'With few amounts MAD is mostly chance (300 amounts give a chance first-digit MAD near 0.013, close to the nonconformity bound).',
      ),
    },
  ],
  indicators: [
    {
      name: 'amounts',
      label: msg('金额数', 'Amounts'),
      format: 'count',
      description: msg('参与检验的金额个数', 'Amounts in the test'),
    },
    {
      name: 'mad',
      label: msg('平均绝对偏差 MAD', 'Mean absolute deviation (MAD)'),
      format: 'number',
      description: msg(
        '各数字观察占比与期望占比之差的绝对值的平均',
        'Mean over digits of |observed share − expected share|',
      ),
    },
    {
      name: 'mad_chance',
      label: msg('随机 MAD', 'Chance MAD'),
      format: 'number',
      description: msg(
        '符合本福特定律时该样本量下 MAD 的期望值',
        'The MAD a conforming sample of this size has on average',
      ),
    },
    {
      name: 'conformity',
      label: msg('符合度', 'Conformity'),
      format: 'text',
      description: msg(
        'Nigrini 等级：close 接近符合 / acceptable 可接受 / marginal 勉强可接受 / nonconformity 不符合；空 = 金额过少',
        'Nigrini level: close / acceptable / marginal / nonconformity; empty = too few amounts',
      ),
    },
    {
      name: 'top_digit',
      label: msg('偏离最大的数字', 'Most deviating digit'),
      format: 'text',
      description: msg('z 值最大的数字', 'The digit with the largest z'),
    },
    {
      name: 'top_observed',
      label: msg('其观察占比', 'Its observed share'),
      format: 'share',
      description: msg('该数字的观察占比', "That digit's observed share"),
    },
    {
      name: 'top_expected',
      label: msg('其期望占比', 'Its expected share'),
      format: 'share',
      description: msg('该数字的期望占比', "That digit's expected share"),
    },
    {
      name: 'top_z',
      label: msg('其 z 值', 'Its z'),
      format: 'number',
      description: msg(
        '该数字的 z 统计量（含连续性校正）',
        "That digit's z statistic (continuity-corrected)",
      ),
    },
  ],
  basis: msg(
    'Nigrini（2012）《Benford’s Law》：数字检验、z 统计量与 MAD 符合度界限。',
    "Nigrini (2012), Benford's Law (Wiley): digit tests, z statistics and MAD conformity bounds.",
  ),
  chart: { kind: 'digit-bars' },
  keepAll: true,
  build: buildBenford,
});
