import { describe, expect, it } from 'vitest';
import { buildNhsaSample } from '../../../workers/knowledge/nhsa-sample-build';
import { resolveNhsaRecords } from '../../../workers/knowledge/nhsa-resolve';
import { CODES, nhsaRecord } from './nhsa-fixtures';

const old = nhsaRecord('药品限医疗机构级别', '限二级及以上医疗机构。', {
  kp_id: 'KP-00000000000000aa',
  batch: 5,
  batch_tag: 'batch_05',
  source: { attachment_file: '第五批 药品限医疗机构级别.xlsx', row: 7 },
});
const update = nhsaRecord(
  '药品限医疗机构级别',
  '限二甲双胍等口服降糖药或胰岛素控制效果不佳的BMI≥25的患者，首次处方时需由二级及以上医疗机构专科医师开具处方。',
  {
    kp_id: 'KP-00000000000000bb',
    batch: null,
    batch_tag: 'updates_2026-01',
    published_at: '2026-01-28',
    supersedes: 'KP-00000000000000aa',
    source: { attachment_file: '7.“药品限医疗机构级别”规则对应知识点明细.xlsx', row: 3 },
  },
);

describe('supersede and precedence of NHSA records', () => {
  it('drops superseded records and orders the rest oldest first (undated batches before dated ones)', () => {
    const later = nhsaRecord('药品限适应症', '限2型糖尿病患者。', {
      kp_id: 'KP-00000000000000cc',
      batch: 12,
      batch_tag: 'batch_12',
      published_at: '2026-05-23',
    });
    const { current, superseded } = resolveNhsaRecords([later, update, old]);
    expect(current.map((r) => r.kp_id)).toEqual(['KP-00000000000000bb', 'KP-00000000000000cc']);
    expect(superseded.map((r) => r.kp_id)).toEqual(['KP-00000000000000aa']);
  });

  it('ships no row of a superseded record, even when its replacement cannot be parsed', () => {
    const build = buildNhsaSample([old, update]);
    expect(build.sample.kb_restriction).toEqual([]);
    expect(build.stats.find((s) => s.rule_class === '药品限医疗机构级别')).toMatchObject({
      records: 1,
      superseded: 1,
      unparsed: 1,
      sampled: 0,
    });
  });

  it('lets the later batch win for the same code and kind across rule classes', () => {
    const sexBatch1 = nhsaRecord('药品区分性别使用', '限转移性激素敏感性前列腺癌(mHSPC)患者。', {
      kp_id: 'KP-0000000000000001',
      med_codes: [CODES.drug],
    });
    const early = nhsaRecord('药品限儿童使用', '限6-17岁儿童和青少年的注意缺陷多动障碍(ADHD)。', {
      kp_id: 'KP-0000000000000002',
      med_codes: [CODES.drug],
    });
    const indicationBatch12 = nhsaRecord('药品限适应症', '限2型糖尿病患者。', {
      kp_id: 'KP-0000000000000003',
      med_codes: [CODES.drug],
      batch: 12,
      batch_tag: 'batch_12',
      published_at: '2026-05-23',
      source: { attachment_file: '第十二批“药品限适应症”规则对应部分知识点明细.xlsx', row: 9 },
    });
    const build = buildNhsaSample([indicationBatch12, early, sexBatch1]);
    const indication = build.sample.kb_restriction.filter((r) => r.kind === 'indication');
    expect(indication).toEqual([
      {
        code: CODES.drug,
        kind: 'indication',
        param: 'E11',
        source: 'NHSA 第12批 第十二批“药品限适应症”规则对应部分知识点明细.xlsx 行 9 (KP-0000000000000003)',
      },
    ]);
    expect(build.sample.kb_restriction.map((r) => r.kind).sort()).toEqual([
      'age_max',
      'age_min',
      'child',
      'indication',
      'sex',
    ]);
  });
});
