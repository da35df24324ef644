/** UI messages of the markdown area, merged into `messages` (one file per area keeps edits apart). */
import type { Msg } from '../../workers/shared/msg';

// prettier-ignore
export const markdownMessages = {
} as const satisfies Record<string, Msg>;
