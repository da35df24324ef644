import { assertNever } from '../../shared/invariant';
import { msg, type Msg } from '../../shared/msg';
import type { UnavailableCell } from '../../notebook/cell-types';
import type { CellKind } from '../cell-kind';
import { fenced } from '../fence-block';

/** The fence words of cells a later version runs. */
export const UNAVAILABLE_FENCES = ['evidence'] as const;

/**
 * Evidence cells, until their version lands: they open labelled "not available in this version", keep
 * their fence and text byte for byte, read and define nothing, never run (not in run plans, no error, no
 * audit entry), and their text stays editable.
 */
export const unavailableKind = {
  type: 'unavailable',
  fences: UNAVAILABLE_FENCES,
  label: (cell) => {
    switch (cell.fence) {
      case 'evidence':
        return msg('证据（此版本不可用）', 'Evidence (not available in this version)');
      default:
        return assertNever(cell.fence, 'unavailable fence');
    }
  },
  attributes: 'verbatim',
  fromBlock: ({ id, source, info, fence }) => ({
    type: 'unavailable',
    id,
    source,
    info,
    fence: fence as UnavailableCell['fence'],
  }),
  write: (cell) => fenced(cell.info, cell.source),
  fields: [],
  defines: () => ({ tables: [] }),
  reads: () => ({ names: [] }),
  isRunnable: false,
  notice: unavailableNotice,
  view: 'cl-verbatim-cell',
} as const satisfies CellKind<UnavailableCell, 'cl-verbatim-cell'>;

/** What an unavailable cell says about itself, bilingual. */
export function unavailableNotice(cell: UnavailableCell): Msg {
  switch (cell.fence) {
    case 'evidence':
      return msg(
        '证据单元将在后续版本提供：此版本不运行它，内容按原样保留，保存时不变。',
        'Evidence cells are not available in this version: this one does not run, and its text is kept and saved unchanged.',
      );
    default:
      return assertNever(cell.fence, 'unavailable fence');
  }
}
