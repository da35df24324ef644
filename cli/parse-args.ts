import {
  badEngine,
  badThreads,
  flagValue,
  missingFiles,
  missingNotebook,
  missingOption,
  missingValue,
  repeated,
  threadsNeedNative,
  unexpected,
  unknownCommand,
  unknownOption,
} from './arg-messages';
import type { CliProblem } from './cli-io';

/** The engines `run` can use. */
export const ENGINE_KINDS = ['wasm', 'native'] as const;
/** DuckDB-WASM (the browser's engine, 1 thread) or native DuckDB (all cores). */
export type EngineKind = (typeof ENGINE_KINDS)[number];

/** What `claimlens run` was asked to do. */
export interface RunOptions {
  readonly notebook: string;
  readonly data: readonly string[];
  readonly out: string;
  readonly engine: EngineKind;
  readonly kb: readonly string[];
  /** Native engine threads (default: every core). */
  readonly threads?: number;
  /** Where native DuckDB is installed on first use. */
  readonly nativeDir?: string;
  /** No per-rule progress on stderr. */
  readonly quiet: boolean;
  /** A mapping file (`claimlens map --out`) applied to the data files it names. */
  readonly mapping?: string;
  /** A folder for each SQL cell's result as CSV. */
  readonly results?: string;
}

/** What `claimlens map` was asked to do. */
export interface MapOptions {
  /** The data files to propose a mapping for. */
  readonly files: readonly string[];
  /** Where to write the editable mapping file (none: only print the proposal). */
  readonly out?: string;
  /** No progress on stderr. */
  readonly quiet: boolean;
}

/** A parsed command line. */
export type CliCommand =
  | { readonly kind: 'help'; readonly topic?: HelpTopic }
  | { readonly kind: 'version' }
  | { readonly kind: 'rules'; readonly json: boolean; readonly sql: boolean }
  | { readonly kind: 'models'; readonly json: boolean }
  | { readonly kind: 'run'; readonly options: RunOptions }
  | { readonly kind: 'map'; readonly options: MapOptions };

/** The commands with their own help. */
export type HelpTopic = 'run' | 'rules' | 'models' | 'map';

/** A parsed command, or what is wrong with the command line. */
export type ParsedArgs =
  { readonly ok: true; readonly command: CliCommand } | { readonly ok: false; readonly problem: CliProblem };

type Arity = 'flag' | 'one' | 'many';
const RUN_OPTIONS: Record<string, Arity> = {
  data: 'many',
  kb: 'many',
  out: 'one',
  engine: 'one',
  threads: 'one',
  'native-dir': 'one',
  quiet: 'flag',
  help: 'flag',
  mapping: 'one',
  results: 'one',
};
const MAP_OPTIONS: Record<string, Arity> = { out: 'one', quiet: 'flag', help: 'flag' };
const RULES_OPTIONS: Record<string, Arity> = { json: 'flag', sql: 'flag', help: 'flag' };
const MODELS_OPTIONS: Record<string, Arity> = { json: 'flag', help: 'flag' };

/** The most threads `--threads` accepts. */
export const MAX_THREADS = 1024;

/**
 * Reads `argv` (without `node` and the script): `run NOTEBOOK --data FILE… --out DIR [--engine wasm|native]
 * [--kb FILE…] [--threads N] [--native-dir DIR] [--quiet] [--mapping FILE] [--results DIR]`,
 * `map FILE… [--out FILE] [--quiet]`, `rules [--json] [--sql]`, `models [--json]`,
 * `help [run|rules|models|map]`,
 * `--help`, `--version`. `--data` and `--kb` take every following argument up to the next option (or
 * repeat the option); `--name=value` works too. Never throws.
 */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  const [first, ...rest] = argv;
  if (first === undefined || first === '-h' || first === '--help') return done({ kind: 'help' });
  if (first === 'help') {
    const topic = rest[0];
    if (topic === undefined) return done({ kind: 'help' });
    if (topic === 'run' || topic === 'rules' || topic === 'models' || topic === 'map')
      return done({ kind: 'help', topic });
    return problem('unknown-command', unknownCommand(topic));
  }
  if (first === '--version' || first === '-V') return done({ kind: 'version' });
  if (first === 'rules') {
    const read = readOptions(rest, RULES_OPTIONS);
    if ('code' in read) return { ok: false, problem: read };
    if (read.options.has('help')) return done({ kind: 'help', topic: 'rules' });
    const stray = read.positional[0];
    if (stray !== undefined) return problem('unexpected-argument', unexpected(stray));
    return done({ kind: 'rules', json: read.options.has('json'), sql: read.options.has('sql') });
  }
  if (first === 'models') {
    const read = readOptions(rest, MODELS_OPTIONS);
    if ('code' in read) return { ok: false, problem: read };
    if (read.options.has('help')) return done({ kind: 'help', topic: 'models' });
    const stray = read.positional[0];
    if (stray !== undefined) return problem('unexpected-argument', unexpected(stray));
    return done({ kind: 'models', json: read.options.has('json') });
  }
  if (first === 'run') return parseRun(rest);
  if (first === 'map') return parseMap(rest);
  return problem('unknown-command', unknownCommand(first));
}

