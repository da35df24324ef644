import { defineModel, type ModelParameterValue } from '../../../core/models/model-types';
import { msg } from '../../../core/shared/msg';
import { countText } from './analytic-sql';

/** A numbered field whose sequence can have gaps. */
interface SequenceField {
  readonly table: 'setl' | 'fee';
  readonly column: string;
  /** Whether each value should occur once (a key): repeats are then counted as duplicates. */
  readonly unique: boolean;
  readonly zh: string;
  readonly en: string;
}

const FIELDS: Readonly<Record<string, SequenceField>> = {
  'setl.setl_id': { table: 'setl', column: 'setl_id', unique: true, zh: '结算ID', en: 'settlement ID' },
  'setl.mdtrt_id': { table: 'setl', column: 'mdtrt_id', unique: false, zh: '就诊ID', en: 'visit ID' },
  'fee.feedetl_sn': {
    table: 'fee',
    column: 'feedetl_sn',
    unique: true,
    zh: '费用明细流水号',
    en: 'fee line number',
  },
  'fee.rxno': { table: 'fee', column: 'rxno', unique: false, zh: '处方号', en: 'prescription number' },
};

function fieldOf(p: Readonly<Record<string, ModelParameterValue>>): SequenceField {
  return FIELDS[String(p.field)] ?? (FIELDS['setl.setl_id'] as SequenceField);
}

function needsOf(p: Readonly<Record<string, ModelParameterValue>>) {
  const f = fieldOf(p);
  const extra = [
    ...(f.column === 'setl_id' ? [] : ['setl_id']),
    ...(p.by === 'institution' ? ['fixmedins_code'] : []),
  ];
  return { fields: { [f.table]: [f.column, ...extra] } };
}

/**
 * The numbers of the field: each value split into a prefix and a numeric tail of at most 18 digits
 * (`S2024000123` → `S`, `2024000123`; longer digit runs keep their head in the prefix), per scope
 * (`all`, or the institution).
 */
function numbersSql(p: Readonly<Record<string, ModelParameterValue>>): string {
  const f = fieldOf(p);
  const scope = p.by === 'institution' ? `trim(CAST(fixmedins_code AS VARCHAR))` : `'all'`;
  return `SELECT ${scope} AS scope, regexp_extract(v, '^(.*?)([0-9]{1,18})$', 1) AS prefix,
      regexp_extract(v, '^(.*?)([0-9]{1,18})$', 2) AS tail, setl_id
    FROM (SELECT trim(CAST(${f.column} AS VARCHAR)) AS v, setl_id, fixmedins_code FROM ${f.table}) s
    WHERE regexp_matches(v, '[0-9]$') AND (${scope}) IS NOT NULL`;
}

function buildGaps(p: Readonly<Record<string, ModelParameterValue>>) {
  const f = fieldOf(p);
  const maxGap = Number(p.max_gap);
  const perInst = p.by === 'institution';
  const seq = `WITH nums AS (${numbersSql(p)}),
    seq AS (
      SELECT scope, prefix, CAST(tail AS BIGINT) AS n, min(tail) AS tail, count(*) AS copies,
        min(setl_id) AS setl_id
      FROM nums GROUP BY scope, prefix, CAST(tail AS BIGINT)),
    series AS (
      SELECT scope, prefix, count(*) AS size, CAST(${f.unique ? 'sum(copies - 1)' : 'NULL'} AS BIGINT) AS dups FROM seq GROUP BY scope, prefix),
    gaps AS (
      SELECT *, next_n - n - 1 AS missing FROM (
        SELECT scope, prefix, n, tail, setl_id, lead(n) OVER w AS next_n, lead(tail) OVER w AS next_tail,
          lead(setl_id) OVER w AS next_setl
        FROM seq WINDOW w AS (PARTITION BY scope, prefix ORDER BY n))
      WHERE next_n - n - 1 BETWEEN 1 AND ${maxGap}),
    named AS (
      SELECT g.*, s.size, s.dups,
        g.prefix || lpad(CAST(g.n + 1 AS VARCHAR), CAST(length(g.tail) AS INTEGER), '0') AS first_missing,
        g.prefix || lpad(CAST(g.next_n - 1 AS VARCHAR), CAST(length(g.tail) AS INTEGER), '0') AS last_missing,
        ${perInst ? `g.scope || ':' || ` : ''}g.prefix || ':' || CAST(g.n + 1 AS VARCHAR) || '-'
          || CAST(g.next_n - 1 AS VARCHAR) AS entity_id
      FROM gaps g JOIN series s USING (scope, prefix))`;
  const where = perInst ? `（机构 ' || scope || '）` : '';
  const whereEn = perInst ? ` at institution ' || scope || '` : '';
  const sql = `${seq}
    SELECT 'group' AS entity_type, entity_id, missing::DOUBLE AS score,
      ${perInst ? 'scope' : 'NULL'} AS institution, prefix, first_missing, last_missing, missing,
      size AS series_size, dups AS series_duplicates,
      '${f.zh}序列「' || prefix || '」${where}缺少 ' || first_missing
        || CASE WHEN missing > 1 THEN '–' || last_missing ELSE '' END || ' 共 ' || ${countText('missing')}
        || ' 个编号（前后为 ' || prefix || tail || '、' || prefix || next_tail || '）；该序列 ' || ${countText('size')}
        || ' 个编号' || CASE WHEN dups > 0 THEN '，重复 ' || ${countText('dups')} || ' 个' ELSE '' END AS explain_zh,
      '${f.en} series "' || prefix || '"${whereEn}: ' || ${countText('missing')} || ' number(s) missing, '
        || first_missing || CASE WHEN missing > 1 THEN '–' || last_missing ELSE '' END || ' (between '
        || prefix || tail || ' and ' || prefix || next_tail || '); the series has ' || ${countText('size')}
        || ' numbers' || CASE WHEN dups > 0 THEN ', ' || ${countText('dups')} || ' repeated' ELSE '' END AS explain_en
    FROM named`;
  const links = `${seq}
    SELECT entity_id, setl_id FROM named WHERE setl_id IS NOT NULL
    UNION SELECT entity_id, next_setl FROM named WHERE next_setl IS NOT NULL`;
  return { sql, links };
}

