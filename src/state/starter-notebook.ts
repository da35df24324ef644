import type { Lang } from '../../i18n/locale';

/** The first cell's query over the demo data: settlements and medical fees per institution. */
export function starterSql(lang: Lang): string {
  const comment =
    lang === 'zh'
      ? '-- 各定点医药机构的结算笔数与医疗费总额（演示数据）'
      : '-- Settlements and total medical fees per institution (demo data)';
  return `${comment}
SELECT fixmedins_code, count(*) AS settlements, sum(medfee_sumamt) AS total
FROM setl
GROUP BY ALL
ORDER BY total DESC`;
}
