/** Reads the hostile inputs of the loaders' attack corpus (test/attacks/loaders/, see its README). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder of the loaders' attack corpus. */
export const ATTACKS_DIR = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  'attacks',
  'loaders',
);

/** The bytes of one attack file. */
export function attackBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(path.join(ATTACKS_DIR, name)));
}
