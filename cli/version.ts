import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package's version (from its package.json). */
export function packageVersion(): string {
  const file = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'package.json');
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as { version?: string };
  return parsed.version ?? '0.0.0';
}
