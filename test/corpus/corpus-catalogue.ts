import type { CorpusDiagnosis, CorpusItem } from './corpus-model';
import type { Prng } from './prng';

/**
 * The items background lines use: national-format codes (15-digit services starting 12, which the NHSA
 * catalogue does not use; 23-character western-drug codes) that no shipped knowledge restricts.
 */
export function backgroundItems(prng: Prng): { services: CorpusItem[]; drugs: CorpusItem[] } {
  const services = SERVICE_NAMES.map(([zh, en, type, price], i) =>
    item(
      `12${String(1_000_000_000_000 + i * 7_919 + prng.int(0, 999))}`,
      `YN${1000 + i}`,
      zh,
      en,
      price,
      type,
      false,
    ),
  );
  const drugs = DRUG_NAMES.map(([zh, en, atc, price], i) =>
    item(
      `X${atc}${String.fromCharCode(65 + (i % 26))}${String(prng.int(100, 999))}A${String(prng.int(0, 999_999_999_999)).padStart(12, '0')}`,
      `YP${2000 + i}`,
      zh,
      en,
      price,
      '09',
      true,
    ),
  );
  return { services, drugs };
}

const item = (
  code: string,
  hospCode: string,
  zh: string,
  en: string,
  price: number,
  chargeType: string,
  isDrug: boolean,
): CorpusItem => ({ code, hospCode, zh, en, price, chargeType, isDrug });

const plant = (
  code: string,
  hospCode: string,
  zh: string,
  en: string,
  chargeType: string,
  price: number,
  isDrug: boolean,
): CorpusItem => item(code, hospCode, zh, en, price, chargeType, isDrug);

const SERVICE_NAMES: readonly (readonly [string, string, string, number])[] = [
  ['普通床位费', 'Ward bed', '01', 40],
  ['住院诊查费', 'Inpatient consultation', '02', 18],
  ['血常规检查', 'Full blood count', '04', 25],
  ['肝功能检测', 'Liver function panel', '04', 60],
  ['胸部X线摄影', 'Chest X-ray', '03', 90],
  ['心电图检查', 'Electrocardiogram', '03', 30],
  ['静脉输液', 'Intravenous infusion', '05', 12],
  ['二级护理', 'Level 2 nursing', '07', 22],
  ['门诊诊查费', 'Outpatient consultation', '02', 15],
  ['换药（小）', 'Small dressing change', '05', 20],
];

const DRUG_NAMES: readonly (readonly [string, string, string, number])[] = [
  ['阿莫西林胶囊', 'Amoxicillin capsules', 'J01CA', 12.5],
  ['二甲双胍片', 'Metformin tablets', 'A10BA', 8.4],
  ['氨氯地平片', 'Amlodipine tablets', 'C08CA', 15.2],
  ['奥美拉唑肠溶胶囊', 'Omeprazole capsules', 'A02BC', 18.6],
  ['阿托伐他汀钙片', 'Atorvastatin tablets', 'C10AA', 22.3],
  ['氯化钠注射液', 'Sodium chloride injection', 'B05XA', 4.8],
  ['布洛芬缓释胶囊', 'Ibuprofen capsules', 'M01AE', 9.9],
  ['头孢呋辛酯片', 'Cefuroxime tablets', 'J01DC', 26.4],
];

/**
 * Items planted cases use, each chosen because the shipped NHSA sample (workers/knowledge/nhsa-sample.json)
 * holds exactly one restriction kind (or one frequency or exclusive-pair row) for its code.
 */
export const PLANT_ITEMS = {
  /** kb_restriction sex = 2: a female-only surgery. */
  femaleService: plant(
    '003313060030100',
    'SS3131',
    '宫颈锥形切除术',
    'Cervical conisation',
    '06',
    1200,
    false,
  ),
  /** kb_restriction sex = 2: a female-only drug. */
  femaleDrug: plant(
    'XG03DCQ137A001010200401',
    'YP9001',
    '孕激素类片',
    'Progestogen tablets',
    '09',
    36.5,
    true,
  ),
  /** kb_restriction sex = 1: a male-only drug. */
  maleDrug: plant(
    'XL01XKN133A001010178537',
    'YP9002',
    '抗肿瘤靶向片（限男性）',
    'Targeted antineoplastic (male only)',
    '09',
    268,
    true,
  ),
  /** kb_restriction child (no age: under 18). */
  childDrug: plant(
    'XJ01DIX240N001010101453',
    'YP9003',
    '儿童用头孢颗粒',
    'Paediatric cephalosporin granules',
    '09',
    32,
    true,
  ),
  /** kb_restriction pediatric (no age: under 18). */
  pediatricService: plant(
    '001204000070000',
    'SS1204',
    '儿童专用诊疗项目',
    'Paediatric-only service',
    '05',
    45,
    false,
  ),
  /** kb_restriction medins_lv = 2. */
  levelDrug: plant(
    'ZA01BAZ0410010103714',
    'YP9004',
    '限二级及以上中成药',
    'Patent medicine for level 2+ hospitals',
    '11',
    58,
    true,
  ),
  /** kb_frequency day max 1. */
  oncePerDay: plant(
    '003114000520000',
    'SS3114',
    '限每日一次治疗项目',
    'Once-a-day treatment',
    '05',
    80,
    false,
  ),
  /** kb_frequency day max 24. */
  hourly: plant('003101000220000', 'SS3101', '按小时计费监护', 'Hourly monitoring', '05', 6, false),
  /** kb_exclusive_pair code_a (window visit). */
  pairA: plant(
    '004200000070000',
    'SS4207',
    '综合康复评定',
    'Comprehensive rehabilitation assessment',
    '05',
    120,
    false,
  ),
  /** kb_exclusive_pair code_b of pairA. */
  pairB: plant(
    '004200000010000',
    'SS4201',
    '单项康复评定',
    'Single rehabilitation assessment',
    '05',
    40,
    false,
  ),
} as const;

/** Diagnoses of background visits: no sex- or age-specific categories, none excluded by split admission. */
export const DIAGNOSES: readonly CorpusDiagnosis[] = [
  { code: 'I10.x00', zh: '高血压', en: 'Hypertension' },
  { code: 'E11.900', zh: '2型糖尿病', en: 'Type 2 diabetes' },
  { code: 'J18.900', zh: '肺炎', en: 'Pneumonia' },
  { code: 'I63.900', zh: '脑梗死', en: 'Cerebral infarction' },
  { code: 'K29.700', zh: '胃炎', en: 'Gastritis' },
  { code: 'M54.500', zh: '腰痛', en: 'Low back pain' },
  { code: 'J44.900', zh: '慢性阻塞性肺病', en: 'COPD' },
  { code: 'I25.100', zh: '冠状动脉粥样硬化性心脏病', en: 'Coronary heart disease' },
  { code: 'N18.900', zh: '慢性肾脏病', en: 'Chronic kidney disease' },
  { code: 'K80.200', zh: '胆囊结石', en: 'Gallstones' },
];

/** Surnames and given names for synthetic persons. */
export const SURNAMES = [
  '王',
  '李',
  '张',
  '刘',
  '陈',
  '杨',
  '黄',
  '赵',
  '周',
  '吴',
  '徐',
  '孙',
  '马',
  '朱',
  '胡',
];
/** Given-name characters. */
export const GIVEN = [
  '伟',
  '芳',
  '娜',
  '敏',
  '静',
  '丽',
  '强',
  '磊',
  '军',
  '洋',
  '勇',
  '艳',
  '杰',
  '娟',
  '涛',
  '明',
];
