import { bevrorenBehalve } from '../types/bevroren.js';
import * as z from 'zod/mini';
import type { Beoordeling } from '../types/beoordeling.js';
import { OngeldigeInvoerFout } from '../types/fouten.js';
import type { Regelbeschrijving } from '../types/regelbeschrijving.js';
import { HERKOMST } from './herkomst/beschrijving.js';
import { bepaalHerkomst } from './herkomst/index.js';
import { HerkomstInvoerSchema } from './herkomst/invoer.js';
import { ALTERNATIEVE_BEWINDVOERING } from './alternatieve-bewindvoering/beschrijving.js';
import { toetsAlternatieveBewindvoering } from './alternatieve-bewindvoering/index.js';
import { AlternatieveBewindvoeringInvoerSchema } from './alternatieve-bewindvoering/invoer.js';
import { REGISSEUR } from './regisseur/beschrijving.js';
import { wijsRegisseurToe } from './regisseur/index.js';
import { RegisseurInvoerSchema } from './regisseur/invoer.js';
import { SCHULDHULP } from './schuldhulp/beschrijving.js';
import { toetsSchuldhulp } from './schuldhulp/index.js';
import { SchuldhulpInvoerSchema } from './schuldhulp/invoer.js';
import { SITUATIE } from './situatie/beschrijving.js';
import { classificeerSituatie } from './situatie/index.js';
import { SituatieInvoerSchema } from './situatie/invoer.js';
import { VERBLIJFSTERMIJN } from './verblijfstermijn/beschrijving.js';
import { berekenVerblijfstermijn } from './verblijfstermijn/index.js';
import { VerblijfstermijnInvoerSchema } from './verblijfstermijn/invoer.js';
import { VERSNELFONDS } from './versnelfonds/beschrijving.js';
import { beoordeelVersnelfonds } from './versnelfonds/index.js';
import { VersnelfondsAanvraagSchema } from './versnelfonds/invoer.js';
import { WONINGAANBOD } from './woningaanbod/beschrijving.js';
import { berekenWoningaanbod } from './woningaanbod/index.js';
import { WoningaanbodInvoerSchema } from './woningaanbod/invoer.js';
import { BEOORDELINGSCHEMAS } from './uitvoerschemas.js';

export type { RegelId } from '../beleid/regelonderdelen.js';
import type { RegelId } from '../beleid/regelonderdelen.js';
import { zonderVervuiling } from '../kern/schoon-prototype.js';

/** Een regel in het {@link REGELS}-register: beschrijving, invoerschema en de functie. */
export interface Regel {
  /** Titel, uitkomsten en criteria. */
  beschrijving: Regelbeschrijving;
  /** Het zod-schema van de invoer. */
  invoerSchema: z.ZodMiniType;
  /**
   * Het zod-schema van de beoordeling die de regel teruggeeft, ook na JSON; strikt (zie
   * {@link BEOORDELINGSCHEMAS}, dat hetzelfde schema precies getypeerd geeft).
   */
  uitvoerSchema: z.ZodMiniType<Beoordeling<string>>;
  /** De regel, met invoer en opties van onbekend type (die de regel zelf valideert). */
  beoordeel(invoer: unknown, opties?: unknown): Beoordeling<string>;
  /**
   * Of de regel beleid leest en dus opties neemt (`beleid`, `uitgeslotenStatussen`). Sinds 0.3
   * voor elke regel `true`: ook regisseur, schuldhulp, alternatieve bewindvoering en situatie
   * beslissen onder een beleid (SPEC §2.9). Het veld blijft voor aanroepers van 0.2.
   * @deprecated altijd `true`; lees het niet meer.
   */
  leestBeleid: true;
}

/**
 * Een registerregel uit beschrijving, schema's en functie. Het invoertype van het invoerschema en
 * dat van de functie moeten gelijk zijn, net als het type van de beoordeling van de functie en dat
 * van het uitvoerschema; de functie valideert de onbekende invoer zelf.
 */
function regel<I, B extends Beoordeling<string>, O>(
  beschrijving: Regelbeschrijving,
  invoerSchema: z.ZodMiniType<unknown, I>,
  uitvoerSchema: z.ZodMiniType<B>,
  functie: (invoer: I, opties?: O) => B,
): Regel {
  return {
    beschrijving,
    invoerSchema,
    uitvoerSchema,
    leestBeleid: true,
    beoordeel: (invoer: unknown, opties?: unknown) => functie(invoer as I, opties as O | undefined),
  };
}

/**
 * Alle regels per id, voor generieke aanroepers zoals de CLI, de regelcatalogus en
 * {@link voerTestvectorsUit}. In eigen code is de functie zelf (bv. {@link bepaalHerkomst})
 * handiger: die is precies getypeerd.
 */
