import { msg } from '../../core/shared/msg';
import type { NhsaDraft } from './nhsa-draft';
import { readCourseDays, readInpatient, readLevel } from './nhsa-facets';
import { parseIndication } from './nhsa-indication';

/** The facts a drug restriction text can state besides its rule class's own. */
export type DrugFacet = 'medins_lv' | 'med_type' | 'course_days' | 'indication';

/**
 * Reads a drug's catalogue restriction text (限定支付范围) for every fact it states: facility level, care
 * setting, payment days, then the diseases named in what is left. Returns which facts were found, so
 * the caller can tell whether its rule class's own fact was among them.
 */
export function readDrugRestriction(text: string, draft: NhsaDraft): ReadonlySet<DrugFacet> {
  const found = new Set<DrugFacet>();
  let rest = text;
  for (const [facet, read] of [
    ['medins_lv', readLevel],
    ['med_type', readInpatient],
    ['course_days', readCourseDays],
  ] as const) {
    const result = read(rest, draft);
    if (result.found) found.add(facet);
    rest = result.rest;
  }
  // A second-line note is its own rule class; here it only narrows who is paid.
  rest = rest.replace(/二线(?:用药|治疗)/g, '');
  const indication = parseIndication(rest);
  switch (indication.kind) {
    case 'none':
      break;
    case 'icd':
      draft.restrict('indication', indication.prefixes.join(','));
      found.add('indication');
      break;
    case 'unparsed':
      draft.problem(
        'indication',
        msg(
          `词典外的措辞“${clip(indication.rest)}”` +
            (indication.matched.length > 0 ? `（已识别：${indication.matched.join('、')}）` : ''),
          `wording outside the indication dictionary "${clip(indication.rest)}"` +
            (indication.matched.length > 0 ? ` (recognised: ${indication.matched.join(', ')})` : ''),
        ),
      );
      break;
  }
  return found;
}

/** Long leftovers are cut: the unparsed item carries the whole text anyway. */
function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
