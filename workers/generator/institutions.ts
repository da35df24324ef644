import { HOME_CITIES, type City } from './china-regions';
import { csvField } from './csv-writer';
import { DEPARTMENTS_BY_TIER, type DepartmentKey } from './departments';
import type { PriceTier } from './price-list';
import { Rng, STREAM } from './prng';
import type { Sizes } from './sizing';

/** 定点医药机构类别 as extracts label it. */
export type InstitutionKind = '医院' | '基层' | '药店';

/** A designated institution (定点医药机构) with its departments and doctors. */
export interface Institution {
  readonly index: number;
  /** `H` + admdvs + 5 digits for hospitals and 基层, `P` + admdvs + 5 digits for pharmacies. */
  readonly code: string;
  readonly name: string;
  readonly nameCsv: string;
  readonly kind: InstitutionKind;
  /** 1–3 for hospitals and 基层 (基层 are level 1); 0 for pharmacies (no level). */
  readonly level: PriceTier;
  readonly admdvs: string;
  readonly city: number;
  readonly openBeds: number;
  readonly peerGroup: string;
  readonly departments: readonly DepartmentKey[];
  /** Doctor codes (`D` + admdvs + 7 digits) per department, parallel to `departments`. */
  readonly doctors: readonly (readonly string[])[];
}

const LEVEL_NAME = ['', '一级', '二级', '三级'] as const;
const NUMERALS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const PRIVATE_NAMES = ['仁爱', '康华', '博爱', '同济', '协和', '济民', '民康', '安康', '华康', '康宁'];
const STREETS = [
  '中山',
  '解放',
  '人民',
  '建设',
  '新华',
  '和平',
  '胜利',
  '东风',
  '滨江',
  '花园',
  '青山',
  '南湖',
  '北湖',
  '西湖',
  '长江',
  '光明',
];
const TOWNS = [
  '城关',
  '新集',
  '马坪',
  '长岭',
  '石门',
  '河口',
  '龙泉',
  '白沙',
  '清水',
  '杨林',
  '永安',
  '三里',
];
const CHAINS = [
  '仁和大药房',
  '康民大药房',
  '百姓缘大药房',
  '福寿堂药店',
  '济民大药房',
  '同康药房',
  '惠民大药房',
  '健康人大药房',
];

/** Chinese ordinal 1–99 (一, 十二, 二十三). */
function ordinal(n: number): string {
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  if (tens === 0) return NUMERALS[ones] as string;
  return `${tens === 1 ? '' : NUMERALS[tens]}十${NUMERALS[ones]}`;
}

/** The k-th name from a pool, made unique past the pool's end by a branch suffix. */
function nth(pool: readonly string[], k: number): string {
  const base = pool[k % pool.length] as string;
  const round = Math.floor(k / pool.length);
  return round === 0 ? base : `${base}${ordinal(round + 1)}`;
}

/**
 * Builds the institutions of a dataset: hospitals first (each city's first is a level-3 general
 * hospital), then 基层 (community health centres and township health centres), then retail pharmacies.
 */
export function buildInstitutions(seed: number, sizes: Sizes): Institution[] {
  const rng = new Rng(seed, STREAM.institutions);
  const cities = HOME_CITIES.slice(0, sizes.cities);
  // The provincial capital is larger than the other cities.
  const cityWeights = cities.map((_, i) => (i === 0 ? 3 : 1));
  const cityOf = (k: number) => (k < cities.length ? k : rng.weighted(cityWeights));
  const out: Institution[] = [];
  const perCity = cities.map(() => ({ big: 0, small: 0, clinics: 0, pharmacies: 0 }));

  const add = (
    kind: InstitutionKind,
    level: PriceTier,
    cityIndex: number,
    name: string,
    openBeds: number,
    peerGroup: string,
    tier: keyof typeof DEPARTMENTS_BY_TIER | null,
  ) => {
    const city = cities[cityIndex] as City;
    const index = out.length;
    const departments: readonly DepartmentKey[] = tier ? DEPARTMENTS_BY_TIER[tier] : [];
    const perDept = level === 3 ? [5, 9] : level === 2 ? [3, 6] : [2, 4];
    const doctors = departments.map((_, d) =>
      Array.from(
        { length: rng.int(perDept[0] as number, perDept[1] as number) },
        (_, k) => `D${city.admdvs}${String(index).padStart(4, '0')}${String(d * 20 + k).padStart(3, '0')}`,
      ),
    );
    const prefix = kind === '药店' ? 'P' : 'H';
    out.push({
      index,
      code: `${prefix}${city.admdvs}${String(index + 1).padStart(5, '0')}`,
      name,
      nameCsv: csvField(name),
      kind,
      level,
      admdvs: city.admdvs,
      city: cityIndex,
      openBeds,
      peerGroup,
      departments,
      doctors,
    });
  };

  for (let k = 0; k < sizes.hospitals; k += 1) {
    const c = cityOf(k);
    const city = cities[c] as City;
    const counters = perCity[c] as (typeof perCity)[number];
    const level: 1 | 2 | 3 = k < cities.length ? 3 : (([3, 2, 1] as const)[rng.weighted([10, 45, 45])] ?? 2);
    if (level === 1) {
      const district = city.districts[counters.small % city.districts.length] as string;
      const name = `${district}${nth(PRIVATE_NAMES, Math.floor(counters.small / city.districts.length))}医院`;
      counters.small += 1;
      add('医院', 1, c, name, rng.int(20, 99), '一级综合医院', 'hospital1');
    } else {
      const n = counters.big;
      counters.big += 1;
      const isTcm = n === 2;
      const suffix = n === 0 ? '中心医院' : isTcm ? '中医医院' : `第${ordinal(n < 2 ? n : n - 1)}人民医院`;
      const beds = level === 3 ? 500 + 10 * rng.int(0, 100) : 150 + 10 * rng.int(0, 35);
      const peer = `${LEVEL_NAME[level]}${isTcm ? '中医' : '综合'}医院`;
      add('医院', level, c, `${city.name}${suffix}`, beds, peer, level === 3 ? 'hospital3' : 'hospital2');
    }
  }
  for (let k = 0; k < sizes.clinics; k += 1) {
    const c = cityOf(k);
    const city = cities[c] as City;
    const counters = perCity[c] as (typeof perCity)[number];
    const n = counters.clinics;
    counters.clinics += 1;
    const district = city.districts[n % city.districts.length] as string;
    const round = Math.floor(n / city.districts.length);
    if (n % 2 === 0) {
      add(
        '基层',
        1,
        c,
        `${district}${nth(STREETS, round)}街社区卫生服务中心`,
        rng.int(0, 4) * 10,
        '社区卫生服务中心',
        'clinic',
      );
    } else {
      add(
        '基层',
        1,
        c,
        `${district}${nth(TOWNS, round)}镇卫生院`,
        rng.int(2, 6) * 10,
        '乡镇卫生院',
        'clinic',
      );
    }
  }
  for (let k = 0; k < sizes.pharmacies; k += 1) {
    const c = cityOf(k);
    const city = cities[c] as City;
    const counters = perCity[c] as (typeof perCity)[number];
    const n = counters.pharmacies;
    counters.pharmacies += 1;
    const chain = CHAINS[rng.int(0, CHAINS.length - 1)] as string;
    const district = city.districts[n % city.districts.length] as string;
    const street = nth(STREETS, Math.floor(n / city.districts.length) + 3 * (n % city.districts.length));
    add('药店', 0, c, `${chain}(${district}${street}路店)`, 0, '零售药店', null);
  }
  return out;
}
