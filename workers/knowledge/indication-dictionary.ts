/**
 * Disease names as NHSA restriction texts write them → ICD-10 categories, for `indication` rows.
 *
 * Basis: WHO ICD-10 (2019 edition, https://icd.who.int/browse10/2019/en), whose three-character
 * categories and four-character subcategories the NHSA 医保版 ICD-10 (《医疗保障疾病诊断分类及代码》,
 * 医保版 2.0, detail codes such as `E11.900`) keeps as prefixes. `title` quotes the WHO title of each
 * code so a reviewer can check the entry. Entries are deliberately few and unambiguous: a disease name
 * whose ICD-10 home depends on site, type or cause (黑色素瘤, 肿瘤, 肺动脉高压, 黄斑水肿…) is absent, so
 * texts naming it are reported as unparsed rather than guessed.
 */
export interface IndicationEntry {
  /** Names as written in the texts (after NFKC normalisation; parenthesised asides are removed first). */
  readonly terms: readonly string[];
  /** ICD-10 code prefixes: a diagnosis starting with one of them satisfies the indication. */
  readonly icd: readonly string[];
  /** WHO ICD-10 2019 title(s) of `icd`. */
  readonly title: string;
}

/** Where the ICD-10 codes come from (cited in README and the sample report). */
export const INDICATION_DICTIONARY_BASIS =
  'WHO ICD-10 2019 (browse10/2019/en at icd.who.int); NHSA 医保版 ICD-10 2.0 keeps these categories';

const B20_B24 = ['B20', 'B21', 'B22', 'B23', 'B24'];

