/**
 * What a model's run returns across the worker boundary and what the CLI's summary.json records: its
 * status (ran, or skipped with the reason), the parameter values it ran with, the tables it wrote and
 * how many entities it ranked.
 */
import type { Msg } from '../shared/msg';
import type { ModelId, ModelParameterValue } from './model-types';

/** A model's run. */
export type ModelRunOutcome =
  | {
      readonly status: 'ran';
      readonly model: ModelId;
      /** Every parameter's value, defaults included. */
      readonly parameters: Readonly<Record<string, ModelParameterValue>>;
      /** The output table (the cell's name). */
      readonly table: string;
      /** `<table>_links`, `<table>_<extra>`: the other tables written. */
      readonly tables: readonly string[];
      /** Rows of the output table (ranked entities). */
      readonly entities: number;
    }
  | {
      readonly status: 'skipped';
      readonly model: ModelId;
      readonly parameters: Readonly<Record<string, ModelParameterValue>>;
      /** Why: the first missing table, field or knowledge, in words the user can act on. */
      readonly reason: Msg;
    };
