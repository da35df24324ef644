import type { ParameterCell } from '../../../core/notebook/cell-types';

/** What a cell's toolbar asks the notebook to do. */
export type CellAction =
  'run' | 'run-from' | 'cancel' | 'delete' | 'up' | 'down' | 'duplicate' | 'collapse' | 'edit';

/** A toolbar button was pressed. */
export type CellActionEvent = CustomEvent<{ readonly id: string; readonly action: CellAction }>;

/** The cell's content changed. */
export type CellChangeEvent = CustomEvent<{
  readonly id: string;
  readonly change:
    | { readonly source: string }
    | { readonly name: string }
    | { readonly from: string }
    | { readonly model: string }
    | { readonly spec: ParameterCell['spec'] };
}>;

/** What a cell reports as changed (the `change` of a {@link CellChangeEvent}). */
export type CellChange = CellChangeEvent['detail']['change'];
