import { defineModel } from '../../../core/models/model-types';
import { msg } from '../../../core/shared/msg';
import { INSTITUTION_PEERS_SQL, pctText, robustZSql, Z_THRESHOLD_PARAMETER } from './peer-sql';

/**
 * 高套编码 (DRG upcoding): an institution whose share of stays grouped "with complications" is far above its
 * peer group's, and whose complicated stays did not cost more than uncomplicated ones. Entity: the
 * institution (its drill-down lists its CC/MCC stays).
 *
 * A CHS-DRG code's last character marks the complication level (CHS-DRG 1.1/2.0 naming: 1 with severe
 * complications or comorbidities (MCC), 3 with complications (CC), 5 without; 7 and 9 — death or transfer,
 * not distinguished — carry no complication level and are left out, as are codes ending otherwise, e.g. DIP
 * groups, which mark none). `count` chooses whether CC counts with MCC. Per institution with at least
 * `min_stays` graded stays:
 *   cc_share    = complicated stays / graded stays; z = its robust z within the peer group
 *                 (`medins.peer_group`, else level × type; groups of fewer than `min_peers` not scored)
 *   unsupported = share of its complicated stays that cost no more (`setl.medfee_sumamt`) than the median
 *                 uncomplicated stay of the same ADRG (the code without its last character) in the peer group:
 *                 a complication coded without the fee lines a complication brings (NULL without amounts)
 *   score       = min(z, `cap`) × (1 + unsupported), when z ≥ `z`; else 0.
 */
