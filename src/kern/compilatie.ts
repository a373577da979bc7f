import * as z from 'zod/mini';

/**
 * De minor-versies van zod 4 waarmee de gecompileerde parse getest is
 * (`test/kern/compilatie.test.ts` vergelijkt haar daar met de gewone parse). Een andere versie
 * gebruikt de gewone parse tot ze ook getest is: een fout in de compiler van zod die een
 * verkeerde invoer *aanneemt*, zou anders ongemerkt tot een beslissing leiden.
 *
 * @internal
 */
export const GETESTE_ZOD_MINOREN: readonly number[] = Object.freeze([6]);

/** Wat {@link gecompileerd} van zod gebruikt; alleen voor de test van een andere zod te vervangen. @internal */
export interface ZodCompiler {
  compile?: unknown;
  versie?: { major: number; minor: number } | undefined;
}

const DEZE_ZOD: ZodCompiler = { compile: z.compile, versie: (z.core as { version?: { major: number; minor: number } }).version };

/**
 * Het schema gecompileerd door zod (`z.compile`, zod 4.6): een functie die zod uit het schema zelf
 * genereert, met dezelfde controles en omzettingen, zonder een tweede, handgeschreven validatie.
 * Op geldige invoer enkele keren sneller dan de gewone parse (per regel gemeten door
 * `npm run bench:regels`, tabel "validatie"). Weigert de gecompileerde functie, dan valt zod zelf
 * terug op zijn gewone parse, en die beslist (ook over de meldingen).
 *
 * Het schema zelf terug, dus de gewone parse, als zod geen `z.compile` heeft (vóór 4.6), als deze
 * minor-versie niet in {@link GETESTE_ZOD_MINOREN} staat, of als zod het schema niet kan compileren
 * (bv. omdat `new Function` niet mag, zoals onder een strenge Content-Security-Policy).
 *
 * In een browserbundel vervangt `compilatie-browser.ts` dit bestand (het veld `browser` van
 * package.json): de compiler van zod kost daar 9 kB gz per bundel, en een browser beslist één
 * geval tegelijk.
 *
 * @internal
 */
export function gecompileerd<S extends z.ZodMiniType>(schema: S, zod: ZodCompiler = DEZE_ZOD): S {
  if (typeof zod.compile !== 'function' || zod.versie?.major !== 4 || !GETESTE_ZOD_MINOREN.includes(zod.versie.minor)) return schema;
  return (zod.compile as typeof z.compile)(schema);
}
