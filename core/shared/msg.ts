/** A user-facing message in both product languages: Chinese first, English too. */
export interface Msg {
  readonly zh: string;
  readonly en: string;
}

/** Builds a bilingual message. */
export function msg(zh: string, en: string): Msg {
  return { zh, en };
}
