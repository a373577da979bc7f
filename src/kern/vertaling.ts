import * as z from 'zod/mini';

/**
 * Het schema als gegenereerde functie (`z.compile`, zod ≥ 4.6): dezelfde controles en
 * omzettingen, afgeleid uit het schema zelf, dus zonder een tweede, handgeschreven validatie die
 * ervan kan afwijken. Op geldige invoer 3–10× sneller dan de gewone parse (gemeten in
 * docs/prestaties.md). Bij ongeldige invoer loopt de gewone parse van zod, met dezelfde
 * uitkomst; kan zod het schema niet vertalen (een zod vóór 4.6, of `new Function` niet toegestaan
 * zoals onder een strenge Content-Security-Policy), dan geeft dit het schema zelf terug.
 *
 * `compileer` is alleen voor de test van een zod zonder `z.compile`.
 *
 * In een browserbundel vervangt `vertaling-browser.ts` dit bestand (het veld `browser` van
 * package.json): de vertaler van zod kost daar 9 kB gz per bundel, en een browser beslist één
 * geval tegelijk.
 *
 * @internal
 */
export function vertaald<S extends z.ZodMiniType>(schema: S, compileer: unknown = z.compile): S {
  return typeof compileer === 'function' ? (compileer as typeof z.compile)(schema) : schema;
}