export const upcodingModel = defineModel({
  id: 'upcoding',
  family: 'nhsa-bigdata',
  name: msg('DRG 高套编码', 'DRG upcoding'),
  description: msg(
    '各机构住院病例中伴并发症（CC/MCC）病组的占比与同类机构对比（稳健 z 值）；并核对这些病例的费用是否高于同一核心病组无并发症病例——有并发症却无相应费用，提示编码高套。',
    'Each institution’s share of stays grouped with complications (CC/MCC) against its peer group (robust z), and whether those stays cost more than uncomplicated stays of the same core group — a complication without the fees one brings suggests upcoding.',
  ),
  entity: 'institution',
  needs: {
    fields: { setl: ['setl_id', 'fixmedins_code', 'drg_code'], medins: ['fixmedins_code'] },
  },
  parameters: [
    Z_THRESHOLD_PARAMETER,
    {
      name: 'min_stays',
      label: msg('机构最少住院病例数', 'Minimum graded stays per institution'),
      kind: 'integer',
      default: 30,
      min: 1,
      max: 100000,
      reason: msg(
        '少于 30 例时每一例就让占比变动 3 个百分点以上，偶然波动会被当作异常。',
        'Below 30 stays each stay moves the share by more than 3 points, so chance looks like a signal.',
      ),
    },
    {
      name: 'min_peers',
      label: msg('同类组最少机构数', 'Minimum institutions per peer group'),
      kind: 'integer',
      default: 5,
      min: 3,
      max: 1000,
      reason: msg(
        '少于 5 家机构的中位数和 MAD 不足以说明什么是常态。',
        'The median and MAD of fewer than five institutions do not say what is usual.',
      ),
    },
    {
      name: 'cap',
      label: msg('z 值上限', 'Cap on z'),
      kind: 'number',
      default: 20,
      min: 1,
      max: 1000,
      reason: msg(
        '同类机构几乎一致时 z 值可能极大；封顶后按无依据占比区分机构。',
        'When peers are nearly identical z can be huge; capped, the unsupported share separates institutions.',
      ),
    },
    {
      name: 'count',
      label: msg('计入的并发症级别', 'Complication levels counted'),
      kind: 'choice',
      default: 'cc-and-mcc',
      choices: ['cc-and-mcc', 'mcc-only'],
      reason: msg(
        '钦州案例中高套表现为 CC/MCC 合计占比（57.89%），故默认两者合计。',
        'In the Qinzhou case upcoding showed as the combined CC/MCC share (57.89%), so both count by default.',
      ),
    },
  ],
  indicators: [
    {
      name: 'stays',
      label: msg('分级住院病例', 'Graded stays'),
      format: 'count',
      description: msg('末位为 1/3/5 的 DRG 病例数', 'Stays whose DRG code ends in 1, 3 or 5'),
    },
    {
      name: 'cc_share',
      label: msg('并发症病组占比', 'Complicated share'),
      format: 'share',
      description: msg('伴并发症病组病例 ÷ 分级病例', 'Stays grouped with complications ÷ graded stays'),
    },
    {
      name: 'peer_share',
      label: msg('同类中位占比', 'Peer median share'),
      format: 'share',
      description: msg('同类组机构占比的中位数', 'Median share among the peer group'),
    },
    {
      name: 'z_score',
      label: msg('稳健 z 值', 'Robust z'),
      format: 'number',
      description: msg('(占比 − 同类中位数) ÷ (1.4826 × MAD)', '(share − peer median) ÷ (1.4826 × MAD)'),
    },
    {
      name: 'percentile',
      label: msg('同类百分位', 'Peer percentile'),
      format: 'share',
      description: msg('占比在同类组中的百分位', 'Percent rank of the share within the peer group'),
    },
    {
      name: 'unsupported_share',
      label: msg('无费用支撑占比', 'Unsupported share'),
      format: 'share',
      description: msg(
        '费用不高于同类组同核心病组无并发症中位费用的并发症病例占比（无金额时为空）',
        'Complicated stays costing no more than the peer group’s median uncomplicated stay of the same core group (empty without amounts)',
      ),
    },
    {
      name: 'peer_group',
      label: msg('同类组', 'Peer group'),
      format: 'text',
      description: msg('同类组（peer_group，或级别 × 类型）', 'Peer group (peer_group, or level × type)'),
    },
  ],
  basis: msg(
    '国家医保局 DRG/DIP 高套编码监测：机构伴并发症病例占比远高于同类机构（钦州某乡镇卫生院 CC/MCC 占比 57.89%）。',
    'NHSA DRG/DIP upcoding monitoring: a hospital’s share of CC/MCC cases far above its peers (a Qinzhou township hospital at 57.89%).',
  ),
  chart: { kind: 'peer-dots', indicator: 'cc_share' },
  build: (p) => {
    const levels = p.count === 'mcc-only' ? `('1')` : `('1', '3')`;
    const st = `
      SELECT s.setl_id, trim(s.fixmedins_code) AS inst, pe.peer,
        left(trim(s.drg_code), length(trim(s.drg_code)) - 1) AS adrg,
        right(trim(s.drg_code), 1) IN ${levels} AS cc, right(trim(s.drg_code), 1) = '5' AS plain,
        CAST(s.medfee_sumamt AS DOUBLE) AS cost
      FROM setl s JOIN (${INSTITUTION_PEERS_SQL}) pe ON pe.fixmedins_code = trim(s.fixmedins_code)
      WHERE right(trim(s.drg_code), 1) IN ('1', '3', '5') AND length(trim(s.drg_code)) >= 2`;
    return {
      sql: `
WITH st AS (${st}),
ref AS (SELECT peer, adrg, median(cost) AS plain_cost FROM st WHERE plain AND cost IS NOT NULL GROUP BY ALL),
h AS (
  SELECT st.inst AS entity_id, any_value(st.peer) AS peer, count(*) AS stays, avg(CAST(st.cc AS INTEGER)) AS v,
    count(*) FILTER (WHERE st.cc AND ref.plain_cost IS NOT NULL AND st.cost IS NOT NULL) AS judged,
    count(*) FILTER (WHERE st.cc AND st.cost <= ref.plain_cost) AS unsupported
  FROM st LEFT JOIN ref USING (peer, adrg) GROUP BY st.inst HAVING count(*) >= ${Number(p.min_stays)}
),
z AS (${robustZSql(`(SELECT peer, entity_id, 'cc' AS ind, v FROM h)`, Number(p.min_peers))}),
r AS (SELECT z.*, h.stays, h.unsupported / nullif(h.judged, 0) AS u FROM z JOIN h USING (entity_id))
SELECT 'institution' AS entity_type, entity_id,
  CASE WHEN z >= ${Number(p.z)} THEN least(z, ${Number(p.cap)}) * (1 + coalesce(u, 0)) ELSE 0 END AS score,
  stays, round(v, 4) AS cc_share, round(med, 4) AS peer_share, round(z, 2) AS z_score, round(pct, 4) AS percentile,
  round(u, 4) AS unsupported_share, peer AS peer_group,
  printf('%d 例分级住院中伴并发症病组占 %s，同类组（%s，%d 家）中位数 %s，稳健 z %.1f；并发症病例中 %s 的费用不高于同核心病组无并发症病例中位数',
    stays, ${pctText('v')}, peer, peers, ${pctText('med')}, z, ${pctText('u')}) ||
    CASE WHEN u IS NULL THEN '（无金额，未核对费用）' ELSE '' END AS explain_zh,
  printf('%s of %d graded stays grouped with complications against a median %s in the peer group (%s, %d institutions), robust z %.1f; %s of those stays cost no more than the median uncomplicated stay of the same core group',
    ${pctText('v')}, stays, ${pctText('med')}, peer, peers, z, ${pctText('u')}) ||
    CASE WHEN u IS NULL THEN ' (no amounts: costs not checked)' ELSE '' END AS explain_en
FROM r WHERE z IS NOT NULL`,
      links: `
WITH st AS (${st})
SELECT inst AS entity_id, setl_id FROM st WHERE cc`,
    };
  },
});
