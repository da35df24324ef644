import type { AppError } from '../core/shared/errors';
import { formatError, formatWarning, type CliIo, type CliProblem } from './cli-io';

/** Progress and warnings on stderr while a run goes. */
export interface Reporter {
  /** A progress line, `zh / en` (suppressed by `--quiet`). */
  line(zh: string, en: string): void;
  /** A warning (always shown). */
  warning(problem: AppError | CliProblem): void;
  /** A failure that did not stop the run, such as a cell's (always shown). */
  error(problem: AppError | CliProblem): void;
}

/** A reporter writing to the CLI's stderr; `quiet` keeps the progress lines back, never the warnings. */
export function createReporter(io: CliIo, quiet: boolean): Reporter {
  return {
    line(zh, en) {
      if (!quiet) io.err(zh === en ? `${zh}\n` : `${zh} / ${en.trimStart()}\n`);
    },
    warning(problem) {
      io.err(formatWarning(problem));
    },
    error(problem) {
      io.err(formatError(problem));
    },
  };
}
