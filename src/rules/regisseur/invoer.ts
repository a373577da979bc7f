import * as z from 'zod/mini';
import { beschreven } from '../../kern/beschrijving.js';
import { heeftZichtbaarTeken, vouwNaam } from '../../kern/beleidstekst.js';
import { optioneelFeitSchema } from '../../kern/valideer.js';
import { FASEN, type Fase } from '../../types/fase.js';
import type { Feit } from '../../types/feit.js';

/** Hoeveel tekens een naam van een organisatie hooguit heeft. */
export const MAX_NAAMLENGTE = 200;

/** Hoeveel organisaties er hooguit bij een cliënt betrokken zijn in de invoer. */
export const MAX_ORGANISATIES = 1_000;

/** Het aantal uren in de langste maand (31 × 24): meer contacturen per maand kan niet. */
export const MAX_CONTACTUREN_PER_MAAND = 744;

/** Een organisatie die bij de cliënt betrokken is. */
export interface BetrokkenOrganisatie {
  /** De naam; uniek in de lijst (hoofdletters, accenten, onzichtbare tekens, witruimte en letters die op elkaar lijken tellen niet). */
  naam: string;
  /** Hoeveel uur contact de organisatie per maand met de cliënt heeft (0 of meer, hooguit 744). */
  contacturenPerMaand: number;
  /** Of bekend is hoe de Regisseur MO van deze organisatie te bereiken is; weggelaten = `'onbekend'`. */
  bereikbaar?: Feit | undefined;
  /** Of de organisatie een vertrouwensrelatie met de cliënt heeft; weggelaten = `'onbekend'`. */
  vertrouwensrelatie?: Feit | undefined;
}

/** De invoer van {@link wijsRegisseurToe}. */
export interface RegisseurInvoer {
  /** De fase in de keten: er is een Regisseur MO in elke fase. */
  fase: Fase;
  /** De betrokken organisaties; de volgorde doet niet ter zake. */
  betrokkenOrganisaties: BetrokkenOrganisatie[];
  /** De naam van de organisatie die nu de Regisseur MO levert, als die er is. */
  huidigeRegisseur?: string | null | undefined;
}

/** Een {@link BetrokkenOrganisatie} na validatie: naam zonder spaties aan de randen, feiten altijd gezet. */
export interface GevalideerdeOrganisatie extends Omit<BetrokkenOrganisatie, 'bereikbaar' | 'vertrouwensrelatie'> {
  /** Zie {@link BetrokkenOrganisatie.bereikbaar}; `'onbekend'` als weggelaten. */
  bereikbaar: Feit;
  /** Zie {@link BetrokkenOrganisatie.vertrouwensrelatie}; `'onbekend'` als weggelaten. */
  vertrouwensrelatie: Feit;
}

/** De invoer van {@link wijsRegisseurToe} na validatie. */
export interface GevalideerdeRegisseurInvoer {
  /** De fase. */
  fase: Fase;
  /** De organisaties, gevalideerd. */
  betrokkenOrganisaties: GevalideerdeOrganisatie[];
  /** De huidige regisseur, of `null`. */
  huidigeRegisseur: string | null;
}

/**
 * Naam als sleutel: gevouwen zoals elke naam die vergeleken wordt ({@link vouwNaam}), zodat
 * `Wijkteam`, `wijkteam `, `Wijk\u200Bteam` (met een onzichtbaar teken), `Wijkteаm` (met een
 * Cyrillische а) en `Wijktéam` dezelfde organisatie zijn. @internal
 */
export function naamsleutel(naam: string): string {
  return vouwNaam(naam);
}

/**
 * De naam van een organisatie: ten minste één letter of cijfer dat te zien is. Een naam van alleen
 * tekens zonder breedte of Hangul-vullers zou in de toelichting als lege naam staan. Andere tekens
 * (ook stuurtekens) weigert de regel hier niet: de CLI ontsnapt ze, en bij het vergelijken tellen
 * ze niet ({@link naamsleutel}).
 */
const naamSchema = z.string().check(
  z.trim(),
  z.minLength(1),
  z.maxLength(MAX_NAAMLENGTE),
  z.refine<string>((naam) => naam.length === 0 || heeftZichtbaarTeken(naam), 'moet ten minste één letter of cijfer bevatten'),
);

const organisatieSchema = z.strictObject({
  naam: beschreven(naamSchema, { description: 'Naam van de organisatie, uniek in de lijst: ten minste één letter of cijfer.' }),
  contacturenPerMaand: beschreven(
    z
      .number({ error: (issue) => (issue.input === undefined ? 'ontbreekt' : 'moet een getal zijn') })
      .check(
        z.gte(0, { error: 'mag niet negatief zijn' }),
        z.lte(MAX_CONTACTUREN_PER_MAAND, { error: `kan niet meer zijn dan ${MAX_CONTACTUREN_PER_MAAND} (de uren van een maand)` }),
      ),
    { description: 'Uren contact per maand (0 tot en met 744).' },
  ),
  bereikbaar: beschreven(optioneelFeitSchema, { description: "Of bekend is hoe de regisseur te bereiken is; weggelaten = 'onbekend'." }),
  vertrouwensrelatie: beschreven(optioneelFeitSchema, { description: "Of er een vertrouwensrelatie met de cliënt is; weggelaten = 'onbekend'." }),
});

/** Het zod-schema van een {@link RegisseurInvoer}; dubbele namen en onbekende velden worden geweigerd. */
export const RegisseurInvoerSchema: z.ZodMiniType<GevalideerdeRegisseurInvoer, RegisseurInvoer> = z
  .strictObject({
    fase: beschreven(z.enum(FASEN), { description: "'dreigend', 'opvang' of 'na-uitstroom'." }),
    betrokkenOrganisaties: beschreven(z.array(organisatieSchema).check(z.maxLength(MAX_ORGANISATIES)), { description: 'De betrokken organisaties; de volgorde doet niet ter zake.' }),
    huidigeRegisseur: beschreven(
      z.pipe(
        z.optional(z.nullable(naamSchema)),
        z.transform((naam: string | null | undefined) => naam ?? null),
      ),
      { description: 'Naam van de organisatie die nu de Regisseur MO levert, of null.' },
    ),
  })
  .check(
    z.superRefine((invoer, context) => {
      const gezien = new Map<string, number>();
      invoer.betrokkenOrganisaties.forEach((organisatie, index) => {
        // Een naam die niets laat zien, heeft haar fout al; één fout per naam.
        if (!heeftZichtbaarTeken(organisatie.naam)) return;
        const eerder = gezien.get(naamsleutel(organisatie.naam));
        if (eerder === undefined) gezien.set(naamsleutel(organisatie.naam), index);
        else context.addIssue({ code: 'custom', path: ['betrokkenOrganisaties', index, 'naam'], message: `komt al voor (betrokkenOrganisaties.${eerder}.naam)` });
      });
    }),
  );
