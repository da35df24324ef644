import { msg, type Msg } from '../shared/msg';
import type { RulePackSelection } from '../rules/rule-pack';
import { RULE_SCENES, RULE_TIERS, type RuleParameterValue } from '../rules/rule-types';
import { parseYaml } from './yaml-parse';
import { isYamlMap, newYamlMap, type YamlMap, type YamlValue } from './yaml-value';
import { writeYaml } from './yaml-write';

/** A Rule cell's settings: which rules run, which are left out, and parameter values that differ from defaults. */
export interface RuleCellSettings {
  readonly pack: RulePackSelection;
  readonly exclude: readonly string[];
  /** rule id → parameter name → value. */
  readonly parameters: Readonly<Record<string, Readonly<Record<string, RuleParameterValue>>>>;
}

/** A new Rule cell's settings: the whole library. */
export const DEFAULT_RULE_SETTINGS: RuleCellSettings = { pack: { kind: 'all' }, exclude: [], parameters: {} };

/** Settings read from a Rule cell's source, or what is wrong with it (1-based line within the cell). */
export type RuleSettingsResult =
  | { readonly ok: true; readonly value: RuleCellSettings }
  | { readonly ok: false; readonly line: number; readonly message: Msg };

/**
 * Reads a Rule cell's YAML:
 * ```yaml
 * pack: all            # all | tier | scene | custom
 * tier: 政策类          # with pack: tier
 * scene: inpatient     # with pack: scene (inpatient | outpatient | pharmacy)
 * rules:               # with pack: custom
 *   - GZ10000204001000
 * exclude:
 *   - GZ10000201002000
 * parameters:
 *   GZ10000204001000:
 *     window_days: 15
 * ```
 * An empty source is the whole library. Never throws.
 */
export function parseRuleSettings(source: string): RuleSettingsResult {
  const parsed = parseYaml(source);
  if (!parsed.ok)
    return bad(
      parsed.line,
      `YAML 第 ${parsed.column} 列有误：${parsed.reason.zh}`,
      `Invalid YAML at column ${parsed.column}: ${parsed.reason.en}`,
    );
  if (parsed.value === null) return { ok: true, value: DEFAULT_RULE_SETTINGS };
  if (!isYamlMap(parsed.value))
    return bad(1, '设置应为键值对。', 'Settings must be a map of keys and values.');
  const map = parsed.value;
  const known = new Set(['pack', 'tier', 'scene', 'rules', 'exclude', 'parameters']);
  const extra = Object.keys(map).find((k) => !known.has(k));
  if (extra !== undefined)
    return bad(lineOf(source, extra), `未知的设置项“${extra}”。`, `Unknown setting "${extra}".`);
  const pack = readPack(map, source);
  if ('message' in pack) return pack;
  const exclude = readIds(map['exclude'], 'exclude', source);
  if (!Array.isArray(exclude)) return exclude as RuleSettingsResult;
  const parameters = readParameters(map['parameters'], source);
  if ('message' in parameters) return parameters as RuleSettingsResult;
  return { ok: true, value: { pack: pack.value, exclude, parameters: parameters.value } };
}

/** Writes settings back as YAML (empty text for the defaults). */
export function serializeRuleSettings(settings: RuleCellSettings): string {
  const map = newYamlMap();
  const { pack } = settings;
  map['pack'] = pack.kind;
  if (pack.kind === 'tier') map['tier'] = pack.tier;
  if (pack.kind === 'scene') map['scene'] = pack.scene;
  if (pack.kind === 'custom') map['rules'] = [...pack.rules];
  if (settings.exclude.length > 0) map['exclude'] = [...settings.exclude];
  const ids = Object.keys(settings.parameters).filter(
    (id) => Object.keys(settings.parameters[id] ?? {}).length,
  );
  if (ids.length > 0) {
    const params = newYamlMap();
    for (const id of ids) {
      const values = newYamlMap();
      for (const [name, value] of Object.entries(settings.parameters[id] ?? {})) values[name] = value;
      params[id] = values;
    }
    map['parameters'] = params;
  }
  return writeYaml(map).replace(/\n$/, '');
}

type Failure = { readonly ok: false; readonly line: number; readonly message: Msg };

function readPack(map: YamlMap, source: string): { value: RulePackSelection } | Failure {
  const kind = map['pack'] ?? 'all';
  switch (kind) {
    case 'all':
      return { value: { kind: 'all' } };
    case 'tier': {
      const tier = map['tier'];
      if (!(RULE_TIERS as readonly YamlValue[]).includes(tier ?? null))
        return bad(
          lineOf(source, 'tier'),
          `tier 应为 ${RULE_TIERS.join('、')} 之一。`,
          `tier must be one of ${RULE_TIERS.join(', ')}.`,
        );
      return { value: { kind: 'tier', tier: tier as (typeof RULE_TIERS)[number] } };
    }
    case 'scene': {
      const scene = map['scene'];
      if (!(RULE_SCENES as readonly YamlValue[]).includes(scene ?? null))
        return bad(
          lineOf(source, 'scene'),
          `scene 应为 ${RULE_SCENES.join('、')} 之一。`,
          `scene must be one of ${RULE_SCENES.join(', ')}.`,
        );
      return { value: { kind: 'scene', scene: scene as (typeof RULE_SCENES)[number] } };
    }
    case 'custom': {
      const rules = readIds(map['rules'], 'rules', source);
      return Array.isArray(rules) ? { value: { kind: 'custom', rules } } : (rules as Failure);
    }
    default:
      return bad(
        lineOf(source, 'pack'),
        'pack 应为 all、tier、scene 或 custom。',
        'pack must be all, tier, scene or custom.',
      );
  }
}

function readIds(value: YamlValue | undefined, key: string, source: string): string[] | Failure {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string' && /^[A-Za-z][\w.-]{0,63}$/.test(v)))
    return bad(lineOf(source, key), `${key} 应为规则编号列表。`, `${key} must be a list of rule ids.`);
  return value as string[];
}

function readParameters(
  value: YamlValue | undefined,
  source: string,
): { value: RuleCellSettings['parameters'] } | Failure {
  if (value === undefined || value === null) return { value: {} };
  const where = lineOf(source, 'parameters');
  if (!isYamlMap(value))
    return bad(where, 'parameters 应按规则编号列出参数值。', 'parameters must list values by rule id.');
  const result: Record<string, Record<string, RuleParameterValue>> = {};
  for (const [id, values] of Object.entries(value)) {
    if (!isYamlMap(values))
      return bad(
        lineOf(source, id),
        `规则 ${id} 的参数应为键值对。`,
        `The parameters of rule ${id} must be a map.`,
      );
    const entries: Record<string, RuleParameterValue> = {};
    for (const [name, v] of Object.entries(values)) {
      if (typeof v !== 'number' && typeof v !== 'string')
        return bad(
          lineOf(source, name),
          `参数 ${id}.${name} 应为数值或文本。`,
          `Parameter ${id}.${name} must be a number or text.`,
        );
      entries[name] = v;
    }
    result[id] = entries;
  }
  return { value: result };
}

function bad(line: number, zh: string, en: string): Failure {
  return { ok: false, line, message: msg(zh, en) };
}

/** The 1-based line where `key:` first appears (1 when not found). */
function lineOf(source: string, key: string): number {
  const index = source.split('\n').findIndex((l) => l.trimStart().startsWith(`${key}:`));
  return index < 0 ? 1 : index + 1;
}
