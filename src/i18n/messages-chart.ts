/** UI messages of the chart area, merged into `messages` (one file per area keeps edits apart). */
import type { Msg } from '../../workers/shared/msg';

// prettier-ignore
export const chartMessages = {
} as const satisfies Record<string, Msg>;
