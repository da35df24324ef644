/**
 * The corpus's own data model: the people, institutions, visits and charge lines behind an extract,
 * before a layout spells them as an outsider's files. Independent of the workshop generator.
 */

/** Where care happened. */
export type CorpusScene = 'inpatient' | 'outpatient' | 'pharmacy';

/** An insured person. `sex` 1 male, 2 female. Days are day numbers (corpus-days.ts). */
export interface CorpusPerson {
  readonly id: string;
  readonly name: string;
  readonly sex: 1 | 2;
  readonly birth: number;
  /** Day of death, when the person died. */
  death?: number;
}

/** A hospital, clinic or pharmacy; `level` 1–3 (pharmacies have none). */
export interface CorpusInstitution {
  readonly code: string;
  readonly name: string;
  readonly level?: 1 | 2 | 3;
}

/** A diagnosis (ICD-10 医保版 style code). */
export interface CorpusDiagnosis {
  readonly code: string;
  readonly zh: string;
  readonly en: string;
}

/** A catalogue item: national code, the hospital's own code, names. */
export interface CorpusItem {
  readonly code: string;
  readonly hospCode: string;
  readonly zh: string;
  readonly en: string;
  readonly price: number;
  /** National charge-item type (01 bed … 09 western drug …), for layouts that carry it. */
  readonly chargeType: string;
  readonly isDrug: boolean;
}

/** One charge line of a visit. */
export interface CorpusLine {
  readonly id: string;
  readonly item: CorpusItem;
  readonly day: number;
  /** Second of the day (never 0 in the background: a real time). */
  readonly second: number;
  readonly cnt: number;
  readonly price: number;
  readonly doctor: string;
  readonly dept: string;
  /** Drug traceability code (药品追溯码), pharmacy lines. */
  readonly trace?: string;
}

/** A visit or stay and its settlement. */
export interface CorpusVisit {
  readonly id: string;
  readonly person: CorpusPerson;
  readonly institution: CorpusInstitution;
  readonly scene: CorpusScene;
  readonly begin: number;
  readonly end: number;
  readonly diagnosis: CorpusDiagnosis;
  readonly doctor: string;
  readonly dept: string;
  /** Second of the end day the settlement was made. */
  readonly settledAt: number;
  readonly lines: CorpusLine[];
}

/** Everything an extract is spelled from. */
export interface CorpusWorld {
  readonly persons: CorpusPerson[];
  readonly institutions: readonly CorpusInstitution[];
  readonly visits: CorpusVisit[];
}

/** The total of a visit's lines, in yuan (2 decimals). */
export function visitTotal(visit: CorpusVisit): number {
  return round2(visit.lines.reduce((sum, line) => sum + lineAmount(line), 0));
}

/** A line's amount: quantity × unit price. */
export const lineAmount = (line: CorpusLine): number => round2(line.cnt * line.price);

/** Rounded to cents. */
export const round2 = (n: number): number => Math.round(n * 100) / 100;

/** How a settlement's total is paid: fund (统筹), personal account, cash. */
export function splitPayment(visit: CorpusVisit): { fund: number; account: number; cash: number } {
  const total = visitTotal(visit);
  const fund = round2(total * (visit.scene === 'inpatient' ? 0.7 : 0.5));
  const account = round2(total * 0.1);
  return { fund, account, cash: round2(total - fund - account) };
}

/** Visits in the order an export lists them: by settlement day and time, then id. */
export function exportOrder(world: CorpusWorld): CorpusVisit[] {
  return [...world.visits].sort(
    (a, b) => a.end - b.end || a.settledAt - b.settledAt || a.id.localeCompare(b.id),
  );
}

/** Every line of the world with its visit, in export order. */
export function exportLines(world: CorpusWorld): { visit: CorpusVisit; line: CorpusLine }[] {
  return exportOrder(world).flatMap((visit) =>
    [...visit.lines]
      .sort((a, b) => a.day - b.day || a.second - b.second || a.id.localeCompare(b.id))
      .map((line) => ({ visit, line })),
  );
}
