import { DAY } from './civil-date';
import { CATALOG } from './price-list';
import type { ItemKey } from './catalog-items';
import { CHRONIC, type Condition } from './conditions';
import type { LineBuilder } from './line-builder';

/** The number of bed days of a stay: the admission day counts, the discharge day does not. */
export function bedDays(begin: number, end: number): number {
  return Math.max(1, Math.floor(end / DAY) - Math.floor(begin / DAY));
}

/**
 * 普通住院: daily bed, nursing and ward-round fees; admission labs and imaging; a course of injections
 * with infusion fees and sets; daily treatments; repeat labs; the operation when there is one; oral
 * drugs on admission and to take home at discharge.
 */
export function buildInpatientLines(b: LineBuilder, condition: Condition, special: boolean): void {
  const { visit, rng } = b;
  const days = bedDays(visit.begin, visit.end);
  const doctors = visit.inst.doctors[visit.deptIndex] ?? [visit.doctor];
  const someDoctor = () => (rng.chance(0.7) ? visit.doctor : rng.pick(doctors));
  const severe = condition.severe === true;

  const monitored = severe || condition.dept === 'cardiology';
  const diabetic = (b.person.chronic & CHRONIC.diabetes) !== 0 || condition.codg.startsWith('E11');
  for (let d = 0; d < days; d += 1) {
    const t = b.timeOnDay(d);
    b.add(special ? 'bedSpecial' : 'bedGeneral', 1, t);
    b.add(severe && d < 3 ? 'nursing1' : 'nursing2', 1, t);
    b.add('ipExam', 1, t, someDoctor());
    if (monitored && d < Math.max(2, days / 2)) b.addUsual('ecgMonitor', t);
    if (diabetic) b.addUsual('fingertipGlucose', t);
  }

  const admission = b.timeOnDay(0);
  if (condition.labs) b.add('venipuncture', 1, admission);
  for (const lab of condition.labs ?? []) b.addUsual(lab, admission, 1, someDoctor());
  for (const exam of condition.exams ?? [])
    if (rng.chance(0.85)) b.addUsual(exam, b.timeOnDay(Math.min(1, days - 1)));

  const procedure = condition.procedure ?? [];
  const main = procedure[0];
  if (main !== undefined && b.fits(CATALOG[main]) && rng.chance(condition.procedureRate ?? 1)) {
    const opDay = condition.dept === 'obstetrics' ? 0 : Math.min(1, days - 1);
    const t = b.timeOnDay(opDay);
    for (const key of procedure) b.addUsual(key, t, 1, visit.doctor);
    for (let d = opDay + 1; d < days; d += 2) b.add('dressingChange', 1, b.timeOnDay(d), someDoctor());
  }

  const injections = b.age < 14 && condition.childDrugs ? condition.childDrugs : condition.drugs;
  const chosen = b.pickFitting(injections, rng.int(1, Math.min(3, injections.length)));
  // Infusions run for most of a stay (short planned stays: the first two days).
  const course =
    condition.los !== undefined && condition.los <= 4 ? Math.min(days, 2) : Math.max(1, days - rng.int(0, 2));
  for (let d = 0; d < course; d += 1) {
    const t = b.timeOnDay(d);
    for (const drug of chosen) b.addUsual(drug, t, 1, someDoctor());
    if (chosen.length === 0) continue;
    // The carrier bag; when saline is itself one of the drugs, that line is the bag (no second line).
    if (!chosen.includes('saline')) b.add('saline', 1, t);
    b.add(b.age < 3 ? 'ivScalp' : 'ivFirst', 1, t);
    if (chosen.length > 1) b.add('ivExtra', chosen.length - 1, t);
    b.add('infusionSet', 1, t);
    if (d % 3 === 0) b.add('indwellingNeedle', 1, t);
  }

  for (const treatment of condition.treatments ?? []) {
    for (let d = 0; d < days; d += 1) if (rng.chance(0.7)) b.addUsual(treatment, b.timeOnDay(d));
  }

  const repeatLabs: ItemKey[] = [
    'venipuncture',
    'cbc',
    ...(condition.labs?.includes('crp') ? (['crp'] as const) : []),
  ];
  if (days >= 5) {
    const t = b.timeOnDay(Math.floor(days / 2));
    for (const lab of repeatLabs) b.add(lab, 1, t);
  }
  if (days >= 8) {
    const t = b.timeOnDay(days - 1);
    for (const lab of repeatLabs) b.add(lab, 1, t);
  }

  // Ward pharmacies dispense oral drugs every few days; some go home with the patient.
  const oral = b.pickFitting(condition.oral ?? [], rng.int(1, 2));
  for (let d = 0; d < days; d += 3)
    for (const drug of oral) b.addUsual(drug, b.timeOnDay(d), 1, someDoctor());
  if (oral.length > 0 && rng.chance(0.6)) {
    const takeHome = Math.max(visit.begin, visit.end - rng.int(600, 5400));
    for (const drug of oral) b.addUsual(drug, takeHome);
  }
}
