import { describe, expect, it } from 'vitest';
import type { MappingProposal } from '../../../workers/api';
import { draftForTarget, initialDraft, withColumn } from '../../../src/state/target-mapping';

const proposal: MappingProposal = {
  mapping: { source: 'raw_fee', target: 'fee', columns: { feedetl_sn: '明细流水号', cnt: '数量' } },
  matches: {
    feedetl_sn: { column: '明细流水号', score: 0.9, reason: 'header-fuzzy' },
    cnt: { column: '数量', score: 1, reason: 'header' },
  },
  targets: [
    { target: 'fee', score: 0.6 },
    { target: 'setl', score: 0.2 },
  ],
};

const columns = [
  { name: '明细流水号', type: 'VARCHAR' },
  { name: '结算流水号', type: 'VARCHAR' },
  { name: '人员编号', type: 'VARCHAR' },
  { name: '数量', type: 'VARCHAR' },
  { name: '医疗费总额', type: 'VARCHAR' },
];

describe('mapping drafts', () => {
  it('starts from the proposal, or from the mapping already in force', () => {
    expect(initialDraft(proposal)).toEqual({
      mapping: proposal.mapping,
      matches: proposal.matches,
      toConfirm: [],
      also: [],
    });
    const current = {
      source: 'raw_fee',
      target: 'fee' as const,
      columns: { feedetl_sn: '明细流水号', cnt: '人员编号' },
    };
    const draft = initialDraft(proposal, current);
    expect(draft.mapping).toBe(current);
    // The reason stays only where the user's mapping agrees with the proposal.
    expect(Object.keys(draft.matches)).toEqual(['feedetl_sn']);
  });

  it('matches headers for a target the kernel did not propose, one column per field', () => {
    const draft = draftForTarget('setl', 'raw_fee', columns, proposal);
    expect(draft.mapping.target).toBe('setl');
    expect(draft.mapping.source).toBe('raw_fee');
    expect(draft.mapping.columns).toMatchObject({
      setl_id: '结算流水号',
      psn_no: '人员编号',
      medfee_sumamt: '医疗费总额',
    });
    expect(draft.matches.setl_id).toMatchObject({ column: '结算流水号', reason: 'header' });
    const used = Object.values(draft.mapping.columns);
    expect(new Set(used).size).toBe(used.length);
  });

  it('returns to the proposal when its target is chosen again', () => {
    expect(draftForTarget('fee', 'raw_fee', columns, proposal).mapping).toBe(proposal.mapping);
  });

  it('maps, remaps and unmaps a field, dropping the reason the user overrode', () => {
    const start = initialDraft(proposal);
    const remapped = withColumn(start, 'cnt', '人员编号');
    expect(remapped.mapping.columns.cnt).toBe('人员编号');
    expect(remapped.matches.cnt).toBeUndefined();
    expect(remapped.matches.feedetl_sn).toBeDefined();
    const unmapped = withColumn(remapped, 'feedetl_sn', '');
    expect('feedetl_sn' in unmapped.mapping.columns).toBe(false);
    expect(start.mapping.columns.cnt).toBe('数量');
  });
});
