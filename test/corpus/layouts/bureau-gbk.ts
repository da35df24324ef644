import iconv from 'iconv-lite';
import { buildWorld } from '../build-world';
import { CHINESE_DATE_SPELLINGS, isoTime, partsOf, spellDay } from '../corpus-days';
import { exportLines, exportOrder, lineAmount, splitPayment, visitTotal } from '../corpus-model';
import type { CorpusInstitution, CorpusVisit } from '../corpus-model';
import type { CaseFamily, CorpusLayout } from '../corpus-types';
import { csvText, groupedAmount } from '../csv-text';
import { plantCases } from '../plant-cases';

const INSTITUTIONS: readonly CorpusInstitution[] = [
  ['市第一人民医院', 3],
  ['市中医院', 3],
  ['市儿童医院', 3],
  ['江北区人民医院', 2],
  ['城东医院', 2],
  ['城西医院', 2],
  ['铁路医院', 2],
  ['东湖街道社区卫生服务中心', 1],
  ['西湖镇卫生院', 1],
  ['南山社区卫生服务中心', 1],
  ['北塘镇卫生院', 1],
  ['新城社区卫生服务中心', 1],
].map(([name, level], i) => ({
  code: `H32010${String(150 + i * 13).padStart(6, '0')}`,
  name: name as string,
  level: level as 1 | 2 | 3,
}));

const PLAN: readonly (readonly [CaseFamily, number])[] = [
  ['duplicate_charge', 4],
  ['frequency', 4],
  ['sex_specific', 4],
  ['child_only', 4],
  ['after_death', 4],
  ['split_admission', 4],
  ['charge_outside_stay', 4],
  ['institution_level', 4],
  ['visit_during_stay', 4],
  ['concurrent_admission', 4],
];

/**
 * (a) A city bureau's export: three GB18030 CSV files with Chinese headers. 结算主表 carries the person's
 * sex and birth date and the institution's level; dates in four spellings; amounts with thousands
 * separators; 医疗类别 as labels or codes. 费用明细 has neither institution nor visit id. A separate
 * death list.
 */
export function bureauGbkLayout(): CorpusLayout {
  const world = buildWorld({
    seed: 0xa11ce,
    persons: 260,
    institutions: INSTITUTIONS,
    scenes: [
      ['outpatient', 3],
      ['inpatient', 1],
    ],
    ids: {
      person: (n) => `3201${String(880_000_000 + n * 37).padStart(10, '0')}`,
      visit: (n) => `JS2024${String(n).padStart(8, '0')}`,
      line: (n) => `MX${String(n).padStart(10, '0')}`,
      doctor: (n) => `YS${String(n).padStart(5, '0')}`,
      trace: (n) => `T${n}`,
    },
    depts: ['内科', '外科', '心内科', '呼吸内科', '消化内科'],
  });
  const cases = plantCases(world, PLAN, 'a');
  const { prng } = world;
  const visits = exportOrder(world);
  const spelling = () => prng.pick(CHINESE_DATE_SPELLINGS);
  const careType = (v: CorpusVisit): string =>
    v.scene === 'inpatient' ? prng.pick(['住院', '普通住院', '21']) : prng.pick(['门诊', '普通门诊', '11']);
  const level = (l: number | undefined): string =>
    l === 3 ? prng.pick(['三级', '三级甲等']) : l === 2 ? '二级' : '一级';
  const settlements = csvText(
    [
      '结算流水号',
      '个人编号',
      '姓名',
      '性别',
      '出生日期',
      '医疗机构编码',
      '医疗机构名称',
      '医院等级',
      '医疗类别',
      '入院日期',
      '出院日期',
      '主要诊断编码',
      '主要诊断名称',
      '医疗费总额',
      '统筹支付',
      '个人账户支付',
      '现金支付',
      '经治医生',
    ],
    visits.map((v) => {
      const pay = splitPayment(v);
      const s = spelling();
      return [
        v.id,
        v.person.id,
        v.person.name,
        v.person.sex === 1 ? '男' : '女',
        spellDay(v.person.birth, spelling()),
        v.institution.code,
        v.institution.name,
        level(v.institution.level),
        careType(v),
        spellDay(v.begin, s),
        spellDay(v.end, s),
        v.diagnosis.code,
        v.diagnosis.zh,
        groupedAmount(visitTotal(v)),
        groupedAmount(pay.fund),
        groupedAmount(pay.account),
        groupedAmount(pay.cash),
        v.doctor,
      ];
    }),
  );
  const fees = csvText(
    ['结算流水号', '明细流水号', '医保项目编码', '项目名称', '费用发生时间', '数量', '单价', '金额'],
    exportLines(world).map(({ visit, line }) => {
      const { y, m, d } = partsOf(line.day);
      const time = isoTime(line.day, line.second);
      return [
        visit.id,
        line.id,
        line.item.code,
        line.item.zh,
        prng.chance(0.3) ? `${y}/${m}/${d} ${time.slice(11)}` : time,
        line.cnt,
        line.price.toFixed(2),
        groupedAmount(lineAmount(line)),
      ];
    }),
  );
  const deaths = csvText(
    ['个人编号', '姓名', '死亡日期'],
    world.persons
      .filter((p) => p.death !== undefined)
      .map((p) => [p.id, p.name, spellDay(p.death!, spelling())]),
  );
  const gbk = (name: string, text: string) => ({
    name,
    bytes: new Uint8Array(iconv.encode(text, 'gb18030')),
    mimeType: 'text/csv',
  });
  return {
    id: 'a-bureau-gbk',
    title: '市医保局 GBK 导出 / city bureau GBK export',
    files: [gbk('结算主表.csv', settlements), gbk('费用明细.csv', fees), gbk('死亡人员名单.csv', deaths)],
    cases,
    settlementIds: visits.map((v) => v.id),
  };
}
