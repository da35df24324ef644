/**
 * What crosses the kernel boundary for Model cells (the browser worker and the CLI host alike): the
 * library as plain data, a run's request and result (its first page, the rest paged by `resultPage`),
 * and the drill-down from one scored entity to the settlements and fee lines behind it.
 */
import type { ResultPage } from '../cells/cell-host';
import type { Msg } from '../shared/msg';
import type { ModelRunOutcome } from './model-run-types';
import type { ModelDefinition } from './model-types';

/** A model as plain data (no `build` or `needsFor`), with whether it can run on the data loaded now. */
export type ModelInfo = Omit<ModelDefinition, 'build' | 'needsFor'> & {
  /** Why it cannot run on the data and knowledge loaded now (undefined: it can). */
  readonly missing?: Msg;
};

/** A Model cell to run. */
export interface ModelCellRequest {
  /** The output table: the cell's name (a SQL identifier that needs no quoting). */
  readonly name: string;
  /** The library model's id. */
  readonly model: string;
  /** The values the cell's YAML body sets (only those that differ from the defaults). */
  readonly parameters: Readonly<Record<string, unknown>>;
  /** Rows in the first page returned with the run. */
  readonly pageSize: number;
}

/** A Model cell's run. */
export interface ModelCellResult {
  readonly outcome: ModelRunOutcome;
  /** The output table's first page, ranked (absent when the model was skipped). */
  readonly firstPage?: ResultPage;
  readonly elapsedMs: number;
}

/** One scored entity with the settlements and fee lines behind it (through `<name>_links`). */
export interface ModelDrill {
  /** The entity's row of the output table, as a page of one row. */
  readonly entity: ResultPage;
  /** Its settlements (`setl` rows), at most `limit`. */
  readonly settlements: ResultPage;
  /** The fee lines of those settlements, at most `limit`. */
  readonly lines: ResultPage;
}
