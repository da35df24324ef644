import iconv from 'iconv-lite';
import { Float64, Int32, Table, Utf8, tableToIPC, vectorFromArray } from 'apache-arrow';
import type { MemoryFile } from './app-helpers';

/** A CSV file in memory. */
export function csvFile(
  name: string,
  text: string,
  encoding: 'utf8' | 'utf8-bom' | 'gbk' = 'utf8',
): MemoryFile {
  const buffer =
    encoding === 'gbk'
      ? iconv.encode(text, 'gbk')
      : Buffer.concat([
          encoding === 'utf8-bom' ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0),
          Buffer.from(text, 'utf8'),
        ]);
  return { name, mimeType: 'text/csv', buffer };
}

/** A column for `parquetFile`: strings, 32-bit integers or doubles. */
export type ParquetColumn = { utf8: string[] } | { int32: number[] } | { float64: number[] };

/** A Parquet file in memory, written with parquet-wasm from an Arrow table. */
export async function parquetFile(name: string, columns: Record<string, ParquetColumn>): Promise<MemoryFile> {
  const pq = await import('parquet-wasm/node');
  const vectors = Object.fromEntries(
    Object.entries(columns).map(([key, c]) => [
      key,
      'utf8' in c
        ? vectorFromArray(c.utf8, new Utf8())
        : 'int32' in c
          ? vectorFromArray(c.int32, new Int32())
          : vectorFromArray(c.float64, new Float64()),
    ]),
  );
  const ipc = tableToIPC(new Table(vectors), 'stream');
  const table = pq.Table.fromIPCStream(ipc);
  const bytes = pq.writeParquet(table);
  return { name, mimeType: 'application/octet-stream', buffer: Buffer.from(bytes) };
}

/** A small settlement extract as a hospital HIS exports it: GBK, Chinese headers, messy dates and amounts. */
export const GBK_SETTLEMENTS = [
  '结算流水号,人员编号,医院编码,医疗类别,入院日期,出院日期,主诊断编码,医疗费总额,统筹基金支出',
  'S0001,P001,H00000000001,21,2024/3/1,2024/3/8,I10.x00,"1,234.50",800.00',
  'S0002,P002,H00000000001,21,20240305,20240309,J18.900,2300.00,1500.00',
  'S0003,P001,H00000000002,11,2024-03-10,2024-03-10,E11.900,88.20,40.00',
  'S0004,P003,H00000000002,21,2024-04-01 08:30:00,2024-04-06 10:00:00,I10.x00,"5,001.30",3000.00',
  'S0005,P004,H00000000001,11,2024/13/45,2024/3/1,K29.700,-20.00,0',
].join('\n');
