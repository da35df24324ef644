import { FEE_LINE_FIELDS } from './fee-line-sql';

/**
 * The fee fields every drug-use rule reads to write a finding line: its identity (person, visit,
 * settlement, institution, doctor, line), the item and the line amount. Rules add what their logic reads.
 * The descriptive ones (`mdtrt_id`, `bilg_dr_code`, `hilist_name`) never make a rule skip.
 */
export const FEE_FINDING_FIELDS: readonly string[] = [...FEE_LINE_FIELDS, 'det_item_fee_sumamt'];
