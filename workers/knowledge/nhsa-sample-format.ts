import { INDICATION_DICTIONARY_BASIS } from './indication-dictionary';
import type { ExclusivePairRow, FrequencyRow, RestrictionRow } from '../../core/knowledge/kb-types';

/** Where the shipped sample comes from and on what terms (kept inside the JSON file itself). */
export const NHSA_SAMPLE_ABOUT = {
  title: '国家医保局两库知识点样例 / NHSA knowledge-point sample',
  publisher: '国家医疗保障局 National Healthcare Security Administration (NHSA), nhsa.gov.cn',
  via: 'rachelzzz1921/yingyan @ 7a3774bc (2026-07-05): crawler-parsed JSON of the published batches, not hand-checked',
  notice:
    'NHSA 网站标注“未经授权禁止转载”：此处仅为演示和测试精选少量知识点，每行 source 注明批次、附件、行号和知识点编号；完整知识库请向本省医保部门获取后导入。 ' +
    'The NHSA site marks its pages "no reproduction without authorisation": this is a small curated, cited subset for demos and tests; import your province\'s full knowledge base.',
  generator: 'scripts/build-nhsa-sample.ts (npx tsx scripts/build-nhsa-sample.ts)',
  indication_basis: INDICATION_DICTIONARY_BASIS,
} as const;

/** The shipped sample file `nhsa-sample.json`. */
export interface NhsaSample {
  readonly about: typeof NHSA_SAMPLE_ABOUT & { readonly records: number };
  readonly kb_restriction: readonly RestrictionRow[];
  readonly kb_exclusive_pair: readonly ExclusivePairRow[];
  readonly kb_frequency: readonly FrequencyRow[];
}

/** The sample as committed: two-space JSON, which Prettier leaves as it is. */
export function serializeNhsaSample(sample: NhsaSample): string {
  return `${JSON.stringify(sample, null, 2)}\n`;
}
