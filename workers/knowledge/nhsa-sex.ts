/**
 * Words that name one sex unambiguously in NHSA texts (organs, conditions and life stages only one sex
 * has). Deliberately short: 乳腺 (men have breasts too), 不孕不育 (either partner) and the like are
 * absent, so a text naming neither list — or both — is reported rather than guessed.
 */
// prettier-ignore
export const FEMALE_WORDS = [
  '女性', '妇女', '妇科', '孕妇', '孕期', '孕产', '妊娠', '产后', '产妇', '分娩', '流产', '阴道', '外阴',
  '子宫', '宫颈', '卵巢', '输卵管', '月经', '痛经', '经期', '闭经', '带下', '白带', '绝经', '胞宫', '盆腔炎',
  '乳汁', '下乳', '胎儿', '胎盘', '胎心', '安胎', '小产', '难产', '女用', '调经', '经血', '行经', '经前',
] as const;

/** Words that name the male sex unambiguously (see FEMALE_WORDS). */
// prettier-ignore
export const MALE_WORDS = [
  '男性', '男子', '前列腺', '阴茎', '睾丸', '阴囊', '精索', '附睾', '勃起', '阳痿', '早泄', '遗精', '精子', '精液',
  '包皮',
] as const;

/** What a text says about sex: `1` male, `2` female, or why it cannot say. */
export type SexParse =
  | { readonly kind: 'sex'; readonly param: '1' | '2'; readonly word: string }
  | { readonly kind: 'none' }
  | { readonly kind: 'both'; readonly female: string; readonly male: string };

/** Reads the sex a text names through FEMALE_WORDS / MALE_WORDS. */
export function parseSex(text: string): SexParse {
  const female = FEMALE_WORDS.find((w) => text.includes(w));
  const male = MALE_WORDS.find((w) => text.includes(w));
  if (female && male) return { kind: 'both', female, male };
  if (female) return { kind: 'sex', param: '2', word: female };
  if (male) return { kind: 'sex', param: '1', word: male };
  return { kind: 'none' };
}
