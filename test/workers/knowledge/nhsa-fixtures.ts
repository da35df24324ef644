import type { NhsaRecord } from '../../../workers/knowledge/nhsa-record';

/** A knowledge point shaped like all_records.json, with the given class, text and codes. */
export function nhsaRecord(
  rule_class: string,
  constraint: string | null,
  over: Partial<NhsaRecord> = {},
): NhsaRecord {
  return {
    kp_id: 'KP-0000000000000001',
    rule_class,
    med_codes: ['XL02BBA326A001010102180'],
    item_name: 'test item',
    constraint,
    detect_logic: null,
    batch: 1,
    batch_tag: 'batch_01',
    published_at: null,
    supersedes: null,
    source: { attachment_file: '第一批-1.药品区分性别使用.xlsx', row: 12 },
    ...over,
  };
}

/** Codes in the national formats. */
export const CODES = {
  drug: 'XL02BBA326A001010102180',
  drug2: 'XN05CDM084X001010102000',
  patent: 'ZA04CAE0023010100166',
  herbal: 'T000700200',
  service: '001103000010000',
  service2: '001102000030000',
} as const;
