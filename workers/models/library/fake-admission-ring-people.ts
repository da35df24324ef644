/**
 * 虚假住院团伙 per person: the members of the admission groups `fake-admission-ring` finds, each scored
 * at the institution where their score is highest. Score = stays admitted together × signals (short
 * stays, uniform stays, little treatment; see `fake-admission-ring-sql.ts`); 0 (dropped) when no signal
 * holds. Kept as a model of its own so that ranks compare people with people, not with institutions.
 */
import { defineModel, type ModelParameterValue } from '../../../core/models/model-types';
import { msg } from '../../../core/shared/msg';
import { RING_NEEDS, RING_PARAMETERS, ringCtes, treatShareText } from './fake-admission-ring-sql';

function build(p: Readonly<Record<string, ModelParameterValue>>) {
  const share = treatShareText('m.treat_share');
  const ctes = `WITH ${ringCtes(p)},
best AS (
  SELECT psn_no, arg_max(inst, member_score) AS inst FROM members WHERE member_score > 0 GROUP BY psn_no
)`;
  return {
    sql: `${ctes}
SELECT 'person' AS entity_type, m.psn_no AS entity_id, m.member_score::DOUBLE AS score, m.inst AS institution,
  m.partners, m.shared_stays AS group_stays, m.mean_los, m.los_sd, m.treat_share,
  printf('与 %d 名同伴在机构 %s %d 次同批入院，平均住院 %.1f 天（标准差 %.1f 天），', m.partners, m.inst,
    m.shared_stays, m.mean_los, m.los_sd) || ${share.zh} AS explain_zh,
  printf('admitted together with %d partners %d times at %s, mean stay %.1f days (spread %.1f), ', m.partners,
    m.shared_stays, m.inst, m.mean_los, m.los_sd) || ${share.en} AS explain_en
FROM members m JOIN best USING (psn_no, inst)`,
    links: `${ctes}
SELECT r.psn_no AS entity_id, r.setl_id, r.psn_no, r.begndate
FROM ring_stays r JOIN best USING (psn_no, inst) ORDER BY entity_id, begndate`,
  };
}

/** 虚假住院团伙 (people): who is admitted together repeatedly with short uniform stays and little treatment. */
export const FAKE_ADMISSION_RING_PEOPLE = defineModel({
  id: 'fake-admission-ring-people',
  family: 'nhsa-bigdata',
  name: msg('虚假住院团伙（人员）', 'Fake admission rings (people)'),
  description: msg(
    '找出与同一批同伴多次同日（±1 天）在同一机构入院、住院短且天数一致、几乎没有实质治疗的参保人；按人员排序',
    'Finds insured people admitted together with the same partners (same day ± 1) again and again at one institution, with short uniform stays and little substantive treatment; ranks people',
  ),
  entity: 'person',
  needs: RING_NEEDS,
  parameters: RING_PARAMETERS,
  indicators: [
    {
      name: 'institution',
      label: msg('机构', 'Institution'),
      format: 'text',
      description: msg('同批入院的机构', 'Where they were admitted together'),
    },
    {
      name: 'partners',
      label: msg('同伴数', 'Partners'),
      format: 'count',
      description: msg('多次与其同批入院的人数', 'People admitted together with them repeatedly'),
    },
    {
      name: 'group_stays',
      label: msg('同批住院次数', 'Stays admitted together'),
      format: 'count',
      description: msg('与同伴同批入院的住院次数', 'Their stays admitted together with partners'),
    },
    {
      name: 'mean_los',
      label: msg('平均住院日', 'Mean stay'),
      format: 'days',
      description: msg(
        '这些住院的平均天数：虚假住院住得短',
        'Mean length of these stays: fake stays are short',
      ),
    },
    {
      name: 'los_sd',
      label: msg('住院日标准差', 'Spread of stays'),
      format: 'days',
      description: msg(
        '住院天数的标准差：每次都一样长是按套路安排的迹象',
        'Standard deviation of the stays: the same length every time points at a script',
      ),
    },
    {
      name: 'treat_share',
      label: msg('治疗费占比', 'Treatment share'),
      format: 'share',
      description: msg(
        '治疗、手术、卫材和药品占费用的比例',
        'Treatment, surgery, consumables and drugs as a share of the bill',
      ),
    },
  ],
  basis: msg(
    '国家医保局“虚假住院”大数据模型（2023 年 6 月通报）：同一批人集中入院、住院短且一致、无实质治疗',
    "NHSA's fake-hospitalisation big-data model (briefing of June 2023): the same people admitted in groups, short uniform stays, no substantive treatment",
  ),
  chart: { kind: 'people-dates' },
  build,
});
