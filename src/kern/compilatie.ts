import * as z from 'zod/mini';

/**
 * De versies van zod waarmee de gecompileerde parse getest is (`test/kern/compilatie.test.ts`
 * vergelijkt haar daar met de gewone parse, en eist dat de zod van het project hierin staat). Elke
 * andere versie, ook een andere patch, gebruikt de gewone parse tot ze ook getest is: de compiler
 * van zod is nieuw, en een fout erin die een verkeerde invoer *aanneemt*, zou anders ongemerkt tot
 * een beslissing leiden.
 *
 * @internal
 */
export const GETESTE_ZOD_VERSIES: readonly string[] = Object.freeze(['4.6.7']);

/** Een versie van zod zoals `z.core.version` haar geeft. @internal */
export interface Zodversie {
  major: number;
  minor: number;
  patch: number;
}

/** Wat {@link gecompileerd} van zod gebruikt; alleen voor de test van een andere zod te vervangen. @internal */
export interface ZodCompiler {
  compile?: unknown;
  versie?: Zodversie | undefined;
}

const DEZE_ZOD: ZodCompiler = { compile: z.compile, versie: (z.core as { version?: Zodversie }).version };

/** `major.minor.patch` van een zod, of `undefined` als zod geen versie noemt. @internal */
export function zodversie(versie: Zodversie | undefined): string | undefined {
  return versie === undefined ? undefined : `${versie.major}.${versie.minor}.${versie.patch}`;
}

/**
 * Het schema gecompileerd door zod (`z.compile`, getest met zod 4.6.7): een functie die zod uit
 * het schema zelf genereert, met dezelfde controles en omzettingen, zonder een tweede,
 * handgeschreven validatie.
 * Op geldige invoer enkele keren sneller dan de gewone parse (per regel gemeten door
 * `npm run bench:regels`, tabel "validatie"). Weigert de gecompileerde functie, dan valt zod zelf
 * terug op zijn gewone parse, en die beslist (ook over de meldingen).
 *
 * Het schema zelf terug, dus de gewone parse, als zod geen `z.compile` heeft (vóór 4.6), als deze
 * versie niet in {@link GETESTE_ZOD_VERSIES} staat, of als zod het schema niet kan compileren
 * (bv. omdat `new Function` niet mag, zoals onder een strenge Content-Security-Policy).
 *
 * In een browserbundel vervangt `compilatie-browser.ts` dit bestand (het veld `browser` van
 * package.json): de compiler van zod kost daar 9 kB gz per bundel, en een browser beslist één
 * geval tegelijk.
 *
 * @internal
 */
export function gecompileerd<S extends z.ZodMiniType>(schema: S, zod: ZodCompiler = DEZE_ZOD): S {
  const versie = zodversie(zod.versie);
  if (typeof zod.compile !== 'function' || versie === undefined || !GETESTE_ZOD_VERSIES.includes(versie)) return schema;
  return (zod.compile as typeof z.compile)(schema);
}
