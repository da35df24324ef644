import { buildWorld } from '../build-world';
import { DIAGNOSES } from '../corpus-catalogue';
import { isoDay } from '../corpus-days';
import { exportOrder, lineAmount, splitPayment, visitTotal } from '../corpus-model';
import type { CorpusInstitution } from '../corpus-model';
import type { CaseFamily, CorpusLayout } from '../corpus-types';
import { csvText, plainAmount, utf8 } from '../csv-text';
import { plantCases } from '../plant-cases';

const PROVIDERS: readonly CorpusInstitution[] = Array.from({ length: 10 }, (_, i) => ({
  code: `PRV5${String(1_001 + i * 23)}`,
  name: `Provider ${i + 1}`,
  level: 2,
}));

const PLAN: readonly (readonly [CaseFamily, number])[] = [
  ['after_death', 5],
  ['sex_specific', 5],
  ['child_only', 5],
  ['split_admission', 5],
  ['charge_outside_stay', 5],
  ['exclusive_pair', 5],
  ['frequency', 5],
  ['concurrent_admission', 5],
];

const NA = 'NA';

/**
 * (e) An English claims layout in the CMS style: Inpatient_Claims.csv (ClaimID, BeneID, Provider,
 * AttendingPhysician, claim and admission dates, InscClaimAmtReimbursed, DeductibleAmtPaid, diagnosis
 * code columns; no care-type column), Beneficiary.csv (DOB, DOD with `NA` for the living, Gender 1/2)
 * and Claim_Lines.csv (one row per item with a national code, date-only ServiceDate), `NA` for nulls.
 * No same-time duplicate is planted: with dates only, one item twice on one day is not a duplicate by
 * itself (two administrations look the same), so that family has no meaning in this layout.
 */
export function englishClaimsLayout(): CorpusLayout {
  const world = buildWorld({
    seed: 0xe9,
    persons: 130,
    institutions: PROVIDERS,
    scenes: [['inpatient', 1]],
    ids: {
      person: (n) => `BENE${String(11_000 + n * 3)}`,
      visit: (n) => `CLM${String(40_000 + n * 7)}`,
      line: (n) => `LN${String(n).padStart(7, '0')}`,
      doctor: (n) => `PHY${String(330_000 + n * 11)}`,
      trace: (n) => `T${n}`,
    },
    depts: ['IM', 'SURG', 'CARD'],
  });
  const cases = plantCases(world, PLAN, 'e');
  const { prng } = world;
  const visits = exportOrder(world);
  const claims = csvText(
    [
      'BeneID',
      'ClaimID',
      'ClaimStartDt',
      'ClaimEndDt',
      'Provider',
      'InscClaimAmtReimbursed',
      'AttendingPhysician',
      'OperatingPhysician',
      'OtherPhysician',
      'AdmissionDt',
      'ClmAdmitDiagnosisCode',
      'DeductibleAmtPaid',
      'DischargeDt',
      'DiagnosisGroupCode',
      'ClmDiagnosisCode_1',
      'ClmDiagnosisCode_2',
      'ClmDiagnosisCode_3',
      'ClmProcedureCode_1',
    ],
    visits.map((v) => {
      const fund = splitPayment(v).fund;
      return [
        v.person.id,
        v.id,
        isoDay(v.begin),
        isoDay(v.end),
        v.institution.code,
        plainAmount(fund),
        v.doctor,
        prng.chance(0.3) ? v.doctor : NA,
        NA,
        isoDay(v.begin),
        v.diagnosis.code,
        plainAmount(visitTotal(v) - fund),
        isoDay(v.end),
        String(prng.int(100, 999)),
        v.diagnosis.code,
        prng.chance(0.5) ? prng.pick(DIAGNOSES).code : NA,
        NA,
        NA,
      ];
    }),
  );
  const beneficiaries = csvText(
    ['BeneID', 'DOB', 'DOD', 'Gender', 'Race', 'State', 'County', 'NoOfMonths_PartACov'],
    world.persons.map((p) => [
      p.id,
      isoDay(p.birth),
      p.death === undefined ? NA : isoDay(p.death),
      p.sex,
      prng.int(1, 5),
      prng.int(1, 54),
      prng.int(10, 999),
      12,
    ]),
  );
  const lines = csvText(
    [
      'ClaimID',
      'LineNum',
      'ClaimLineID',
      'ItemCode',
      'ItemDesc',
      'Units',
      'UnitPrice',
      'LineAmount',
      'ServiceDate',
    ],
    visits.flatMap((v) =>
      [...v.lines]
        .sort((a, b) => a.day - b.day || a.second - b.second || a.id.localeCompare(b.id))
        .map((line, i) => [
          v.id,
          i + 1,
          line.id,
          line.item.code,
          prng.chance(0.1) ? NA : line.item.en,
          line.cnt,
          line.price.toFixed(2),
          plainAmount(lineAmount(line)),
          isoDay(line.day),
        ]),
    ),
  );
  const file = (name: string, text: string) => ({ name, bytes: utf8(text), mimeType: 'text/csv' });
  return {
    id: 'e-english-claims',
    title: 'English claims layout (CMS style)',
    files: [
      file('Inpatient_Claims.csv', claims),
      file('Beneficiary.csv', beneficiaries),
      file('Claim_Lines.csv', lines),
    ],
    cases,
    settlementIds: visits.map((v) => v.id),
  };
}
