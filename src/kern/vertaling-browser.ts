import type * as z from 'zod/mini';

/**
 * De browservorm van `vertaling.ts` (via het veld `browser` van package.json): het schema zelf,
 * zonder `z.compile`. Dezelfde uitkomsten, met de gewone parse van zod; zo blijft de vertaler van
 * zod (9 kB gz) buiten een browserbundel.
 *
 * @internal
 */
export function vertaald<S extends z.ZodMiniType>(schema: S, _compileer?: unknown): S {
  return schema;
}
