import type {
  AppError,
  DatasetId,
  DatasetInfo,
  EngineInfo,
  JobId,
  MappingProposal,
  Progress,
  SchemaInfo,
  ValidationReport,
} from '../../workers/api';
import type { DatasetFingerprint } from '../../core/cells/cell-datasets';
import type { ColumnSamples } from './column-samples';

/** Whether the analysis engine is up. */
export type EngineStatus =
  | { readonly state: 'starting' }
  | { readonly state: 'ready'; readonly info: EngineInfo }
  | { readonly state: 'failed'; readonly error: AppError };

/** One file (or the demo) being loaded, or whose load failed and is still shown. */
export interface LoadJob {
  readonly jobId: JobId;
  readonly kind: 'file' | 'demo';
  /** The file's name (empty for the demo). */
  readonly fileName: string;
  readonly fileSize: number;
  readonly status: 'queued' | 'running' | 'failed';
  readonly progress?: Progress;
  readonly error?: AppError;
}

/** The mapping editor's session for one dataset. */
export interface MappingSession {
  readonly datasetId: DatasetId;
  readonly status: 'proposing' | 'editing' | 'applying' | 'applied';
  readonly proposal?: MappingProposal;
  /** A few example values per source column. */
  readonly samples?: ColumnSamples;
  /** The running apply job, while `applying`. */
  readonly jobId?: JobId;
  readonly progress?: Progress;
  readonly error?: AppError;
  /** The validation report, once `applied`. */
  readonly report?: ValidationReport;
}

/** Where the separate copy of the demo stands. */
export type DemoApart =
  | { readonly status: 'none' }
  | { readonly status: 'working'; readonly jobId: JobId }
  | { readonly status: 'kept'; readonly tables: readonly string[] }
  | { readonly status: 'failed'; readonly error: AppError };

/** Everything the shell shows that comes from the kernel. */
export interface AppState {
  readonly engine: EngineStatus;
  /** `removed`: taken out of the canonical tables when the user's first data file loaded. */
  readonly demo: 'idle' | 'loading' | 'loaded' | 'failed' | 'removed';
  /** Whether to show the notice that the demo was taken out (it offers to keep the demo apart). */
  readonly demoNotice: boolean;
  /** The demo kept apart in schema `demo` (demo.setl, …), never merged into the user's tables. */
  readonly demoApart: DemoApart;
  readonly datasets: readonly DatasetInfo[];
  readonly reports: readonly ValidationReport[];
  readonly schema: SchemaInfo;
  /** The knowledge layers in force as audit-log fingerprints, read with the catalog (`Catalog.knowledge`). */
  readonly knowledge: readonly DatasetFingerprint[];
  readonly loads: readonly LoadJob[];
  readonly mapping?: MappingSession;
  /** Datasets loaded while the editor was busy with another: opened in turn. */
  readonly pendingMappings: readonly DatasetId[];
}

/** The state before anything has happened. */
export const INITIAL_STATE: AppState = {
  engine: { state: 'starting' },
  demo: 'idle',
  demoNotice: false,
  demoApart: { status: 'none' },
  datasets: [],
  reports: [],
  schema: { tables: [] },
  knowledge: [],
  loads: [],
  pendingMappings: [],
};
