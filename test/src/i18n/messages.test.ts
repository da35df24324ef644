import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { messages, type MessageId } from '../../../src/i18n/messages';

const srcDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? sourceFiles(full) : full.endsWith('.ts') ? [full] : [];
  });
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('UI messages', () => {
  const ids = Object.keys(messages) as MessageId[];

  it('has non-empty Chinese and English text for every id', () => {
    for (const id of ids) {
      expect(messages[id].zh.trim(), `${id} zh`).not.toBe('');
      expect(messages[id].en.trim(), `${id} en`).not.toBe('');
    }
  });

  it('uses the same placeholders in both languages', () => {
    for (const id of ids) {
      expect(placeholders(messages[id].en), id).toEqual(placeholders(messages[id].zh));
    }
  });

  it('writes the Chinese text in Chinese', () => {
    // Ids whose Chinese text is legitimately Latin: format and encoding names, the language switch.
    const latin = new Set<MessageId>([
      'format.parquet',
      'encoding.utf-8',
      'lang.switch',
      'engine.ready',
      // A dash for "not applicable" in a score table.
      'workshop.na',
    ]);
    for (const id of ids) {
      if (latin.has(id)) continue;
      expect(/[\u3400-\u9fff]/.test(messages[id].zh), `${id}: ${messages[id].zh}`).toBe(true);
    }
  });

  it('has no message the UI never uses', () => {
    const source = sourceFiles(srcDir)
      .filter((f) => !/[\\/]i18n[\\/]messages(-[\w-]+)?\.ts$/.test(f))
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    // Ids built in a template, e.g. t(`cell.type.${cell.type}`): every id under that prefix counts.
    const prefixes = [...source.matchAll(/`([\w.-]+\.)\$\{/g)].map((m) => m[1] as string);
    const unused = ids.filter((id) => !source.includes(`'${id}'`) && !prefixes.some((p) => id.startsWith(p)));
    expect(unused).toEqual([]);
  });
});
