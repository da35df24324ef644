import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { toAppError } from '../core/shared/errors';
import { assertNever } from '../core/shared/invariant';
import { formatError, processIo, type CliIo } from './cli-io';
import { EXIT } from './exit-codes';
import { mapCommand } from './map-command';
import { modelsCommand } from './models-command';
import { parseArgs } from './parse-args';
import { rulesCommand } from './rules-command';
import { runCommand } from './run-command';
import { USAGE_HINT, usage } from './usage';
import { packageVersion } from './version';

/**
 * Runs the CLI on `argv` (arguments after the script) and returns the exit code. An unexpected failure
 * (a bug, a full disk) is printed as an internal error with exit code 1, never as a bare stack trace.
 */
export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (e) {
    io.err(formatError(toAppError(e)));
    return EXIT.failed;
  }
}

async function dispatch(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    io.err(formatError(parsed.problem));
    io.err(USAGE_HINT);
    return EXIT.usage;
  }
  const { command } = parsed;
  switch (command.kind) {
    case 'help':
      io.out(usage(command.topic));
      return EXIT.ok;
    case 'version':
      io.out(`claimlens ${packageVersion()}\n`);
      return EXIT.ok;
    case 'rules':
      return rulesCommand(command, io);
    case 'models':
      return modelsCommand(command, io);
    case 'run':
      return runCommand(command.options, io);
    case 'map':
      return mapCommand(command.options, io);
    default:
      return assertNever(command, 'command');
  }
}

/** Ends the process once stdout and stderr have drained (exit() would cut piped output short). */
export async function exitWith(code: number): Promise<never> {
  await Promise.all(
    [process.stdout, process.stderr].map((s) => new Promise((resolve) => s.write('', resolve))),
  );
  process.exit(code);
}

// `tsx cli/main.ts …` (npm run claimlens) runs it directly; bin/claimlens.mjs imports it instead.
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  await exitWith(await main(process.argv.slice(2)));
}
