/**
 * Which message names each domain value: problem kinds, field types, match reasons,
 * file formats and encodings, progress phases. `Record`s over the unions, so a new value is a type
 * error here until it has a label in both languages. (Canonical tables and fields carry their own
 * bilingual labels in core/mapping/canonical-model.ts.)
 */
import type { DatasetInfo, Progress, TextEncodingName } from '../../workers/api';
import type { FieldMatch, FieldType, ProblemKind } from '../../core/mapping/mapping-types';
import type { MessageId } from './messages';

/** Problem kinds of the validation report: label and explanation. */
export const PROBLEM_KIND_LABELS: Record<
  ProblemKind,
  { readonly label: MessageId; readonly hint: MessageId }
> = {
  unparseable_date: { label: 'problem.unparseable_date', hint: 'problem.unparseable_date.hint' },
  decimal_comma: { label: 'problem.decimal_comma', hint: 'problem.decimal_comma.hint' },
  non_numeric_amount: { label: 'problem.non_numeric_amount', hint: 'problem.non_numeric_amount.hint' },
  negative_amount: { label: 'problem.negative_amount', hint: 'problem.negative_amount.hint' },
  missing_key: { label: 'problem.missing_key', hint: 'problem.missing_key.hint' },
  amount_mismatch: { label: 'problem.amount_mismatch', hint: 'problem.amount_mismatch.hint' },
  conflicting_value: { label: 'problem.conflicting_value', hint: 'problem.conflicting_value.hint' },
};

/** Canonical field types. */
export const FIELD_TYPE_LABELS: Record<FieldType, MessageId> = {
  text: 'fieldType.text',
  date: 'fieldType.date',
  timestamp: 'fieldType.timestamp',
  amount: 'fieldType.amount',
  decimal: 'fieldType.decimal',
  int: 'fieldType.int',
};

/** Why the mapper proposed a column. */
export const MATCH_REASON_LABELS: Record<FieldMatch['reason'], MessageId> = {
  header: 'reason.header',
  'header-fuzzy': 'reason.header-fuzzy',
  'value-shape': 'reason.value-shape',
  constant: 'reason.constant',
};

/** Source file formats. */
export const FORMAT_LABELS: Record<DatasetInfo['format'], MessageId> = {
  csv: 'format.csv',
  parquet: 'format.parquet',
  xlsx: 'format.xlsx',
  demo: 'format.demo',
};

/** Text encodings. */
export const ENCODING_LABELS: Record<TextEncodingName, MessageId> = {
  'utf-8': 'encoding.utf-8',
  'utf-8-bom': 'encoding.utf-8-bom',
  gb18030: 'encoding.gb18030',
};

/** Progress phases. */
export const PHASE_LABELS: Record<Progress['phase'], MessageId> = {
  hash: 'phase.hash',
  read: 'phase.read',
  transcode: 'phase.transcode',
  insert: 'phase.insert',
  map: 'phase.map',
  query: 'phase.query',
};

/** Common delimiters by name (others are shown as the character itself). */
export const DELIMITER_LABELS: Readonly<Record<string, MessageId>> = {
  ',': 'delimiter.comma',
  '\t': 'delimiter.tab',
  ';': 'delimiter.semicolon',
  '|': 'delimiter.pipe',
};
