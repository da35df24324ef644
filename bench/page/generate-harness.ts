/**
 * The benchmark page's generation steps: the generator alone in a fresh worker (generate + hash every
 * table), and the app's whole workshop path in the kernel (generate, then load and map into the engine).
 */
import * as Comlink from 'comlink';
import { tableFromIPC } from 'apache-arrow';
import { getKernel } from '../../src/kernel-client';
import type { WorkshopOptions } from '../../workers/api';
import type { GenerateOptions } from '../../workers/generator/generate-dataset';
import { newJobId } from '../../core/shared/ids';
import type { DatasetDigest } from '../table-digest';
import type { GenerateWorkerApi } from './generate.worker';

/** The kernel's workshop generation, timed; `generateMs` ends when the kernel starts loading. */
export interface WorkshopBenchResult {
  readonly ms: number;
  readonly generateMs: number;
  readonly loadMs: number;
  /** Rows per raw table loaded, and `count:fee`: the canonical fee table's rows. */
  readonly rows: Record<string, number>;
}

/** Generates and hashes a dataset in a new module worker; `ms` is timed inside the worker. */
export async function generateInWorker(options: GenerateOptions): Promise<DatasetDigest> {
  const worker = new Worker(new URL('./generate.worker.ts', import.meta.url), { type: 'module' });
  try {
    return await Comlink.wrap<GenerateWorkerApi>(worker).digest(options);
  } finally {
    worker.terminate();
  }
}

/** Runs `generateWorkshop` on the page's kernel (replacing its data) and times it. */
export async function generateWorkshop(options: WorkshopOptions): Promise<WorkshopBenchResult> {
  const kernel = getKernel();
  const started = performance.now();
  let loadStarted: number | undefined;
  const result = await kernel.generateWorkshop(options, newJobId(), (p) => {
    if (p.stage === 'load') loadStarted ??= performance.now();
  });
  const ended = performance.now();
  if (!result.ok) throw new Error(result.error.message.en);
  const rows = Object.fromEntries(result.value.map((d) => [d.table, d.rowCount]));
  const counted = await kernel.query('SELECT count(*) AS n FROM fee', newJobId());
  if (!counted.ok) throw new Error(counted.error.message.en);
  rows['count:fee'] = Number(tableFromIPC(counted.value.ipc).getChild('n')?.get(0) ?? -1);
  const generateMs = (loadStarted ?? ended) - started;
  return { ms: ended - started, generateMs, loadMs: ended - generateMs - started, rows };
}
