import { defineRule } from '../../../core/rules/rule-types';
import { msg } from '../../../core/shared/msg';

/** `N70`…`N98` for ('N', 70, 98): three-character ICD-10 categories of one letter. */
const span = (letter: string, from: number, to: number): string[] =>
  Array.from({ length: to - from + 1 }, (_, i) => `${letter}${String(from + i).padStart(2, '0')}`);

/**
 * ICD-10 categories for women only: pregnancy (O), female pelvic inflammatory and genital-tract
 * disorders (N70–N98), female genital cancers (C51–C58) and carcinoma in situ (D06, D07.0–D07.3),
 * benign and uncertain female genital tumours (D25–D28, D39), ovarian dysfunction (E28), female genital
 * malformations (Q50–Q52), pregnancy and delivery encounters (Z32–Z37, Z39).
 */
export const FEMALE_ONLY_DIAGNOSES = [
  'O',
  ...span('N', 70, 98),
  ...span('C', 51, 58),
  'D06',
  'D07.0',
  'D07.1',
  'D07.2',
  'D07.3',
  ...span('D', 25, 28),
  'D39',
  'E28',
  ...span('Q', 50, 52),
  ...span('Z', 32, 37),
  'Z39',
].join(',');

/**
 * ICD-10 categories for men only: male genital disorders (N40–N51), male genital cancers (C60–C63) and
 * carcinoma in situ (D07.4–D07.6), benign and uncertain male genital tumours (D29, D40), testicular
 * dysfunction (E29), male genital malformations (Q53–Q55).
 */
export const MALE_ONLY_DIAGNOSES = [
  ...span('N', 40, 51),
  ...span('C', 60, 63),
  'D07.4',
  'D07.5',
  'D07.6',
  'D29',
  'D40',
  'E29',
  ...span('Q', 53, 55),
].join(',');

/**
 * 诊断与患者性别不符: a settlement's main diagnosis (ICD-10 医保版) that applies to one sex only, for a
 * person of the other sex (`psn.gend`; unknown sex is not judged). The prefix lists are parameters
 * with the defaults above. A wrong sex points at coding errors or someone else's credentials (冒名就医).
 * Whole-settlement finding, amount `medfee_sumamt`.
 */
export const diagnosisSexMismatch = defineRule({
  id: 'GZ10000204006000',
  name: msg('诊断与患者性别不符', 'Diagnosis does not fit the sex'),
  tier: '管理类',
  subclass: msg('行为主体监管类', 'Conduct of parties'),
  resultType: '可疑',
  severity: '高度可疑',
  behaviour: msg('冒名就医', 'Impersonation'),
  scenes: ['inpatient', 'outpatient', 'pharmacy'],
  window: 'visit',
  needs: {
    fields: {
      setl: ['setl_id', 'psn_no', 'dise_codg', 'medfee_sumamt'],
      psn: ['psn_no', 'gend'],
    },
  },
  parameters: [
    {
      name: 'female_only',
      label: msg('仅适用于女性的诊断编码前缀', 'Diagnosis prefixes for women only'),
      kind: 'text',
      default: FEMALE_ONLY_DIAGNOSES,
    },
    {
      name: 'male_only',
      label: msg('仅适用于男性的诊断编码前缀', 'Diagnosis prefixes for men only'),
      kind: 'text',
      default: MALE_ONLY_DIAGNOSES,
    },
  ],
  basis: msg(
    '规则库 1.0 GZ10000204006000（诊断与患者性别不符）：对参保人诊断与性别不符的情形进行监管；ICD-10 性别限定类目。',
    'Rule base 1.0 GZ10000204006000 (diagnosis does not fit the sex): diagnoses that do not fit the insured person’s sex; ICD-10 sex-specific categories.',
  ),
  origin: 'nhsa-1.0',
  sql: `
WITH p AS (SELECT psn_no, min(cl_sex(gend)) AS sex FROM psn WHERE psn_no IS NOT NULL GROUP BY psn_no),
s AS (
  SELECT s.*, upper(trim(s.dise_codg)) AS code, p.sex
  FROM setl s JOIN p ON p.psn_no = s.psn_no
  WHERE s.dise_codg IS NOT NULL AND p.sex IS NOT NULL
),
codes AS (
  SELECT code, CASE WHEN cl_has_prefix(code, upper($female_only)) THEN '2'
    WHEN cl_has_prefix(code, upper($male_only)) THEN '1' END AS only_sex
  FROM (SELECT DISTINCT code FROM s)
)
SELECT s.setl_id AS finding_key, s.psn_no, s.mdtrt_id, s.setl_id, s.fixmedins_code, s.atddr_no AS dr_code,
  NULL AS feedetl_sn, 1 AS vola_item_type, s.medfee_sumamt AS amount,
  '主诊断 ' || s.dise_codg || ' 仅适用于' || CASE c.only_sex WHEN '2' THEN '女性' ELSE '男性' END
    || '，参保人性别为' || CASE s.sex WHEN '2' THEN '女' ELSE '男' END AS vola_cont,
  'Main diagnosis ' || s.dise_codg || ' applies to ' || CASE c.only_sex WHEN '2' THEN 'women' ELSE 'men' END
    || ' only; the person is ' || CASE s.sex WHEN '2' THEN 'female' ELSE 'male' END AS vola_cont_en
FROM s JOIN codes c USING (code)
WHERE c.only_sex <> s.sex
`,
});