function parseRun(args: readonly string[]): ParsedArgs {
  const read = readOptions(args, RUN_OPTIONS);
  if ('code' in read) return { ok: false, problem: read };
  const { options, positional } = read;
  if (options.has('help')) return done({ kind: 'help', topic: 'run' });
  const [notebook, stray] = positional;
  if (notebook === undefined) return problem('missing-notebook', missingNotebook(options.get('data') ?? []));
  if (stray !== undefined) return problem('unexpected-argument', unexpected(stray));
  const data = options.get('data') ?? [];
  if (data.length === 0) return problem('missing-data', missingOption('data', 'FILE…'));
  const out = options.get('out')?.[0];
  if (out === undefined) return problem('missing-out', missingOption('out', 'DIR'));
  const engine = options.get('engine')?.[0] ?? 'wasm';
  if (!(ENGINE_KINDS as readonly string[]).includes(engine)) return problem('bad-engine', badEngine(engine));
  const threadsText = options.get('threads')?.[0];
  let threads: number | undefined;
  if (threadsText !== undefined) {
    threads = Number(threadsText);
    if (!Number.isInteger(threads) || threads < 1 || threads > MAX_THREADS)
      return problem('bad-threads', badThreads(threadsText, MAX_THREADS));
    if (engine !== 'native') return problem('threads-need-native', threadsNeedNative);
  }
  const nativeDir = options.get('native-dir')?.[0];
  const mapping = options.get('mapping')?.[0];
  const results = options.get('results')?.[0];
  return done({
    kind: 'run',
    options: {
      notebook,
      data,
      out,
      engine: engine as EngineKind,
      kb: options.get('kb') ?? [],
      ...(threads !== undefined ? { threads } : {}),
      ...(nativeDir !== undefined ? { nativeDir } : {}),
      quiet: options.has('quiet'),
      ...(mapping !== undefined ? { mapping } : {}),
      ...(results !== undefined ? { results } : {}),
    },
  });
}

function parseMap(args: readonly string[]): ParsedArgs {
  const read = readOptions(args, MAP_OPTIONS);
  if ('code' in read) return { ok: false, problem: read };
  const { options, positional } = read;
  if (options.has('help')) return done({ kind: 'help', topic: 'map' });
  if (positional.length === 0) return problem('missing-data', missingFiles);
  const out = options.get('out')?.[0];
  return done({
    kind: 'map',
    options: { files: positional, ...(out !== undefined ? { out } : {}), quiet: options.has('quiet') },
  });
}

interface ReadOptions {
  readonly options: Map<string, string[]>;
  readonly positional: string[];
}

/** Splits arguments into options (by the command's table) and positional arguments. */
function readOptions(args: readonly string[], table: Record<string, Arity>): ReadOptions | CliProblem {
  const options = new Map<string, string[]>();
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '-h') {
      options.set('help', []);
      continue;
    }
    if (!arg.startsWith('--') || arg === '--') {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq < 0 ? undefined : eq);
    const arity = Object.hasOwn(table, name) ? table[name] : undefined;
    if (arity === undefined) return { code: 'unknown-option', message: unknownOption(arg) };
    const values = options.get(name) ?? [];
    if (arity === 'flag') {
      if (eq >= 0) return { code: 'flag-value', message: flagValue(name) };
      options.set(name, values);
      continue;
    }
    if (arity === 'one' && options.has(name)) return { code: 'repeated-option', message: repeated(name) };
    if (eq >= 0) values.push(arg.slice(eq + 1));
    else {
      while (i + 1 < args.length && !(args[i + 1] as string).startsWith('--')) {
        values.push(args[++i] as string);
        if (arity === 'one') break;
      }
    }
    if (values.length === 0 || values.some((v) => v === ''))
      return { code: 'missing-value', message: missingValue(name) };
    options.set(name, values);
  }
  return { options, positional };
}

function done(command: CliCommand): ParsedArgs {
  return { ok: true, command };
}

function problem(code: string, message: CliProblem['message']): ParsedArgs {
  return { ok: false, problem: { code, message } };
}
