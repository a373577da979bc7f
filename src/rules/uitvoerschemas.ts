// De zod-schema's van de beoordeling van elke regel, zoals de regel haar teruggeeft en zoals zij
// na JSON.stringify en JSON.parse is. Alleen het register (`beoordelingJsonSchema`,
// `Regel.uitvoerSchema`) en BEOORDELINGSCHEMAS lezen ze; een regel zelf niet, zodat de bundel van
// één regel ze niet meedraagt (zie .size-limit.json).
import * as z from 'zod/mini';
import { beoordelingSchema, centenSchema, datumSchema, duurSchema, gemeenteverwijzingSchema, tijdstipSchema, veld } from '../kern/uitvoerschema.js';
import type { RegioKeuze } from '../data/regio-ids.js';
import { WAARDESTATUSSEN } from '../types/waardestatus.js';
import { ALTERNATIEVE_BEWINDVOERING } from './alternatieve-bewindvoering/beschrijving.js';
import type { AlternatieveBewindvoeringBeoordeling } from './alternatieve-bewindvoering/index.js';
import { ALTERNATIEVE_BEWINDVOERING_NAMEN } from './alternatieve-bewindvoering/namen.js';
import { BIJZONDERE_GEMEENTEN, type Herkomstsoort } from './herkomst/criterium.js';
import { HERKOMST } from './herkomst/beschrijving.js';
import type { HerkomstBeoordeling } from './herkomst/index.js';
import { HERKOMST_NAMEN } from './herkomst/namen.js';
import { REGISSEUR } from './regisseur/beschrijving.js';
import type { RegisseurBeoordeling } from './regisseur/index.js';
import { REGISSEUR_NAMEN } from './regisseur/namen.js';
import { SCHULDHULP } from './schuldhulp/beschrijving.js';
import type { SchuldhulpBeoordeling } from './schuldhulp/index.js';
import { SCHULDHULP_NAMEN } from './schuldhulp/namen.js';
import { SITUATIE } from './situatie/beschrijving.js';
import type { Aandachtsgroep, KwetsbareGroep, Opvangrichting, SituatieBeoordeling } from './situatie/index.js';
import { SITUATIE_NAMEN } from './situatie/namen.js';
import { VERBLIJFSTERMIJN } from './verblijfstermijn/beschrijving.js';
import type { VerblijfstermijnBeoordeling } from './verblijfstermijn/index.js';
import { VERBLIJFSTERMIJN_NAMEN } from './verblijfstermijn/namen.js';
import { VERSNELFONDS } from './versnelfonds/beschrijving.js';
import type { VersnelfondsBeoordeling } from './versnelfonds/index.js';
import { VERSNELFONDSVORMEN } from './versnelfonds/invoer.js';
import { VERSNELFONDS_NAMEN } from './versnelfonds/namen.js';
import { WONINGAANBOD } from './woningaanbod/beschrijving.js';
import type { WoningaanbodBeoordeling } from './woningaanbod/index.js';
import { WONINGAANBOD_NAMEN } from './woningaanbod/namen.js';

/**
 * Per regel het zod-schema van haar beoordeling (zie {@link BEOORDELINGSCHEMAS}). Het schema
 * weigert een onbekend of ontbrekend veld en een waarde buiten het type; het parsen verandert de
 * beoordeling niet.
 */
export interface Beoordelingschemas {
  /** Het schema van een {@link HerkomstBeoordeling}. */
  readonly herkomst: z.ZodMiniType<HerkomstBeoordeling>;
  /** Het schema van een {@link VersnelfondsBeoordeling}. */
  readonly versnelfonds: z.ZodMiniType<VersnelfondsBeoordeling>;
  /** Het schema van een {@link SchuldhulpBeoordeling}. */
  readonly schuldhulp: z.ZodMiniType<SchuldhulpBeoordeling>;
  /** Het schema van een {@link AlternatieveBewindvoeringBeoordeling}. */
  readonly 'alternatieve-bewindvoering': z.ZodMiniType<AlternatieveBewindvoeringBeoordeling>;
  /** Het schema van een {@link RegisseurBeoordeling}. */
  readonly regisseur: z.ZodMiniType<RegisseurBeoordeling>;
  /** Het schema van een {@link VerblijfstermijnBeoordeling}. */
  readonly verblijfstermijn: z.ZodMiniType<VerblijfstermijnBeoordeling>;
  /** Het schema van een {@link SituatieBeoordeling}. */
  readonly situatie: z.ZodMiniType<SituatieBeoordeling>;
  /** Het schema van een {@link WoningaanbodBeoordeling}. */
  readonly woningaanbod: z.ZodMiniType<WoningaanbodBeoordeling>;
}

