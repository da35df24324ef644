import { msg } from '../../../core/shared/msg';
import type { RuleParameterDef } from '../../../core/rules/rule-types';

/**
 * A CTE `dd(psn_no, death_day)`: each registered person's (earliest) day of death, so a registry that
 * lists a person twice does not multiply findings. Registry rows without psn_no are not used.
 */
export const DEATH_DAYS_CTE = `dd AS (
  SELECT psn_no, min(CAST(death_date AS DATE)) AS death_day
  FROM death WHERE psn_no IS NOT NULL AND death_date IS NOT NULL GROUP BY psn_no
)`;

/** Days after the day of death still tolerated (late postings); `$grace_days` in the SQL. */
export const GRACE_DAYS_PARAMETER: RuleParameterDef = {
  name: 'grace_days',
  label: msg(
    '死亡日之后仍容许的天数（补记费用）',
    'Days after the day of death still tolerated (late postings)',
  ),
  kind: 'integer',
  default: 0,
  min: 0,
  max: 30,
  unit: msg('天', 'days'),
};
