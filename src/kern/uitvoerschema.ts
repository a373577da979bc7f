// De zod-schema's van wat een regel teruggeeft: de delen die elke Beoordeling heeft (grond, bron,
// grondslag, lezing, toegepaste waarde, beleid) en de bouwer van het schema van één regel. Ze
// beschrijven de uitvoer voor het JSON Schema (`beoordelingJsonSchema`) en controleren een
// opgeslagen beoordeling; geen regel gebruikt ze, zodat de bundel van één regel ze niet meedraagt.
import * as z from 'zod/mini';
import { isKalenderdatum } from '../calculators/datum.js';
import { DUUREENHEDEN } from '../calculators/termijn.js';
import { STATUSSEN } from '../types/feit.js';
import type { Regelbeschrijving } from '../types/regelbeschrijving.js';
import type { Tweetalig } from '../types/tweetalig.js';
import { WAARDESTATUSSEN } from '../types/waardestatus.js';
import { beschreven } from './beschrijving.js';

/**
 * `schema` met een beschrijving voor het JSON Schema (een kopie, zie {@link beschreven}).
 * @internal
 */
/* @__NO_SIDE_EFFECTS__ */
export function veld<S extends z.ZodMiniType>(description: string, schema: S): S {
  return beschreven(schema, { description });
}

/**
 * Een veld dat mag ontbreken, getypeerd zoals `citaat?: string` onder `exactOptionalPropertyTypes`
 * (zonder `| undefined`). Bij het parsen laat het ook een veld met de waarde `undefined` toe: zod
 * 4.1, de oudste versie die het pakket aanneemt, kent `z.exactOptional` niet. Na JSON komt dat
 * nooit voor.
 */
/* @__NO_SIDE_EFFECTS__ */
function weglaatbaar<S extends z.ZodMiniType>(schema: S): z.ZodMiniExactOptional<S> {
  return z.optional(schema) as unknown as z.ZodMiniExactOptional<S>;
}

/** Een kalenderdatum `JJJJ-MM-DD` die bestaat; in het JSON Schema `format: 'date'`. @internal */
export const datumSchema = /* @__PURE__ */ beschreven(z.string().check(z.refine(isKalenderdatum, { error: 'moet een bestaande datum JJJJ-MM-DD zijn' })), { format: 'date' });

/** Een tijdstip zoals `amsterdamsTijdstip` het schrijft: ISO 8601 met de afwijking van UTC, milliseconden alleen als ze er zijn. @internal */
export const tijdstipSchema = /* @__PURE__ */ beschreven(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{3})?[+-]\d{2}:\d{2}$/)), { format: 'date-time' });

/** Een bedrag in eurocent, ten minste 0. @internal */
export const centenSchema = /* @__PURE__ */ z.int().check(z.nonnegative());

const statusSchema = /* @__PURE__ */ z.enum(STATUSSEN);
const waardestatusSchema = /* @__PURE__ */ z.enum(WAARDESTATUSSEN);
const beleidOfNull = (description: string) => veld(description, z.nullable(z.string()));

/** Een {@link Bron}. @internal */
export const bronSchema = /* @__PURE__ */ z.strictObject({
  document: veld("Id van het brondocument, bv. 'integrale-ketenaanpak-mo', of van een eigen document van het beleid (zie eigenDocumenten).", z.string()),
  onderdeel: veld("Het onderdeel (hoofdstuk, paragraaf, artikel), bv. 'Oplossing 5: Versnelfonds'.", z.string()),
  citaat: veld('Een kort letterlijk citaat uit de bron, in het Nederlands zoals geschreven.', weglaatbaar(z.string())),
});

const bronnen = (description: string) => veld(description, z.array(bronSchema));

/** Een {@link Grondslag}. */
const grondslagSchema = /* @__PURE__ */ z.strictObject({
  status: veld('Hoe vast de grondslag staat.', waardestatusSchema),
  toelichting: veld("Waarom die status, in het Nederlands; leeg bij 'vastgesteld' zonder toelichting.", z.string()),
  toelichtingEn: veld('Dezelfde reden in het Engels.', z.string()),
  bronnen: bronnen('De bronnen van de grondslag (bv. het raadsbesluit dat de criteria vaststelt); [] bij een ingebouwde grondslag die alleen op de regeltekst rust.'),
  beleid: beleidOfNull('Het id van het beleid dat deze grondslag gaf, of null voor de ingebouwde grondslag van het criterium.'),
});

/** Een {@link Interpretatie}. */
const interpretatieSchema = /* @__PURE__ */ z.strictObject({
  id: veld("Id van de keuze, bv. 'regisseur.maat-contacturen'.", z.string()),
  soort: veld("Wie de lezing draagt: wij ('interpretatie'), of het beleid ('overgenomen', 'eigen-tekst').", z.enum(['interpretatie', 'overgenomen', 'eigen-tekst'])),
  toelichting: veld('De keuze en de reden, in het Nederlands.', z.string()),
  toelichtingEn: veld('Dezelfde tekst in het Engels.', z.string()),
  beleid: beleidOfNull('Het id van het beleid dat de lezing overnam of in eigen woorden vastlegde; null bij onze lezing.'),
  bronnen: bronnen('De bronnen van het beleid voor deze lezing; [] bij onze lezing.'),
});

