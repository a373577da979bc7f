import { defineConfig } from 'tsup';

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
    // CJS: one file, for require() callers (Node does not tree-shake).
    entry: { index: 'src/index.ts' },
    format: ['cjs'],
    dts: true,
    sourcemap: true,
    target: 'node20',
    treeshake: true,
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
