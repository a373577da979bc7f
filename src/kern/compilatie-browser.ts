import type * as z from 'zod/mini';
import type { ZodCompiler } from './compilatie.js';

/**
 * De browservorm van `compilatie.ts` (via het veld `browser` van package.json): het schema zelf,
 * zonder `z.compile`. Dezelfde uitkomsten, met de gewone parse van zod; zo blijft de compiler van
 * zod (9 kB gz) buiten een browserbundel.
 *
 * @internal
 */
export function gecompileerd<S extends z.ZodMiniType>(schema: S, _zod?: ZodCompiler): S {
  return schema;
}