/** Een {@link Grond}, met als `regel` een van de criteria van de regel. */
function grondSchema(criteria: readonly string[]) {
  return z.strictObject({
    regel: veld('Id van het criterium of signaal.', z.enum(criteria)),
    status: veld('De uitslag van het criterium.', statusSchema),
    toelichting: veld('Eén Nederlandse zin die de feiten en waarden noemt die de uitslag bepaalden.', z.string()),
    toelichtingEn: veld('Dezelfde toelichting in het Engels.', z.string()),
    bronnen: bronnen('Eerst de bronnen van de regeltekst van het criterium, dan die van elke beleidswaarde die het toepaste.'),
    soort: veld("'criterium' telt mee in de uitkomst; een 'signaal' informeert en verandert de uitkomst nooit.", z.enum(['criterium', 'signaal'])),
    basis: veld('Waar het criterium op rust en hoe vast dat staat.', grondslagSchema),
    interpretaties: veld('De lezingen waar de bronnen zwijgen die dit criterium hier toepaste; [] als geen.', z.array(interpretatieSchema)),
  });
}

/** Een {@link ToegepasteWaarde}. */
const toegepasteWaardeSchema = /* @__PURE__ */ z.strictObject({
  parameter: veld("De parameter, bv. 'versnelfonds.maximumInCenten'; een regio-indeling heet 'regio.<id>.leden'.", z.string()),
  waarde: veld('De waarde zelf (een getal, tekst, duur, lijst van CBS-codes, ...).', z.unknown()),
  status: veld('Hoe vast de waarde staat.', waardestatusSchema),
  vanaf: veld('Eerste dag waarop de waarde geldt.', datumSchema),
  tot: veld('Eerste dag waarop ze niet meer geldt, of null (geen einde).', z.nullable(datumSchema)),
  beleid: veld("Het beleid dat de waarde leverde; 'ingebouwd' voor de ingebouwde regio-indelingen.", z.string()),
});

/** Een {@link Beleidsverwijzing}. */
const beleidsverwijzingSchema = /* @__PURE__ */ z.strictObject({
  id: veld("Id van het beleid, bv. 'almelo'.", z.string()),
  versie: veld('Versie van het beleid.', z.string()),
  naam: veld("Leesbare naam van het beleid, bv. 'Centrumregio Almelo'.", z.string()),
});

/** Een {@link EigenBrondocument}. */
const eigenBrondocumentSchema = /* @__PURE__ */ z.strictObject({
  id: veld('Id van het document, zoals de bronnen het noemen.', z.string()),
  titel: veld('De titel zoals het document die voert.', z.string()),
  uitgever: veld('Wie het document vaststelde of uitgaf.', z.string()),
  jaar: veld('Het jaar van het document.', z.int()),
  url: veld('Waar het te vinden is.', weglaatbaar(z.string())),
});

/** Een {@link Gemeenteverwijzing}. @internal */
export const gemeenteverwijzingSchema = /* @__PURE__ */ z.strictObject({
  code: veld('CBS-code in de vorm GM0141.', z.string().check(z.regex(/^GM\d{4}$/))),
  naam: veld('Officiële naam.', z.string()),
});

/** Een {@link Duur}. @internal */
export const duurSchema = /* @__PURE__ */ z.strictObject({
  aantal: veld('Het aantal eenheden: een geheel getal van ten minste 0.', z.int().check(z.nonnegative())),
  eenheid: veld('De eenheid.', z.enum(DUUREENHEDEN)),
});

/**
 * Het schema van de beoordeling van één regel: de velden die elke {@link Beoordeling} heeft, en
 * `velden`, de eigen velden van de regel. Strikt: een onbekend veld wordt geweigerd.
 *
 * @param beschrijving - de beschrijving van de regel: `regel` is haar id, `Grond.regel` een van haar criteria
 * @param uitkomsten - `beschrijving.uitkomsten` met hun sleutels als type (uit de namen van de regel)
 * @param velden - de eigen velden van de regel
 * @internal
 */
/* @__NO_SIDE_EFFECTS__ */
export function beoordelingSchema<U extends string, V extends z.core.$ZodLooseShape>(beschrijving: Regelbeschrijving, uitkomsten: Readonly<Record<U, Tweetalig>>, velden: V) {
  const toegepast = (description: string) => veld(description, z.array(toegepasteWaardeSchema));
  const schema = z.strictObject({
    regel: veld('Id van de regel.', z.literal(beschrijving.id)),
    uitkomst: veld('De uitkomst.', z.enum(Object.keys(uitkomsten) as U[])),
    gronden: veld('Eén grond per criterium, in de volgorde van de regel.', z.array(grondSchema(beschrijving.criteria.map((criterium) => criterium.id)))),
    ontbrekendeGegevens: veld('De invoervelden (paden met punten) die een beslissing blokkeren; leeg, behalve bij de "meer gegevens nodig"-uitkomst.', z.array(z.string())),
    peildatum: veld('De peildatum waarop de regel is toegepast; null als de regel niet van een datum afhangt.', z.nullable(datumSchema)),
    beleid: veld('Het gebruikte beleid; null als de regel geen beleidswaarden gebruikt.', z.nullable(beleidsverwijzingSchema)),
    toegepasteWaarden: toegepast('Elke beleidswaarde (en regio-indeling) die de beoordeling toepaste, in de volgorde van de criteria; [] als geen.'),
    uitgeslotenWaarden: toegepast('Waarden die op de datum golden maar niet zijn toegepast omdat hun status is uitgesloten; [] als geen.'),
    eigenDocumenten: veld('De eigen brondocumenten van het beleid die de gronden citeren; [] als de gronden alleen ingebouwde documenten citeren.', z.array(eigenBrondocumentSchema)),
    pakketversie: veld('De versie van opvangregels die besliste.', z.string()),
    ...velden,
  });
  return veld(`De beoordeling van ${beschrijving.functie}: ${beschrijving.omschrijving.nl}`, schema);
}
