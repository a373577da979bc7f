import { readFileSync, readdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, sep } from 'node:path';
import { configDefaults, defineConfig } from 'vitest/config';

/**
 * Testbestanden die een module vervangen (vi.mock of vi.doMock, gezocht in de bestanden zelf, zodat
 * een nieuw bestand er vanzelf bij komt): die krijgen elk hun eigen modules. De andere
 * bestanden van de bibliotheek delen per werker hun modules (`isolate: false`): de bibliotheek is
 * zuiver, en elk bestand opnieuw laden kostte samen ~60 s van de vijf minuten (gemeten: test:unit
 * 204 s met, 164 s zonder isoleren; zie docs/prestaties.md). Een test die iets globaals verandert
 * (Object.prototype), zet het in een `finally` terug.
 */
const MET_VI_MOCK = readdirSync('test', { recursive: true, encoding: 'utf8' })
  .filter((bestand) => bestand.endsWith('.test.ts') && /\bvi\.(?:do)?[mM]ock\(/.test(readFileSync(join('test', bestand), 'utf8')))
  .map((bestand) => join('test', bestand).split(sep).join('/'));

export default defineConfig({
  test: {
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
    // Twee projecten, alleen om de site één keer te bouwen voor de browsertests (drie bestanden die
    // naast andere bestanden draaien, elk met een eigen Chromium): de globalSetup van "site" draait
    // alleen als er een browsertest gekozen is, niet bij elke `vitest run test/x.test.ts`.
    projects: [
      { extends: true, test: { name: 'bibliotheek', include: ['test/**/*.test.ts'], exclude: [...configDefaults.exclude, 'test/browser/**', ...MET_VI_MOCK], isolate: false } },
      { extends: true, test: { name: 'eigen-modules', include: MET_VI_MOCK } },
      { extends: true, test: { name: 'site', include: ['test/browser/**/*.test.ts'], globalSetup: ['test/browser/bouw-site.ts'] } },
    ],
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      exclude: ['src/cli/index.ts'],
      thresholds: { lines: 95, branches: 90, functions: 95, statements: 95 },
      reporter: ['text-summary'],
    },
  },
});
