import type { ErrorCode } from 'yaml';
import { msg, type Msg } from '../shared/msg';
import { NOTEBOOK_LIMITS } from './limits';

/**
 * Why YAML was refused, in both languages: the reasons for what the notebook subset leaves out, and one
 * for each error the `yaml` package reports. Callers put a reason inside their own message, after the
 * line and column.
 */
export const YAML_REASONS = {
  tooLong: msg(
    `内容过长（超过 ${NOTEBOOK_LIMITS.maxYamlChars.toLocaleString('en-US')} 个字符）`,
    `too long (over ${NOTEBOOK_LIMITS.maxYamlChars.toLocaleString('en-US')} characters)`,
  ),
  nestedTooDeeply: msg(
    `嵌套过深（最多 ${NOTEBOOK_LIMITS.maxYamlDepth} 层）`,
    `nested too deeply (at most ${NOTEBOOK_LIMITS.maxYamlDepth} levels)`,
  ),
  tooManyValues: msg(
    `值过多（最多 ${NOTEBOOK_LIMITS.maxYamlNodes.toLocaleString('en-US')} 个）`,
    `too many values (at most ${NOTEBOOK_LIMITS.maxYamlNodes.toLocaleString('en-US')})`,
  ),
  anchors: msg(
    '不支持锚点和别名（& 与 *），请直接写出值',
    'anchors and aliases (& and *) are not allowed; write the value out',
  ),
  tags: msg('不支持标签（!…），请删去', 'tags (!…) are not allowed; remove them'),
  flow: msg(
    '不支持方括号或花括号写法（[] 与 {} 只能为空），请每行写一项',
    'flow collections ([a, b] or {a: b}) are not allowed, only an empty [] or {}; write one item a line',
  ),
  blockScalar: msg(
    '不支持 | 或 > 多行文本，请写在一行内（双引号中可用 \\n 换行）',
    'block text (| or >) is not allowed; write the value on one line (\\n inside double quotes breaks a line)',
  ),
  multiline: msg(
    '值须写在一行内：下一行的缩进有误，或长文本请加双引号写在一行',
    'a value must fit on its line: the next line is indented too far, or a long text needs double quotes on one line',
  ),
  documents: msg(
    '只能有一个文档：不支持 ---、... 分隔行和 % 指令',
    'only one document: document markers (---, ...) and directives (%) are not allowed',
  ),
  missingKey: msg('“:” 前缺少键', 'a key is missing before ":"'),
  indentation: msg(
    '缩进有误：此行比同级的行缩进更多',
    'unexpected indentation: this line is indented deeper than its siblings',
  ),
} as const satisfies Record<string, Msg>;

/**
 * The reason for an error the `yaml` package reported; `detail` is the package's English text, or for
 * `DUPLICATE_KEY` the key as written.
 */
export function libraryReason(code: ErrorCode, detail: string): Msg {
  return LIBRARY_REASONS[code](detail);
}

const syntax = (detail: string) =>
  msg(
    `无法识别的内容（${detail}），请检查缩进、冒号和引号`,
    `unexpected content (${detail}); check the indentation, colons and quotes`,
  );

/** Every code the package can report has a reason (the type fails to check when a version adds one). */
const LIBRARY_REASONS: Record<ErrorCode, (detail: string) => Msg> = {
  ALIAS_PROPS: () => YAML_REASONS.anchors,
  BAD_ALIAS: () => YAML_REASONS.anchors,
  MULTIPLE_ANCHORS: () => YAML_REASONS.anchors,
  BAD_PROP_ORDER: () => YAML_REASONS.tags,
  MULTIPLE_TAGS: () => YAML_REASONS.tags,
  TAG_RESOLVE_FAILED: () => YAML_REASONS.tags,
  BAD_COLLECTION_TYPE: () => YAML_REASONS.tags,
  BLOCK_IN_FLOW: () => YAML_REASONS.flow,
  BAD_DIRECTIVE: () => YAML_REASONS.documents,
  MULTIPLE_DOCS: () => YAML_REASONS.documents,
  RESOURCE_EXHAUSTION: () => YAML_REASONS.nestedTooDeeply,
  MULTILINE_IMPLICIT_KEY: () => YAML_REASONS.indentation,
  BAD_INDENT: () => msg('缩进有误', 'bad indentation'),
  TAB_AS_INDENT: () => msg('缩进中有制表符（Tab），请改用空格', 'tab in indentation; indent with spaces'),
  BAD_DQ_ESCAPE: (detail) =>
    msg(`双引号文本中的转义无效（${detail}）`, `bad escape in double quotes (${detail})`),
  BAD_SCALAR_START: () =>
    msg('值不能以 %、@ 或 ` 开头，请加引号', 'a plain value cannot start with %, @ or `; put it in quotes'),
  BLOCK_AS_IMPLICIT_KEY: () =>
    msg(
      '一行只能有一个“键: 值”；值中含“: ”时请加引号',
      'one "key: value" a line; put a value that contains ": " in quotes',
    ),
  DUPLICATE_KEY: (key) => msg(`重复的键 ${key}`, `duplicate key ${key}`),
  KEY_OVER_1024_CHARS: () => msg('键过长（超过 1024 个字符）', 'a key is longer than 1024 characters'),
  MISSING_CHAR: (detail) =>
    msg(`缺少结束的引号或括号（${detail}）`, `a closing quote or bracket is missing (${detail})`),
  NON_STRING_KEY: () => msg('键必须是文本，不能是列表或映射', 'a key must be text, not a list or map'),
  IMPOSSIBLE: syntax,
  UNEXPECTED_TOKEN: syntax,
};
