import { describe, expect, it } from 'vitest';
import { DEFAULT_NULL_SPELLINGS } from '../../../core/mapping/null-spellings';
import { proposeMapping } from '../../../workers/mapping/propose-mapping';
import {
  canApply,
  draftForTarget,
  fieldsReading,
  finalMapping,
  initialDraft,
  nullsText,
  withAlso,
  withColumn,
  withConfirmed,
  withConstant,
  withNulls,
} from '../../../src/state/target-mapping';

/** A small English claims extract (CMS-style headers), proposed by the real mapper. */
function claimsProposal() {
  const headers = [
    'ClaimID',
    'BeneID',
    'AdmissionDt',
    'DischargeDt',
    'InscClaimAmtReimbursed',
    'DOB',
    'Gender',
    'DOD',
  ];
  const gen: ((i: number) => string)[] = [
    (i) => `CLM${1000 + i}`,
    (i) => `BENE${100 + (i % 4)}`,
    (i) => `2009-03-${10 + (i % 9)}`,
    (i) => `2009-03-${20 + (i % 9)}`,
    (i) => `${1000 + i * 10}`,
    (i) => `19${40 + (i % 4)}-01-01`,
    (i) => String(1 + (i % 2)),
    () => 'NA',
  ];
  const samples = Object.fromEntries(
    headers.map((h, c) => [h, Array.from({ length: 12 }, (_, i) => gen[c]!(i))]),
  );
  const columns = headers.map((name) => ({ name, type: 'VARCHAR' }));
  return { columns, proposal: proposeMapping('raw_claims', columns, samples) };
}

describe('mapping drafts: confirmation', () => {
  it('starts with the proposal’s uncertain fields waiting, and applies only once they are confirmed', () => {
    const { proposal } = claimsProposal();
    const draft = initialDraft(proposal);
    expect(draft.toConfirm).toEqual(['setl.mdtrt_id', 'setl.med_type']);
    expect(canApply(draft)).toBe(false);
    const one = withConfirmed(draft, 'setl.med_type');
    expect(one.toConfirm).toEqual(['setl.mdtrt_id']);
    expect(canApply(one)).toBe(false);
    expect(canApply(withConfirmed(one, 'setl.mdtrt_id'))).toBe(true);
    expect(withConfirmed(draft).toConfirm).toEqual([]);
  });

  it('counts a user’s pick as a confirmation', () => {
    const draft = initialDraft(claimsProposal().proposal);
    expect(withColumn(draft, 'mdtrt_id', 'ClaimID').toConfirm).toEqual(['setl.med_type']);
    expect(withColumn(draft, 'mdtrt_id', '').mapping.columns.mdtrt_id).toBeUndefined();
  });

  it('asks to confirm weak header matches when the user switches table', () => {
    const { columns, proposal } = claimsProposal();
    const draft = draftForTarget('psn', 'raw_claims', columns, proposal);
    expect(draft.mapping.columns).toEqual({ psn_no: 'BeneID', gend: 'Gender', brdy: 'DOB' });
    expect(draft.matches.brdy?.evidence?.en).toBe('header "DOB" is "dob", a synonym of Birth date (brdy)');
    expect(draft.toConfirm).toEqual([]);
    expect(draft.also).toEqual([]);
  });
});

describe('mapping drafts: constants and shared columns', () => {
  it('holds the proposed constant, and lets a field take a constant instead of a column', () => {
    const draft = withConfirmed(initialDraft(claimsProposal().proposal));
    expect(draft.mapping.constants).toEqual({ med_type: '21' });
    const typed = withConstant(draft, 'insutype', '310');
    expect(finalMapping(typed).constants).toEqual({ med_type: '21', insutype: '310' });
    // A constant replaces the field's column; a column replaces its constant.
    const begin = withConstant(draft, 'begndate', '2009-01-01');
    expect(begin.mapping.columns.begndate).toBeUndefined();
    expect(begin.matches.begndate).toBeUndefined();
    const back = withColumn(begin, 'begndate', 'AdmissionDt');
    expect(back.mapping.constants).toEqual({ med_type: '21' });
    expect(back.mapping.columns.begndate).toBe('AdmissionDt');
    // A constant being typed (still empty) is not applied.
    expect(finalMapping(withConstant(draft, 'insutype', '')).constants).toEqual({ med_type: '21' });
    expect(finalMapping(withColumn(draft, 'med_type', '')).constants).toBeUndefined();
  });

  it('lets one column feed several fields', () => {
    const draft = initialDraft(claimsProposal().proposal);
    expect(fieldsReading(draft, 'ClaimID')).toEqual(['setl_id', 'mdtrt_id']);
    const both = withColumn(draft, 'setl_time', 'DischargeDt');
    expect(fieldsReading(both, 'DischargeDt')).toEqual(['enddate', 'setl_time']);
  });
});

describe('mapping drafts: derived tables and null spellings', () => {
  it('lists the derived tables, switched on, and switches one off', () => {
    const draft = initialDraft(claimsProposal().proposal);
    expect(draft.also.map((a) => [a.proposal.mapping.target, a.enabled])).toEqual([
      ['psn', true],
      ['death', true],
    ]);
    expect(draft.mapping.also?.map((a) => a.target)).toEqual(['psn', 'death']);
    const off = withAlso(draft, 'death', false);
    expect(off.mapping.also).toEqual([
      { target: 'psn', columns: { psn_no: 'BeneID', gend: 'Gender', brdy: 'DOB' } },
    ]);
    expect(withAlso(withAlso(off, 'psn', false), 'psn', true).mapping.also?.map((a) => a.target)).toEqual([
      'psn',
    ]);
    expect(withAlso(off, 'psn', false).mapping.also).toBeUndefined();
  });

  it('keeps the derived tables of a mapping in force, offering the others switched off', () => {
    const { proposal } = claimsProposal();
    const current = {
      ...proposal.mapping,
      also: [{ target: 'psn' as const, columns: { psn_no: 'BeneID' } }],
    };
    const draft = initialDraft(proposal, current);
    expect(draft.mapping).toBe(current);
    expect(draft.also.map((a) => [a.proposal.mapping.target, a.enabled])).toEqual([
      ['psn', true],
      ['death', false],
    ]);
    expect(draft.toConfirm).toEqual([]);
  });

  it('shows the default null spellings and takes the user’s comma-separated list', () => {
    const draft = initialDraft(claimsProposal().proposal);
    expect(nullsText(draft.mapping)).toBe(DEFAULT_NULL_SPELLINGS.join(', '));
    const edited = withNulls(draft, ' NA, 缺失，NA 、 ,?? ');
    expect(edited.mapping.nulls).toEqual(['NA', '缺失', '??']);
    expect(nullsText(edited.mapping)).toBe('NA, 缺失, ??');
    // Typing the defaults back stores nothing: absent means the default list.
    expect(withNulls(edited, DEFAULT_NULL_SPELLINGS.join(',')).mapping.nulls).toBeUndefined();
    expect(withNulls(draft, '').mapping.nulls).toEqual([]);
  });
});
