// De CLI uit de bron gebouwd, eenmaal per testbestand, zoals tsup haar bouwt (tsup.config.ts:
// cli.js, cli-werker.js en dienst-werker.js naast elkaar, de pakketten extern). Een proces start dan
// met `node <map>/dist/cli.js` in ongeveer 1 s, via tsx in 2–3 s (tsx laadt elk bronbestand door zijn
// loader, en elke werker van --parallel en serve doet dat opnieuw). Het blijft de bron van nu: geen
// dist/ van een eerdere build.
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';

/** Een gebouwde CLI: het pad van cli.js, en opruimen. */
export interface GebouwdeCli {
  /** Het pad van cli.js. */
  cli: string;
  /** Het pad van cli-werker.js (de werker van --parallel). */
  werker: string;
  opruimen(): void;
}

/**
 * Bouwt de CLI in een eigen map onder test-artefacten/ (genegeerd door git). De map ligt in het
 * project, zodat `node_modules` gevonden wordt; `test/vectors` ernaast is een link naar die van
 * het project (de CLI zoekt ze naast dist/, zoals in het pakket).
 */
export async function bouwCli(): Promise<GebouwdeCli> {
  const basis = resolve('test-artefacten');
  mkdirSync(basis, { recursive: true });
  const map = mkdtempSync(join(basis, 'cli-'));
  mkdirSync(join(map, 'test'));
  symlinkSync(resolve('test/vectors'), join(map, 'test', 'vectors'));
  await build({
    entryPoints: { cli: 'src/cli/index.ts', 'cli-werker': 'src/cli/werker.ts', 'dienst-werker': 'src/cli/dienst/werker.ts' },
    outdir: join(map, 'dist'),
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    logLevel: 'silent',
  });
  return {
    cli: join(map, 'dist', 'cli.js'),
    werker: join(map, 'dist', 'cli-werker.js'),
    opruimen: () => rmSync(map, { recursive: true, force: true }),
  };
}

/** Draait de gebouwde CLI als proces: exitcode, stdout en stderr. */
export function draai(cli: GebouwdeCli, argumenten: string[], opties: SpawnSyncOptions = {}) {
  const resultaat = spawnSync(process.execPath, [cli.cli, ...argumenten], { encoding: 'utf8', ...opties });
  return { code: resultaat.status, uit: String(resultaat.stdout), fout: String(resultaat.stderr) };
}