export const REGELS: Readonly<Record<RegelId, Regel>> = /* @__PURE__ */ bevrorenBehalve({
  herkomst: regel(HERKOMST, HerkomstInvoerSchema, BEOORDELINGSCHEMAS.herkomst, bepaalHerkomst),
  versnelfonds: regel(VERSNELFONDS, VersnelfondsAanvraagSchema, BEOORDELINGSCHEMAS.versnelfonds, beoordeelVersnelfonds),
  schuldhulp: regel(SCHULDHULP, SchuldhulpInvoerSchema, BEOORDELINGSCHEMAS.schuldhulp, toetsSchuldhulp),
  'alternatieve-bewindvoering': regel(ALTERNATIEVE_BEWINDVOERING, AlternatieveBewindvoeringInvoerSchema, BEOORDELINGSCHEMAS['alternatieve-bewindvoering'], toetsAlternatieveBewindvoering),
  regisseur: regel(REGISSEUR, RegisseurInvoerSchema, BEOORDELINGSCHEMAS.regisseur, wijsRegisseurToe),
  verblijfstermijn: regel(VERBLIJFSTERMIJN, VerblijfstermijnInvoerSchema, BEOORDELINGSCHEMAS.verblijfstermijn, berekenVerblijfstermijn),
  situatie: regel(SITUATIE, SituatieInvoerSchema, BEOORDELINGSCHEMAS.situatie, classificeerSituatie),
  woningaanbod: regel(WONINGAANBOD, WoningaanbodInvoerSchema, BEOORDELINGSCHEMAS.woningaanbod, berekenWoningaanbod),
}, ['invoerSchema', 'uitvoerSchema']);

/**
 * Zoekt een regel in het register.
 *
 * @param id - bv. `'herkomst'`
 * @throws {OngeldigeInvoerFout} bij een onbekend id (pad `'regel'`), met de bekende ids
 * @example
 * zoekRegel('herkomst').beschrijving.functie //=> 'bepaalHerkomst'
 */
export function zoekRegel(id: string): Regel {
  if (typeof id !== 'string') throw new OngeldigeInvoerFout([{ pad: 'regel', melding: 'moet een tekst zijn: het id van een regel' }]);
  if (Object.prototype.hasOwnProperty.call(REGELS, id)) return REGELS[id as RegelId];
  throw new OngeldigeInvoerFout([{ pad: 'regel', melding: `onbekende regel; bekend zijn ${Object.keys(REGELS).map((bekend) => `'${bekend}'`).join(', ')}` }]);
}

/**
 * Het JSON Schema (draft 2020-12) van de invoer van een regel, gemaakt uit het zod-schema.
 * Datums staan erin als tekst met `format: 'date'`.
 *
 * @param id - bv. `'herkomst'`
 * @example
 * invoerJsonSchema('herkomst').required
 * //=> ['gemeenteVanHerkomst', 'regio', 'peildatum']
 */
export function invoerJsonSchema(id: string): Record<string, unknown> {
  // Met een schoon Object.prototype: geen vreemde naam daarop verandert de uitkomst (SPEC §2.8).
  return zonderVervuiling(() => invoerJsonSchemaOpSchoonPrototype(id));
}

function invoerJsonSchemaOpSchoonPrototype(id: string): Record<string, unknown> {
  const { beschrijving, invoerSchema } = zoekRegel(id);
  return {
    ...z.toJSONSchema(invoerSchema, { io: 'input', unrepresentable: 'any' }),
    title: `Invoer van ${beschrijving.functie} (opvangregels, regel '${beschrijving.id}')`,
  };
}

/**
 * Het JSON Schema (draft 2020-12) van de beoordeling die een regel teruggeeft, zoals zij na JSON
 * is, gemaakt uit het zod-schema (`Regel.uitvoerSchema`, {@link BEOORDELINGSCHEMAS}). Strikt: elk
 * object noemt zijn velden in `required` en heeft `additionalProperties: false`; elk veld heeft een
 * `description`. Datums staan erin als tekst met `format: 'date'`.
 *
 * @param id - bv. `'herkomst'`
 * @throws {OngeldigeInvoerFout} bij een onbekend id (pad `'regel'`)
 * @example
 * beoordelingJsonSchema('schuldhulp').required
 * //=> ['regel', 'uitkomst', 'gronden', 'ontbrekendeGegevens', 'peildatum', 'beleid', 'toegepasteWaarden', 'uitgeslotenWaarden', 'eigenDocumenten', 'pakketversie']
 * beoordelingJsonSchema('schuldhulp').additionalProperties //=> false
 */
export function beoordelingJsonSchema(id: string): Record<string, unknown> {
  // Met een schoon Object.prototype: geen vreemde naam daarop verandert de uitkomst (SPEC §2.8).
  return zonderVervuiling(() => beoordelingJsonSchemaOpSchoonPrototype(id));
}

function beoordelingJsonSchemaOpSchoonPrototype(id: string): Record<string, unknown> {
  const { beschrijving, uitvoerSchema } = zoekRegel(id);
  return {
    ...z.toJSONSchema(uitvoerSchema, { io: 'output', unrepresentable: 'any' }),
    title: `Beoordeling van ${beschrijving.functie} (opvangregels, regel '${beschrijving.id}')`,
  };
}
