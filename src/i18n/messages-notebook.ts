/** UI messages of the notebook area, merged into `messages` (one file per area keeps edits apart). */
import type { Msg } from '../../workers/shared/msg';

// prettier-ignore
export const notebookMessages = {
} as const satisfies Record<string, Msg>;
