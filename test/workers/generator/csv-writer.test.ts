import { describe, expect, it } from 'vitest';
import { CHUNK_SIZE, CsvBuffer, csvField } from '../../../workers/generator/csv-writer';
import { parseCsv } from './csv-parse';

describe('CSV writing', () => {
  it('quotes per RFC 4180 only when needed', () => {
    expect(csvField('abc')).toBe('abc');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    const text = ['x', csvField('葡萄糖注射液(5%,250ml)'), csvField('特需病房床位费("单人间")')].join(',');
    expect(parseCsv(text)).toEqual([['x', '葡萄糖注射液(5%,250ml)', '特需病房床位费("单人间")']]);
  });

  it('buffers records into chunks of about CHUNK_SIZE, header first', () => {
    const buffer = new CsvBuffer(['a', 'b,c'], '\r\n');
    const chunks: string[] = [];
    for (let i = 0; i < 20000; i += 1) {
      buffer.add(`${i},${'x'.repeat(10)}`);
      if (buffer.isFull) chunks.push(buffer.take());
    }
    chunks.push(buffer.take());
    expect(chunks.length).toBeGreaterThan(3);
    for (const chunk of chunks.slice(0, -1)) {
      expect(chunk.length).toBeGreaterThanOrEqual(CHUNK_SIZE);
      expect(chunk.length).toBeLessThan(CHUNK_SIZE + 100);
    }
    const rows = parseCsv(chunks.join(''));
    expect(rows[0]).toEqual(['a', 'b,c']);
    expect(rows).toHaveLength(20001);
    expect(rows[20000]).toEqual(['19999', 'xxxxxxxxxx']);
  });
});
