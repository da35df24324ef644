/** UI messages of the widgets area, merged into `messages` (one file per area keeps edits apart). */
import type { Msg } from '../../core/shared/msg';

// prettier-ignore
export const widgetsMessages = {
} as const satisfies Record<string, Msg>;
