import type { CorpusLayout } from './corpus-types';
import { bureauGbkLayout } from './layouts/bureau-gbk';
import { englishClaimsLayout } from './layouts/english-claims';
import { hisExcelLayout } from './layouts/his-excel';
import { nationalCodesLayout } from './layouts/national-codes';
import { pharmacyRetailLayout } from './layouts/pharmacy-retail';

/** The five foreign layouts, each built from its own seed (deterministic). */
export const CORPUS_LAYOUTS: readonly (() => CorpusLayout)[] = [
  bureauGbkLayout,
  hisExcelLayout,
  pharmacyRetailLayout,
  nationalCodesLayout,
  englishClaimsLayout,
];

/** Every layout of the corpus. */
export function buildCorpus(): CorpusLayout[] {
  return CORPUS_LAYOUTS.map((build) => build());
}
