import { AppErrorException } from '../../core/shared/errors';
import { cancelled } from './load-errors';

/** Throws the `cancelled` AppError for `fileName` when `signal` has been aborted. */
export function throwIfAborted(signal: AbortSignal | undefined, fileName: string): void {
  if (signal?.aborted) throw new AppErrorException(cancelled(fileName));
}
