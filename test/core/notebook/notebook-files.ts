import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The repository's notebooks/ folder. */
export const NOTEBOOKS_DIR = join(import.meta.dirname, '../../../notebooks');

/** Every shipped notebook: file name and text. */
export function shippedNotebooks(): { name: string; text: string }[] {
  return readdirSync(NOTEBOOKS_DIR)
    .filter((name) => name.endsWith('.claimlens.md'))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(NOTEBOOKS_DIR, name), 'utf8') }));
}