/**
 * `gaps` — gaps in a numbered sequence (settlement IDs, fee line numbers, prescription numbers): each
 * value's numeric tail (after a common prefix, see `numbersSql`) is a number in its series (prefix, and
 * institution when `by` = institution); consecutive numbers more than 1 apart leave a gap. Entity: one gap
 * (`group`, id `[institution:]prefix:from-to`). Score = the count of missing numbers. Gaps of more than
 * `max_gap` numbers are taken as a new numbering range, not a gap. Indicators also give the series size
 * and, for key fields (setl_id, feedetl_sn), how many numbers occur more than once. Values with no numeric
 * tail are not numbered and are not compared. Links: the settlements on either side of the gap.
 */
export const gaps = defineModel({
  id: 'gaps',
  family: 'analytics',
  name: msg('编号序列缺口', 'Gaps in numbered sequences'),
  description: msg(
    '在结算ID、明细流水号、处方号等编号序列中找出缺失的编号（按前缀，可按机构），并统计重复编号；缺号可能意味着数据未完整提供或记录被删除。',
    'Finds missing numbers in sequences such as settlement IDs, fee line numbers or prescription numbers (per prefix, optionally per institution), and counts repeated numbers; missing numbers may mean an incomplete extract or deleted records.',
  ),
  entity: 'group',
  needs: needsOf({ field: 'setl.setl_id', by: 'prefix' }),
  needsFor: needsOf,
  parameters: [
    {
      name: 'field',
      label: msg('编号字段', 'Numbered field'),
      kind: 'choice',
      default: 'setl.setl_id',
      choices: Object.keys(FIELDS),
      reason: msg(
        '结算ID 是每次结算的唯一流水号，缺号最能说明数据不完整。',
        'The settlement ID numbers every settlement once, so its gaps best show an incomplete extract.',
      ),
    },
    {
      name: 'by',
      label: msg('分组', 'Series per'),
      kind: 'choice',
      default: 'prefix',
      choices: ['prefix', 'institution'],
      reason: msg(
        '全国平台的流水号通常已含机构或地区前缀；由各机构自行编号时选 institution。',
        'Platform numbers usually carry an institution or region prefix already; choose institution when each numbers its own.',
      ),
    },
    {
      name: 'max_gap',
      label: msg('最大缺口', 'Largest gap'),
      kind: 'integer',
      default: 1000,
      min: 1,
      max: 1_000_000_000,
      reason: msg(
        '更大的跳跃通常是新的号段（新年度、新终端），而非缺失记录。',
        'Larger jumps are usually a new numbering range (a new year or terminal), not missing records.',
      ),
    },
  ],
  indicators: [
    {
      name: 'institution',
      label: msg('机构', 'Institution'),
      format: 'text',
      description: msg('按机构分组时的机构', 'The institution, when series are per institution'),
    },
    {
      name: 'prefix',
      label: msg('前缀', 'Prefix'),
      format: 'text',
      description: msg('编号的非数字前缀', 'The part before the numeric tail'),
    },
    {
      name: 'first_missing',
      label: msg('首个缺号', 'First missing'),
      format: 'text',
      description: msg('缺口中第一个编号', 'First number of the gap'),
    },
    {
      name: 'last_missing',
      label: msg('末个缺号', 'Last missing'),
      format: 'text',
      description: msg('缺口中最后一个编号', 'Last number of the gap'),
    },
    {
      name: 'missing',
      label: msg('缺号数', 'Missing'),
      format: 'count',
      description: msg('缺口中缺少的编号个数', 'Numbers missing in the gap'),
    },
    {
      name: 'series_size',
      label: msg('序列编号数', 'Series size'),
      format: 'count',
      description: msg('该序列中不同编号的个数', 'Distinct numbers in the series'),
    },
    {
      name: 'series_duplicates',
      label: msg('重复编号数', 'Repeated numbers'),
      format: 'count',
      description: msg(
        '该序列中多次出现的编号数（仅对唯一键字段）',
        'Extra occurrences of numbers in the series (key fields only)',
      ),
    },
  ],
  basis: msg(
    '审计分析常规程序：检查凭证编号连续性（缺号、重号），如 ACL/IDEA 的 Gaps 与 Duplicates 检查。',
    'A standard audit analytic: sequence completeness (gaps and duplicates), as in the ACL/IDEA Gaps and Duplicates tests.',
  ),
  chart: { kind: 'score-bars' },
  build: buildGaps,
});