/** Een {@link RegioKeuze}: tekst; het type noemt de ingebouwde ids als suggestie. */
const regioKeuzeSchema: z.ZodMiniType<RegioKeuze> = /* @__PURE__ */ z.string();
const regioverwijzingSchema = /* @__PURE__ */ z.strictObject({
  id: veld("Id van de regio: ingebouwd ('almelo', 'enschede', 'twente', 'ijssel-vecht') of een eigen regio van het beleid.", regioKeuzeSchema),
  naam: veld("Leesbare naam, bv. 'regio Almelo'.", z.string()),
  centrumgemeente: veld("Naam van de centrumgemeente; bij Twente 'Almelo en Enschede'.", z.string()),
});
const gemeenteOfNull = (description: string) => veld(description, z.nullable(gemeenteverwijzingSchema));
const waardestatusOfNull = (description: string) => veld(description, z.nullable(z.enum(WAARDESTATUSSEN)));
const dagenOfNull = (description: string) => veld(description, z.nullable(z.int()));
const GEEN_GEMEENTE = 'De gemeente van herkomst op de peildatum, of null als die geen gemeente is (onbekend, buitenland, bijzondere gemeente).';

const HERKOMSTSOORTEN = ['gemeente', 'bijzondere-gemeente', 'buitenland', 'onbekend'] as const satisfies readonly Herkomstsoort[];
const ROUTES = [1, 2, 3, 4] as const;
const ETHOS_LIGHT = [1, 2, 3, 4, 5, 6] as const;
const AANDACHTSGROEPEN = ['arbeidsmigrant', 'remigrant', 'bijzondere-gemeente'] as const satisfies readonly Aandachtsgroep[];
const KWETSBARE_GROEPEN = ['kinderen', 'jongeren', 'vrouwen', 'lhbtiq'] as const satisfies readonly KwetsbareGroep[];
const OPVANGRICHTINGEN = ['eigen-gemeente', 'lokaal-maatwerk', 'regionale-afstemming', 'onbekend'] as const satisfies readonly Opvangrichting[];

const herkomst = /* @__PURE__ */ beoordelingSchema(HERKOMST, HERKOMST_NAMEN.uitkomsten, {
  herkomstsoort: veld('Wat voor herkomst de invoer noemde.', z.enum(HERKOMSTSOORTEN)),
  gemeente: gemeenteOfNull('De gemeente op de peildatum (na een eventuele herindeling), of null als de herkomst geen gemeente is.'),
  bijzondereGemeente: veld('De bijzondere gemeente als de herkomst Bonaire, Sint Eustatius of Saba is; anders null.', z.nullable(z.enum(BIJZONDERE_GEMEENTEN))),
  herindeling: veld(
    'De herindeling als de genoemde gemeente op de peildatum in een andere is opgegaan; anders null.',
    z.nullable(
      z.strictObject({
        voormaligeGemeente: veld('De gemeente die is opgeheven.', gemeenteverwijzingSchema),
        datum: veld('De dag waarop de opvolger haar taken overnam.', datumSchema),
      }),
    ),
  ),
  regio: veld('De regio waartegen getoetst is.', regioverwijzingSchema),
});

const versnelfonds = /* @__PURE__ */ beoordelingSchema(VERSNELFONDS, VERSNELFONDS_NAMEN.uitkomsten, {
  vorm: veld('De vorm van de aanvraag, zoals in de invoer.', z.enum(VERSNELFONDSVORMEN)),
  gevraagdBedragInCenten: veld('Het gevraagde bedrag in eurocent, zoals in de aanvraag.', centenSchema),
  toekenbaarBedragInCenten: veld("Wat toegekend wordt, in eurocent: het gevraagde bedrag begrensd tot het maximum als de uitkomst 'toekennen' is, anders 0.", centenSchema),
  maximumInCenten: veld('Het maximum dat op de peildatum geldt, in eurocent.', centenSchema),
  beoordelenUiterlijk: veld('Uiterlijk wanneer de aanvraag beoordeeld moet zijn: ingediendOp plus de beoordelingstermijn in uren, in Amsterdamse tijd.', tijdstipSchema),
  gemeente: gemeenteOfNull(GEEN_GEMEENTE),
  regio: veld('De regio van het fonds waartegen de herkomst is getoetst.', regioverwijzingSchema),
});

const schuldhulp = /* @__PURE__ */ beoordelingSchema(SCHULDHULP, SCHULDHULP_NAMEN.uitkomsten, {});

const alternatieveBewindvoering = /* @__PURE__ */ beoordelingSchema(ALTERNATIEVE_BEWINDVOERING, ALTERNATIEVE_BEWINDVOERING_NAMEN.uitkomsten, {});

const regisseur = /* @__PURE__ */ beoordelingSchema(REGISSEUR, REGISSEUR_NAMEN.uitkomsten, {
  regisseur: veld('De organisatie die de Regisseur MO levert, of null (gelijke stand of niemand met contact).', z.nullable(z.string())),
  wissel: veld('true als de rol overgaat van de huidige regisseur naar een ander: een overdracht is nodig.', z.boolean()),
  kandidaten: veld("De organisaties met het intensiefste contact (gesorteerd); bij 'beslissing-nodig' de gelijk geëindigden.", z.array(z.string())),
  warmeOverdracht: veld(
    'Bij een wissel: van wie naar wie de rol gaat; anders null.',
    z.nullable(
      z.strictObject({
        van: veld('De huidige regisseur, die de rol overdraagt.', z.string()),
        naar: veld('De nieuwe regisseur, of null als mensen nog moeten beslissen wie (gelijke stand).', z.nullable(z.string())),
      }),
    ),
  ),
});

