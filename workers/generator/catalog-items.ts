/**
 * The medical-insurance catalogue the generator bills from (医保目录): drugs, herbal pieces, service
 * items and consumables with realistic names, charge categories and hospital prices in yuan (level-3
 * price for service items). Codes are derived from these entries in price-list.ts.
 */

/** What kind of catalogue entry: each has its own national code format. */
export type ItemKind = 'xdrug' | 'zdrug' | 'herb' | 'service' | 'consumable';

/** 收费项目类别 (med_chrgitm_type): 01 床位 02 诊察 03 检查 04 化验 05 治疗 06 手术 07 护理 08 卫材 09 西药 10 中药饮片 11 中成药 12 一般诊疗 13 挂号. */
export type ChargeType =
  '01' | '02' | '03' | '04' | '05' | '06' | '07' | '08' | '09' | '10' | '11' | '12' | '13';

/** One catalogue entry before codes and price tiers are attached. */
export interface ItemTemplate {
  readonly name: string;
  readonly kind: ItemKind;
  readonly chrg: ChargeType;
  /** Hospital price in yuan per unit (per gram for herbal pieces; level-3 price for service items). */
  readonly yuan: number;
  /** Code group: ATC-like class (西药), class (中成药), chapter (service), category (consumable). */
  readonly group: string;
  /** Usual count on one line (boxes, vials, times, grams per dose for herbs). */
  readonly qty: readonly [number, number];
  /** Child-only (under 18). */
  readonly child?: boolean;
  /** Only for this sex (1 男, 2 女). */
  readonly sex?: 1 | 2;
  /** Only at institutions of at least this level. */
  readonly minLevel?: 2 | 3;
}

type Extra = Pick<ItemTemplate, 'child' | 'sex' | 'minLevel'>;
type Qty = readonly [number, number];

const x = (name: string, yuan: number, atc: string, qty: Qty = [1, 2], extra: Extra = {}): ItemTemplate => ({
  name,
  kind: 'xdrug',
  chrg: '09',
  yuan,
  group: atc,
  qty,
  ...extra,
});
const z = (name: string, yuan: number, cls: string, qty: Qty = [1, 2], extra: Extra = {}): ItemTemplate => ({
  name,
  kind: 'zdrug',
  chrg: '11',
  yuan,
  group: cls,
  qty,
  ...extra,
});
const t = (name: string, yuan: number): ItemTemplate => ({
  name,
  kind: 'herb',
  chrg: '10',
  yuan,
  group: '',
  qty: [6, 30],
});
const s = (
  name: string,
  chrg: ChargeType,
  yuan: number,
  chapter: string,
  qty: Qty = [1, 1],
  extra: Extra = {},
): ItemTemplate => ({ name, kind: 'service', chrg, yuan, group: chapter, qty, ...extra });
const c = (
  name: string,
  yuan: number,
  category: string,
  qty: Qty = [1, 1],
  extra: Extra = {},
): ItemTemplate => ({ name, kind: 'consumable', chrg: '08', yuan, group: category, qty, ...extra });

const MALE = { sex: 1 } as const;
const FEMALE = { sex: 2 } as const;
const CHILD = { child: true } as const;

