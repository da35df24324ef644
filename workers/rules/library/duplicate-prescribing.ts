import { defineRule } from '../../../core/rules/rule-types';
import { msg } from '../../../core/shared/msg';
import { FEE_FINDING_FIELDS } from './fee-finding-fields';

/**
 * 重复开药: two or more different Western drugs of the same pharmacological class (X-code characters
 * 2 to 1 + `class_length`: 5 = the ATC level-4 class, e.g. `A02BC` of `XA02BCA084…`) billed on the same day
 * of one settlement by the same doctor (`bilg_dr_code`; lines without a doctor form one group, so when the
 * field is not mapped the rule compares a settlement's drugs per day). Only drugs whose net amount that day
 * is positive count, so a drug refunded and replaced is not a duplicate.
 *
 * The drug with the largest amount that day (ties: the smaller code) is kept as the treatment: its lines
 * are related (2). The lines of the other drugs of the class are violating (1) at their whole amount. One
 * finding per settlement, doctor, day and class.
 */
export const duplicatePrescribing = defineRule({
  id: 'GZ10000301006000',
  name: msg('重复开药', 'Duplicate prescribing'),
  tier: '医疗类',
  subclass: msg('药品合理使用类', 'Rational drug use'),
  resultType: '可疑',
  severity: '可疑',
  behaviour: msg('重复开药', 'Duplicate prescribing'),
  scenes: ['inpatient', 'outpatient', 'pharmacy'],
  window: 'day',
  needs: {
    fields: {
      fee: [...FEE_FINDING_FIELDS, 'fee_ocur_time'],
    },
  },
  parameters: [
    {
      name: 'class_length',
      label: msg(
        '视为同类药品的分类码位数（药品编码第 2 位起，5 = ATC 第四级）',
        'Class code length that makes drugs alike (from code character 2; 5 = ATC level 4)',
      ),
      kind: 'integer',
      default: 5,
      min: 1,
      max: 7,
    },
  ],
  basis: msg(
    '同时开具两种及以上药理作用相似的药品（规则库 1.0 GZ10000301006000）；《医疗保障基金使用监督管理条例》第十五条：合理用药。',
    'Two or more drugs with similar pharmacological action prescribed together (rule base 1.0 GZ10000301006000); Regulation on the Use of Medical Security Funds, art. 15: rational drug use.',
  ),
  origin: 'nhsa-1.0',
  sql: `
WITH x AS NOT MATERIALIZED (
  SELECT f.feedetl_sn, f.setl_id, f.psn_no, f.mdtrt_id, f.fixmedins_code, f.bilg_dr_code, f.hilist_code,
    f.hilist_name, f.det_item_fee_sumamt, CAST(f.fee_ocur_time AS DATE) AS day, coalesce(f.bilg_dr_code, '') AS dr,
    substr(f.hilist_code, 2, CAST($class_length AS INTEGER)) AS cls
  FROM fee f
  WHERE starts_with(f.hilist_code, 'X') AND f.setl_id IS NOT NULL AND f.fee_ocur_time IS NOT NULL
),
-- Cheap first pass (most groups hold one drug): groups with two codes at all, before refunds are netted.
cand AS (SELECT setl_id, dr, day, cls FROM x GROUP BY setl_id, dr, day, cls HAVING min(hilist_code) <> max(hilist_code)),
l AS (SELECT x.* FROM x JOIN cand c ON c.setl_id = x.setl_id AND c.dr = x.dr AND c.day = x.day AND c.cls = x.cls),
codes AS (
  SELECT setl_id, dr, day, cls, hilist_code, any_value(hilist_name) AS name, sum(det_item_fee_sumamt) AS code_amt
  FROM l GROUP BY setl_id, dr, day, cls, hilist_code HAVING sum(det_item_fee_sumamt) > 0
),
multi AS (SELECT setl_id, dr, day, cls FROM codes GROUP BY setl_id, dr, day, cls HAVING count(*) >= 2),
ranked AS (
  SELECT c.*, count(*) OVER w AS n_codes, row_number() OVER (w ORDER BY c.code_amt DESC, c.hilist_code) AS rk
  FROM codes c JOIN multi m ON m.setl_id = c.setl_id AND m.dr = c.dr AND m.day = c.day AND m.cls = c.cls
  WINDOW w AS (PARTITION BY c.setl_id, c.dr, c.day, c.cls)
),
grp AS (
  SELECT setl_id, dr, day, cls, string_agg(coalesce(name, hilist_code), '、' ORDER BY rk) AS names
  FROM ranked GROUP BY setl_id, dr, day, cls
)
SELECT l.setl_id || '|' || l.dr || '|' || l.day || '|' || l.cls AS finding_key, l.psn_no, l.mdtrt_id, l.setl_id,
  l.fixmedins_code, l.bilg_dr_code AS dr_code, l.feedetl_sn, CASE WHEN r.rk = 1 THEN 2 ELSE 1 END AS vola_item_type,
  l.det_item_fee_sumamt AS amount,
  l.day || ' 同一医生开具 ' || r.n_codes || ' 种同类（' || l.cls || '）药品：' || g.names AS vola_cont,
  'On ' || l.day || ' one doctor prescribed ' || r.n_codes || ' drugs of the same class (' || l.cls || '): '
    || g.names AS vola_cont_en
FROM l JOIN ranked r ON r.setl_id = l.setl_id AND r.dr = l.dr AND r.day = l.day AND r.hilist_code = l.hilist_code
JOIN grp g ON g.setl_id = l.setl_id AND g.dr = l.dr AND g.day = l.day AND g.cls = l.cls
`,
});
