import { msg, type Msg } from '../../core/shared/msg';
import type { ExclusivePairRow, FrequencyRow, RestrictionRow } from '../../core/knowledge/kb-types';
import type { KnowledgeRows } from './knowledge-rows';
import { NhsaDraft, type NhsaPart } from './nhsa-draft';
import { batchLabel, nhsaSource, type NhsaRecord } from './nhsa-record';
import { CLASS_READERS, isNhsaRuleClass } from './nhsa-rule-classes';
import { normalizeNhsaText } from './nhsa-text';

/** Something a knowledge point says that the parser could not read (so wrote no row for it). */
export interface NhsaUnparsed {
  readonly kp_id: string;
  readonly batch: string;
  readonly file: string | null;
  readonly row: number | null;
  readonly rule_class: string;
  readonly part: NhsaPart;
  readonly reason: Msg;
  /** The constraint text as published. */
  readonly text: string;
}

/**
 * `parsed`: everything read; `partial`: the rule class's own restriction read, some other fact stated in
 * the text not; `unparsed`: the class's own restriction not read, so no rows.
 */
export type NhsaParseStatus = 'parsed' | 'partial' | 'unparsed';

/** One knowledge point read: its rows (one per code) and what could not be read. */
export interface NhsaParse {
  readonly status: NhsaParseStatus;
  readonly rows: Required<Pick<KnowledgeRows, 'kb_restriction' | 'kb_exclusive_pair' | 'kb_frequency'>>;
  readonly unparsed: readonly NhsaUnparsed[];
}

/**
 * Reads one NHSA knowledge point into knowledge rows, one per code of the record, each citing the record
 * (`source`: `nhsaSource` by default; a user's file cites its own row). What the text states but the
 * parser cannot read is listed, never guessed.
 */
export function parseNhsaRecord(record: NhsaRecord, source: string = nhsaSource(record)): NhsaParse {
  const text = normalizeNhsaText(record.constraint ?? '');
  const draft = new NhsaDraft();
  if (!isNhsaRuleClass(record.rule_class)) {
    draft.problem('record', msg('未知的规则类别', 'unknown rule class'));
  } else if (record.med_codes.length === 0) {
    draft.problem('record', msg('没有编码', 'has no code'));
  } else {
    CLASS_READERS[record.rule_class](text, draft, record.med_codes);
  }
  const unparsed = draft.problems.map((p) => ({
    kp_id: record.kp_id,
    batch: batchLabel(record),
    file: record.source.attachment_file,
    row: record.source.row,
    rule_class: record.rule_class,
    part: p.part,
    reason: p.reason,
    text: record.constraint ?? '',
  }));
  if (!draft.primary) {
    return {
      status: 'unparsed',
      rows: { kb_restriction: [], kb_exclusive_pair: [], kb_frequency: [] },
      unparsed,
    };
  }
  return {
    status: unparsed.length === 0 ? 'parsed' : 'partial',
    rows: draftRows(record, draft, source),
    unparsed,
  };
}

function draftRows(record: NhsaRecord, draft: NhsaDraft, source: string): NhsaParse['rows'] {
  const codes = record.med_codes;
  const kb_restriction: RestrictionRow[] = codes.flatMap((code) =>
    draft.restrictions.map((r) => ({ code, kind: r.kind, param: r.param, source })),
  );
  const kb_frequency: FrequencyRow[] = codes.flatMap((code) =>
    draft.frequencies.map((f) => ({ code, period: f.period, max_cnt: f.max_cnt, source })),
  );
  const [a, b] = codes;
  const kb_exclusive_pair: ExclusivePairRow[] =
    draft.pair && a !== undefined && b !== undefined
      ? [{ code_a: a, code_b: b, window: 'visit', source }]
      : [];
  return { kb_restriction, kb_exclusive_pair, kb_frequency };
}
