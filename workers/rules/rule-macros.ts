/**
 * SQL macros the rule library uses, so rules read as the domain does (`cl_age(p.brdy, f.fee_ocur_time)`)
 * and normalise the codes and labels extracts use (性别 `1`/`男`/`M`; 医疗类别 `21`/`住院`; 等级 `3`/`三级甲等`).
 * Created before a run, on the kernel's private connection; the SQL export writes the same definitions
 * at the top of its script. The shared macros land in the user-data database (custom rules may call
 * them); the parameter table and the macros reading it are TEMP, so only the kernel's connection sees
 * them (a custom rule gets its parameter values bound as `?` arguments instead).
 */
export const RULE_MACROS: readonly string[] = [
  // 1 male, 2 female, NULL unknown.
  `CREATE OR REPLACE MACRO cl_sex(x) AS CASE
     WHEN lower(trim(CAST(x AS VARCHAR))) IN ('1', '男', '男性', 'm', 'male') THEN '1'
     WHEN lower(trim(CAST(x AS VARCHAR))) IN ('2', '女', '女性', 'f', 'female') THEN '2'
     ELSE NULL END`,
  // Exact age in whole years at time t (not calendar-year difference).
  `CREATE OR REPLACE MACRO cl_age(b, t) AS
     date_diff('year', CAST(b AS DATE), CAST(t AS DATE))
     - CASE WHEN strftime(CAST(t AS DATE), '%m-%d') < strftime(CAST(b AS DATE), '%m-%d') THEN 1 ELSE 0 END`,
  `CREATE OR REPLACE MACRO cl_age_days(b, t) AS date_diff('day', CAST(b AS DATE), CAST(t AS DATE))`,
  // Facility level 1/2/3 from a code or a label such as 三级甲等.
  `CREATE OR REPLACE MACRO cl_level(x) AS CASE
     WHEN x IS NULL THEN NULL
     WHEN trim(CAST(x AS VARCHAR)) LIKE '3%' OR contains(CAST(x AS VARCHAR), '三级') THEN 3
     WHEN trim(CAST(x AS VARCHAR)) LIKE '2%' OR contains(CAST(x AS VARCHAR), '二级') THEN 2
     WHEN trim(CAST(x AS VARCHAR)) LIKE '1%' OR contains(CAST(x AS VARCHAR), '一级') THEN 1
     ELSE NULL END`,
  // Care setting from 医疗类别: national codes 1x outpatient, 2x inpatient, 41 pharmacy, or their labels.
  `CREATE OR REPLACE MACRO cl_scene(x) AS CASE
     WHEN x IS NULL THEN NULL
     WHEN trim(CAST(x AS VARCHAR)) LIKE '2%' OR contains(CAST(x AS VARCHAR), '住院') THEN 'inpatient'
     WHEN trim(CAST(x AS VARCHAR)) LIKE '41%' OR contains(CAST(x AS VARCHAR), '购药')
       OR contains(CAST(x AS VARCHAR), '药店') THEN 'pharmacy'
     WHEN trim(CAST(x AS VARCHAR)) LIKE '1%' OR contains(CAST(x AS VARCHAR), '门')
       OR contains(CAST(x AS VARCHAR), '急诊') THEN 'outpatient'
     ELSE 'other' END`,
  // Whether code starts with one of the comma-separated prefixes in list.
  `CREATE OR REPLACE MACRO cl_has_prefix(code, list) AS
     code IS NOT NULL AND list IS NOT NULL
     AND len(list_filter(string_split(list, ','), p -> trim(p) <> '' AND starts_with(code, trim(p)))) > 0`,
  // Whether value is one of the comma-separated items in list.
  `CREATE OR REPLACE MACRO cl_in_list(value, list) AS
     value IS NOT NULL AND list IS NOT NULL
     AND list_contains(list_transform(string_split(list, ','), p -> trim(p)), trim(CAST(value AS VARCHAR)))`,
  // Parameter values of the current run, bound through a table (never spliced into SQL as text).
  `CREATE TEMP TABLE IF NOT EXISTS _cl_rule_params (rule_id VARCHAR, name VARCHAR, num DOUBLE, txt VARCHAR)`,
  `CREATE OR REPLACE TEMP MACRO cl_param_num(r, n) AS
     (SELECT num FROM _cl_rule_params WHERE rule_id = r AND name = n)`,
  `CREATE OR REPLACE TEMP MACRO cl_param_text(r, n) AS
     (SELECT txt FROM _cl_rule_params WHERE rule_id = r AND name = n)`,
];
