import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // De typetests (test/**/*.test-d.ts) controleert `npm run typecheck` (tsc over src en test):
    // een mislukte expectTypeOf of een overbodige @ts-expect-error is daar een compileerfout.
    // Vitest hoeft ze niet nog eens te typechecken.
    typecheck: { enabled: false, include: ['test/**/*.test-d.ts'] },
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      exclude: ['src/cli/index.ts'],
      thresholds: { lines: 95, branches: 90, functions: 95, statements: 95 },
      reporter: ['text-summary'],
    },
  },
});