/** Every catalogue entry by key. */
export const ITEMS = {
  // 综合医疗服务: beds, examination fees, nursing
  bedGeneral: s('普通病房床位费', '01', 60, '11'),
  bedSpecial: s('特需病房床位费("单人间")', '01', 300, '11'),
  ipExam: s('住院诊查费', '02', 20, '11'),
  opExam: s('门诊诊查费(普通)', '02', 25, '11'),
  opExamSenior: s('门诊诊查费(副主任医师)', '02', 50, '11'),
  generalFee: s('一般诊疗费', '12', 10, '11'),
  registration: s('挂号费', '13', 1, '11'),
  nursing1: s('一级护理', '07', 40, '11'),
  nursing2: s('二级护理', '07', 25, '11'),
  // 治疗
  ivFirst: s('静脉输液(第一组)', '05', 12, '12'),
  ivExtra: s('静脉输液(每增加一组)', '05', 3, '12', [1, 3]),
  ivScalp: s('小儿头皮静脉输液', '05', 18, '12', [1, 1], CHILD),
  injectionIm: s('肌肉注射', '05', 3, '12'),
  dressingChange: s('换药(中)', '05', 25, '12'),
  nebulization: s('雾化吸入', '05', 15, '12'),
  oxygen: s('氧气吸入(每小时)', '05', 3, '12', [4, 12]),
  ecgMonitor: s('心电监测(每小时)', '05', 5, '12', [12, 24]),
  venipuncture: s('静脉采血', '05', 3, '12'),
  acupuncture: s('普通针刺', '05', 20, '41'),
  massage: s('推拿治疗', '05', 40, '41'),
  pinchSpine: s('小儿捏脊治疗', '05', 25, '41', [1, 1], CHILD),
  // 临床检验
  cbc: s('血细胞分析(五分类)', '04', 20, '25'),
  urine: s('尿液分析', '04', 10, '25'),
  alt: s('丙氨酸氨基转移酶测定', '04', 8, '25'),
  creatinine: s('肌酐测定', '04', 7, '25'),
  urea: s('尿素测定', '04', 6, '25'),
  potassium: s('钾测定', '04', 5, '25'),
  glucose: s('葡萄糖测定', '04', 6, '25'),
  fingertipGlucose: s('末梢血糖测定', '04', 5, '25', [3, 7]),
  hba1c: s('糖化血红蛋白测定', '04', 60, '25'),
  crp: s('C反应蛋白测定(CRP)', '04', 25, '25'),
  pt: s('凝血酶原时间测定(PT)', '04', 12, '25'),
  cholesterol: s('总胆固醇测定', '04', 6, '25'),
  triglyceride: s('甘油三酯测定', '04', 7, '25'),
  troponin: s('肌钙蛋白T测定', '04', 90, '25'),
  psa: s('总前列腺特异性抗原测定(TPSA)', '04', 80, '25', [1, 1], MALE),
  hcg: s('人绒毛膜促性腺激素测定(HCG)', '04', 40, '25', [1, 1], FEMALE),
  // 医学影像, 超声, 内镜
  ecg: s('常规心电图检查(十二通道)', '03', 25, '22'),
  chestDr: s('胸部数字化摄影(DR)', '03', 70, '21'),
  chestCt: s('X线计算机体层(CT)平扫(胸部)', '03', 250, '21'),
  headCt: s('X线计算机体层(CT)平扫(颅脑)', '03', 200, '21'),
  headMri: s('磁共振平扫(颅脑)', '03', 500, '21'),
  abdomenUs: s('腹部彩色多普勒超声', '03', 150, '22'),
  echo: s('超声心动图(彩色多普勒)', '03', 220, '22'),
  transvaginalUs: s('经阴道B超检查', '03', 80, '22', [1, 1], FEMALE),
  fetalMonitor: s('胎心监测', '03', 30, '22', [1, 1], FEMALE),
  prostateUs: s('经直肠前列腺超声检查', '03', 120, '22', [1, 1], MALE),
  gastroscopy: s('电子胃镜检查', '03', 250, '23'),
  // 手术, 麻醉
  appendectomy: s('阑尾切除术', '06', 1200, '31'),
  lapCholecystectomy: s('腹腔镜下胆囊切除术', '06', 2800, '31', [1, 1], { minLevel: 2 }),
  hipReplacement: s('人工股骨头置换术', '06', 5000, '31', [1, 1], { minLevel: 2 }),
  pci: s('经皮冠状动脉内支架置入术(PCI)', '06', 6000, '31', [1, 1], { minLevel: 3 }),
  cesarean: s('子宫下段剖宫产术', '06', 1800, '31', [1, 1], FEMALE),
  vaginalDelivery: s('单胎顺产接生', '06', 800, '31', [1, 1], FEMALE),
  generalAnesthesia: s('全身麻醉', '06', 1200, '33'),
  spinalAnesthesia: s('椎管内麻醉', '06', 600, '33'),
  // 医用耗材
  infusionSet: c('一次性使用输液器(带针)', 3.5, '02'),
  indwellingNeedle: c('静脉留置针', 12, '02'),
  syringe: c('一次性使用无菌注射器(5ml)', 0.6, '02', [2, 6]),
  suture: c('可吸收性外科缝线', 150, '06', [1, 3]),
  trocar: c('一次性腹腔镜穿刺器', 600, '06', [1, 3]),
  stent: c('冠状动脉药物洗脱支架', 700, '11', [1, 2]),
  femoralHead: c('人工股骨头假体', 4000, '13'),
  catheterKit: c('一次性使用导尿包', 25, '03'),
  nebulizerKit: c('一次性雾化器', 10, '03'),
  // 西药
  amoxicillin: x('阿莫西林胶囊', 12, 'J01CA'),
  cefaclor: x('头孢克洛缓释片', 25, 'J01DC'),
  levofloxacin: x('左氧氟沙星片', 18, 'J01MA'),
  azithromycin: x('阿奇霉素干混悬剂', 18, 'J01FA'),
  ceftriaxone: x('注射用头孢曲松钠(1.0g)', 15, 'J01DD', [1, 2]),
  cefuroxime: x('注射用头孢呋辛钠', 12, 'J01DC', [2, 3]),
  piperacillin: x('注射用哌拉西林钠他唑巴坦钠', 45, 'J01CR', [2, 3]),
  meropenem: x('注射用美罗培南', 90, 'J01DH', [2, 3], { minLevel: 2 }),
  saline: x('氯化钠注射液(0.9%,100ml)', 3, 'B05XA', [1, 3]),
  glucoseInjection: x('葡萄糖注射液(5%,250ml)', 3.5, 'B05BA', [1, 2]),
  ambroxolInjection: x('盐酸氨溴索注射液', 15, 'R05CB', [1, 2]),
  amlodipine: x('苯磺酸氨氯地平片', 6, 'C08CA', [1, 3]),
  valsartan: x('缬沙坦胶囊', 20, 'C09CA', [1, 3]),
  metformin: x('盐酸二甲双胍片', 8, 'A10BA', [1, 3]),
  acarbose: x('阿卡波糖片', 30, 'A10BF', [1, 3]),
  insulin: x('甘精胰岛素注射液', 180, 'A10AE', [1, 2]),
  insulinShort: x('重组人胰岛素注射液', 50, 'A10AB', [1, 1]),
  atorvastatin: x('阿托伐他汀钙片', 12, 'C10AA', [1, 3]),
  aspirin: x('阿司匹林肠溶片', 15, 'B01AC', [1, 3]),
  clopidogrel: x('硫酸氢氯吡格雷片', 25, 'B01AC', [1, 3]),
  isosorbide: x('单硝酸异山梨酯缓释片', 20, 'C01DA', [1, 3]),
  sacubitril: x('沙库巴曲缬沙坦钠片', 120, 'C09DX', [1, 2]),
  furosemideInjection: x('呋塞米注射液', 1.5, 'C03CA', [1, 2]),
  tiotropium: x('噻托溴铵粉吸入剂', 150, 'R03BB', [1, 1]),
  budesonide: x('吸入用布地奈德混悬液', 20, 'R03BA', [2, 4]),
  omeprazole: x('奥美拉唑肠溶胶囊', 10, 'A02BC'),
  pantoprazoleInjection: x('注射用泮托拉唑钠', 25, 'A02BC', [1, 2]),
  ibuprofenSuspension: x('布洛芬混悬液', 20, 'M01AE', [1, 1]),
  kidCold: x('小儿氨酚黄那敏颗粒', 12, 'N02BE', [1, 2], CHILD),
  tamsulosin: x('盐酸坦索罗辛缓释胶囊', 40, 'G04CA', [1, 2], MALE),
  paclitaxel: x('紫杉醇注射液', 600, 'L01CD', [2, 3], { minLevel: 2 }),
  cisplatin: x('注射用顺铂', 60, 'L01XA', [2, 3]),
  ondansetron: x('盐酸昂丹司琼注射液', 30, 'A04AA', [1, 2]),
  heparin: x('低分子量肝素钙注射液', 45, 'B01AB', [1, 2]),
  oxytocin: x('缩宫素注射液', 8, 'H01BB', [1, 3], FEMALE),
  metronidazoleVaginal: x('甲硝唑阴道泡腾片', 15, 'G01AF', [1, 2], FEMALE),
  levocetirizine: x('盐酸左西替利嗪片', 20, 'R06AE'),
  montmorillonite: x('蒙脱石散', 12, 'A07BC'),
  oralRehydration: x('口服补液盐散(Ⅲ)', 8, 'A07CA'),
  loratadine: x('氯雷他定片', 15, 'R06AX'),
  estazolam: x('艾司唑仑片', 5, 'N05CD', [1, 1]),
  celecoxib: x('塞来昔布胶囊', 30, 'M01AH'),
  mannitol: x('甘露醇注射液', 6, 'B05BC', [1, 2]),
  butylphthalide: x('丁苯酞软胶囊', 90, 'N07XX', [1, 2], { minLevel: 2 }),
  // 中成药
  lianhua: z('连花清瘟胶囊', 15, 'A01AB'),
  kidFever: z('小儿豉翘清热颗粒', 30, 'A01AA', [1, 2], CHILD),
  kidCough: z('小儿肺热咳喘口服液', 28, 'A05AA', [1, 2], CHILD),
  pudilan: z('蒲地蓝消炎口服液', 35, 'A01BA'),
  danshenPills: z('复方丹参滴丸', 25, 'A12BA', [1, 3]),
  danhongInjection: z('丹红注射液', 60, 'A12EA', [2, 3], { minLevel: 2 }),
  baofukang: z('保妇康栓', 40, 'D02BA', [1, 2], FEMALE),
  aifuPills: z('艾附暖宫丸', 30, 'D03AA', [1, 2], FEMALE),
  qianlieshutong: z('前列舒通胶囊', 45, 'A10ED', [1, 2], MALE),
  liuweiPills: z('六味地黄丸', 18, 'A14BA'),
  ganmaoling: z('感冒灵颗粒', 12, 'A01AC'),
  huoxiang: z('藿香正气水', 8, 'A06AA'),
  yunnanBaiyao: z('云南白药气雾剂', 40, 'A17AA', [1, 1]),
  tongluoPlaster: z('通络祛痛膏', 30, 'A17BA'),
  // 中药饮片 (price per gram)
  huangqi: t('黄芪', 0.15),
  danggui: t('当归', 0.3),
  dangshen: t('党参', 0.35),
  gancao: t('甘草', 0.1),
  fuling: t('茯苓', 0.12),
  baizhu: t('白术', 0.2),
  chuanxiong: t('川芎', 0.18),
  chenpi: t('陈皮', 0.08),
  banxia: t('法半夏', 0.45),
  jinyinhua: t('金银花', 0.6),
} as const satisfies Record<string, ItemTemplate>;

/** A catalogue entry key. */
export type ItemKey = keyof typeof ITEMS;

/** Herbal pieces a TCM prescription (处方) draws from. */
export const HERBS: readonly ItemKey[] = [
  'huangqi',
  'danggui',
  'dangshen',
  'gancao',
  'fuling',
  'baizhu',
  'chuanxiong',
  'chenpi',
  'banxia',
  'jinyinhua',
];