const verblijfstermijn = /* @__PURE__ */ beoordelingSchema(VERBLIJFSTERMIJN, VERBLIJFSTERMIJN_NAMEN.uitkomsten, {
  maximaleDuur: veld('De maximale verblijfsduur die geldt, of null (geen termijn, of de herkomst ontbreekt).', z.nullable(duurSchema)),
  statusVanDuur: waardestatusOfNull('De status van die duur, of null als er geen duur is.'),
  uiterlijkeVertrekdatum: veld('De laatste dag van het verblijf binnen de termijn: startdatum plus de duur; of null.', z.nullable(datumSchema)),
  resterendeDagen: dagenOfNull('Kalenderdagen van de peildatum tot de uiterlijke vertrekdatum: 0 op die dag, negatief als de termijn verstreken is; of null.'),
  gemeente: gemeenteOfNull(GEEN_GEMEENTE),
  regio: veld('De regio van de opvang.', regioverwijzingSchema),
});

const situatie = /* @__PURE__ */ beoordelingSchema(SITUATIE, SITUATIE_NAMEN.uitkomsten, {
  routes: veld('Elke route naar dakloosheid die de gebeurtenissen tonen (1 tot en met 4), oplopend en zonder dubbele.', z.array(z.literal(ROUTES))),
  primaireRoute: veld('De route van de meest recente gebeurtenis met een datum, de enige route, of null.', z.nullable(z.literal(ROUTES))),
  ethosLight: veld('De ETHOS Light-categorie (1 tot en met 6), of null bij een eigen woning.', z.nullable(z.literal(ETHOS_LIGHT))),
  aandachtsgroepen: veld('De groepen uit §9.2 van de visie MO die de invoer laat zien, in vaste volgorde.', z.array(z.enum(AANDACHTSGROEPEN))),
  kwetsbareGroepen: veld('De kwetsbare groepen (visie MO §3.3 en §7.2) die de invoer laat zien, in vaste volgorde; leeg als er geen zijn of het beleid de visie niet mag citeren.', z.array(z.enum(KWETSBARE_GROEPEN))),
  opvang: veld('Waar de situatie op wijst; null als de cliënt gehuisvest is, of als geen beleid een richting geeft.', z.nullable(z.enum(OPVANGRICHTINGEN))),
});

const woningaanbod = /* @__PURE__ */ beoordelingSchema(WONINGAANBOD, WONINGAANBOD_NAMEN.uitkomsten, {
  termijn: veld('De termijn voor het aanbod die geldt, of null als er geen geldt.', z.nullable(duurSchema)),
  statusVanTermijn: waardestatusOfNull('De status van die termijn, of null als er geen termijn is.'),
  uiterlijkeAanboddatum: veld('De laatste dag waarop het aanbod binnen de termijn komt: de dag van aanmelding plus de termijn; of null.', z.nullable(datumSchema)),
  resterendeDagen: dagenOfNull('Kalenderdagen van de peildatum tot de uiterlijke aanboddatum: 0 op die dag, negatief als de termijn verstreken is; of null.'),
  regio: veld('De regio van de centrale toegang.', regioverwijzingSchema),
});

/**
 * De schema's zoals gebouwd, met het type dat zod eruit afleidt; de typetest
 * (test/uitvoerschemas.test-d.ts) bewijst dat dat type gelijk is aan het type van de beoordeling.
 * @internal
 */
export const GEBOUWDE_SCHEMAS = {
  herkomst,
  versnelfonds,
  schuldhulp,
  'alternatieve-bewindvoering': alternatieveBewindvoering,
  regisseur,
  verblijfstermijn,
  situatie,
  woningaanbod,
};

/**
 * Per regel het zod-schema van haar beoordeling, zoals de regel haar teruggeeft en zoals zij na
 * JSON (`JSON.parse(JSON.stringify(beoordeling))`) is: bv. om een opgeslagen beoordeling te
 * controleren voordat {@link motivering} of {@link brief} haar leest. Elk object is strikt: een
 * onbekend of ontbrekend veld, een onbekende uitkomst of status, of een grond van een criterium dat
 * de regel niet kent, wordt geweigerd. Het JSON Schema ervan geeft {@link beoordelingJsonSchema}.
 *
 * @example
 * const beoordeling = bepaalHerkomst({ gemeenteVanHerkomst: 'Almelo', regio: 'almelo', peildatum: '2026-05-01' });
 * const opgeslagen = JSON.parse(JSON.stringify(beoordeling));
 * BEOORDELINGSCHEMAS.herkomst.parse(opgeslagen).uitkomst //=> 'binnen-regio'
 * BEOORDELINGSCHEMAS.herkomst.safeParse({ ...opgeslagen, extra: 1 }).success //=> false
 */
export const BEOORDELINGSCHEMAS: Beoordelingschemas = /* @__PURE__ */ Object.freeze({ ...GEBOUWDE_SCHEMAS });
