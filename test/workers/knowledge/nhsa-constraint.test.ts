import { describe, expect, it } from 'vitest';
import { paramProblem } from '../../../workers/knowledge/kb-params';
import { parseNhsaRecord, type NhsaParseStatus } from '../../../workers/knowledge/nhsa-constraint';
import { CODES, nhsaRecord } from './nhsa-fixtures';

type Case = readonly [
  ruleClass: string,
  text: string,
  status: NhsaParseStatus,
  restrictions: readonly (readonly [string, string])[],
  frequencies?: readonly (readonly [string, number])[],
];

// Texts copied verbatim from ../shared/reference/nhsa-kb/all_records.json.
const CASES: readonly Case[] = [
  ['药品区分性别使用', '用于念珠菌性外阴阴道病。', 'parsed', [['sex', '2']]],
  ['药品区分性别使用', '用于男性勃起功能障碍。', 'parsed', [['sex', '1']]],
  ['药品区分性别使用', '限转移性激素敏感性前列腺癌(mHSPC)患者。', 'partial', [['sex', '1']]],
  ['药品区分性别使用', '避孕，3 年有效。', 'unparsed', []],
  [
    '药品区分性别使用',
    '本品用于更年期综合征属肝肾阴虚、心肝火旺证者，可改善烘热汗出，五心烦热，心悸，失眠。',
    'unparsed',
    [],
  ],
  ['医疗服务项目区分性别使用', '男性泌尿生殖系统相关检查', 'parsed', [['sex', '1']]],
  ['医疗服务项目区分性别使用', '女性孕产相关诊疗操作', 'parsed', [['sex', '2']]],
  [
    '药品儿童专用',
    '定惊消滞。用于小儿消化不良，不思饮食，二便不畅，夜寐不安。',
    'parsed',
    [['pediatric', '']],
  ],
  ['药品限儿童使用', '限儿童。', 'parsed', [['child', '']]],
  [
    '药品限儿童使用',
    '限5至12岁以下单纯性甲型和乙型流感儿童患者。',
    'partial',
    [
      ['child', '12'],
      ['age_min', '5'],
    ],
  ],
  [
    '药品限儿童使用',
    '限3-12岁特发性或先天性肺动脉高压患者。',
    'partial',
    [
      ['child', ''],
      ['age_min', '3'],
      ['age_max', '12'],
    ],
  ],
  [
    '药品限儿童使用',
    '限3岁及3岁以上伴有症状、无法手术的丛状神经纤维瘤(PN)的I型神经纤维瘤病(NF1)儿童患者。',
    'partial',
    [
      ['child', ''],
      ['age_min', '3'],
    ],
  ],
  [
    '药品限儿童使用',
    '限6-17岁儿童和青少年的注意缺陷多动障碍(ADHD)。',
    'parsed',
    [
      ['child', ''],
      ['age_min', '6'],
      ['age_max', '17'],
      ['indication', 'F90'],
    ],
  ],
  [
    '药品限儿童使用',
    '限：1.1岁至14岁儿童哮喘的预防和长期治疗；2.2岁至14岁儿童季节性过敏性鼻炎和常年性过敏性鼻炎。',
    'partial',
    [
      ['child', ''],
      ['age_min', '1'],
      ['age_max', '14'],
    ],
  ],
  ['医疗服务项目儿童专用', '新生儿专用项目', 'parsed', [['newborn', '28']]],
  ['医疗服务项目儿童专用', '婴儿专用项目', 'parsed', [['pediatric', '1']]],
  ['医疗服务项目儿童专用', '婴幼儿专用项目', 'parsed', [['pediatric', '3']]],
  ['医疗服务项目儿童专用', '小儿专用项目', 'parsed', [['pediatric', '']]],
  ['医疗服务项目儿童专用', '儿童专用项目', 'parsed', [['pediatric', '']]],
  ['手术项目未按规定折价收费', '肝胆手术组', 'parsed', [['surgery_group', '肝胆手术组']]],
  ['药品限工伤保险', '限工伤保险', 'parsed', [['work_injury', '']]],
  ['药品限生育保险', '限生育保险', 'parsed', [['maternity', '']]],
  ['药品限医疗机构级别', '限二级及以上医疗机构。', 'parsed', [['medins_lv', '2']]],
  ['药品限医疗机构级别', '限二级及以上医疗机构癌症患者。', 'partial', [['medins_lv', '2']]],
  [
    '药品限医疗机构级别',
    '限二甲双胍等口服降糖药或胰岛素控制效果不佳的BMI≥25的患者，首次处方时需由二级及以上医疗机构专科医师开具处方。',
    'unparsed',
    [],
  ],
  [
    '药品限就医方式',
    '需经营养风险筛查，明确具有营养风险，且不能经饮食或“肠内营养剂”补充足够营养的住院患者方予支付。',
    'parsed',
    [['med_type', 'inpatient']],
  ],
  ['药品限就医方式', '限急诊或住院患者。', 'unparsed', []],
  [
    '药品限就医方式',
    '限二级及以上医疗机构脑梗死恢复期患者，住院方可支付，单次最多支付14天。',
    'partial',
    [
      ['medins_lv', '2'],
      ['med_type', 'inpatient'],
      ['course_days', '14'],
    ],
  ],
  ['药品限支付疗程', '支付不超过14天。', 'parsed', [['course_days', '14']]],
  [
    '药品限支付疗程',
    '限新发的急性血栓性脑梗死，支付不超过14天。',
    'parsed',
    [
      ['course_days', '14'],
      ['indication', 'I63'],
    ],
  ],
  [
    '药品限支付疗程',
    '限二级及以上医疗机构肿瘤患者，单次住院最多支付14天。',
    'partial',
    [
      ['medins_lv', '2'],
      ['course_days', '14'],
    ],
  ],
  [
    '药品限支付疗程',
    '限以下情况方可支付，且支付不超过12个月：1.HER2阳性的局部晚期、炎性或早期乳腺癌患者的新辅助治疗；2.具有高复发风险HER2阳性早期乳腺癌患者的辅助治疗。',
    'unparsed',
    [],
  ],
  [
    '医疗服务项目限支付疗程',
    '支付不超过一年，每周最多支付一次。',
    'parsed',
    [['course_days', '365']],
    [['week', 1]],
  ],
  [
    '医疗服务项目限支付疗程',
    '总时间不超过90天，评定间隔时间不短于14天。',
    'parsed',
    [['course_days', '90']],
    [['14d', 1]],
  ],
  ['医疗服务项目周期超频次', '评定间隔时间不短于14天。（人社部发〔2016〕23号）', 'parsed', [], [['14d', 1]]],
  ['医疗服务项目周期超频次', '每周最多支付一次。（人社部发〔2016〕23号）', 'parsed', [], [['week', 1]]],
  ['医疗服务项目周期超频次', '诊疗规范：糖化血红蛋白水平反映近2-3个月的平均血糖水平。', 'unparsed', []],
  ['医疗服务项目限定频次', '小时', 'parsed', [], [['day', 24]]],
  ['医疗服务项目限定频次', '日', 'parsed', [], [['day', 1]]],
  ['医疗服务项目限年龄', '限法定就业年龄段患者', 'partial', [['age_min', '16']]],
  ['药品限二线使用', '限二线用药。', 'parsed', [['second_line', '']]],
  [
    '药品限二线使用',
    '限活动性类风湿关节炎患者的二线治疗。',
    'parsed',
    [
      ['second_line', ''],
      ['indication', 'M05,M06'],
    ],
  ],
  [
    '超互联网医院药品支付范围',
    '医疗机构开展互联网诊疗活动时，不得开具麻醉药品、精神药品等特殊管理药品的处方。',
    'parsed',
    [['internet_excluded', '']],
  ],
  [
    '中药饮片单方使用不予支付',
    '单独使用时统筹基金不予支付，且全部由这些饮片组成的处方统筹基金也不予支付。',
    'parsed',
    [['herbal_single', '']],
  ],
  ['中药饮片单复方均不予支付', '不得纳入基金支付范围的中药饮片', 'parsed', [['herbal_excluded', '']]],
  ['药品限适应症', '限艾滋病病毒感染。', 'parsed', [['indication', 'B20,B21,B22,B23,B24,Z21']]],
  ['药品限适应症', '限2型糖尿病患者。', 'parsed', [['indication', 'E11']]],
  ['药品限适应症', '限慢性乙型肝炎成人患者。', 'parsed', [['indication', 'B18.0,B18.1']]],
  ['药品限适应症', '限晚期原发性肝癌、晚期肺癌。', 'parsed', [['indication', 'C22,C34']]],
  ['药品限适应症', '限晚期非小细胞肺癌患者。', 'parsed', [['indication', 'C34']]],
  ['药品限适应症', '限肾细胞癌、黑色素瘤、癌性胸腹腔积液。', 'unparsed', []],
  ['药品限适应症', '限头孢菌素耐药或重症感染患者。', 'unparsed', []],
  ['药品限适应症', '限其他胰岛素或口服药难以控制的2型糖尿病患者。', 'unparsed', []],
  ['药品限适应症', '限2型糖尿病相关的慢性肾脏病成人患者。', 'unparsed', []],
  [
    '药品限适应症',
    '限成人以下感染方予支付：1.医院获得性肺炎(HAP)，但呼吸机相关性肺炎(VAP)除外；2.社区获得性肺炎(CAP)。',
    'unparsed',
    [],
  ],
];

