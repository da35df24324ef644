import type { FeeLine, Visit } from '../visit';
import type { ScenarioId } from './scenario-ids';

/** A copy of `line` marked as planted by `scenario`, with the amount at issue in cents when not the whole line. */
export function plantedLine(line: FeeLine, scenario: ScenarioId, atIssue?: number): FeeLine {
  return atIssue === undefined ? { ...line, planted: scenario } : { ...line, planted: scenario, atIssue };
}

/** Marks the last line of `lines` (just added through a builder) as planted by `scenario`. */
export function plantLast(lines: FeeLine[], scenario: ScenarioId, atIssue?: number): void {
  const last = lines.length - 1;
  if (last >= 0) lines[last] = plantedLine(lines[last] as FeeLine, scenario, atIssue);
}

/** Whether a scenario already planted the visit or any of its lines (scenarios leave such visits alone). */
export function isPlanted(visit: Visit): boolean {
  return visit.planted !== undefined || visit.lines.some((l) => l.planted !== undefined);
}

/** The amount at issue of a planted line in cents: its own figure, else the whole line. */
export function amountAtIssue(line: FeeLine): number {
  return line.atIssue ?? line.cnt * line.pric;
}
