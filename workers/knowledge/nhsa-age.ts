import { cut } from './nhsa-text';

/** One age range a text states: `min` inclusive; `upper` inclusive, or exclusive (以下 / `<`). */
interface AgeMention {
  readonly min?: number;
  readonly upper?: { readonly years: number; readonly exclusive: boolean };
}

/** The ages a text states, pooled over its alternatives. */
export type AgeParse =
  | { readonly kind: 'none' }
  /** `under`: paid only under that age (exclusive); `max`: up to that age (inclusive). */
  | { readonly kind: 'ages'; readonly min?: number; readonly max?: number; readonly under?: number }
  | { readonly kind: 'unparsed'; readonly why: 'months' | 'mixed' | 'wording' };

const RANGE = /(\d+)岁?(?:至|-|~|到)(<)?(\d+)岁(以下)?/g;
const AT_LEAST = /(?:≥|>=)(\d+)岁|(\d+)岁及(?:\d+岁)?以上|(\d+)岁以上/g;
const UNDER = /(\d+)岁以下/g;

/**
 * Reads stated ages: `3-12岁` / `2岁至11岁` (min and inclusive max), `5至12岁以下` / `12至<18岁` (min and
 * exclusive upper), `3岁及3岁以上` / `≥2岁` / `50岁以上` (min), `12岁以下` (exclusive upper). Several
 * alternatives are pooled into the smallest range covering them all (a bound only when every alternative
 * has one). Months or days of age, and age wording these forms miss, are reported, not guessed.
 */
export function parseAges(input: string): AgeParse {
  const text = input.replaceAll('周岁', '岁');
  if (/月龄|日龄|周龄/.test(text)) return { kind: 'unparsed', why: 'months' };
  const mentions: AgeMention[] = [];
  let rest = text;
  for (const m of text.matchAll(RANGE)) {
    const exclusive = m[2] !== undefined || m[4] !== undefined;
    mentions.push({ min: Number(m[1]), upper: { years: Number(m[3]), exclusive } });
  }
  rest = cut(rest, RANGE);
  for (const m of rest.matchAll(AT_LEAST)) mentions.push({ min: Number(m[1] ?? m[2] ?? m[3]) });
  rest = cut(rest, AT_LEAST);
  for (const m of rest.matchAll(UNDER)) mentions.push({ upper: { years: Number(m[1]), exclusive: true } });
  rest = cut(rest, UNDER);
  if (/\d+岁/.test(rest)) return { kind: 'unparsed', why: 'wording' };
  if (mentions.length === 0) return { kind: 'none' };
  const min = mentions.every((m) => m.min !== undefined)
    ? Math.min(...mentions.map((m) => m.min as number))
    : undefined;
  const uppers = mentions.map((m) => m.upper);
  if (!uppers.every((u) => u !== undefined)) return { kind: 'ages', min };
  const exclusive = uppers[0]?.exclusive ?? false;
  if (uppers.some((u) => u?.exclusive !== exclusive)) return { kind: 'unparsed', why: 'mixed' };
  const upper = Math.max(...uppers.map((u) => u?.years ?? 0));
  return exclusive ? { kind: 'ages', min, under: upper } : { kind: 'ages', min, max: upper };
}
