import type { RestrictionKind } from '../../core/knowledge/kb-types';
import { msg, type Msg } from '../../core/shared/msg';
import { parseAges } from './nhsa-age';
import type { NhsaDraft } from './nhsa-draft';
import { readDrugRestriction, type DrugFacet } from './nhsa-restriction-text';
import { parseSex } from './nhsa-sex';

/** Reads one rule class's knowledge point (normalised text) into the draft. */
export type ClassReader = (text: string, draft: NhsaDraft, codes: readonly string[]) => void;

/** A class whose rule class alone says the restriction (`param` empty): 限工伤保险, 单方不予支付… */
export const fixed =
  (kind: RestrictionKind): ClassReader =>
  (_text, draft) => {
    draft.restrict(kind, '');
    draft.primary = true;
  };

/** A class whose own fact is one of the facts a restriction text states (level, setting, days, indication). */
export const drugFacet =
  (facet: DrugFacet): ClassReader =>
  (text, draft) => {
    draft.primary = readDrugRestriction(text, draft).has(facet);
    if (!draft.primary && !draft.problems.some((p) => p.part === facet)) {
      draft.problem('record', FACET_MISSING[facet]);
    }
  };

const FACET_MISSING: Record<DrugFacet, Msg> = {
  medins_lv: msg('未写明“限二级及以上/三级医疗机构”', 'states no "level 2 or above / level 3 institutions"'),
  med_type: msg('未写明“住院患者”', 'does not say "inpatients"'),
  course_days: msg('未写明“支付不超过N天”', 'states no "paid for at most N days"'),
  indication: msg('未写明疾病', 'names no disease'),
};

/** 药品区分性别使用: the sex from the explicit word lists; a `限…` text is also read as a restriction. */
export const drugSex: ClassReader = (text, draft) => {
  readSex(text, draft);
  if (draft.primary && text.startsWith('限')) readDrugRestriction(text, draft);
};

/** 区分性别使用 (drugs and service items): `1`/`2` only when the text clearly names one sex. */
export function readSex(text: string, draft: NhsaDraft): void {
  const sex = parseSex(text);
  if (sex.kind === 'sex') {
    draft.restrict('sex', sex.param);
    draft.primary = true;
  } else if (sex.kind === 'both') {
    draft.problem(
      'sex',
      msg(
        `同时出现女性词“${sex.female}”和男性词“${sex.male}”`,
        `names both "${sex.female}" (female) and "${sex.male}" (male)`,
      ),
    );
  } else {
    draft.problem('sex', msg('未出现明确的性别词', 'names no sex-specific word'));
  }
}

/** 药品限儿童使用: child, with the ages the text states (age_min, age_max, or child under N). */
export const drugChild: ClassReader = (text, draft) => {
  const ages = parseAges(text);
  draft.primary = true;
  if (ages.kind === 'unparsed') {
    draft.restrict('child', '');
    draft.problem('age', AGE_PROBLEM[ages.why]);
  } else {
    draft.restrict('child', ages.kind === 'ages' && ages.under !== undefined ? String(ages.under) : '');
    if (ages.kind === 'ages' && ages.min !== undefined) draft.restrict('age_min', String(ages.min));
    if (ages.kind === 'ages' && ages.max !== undefined) draft.restrict('age_max', String(ages.max));
  }
  readDrugRestriction(text, draft);
};

const AGE_PROBLEM = {
  months: msg('以月龄或日龄写的年龄', 'an age in months or days'),
  mixed: msg('各项年龄上限一含一不含，无法合并', 'inclusive and exclusive upper ages that cannot be pooled'),
  wording: msg('无法识别的年龄写法', 'age wording not recognised'),
} as const;

/** 药品限二线使用: second_line with no first-line list (the text names none); other facts as stated. */
export const drugSecondLine: ClassReader = (text, draft) => {
  draft.restrict('second_line', '');
  draft.primary = true;
  readDrugRestriction(text, draft);
};
