import { describe, expect, it } from 'vitest';
import { FEE_LINE_DEFAULTS, feeLine, personRow, settlementRow } from '../../fixtures';

describe('the shared fixture builders (test/fixtures)', () => {
  it('fill the documented defaults, let a test override them, and leave out fields set to undefined', () => {
    expect(feeLine({ feedetl_sn: 'F1' })).toEqual({ feedetl_sn: 'F1', ...FEE_LINE_DEFAULTS });
    expect(feeLine({ feedetl_sn: 'F1', psn_no: 'P2', bilg_dr_code: undefined, hilist_name: null })).toEqual({
      feedetl_sn: 'F1',
      psn_no: 'P2',
      fixmedins_code: 'H1',
      cnt: 1,
      hilist_name: null,
    });
    expect(settlementRow({ setl_id: 'S1', psn_no: undefined })).toEqual({
      setl_id: 'S1',
      fixmedins_code: 'H1',
    });
    expect(personRow('A', { brdy: '2006-06-15' })).toEqual({ psn_no: 'A', brdy: '2006-06-15' });
  });

  it('price a fee line at cnt × pric unless the amount is given', () => {
    expect(feeLine({ feedetl_sn: 'F1', cnt: 3, pric: 2.5 }).det_item_fee_sumamt).toBe(7.5);
    expect(feeLine({ feedetl_sn: 'F1', cnt: 3, pric: 2.5, det_item_fee_sumamt: 9 }).det_item_fee_sumamt).toBe(
      9,
    );
    expect(feeLine({ feedetl_sn: 'F1' })).not.toHaveProperty('det_item_fee_sumamt');
  });
});
