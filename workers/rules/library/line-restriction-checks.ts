import type { RestrictionKind } from '../../../core/knowledge/kb-types';
import { msg } from '../../../core/shared/msg';
import type { RuleNeeds, RuleParameterDef } from '../../../core/rules/rule-types';

/** The `kb_restriction` kinds a fee line can break on its own (its person, its settlement, its department). */
export type LineRestrictionKind = Extract<
  RestrictionKind,
  | 'sex'
  | 'child'
  | 'pediatric'
  | 'newborn'
  | 'age_min'
  | 'age_max'
  | 'work_injury'
  | 'maternity'
  | 'med_type'
  | 'medins_lv'
  | 'dept'
>;

/**
 * How a fee line is checked against one kind of restriction, as SQL fragments. `limit` aggregates the
 * kind's knowledge rows of one code (column `param`, rows kept by `rows`) into one value, so several rows
 * for a code never duplicate a line; where rows disagree the most lenient limit wins. `actual` is the
 * line's value compared with it and `shown` what the finding quotes (over `f` fee, `p` psn, `s` setl: a
 * table is joined when `fields` names it). `violates`, `zh` and `en` read `x.lim`, `x.act` and `x.shown`;
 * an unknown actual value (NULL) is never a violation.
 */
export interface LineRestrictionCheck {
  readonly limit: string;
  readonly rows?: string;
  readonly actual: string;
  readonly shown?: string;
  readonly fields: RuleNeeds['fields'];
  readonly violates: string;
  readonly zh: string;
  readonly en: string;
  readonly parameters: readonly RuleParameterDef[];
}

const AGE_FIELDS = { fee: ['fee_ocur_time'], psn: ['psn_no', 'brdy'] } as const;
const AGE = 'cl_age(p.brdy, f.fee_ocur_time)';
const INT_PARAM = 'try_cast(trim(param) AS INTEGER)';
const SCENES = `('inpatient', 'outpatient', 'pharmacy')`;
/** A `param` such as `inpatient,outpatient` (or 住院、门诊) as a list of care settings. */
const PARAM_SCENES = `list_filter(list_transform(regexp_split_to_array(param, '[,，、]'),
    v -> CASE WHEN trim(v) IN ${SCENES} THEN trim(v) ELSE cl_scene(trim(v)) END), v -> v IN ${SCENES})`;
const sceneZh = (e: string): string =>
  `CASE ${e} WHEN 'inpatient' THEN '住院' WHEN 'outpatient' THEN '门诊' WHEN 'pharmacy' THEN '定点药店购药' END`;
const sexZh = (e: string): string => `CASE ${e} WHEN '1' THEN '男' WHEN '2' THEN '女' END`;
const sexEn = (e: string): string => `CASE ${e} WHEN '1' THEN 'male' WHEN '2' THEN 'female' END`;

const defaultAge = (zh: string, en: string): RuleParameterDef => ({
  name: 'default_age',
  label: msg(zh, en),
  kind: 'integer',
  default: 18,
  min: 1,
  max: 18,
  unit: msg('岁', 'years'),
});

const insutypes = (zh: string, en: string, value: string): RuleParameterDef => ({
  name: 'insutypes',
  label: msg(zh, en),
  kind: 'text',
  default: value,
});

/** Under an age limit: `child` (限儿童使用) and `pediatric` (儿童专用) differ only in wording. */
const underAge = (zh: string, en: string, label: RuleParameterDef): LineRestrictionCheck => ({
  limit: `coalesce(max(${INT_PARAM}), CAST($default_age AS INTEGER))`,
  actual: AGE,
  fields: AGE_FIELDS,
  violates: 'x.act >= x.lim',
  zh: `'${zh}（' || x.lim || '岁以下），参保人费用发生时' || x.act || '岁'`,
  en: `'${en} (under ' || x.lim || '); the person was ' || x.act`,
  parameters: [label],
});

/** Whether the settlement's insurance type is one of `$insutypes`. */
const insurance = (zh: string, en: string, label: RuleParameterDef): LineRestrictionCheck => ({
  limit: 'NULL',
  actual: 'trim(s.insutype)',
  fields: { setl: ['setl_id', 'insutype'] },
  violates: `x.act <> '' AND NOT cl_in_list(x.act, $insutypes)`,
  zh: `'${zh}，本次结算险种为“' || x.act || '”'`,
  en: `'${en}; the insurance type of this settlement is "' || x.act || '"'`,
  parameters: [label],
});

