import { INDICATION_DICTIONARY } from './indication-dictionary';
import { withoutParentheses } from './nhsa-text';

/** What an indication text says, read only through the dictionary. */
export type IndicationParse =
  /** No disease named (nothing left once the wording that narrows a population is removed). */
  | { readonly kind: 'none' }
  /** Every disease named is in the dictionary: the union of their ICD-10 prefixes. */
  | { readonly kind: 'icd'; readonly prefixes: readonly string[] }
  /** Wording the dictionary does not cover (`rest`), with or without some matched names. */
  | { readonly kind: 'unparsed'; readonly rest: string; readonly matched: readonly string[] };

const MARK = '§';

/** Dictionary terms, longest first, so `非小细胞肺癌` wins over `肺癌`. */
const TERMS = INDICATION_DICTIONARY.flatMap((entry) => entry.terms.map((term) => ({ term, entry }))).sort(
  (a, b) => b.term.length - a.term.length || (a.term < b.term ? -1 : 1),
);

/**
 * Wording that only narrows who is paid (age, adult/child, stage, severity, line of therapy) and so can
 * be dropped when the diseases named are used as a necessary condition. Exclusions (`除外`, `不包括`),
 * causes (`…引起的`, `…相关的`) and anything else are NOT here: they stay in the rest, and the text is
 * reported instead of read.
 */
const NARROWING = [
  /(?:≥|>=)?\d+(?:周)?岁?(?:至|-|~)<?\d+(?:周)?岁(?:以下)?/g,
  /(?:≥|>=)?\d+(?:\.\d+)?(?:周)?岁(?:及\d+岁)?(?:及以上|以上|以下)?/g,
  /局部晚期|晚期|转移性|复发或难治性?|复发性|复发|难治性|难治|进展期|早期|初治|新诊断|新发/g,
  /中度至重度|轻至中度|轻、中度|中重度|轻中度|重度|中度|轻度|重型|急性期|急性|慢性|活动性|原发性|继发性/g,
  /成年人|成人|成年|青少年|儿童|患儿|患者/g,
  /[一二三]线(?:治疗|用药)?|治疗|用药/g,
  /有明确的|明确的|诊断|证据|有(?=§)/g,
  /以及|限|的|或|和|及|与/g,
  /\d+\.|[、,;:。.]/g,
];

/**
 * Reads the diseases an indication text names through INDICATION_DICTIONARY. All diseases named must be
 * in the dictionary; their ICD-10 prefixes are pooled (alternatives are a union, and a union is still a
 * necessary condition when the text requires several). Anything else left over makes the text unparsed.
 */
export function parseIndication(text: string): IndicationParse {
  let rest = withoutParentheses(text);
  const matched: string[] = [];
  const prefixes = new Set<string>();
  for (const { term, entry } of TERMS) {
    if (!rest.includes(term)) continue;
    rest = rest.replaceAll(term, MARK);
    matched.push(term);
    for (const code of entry.icd) prefixes.add(code);
  }
  for (const pattern of NARROWING) rest = rest.replace(pattern, '');
  rest = rest.replaceAll(MARK, '');
  if (rest !== '') return { kind: 'unparsed', rest, matched };
  if (matched.length === 0) return { kind: 'none' };
  return { kind: 'icd', prefixes: [...prefixes].sort() };
}