// prettier-ignore
/** The dictionary. */
export const INDICATION_DICTIONARY: readonly IndicationEntry[] = [
  { terms: ['艾滋病', '获得性免疫缺陷综合征'], icd: B20_B24, title: 'B20–B24 Human immunodeficiency virus [HIV] disease' },
  { terms: ['艾滋病病毒感染', '人类免疫缺陷病毒感染', 'HIV感染'], icd: [...B20_B24, 'Z21'], title: 'B20–B24 HIV disease; Z21 Asymptomatic human immunodeficiency virus [HIV] infection status' },
  { terms: ['1型糖尿病'], icd: ['E10'], title: 'E10 Type 1 diabetes mellitus' },
  { terms: ['2型糖尿病'], icd: ['E11'], title: 'E11 Type 2 diabetes mellitus' },
  { terms: ['糖尿病'], icd: ['E10', 'E11', 'E12', 'E13', 'E14'], title: 'E10–E14 Diabetes mellitus' },
  { terms: ['肺癌', '非小细胞肺癌', '小细胞肺癌'], icd: ['C34'], title: 'C34 Malignant neoplasm of bronchus and lung' },
  { terms: ['乳腺癌'], icd: ['C50'], title: 'C50 Malignant neoplasm of breast' },
  { terms: ['肝细胞癌', '原发性肝癌', '肝癌'], icd: ['C22'], title: 'C22 Malignant neoplasm of liver and intrahepatic bile ducts' },
  { terms: ['结直肠癌'], icd: ['C18', 'C19', 'C20'], title: 'C18 colon; C19 rectosigmoid junction; C20 rectum (malignant neoplasm)' },
  { terms: ['胃癌'], icd: ['C16'], title: 'C16 Malignant neoplasm of stomach' },
  { terms: ['食管癌'], icd: ['C15'], title: 'C15 Malignant neoplasm of oesophagus' },
  { terms: ['胰腺癌'], icd: ['C25'], title: 'C25 Malignant neoplasm of pancreas' },
  { terms: ['鼻咽癌'], icd: ['C11'], title: 'C11 Malignant neoplasm of nasopharynx' },
  { terms: ['甲状腺癌', '分化型甲状腺癌'], icd: ['C73'], title: 'C73 Malignant neoplasm of thyroid gland' },
  { terms: ['宫颈癌'], icd: ['C53'], title: 'C53 Malignant neoplasm of cervix uteri' },
  { terms: ['卵巢癌', '上皮性卵巢癌'], icd: ['C56'], title: 'C56 Malignant neoplasm of ovary' },
  { terms: ['前列腺癌'], icd: ['C61'], title: 'C61 Malignant neoplasm of prostate' },
  { terms: ['肾细胞癌'], icd: ['C64'], title: 'C64 Malignant neoplasm of kidney, except renal pelvis' },
  { terms: ['膀胱癌'], icd: ['C67'], title: 'C67 Malignant neoplasm of bladder' },
  { terms: ['多发性骨髓瘤'], icd: ['C90.0'], title: 'C90.0 Multiple myeloma' },
  { terms: ['慢性淋巴细胞白血病'], icd: ['C91.1'], title: 'C91.1 Chronic lymphocytic leukaemia of B-cell type' },
  { terms: ['慢性髓性白血病', '慢性粒细胞白血病'], icd: ['C92.1'], title: 'C92.1 Chronic myeloid leukaemia [CML], BCR/ABL-positive' },
  { terms: ['弥漫大B细胞淋巴瘤', '弥漫大B细胞性非霍奇金淋巴瘤'], icd: ['C83.3'], title: 'C83.3 Diffuse large B-cell lymphoma' },
  { terms: ['套细胞淋巴瘤'], icd: ['C83.1'], title: 'C83.1 Mantle cell lymphoma' },
  { terms: ['骨髓增生异常综合征'], icd: ['D46'], title: 'D46 Myelodysplastic syndromes' },
  { terms: ['再生障碍性贫血'], icd: ['D61'], title: 'D61 Other aplastic anaemias' },
  { terms: ['阵发性睡眠性血红蛋白尿症'], icd: ['D59.5'], title: 'D59.5 Paroxysmal nocturnal haemoglobinuria [Marchiafava-Micheli]' },
  { terms: ['甲型血友病'], icd: ['D66'], title: 'D66 Hereditary factor VIII deficiency' },
  { terms: ['乙型血友病'], icd: ['D67'], title: 'D67 Hereditary factor IX deficiency' },
  { terms: ['原发免疫性血小板减少症', '原发性免疫性血小板减少症'], icd: ['D69.3'], title: 'D69.3 Idiopathic thrombocytopenic purpura' },
  { terms: ['遗传性血管性水肿'], icd: ['D84.1'], title: 'D84.1 Defects in the complement system' },
  { terms: ['肢端肥大症'], icd: ['E22.0'], title: 'E22.0 Acromegaly and pituitary gigantism' },
  { terms: ['生长激素缺乏症'], icd: ['E23.0'], title: 'E23.0 Hypopituitarism (incl. isolated deficiency of growth hormone)' },
  { terms: ['多囊卵巢综合征', '多囊卵巢综合症'], icd: ['E28.2'], title: 'E28.2 Polycystic ovarian syndrome' },
  { terms: ['烟酸缺乏症'], icd: ['E52'], title: 'E52 Niacin deficiency [pellagra]' },
  { terms: ['戈谢病', '尼曼匹克病'], icd: ['E75.2'], title: 'E75.2 Other sphingolipidosis (incl. Gaucher, Niemann-Pick disease)' },
  { terms: ['高胆固醇血症'], icd: ['E78.0'], title: 'E78.0 Pure hypercholesterolaemia' },
  { terms: ['高尿酸血症'], icd: ['E79.0'], title: 'E79.0 Hyperuricaemia without signs of inflammatory arthritis and tophaceous disease' },
  { terms: ['高磷血症'], icd: ['E83.3'], title: 'E83.3 Disorders of phosphorus metabolism and phosphatases' },
  { terms: ['注意缺陷多动障碍'], icd: ['F90'], title: 'F90 Hyperkinetic disorders' },
  { terms: ['脊髓性肌萎缩症'], icd: ['G12.0', 'G12.1'], title: 'G12.0 Infantile spinal muscular atrophy, type I; G12.1 Other inherited spinal muscular atrophy' },
  { terms: ['帕金森病'], icd: ['G20'], title: 'G20 Parkinson disease' },
  { terms: ['多发性硬化'], icd: ['G35'], title: 'G35 Multiple sclerosis' },
  { terms: ['视神经脊髓炎谱系疾病'], icd: ['G36.0'], title: 'G36.0 Neuromyelitis optica [Devic]' },
  { terms: ['癫痫'], icd: ['G40'], title: 'G40 Epilepsy' },
  { terms: ['重症肌无力'], icd: ['G70.0'], title: 'G70.0 Myasthenia gravis' },
  { terms: ['原发性高血压'], icd: ['I10'], title: 'I10 Essential (primary) hypertension' },
  { terms: ['冠心病'], icd: ['I20', 'I21', 'I22', 'I23', 'I24', 'I25'], title: 'I20–I25 Ischaemic heart diseases' },
  { terms: ['心绞痛'], icd: ['I20'], title: 'I20 Angina pectoris' },
  { terms: ['急性心肌梗死'], icd: ['I21', 'I22'], title: 'I21 Acute myocardial infarction; I22 Subsequent myocardial infarction' },
  { terms: ['心力衰竭'], icd: ['I50', 'I11.0', 'I13.0', 'I13.2'], title: 'I50 Heart failure; I11.0, I13.0, I13.2 hypertensive disease with heart failure' },
  { terms: ['脑梗死', '脑梗塞', '缺血性脑卒中', '缺血性卒中', '缺血性脑梗死', '血栓性脑梗死'], icd: ['I63'], title: 'I63 Cerebral infarction' },
  { terms: ['流感', '甲型流感', '乙型流感', '甲型和乙型流感'], icd: ['J09', 'J10', 'J11'], title: 'J09–J11 Influenza' },
  { terms: ['社区获得性肺炎'], icd: ['J12', 'J13', 'J14', 'J15', 'J16', 'J17', 'J18'], title: 'J12–J18 Pneumonia' },
  { terms: ['特发性肺纤维化'], icd: ['J84.1'], title: 'J84.1 Other interstitial pulmonary diseases with fibrosis (incl. idiopathic pulmonary fibrosis)' },
  { terms: ['反流性食管炎'], icd: ['K21.0'], title: 'K21.0 Gastro-oesophageal reflux disease with oesophagitis' },
  { terms: ['胃食管反流病'], icd: ['K21'], title: 'K21 Gastro-oesophageal reflux disease' },
  { terms: ['胃溃疡'], icd: ['K25'], title: 'K25 Gastric ulcer' },
  { terms: ['十二指肠溃疡'], icd: ['K26'], title: 'K26 Duodenal ulcer' },
  { terms: ['消化性溃疡'], icd: ['K25', 'K26', 'K27', 'K28'], title: 'K25–K28 Gastric, duodenal, peptic and gastrojejunal ulcer' },
  { terms: ['克罗恩病'], icd: ['K50'], title: 'K50 Crohn disease [regional enteritis]' },
  { terms: ['溃疡性结肠炎'], icd: ['K51'], title: 'K51 Ulcerative colitis' },
  { terms: ['肠易激综合征'], icd: ['K58'], title: 'K58 Irritable bowel syndrome' },
  { terms: ['急性胰腺炎'], icd: ['K85'], title: 'K85 Acute pancreatitis' },
  { terms: ['特应性皮炎'], icd: ['L20'], title: 'L20 Atopic dermatitis' },
  { terms: ['银屑病', '寻常型银屑病', '斑块状银屑病', '斑块型银屑病'], icd: ['L40'], title: 'L40 Psoriasis' },
  { terms: ['泛发性脓疱型银屑病'], icd: ['L40.1'], title: 'L40.1 Generalized pustular psoriasis' },
  { terms: ['类风湿关节炎'], icd: ['M05', 'M06'], title: 'M05 Seropositive rheumatoid arthritis; M06 Other rheumatoid arthritis' },
  { terms: ['痛风'], icd: ['M10'], title: 'M10 Gout' },
  { terms: ['骨关节炎'], icd: ['M15', 'M16', 'M17', 'M18', 'M19'], title: 'M15–M19 Arthrosis' },
  { terms: ['膝骨关节炎'], icd: ['M17'], title: 'M17 Gonarthrosis [arthrosis of knee]' },
  { terms: ['川崎病'], icd: ['M30.3'], title: 'M30.3 Mucocutaneous lymph node syndrome [Kawasaki]' },
  { terms: ['强直性脊柱炎'], icd: ['M45'], title: 'M45 Ankylosing spondylitis' },
  { terms: ['骨质疏松症'], icd: ['M80', 'M81', 'M82'], title: 'M80–M82 Osteoporosis' },
  { terms: ['绝经后骨质疏松症'], icd: ['M80.0', 'M81.0'], title: 'M80.0 Postmenopausal osteoporosis with pathological fracture; M81.0 Postmenopausal osteoporosis' },
  { terms: ['慢性肾脏病'], icd: ['N18'], title: 'N18 Chronic kidney disease' },
  { terms: ['前列腺增生'], icd: ['N40'], title: 'N40 Hyperplasia of prostate' },
  { terms: ['子宫内膜异位症'], icd: ['N80'], title: 'N80 Endometriosis' },
  { terms: ['子宫肌瘤'], icd: ['D25'], title: 'D25 Leiomyoma of uterus' },
  { terms: ['念珠菌性外阴阴道病', '外阴阴道假丝酵母菌病', '外阴阴道念珠菌病'], icd: ['B37.3'], title: 'B37.3 Candidiasis of vulva and vagina' },
  { terms: ['慢性乙型肝炎', '慢性乙肝', '慢性HBV感染'], icd: ['B18.0', 'B18.1'], title: 'B18.0 / B18.1 Chronic viral hepatitis B with / without delta-agent' },
  { terms: ['慢性丙型肝炎', '慢性丙型肝炎病毒感染', '慢性HCV感染'], icd: ['B18.2'], title: 'B18.2 Chronic viral hepatitis C' },
  { terms: ['结核', '肺结核', '耐多药结核'], icd: ['A15', 'A16', 'A17', 'A18', 'A19'], title: 'A15–A19 Tuberculosis' },
  { terms: ['新型冠状病毒感染'], icd: ['U07.1', 'U07.2'], title: 'U07.1 COVID-19, virus identified; U07.2 COVID-19, virus not identified' },
];