/** Each line-restriction kind's check. */
export const LINE_RESTRICTION_CHECKS: Readonly<Record<LineRestrictionKind, LineRestrictionCheck>> = {
  child: underAge(
    '限儿童使用',
    'is paid for children only',
    defaultAge(
      '知识库未写年龄时的儿童年龄上限（岁，不含）',
      'Child age limit when the knowledge row gives none (years, exclusive)',
    ),
  ),
  pediatric: underAge(
    '为儿童专用',
    'is for children only',
    defaultAge(
      '知识库未写年龄时的儿童专用年龄上限（岁，不含）',
      'Age limit of pediatric-only items when the knowledge row gives none (years, exclusive)',
    ),
  ),
  newborn: {
    limit: `coalesce(max(${INT_PARAM}), CAST($default_days AS INTEGER))`,
    actual: 'cl_age_days(p.brdy, f.fee_ocur_time)',
    fields: AGE_FIELDS,
    violates: 'x.act > x.lim',
    zh: `'限新生儿（出生 ' || x.lim || ' 天内）使用，参保人费用发生时已出生 ' || x.act || ' 天'`,
    en: `'is paid for newborns only (within ' || x.lim || ' days of birth); the person was ' || x.act || ' days old'`,
    parameters: [
      {
        name: 'default_days',
        label: msg(
          '知识库未写天数时的新生儿期（出生后天数，含）',
          'Newborn period when the knowledge row gives none (days after birth, inclusive)',
        ),
        kind: 'integer',
        default: 28,
        min: 1,
        max: 365,
        unit: msg('天', 'days'),
      },
    ],
  },
  age_min: {
    limit: `min(${INT_PARAM})`,
    rows: `${INT_PARAM} IS NOT NULL`,
    actual: AGE,
    fields: AGE_FIELDS,
    violates: 'x.act < x.lim',
    zh: `'限 ' || x.lim || ' 岁及以上使用，参保人费用发生时' || x.act || '岁'`,
    en: `'is paid only from age ' || x.lim || '; the person was ' || x.act`,
    parameters: [],
  },
  age_max: {
    limit: `max(${INT_PARAM})`,
    rows: `${INT_PARAM} IS NOT NULL`,
    actual: AGE,
    fields: AGE_FIELDS,
    violates: 'x.act > x.lim',
    zh: `'限 ' || x.lim || ' 岁及以下使用，参保人费用发生时' || x.act || '岁'`,
    en: `'is paid only up to age ' || x.lim || '; the person was ' || x.act`,
    parameters: [],
  },
  sex: {
    // Rows that contradict each other (both sexes) say nothing: the code is not checked.
    limit: 'CASE WHEN count(DISTINCT cl_sex(param)) = 1 THEN any_value(cl_sex(param)) END',
    rows: 'cl_sex(param) IS NOT NULL',
    actual: 'cl_sex(p.gend)',
    fields: { psn: ['psn_no', 'gend'] },
    violates: 'x.act <> x.lim',
    zh: `'限' || ${sexZh('x.lim')} || '性使用，参保人性别为' || ${sexZh('x.act')}`,
    en: `'is for ' || ${sexEn('x.lim')} || ' patients only; the person is ' || ${sexEn('x.act')}`,
    parameters: [],
  },
  work_injury: insurance(
    '限工伤保险支付',
    'is paid by work-injury insurance only',
    insutypes(
      '视为工伤保险的险种类型（逗号分隔的编码或名称）。医保平台没有统一的工伤险种编码，人社编码 410 是工伤保险而医保编码 410 是长期照护，故默认只列名称；数据用本地编码时请补充',
      'Insurance types that count as work-injury insurance (comma list of codes or labels). The NHSA platform has no national work-injury code, and 410 means work injury in social-security coding but long-term care in NHSA coding, so the default lists labels only: add your local code',
      '工伤,工伤保险',
    ),
  ),
  maternity: insurance(
    '限生育保险支付',
    'is paid by maternity insurance only',
    insutypes(
      '视为生育保险的险种类型（逗号分隔的编码或名称；医保编码 510 为生育保险）',
      'Insurance types that count as maternity insurance (comma list of codes or labels; NHSA code 510 is maternity)',
      '510,生育,生育保险',
    ),
  ),
  med_type: {
    limit: `list_sort(list_distinct(flatten(list(${PARAM_SCENES}))))`,
    rows: `len(${PARAM_SCENES}) > 0`,
    actual: 'cl_scene(s.med_type)',
    shown: 's.med_type',
    fields: { setl: ['setl_id', 'med_type'] },
    violates: `x.act IN ${SCENES} AND NOT list_contains(x.lim, x.act)`,
    zh: `'限' || array_to_string(list_transform(x.lim, v -> ${sceneZh('v')}), '、') || '使用，本次就医方式为'
      || ${sceneZh('x.act')} || '（医疗类别 ' || x.shown || '）'`,
    en: `'is paid only in ' || array_to_string(x.lim, ' or ') || ' care; this settlement is ' || x.act
      || ' (medical type ' || x.shown || ')'`,
    parameters: [],
  },
  medins_lv: {
    limit: 'min(cl_level(param))',
    rows: 'cl_level(param) IS NOT NULL',
    actual: 'cl_level(s.medins_lv)',
    shown: 's.medins_lv',
    fields: { setl: ['setl_id', 'medins_lv'] },
    violates: 'x.act < x.lim',
    zh: `'限' || x.lim || '级及以上医疗机构使用，本次结算机构等级为' || x.act || '级（' || x.shown || '）'`,
    en: `'is paid only at level ' || x.lim || ' institutions or above; this settlement''s institution is level '
      || x.act || ' (' || x.shown || ')'`,
    parameters: [],
  },
  dept: {
    limit: `string_agg(trim(param), ',' ORDER BY trim(param))`,
    rows: `trim(param) <> ''`,
    actual: 'trim(f.bilg_dept_code)',
    fields: { fee: ['bilg_dept_code'] },
    violates: `x.act <> '' AND NOT cl_has_prefix(x.act, x.lim)`,
    zh: `'限科室（编码以 ' || replace(x.lim, ',', '、') || ' 开头）使用，开单科室为 ' || x.act`,
    en: `'is paid only when billed by a department whose code starts with ' || replace(x.lim, ',', ' or ')
      || '; the billing department is ' || x.act`,
    parameters: [],
  },
};
