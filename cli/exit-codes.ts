/**
 * The CLI's exit codes: 0 everything ran; 1 a cell or a rule failed (what ran is still written);
 * 2 a usage error or an input that cannot be read (a missing or malformed data file, notebook or
 * mapping), so nothing ran.
 */
export const EXIT = {
  ok: 0,
  failed: 1,
  usage: 2,
} as const;

/** One of the CLI's exit codes. */
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
