import { describe, expect, it } from 'vitest';
import {
  bindingsFromLoaded,
  checkBindings,
  type LoadedDataset,
} from '../../../core/notebook/dataset-bindings';
import type { DatasetBinding } from '../../../core/notebook/notebook-types';

const A = 'a'.repeat(64);
const B = 'b'.repeat(64);

const setl: DatasetBinding = { table: 'setl', file: 'setl.csv', sha256: A };

describe('checkBindings', () => {
  it('asks for a missing table, naming the author’s file', () => {
    const [check] = checkBindings([setl], [{ table: 'fee', fileName: 'setl.csv', sha256: A }]);
    expect(check).toEqual({
      binding: setl,
      status: 'missing',
      message: {
        zh: '此笔记本需要标准表 setl（作者使用的文件 setl.csv）：请加载该文件。',
        en: 'This notebook needs the canonical table setl (the author used the file setl.csv): load that file.',
      },
    });
  });

  it('accepts the same fingerprint under another file name, ignoring hex case', () => {
    const [check] = checkBindings(
      [setl],
      [{ table: 'setl', fileName: 'renamed.csv', sha256: A.toUpperCase() }],
    );
    expect(check).toMatchObject({ status: 'ok', loadedFile: 'renamed.csv' });
    expect(check?.message.en).toContain('matches');
  });

  it('warns when the loaded file differs from the author’s', () => {
    const [check] = checkBindings([setl], [{ table: 'setl', fileName: 'setl.csv', sha256: B }]);
    expect(check).toMatchObject({ status: 'fingerprint-differs', loadedFile: 'setl.csv' });
    expect(check?.message.zh).toContain('SHA-256');
    expect(check?.message.en).toContain("load the author's file");
  });

  it('says it cannot confirm when the notebook recorded no fingerprint', () => {
    const binding: DatasetBinding = { table: 'fee', file: 'fee.csv' };
    const [check] = checkBindings([binding], [{ table: 'fee', fileName: 'fee-2024.csv', sha256: B }]);
    expect(check).toMatchObject({ status: 'no-fingerprint', loadedFile: 'fee-2024.csv' });
    expect(check?.message.zh).toContain('未记录');
  });

  it('prefers the matching fingerprint, then the file name, and spreads files over bindings', () => {
    const loaded: LoadedDataset[] = [
      { table: 'setl', fileName: 'other.csv', sha256: B },
      { table: 'setl', fileName: 'setl.csv', sha256: B },
      { table: 'setl', fileName: 'exact.csv', sha256: A },
    ];
    const second: DatasetBinding = { table: 'setl', file: 'setl.csv', sha256: 'c'.repeat(64) };
    expect(checkBindings([setl, second], loaded).map((c) => [c.status, c.loadedFile])).toEqual([
      ['ok', 'exact.csv'],
      ['fingerprint-differs', 'setl.csv'],
    ]);
  });
});

describe('bindingsFromLoaded', () => {
  it('records canonical tables in order with fingerprints, dropping repeats and other tables', () => {
    const loaded: LoadedDataset[] = [
      { table: 'fee', fileName: 'fee.csv', sha256: B.toUpperCase() },
      { table: 'raw_thing', fileName: 'x.csv', sha256: A },
      { table: 'setl', fileName: 'setl-b.csv', sha256: A },
      { table: 'setl', fileName: 'setl-a.csv', sha256: A },
      { table: 'fee', fileName: 'fee.csv', sha256: B },
    ];
    expect(bindingsFromLoaded(loaded)).toEqual([
      { table: 'setl', file: 'setl-a.csv', sha256: A },
      { table: 'setl', file: 'setl-b.csv', sha256: A },
      { table: 'fee', file: 'fee.csv', sha256: B },
    ]);
  });

  it('gives bindings that check as ok against the same files', () => {
    const loaded: LoadedDataset[] = [
      { table: 'medins', fileName: 'medins.csv', sha256: A },
      { table: 'setl', fileName: 'setl.csv', sha256: B },
    ];
    expect(checkBindings(bindingsFromLoaded(loaded), loaded).map((c) => c.status)).toEqual(['ok', 'ok']);
  });
});
