import * as z from 'zod/mini';
import { beschreven } from '../../kern/beschrijving.js';
import { centenSchema, feitSchema, optioneelFeitSchema, tijdstipSchema } from '../../kern/valideer.js';
import type { Feit } from '../../types/feit.js';
import { gemeenteVanHerkomstSchema } from '../herkomst/invoer.js';
import { diepBevroren } from '../../types/bevroren.js';

/** De vormen waarin het versnelfonds verstrekt: een gift, een lening of een voorschot. */
export const VERSNELFONDSVORMEN = /* @__PURE__ */ diepBevroren(['gift', 'lening', 'voorschot'] as const);

/** Eén van de {@link VERSNELFONDSVORMEN}. */
export type Versnelfondsvorm = (typeof VERSNELFONDSVORMEN)[number];

/** Een aanvraag bij het versnelfonds: de invoer van {@link beoordeelVersnelfonds}. */
export interface VersnelfondsAanvraag {
  /** Wanneer de aanvraag binnenkwam: ISO 8601 mét tijdzone (`2026-04-05T14:30:00+02:00`) of een `Date`. */
  ingediendOp: string | Date;
  /** Gift, lening of voorschot. Alle drie hebben dezelfde criteria en hetzelfde maximum. */
  vorm: Versnelfondsvorm;
  /** Het gevraagde bedrag in eurocent: een positief geheel getal. */
  bedragInCenten: number;
  /** Gemeentenaam of CBS-code, `'onbekend'`, `'buitenland'`, `'Bonaire'`, `'Sint Eustatius'` of `'Saba'` (criterium 2). */
  gemeenteVanHerkomst: string;
  /** `true`: voorliggende voorzieningen zijn geen optie (meer); het fonds is de laatste optie. */
  voorliggendeVoorzieningenBenut: Feit;
  /** `true`: de aanvraag voorkomt of verkort een beroep op de maatschappelijke opvang (criterium 1). */
  voorkomtOfVerkortOpvang: Feit;
  /** De verwachte besparing aan maatschappelijke kosten in eurocent (0 of meer), of `'onbekend'` (criterium 3). */
  verwachteBesparingInCenten: number | 'onbekend';
  /** Of de cliënt schulden heeft (criterium 4 geldt als `true`). */
  schulden: Feit;
  /** Of er een schuldhulpverlener betrokken is; weggelaten telt als `'onbekend'`. */
  schuldhulpverlenerBetrokken?: Feit | undefined;
  /** Of de schulden tot een minimum zijn teruggebracht; weggelaten telt als `'onbekend'`. */
  schuldenTotMinimumTeruggebracht?: Feit | undefined;
}

/**
 * De aanvraag na validatie: `ingediendOp` is milliseconden sinds 1970 (UTC) en weggelaten
 * feiten zijn `'onbekend'`. De andere velden zijn als in {@link VersnelfondsAanvraag}.
 */
export interface GevalideerdeVersnelfondsAanvraag
  extends Omit<VersnelfondsAanvraag, 'ingediendOp' | 'schuldhulpverlenerBetrokken' | 'schuldenTotMinimumTeruggebracht'> {
  /** Het tijdstip in milliseconden sinds 1970 (UTC). */
  ingediendOp: number;
  /** Zie {@link VersnelfondsAanvraag.schuldhulpverlenerBetrokken}; `'onbekend'` als weggelaten. */
  schuldhulpverlenerBetrokken: Feit;
  /** Zie {@link VersnelfondsAanvraag.schuldenTotMinimumTeruggebracht}; `'onbekend'` als weggelaten. */
  schuldenTotMinimumTeruggebracht: Feit;
}

const BESPARING_MELDING = "moet een geheel getal van ten minste 0 zijn (eurocent) of 'onbekend'";

/** Het zod-schema van een {@link VersnelfondsAanvraag}; onbekende velden worden geweigerd. */
export const VersnelfondsAanvraagSchema: z.ZodMiniType<GevalideerdeVersnelfondsAanvraag, VersnelfondsAanvraag> = z.strictObject({
  ingediendOp: tijdstipSchema,
  vorm: beschreven(z.enum(VERSNELFONDSVORMEN), { description: 'Gift, lening of voorschot.' }),
  bedragInCenten: beschreven(centenSchema({ nulToegestaan: false }), { description: 'Het gevraagde bedrag in eurocent (positief geheel getal).' }),
  gemeenteVanHerkomst: gemeenteVanHerkomstSchema,
  voorliggendeVoorzieningenBenut: beschreven(feitSchema, { description: 'true: voorliggende voorzieningen zijn geen optie (meer).' }),
  voorkomtOfVerkortOpvang: beschreven(feitSchema, { description: 'true: de aanvraag voorkomt of verkort een beroep op de maatschappelijke opvang.' }),
  verwachteBesparingInCenten: beschreven(
    z.union([centenSchema({ nulToegestaan: true, melding: BESPARING_MELDING }), z.literal('onbekend')], { error: (issue) => (issue.input === undefined ? 'ontbreekt' : BESPARING_MELDING) }),
    { description: "De verwachte besparing aan maatschappelijke kosten in eurocent, of 'onbekend'." },
  ),
  schulden: beschreven(feitSchema, { description: 'Of de cliënt schulden heeft.' }),
  schuldhulpverlenerBetrokken: beschreven(optioneelFeitSchema, { description: "Of er een schuldhulpverlener betrokken is; weggelaten = 'onbekend'." }),
  schuldenTotMinimumTeruggebracht: beschreven(optioneelFeitSchema, { description: "Of de schulden tot een minimum zijn teruggebracht; weggelaten = 'onbekend'." }),
});
