import * as z from 'zod/mini';
import { beschreven } from '../../kern/beschrijving.js';
import { regioInvoerSchema } from '../../kern/regio-schema.js';
import { kalenderdatumSchema, optioneelFeitSchema } from '../../kern/valideer.js';
import type { RegioKeuze } from '../../data/regio-ids.js';
import type { Feit } from '../../types/feit.js';
import { diepBevroren } from '../../types/bevroren.js';

/**
 * Waar iemand nu verblijft (SPEC §4.6), met de ETHOS Light-categorie:
 * - `'openbare-ruimte'`: slaapt buiten (dakloos, ETHOS 1);
 * - `'nachtopvang'`: in de nachtopvang (dakloos, ETHOS 2);
 * - `'opvangvoorziening'`: in een (tijdelijke) opvangvoorziening (dakloos, ETHOS 3);
 * - `'instelling-zonder-woning'`: verlaat een instelling zonder woning (dreigend dakloos, ETHOS 4);
 * - `'niet-conventioneel'`: caravan, tent, auto of kraakpand bij gebrek aan woonruimte (ETHOS 5):
 *   dakloos of thuisloos naar `dakBovenHetHoofd` in de invoer; zonder dat feit `'aanvullen'`;
 * - `'familie-of-vrienden'`: tijdelijk bij familie of vrienden, "bankhoppers" (thuisloos, ETHOS 6);
 * - `'eigen-woning-dreigend-verlies'`: eigen woning die verloren dreigt te gaan (dreigend dakloos);
 * - `'eigen-woning'`: eigen woning (gehuisvest).
 */
export type Woonsituatie =
  | 'openbare-ruimte'
  | 'nachtopvang'
  | 'opvangvoorziening'
  | 'instelling-zonder-woning'
  | 'niet-conventioneel'
  | 'familie-of-vrienden'
  | 'eigen-woning-dreigend-verlies'
  | 'eigen-woning';

/** Alle waarden van {@link Woonsituatie}. */
export const WOONSITUATIES = /* @__PURE__ */ diepBevroren([
  'openbare-ruimte',
  'nachtopvang',
  'opvangvoorziening',
  'instelling-zonder-woning',
  'niet-conventioneel',
  'familie-of-vrienden',
  'eigen-woning-dreigend-verlies',
  'eigen-woning',
] as const satisfies readonly Woonsituatie[]);

/**
 * Een gebeurtenis die tot dakloosheid kan leiden, met de RVS-route waar ze bij hoort:
 * - route 1, verlies van huisvesting na een ingrijpende gebeurtenis: `'relatiebreuk'`,
 *   `'baanverlies'`, `'overlijden-naaste'`, `'financiele-terugval'`, `'einde-werkgebonden-huisvesting'`;
 * - route 2, geen onderdak na het verlaten van een instelling: `'uitstroom-instelling'`;
 * - route 3, huisuitzetting: `'huisuitzetting'`;
 * - route 4, remigratie: `'terugkeer-uit-buitenland'`.
 */
export type Gebeurtenissoort =
  | 'relatiebreuk'
  | 'baanverlies'
  | 'overlijden-naaste'
  | 'financiele-terugval'
  | 'einde-werkgebonden-huisvesting'
  | 'uitstroom-instelling'
  | 'huisuitzetting'
  | 'terugkeer-uit-buitenland';

/** Alle waarden van {@link Gebeurtenissoort}. */
export const GEBEURTENISSOORTEN = /* @__PURE__ */ diepBevroren([
  'relatiebreuk',
  'baanverlies',
  'overlijden-naaste',
  'financiele-terugval',
  'einde-werkgebonden-huisvesting',
  'uitstroom-instelling',
  'huisuitzetting',
  'terugkeer-uit-buitenland',
] as const satisfies readonly Gebeurtenissoort[]);

