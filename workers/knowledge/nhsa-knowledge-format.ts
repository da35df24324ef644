import { INDICATION_DICTIONARY_BASIS } from './indication-dictionary';
import type { ExclusivePairRow, FrequencyRow, RestrictionRow } from '../../core/knowledge/kb-types';

/** Where the shipped knowledge comes from and on what terms (kept inside the asset itself). */
export const NHSA_KNOWLEDGE_ABOUT = {
  title: '国家医保局两库知识点（全部已解析记录）/ NHSA knowledge points (all parsed records)',
  publisher: '国家医疗保障局 National Healthcare Security Administration (NHSA), nhsa.gov.cn',
  via: 'rachelzzz1921/yingyan @ 7a3774bc (2026-07-05): crawler-parsed JSON of the published batches, not hand-checked',
  notice:
    '国家医保局公布、供定点机构与经办机构执行的知识点，由 ClaimLens 解析为事实行，每行 source 注明批次、附件、行号和知识点编号；不含原始页面文字。未能解析的知识点见 nhsa-knowledge-report.md，未作猜测。本省知识库请导入，导入的层优先。 ' +
    "Knowledge points NHSA published for institutions and agencies to apply, parsed by ClaimLens into fact rows, each row citing batch, attachment, row and knowledge-point id; no page text is reproduced. Points that could not be parsed are listed in nhsa-knowledge-report.md, never guessed. Import your province's knowledge base: imported layers take precedence.",
  generator: 'scripts/build-nhsa-knowledge.ts (npx tsx scripts/build-nhsa-knowledge.ts)',
  indication_basis: INDICATION_DICTIONARY_BASIS,
} as const;

/** The shipped knowledge asset `nhsa-knowledge.json.gz` (gzip of this JSON). */
export interface NhsaKnowledge {
  readonly about: typeof NHSA_KNOWLEDGE_ABOUT & { readonly records: number };
  readonly kb_restriction: readonly RestrictionRow[];
  readonly kb_exclusive_pair: readonly ExclusivePairRow[];
  readonly kb_frequency: readonly FrequencyRow[];
}

/**
 * The asset's JSON text: one row per line (compact, so the uncompressed text the worker parses stays
 * small, yet a diff of two builds still reads row by row).
 */
export function serializeNhsaKnowledge(knowledge: NhsaKnowledge): string {
  const table = (name: string, rows: readonly object[]) =>
    `${JSON.stringify(name)}:[\n${rows.map((r) => JSON.stringify(r)).join(',\n')}\n]`;
  return (
    `{${JSON.stringify('about')}:${JSON.stringify(knowledge.about)},\n` +
    `${table('kb_restriction', knowledge.kb_restriction)},\n` +
    `${table('kb_exclusive_pair', knowledge.kb_exclusive_pair)},\n` +
    `${table('kb_frequency', knowledge.kb_frequency)}}\n`
  );
}
