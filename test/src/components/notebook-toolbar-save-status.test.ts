import { describe, expect, it } from 'vitest';
import {
  hasEditsOutsideFile,
  saveStatus,
  saveStatusMessages,
  type SaveStatus,
} from '../../../src/components/notebook-toolbar/save-status';
import { messages } from '../../../src/i18n/messages';

const ALL: readonly SaveStatus[] = ['browser', 'browser-changed', 'file-saved', 'file-changed'];

describe('saveStatus', () => {
  it('tells a notebook kept only in the browser from one saved to a file, and edits from none', () => {
    expect(saveStatus('', false)).toBe('browser');
    expect(saveStatus('', true)).toBe('browser-changed');
    expect(saveStatus('audit.claimlens.md', false)).toBe('file-saved');
    expect(saveStatus('audit.claimlens.md', true)).toBe('file-changed');
  });

  it('asks for attention exactly when there are edits outside a file', () => {
    expect(ALL.filter(hasEditsOutsideFile)).toEqual(['browser-changed', 'file-changed']);
  });

  it('gives each state its own line, in both languages, never a bare "saved" beside "not saved"', () => {
    const lines = ALL.map((s) => messages[saveStatusMessages(s).text]);
    expect(new Set(lines.map((m) => m.zh)).size).toBe(ALL.length);
    expect(new Set(lines.map((m) => m.en)).size).toBe(ALL.length);
    for (const line of lines) {
      expect(line.zh).not.toBe('已保存');
      expect(line.en).not.toBe('Saved');
      expect(line.zh).toMatch(/\p{Script=Han}/u);
      expect(line.en).not.toMatch(/\p{Script=Han}/u);
    }
    // Only a notebook that is in a file, unchanged, says it is saved to the file.
    const inFile = ALL.filter((s) => messages[saveStatusMessages(s).text].zh.includes('已保存到文件'));
    expect(inFile).toEqual(['file-saved']);
    // Every state that is not in a file says so.
    for (const s of ['browser', 'browser-changed'] as const) {
      expect(messages[saveStatusMessages(s).text].zh).toContain('未存为文件');
      expect(messages[saveStatusMessages(s).text].en).toContain('not saved to a file');
    }
  });
});