/**
 * Groepen die de visie MO IJssel-Vecht noemt en die de invoer kan aangeven:
 * - voor opvang in de eigen gemeente (§5.3, voorbeelden van wie in grote mate zelfredzaam is):
 *   `'economisch-dakloos'`, `'scheiding'` (in scheiding of gescheiden), `'met-kinderen'`
 *   (gezinnen en alleenstaanden met kinderen), `'jongere-niet-meer-thuis'` (18 tot 25 jaar, kan
 *   niet meer thuis wonen);
 * - waarvoor de landelijke regels onvoldoende voorzien (§9.2): `'arbeidsmigrant'`,
 *   `'remigrant'`, `'bijzondere-gemeente'` (komt uit Bonaire, Sint Eustatius of Saba);
 * - kwetsbare groepen om aandacht voor te houden (§3.3, ontwikkellijn 4, en §7.2): `'jongere'`
 *   (de visie noemt hier geen leeftijd), `'vrouw'`, `'lhbtiq'` (LHBTIQ+); `'met-kinderen'` en
 *   `'jongere-niet-meer-thuis'` tellen hier ook mee (voor de kinderen en als jongere).
 */
export type Doelgroep =
  | 'economisch-dakloos'
  | 'scheiding'
  | 'met-kinderen'
  | 'jongere-niet-meer-thuis'
  | 'arbeidsmigrant'
  | 'remigrant'
  | 'bijzondere-gemeente'
  | 'jongere'
  | 'vrouw'
  | 'lhbtiq';

/** Alle waarden van {@link Doelgroep}. */
export const DOELGROEPEN = /* @__PURE__ */ diepBevroren([
  'economisch-dakloos',
  'scheiding',
  'met-kinderen',
  'jongere-niet-meer-thuis',
  'arbeidsmigrant',
  'remigrant',
  'bijzondere-gemeente',
  'jongere',
  'vrouw',
  'lhbtiq',
] as const satisfies readonly Doelgroep[]);

/**
 * De zwaarte van de problematiek, in de twee soorten van de visie MO (§5.2):
 * - `'enkelvoudig'`: in grote mate zelfredzaam, met problemen op beperkte levensgebieden (§5.3);
 * - `'zwaar'`: ernstige verslaving of psychiatrie in combinatie met multi-problematiek (§5.4);
 * - `'onbekend'`: (nog) niet vastgesteld.
 */
export type Problematiek = 'enkelvoudig' | 'zwaar' | 'onbekend';

/** Alle waarden van {@link Problematiek}. */
export const PROBLEMATIEKEN = /* @__PURE__ */ diepBevroren(['enkelvoudig', 'zwaar', 'onbekend'] as const satisfies readonly Problematiek[]);

/** Een gebeurtenis in de invoer van {@link classificeerSituatie}. */
export interface Gebeurtenis {
  /** Wat er gebeurde. */
  soort: Gebeurtenissoort;
  /** Wanneer: `JJJJ-MM-DD` of een `Date`; nodig om bij meer routes de primaire te bepalen. */
  datum?: string | Date | undefined;
}

/** Een gebeurtenis na validatie: de datum is `JJJJ-MM-DD` of ontbreekt. */
export interface GevalideerdeGebeurtenis {
  /** Wat er gebeurde. */
  soort: Gebeurtenissoort;
  /** De datum `JJJJ-MM-DD`, of `undefined` als die niet is opgegeven. */
  datum?: string | undefined;
}

/** De invoer van {@link classificeerSituatie}. */
export interface SituatieInvoer {
  /** Waar de cliënt nu verblijft. */
  woonsituatie: Woonsituatie;
  /**
   * Alleen bij woonsituatie `'niet-conventioneel'`: of de cliënt daar letterlijk een dak boven het
   * hoofd heeft (visie MO, Begrippen). `false` is dakloos ("letterlijk geen dak boven het hoofd"),
   * `true` thuisloos ("(nog) wel een dak boven hun hoofd, maar niet een eigen woonruimte").
   * Weggelaten = `'onbekend'`: dan deelt de regel niet in (uitkomst `'aanvullen'`). Bij een andere
   * woonsituatie telt het niet.
   */
  dakBovenHetHoofd?: Feit | undefined;
  /** Wat eraan voorafging; weggelaten = geen bekend. */
  gebeurtenissen?: Gebeurtenis[] | undefined;
  /** Groepen waartoe de cliënt behoort, voor zover bekend; weggelaten = geen bekend. */
  doelgroepen?: Doelgroep[] | undefined;
  /** De zwaarte van de problematiek; weggelaten = `'onbekend'`. */
  problematiek?: Problematiek | undefined;
  /**
   * Of de lokale mogelijkheden toereikend zijn (visie MO §5.4: "Er zijn echter situaties die
   * dermate complex zijn dat lokale mogelijkheden niet toereikend zijn. Regionale afstemming en
   * samenwerking is dan noodzakelijk."). Een oordeel van de gemeente of hulpverlener, geen
   * afleiding: `false` bij zware problematiek wijst op regionale afstemming; `true` of
   * `'onbekend'` op lokaal maatwerk (bij `'onbekend'` met de vraag of dat toereikend is). Telt
   * alleen bij `problematiek: 'zwaar'`. Weggelaten = `'onbekend'`; nooit afgeleid uit de
   * zwaarte van de problematiek alleen.
   */
  lokaleMogelijkhedenToereikend?: Feit | undefined;
  /**
   * De regio waar de cliënt zich meldt, voor de richting van de opvang: die is regionaal beleid
   * (visie MO IJssel-Vecht §5.3 en §5.4) en komt alleen onder een beleid met een grondslag voor
   * de regel situatie: het ingebouwde beleid `'ijssel-vecht'`, of een eigen beleid in
   * `opties.beleid`. Weggelaten: geen richting, tenzij `opties.beleid` er een geeft. De indeling,
   * de routes en de groepen zijn landelijk en hangen er niet van af.
   */
  regio?: RegioKeuze | undefined;
}

