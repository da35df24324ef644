/**
 * Generates every table of a synthetic dataset and hashes its full CSV text (UTF-8), chunk by chunk, so a
 * browser worker and Node can be compared byte for byte (and timed) with the same code: only the SHA-256
 * implementation differs (hash-wasm in the worker, node:crypto in Node).
 */
import {
  generateCsv,
  generatedTables,
  type GenerateOptions,
  type GeneratedTable,
} from '../workers/generator/generate-dataset';
import { SCENARIO_CATALOG } from '../workers/generator/scenarios/scenario-catalog';
import { SCENARIO_IDS, type ScenarioId } from '../workers/generator/scenarios/scenario-ids';

/** An incremental SHA-256. */
export interface ChunkHasher {
  update(bytes: Uint8Array): void;
  /** Lowercase hex. */
  digest(): string | Promise<string>;
}

/** One generated table: its CSV's byte length and SHA-256. */
export interface TableDigest {
  readonly table: GeneratedTable;
  readonly bytes: number;
  readonly sha256: string;
}

/** Every table's digest and the milliseconds generating and hashing them took. */
export interface DatasetDigest {
  readonly tables: TableDigest[];
  readonly ms: number;
}

/** Every scenario at its catalogue default rate (what `--scenarios all` plants). */
export function allScenarios(): Partial<Record<ScenarioId, number>> {
  return Object.fromEntries(SCENARIO_IDS.map((id) => [id, SCENARIO_CATALOG[id].defaultRate]));
}

/** Generates and hashes every table `options` gives, one after another. */
export async function digestDataset(
  options: GenerateOptions,
  newHasher: () => Promise<ChunkHasher> | ChunkHasher,
): Promise<DatasetDigest> {
  const started = performance.now();
  const tables: TableDigest[] = [];
  const encoder = new TextEncoder();
  let buffer = new Uint8Array(1 << 18);
  for (const table of generatedTables(options)) {
    const hasher = await newHasher();
    let bytes = 0;
    for (const chunk of generateCsv(table, options)) {
      // UTF-8 takes at most 3 bytes per UTF-16 unit; one reused buffer keeps the heap flat.
      if (buffer.length < chunk.length * 3) buffer = new Uint8Array(chunk.length * 3);
      const { written } = encoder.encodeInto(chunk, buffer);
      hasher.update(buffer.subarray(0, written));
      bytes += written;
    }
    tables.push({ table, bytes, sha256: await hasher.digest() });
  }
  return { tables, ms: performance.now() - started };
}
