import type { CanonicalField, FieldType } from './mapping-types';

/**
 * Every canonical field once, by national-platform name (../shared/data-model.md). Fields that several
 * tables share (psn_no, fixmedins_code, …) are one object, so their synonyms stay in one place.
 * Synonyms are compared after header normalisation (case, width, spaces, underscores, brackets), and the
 * matcher also strips code/name suffixes (编码/代码/编号/名称, code/name), so only the distinct wordings
 * are listed here: what HIS exports, platform extracts and hand-made spreadsheets actually say.
 */
function field(
  name: string,
  zh: string,
  en: string,
  type: FieldType,
  synonyms: readonly string[],
): CanonicalField {
  return { name, zh, en, type, synonyms };
}

/** Canonical fields keyed by name. Which field is a table's key is decided per table (canonical-model.ts). */
// prettier-ignore
export const FIELDS = {
  setl_id: field('setl_id', '结算ID', 'Settlement ID', 'text', [
    '结算ID', '结算流水号', '结算编号', '结算号', '结算单号', '结算单据号', '结算序号', '结算记录号',
    '结算标识', '结算业务号', 'setl_id', 'settlement id', 'settle id', 'settlement no', 'ClaimID', 'claim id', 'claim no',
    'claim number', '购药流水号', '购药流水', '销售流水号', '销售单号',
  ]),
  mdtrt_id: field('mdtrt_id', '就诊ID', 'Visit ID', 'text', [
    '就诊ID', '就诊流水号', '就诊编号', '就诊号', '就诊登记号', '就医登记号', '住院号', '门诊号',
    '住院流水号', '门诊流水号', '住院登记号', '门诊登记号', '登记流水号', '住院ID', '门诊ID', '就医流水号',
    'mdtrt_id', 'visit id', 'encounter id', 'admission no',
  ]),
  psn_no: field('psn_no', '人员编号', 'Person No.', 'text', [
    '人员编号', '个人编号', '参保人编号', '参保人员编号', '医保号', '医保编号', '参保号', '人员ID', '个人ID',
    '人员代码', '个人电脑号', '社保卡号', '医保卡号', '社会保障号', 'psn_no', 'person no', 'member id',
    'insured id', 'BeneID', 'beneficiary id', 'bene id', 'patient id', 'DESYNPUF_ID',
  ]),
  fixmedins_code: field('fixmedins_code', '定点医药机构编号', 'Institution code', 'text', [
    '定点医药机构编号', '定点医药机构编码', '定点医疗机构编码', '定点医疗机构编号', '定点机构编码',
    '定点编号', '医疗机构编码', '医药机构编码', '机构编码', '医院编码', '药店编码', '两定机构编码',
    'fixmedins_code', 'medins code', 'hospital code', 'institution code', 'provider id', 'Provider', 'provider code', '药店代码',
    '零售药店编码', '医药机构代码',
  ]),
  fixmedins_name: field('fixmedins_name', '定点医药机构名称', 'Institution name', 'text', [
    '定点医药机构名称', '定点医疗机构名称', '定点机构名称', '医疗机构名称', '医药机构名称', '机构名称',
    '医院名称', '药店名称', '就诊医院', '就诊机构', '定点医药机构', '医疗机构', '医院', 'fixmedins_name',
    'hospital name', 'institution name', 'provider name', 'hospital',
  ]),
  medins_lv: field('medins_lv', '医疗机构等级', 'Institution level', 'text', [
    '医疗机构等级', '医院等级', '机构等级', '医疗机构级别', '医院级别', '机构级别', '等级', '级别',
    'medins_lv', 'hospital level', 'institution level', 'level',
  ]),
  insutype: field('insutype', '险种类型', 'Insurance type', 'text', [
    '险种类型', '险种', '险种类别', '参保险种', '保险类型', '医保类型', '参保类型', '险种编码', 'insutype',
    'insurance type',
  ]),
  med_type: field('med_type', '医疗类别', 'Medical type', 'text', [
    '医疗类别', '医疗类型', '就医类别', '就医类型', '就诊类别', '就诊类型', '业务类型', '就医方式',
    'med_type', 'medical type', 'visit type',
  ]),
  begndate: field('begndate', '开始日期', 'Begin date', 'timestamp', [
    '开始日期', '开始时间', '入院日期', '入院时间', '就诊日期', '就诊时间', '就医日期', '就医时间',
    '门诊日期', '起始日期', '就诊开始时间', '住院日期', 'begndate', 'begntime', 'begin date', 'start date',
    'admission date', 'adm_date', 'visit date', 'AdmissionDt', 'admit date', 'ClaimStartDt',
    'claim start date', 'from date', '购药日期', '购药时间', '销售日期', '销售时间',
  ]),
  enddate: field('enddate', '结束日期', 'End date', 'timestamp', [
    '结束日期', '结束时间', '出院日期', '出院时间', '就诊结束时间', '终止日期', 'enddate', 'endtime',
    'end date', 'discharge date', 'dscg_date', 'DischargeDt', 'ClaimEndDt', 'claim end date',
    'thru date',
  ]),
  setl_time: field('setl_time', '结算时间', 'Settlement time', 'timestamp', [
    '结算时间', '结算日期', '结算日期时间', '结算办理时间', '报销日期', '报销时间', 'setl_time', 'setl_date',
    'settlement time', 'settlement date',
  ]),
  dise_codg: field('dise_codg', '主诊断编码', 'Main diagnosis code', 'text', [
    '主诊断编码', '主要诊断编码', '诊断编码', '疾病编码', '出院诊断编码', '主诊断ICD', 'ICD编码', 'ICD10',
    'ICD-10', '诊断ICD', '出院主诊断编码', 'dise_codg', 'dscg_maindiag_code', 'maindiag_code', 'dise_code', 'diag_code', 'diagnosis code', 'icd code', 'ClmDiagnosisCode_1',
    'ClmAdmitDiagnosisCode', 'principal diagnosis code', 'admit diagnosis code',
  ]),
  dise_name: field('dise_name', '主诊断名称', 'Main diagnosis', 'text', [
    '主诊断名称', '主要诊断名称', '诊断名称', '疾病名称', '出院诊断名称', '出院诊断', '主诊断', '主要诊断',
    '诊断', '出院主诊断名称', 'dise_name', 'dscg_maindiag_name', 'maindiag_name', 'diagnosis', 'diagnosis name',
  ]),
  drg_code: field('drg_code', 'DRG分组', 'DRG group', 'text', [
    'DRG编码', 'DRG分组编码', 'DRG组编码', 'DRG分组', 'DRG组', 'DRG', 'drg_code', 'drg_codg', 'drg group', 'DiagnosisGroupCode', 'DRG code',
  ]),
  dip_code: field('dip_code', 'DIP分组', 'DIP group', 'text', [
    'DIP编码', 'DIP分组编码', 'DIP病种编码', 'DIP分组', 'DIP病种', 'DIP', 'dip_code', 'dip_codg', 'dip group',
  ]),
  medfee_sumamt: field('medfee_sumamt', '医疗费总额', 'Total medical cost', 'amount', [
    '医疗费总额', '医疗费用总额', '总费用', '费用总额', '总金额', '医疗总费用', '总医疗费用', '医疗费合计',
    '医疗费用合计', '费用合计', '合计金额', '住院总费用', '门诊总费用', '发生费用', '医疗费用', '总额',
    'medfee_sumamt', 'total amount', 'total cost', 'total fee', 'medical fee total',
  ]),
  hifp_pay: field('hifp_pay', '统筹基金支出', 'Pooled fund paid', 'amount', [
    '统筹基金支出', '统筹基金支付', '统筹基金支付金额', '基本医疗统筹基金支出', '统筹支付', '统筹支出',
    '统筹基金', '统筹金额', '统筹支付金额', '基金支付', 'hifp_pay', 'pooled fund pay', 'pooling fund pay',
  ]),
  fund_pay_sumamt: field('fund_pay_sumamt', '基金支付总额', 'Total fund paid', 'amount', [
    '基金支付总额', '基金支付合计', '基金支付总金额', '基金总额', '医保基金支付总额', '医保基金支付',
    '医保支付', '医保支付金额', '医保报销金额', '报销金额', '报销总额', 'fund_pay_sumamt', 'fund pay total',
    'total fund pay', 'InscClaimAmtReimbursed', 'claim amount reimbursed', 'amount reimbursed',
    'reimbursed amount',
  ]),
  acct_pay: field('acct_pay', '个人账户支出', 'Personal account paid', 'amount', [
    '个人账户支出', '个人账户支付', '个人帐户支出', '个人帐户支付', '个账支付', '个帐支付', '个账支出',
    '账户支付', '帐户支付', '个人账户', '个人帐户', 'acct_pay', 'account pay', 'personal account pay',
  ]),
  psn_cash_pay: field('psn_cash_pay', '个人现金支出', 'Cash paid', 'amount', [
    '个人现金支出', '个人现金支付', '现金支付', '现金支出', '个人现金', '现金支付金额', '现金', 'psn_cash_pay',
    'cash pay', 'cash paid', 'out of pocket', 'DeductibleAmtPaid', 'deductible paid',
  ]),
  insu_admdvs: field('insu_admdvs', '参保地医保区划', 'Insured region', 'text', [
    '参保地医保区划', '参保地区划', '参保地行政区划', '参保区划', '参保地', '参保地区', '参保所属区划',
    '参保统筹区', 'insu_admdvs', 'insured region',
  ]),
  mdtrt_admdvs: field('mdtrt_admdvs', '就医地医保区划', 'Treatment region', 'text', [
    '就医地医保区划', '就医地区划', '就医地行政区划', '就医地', '就诊地区划', '就医统筹区', '就医地区',
    'mdtrt_admdvs', 'treatment region',
  ]),
  adm_dept_codg: field('adm_dept_codg', '入院科室', 'Admission department', 'text', [
    '入院科室编码', '入院科室', '就诊科室', '科室', '科别', 'adm_dept_codg', 'adm_dept', 'admission dept',
    'department', 'dept',
  ]),
  dscg_dept_codg: field('dscg_dept_codg', '出院科室', 'Discharge department', 'text', [
    '出院科室编码', '出院科室', 'dscg_dept_codg', 'dscg_dept', 'discharge dept',
  ]),
  atddr_no: field('atddr_no', '主治医师编码', 'Attending doctor', 'text', [
    '主治医师编码', '主治医生编码', '主治医师', '主治医生', '主诊医师', '经治医师', '接诊医生', '医生编码',
    '医师编码', '医生工号', '医生', '医师', 'atddr_no', 'doctor', 'doctor code', 'physician', 'AttendingPhysician',
    'attending physician', 'attending doctor',
  ]),
  bedno: field('bedno', '床位号', 'Bed No.', 'text', ['床位号', '床号', '病床号', '床位', 'bedno', 'bed no']),

  feedetl_sn: field('feedetl_sn', '费用明细流水号', 'Fee line ID', 'text', [
    '费用明细流水号', '明细流水号', '费用明细ID', '明细ID', '明细序号', '明细编号', '明细号', '费用明细编号',
    '费用流水号', '记账流水号', '收费流水号', '费用序号', '流水号', 'feedetl_sn', 'fee detail id',
    'detail id', 'line id',
  ]),
  fee_ocur_time: field('fee_ocur_time', '费用发生时间', 'Charge time', 'timestamp', [
    '费用发生时间', '费用发生日期', '收费日期', '收费时间', '计费日期', '计费时间', '记账日期', '记账时间',
    '发生时间', '发生日期', '费用日期', '费用时间', '明细发生时间', '处方日期', '购药日期', '购药时间', '销售日期',
    '销售时间', 'fee_ocur_time', 'fee time',
    'charge date', 'charge time', 'service date',
  ]),
  hilist_code: field('hilist_code', '医保目录编码', 'Catalogue code', 'text', [
    '医保目录编码', '医保目录编号', '医保编码', '医保项目编码', '医保代码', '国家医保编码', '国家编码',
    '医保对应编码', '医保对照编码', '医保统一编码', '统一编码', '中心编码', '项目编码', '药品编码',
    '收费项目编码', '目录编码', '耗材编码', '医疗服务项目编码', '医疗目录编码', 'hilist_code', 'med_list_codg', 'item code', 'drug code',
    'list code',
  ]),
  hilist_name: field('hilist_name', '医保目录名称', 'Catalogue item', 'text', [
    '医保目录名称', '医保项目名称', '医保名称', '国家医保名称', '中心名称', '项目名称', '药品名称',
    '收费项目名称', '目录名称', '耗材名称', '医疗服务项目名称', '医疗目录名称', '药品通用名', '通用名', '品名', '项目',
    'hilist_name', 'item name', 'drug name',
  ]),
  medins_list_code: field('medins_list_code', '医药机构目录编码', 'Local item code', 'text', [
    '医药机构目录编码', '医疗机构目录编码', '机构目录编码', '院内编码', '院内项目编码', '医院项目编码',
    '医院目录编码', '医院药品编码', '医院收费编码', '本院编码', '本院项目编码', '院内收费编码', '自编码',
    'HIS编码', 'medins_list_code', 'medins_list_codg', 'local code',
  ]),
  medins_list_name: field('medins_list_name', '医药机构目录名称', 'Local item name', 'text', [
    '医药机构目录名称', '医疗机构目录名称', '机构目录名称', '院内名称', '院内项目名称', '医院项目名称',
    '医院目录名称', '医院药品名称', '医院收费项目名称', '本院项目名称', 'HIS名称', 'medins_list_name',
    'local name',
  ]),
  list_type: field('list_type', '目录类别', 'Catalogue type', 'text', [
    '目录类别', '目录类型', '医保目录类别', '目录分类', 'list_type', 'list type',
  ]),
  med_chrgitm_type: field('med_chrgitm_type', '收费项目类别', 'Charge category', 'text', [
    '收费项目类别', '医疗收费项目类别', '收费项目类型', '收费类别', '收费大类', '费用类别', '费用类型',
    '项目类别', '发票项目', '发票类别', 'med_chrgitm_type', 'charge type', 'charge item type', 'fee type',
  ]),
  cnt: field('cnt', '数量', 'Quantity', 'decimal', [
    '数量', '总量', '使用数量', '发药数量', '收费数量', '计费数量', '数目', 'cnt', 'qty', 'quantity', 'count',
    'units', 'unit count', 'units billed', 'service units',
  ]),
  pric: field('pric', '单价', 'Unit price', 'decimal', [
    '单价', '价格', '收费单价', '项目单价', '药品单价', '单位价格', 'pric', 'price', 'unit price',
  ]),
  det_item_fee_sumamt: field('det_item_fee_sumamt', '明细项目费用总额', 'Line amount', 'amount', [
    '明细项目费用总额', '明细费用总额', '明细金额', '明细费用', '金额', '总金额', '费用金额', '费用总额',
    '项目金额', '合计金额', '收费金额', '计费金额', '发生金额', '费用合计', '总费用', '费用', 'det_item_fee_sumamt',
    'amount', 'amt', 'fee amount', 'line amount', 'total',
  ]),
  bilg_dept_code: field('bilg_dept_code', '开单科室', 'Ordering department', 'text', [
    '开单科室编码', '开单科室', '开方科室', '申请科室', '开单部门', '科室', 'bilg_dept_code', 'bilg_dept_codg',
    'billing dept', 'department', 'dept',
  ]),
  bilg_dr_code: field('bilg_dr_code', '开单医生', 'Ordering doctor', 'text', [
    '开单医生编码', '开单医师编码', '开单医生', '开单医师', '开方医生', '开方医师', '处方医生', '处方医师',
    '医生编码', '医师编码', '医生', '医师', 'bilg_dr_code', 'bilg_dr_codg', 'doctor', 'prescriber',
  ]),
  rxno: field('rxno', '处方号', 'Prescription No.', 'text', [
    '处方号', '处方编号', '处方流水号', '处方ID', '处方单号', 'rxno', 'rx no', 'prescription no',
  ]),
  prd_days: field('prd_days', '周期天数', 'Days supplied', 'int', [
    '周期天数', '用药天数', '用药周期', '疗程天数', '天数', 'prd_days', 'period days', 'days',
  ]),
  trace_code: field('trace_code', '药品追溯码', 'Drug trace code', 'text', [
    '药品追溯码', '追溯码', '药品溯源码', '溯源码', 'trace_code', 'trace code', '追溯码号', '药品追溯码号',
  ]),

  gend: field('gend', '性别', 'Sex', 'text', ['性别', '人员性别', 'gend', 'gender', 'sex', '患者性别', '参保人性别']),
  brdy: field('brdy', '出生日期', 'Birth date', 'date', [
    '出生日期', '出生年月日', '出生年月', '生日', 'brdy', 'birthday', 'birth date', 'date of birth', 'dob', '出生年月日期', '患者出生日期',
  ]),
  certno: field('certno', '身份证号', 'ID number', 'text', [
    '身份证号', '身份证号码', '公民身份号码', '身份证', '证件号码', '证件号', '证件编号', '身份证件号码',
    'certno', 'cert no', 'id number', 'id card', 'id card no', 'idcard',
  ]),
  psn_name: field('psn_name', '姓名', 'Name', 'text', [
    '姓名', '人员姓名', '参保人姓名', '患者姓名', '病人姓名', '就诊人姓名', '名字', '参保人', '患者',
    'psn_name', 'name', 'patient name', 'person name',
  ]),

  fixmedins_type: field('fixmedins_type', '定点医药机构类型', 'Institution type', 'text', [
    '定点医药机构类型', '医药机构类型', '医疗机构类型', '机构类型', '机构类别', '医疗机构类别', '定点类型',
    '医院类型', 'fixmedins_type', 'institution type', 'provider type',
  ]),
  admdvs: field('admdvs', '医保区划', 'Region', 'text', [
    '医保区划', '行政区划', '所属区划', '区划', '统筹区', '统筹区划', '所属统筹区', '所在地区', '地区',
    'admdvs', 'region', 'region code', 'area code',
  ]),
  open_beds: field('open_beds', '核定床位', 'Approved beds', 'int', [
    '核定床位', '核定床位数', '开放床位', '开放床位数', '实际开放床位', '编制床位', '床位数', '床位数量',
    'open_beds', 'beds', 'bed count', 'number of beds',
  ]),
  peer_group: field('peer_group', '同类组', 'Peer group', 'text', [
    '同类组', '同级同类', '对标组', '同行组', '分组', 'peer_group', 'peer group',
  ]),

  maindiag_flag: field('maindiag_flag', '主诊断标志', 'Main diagnosis flag', 'text', [
    '主诊断标志', '主要诊断标志', '主诊断标识', '是否主诊断', '诊断类别', '诊断类型', 'maindiag_flag',
    'main diagnosis flag',
  ]),
  death_date: field('death_date', '死亡日期', 'Date of death', 'date', [
    '死亡日期', '死亡时间', '死亡日', 'death_date', 'date of death', 'death time', 'dod', '死亡时间日期', '死亡登记日期', 'death date',
  ]),
} as const satisfies Record<string, CanonicalField>;

/** A canonical field name. */
export type CanonicalFieldName = keyof typeof FIELDS;