describe('parseNhsaRecord over real NHSA texts', () => {
  for (const [ruleClass, text, status, restrictions, frequencies = []] of CASES) {
    it(`${ruleClass}「${text}」→ ${status}`, () => {
      const parse = parseNhsaRecord(nhsaRecord(ruleClass, text));
      expect(parse.status).toBe(status);
      expect(parse.rows.kb_restriction.map((r) => [r.kind, r.param])).toEqual(restrictions);
      expect(parse.rows.kb_frequency.map((r) => [r.period, r.max_cnt])).toEqual(frequencies);
      for (const row of parse.rows.kb_restriction) expect(paramProblem(row.kind, row.param)).toBeUndefined();
      if (status === 'parsed') expect(parse.unparsed).toEqual([]);
      else expect(parse.unparsed.length).toBeGreaterThan(0);
    });
  }

  it('reports what it cannot read with the record, its batch and row, its class and the text', () => {
    const parse = parseNhsaRecord(nhsaRecord('药品限适应症', '限头孢菌素耐药或重症感染患者。'));
    expect(parse.unparsed).toEqual([
      expect.objectContaining({
        kp_id: 'KP-0000000000000001',
        batch: '第1批',
        file: '第一批-1.药品区分性别使用.xlsx',
        row: 12,
        rule_class: '药品限适应症',
        part: 'indication',
        text: '限头孢菌素耐药或重症感染患者。',
      }),
    ]);
    expect(parse.unparsed[0]?.reason.zh).toContain('头孢菌素耐药');
    expect(parse.unparsed[0]?.reason.en).toContain('outside the indication dictionary');
  });

  it('refuses a text naming both sexes instead of picking one', () => {
    // Constructed: no published text names both; the rule must still hold.
    const parse = parseNhsaRecord(nhsaRecord('药品区分性别使用', '用于前列腺炎及阴道炎。'));
    expect(parse.status).toBe('unparsed');
    expect(parse.unparsed[0]?.reason.zh).toContain('阴道');
  });

  it('writes one row per code, each citing batch, file, row and knowledge point', () => {
    const parse = parseNhsaRecord(
      nhsaRecord('药品区分性别使用', '用于念珠菌性外阴阴道病。', { med_codes: [CODES.drug, CODES.drug2] }),
    );
    expect(parse.rows.kb_restriction).toEqual([
      {
        code: CODES.drug,
        kind: 'sex',
        param: '2',
        source: 'NHSA 第1批 第一批-1.药品区分性别使用.xlsx 行 12 (KP-0000000000000001)',
      },
      {
        code: CODES.drug2,
        kind: 'sex',
        param: '2',
        source: 'NHSA 第1批 第一批-1.药品区分性别使用.xlsx 行 12 (KP-0000000000000001)',
      },
    ]);
    const update = parseNhsaRecord(
      nhsaRecord('药品限工伤保险', '限工伤保险', {
        batch: null,
        batch_tag: 'updates_2026-01',
        source: { attachment_file: '4.“药品限工伤保险”规则对应知识点明细.xlsx', row: 3 },
      }),
    );
    expect(update.rows.kb_restriction[0]?.source).toBe(
      'NHSA 2026-01更新 4.“药品限工伤保险”规则对应知识点明细.xlsx 行 3 (KP-0000000000000001)',
    );
  });

  it('turns 医疗服务项目重复收费 into an exclusive pair of its two codes', () => {
    const parse = parseNhsaRecord(
      nhsaRecord('医疗服务项目重复收费', '含监护、床位、诊查、护理', {
        med_codes: [CODES.service, CODES.service2],
      }),
    );
    expect(parse.rows.kb_exclusive_pair).toEqual([
      {
        code_a: CODES.service,
        code_b: CODES.service2,
        window: 'visit',
        source: expect.stringContaining('KP-'),
      },
    ]);
    expect(parseNhsaRecord(nhsaRecord('医疗服务项目重复收费', '含取材、植皮')).status).toBe('unparsed');
  });

  it('gives no rows for an unknown class or a record without codes', () => {
    expect(parseNhsaRecord(nhsaRecord('药品限外星人使用', '限火星。')).status).toBe('unparsed');
    const note = parseNhsaRecord(nhsaRecord('医疗服务项目区分性别使用', null, { med_codes: [] }));
    expect(note.status).toBe('unparsed');
    expect(note.rows.kb_restriction).toEqual([]);
  });
});
