import { ageOn, civilFromDays } from './civil-date';
import { HOME_CITIES, OTHER_PROVINCE_ADMDVS, countyCode } from './china-regions';
import { chineseName } from './chinese-names';
import { CHRONIC } from './conditions';
import { scrambled12 } from './id-scramble';
import type { Institution } from './institutions';
import { Rng, STREAM } from './prng';
import { SERIALS, residentIdNumber } from './resident-id';
import { hospitalAtSlot, type World } from './world';

/** An insured person (参保人) and the facts that drive their care during the year. */
export interface Person {
  readonly index: number;
  /** 人员编号: insurance region + 12 digits (18 digits: fits a BIGINT when a CSV sniffer reads it as a number). */
  readonly psnNo: string;
  readonly name: string;
  readonly gend: 1 | 2;
  /** Day number of the birth date. */
  readonly birthDay: number;
  /** Age in whole years on the first day of the dataset. */
  readonly age: number;
  readonly certno: string;
  /** 310 职工基本医疗保险, 390 城乡居民基本医疗保险. */
  readonly insutype: '310' | '390';
  readonly insuAdmdvs: string;
  readonly city: number;
  readonly homeHospital: Institution;
  /** The bed this person prefers in their home hospital (their slot among its open beds). */
  readonly homeBed: number;
  readonly homeClinic: Institution;
  readonly homePharmacy: Institution;
  /** CHRONIC flags. */
  readonly chronic: number;
  /** Holds a 门诊慢特病 certificate: monthly chronic-disease visits. */
  readonly chronicRegistered: boolean;
  /** Day offset (within the year) of a delivery, or −1. */
  readonly deliveryOffset: number;
}

/** Five-year age bands 0–4 … 95–99, weights after the 2020 census. */
const AGE_BANDS = [
  5.3, 6.3, 6.2, 5.6, 5.3, 5.9, 7.7, 8.5, 7.2, 7.1, 8.6, 8.8, 7.0, 5.4, 4.7, 3.3, 2.1, 1.1, 0.4, 0.1,
];

/** Chance of each chronic condition by age. */
function chronicFlags(rng: Rng, age: number, canHaveCancer: boolean): number {
  let flags = 0;
  const p = (young: number, mid: number, old: number, oldest: number) =>
    age < 35 ? 0 : age < 45 ? young : age < 60 ? mid : age < 75 ? old : oldest;
  if (rng.chance(p(0.08, 0.22, 0.42, 0.5))) flags |= CHRONIC.hypertension;
  if (rng.chance(p(0.04, 0.1, 0.17, 0.17))) flags |= CHRONIC.diabetes;
  if (rng.chance(p(0, 0.03, 0.09, 0.15))) flags |= CHRONIC.coronary;
  if (rng.chance(p(0, 0.02, 0.08, 0.12))) flags |= CHRONIC.copd;
  if (canHaveCancer && rng.chance(p(0, 0.004, 0.008, 0.008))) flags |= CHRONIC.cancer;
  return flags;
}

/** Derives person `index` of a dataset; a pure function of the world and the index. */
export function derivePerson(world: World, index: number): Person {
  const rng = new Rng(world.seed, STREAM.person, index);
  const age = rng.weighted(AGE_BANDS) * 5 + rng.int(0, 4);
  // The birth day within the year and the identity number's serial both come from the index, so no two
  // of the first 1.46 million people share an identity number: the same birth date means the same
  // index modulo 365, and then serials differ (1999 is coprime to the 8 × 499 county × serial slots).
  const birthDay = world.startDay - age * 365 - Math.floor(age / 4) - ((index * 7919) % 365) - 1;
  const serial = (Math.floor(index / 365) * 1999) % (8 * SERIALS);
  const oldShare = age >= 80 ? 0.42 : age >= 60 ? 0.48 : 0.51;
  const gend: 1 | 2 = rng.chance(oldShare) ? 1 : 2;
  const birth = civilFromDays(birthDay);
  const name = chineseName(rng, gend, birth.y);
  const employeeShare = age < 18 ? 0 : age < 60 ? 0.45 : 0.32;
  const insutype = rng.chance(employeeShare) ? '310' : '390';

  const slot = (index * world.bedStride) % world.totalBeds;
  const hospitalIndex = hospitalAtSlot(world, slot);
  const homeHospital = world.hospitals[hospitalIndex] as Institution;
  const city = homeHospital.city;
  const local = world.byCity[city] as World['byCity'][number];
  const homeClinic = rng.pick(local.clinics);
  const homePharmacy = rng.pick(local.pharmacies);

  const chronic = chronicFlags(rng, age, homeHospital.level >= 2);
  const chronicRegistered = (chronic & ~CHRONIC.cancer) !== 0 && rng.chance(0.15);
  const pregnancyChance = gend === 2 && age >= 20 && age <= 42 ? (age < 35 ? 0.07 : 0.03) : 0;
  const deliveryOffset = rng.chance(pregnancyChance) ? rng.int(20, world.days - 15) : -1;

  const where = rng.float();
  const insuAdmdvs =
    where < 0.92
      ? homeHospital.admdvs
      : where < 0.97
        ? rng.pick(HOME_CITIES).admdvs
        : rng.pick(OTHER_PROVINCE_ADMDVS);
  const address = countyCode(insuAdmdvs, Math.floor(serial / SERIALS));
  const certno = residentIdNumber(address, birth.y, birth.m, birth.d, gend, serial % SERIALS);

  return {
    index,
    psnNo: `${insuAdmdvs}${scrambled12(index, world.keys.psn)}`,
    name,
    gend,
    birthDay,
    age: ageOn(birthDay, world.startDay),
    certno,
    insutype,
    insuAdmdvs,
    city,
    homeHospital,
    homeBed: slot - (world.bedStart[hospitalIndex] as number),
    homeClinic,
    homePharmacy,
    chronic,
    chronicRegistered,
    deliveryOffset,
  };
}
