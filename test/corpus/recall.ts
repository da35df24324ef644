import { FAMILY_RULES, type CaseFamily, type PlantedCase } from './corpus-types';

/** What a finding (or one of its lines) names: its rule and keys, as the findings tables expose them. */
export interface FindingKey {
  readonly ruleId: string;
  readonly setlId: string | null;
  readonly mdtrtId: string | null;
  readonly psnNo: string | null;
  readonly feedetlSn: string | null;
}

/** A planted case and whether a finding of its family named it. */
export interface CaseResult {
  readonly planted: PlantedCase;
  readonly found: boolean;
}

/**
 * A case is found when a finding of a rule of its family names one of its settlements (as setl_id, or
 * as mdtrt_id for extracts whose visit number is their only id), one of its fee lines (a line of the
 * finding), or — for person-level families — its person.
 */
export function scoreCases(cases: readonly PlantedCase[], keys: readonly FindingKey[]): CaseResult[] {
  return cases.map((planted) => {
    const rules = new Set<string>(FAMILY_RULES[planted.family]);
    const settlements = new Set(planted.settlements);
    const lines = new Set(planted.lines);
    const found = keys.some(
      (k) =>
        rules.has(k.ruleId) &&
        ((k.setlId !== null && settlements.has(k.setlId)) ||
          (k.mdtrtId !== null && settlements.has(k.mdtrtId)) ||
          (k.feedetlSn !== null && lines.has(k.feedetlSn)) ||
          (planted.person !== undefined && k.psnNo === planted.person)),
    );
    return { planted, found };
  });
}

/** Planted and found cases of one family. */
export interface FamilyRecall {
  readonly family: CaseFamily;
  readonly planted: number;
  readonly found: number;
}

/** Recall per family, in the order families were planted. */
export function recallByFamily(results: readonly CaseResult[]): FamilyRecall[] {
  const byFamily = new Map<CaseFamily, { planted: number; found: number }>();
  for (const { planted, found } of results) {
    const row = byFamily.get(planted.family) ?? { planted: 0, found: 0 };
    row.planted += 1;
    if (found) row.found += 1;
    byFamily.set(planted.family, row);
  }
  return [...byFamily].map(([family, row]) => ({ family, ...row }));
}

/** The share of cases found (0..1); 1 for no cases. */
export function recallOf(results: readonly CaseResult[]): number {
  return results.length === 0 ? 1 : results.filter((r) => r.found).length / results.length;
}

/** A Markdown table of one layout's recall per family, with the total. */
export function recallTable(results: readonly CaseResult[]): string {
  const rows = recallByFamily(results).map(
    (r) => `| ${r.family} | ${r.planted} | ${r.found} | ${percent(r.found / r.planted)} |`,
  );
  const found = results.filter((r) => r.found).length;
  return [
    '| family | planted | found | recall |',
    '|---|---:|---:|---:|',
    ...rows,
    `| **all** | ${results.length} | ${found} | ${percent(recallOf(results))} |`,
  ].join('\n');
}

const percent = (x: number): string => `${(100 * x).toFixed(1)} %`;

/**
 * Findings of a planted family's rules that name no planted case of that family (by settlement, visit or
 * person): what the background tripped. Counted per family, each finding (rule and settlement) once.
 */
export function unexplainedFindings(
  cases: readonly PlantedCase[],
  keys: readonly FindingKey[],
): { family: CaseFamily; findings: number }[] {
  const families = [...new Set(cases.map((c) => c.family))];
  return families.map((family) => {
    const rules = new Set<string>(FAMILY_RULES[family]);
    const own = cases.filter((c) => c.family === family);
    const named = new Set(own.flatMap((c) => [...c.settlements, ...(c.person ? [c.person] : [])]));
    const stray = new Set(
      keys
        .filter((k) => k.feedetlSn === null && rules.has(k.ruleId))
        .filter((k) => ![k.setlId, k.mdtrtId, k.psnNo].some((v) => v !== null && named.has(v)))
        .map((k) => `${k.ruleId}|${k.setlId ?? k.psnNo ?? ''}`),
    );
    return { family, findings: stray.size };
  });
}
