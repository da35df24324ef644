import { msg } from '../../core/shared/msg';
import type { NhsaDraft } from './nhsa-draft';
import { cut } from './nhsa-text';

/**
 * Readers of the facts a restriction text states besides its rule class's own (facility level, care
 * setting, payment days, frequency). Each adds what it finds to the draft, reports what it sees but
 * cannot read, and returns the text with what it read cut out (the rest goes to the indication reader).
 * Each returns whether it found its fact.
 */
export type FacetReader = (text: string, draft: NhsaDraft) => { found: boolean; rest: string };

const LEVEL_2 = /限(?:在)?二级及以上(?:医疗机构|医院)/g;
const LEVEL_3 = /限(?:在)?三级(?:及以上)?(?:医疗机构|医院)/g;

/** `限二级及以上医疗机构` → medins_lv 2; `限三级医疗机构` → 3. */
export const readLevel: FacetReader = (text, draft) => {
  const two = text.search(LEVEL_2) >= 0;
  const three = text.search(LEVEL_3) >= 0;
  if (two && three) {
    draft.problem('medins_lv', msg('同时写了二级和三级', 'names both level 2 and level 3'));
    return { found: false, rest: text };
  }
  if (!two && !three) return { found: false, rest: text };
  draft.restrict('medins_lv', two ? '2' : '3');
  return { found: true, rest: cut(text, two ? LEVEL_2 : LEVEL_3) };
};

const NUTRITION = /需经营养风险筛查.*?住院患者方予支付/g;
const INPATIENT_ONLY = /住院方可支付|住院患者方予支付/g;

/**
 * `住院患者方予支付` / `住院方可支付` / `…住院患者` → med_type inpatient. `单次住院最多支付N天` is a
 * per-stay day limit, not a care setting (the 2026-01 update added `住院方可支付` where it meant one).
 * Texts that also allow 急诊/门诊 cannot be written as one care setting and are reported.
 */
export const readInpatient: FacetReader = (text, draft) => {
  const says = text.search(NUTRITION) >= 0 || text.search(INPATIENT_ONLY) >= 0 || text.includes('住院患者');
  if (!says) return { found: false, rest: text };
  if (/急诊|门诊/.test(text)) {
    draft.problem(
      'med_type',
      msg('住院之外还允许急诊或门诊', 'allows emergency or outpatient care besides inpatient'),
    );
    return { found: false, rest: text };
  }
  draft.restrict('med_type', 'inpatient');
  return { found: true, rest: cut(cut(text, NUTRITION), INPATIENT_ONLY).replaceAll('住院患者', '患者') };
};

const DAYS = /(?:一个疾病过程|单次(?:住院)?)?(?:最多支付|支付不超过|总时间不超过)(?:(\d+)天|(一年))/g;

/** `支付不超过14天` / `单次住院最多支付14天` / `总时间不超过90天` / `支付不超过一年` → course_days. */
export const readCourseDays: FacetReader = (text, draft) => {
  if (/(?:支付|使用)不超过\d+个月/.test(text)) {
    draft.problem('course_days', msg('以月计的疗程', 'a course stated in months'));
    return { found: false, rest: text };
  }
  const days = new Set([...text.matchAll(DAYS)].map((m) => (m[2] === '一年' ? 365 : Number(m[1]))));
  if (days.size === 0) return { found: false, rest: text };
  if (days.size > 1) {
    draft.problem('course_days', msg('写了多个不同的天数', 'states several different day limits'));
    return { found: false, rest: text };
  }
  draft.restrict('course_days', String([...days][0]));
  return { found: true, rest: cut(text, DAYS) };
};

const INTERVAL = /(?:两次)?评定间隔时间不短于(\d+)天/g;
const WEEKLY = /每周最多支付一次/g;

/** `间隔时间不短于14天` → kb_frequency `14d` 1; `每周最多支付一次` → `week` 1. */
export const readFrequency: FacetReader = (text, draft) => {
  let found = false;
  for (const m of text.matchAll(INTERVAL)) {
    draft.limit(`${m[1]}d`, 1);
    found = true;
  }
  if (text.search(WEEKLY) >= 0) {
    draft.limit('week', 1);
    found = true;
  }
  return { found, rest: cut(cut(text, INTERVAL), WEEKLY) };
};
