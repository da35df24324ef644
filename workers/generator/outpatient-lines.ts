import { HERBS, type ItemKey } from './catalog-items';
import type { Condition } from './conditions';
import { CHRONIC_CONDITIONS } from './outpatient-conditions';
import type { LineBuilder } from './line-builder';

const RESPIRATORY = new Set(['J06.900', 'J20.900', 'J03.900']);

/** The examination fee of an outpatient visit: 一般诊疗费 at 基层, 挂号 + 诊查费 at hospitals. */
function consultationFee(b: LineBuilder): void {
  const inst = b.visit.inst;
  if (inst.kind === '基层') {
    b.add('generalFee', 1, b.timeSoon(5));
    return;
  }
  if (b.rng.chance(0.5)) b.add('registration', 1, b.visit.begin);
  const senior = inst.level >= 2 && b.rng.chance(inst.level === 3 ? 0.3 : 0.1);
  b.add(senior ? 'opExamSenior' : 'opExam', 1, b.timeSoon(5));
}

/** A TCM decoction: several herbal pieces, grams per dose × doses. */
export function herbalPrescription(b: LineBuilder, time: number): void {
  const doses = b.rng.pick([3, 5, 7, 7, 14]);
  for (const herb of b.pickFitting(HERBS, b.rng.int(5, 9))) b.add(herb, b.rng.int(6, 30) * doses, time);
}

/** 普通门诊: consultation, one to three drugs, sometimes labs, an exam, a treatment or an infusion. */
export function buildOutpatientLines(b: LineBuilder, condition: Condition): void {
  consultationFee(b);
  const drugs = b.age < 14 && condition.childDrugs ? condition.childDrugs : condition.drugs;
  const dispensed = b.timeSoon(60);
  for (const drug of b.pickFitting(drugs, b.rng.int(1, 3))) b.addUsual(drug, dispensed);
  if (condition.labs && b.rng.chance(0.4)) {
    const t = b.timeSoon(30);
    for (const lab of condition.labs) b.addUsual(lab, t);
  }
  if (condition.exams && b.rng.chance(0.2)) b.addUsual(b.rng.pick(condition.exams), b.timeSoon(45));
  for (const treatment of condition.treatments ?? []) {
    if (b.rng.chance(0.35)) b.addUsual(treatment, b.timeSoon(60));
  }
  if (RESPIRATORY.has(condition.codg) && b.rng.chance(0.08)) {
    const t = b.timeSoon(40);
    b.add('saline', 1, t);
    b.add(b.age < 14 ? 'cefuroxime' : 'ceftriaxone', 1, t);
    b.add(b.age < 3 ? 'ivScalp' : 'ivFirst', 1, t);
    b.add('infusionSet', 1, t);
  }
  if (condition.dept === 'tcm' && b.rng.chance(0.5)) herbalPrescription(b, dispensed);
}

/** 门诊慢特病: monthly follow-up with a month's supply of each chronic drug, labs every few months. */
export function buildChronicLines(b: LineBuilder): void {
  consultationFee(b);
  const dispensed = b.timeSoon(40);
  for (const condition of CHRONIC_CONDITIONS) {
    if ((b.person.chronic & (condition.chronic ?? 0)) === 0) continue;
    for (const drug of b.pickFitting(condition.drugs, b.rng.int(1, 2))) b.addUsual(drug, dispensed, 2);
    if (condition.labs && b.rng.chance(0.3)) {
      const t = b.timeSoon(20);
      for (const lab of condition.labs) b.addUsual(lab, t);
    }
  }
}

const OTC: readonly ItemKey[] = [
  'ganmaoling',
  'lianhua',
  'huoxiang',
  'montmorillonite',
  'loratadine',
  'yunnanBaiyao',
  'tongluoPlaster',
  'liuweiPills',
  'omeprazole',
  'pudilan',
  'levocetirizine',
  'amoxicillin',
];
const CHILD_OTC: readonly ItemKey[] = [
  'kidCold',
  'kidFever',
  'kidCough',
  'ibuprofenSuspension',
  'montmorillonite',
];
const CHRONIC_OTC: readonly ItemKey[] = [
  'amlodipine',
  'valsartan',
  'metformin',
  'acarbose',
  'atorvastatin',
  'aspirin',
  'danshenPills',
];

/** 定点药店购药: one to four items in one transaction (a chronic patient often refills chronic drugs). */
export function buildPharmacyLines(b: LineBuilder): void {
  const t = b.visit.begin;
  const pool = b.age < 14 ? CHILD_OTC : b.person.chronic !== 0 && b.rng.chance(0.5) ? CHRONIC_OTC : OTC;
  for (const key of b.pickFitting(pool, b.rng.int(1, 4))) b.addUsual(key, t);
  if (b.age >= 18 && b.rng.chance(0.05))
    b.add(b.rng.pick(['huangqi', 'dangshen', 'jinyinhua'] as const), b.rng.int(5, 50) * 10, t);
}
