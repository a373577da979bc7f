import { defineConfig } from 'tsup';
import type { Plugin } from 'esbuild';

/**
 * In de CJS-bouw blijft `src/kern/compilatie.ts` (de compiler van zod) een eigen bestand,
 * `dist/kern/compilatie.cjs`, dat dist/index.cjs met `require` laadt. Zo kan het veld `browser` van
 * package.json het ook voor een bundelaar die het pakket `require`t vervangen door
 * `compilatie-browser.cjs`, net als het ESM-bestand (issue 30, klasse 9).
 */
const compilatieApart: Plugin = {
  name: 'compilatie-apart',
  setup(bouw) {
    bouw.onResolve({ filter: /^\.\/compilatie\.js$/ }, (args) =>
      args.importer.replaceAll('\\', '/').endsWith('src/kern/valideer.ts') ? { path: './kern/compilatie.cjs', external: true } : undefined,
    );
  },
};

export default defineConfig([
  {
    // ESM: one output file per source module (not bundled), so that a bundler, helped by
    // `"sideEffects": false`, drops every module a program does not import. A browser bundle
    // of one rule then carries neither the other rules nor the municipality data it does not
    // need (measured by size-limit, see .size-limit.json and docs/prestaties.md).
    entry: ['src/**/*.ts', '!src/cli/**'],
    bundle: false,
    format: ['esm'],
    dts: { entry: { index: 'src/index.ts' } },
    clean: true,
    sourcemap: true,
    target: 'node20',
  },
  {
    // CJS: one file, for require() callers (Node does not tree-shake), except the zod compiler:
    // it stays dist/kern/compilatie.cjs, so that the `browser` field can swap it (see above).
    entry: { index: 'src/index.ts' },
    format: ['cjs'],
    dts: true,
    sourcemap: true,
    target: 'node20',
    treeshake: true,
    esbuildPlugins: [compilatieApart],
  },
  {
    // The two forms of the compiler module for the CJS build: Node's and the browser's.
    entry: { 'kern/compilatie': 'src/kern/compilatie.ts', 'kern/compilatie-browser': 'src/kern/compilatie-browser.ts' },
    format: ['cjs'],
    sourcemap: true,
    target: 'node20',
  },
  {
    // The CLI: a thin shell; it imports only src/index.ts (the public surface), bundled in.
    // The worker of `--parallel` is its own file next to it (src/cli/werker.ts).
    // So is the worker of `serve` (src/cli/dienst/werker.ts, run by piscina).
    entry: { cli: 'src/cli/index.ts', 'cli-werker': 'src/cli/werker.ts', 'dienst-werker': 'src/cli/dienst/werker.ts' },
    format: ['esm'],
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
  },
]);
