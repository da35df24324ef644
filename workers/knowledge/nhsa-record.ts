/**
 * One NHSA knowledge point (知识点) as published in the 两库 batches and parsed into JSON by the public
 * project rachelzzz1921/yingyan (../shared/reference/nhsa-kb/README.md). Only the fields the parser
 * reads are typed.
 */
export interface NhsaRecord {
  readonly kp_id: string;
  readonly rule_class: string;
  readonly med_codes: readonly string[];
  readonly item_name: string | null;
  /** The catalogue restriction text (限定条件), free Chinese. */
  readonly constraint: string | null;
  readonly detect_logic: string | null;
  /** 1–17, or null for the 2026-01 update. */
  readonly batch: number | null;
  /** `batch_01` … `batch_17`, `updates_2026-01`. */
  readonly batch_tag: string;
  readonly published_at: string | null;
  /** The kp_id this record replaces. */
  readonly supersedes: string | null;
  readonly source: { readonly attachment_file: string | null; readonly row: number | null };
}

/** The batch as NHSA names it: `第1批`, or `2026-01更新` for the update notice ('' when none is stated). */
export function batchLabel(record: NhsaRecord): string {
  if (record.batch !== null) return `第${record.batch}批`;
  if (record.batch_tag === '') return '';
  return `${record.batch_tag.replace(/^updates_/, '')}更新`;
}

/** The `source` of every row derived from `record`: batch, attachment file, row and knowledge-point id. */
export function nhsaSource(record: NhsaRecord): string {
  const file = record.source.attachment_file ?? '?';
  const row = record.source.row === null ? '' : ` 行 ${record.source.row}`;
  return `NHSA ${batchLabel(record)} ${file}${row} (${record.kp_id})`;
}

/**
 * Orders records oldest first: batches 1–8 carry no date and precede the dated 2026-01 update that
 * supersedes some of them; later batches are dated. Ties fall back to batch, attachment row and id.
 */
export function compareNhsaAge(a: NhsaRecord, b: NhsaRecord): number {
  return (
    cmp(a.published_at ?? '', b.published_at ?? '') ||
    cmp(a.batch ?? 0, b.batch ?? 0) ||
    cmp(a.source.attachment_file ?? '', b.source.attachment_file ?? '') ||
    cmp(a.source.row ?? 0, b.source.row ?? 0) ||
    cmp(a.kp_id, b.kp_id)
  );
}

function cmp<T extends string | number>(a: T, b: T): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Reads `all_records.json` (an array of records); throws on a shape the parser cannot use. */
export function readNhsaRecords(json: unknown): NhsaRecord[] {
  if (!Array.isArray(json)) throw new Error('NHSA records: expected an array');
  return json.map((value, i) => {
    const r = value as Partial<NhsaRecord> | null;
    if (!r || typeof r.kp_id !== 'string' || typeof r.rule_class !== 'string' || !Array.isArray(r.med_codes))
      throw new Error(`NHSA records: record ${i} lacks kp_id, rule_class or med_codes`);
    return r as NhsaRecord;
  });
}
