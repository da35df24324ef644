import { msg } from '../../core/shared/msg';
import type { ClassReader } from './nhsa-drug-classes';
import { readCourseDays, readFrequency } from './nhsa-facets';

/** 医疗服务项目儿童专用: the age group the text names (新生儿 28 days; 婴儿 1; 婴幼儿 3; 小儿/儿童 unstated). */
export const serviceChild: ClassReader = (text, draft) => {
  const group = /^(新生儿|婴幼儿|婴儿|小儿|儿童)专用项目$/.exec(text.replace(/[。.]$/, ''))?.[1];
  switch (group) {
    case '新生儿':
      draft.restrict('newborn', '28');
      break;
    case '婴儿':
      draft.restrict('pediatric', '1');
      break;
    case '婴幼儿':
      draft.restrict('pediatric', '3');
      break;
    case '小儿':
    case '儿童':
      draft.restrict('pediatric', '');
      break;
    default:
      draft.problem('age', msg('不是已知的“…专用项目”写法', 'not a known "…专用项目" wording'));
      return;
  }
  draft.primary = true;
};

/** 手术项目未按规定折价收费: the discount group the text names (`肝胆手术组`). */
export const surgeryGroup: ClassReader = (text, draft) => {
  const group = /^([^,;。]{1,20}手术组)。?$/.exec(text)?.[1];
  if (!group) {
    draft.problem('record', msg('不是“…手术组”', 'not a "…手术组" group name'));
    return;
  }
  draft.restrict('surgery_group', group);
  draft.primary = true;
};

/** 医疗服务项目重复收费: the record's two codes cannot both be charged in one settlement. */
export const duplicateCharge: ClassReader = (_text, draft, codes) => {
  if (codes.length !== 2) {
    draft.problem(
      'record',
      msg(`应有两个编码，实有 ${codes.length} 个`, `expected two codes, found ${codes.length}`),
    );
    return;
  }
  draft.pair = true;
  draft.primary = true;
};

/** 医疗服务项目限定频次: the billing unit per day (`小时` → 24 a day; `日`/`天` → 1 a day). */
export const dailyUnits: ClassReader = (text, draft) => {
  const unit = text.replace(/[。.]$/, '');
  const perDay = unit === '小时' ? 24 : unit === '日' || unit === '天' ? 1 : undefined;
  if (perDay === undefined) {
    draft.problem('frequency', msg('计价单位不是“小时”“日”或“天”', 'the unit is not 小时, 日 or 天'));
    return;
  }
  draft.limit('day', perDay);
  draft.primary = true;
};

/** 医疗服务项目周期超频次: `间隔…不短于N天` → `Nd` 1, `每周最多支付一次` → `week` 1. */
export const periodFrequency: ClassReader = (text, draft) => {
  draft.primary = readFrequency(text, draft).found;
  if (!draft.primary) {
    draft.problem(
      'frequency',
      msg('未写明间隔天数或每周次数', 'states no interval in days or times per week'),
    );
  }
};

/** 医疗服务项目限支付疗程: course_days, and an interval or weekly limit when the text also states one. */
export const serviceCourse: ClassReader = (text, draft) => {
  draft.primary = readCourseDays(text, draft).found;
  if (!draft.primary) {
    if (!draft.problems.some((p) => p.part === 'course_days')) {
      draft.problem('course_days', msg('未写明“支付不超过N天”', 'states no "paid for at most N days"'));
    }
    return;
  }
  readFrequency(text, draft);
};

/**
 * 医疗服务项目限年龄 `限法定就业年龄段患者`: age_min 16 (the minimum working age, 《劳动法》第十五条);
 * the upper bound is the statutory retirement age, which differs by sex and birth year (2025 reform),
 * so it is reported rather than guessed.
 */
export const workingAge: ClassReader = (text, draft) => {
  if (!text.includes('法定就业年龄')) {
    draft.problem('age', msg('不是“法定就业年龄段”', 'not "statutory working age"'));
    return;
  }
  draft.restrict('age_min', '16');
  draft.primary = true;
  draft.problem(
    'age',
    msg(
      '年龄上限为法定退休年龄，因性别和出生年份而异，未写入',
      'the upper bound is the statutory retirement age, which differs by sex and birth year: not written',
    ),
  );
};
