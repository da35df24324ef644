import { defineRule, type RuleParameterDef } from '../../../core/rules/rule-types';
import { msg } from '../../../core/shared/msg';

const years = (name: string, zh: string, en: string, value: number): RuleParameterDef => ({
  name,
  label: msg(zh, en),
  kind: 'integer',
  default: value,
  min: 0,
  max: 150,
  unit: msg('岁', 'years'),
});

/**
 * 诊断与患者年龄不符: a settlement's main diagnosis that does not fit the person's exact age at the
 * start of the visit (`cl_age(brdy, begndate)`): perinatal conditions (P00–P96, default prefix P) at
 * age `perinatal_max_age` (1) or older; obstetric codes (O) under `obstetric_min_age` (12) or over
 * `obstetric_max_age` (60); senility codes (R54) under `senile_min_age` (60). All prefixes and ages are
 * parameters. Whole-settlement finding, amount `medfee_sumamt`.
 */
export const diagnosisAgeMismatch = defineRule({
  id: 'GZ10000204007000',
  name: msg('诊断与患者年龄不符', 'Diagnosis does not fit the age'),
  tier: '管理类',
  subclass: msg('行为主体监管类', 'Conduct of parties'),
  resultType: '可疑',
  severity: '可疑',
  behaviour: msg('冒名就医', 'Impersonation'),
  scenes: ['inpatient', 'outpatient', 'pharmacy'],
  window: 'visit',
  needs: {
    fields: {
      setl: ['setl_id', 'psn_no', 'begndate', 'dise_codg', 'medfee_sumamt'],
      psn: ['psn_no', 'brdy'],
    },
  },
  parameters: [
    {
      name: 'perinatal_codes',
      label: msg('围生期诊断编码前缀', 'Perinatal diagnosis prefixes'),
      kind: 'text',
      default: 'P',
    },
    years(
      'perinatal_max_age',
      '围生期诊断的年龄上限（岁，不含）',
      'Age limit for perinatal codes (years, exclusive)',
      1,
    ),
    {
      name: 'obstetric_codes',
      label: msg('产科诊断编码前缀', 'Obstetric diagnosis prefixes'),
      kind: 'text',
      default: 'O',
    },
    years(
      'obstetric_min_age',
      '产科诊断的最低年龄（岁，含）',
      'Youngest age for obstetric codes (years, inclusive)',
      12,
    ),
    years(
      'obstetric_max_age',
      '产科诊断的最高年龄（岁，含）',
      'Oldest age for obstetric codes (years, inclusive)',
      60,
    ),
    {
      name: 'senile_codes',
      label: msg('老年性诊断编码前缀', 'Senility diagnosis prefixes'),
      kind: 'text',
      default: 'R54',
    },
    years(
      'senile_min_age',
      '老年性诊断的最低年龄（岁，含）',
      'Youngest age for senility codes (years, inclusive)',
      60,
    ),
  ],
  basis: msg(
    '规则库 1.0 GZ10000204007000（诊断与患者年龄不符）：对参保人诊断与年龄不符的情形进行监管；ICD-10 年龄限定类目（围生期、妊娠分娩、老年性）。',
    'Rule base 1.0 GZ10000204007000 (diagnosis does not fit the age): diagnoses that do not fit the insured person’s age; ICD-10 age-specific categories (perinatal, pregnancy, senility).',
  ),
  origin: 'nhsa-1.0',
  sql: `
WITH p AS (SELECT psn_no, min(brdy) AS brdy FROM psn WHERE psn_no IS NOT NULL AND brdy IS NOT NULL GROUP BY psn_no),
s AS (
  SELECT s.*, upper(trim(s.dise_codg)) AS code, cl_age(p.brdy, s.begndate) AS age
  FROM setl s JOIN p ON p.psn_no = s.psn_no
  WHERE s.dise_codg IS NOT NULL AND s.begndate IS NOT NULL
),
codes AS (
  SELECT code, CASE WHEN cl_has_prefix(code, upper($perinatal_codes)) THEN 'perinatal'
    WHEN cl_has_prefix(code, upper($obstetric_codes)) THEN 'obstetric'
    WHEN cl_has_prefix(code, upper($senile_codes)) THEN 'senile' END AS kind
  FROM (SELECT DISTINCT code FROM s)
),
hit AS (
  SELECT s.*, c.kind,
    CASE c.kind
      WHEN 'perinatal' THEN '围生期编码（应小于 ' || CAST($perinatal_max_age AS INTEGER) || ' 岁）'
      WHEN 'obstetric' THEN '产科编码（限 ' || CAST($obstetric_min_age AS INTEGER) || '–'
        || CAST($obstetric_max_age AS INTEGER) || ' 岁）'
      ELSE '老年性编码（限 ' || CAST($senile_min_age AS INTEGER) || ' 岁及以上）' END AS rule_zh,
    CASE c.kind
      WHEN 'perinatal' THEN 'a perinatal code (under ' || CAST($perinatal_max_age AS INTEGER) || ')'
      WHEN 'obstetric' THEN 'an obstetric code (ages ' || CAST($obstetric_min_age AS INTEGER) || '–'
        || CAST($obstetric_max_age AS INTEGER) || ')'
      ELSE 'a senility code (' || CAST($senile_min_age AS INTEGER) || ' and over)' END AS rule_en
  FROM s JOIN codes c USING (code)
  WHERE (c.kind = 'perinatal' AND s.age >= $perinatal_max_age)
    OR (c.kind = 'obstetric' AND (s.age < $obstetric_min_age OR s.age > $obstetric_max_age))
    OR (c.kind = 'senile' AND s.age < $senile_min_age)
)
SELECT setl_id AS finding_key, psn_no, mdtrt_id, setl_id, fixmedins_code, atddr_no AS dr_code,
  NULL AS feedetl_sn, 1 AS vola_item_type, medfee_sumamt AS amount,
  '主诊断 ' || dise_codg || ' 为' || rule_zh || '，患者就诊时 ' || age || ' 岁' AS vola_cont,
  'Main diagnosis ' || dise_codg || ' is ' || rule_en || '; the person was ' || age || ' at the visit'
    AS vola_cont_en
FROM hit
`,
});
