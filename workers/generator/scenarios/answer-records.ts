import type { CsvBuffer } from '../csv-writer';
import { formatCents } from '../money-format';
import type { PersonRecord } from '../person-record';
import { feeSn } from '../table-records';
import { amountAtIssue } from './plant-mark';
import { SCENARIO_CATALOG } from './scenario-catalog';
import type { ScenarioId } from './scenario-ids';

/**
 * Adds one person's answer-key records (columns as in COLUMNS.answers): a `setl` row for each planted
 * visit (amount: the settlement's total) and a `fee` row for each planted line (amount: the amount at
 * issue), keyed exactly as the setl and fee tables write them; then, for scenarios that also name
 * people (rings, resellers), a `psn` row (amount: the person's planted settlements; institution: theirs
 * when all are at one, else empty). Amounts in yuan with two decimals.
 */
export function addAnswerRecords(record: PersonRecord, out: CsvBuffer): void {
  const psnNo = record.person.psnNo;
  const people = new Map<ScenarioId, { amount: number; inst: string }>();
  for (const s of record.settlements) {
    const inst = s.visit.inst.code;
    const planted = s.visit.planted;
    if (planted !== undefined) {
      out.add(`${planted},setl,${s.setlId},,${psnNo},${inst},${formatCents(s.medfee)}`);
      if (SCENARIO_CATALOG[planted].alsoPerson === true) {
        const seen = people.get(planted);
        people.set(planted, {
          amount: (seen?.amount ?? 0) + s.medfee,
          inst: seen === undefined || seen.inst === inst ? inst : '',
        });
      }
    }
    s.visit.lines.forEach((line, i) => {
      if (line.planted === undefined) return;
      out.add(
        `${line.planted},fee,${s.setlId},${feeSn(s, i)},${psnNo},${inst},${formatCents(amountAtIssue(line))}`,
      );
    });
  }
  for (const [scenario, p] of people)
    out.add(`${scenario},psn,,,${psnNo},${p.inst},${formatCents(p.amount)}`);
}
