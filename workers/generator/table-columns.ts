/** The tables a generated dataset has. */
export const GENERATED_TABLES = ['psn', 'medins', 'setl', 'fee', 'kb_restriction'] as const;

/** The tables a dataset has on top of GENERATED_TABLES when scenarios are planted. */
export const SCENARIO_TABLES = ['kb_price_cap', 'death', 'answers'] as const;

/** A generated table name. */
export type GeneratedTable = (typeof GENERATED_TABLES)[number] | (typeof SCENARIO_TABLES)[number];

/** The fee column written only when scenarios are planted (after the others). */
export const TRACE_COLUMN = ['trace_code', '药品追溯码'] as const;

/** The setl columns written only when scenarios are planted (after the others): DRG group, complication. */
export const DRG_COLUMNS = [
  ['drg_code', 'DRG分组'],
  ['cc_flag', '并发症标识'],
] as const;

/** Column names per table: national field name and the Chinese header an extract would carry. */
export const COLUMNS = {
  psn: [
    ['psn_no', '人员编号'],
    ['psn_name', '姓名'],
    ['gend', '性别'],
    ['brdy', '出生日期'],
    ['certno', '身份证号'],
    ['insutype', '险种类型'],
    ['insu_admdvs', '参保地医保区划'],
  ],
  medins: [
    ['fixmedins_code', '定点医药机构编号'],
    ['fixmedins_name', '定点医药机构名称'],
    ['fixmedins_type', '机构类型'],
    ['medins_lv', '医疗机构等级'],
    ['admdvs', '医保区划'],
    ['open_beds', '核定床位数'],
    ['peer_group', '同类机构分组'],
  ],
  setl: [
    ['setl_id', '结算ID'],
    ['mdtrt_id', '就诊ID'],
    ['psn_no', '人员编号'],
    ['fixmedins_code', '定点医药机构编号'],
    ['fixmedins_name', '定点医药机构名称'],
    ['medins_lv', '医疗机构等级'],
    ['insutype', '险种类型'],
    ['med_type', '医疗类别'],
    ['begndate', '入院日期'],
    ['enddate', '出院日期'],
    ['setl_time', '结算时间'],
    ['dise_codg', '主诊断编码'],
    ['dise_name', '主诊断名称'],
    ['medfee_sumamt', '医疗费总额'],
    ['hifp_pay', '统筹基金支出'],
    ['fund_pay_sumamt', '基金支付总额'],
    ['acct_pay', '个人账户支出'],
    ['psn_cash_pay', '个人现金支出'],
    ['insu_admdvs', '参保地医保区划'],
    ['mdtrt_admdvs', '就医地医保区划'],
    ['adm_dept_codg', '入院科室'],
    ['dscg_dept_codg', '出院科室'],
    ['atddr_no', '主治医师编码'],
    ['bedno', '床位号'],
  ],
  fee: [
    ['feedetl_sn', '费用明细流水号'],
    ['setl_id', '结算ID'],
    ['mdtrt_id', '就诊ID'],
    ['psn_no', '人员编号'],
    ['fixmedins_code', '定点医药机构编号'],
    ['fee_ocur_time', '费用发生时间'],
    ['hilist_code', '医保目录编码'],
    ['hilist_name', '医保目录名称'],
    ['list_type', '目录类别'],
    ['med_chrgitm_type', '收费项目类别'],
    ['cnt', '数量'],
    ['pric', '单价'],
    ['det_item_fee_sumamt', '明细项目费用总额'],
    ['bilg_dept_code', '开单科室'],
    ['bilg_dr_code', '开单医生'],
  ],
  kb_restriction: [
    ['code', '目录编码'],
    ['kind', '限制类别'],
    ['param', '限制参数'],
    ['source', '来源'],
  ],
  kb_price_cap: [
    ['code', '目录编码'],
    ['medins_lv', '医疗机构等级'],
    ['max_pric', '最高限价'],
    ['source', '来源'],
  ],
  death: [
    ['psn_no', '人员编号'],
    ['certno', '身份证号'],
    ['death_date', '死亡日期'],
  ],
  answers: [
    ['scenario', '场景'],
    ['level', '层级'],
    ['setl_id', '结算ID'],
    ['feedetl_sn', '费用明细流水号'],
    ['psn_no', '人员编号'],
    ['fixmedins_code', '定点医药机构编号'],
    ['amount', '涉及金额'],
  ],
} as const satisfies Record<GeneratedTable, readonly (readonly [string, string])[]>;

/**
 * The header row of a table in a header style; `planting` (scenarios on) adds TRACE_COLUMN to `fee`
 * and DRG_COLUMNS to `setl`.
 */
export function headerOf(table: GeneratedTable, style: 'code' | 'zh', planting = false): string[] {
  const columns =
    planting && table === 'fee'
      ? [...COLUMNS.fee, TRACE_COLUMN]
      : planting && table === 'setl'
        ? [...COLUMNS.setl, ...DRG_COLUMNS]
        : COLUMNS[table];
  return columns.map(([code, zh]) => (style === 'code' ? code : zh));
}
