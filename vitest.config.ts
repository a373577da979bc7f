import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Een testbestand per core: vitest neemt er standaard één minder, en op de twee cores van CI
    // is dat één (gemeten: de suite zonder coverage 61 s met één, 46 s met twee).
    maxWorkers: availableParallelism(),
    // Een test faalt niet op een tijd: de standaardgrens van 5 s is op een drukke machine met twee
    // bestanden tegelijk te krap voor de eigenschapstests en de tests die processen starten.
    testTimeout: 60_000,
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
