import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { AppErrorException } from '../../../core/shared/errors';
import { createMemorySink } from '../../../workers/loaders/byte-sink';
import { transcodeGb18030 } from '../../../workers/loaders/transcode';

const gbk = (s: string) => new Uint8Array(iconv.encode(s, 'gbk'));
const text = Array.from({ length: 50 }, (_, i) => `${i},门诊挂号费,内科,张三${i}\n`).join('');

describe('transcodeGb18030', () => {
  it('produces the same UTF-8 whatever the slice size (slices split characters)', async () => {
    for (const sliceBytes of [1, 3, 7, 64, 1 << 20]) {
      const sink = createMemorySink();
      await transcodeGb18030(new Blob([gbk(text)]), sink, { fileName: 'a.csv', headerLines: 1, sliceBytes });
      expect(await (await sink.close()).text()).toBe(text);
    }
  });

  it('names the row of an invalid byte sequence', async () => {
    const bytes = new Uint8Array([...gbk('编码,名称\n1,挂号\n2,'), 0x81, 0x20, ...gbk('\n3,诊查\n')]);
    const sink = createMemorySink();
    const run = transcodeGb18030(new Blob([bytes]), sink, {
      fileName: 'bad.csv',
      headerLines: 1,
      sliceBytes: 4,
    });
    const error = await run.then(
      () => null,
      (e: unknown) => (e instanceof AppErrorException ? e.error : null),
    );
    expect(error).toMatchObject({ code: 'csv.invalid-encoding', file: 'bad.csv', row: 2 });
    expect(error?.message.en).toContain('data row 2 (line 3 of the file)');
  });

  it('stops when aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    const run = transcodeGb18030(new Blob([gbk(text)]), createMemorySink(), {
      fileName: 'a.csv',
      headerLines: 1,
      signal: controller.signal,
    });
    await expect(run).rejects.toThrow();
  });
});
