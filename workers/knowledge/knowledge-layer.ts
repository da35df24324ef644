import { assertNever } from '../../core/shared/invariant';
import { msg, type Msg } from '../../core/shared/msg';
import type { KnowledgeTable } from '../../core/knowledge/kb-types';

/** Where a layer of knowledge comes from; layers apply in this order, a later one winning per key. */
export const LAYER_KINDS = ['nhsa-full', 'demo', 'import'] as const;
/** A kind of knowledge layer. */
export type LayerKind = (typeof LAYER_KINDS)[number];

/** The id of the shipped NHSA layer: every parsed record of NHSA's published knowledge points. */
export const NHSA_LAYER = 'nhsa-full';
/** The id of the demo's synthetic layer. */
export const DEMO_LAYER = 'demo';
/** The id of the layer a user file named `file` becomes. */
export const importLayerId = (file: string): string => `import:${file}`;

/** One layer as the summary shows it. */
export interface KnowledgeLayerInfo {
  readonly id: string;
  readonly kind: LayerKind;
  /** The file name for imports; a fixed label otherwise. */
  readonly name: string;
  /** What the layer's rows cite (shown in the panel). */
  readonly citation: Msg;
  /** Rows the layer holds, per table. */
  readonly rows: Readonly<Record<KnowledgeTable, number>>;
  /** Of those, rows in force (not replaced by a later layer or a later row of the same key). */
  readonly inForce: Readonly<Record<KnowledgeTable, number>>;
}

/** A layer's display name and citation. */
export function layerLabel(kind: LayerKind, name: string): { name: string; citation: Msg } {
  switch (kind) {
    case 'nhsa-full':
      return {
        name: '国家医保局两库知识点（全部已解析记录）/ NHSA knowledge points (all parsed records)',
        citation: msg(
          '国家医疗保障局公布的“两库”知识点（第 1–17 批及 2026 年 1 月更新）中能解析的全部记录，每行注明批次、附件、行号与知识点编号；经 rachelzzz1921/yingyan 整理。未能解析的记录未作猜测，见 nhsa-knowledge-report.md。',
          'Every parsable record of the knowledge points NHSA published (batches 1–17 and the 2026-01 update), each row citing batch, attachment, row and knowledge-point id; parsed by rachelzzz1921/yingyan. Records that could not be parsed are listed in nhsa-knowledge-report.md, never guessed.',
        ),
      };
    case 'demo':
      return {
        name: '演示数据 / Demo',
        citation: msg(
          'ClaimLens 演示数据生成器的合成知识（非官方）。',
          'Synthetic knowledge from the ClaimLens demo generator (not official).',
        ),
      };
    case 'import':
      return {
        name,
        citation: msg(
          `用户导入的文件“${name}”，每行的 source 为其依据。`,
          `Imported by the user from "${name}"; each row's source is its basis.`,
        ),
      };
    default:
      return assertNever(kind, 'layer kind');
  }
}
