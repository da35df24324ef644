import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'test/core/**/*.test.ts',
      'test/workers/**/*.test.ts',
      'test/node/**/*.test.ts',
      'test/src/**/*.test.ts',
      'test/bench/**/*.test.ts',
      'test/cli/**/*.test.ts',
      'test/docs/**/*.test.ts',
      'test/corpus/**/*.test.ts',
    ],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    env: { TZ: 'Asia/Shanghai' },
  },
});
