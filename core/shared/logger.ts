/** Log levels, least to most severe. */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

const order: Record<LogLevel, number> = { debug: 0, info: 1, warn: 2, error: 3 };
let threshold: LogLevel = 'warn';

/** Sets the lowest level that is printed. */
export function setLogLevel(level: LogLevel): void {
  threshold = level;
}

/** The one logger: every diagnostic goes through here, never a stray `console` call. */
export const logger = {
  debug: (...args: unknown[]) => write('debug', args),
  info: (...args: unknown[]) => write('info', args),
  warn: (...args: unknown[]) => write('warn', args),
  error: (...args: unknown[]) => write('error', args),
};

function write(level: LogLevel, args: unknown[]): void {
  if (order[level] < order[threshold]) return;
  // eslint-disable-next-line no-console
  (level === 'debug' ? console.debug : console[level])('[claimlens]', ...args);
}
