import * as z from 'zod/mini';
import { isKalenderdatum } from '../calculators/datum.js';
import { zoekBrondocument } from '../data/bronnen.js';
import { valideer } from '../kern/valideer.js';
import { diepBevroren } from '../types/bevroren.js';
import type { Beleid } from './beleid.js';
import { WAARDESTATUSSEN } from '../types/waardestatus.js';
import { BELEIDSPARAMETERS, type Parameternaam } from './parameters.js';

const datumTekst = z.string().check(z.refine(isKalenderdatum, 'moet een bestaande datum JJJJ-MM-DD zijn'));

const bronSchema = z.strictObject({
  document: z.string().check(z.refine((id) => zoekBrondocument(id) !== undefined, 'onbekend brondocument; zie BRONDOCUMENTEN')),
  onderdeel: z.string().check(z.minLength(1)),
  citaat: z.optional(z.string().check(z.minLength(1))),
});

function periodenSchema(waardeSchema: z.ZodMiniType) {
  return z
    .array(
      z
        .strictObject({
          vanaf: datumTekst,
          tot: z.optional(datumTekst),
          waarde: waardeSchema,
          status: z.enum(WAARDESTATUSSEN),
          bronnen: z.array(bronSchema).check(z.minLength(1)),
          toelichting: z.optional(z.string().check(z.trim(), z.minLength(1))),
          datumkeuze: z.optional(z.string().check(z.trim(), z.minLength(1))),
        })
        .check(z.superRefine((periode, context) => {
          if (periode.tot !== undefined && periode.tot <= periode.vanaf) {
            context.addIssue({ code: 'custom', path: ['tot'], message: 'moet na vanaf liggen' });
          }
          if (periode.status === 'interpretatie' && periode.toelichting === undefined) {
            context.addIssue({ code: 'custom', path: ['toelichting'], message: "is verplicht bij status 'interpretatie': leg uit waarom deze lezing" });
          }
        })),
    )
    .check(z.minLength(1), z.superRefine((perioden, context) => {
      // Opvolgend zonder gat of overlap: zo geldt op elke datum hooguit één waarde, en
      // is een datum zonder waarde altijd een bewuste keuze (vóór de eerste of na de laatste).
      perioden.forEach((periode, index) => {
        const vorige = perioden[index - 1];
        if (!vorige) return;
        if (periode.vanaf <= vorige.vanaf) {
          context.addIssue({ code: 'custom', path: [index, 'vanaf'], message: 'moet na het begin van de vorige periode liggen' });
        } else if (vorige.tot === undefined || vorige.tot > periode.vanaf) {
          context.addIssue({ code: 'custom', path: [index, 'vanaf'], message: vorige.tot ? 'overlapt met de vorige periode (die loopt langer)' : 'overlapt met de vorige periode (die heeft geen einde)' });
        } else if (vorige.tot < periode.vanaf) {
          context.addIssue({ code: 'custom', path: [index, 'vanaf'], message: 'laat een gat: de vorige periode eindigt eerder' });
        }
      });
    }));
}

const parameterSchemas = Object.fromEntries(
  (Object.keys(BELEIDSPARAMETERS) as Parameternaam[]).map((naam) => [naam, z.optional(periodenSchema(BELEIDSPARAMETERS[naam].schema))]),
);

const beleidSchema = z.strictObject({
  id: z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'moet uit kleine letters, cijfers en streepjes bestaan, bv. gemeente-wierden')),
  versie: z.string().check(z.minLength(1)),
  naam: z.string().check(z.minLength(1)),
  parameters: z.strictObject(parameterSchemas).check(z.superRefine((parameters, context) => {
    // Een verblijfsduur zonder regio zou bij elke regio kunnen worden toegepast: een geleende termijn.
    const termijnen = Object.keys(parameters).filter((naam) => naam.startsWith('verblijfsduur.') && naam !== 'verblijfsduur.regio' && parameters[naam] !== undefined);
    if (termijnen.length > 0 && parameters['verblijfsduur.regio'] === undefined) {
      context.addIssue({ code: 'custom', path: ['verblijfsduur.regio'], message: 'is verplicht naast een verblijfsduur: zeg voor welke regio de termijnen gelden' });
    }
  })),
});

/**
 * De beleidsobjecten die {@link defineBeleid} controleerde, herkend aan hun identiteit: een
 * kopie of een object met dezelfde velden staat er niet in en wordt opnieuw gecontroleerd.
 * (Een merkteken op het object zelf kan worden nagemaakt.)
 */
const GECONTROLEERD = new WeakSet<object>();

/**
 * Legt een eigen beleid vast (bv. een gemeente met een eigen fondsmaximum) en controleert het:
 * onbekende parameters, waarden van het verkeerde type, onbestaande datums, perioden die
 * overlappen of een gat laten, `'interpretatie'` zonder toelichting en bronnen die niet naar
 * een bekend brondocument verwijzen zijn een {@link OngeldigeInvoerFout} met het pad.
 * Geef het resultaat mee als `opties.beleid` aan een regel.
 *
 * @param definitie - id, versie, naam en per parameter de gedateerde waarden
 * @returns het gecontroleerde, bevroren beleid
 * @throws {OngeldigeInvoerFout} als de definitie niet klopt; `fouten[].pad` noemt het veld
 * @example
 * const wierden = defineBeleid({
 *   id: 'gemeente-wierden',
 *   versie: '2026-1',
 *   naam: 'Gemeente Wierden',
 *   parameters: {
 *     'versnelfonds.maximumInCenten': [
 *       {
 *         vanaf: '2026-01-01',
 *         waarde: 50_000,
 *         status: 'vastgesteld',
 *         bronnen: [{ document: 'raadsbrief-regioplan-almelo', onderdeel: 'Versnelfonds' }],
 *       },
 *     ],
 *   },
 * });
 * wierden.parameters['versnelfonds.maximumInCenten']?.[0]?.waarde
 * //=> 50000
 */
export function defineBeleid(definitie: Beleid): Beleid {
  const gecontroleerd = diepBevroren(valideer(beleidSchema, definitie) as Beleid);
  GECONTROLEERD.add(gecontroleerd);
  return gecontroleerd;
}

/** Zegt of dit object (niet een kopie) door {@link defineBeleid} is gemaakt. @internal */
export function isGecontroleerdBeleid(beleid: object): boolean {
  return GECONTROLEERD.has(beleid);
}