/** De invoer van {@link classificeerSituatie} na validatie: lijsten altijd gezet, datums als `JJJJ-MM-DD`. */
export interface GevalideerdeSituatieInvoer {
  /** Waar de cliënt nu verblijft. */
  woonsituatie: Woonsituatie;
  /** Of de cliënt op de niet-conventionele plek een dak boven het hoofd heeft (`'onbekend'` als weggelaten). */
  dakBovenHetHoofd: Feit;
  /** De gebeurtenissen (leeg als weggelaten). */
  gebeurtenissen: GevalideerdeGebeurtenis[];
  /** De opgegeven groepen (leeg als weggelaten). */
  doelgroepen: Doelgroep[];
  /** De zwaarte van de problematiek (`'onbekend'` als weggelaten). */
  problematiek: Problematiek;
  /** Of de lokale mogelijkheden toereikend zijn (`'onbekend'` als weggelaten). */
  lokaleMogelijkhedenToereikend: Feit;
  /** De regio in kleine letters, of `undefined`. */
  regio?: string | undefined;
}

/** Het zod-schema van een {@link SituatieInvoer}; onbekende velden en soorten worden geweigerd. */
export const SituatieInvoerSchema: z.ZodMiniType<GevalideerdeSituatieInvoer, SituatieInvoer> = z.strictObject({
  woonsituatie: beschreven(z.enum(WOONSITUATIES), { description: 'Waar de cliënt nu verblijft.' }),
  dakBovenHetHoofd: beschreven(optioneelFeitSchema, {
    description:
      "Alleen bij een niet-conventionele woonplek (caravan, tent, auto, kraakpand): of de cliënt daar letterlijk een dak boven het hoofd heeft. false = dakloos, true = thuisloos. Weggelaten = 'onbekend': dan geen indeling (aanvullen).",
  }),
  gebeurtenissen: beschreven(
    z._default(
      z.array(
        z.strictObject({
          soort: beschreven(z.enum(GEBEURTENISSOORTEN), { description: 'Wat er gebeurde.' }),
          datum: z.optional(kalenderdatumSchema),
        }),
      ),
      [],
    ),
    { description: 'Wat eraan voorafging, elk met soort en eventueel datum (JJJJ-MM-DD).' },
  ),
  doelgroepen: beschreven(z._default(z.array(z.enum(DOELGROEPEN)), []), { description: 'Groepen waartoe de cliënt behoort, voor zover bekend.' }),
  problematiek: beschreven(z._default(z.enum(PROBLEMATIEKEN), 'onbekend'), { description: "'enkelvoudig', 'zwaar' of 'onbekend' (standaard)." }),
  lokaleMogelijkhedenToereikend: beschreven(optioneelFeitSchema, {
    description:
      "Of de lokale mogelijkheden toereikend zijn (oordeel van gemeente of hulpverlener); telt alleen bij zware problematiek: false wijst op regionale afstemming. Weggelaten = 'onbekend'.",
  }),
  regio: z.optional(regioInvoerSchema),
});
