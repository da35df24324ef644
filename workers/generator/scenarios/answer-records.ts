import type { CsvBuffer } from '../csv-writer';
import { formatCents } from '../money-format';
import type { PersonRecord } from '../person-record';
import { feeSn } from '../table-records';
import { amountAtIssue } from './plant-mark';

/**
 * Adds one person's answer-key records (columns as in COLUMNS.answers): a `setl` row for each planted
 * visit (amount: the settlement's total) and a `fee` row for each planted line (amount: the amount at
 * issue), keyed exactly as the setl and fee tables write them. Amounts in yuan with two decimals.
 */
export function addAnswerRecords(record: PersonRecord, out: CsvBuffer): void {
  const psnNo = record.person.psnNo;
  for (const s of record.settlements) {
    const inst = s.visit.inst.code;
    if (s.visit.planted !== undefined)
      out.add(`${s.visit.planted},setl,${s.setlId},,${psnNo},${inst},${formatCents(s.medfee)}`);
    s.visit.lines.forEach((line, i) => {
      if (line.planted === undefined) return;
      out.add(
        `${line.planted},fee,${s.setlId},${feeSn(s, i)},${psnNo},${inst},${formatCents(amountAtIssue(line))}`,
      );
    });
  }
}
