/**
 * The CLI's exit codes (documented in usage.ts and docs/cli.md):
 * - 0 everything ran;
 * - 1 a cell or a rule failed (what ran is still written);
 * - 2 a usage error or an input that cannot be read (a missing or malformed data file, notebook or
 *   mapping file, a mapping that does not fit its file, an output that would overwrite a file), so
 *   nothing ran;
 * - 3 nothing could run: no cell could run (all blocked, or none), or every rule of every Rule cell was
 *   skipped because the data lacks what it needs (summary.md's readiness section says what would unlock
 *   them). A failure (1) is reported before this when some cell did run.
 */
export const EXIT = {
  ok: 0,
  failed: 1,
  usage: 2,
  nothingRan: 3,
} as const;

/** One of the CLI's exit codes. */
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
