import { describe, expect, it } from 'vitest';
import { CANONICAL_MODEL, CANONICAL_TABLE_LABELS } from '../../../core/mapping/canonical-model';
import { headerForms } from '../../../workers/mapping/header-match';
import { CANONICAL_TABLES } from '../../../core/mapping/mapping-types';
// The fields of data-model.md, written down once: the typed fixture builders use the same lists.
import { FEE_FIELDS, PSN_FIELDS, SETL_FIELDS } from '../../fixtures';

const names = (t: keyof typeof CANONICAL_MODEL) => CANONICAL_MODEL[t].map((f) => f.name);
const typeOf = (t: keyof typeof CANONICAL_MODEL, name: string) =>
  CANONICAL_MODEL[t].find((f) => f.name === name)?.type;

describe('CANONICAL_MODEL', () => {
  it('has every table, labelled in both languages', () => {
    expect(Object.keys(CANONICAL_MODEL).sort()).toEqual([...CANONICAL_TABLES].sort());
    for (const t of CANONICAL_TABLES) {
      expect(CANONICAL_TABLE_LABELS[t].zh).toMatch(/[\u4e00-\u9fff]/);
      expect(CANONICAL_TABLE_LABELS[t].en).toMatch(/[A-Za-z]/);
    }
  });

  it('holds the fields of data-model.md', () => {
    expect(names('setl')).toEqual([...SETL_FIELDS]);
    expect(names('fee')).toEqual([...FEE_FIELDS]);
    expect(names('psn')).toEqual([...PSN_FIELDS]);
    expect(names('medins')).toEqual([
      'fixmedins_code',
      'fixmedins_name',
      'fixmedins_type',
      'medins_lv',
      'admdvs',
      'open_beds',
      'peer_group',
    ]);
    expect(names('dise')).toEqual(['mdtrt_id', 'dise_codg', 'dise_name', 'maindiag_flag']);
    expect(names('death')).toEqual(['psn_no', 'certno', 'death_date']);
  });

  it('types fields as the brief says', () => {
    for (const f of ['medfee_sumamt', 'hifp_pay', 'fund_pay_sumamt', 'acct_pay', 'psn_cash_pay']) {
      expect(typeOf('setl', f)).toBe('amount');
    }
    expect(typeOf('fee', 'det_item_fee_sumamt')).toBe('amount');
    expect(typeOf('fee', 'cnt')).toBe('decimal');
    expect(typeOf('fee', 'pric')).toBe('decimal');
    for (const f of ['begndate', 'enddate', 'setl_time']) expect(typeOf('setl', f)).toBe('timestamp');
    expect(typeOf('fee', 'fee_ocur_time')).toBe('timestamp');
    expect(typeOf('psn', 'brdy')).toBe('date');
    expect(typeOf('death', 'death_date')).toBe('date');
    expect(typeOf('medins', 'open_beds')).toBe('int');
    expect(typeOf('fee', 'prd_days')).toBe('int');
    expect(typeOf('setl', 'setl_id')).toBe('text');
  });

  it('marks keys per table', () => {
    const keys = Object.fromEntries(
      CANONICAL_TABLES.map((t) => [t, CANONICAL_MODEL[t].filter((f) => f.isKey).map((f) => f.name)]),
    );
    expect(keys).toEqual({
      setl: ['setl_id'],
      fee: ['feedetl_sn'],
      psn: ['psn_no'],
      medins: ['fixmedins_code'],
      dise: ['mdtrt_id', 'dise_codg'],
      death: [],
    });
  });

  it('has no synonym that names two fields of one table', () => {
    for (const t of CANONICAL_TABLES) {
      const owner = new Map<string, string>();
      for (const f of CANONICAL_MODEL[t]) {
        for (const s of new Set([f.name, ...f.synonyms].map((x) => headerForms(x)[0]?.full ?? ''))) {
          expect(owner.get(s), `${t}: "${s}" is a synonym of ${owner.get(s)} and ${f.name}`).toBeUndefined();
          owner.set(s, f.name);
        }
      }
    }
  });
});
