import type { CanonicalField } from '../../core/mapping/mapping-types';

/** How a header or synonym ends: a code suffix (编码, code…), a name suffix (名称, name…), or neither. */
type SuffixKind = 'code' | 'name' | 'none';

/** One comparable form of a header or synonym. */
export interface HeaderForm {
  /** Normalised text: NFKC, lower case, only letters, digits and CJK. */
  readonly full: string;
  /** `full` without its code/name suffix. */
  readonly stem: string;
  readonly suffix: SuffixKind;
}

/** A header's score against one field: 1 for an exact synonym, lower for fuzzy matches. */
export interface HeaderScore {
  readonly score: number;
  readonly reason: 'header' | 'header-fuzzy';
  /** The synonym (or field name) the header matched, as the dictionary spells it. */
  readonly synonym: string;
  /** The synonym's place in the field's list: among equal scores the earlier synonym is preferred. */
  readonly rank: number;
}

/** Fuzzy matches below this are not proposed. */
export const HEADER_THRESHOLD = 0.6;

const codeSuffixes = ['编码', '代码', '编号', '代号', '号码', '码', '号', 'codg', 'code', 'id', 'no', 'cd'];
const nameSuffixes = ['名称', '名', 'name', 'nm'];
const cjk = /[\u3400-\u9fff]/;

/** Lower case, NFKC (full-width → half-width), keeping only letters, digits and CJK characters. */
export function normalizeHeader(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

function stemOf(full: string): { stem: string; suffix: SuffixKind } {
  for (const [kind, list] of [
    ['code', codeSuffixes],
    ['name', nameSuffixes],
  ] as const) {
    for (const s of list) {
      const rest = full.slice(0, full.length - s.length);
      // A stem must keep some meaning: two CJK characters or three Latin letters.
      const minRest = cjk.test(s) ? 2 : 3;
      if (full.endsWith(s) && rest.length >= minRest) return { stem: rest, suffix: kind };
    }
  }
  return { stem: full, suffix: 'none' };
}

function formOf(text: string): HeaderForm | null {
  const full = normalizeHeader(text);
  if (!full) return null;
  return { full, ...stemOf(full) };
}

/**
 * The comparable forms of a raw header: without bracketed parts (`金额(元)` → 金额), the bracketed text
 * itself (`结算ID(setl_id)` → setl_id), and without a table alias (`a.setl_id` → setl_id).
 */
export function headerForms(header: string): HeaderForm[] {
  const text = header.normalize('NFKC').trim();
  const bracket = /[([{【〔<《]([^)\]}】〕>》]*)[)\]}】〕>》]/g;
  const candidates = [text.replace(bracket, ''), ...[...text.matchAll(bracket)].map((m) => m[1] ?? '')];
  const alias = /^[a-z_][a-z0-9_]*\.(.+)$/i.exec(text);
  if (alias?.[1]) candidates.push(alias[1]);
  return candidates.map(formOf).filter((f): f is HeaderForm => f !== null);
}

interface SynonymForm {
  readonly form: HeaderForm;
  readonly text: string;
  readonly rank: number;
}

const synonymCache = new WeakMap<CanonicalField, SynonymForm[]>();

function synonymForms(field: CanonicalField): SynonymForm[] {
  let forms = synonymCache.get(field);
  if (!forms) {
    forms = [];
    for (const [rank, text] of [field.name, ...field.synonyms].entries()) {
      const form = formOf(text);
      if (form) forms.push({ form, text, rank });
    }
    synonymCache.set(field, forms);
  }
  return forms;
}

function stemScore(a: SuffixKind, b: SuffixKind): number {
  if (a === b) return 0.9;
  if (a === 'none' || b === 'none') return a === 'name' || b === 'name' ? 0.75 : 0.85;
  return 0.6; // a name column for a code field (or the reverse): only when nothing better exists
}

function containScore(h: HeaderForm, s: HeaderForm): number {
  const isLatin = !cjk.test(s.full);
  if (s.full.length < (isLatin ? 5 : 2) || !h.full.includes(s.full)) return 0;
  const ratio = s.full.length / h.full.length;
  return ratio >= 0.5 ? Math.min(0.5 + 0.35 * ratio, 0.84) : 0;
}

/** Scores one header against one canonical field; null below {@link HEADER_THRESHOLD}. */
export function scoreHeader(forms: readonly HeaderForm[], field: CanonicalField): HeaderScore | null {
  let best = 0;
  let bestSynonym: SynonymForm | undefined;
  const consider = (score: number, s: SynonymForm) => {
    if (score > best) {
      best = score;
      bestSynonym = s;
    }
  };
  for (const h of forms) {
    for (const s of synonymForms(field)) {
      if (h.full === s.form.full) return { score: 1, reason: 'header', synonym: s.text, rank: s.rank };
      if (h.stem === s.form.stem) consider(stemScore(h.suffix, s.form.suffix), s);
      consider(containScore(h, s.form), s);
    }
  }
  return best >= HEADER_THRESHOLD && bestSynonym
    ? { score: best, reason: 'header-fuzzy', synonym: bestSynonym.text, rank: bestSynonym.rank }
    : null;
}
