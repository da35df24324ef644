/** The fields of NHSA's published knowledge-point layout that an import reads. */
export const NHSA_COLUMNS = [
  'kp_id',
  'rule_class',
  'med_codes',
  'med_code',
  'item_name',
  'constraint',
  'detect_logic',
  'batch',
  'batch_tag',
  'published_at',
  'supersedes',
] as const;
/** One field of the NHSA layout. */
export type NhsaColumn = (typeof NHSA_COLUMNS)[number];

/** Chinese headers accepted for each NHSA field (English names match case-insensitively). */
export const NHSA_COLUMN_SYNONYMS: Readonly<Record<NhsaColumn, readonly string[]>> = {
  kp_id: ['知识点编号', '知识点ID', '知识点id', '知识点代码'],
  rule_class: ['规则分类', '规则类别', '规则名称', '规则类型'],
  med_codes: ['医保编码列表', '编码列表'],
  med_code: ['医保编码', '医保代码', '国家医保编码', '医保目录编码', '编码'],
  item_name: ['项目名称', '药品名称', '名称', '通用名'],
  constraint: ['限定条件', '限定支付范围', '限制条件', '支付限定'],
  detect_logic: ['判断逻辑', '检测逻辑', '审核逻辑'],
  batch: ['批次'],
  batch_tag: ['批次标签'],
  published_at: ['发布日期', '发布时间'],
  supersedes: ['替代知识点', '取代知识点'],
};

/** The NHSA field a header names, or undefined. */
export function nhsaColumnOf(header: string): NhsaColumn | undefined {
  const h = header.normalize('NFKC').trim();
  const lower = h.toLowerCase();
  return NHSA_COLUMNS.find((c) => lower === c || NHSA_COLUMN_SYNONYMS[c].includes(h));
}

/**
 * Whether a header (CSV/Excel columns, or JSON record keys) is NHSA's knowledge-point layout: it names
 * the rule class, the code(s), and the knowledge-point id or the restriction text. A `kb_*` header never
 * names a rule class, so the two layouts cannot be confused.
 */
export function isNhsaHeader(header: readonly string[]): boolean {
  const named = new Set(header.map(nhsaColumnOf));
  return (
    named.has('rule_class') &&
    (named.has('med_codes') || named.has('med_code')) &&
    (named.has('kp_id') || named.has('constraint'))
  );
}
