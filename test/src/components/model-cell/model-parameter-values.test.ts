import { describe, expect, it } from 'vitest';
import type { ModelParameterDef } from '../../../../core/models/model-types';
import { msg } from '../../../../core/shared/msg';
import {
  isAcceptable,
  parameterValue,
  readModelBody,
  typedValue,
  undeclared,
  withParameter,
} from '../../../../src/components/model-cell/model-parameter-values';

const WINDOW: ModelParameterDef = {
  name: 'window_days',
  label: msg('窗口', 'Window'),
  kind: 'integer',
  default: 1,
  min: 0,
  max: 7,
  reason: msg('同日 ± 1 天', 'Same day ± 1'),
};
const TEST: ModelParameterDef = {
  name: 'test',
  label: msg('检验', 'Test'),
  kind: 'choice',
  default: 'first',
  choices: ['first', 'first-two', 'second', 'last-two'],
  reason: msg('首位数字', 'First digit'),
};
const SHARE: ModelParameterDef = {
  name: 'share',
  label: msg('占比', 'Share'),
  kind: 'number',
  default: 0.5,
  min: 0,
  max: 1,
  reason: msg('一半', 'Half'),
};

function values(text: string) {
  const body = readModelBody(text);
  if (!body.ok) throw new Error(`unexpected: ${body.message.en}`);
  return body.values;
}

describe('a Model cell body', () => {
  it('reads empty text as every default', () => {
    expect(values('')).toEqual({});
    expect(parameterValue(WINDOW, values(''))).toBe(1);
    expect(parameterValue(TEST, values('# nothing set\n'))).toBe('first');
  });

  it('reads set values with their types, codes staying text', () => {
    const v = values('window_days: 3\ntest: first-two\nshare: 0.25\n');
    expect(parameterValue(WINDOW, v)).toBe(3);
    expect(parameterValue(TEST, v)).toBe('first-two');
    expect(parameterValue(SHARE, v)).toBe(0.25);
  });

  it('refuses a value that is a list, a map or true/false, naming its line', () => {
    const bad = readModelBody('window_days: 3\ntest: [first]\n');
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.line).toBe(2);
  });

  it('names the line of bad YAML and refuses a body that is not a map', () => {
    const bad = readModelBody('window_days: 3\n  test: [a, b\n');
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.line).toBeGreaterThanOrEqual(2);
    const list = readModelBody('- 1\n- 2\n');
    expect(list.ok).toBe(false);
    if (!list.ok) {
      expect(list.message.zh).toContain('名称: 值');
      expect(list.message.en).toContain('name: value');
    }
  });

  it('writes only values that differ from the default, keeping other keys as written', () => {
    const v = values('unknown_key: 9\nwindow_days: 3\n');
    expect(withParameter(v, WINDOW, 1)).toBe('unknown_key: 9');
    expect(withParameter(v, WINDOW, 5)).toBe('unknown_key: 9\nwindow_days: 5');
    expect(withParameter(v, TEST, 'second')).toBe('unknown_key: 9\nwindow_days: 3\ntest: second');
    expect(withParameter({}, TEST, 'first')).toBe('');
  });

  it('lists the names the body sets that the model does not declare', () => {
    expect(undeclared(values('unknown_key: 9\nwindow_days: 3\nother: x\n'), [WINDOW, TEST])).toEqual([
      'unknown_key',
      'other',
    ]);
    expect(undeclared(values('test: second'), [WINDOW, TEST])).toEqual([]);
  });

  it('keeps typed text that is not a number as text, never coerced', () => {
    expect(typedValue(WINDOW, ' 4 ')).toBe(4);
    expect(typedValue(WINDOW, 'four')).toBe('four');
    expect(typedValue(SHARE, '1e-1')).toBe(0.1);
    expect(typedValue(TEST, 'second')).toBe('second');
    expect(withParameter({}, WINDOW, 'four')).toBe('window_days: four');
  });

  it('checks kind, whole numbers, bounds and choices as the run does', () => {
    expect(isAcceptable(WINDOW, 7)).toBe(true);
    expect(isAcceptable(WINDOW, 8)).toBe(false);
    expect(isAcceptable(WINDOW, -1)).toBe(false);
    expect(isAcceptable(WINDOW, 2.5)).toBe(false);
    expect(isAcceptable(WINDOW, '3')).toBe(false);
    expect(isAcceptable(SHARE, 'half')).toBe(false);
    expect(isAcceptable(SHARE, 0.75)).toBe(true);
    expect(isAcceptable(TEST, 'last-two')).toBe(true);
    expect(isAcceptable(TEST, 'third')).toBe(false);
  });
});
