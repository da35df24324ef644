/** The path prefix every user file is registered under; the only place SQL may read from. */
export const CLAIMS_DIR = '/claims/';

/** Selects the user-data database: `USE` is per connection, so every connection runs it. */
export const USE_STATEMENT = 'USE claims';

/**
 * Where user data lives: an in-memory database with compression on. Measured on 1 M fee lines loaded as
 * text: 30 MB instead of 294 MB, so 10 M lines fit in one tab's wasm heap (4 GB at most) with room to
 * work; loading costs more CPU, queries run as fast or faster. Run before `lockdownStatements`.
 */
export const STORAGE_STATEMENTS: readonly string[] = [
  "ATTACH ':memory:' AS claims (COMPRESS)",
  USE_STATEMENT,
];

/**
 * Statements that lock the engine down before any user SQL runs (engine-facts.md, "Locking the engine
 * down"): no extension downloads (a failed autoload breaks the instance), no access outside CLAIMS_DIR
 * (SQL naming an https:// URL would otherwise be an exfiltration channel), then the configuration is
 * frozen so user SQL cannot undo it.
 */
export function lockdownStatements(options: { memoryLimit?: string } = {}): string[] {
  return [
    'SET autoinstall_known_extensions = false',
    'SET autoload_known_extensions = false',
    ...(options.memoryLimit ? [`SET memory_limit = '${options.memoryLimit}'`] : []),
    `SET allowed_directories = ['${CLAIMS_DIR}']`,
    'SET enable_external_access = false',
    'SET lock_configuration = true',
  ];
}
