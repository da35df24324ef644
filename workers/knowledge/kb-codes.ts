/**
 * The national catalogue code formats (../shared/reference/nhsa-kb/README.md, "National code formats"):
 * the formats a knowledge row's code must have. A code in none of them is reported, never repaired
 * (no upper-casing, padding or trimming of inner characters).
 */
export const CODE_FORMATS = [
  {
    kind: 'western_drug',
    pattern: /^X[A-Z0-9]{22}$/,
    zh: '西药：X 开头 23 位',
    en: 'Western drug: X + 22 (23 characters)',
  },
  {
    kind: 'patent_drug',
    pattern: /^Z[A-Z0-9]{19}$/,
    zh: '中成药：Z 开头 20 位',
    en: 'Chinese patent medicine: Z + 19 (20 characters)',
  },
  {
    kind: 'herbal',
    pattern: /^T\d{9}$/,
    zh: '中药饮片：T 加 9 位数字',
    en: 'Herbal decoction piece: T + 9 digits',
  },
  {
    kind: 'service',
    pattern: /^\d{15}$/,
    zh: '医疗服务项目：15 位数字',
    en: 'Medical service item: 15 digits',
  },
  {
    kind: 'consumable',
    pattern: /^C[A-Z0-9]{19}(?:[A-Z0-9]{7})?$/,
    zh: '医用耗材：C 开头 20 位或 27 位',
    en: 'Consumable: C + 19 or 26 (20 or 27 characters)',
  },
] as const;

/** What kind of catalogue item a code is. */
export type CodeKind = (typeof CODE_FORMATS)[number]['kind'];

/** The kind of a well-formed national code, or undefined. */
export function codeKind(code: string): CodeKind | undefined {
  return CODE_FORMATS.find((f) => f.pattern.test(code))?.kind;
}
