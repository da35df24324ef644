import { msg } from '../core/shared/msg';

// The command line's usage errors, in both languages (Chinese first), each naming what to do.

/** An unknown command. */
export const unknownCommand = (name: string) =>
  msg(
    `未知的命令“${name}”：可用命令为 run、map、rules、help。`,
    `Unknown command "${name}": the commands are run, map, rules and help.`,
  );
/** An unknown option. */
export const unknownOption = (arg: string) =>
  msg(
    `未知的选项“${arg}”：运行 claimlens help 查看可用选项。`,
    `Unknown option "${arg}": run claimlens help to see the options.`,
  );
/** A value given to a flag. */
export const flagValue = (name: string) =>
  msg(`选项 --${name} 不带取值。`, `Option --${name} takes no value.`);
/** A single-valued option given twice. */
export const repeated = (name: string) =>
  msg(`选项 --${name} 只能给出一次。`, `Option --${name} can be given only once.`);
/** An option without its value. */
export const missingValue = (name: string) =>
  msg(`选项 --${name} 缺少取值。`, `Option --${name} needs a value.`);
/** A stray positional argument. */
export const unexpected = (arg: string) =>
  msg(
    `多余的参数“${arg}”：笔记本只能指定一个，数据文件请放在 --data 之后。`,
    `Unexpected argument "${arg}": give one notebook, and data files after --data.`,
  );
/** A required option left out. */
export const missingOption = (name: string, value: string) =>
  msg(`缺少必需的选项 --${name} ${value}。`, `The option --${name} ${value} is required.`);
/** An engine that does not exist. */
export const badEngine = (engine: string) =>
  msg(
    `--engine 的取值“${engine}”无效：应为 wasm 或 native。`,
    `--engine cannot be "${engine}": use wasm or native.`,
  );
/** A thread count out of range. */
export const badThreads = (text: string, max: number) =>
  msg(
    `--threads 的取值“${text}”无效：应为 1 到 ${max} 之间的整数。`,
    `--threads cannot be "${text}": use a whole number from 1 to ${max}.`,
  );
/** `--threads` without the native engine. */
export const threadsNeedNative = msg(
  '--threads 只用于 --engine native（WASM 引擎与浏览器一样是单线程）。',
  '--threads applies to --engine native only (the WASM engine is single-threaded, as in the browser).',
);

/** No notebook given (perhaps swallowed by `--data`). */
export function missingNotebook(data: readonly string[]) {
  const hint = data.find((d) => d.endsWith('.md'));
  return hint
    ? msg(
        `缺少笔记本文件：请把笔记本写在 --data 之前（“${hint}”被当作了数据文件）。`,
        `The notebook is missing: put it before --data ("${hint}" was read as a data file).`,
      )
    : msg(
        '缺少笔记本文件：用法为 claimlens run NOTEBOOK --data FILE… --out DIR。',
        'The notebook is missing: usage is claimlens run NOTEBOOK --data FILE… --out DIR.',
      );
}

/** `claimlens map` without data files. */
export const missingFiles = msg(
  '缺少数据文件：用法为 claimlens map FILE… [--out mapping.yaml]。',
  'No data files given: usage is claimlens map FILE… [--out mapping.yaml].',
);
