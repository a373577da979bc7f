import * as z from 'zod/mini';
import { BRONDOCUMENTEN } from '../data/bronnen.js';
import { bekendeGemeentecodes } from '../data/gemeenten.js';
import { REGIO_IDS } from '../data/regio-ids.js';
import { beleidstekstPatroon, type Tekstsoort } from '../kern/beleidstekst.js';
import { ID_PATROON, URL_PATROON } from '../kern/patronen.js';
import { WAARDESTATUSSEN } from '../types/waardestatus.js';
import { BELEIDSGRENZEN } from './define-beleid.js';
import { BELEID_IDS, INGEBOUWDE_INDELINGEN } from './ids.js';
import { BELEIDSPARAMETERS, MAXIMALE_BELEIDSDUUR, isTermijnparameter, type Parameternaam } from './parameters.js';
import { REGELONDERDELEN, REGEL_IDS } from './regelonderdelen.js';
import { zonderVervuiling } from '../kern/schoon-prototype.js';

/**
 * Een tekst volgens de tekstregel van een beleid (`src/kern/beleidstekst.ts`, dezelfde als
 * `defineBeleid`): ten minste één letter of cijfer, geen stuurtekens, richtingstekens of onzichtbare
 * tekens, geen bronlabel; een bronnaam zonder puntkomma, een citaat zonder dubbele aanhalingstekens.
 */
function tekst(maximum: number, description: string, soort: Tekstsoort = 'tekst'): Record<string, unknown> {
  return { type: 'string', minLength: 1, maxLength: maximum, pattern: beleidstekstPatroon(soort), description };
}

/** Een webadres: de vorm van {@link URL_PATROON} en de tekens van de tekstregel, in één patroon. */
const URL_MET_TEKSTREGEL = `(?=${URL_PATROON.source})${beleidstekstPatroon('url')}`;

const ID = { type: 'string', pattern: ID_PATROON.source, maxLength: 200 };

/** Het JSON Schema van één waarde, uit het zod-schema van de parameter (zonder eigen `$schema`). */
function waardeschema(naam: Parameternaam): Record<string, unknown> {
  const { $schema: _weg, ...schema } = z.toJSONSchema(BELEIDSPARAMETERS[naam].schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return { ...schema, description: BELEIDSPARAMETERS[naam].omschrijving };
}

/**
 * Een duur: het schema uit zod, met wat zod niet in JSON Schema schrijft (een controle van zod):
 * de tekstregel voor de aanbieder en per eenheid de langste duur ({@link MAXIMALE_BELEIDSDUUR}).
 */
function duurschema(): Record<string, unknown> {
  const schema = waardeschema('verblijfsduur.nachtopvang') as { properties: Record<string, Record<string, unknown>> };
  return {
    ...schema,
    properties: { ...schema.properties, aanbieder: { ...schema.properties.aanbieder, pattern: beleidstekstPatroon('naam'), description: 'De aanbieder bij wie de duur alleen geldt; weggelaten = bij elke aanbieder.' } },
    allOf: Object.entries(MAXIMALE_BELEIDSDUUR).map(([eenheid, maximum]) => ({
      if: { properties: { eenheid: { const: eenheid } }, required: ['eenheid'] },
      then: { properties: { aantal: { type: 'integer', maximum } } },
    })),
  };
}

const BRONNEN = { type: 'array', minItems: 1, maxItems: 100, items: { $ref: '#/$defs/bron' } };

/** Wat een beleid voor één regel vastlegt (SPEC §2.9): grondslag, eigen regelteksten en keuzes, met de ids van die regel. */
function regelbeleid(regel: (typeof REGEL_IDS)[number]): Record<string, unknown> {
  const { criteria, keuzes } = REGELONDERDELEN[regel];
  const eigenBronnen = { ...BRONNEN, description: 'Waar het beleid dit vastlegt; weggelaten = de bronnen van de grondslag.' };
  return {
    type: 'object',
    additionalProperties: false,
    required: ['grondslag'],
    description: `Wat het beleid voor de regel ${regel} vaststelt.`,
    properties: {
      grondslag: { $ref: '#/$defs/grondslag' },
      criteria: {
        type: 'object',
        description: 'Per criterium de eigen regeltekst (de bronnen die de brief citeert in plaats van de ingebouwde).',
        propertyNames: { enum: [...criteria] },
        additionalProperties: { type: 'object', additionalProperties: false, required: ['bronnen'], properties: { bronnen: { ...BRONNEN, description: 'De eigen regeltekst: ten minste één bron.' } } },
      },
      keuzes: {
        type: 'object',
        description: 'Per keuze (een lezing van opvangregels waar de bronnen zwijgen): overgenomen als regel van het beleid, of in eigen woorden.',
        propertyNames: keuzes.length > 0 ? { enum: [...keuzes] } : false,
        additionalProperties: {
          oneOf: [
            { type: 'object', additionalProperties: false, required: ['overgenomen'], properties: { overgenomen: { const: true, description: 'Het beleid neemt deze lezing over als eigen regel.' }, bronnen: eigenBronnen } },
            { type: 'object', additionalProperties: false, required: ['tekst'], properties: { tekst: tekst(BELEIDSGRENZEN.tekst, 'De regel in de woorden van het beleid.'), tekstEn: tekst(BELEIDSGRENZEN.tekst, 'Dezelfde regel in het Engels, voor een motivering in het Engels (weggelaten: de Nederlandse tekst, als citaat).'), bronnen: eigenBronnen } },
          ],
        },
      },
    },
  };
}

function perioden(waarde: Record<string, unknown>, description: string): Record<string, unknown> {
  return {
    type: 'array',
    minItems: 1,
    maxItems: BELEIDSGRENZEN.perioden,
    description: `${description} Perioden opvolgend in de tijd: elke periode begint op de dag waarop de vorige eindigt ('tot' van de vorige = 'vanaf' van de volgende), zonder gat of overlap.`,
    items: {
      type: 'object',
      additionalProperties: false,
      required: ['vanaf', 'waarde', 'status', 'bronnen'],
      properties: {
        vanaf: { $ref: '#/$defs/datum', description: 'Eerste dag waarop de waarde geldt (JJJJ-MM-DD).' },
        tot: { $ref: '#/$defs/datum', description: "Eerste dag waarop de waarde niet meer geldt (exclusief, zoals het Nederlandse 'tot'); na 'vanaf'. Weglaten = geen einde." },
        waarde,
        status: { $ref: '#/$defs/status' },
        bronnen: { type: 'array', minItems: 1, maxItems: 100, items: { $ref: '#/$defs/bron' }, description: 'Waar de waarde vandaan komt: ten minste één bron.' },
        toelichting: tekst(BELEIDSGRENZEN.tekst, "Waarom deze waarde en deze status, in korte zinnen voor een brief. Verplicht bij status 'interpretatie'."),
        toelichtingEn: tekst(BELEIDSGRENZEN.tekst, 'De toelichting in het Engels, voor de Engelse motivering.'),
        datumkeuze: tekst(BELEIDSGRENZEN.tekst, "Waarom deze 'vanaf' (en 'tot') als de bron geen datum noemt. Een grond noemt een gekozen datum nooit als feit."),
        datumbronnen: { type: 'array', minItems: 1, maxItems: 100, items: { $ref: '#/$defs/bron' }, description: 'De bronnen van de gekozen datums (datumkeuze): zij onderbouwen de looptijd, niet de waarde, en een grond citeert ze niet.' },
      },
      if: { properties: { status: { const: 'interpretatie' } }, required: ['status'] },
      then: { required: ['toelichting'] },
    },
  };
}

/**
 * Het JSON Schema (draft 2020-12) van een beleidsbestand, zoals {@link defineBeleid} en
 * `opvangregels --beleid` het lezen; ook geleverd als `opvangregels/schema/beleid.json`, zodat een
 * editor het bestand tijdens het typen controleert (zet `"$schema"` in het bestand).
 *
 * Het schema controleert de vorm van elk veld, de bekende parameters, statussen en CBS-codes, en
 * weigert ids die botsen met ingebouwde. Wat een JSON Schema niet kan zien, controleert alleen
 * `defineBeleid` (en `opvangregels beleid controleer`): perioden zonder gat of overlap en `tot` na
 * `vanaf`, of een CBS-code op elke dag van haar periode een gemeente is,
 * of elke bron naar een bestaand document en elke regioparameter naar een bestaande regio
 * verwijst, dubbele document-ids, centrumgemeenten die lid zijn, hooguit twee decimalen in de
 * kosten-batenfactor, en wat namen na vouwen vergelijkt: een eigen document met de titel, uitgever en
 * het jaar van een ander of van een ingebouwd document, een regionaam die al bestaat, en nagebootste
 * letters (een Cyrillisch "Bron:", een woord dat Latijnse en Cyrillische letters mengt). De
 * tekstregel zelf (geen stuur-, richtings- of onzichtbare tekens, ten minste één letter of cijfer,
 * geen "Bron:", geen puntkomma in een bronnaam, geen dubbele aanhalingstekens in een citaat) staat
 * als `pattern` in het schema, zoals `defineBeleid` haar toetst. Een tekst met spaties eromheen telt `defineBeleid` na het trimmen, het schema
 * ervoor: bij de maximale lengte kan dat één kant op verschillen. Een onbestaande datum (30 februari) weigert het schema met `format: 'date'`,
 * maar niet elke editor controleert formats.
 *
 * @example
 * const schema = beleidJsonSchema();
 * schema.required
 * //=> ['id', 'versie', 'naam', 'parameters']
 */
export function beleidJsonSchema(): Record<string, unknown> {
  // Met een schoon Object.prototype: geen vreemde naam daarop verandert de uitkomst (SPEC §2.8).
  return zonderVervuiling(() => beleidJsonSchemaOpSchoonPrototype());
}

function beleidJsonSchemaOpSchoonPrototype(): Record<string, unknown> {
  const parameters = Object.keys(BELEIDSPARAMETERS) as Parameternaam[];
  const termijnen: string[] = parameters.filter(isTermijnparameter);
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'Beleid voor opvangregels (defineBeleid, opvangregels --beleid)',
    description:
      'Een eigen beleid: gedateerde waarden per parameter, eigen regio\'s en eigen brondocumenten. Dit schema controleert de vorm; ' +
      "'opvangregels beleid controleer <bestand>' controleert ook de samenhang (perioden zonder gat of overlap, CBS-codes op de datums van hun periode, verwijzingen naar documenten en regio's). Zie de gids 'Eigen beleid vastleggen'.",
    type: 'object',
    additionalProperties: false,
    required: ['id', 'versie', 'naam', 'parameters'],
    properties: {
      $schema: { type: 'string', maxLength: 2_000, description: 'Waar een editor dit schema vindt, bv. ./node_modules/opvangregels/schema/beleid.json; hoort niet bij het beleid.' },
      id: { ...ID, not: { enum: [...BELEID_IDS, INGEBOUWDE_INDELINGEN] }, description: 'Korte id in kleine letters, cijfers en streepjes, bv. gemeente-deventer; niet het id van een ingebouwd beleid.' },
      versie: tekst(BELEIDSGRENZEN.naam, 'De versie van deze set waarden, bv. 2026-1; komt terug in elke beoordeling.', 'naam'),
      naam: tekst(BELEIDSGRENZEN.naam, 'Leesbare naam, bv. Gemeente Deventer; staat in de brief.', 'naam'),
      parameters: {
        type: 'object',
        additionalProperties: false,
        description: 'Per parameter de gedateerde waarden. Zie BELEIDSPARAMETERS en de gids voor wat elke parameter betekent.',
        // Elke verblijfsduur heeft dezelfde vorm: één definitie, met per parameter haar omschrijving.
        properties: Object.fromEntries(
          parameters.map((naam) => [naam, termijnen.includes(naam) ? { $ref: '#/$defs/duurperioden', description: BELEIDSPARAMETERS[naam].omschrijving } : perioden(naam === 'woningaanbod.uitstroom-beschermd-wonen' ? { ...duurschema(), description: BELEIDSPARAMETERS[naam].omschrijving } : waardeschema(naam), BELEIDSPARAMETERS[naam].omschrijving)]),
        ),
        dependentRequired: { ...Object.fromEntries(termijnen.map((naam) => [naam, ['verblijfsduur.regio']])), 'woningaanbod.uitstroom-beschermd-wonen': ['woningaanbod.regio'] },
      },
      documenten: {
        type: 'array',
        maxItems: BELEIDSGRENZEN.documenten,
        description: 'De eigen brondocumenten (een raadsbesluit, beleidsregels, een CVDR-publicatie); een bron verwijst ernaar met zijn id.',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['id', 'titel', 'uitgever', 'jaar'],
          properties: {
            id: { ...ID, not: { enum: BRONDOCUMENTEN.map((document) => document.id) }, description: 'Id in kleine letters met streepjes; niet het id van een ingebouwd brondocument.' },
            titel: tekst(BELEIDSGRENZEN.naam, 'De titel zoals het document die voert (zonder puntkomma).', 'bronnaam'),
            uitgever: tekst(BELEIDSGRENZEN.naam, 'Wie het document vaststelde of uitgaf (zonder puntkomma).', 'bronnaam'),
            jaar: { type: 'integer', minimum: 1000, maximum: 9999, description: 'Het jaar van het document.' },
            url: { type: 'string', maxLength: 2_000, pattern: URL_MET_TEKSTREGEL, description: 'Waar het document te vinden is (https://...).' },
          },
        },
      },
      regels: {
        type: 'object',
        additionalProperties: false,
        description:
          'Per regel wat het beleid vaststelt (SPEC §2.9): de grondslag waarop de criteria rusten, eigen regelteksten en welke lezingen het overneemt. Verplicht voor het versnelfonds als het beleid waarden voor het fonds geeft (dat controleert defineBeleid).',
        properties: Object.fromEntries(REGEL_IDS.map((regel) => [regel, regelbeleid(regel)])),
      },
      regios: {
        type: 'object',
        description: "De eigen regio's per id (kleine letters met streepjes, niet een ingebouwde regio).",
        propertyNames: { ...ID, not: { enum: [...REGIO_IDS] } },
        additionalProperties: {
          type: 'object',
          additionalProperties: false,
          required: ['naam', 'centrumgemeenten', 'leden'],
          properties: {
            naam: tekst(BELEIDSGRENZEN.naam, 'Leesbare naam zoals een brief haar noemt, bv. regio Deventer.', 'naam'),
            centrumgemeenten: { type: 'array', minItems: 1, maxItems: BELEIDSGRENZEN.centrumgemeenten, uniqueItems: true, items: { $ref: '#/$defs/cbsCode' }, description: 'De CBS-codes van de centrumgemeente(n); elk is lid in elke periode.' },
            leden: perioden(
              { type: 'array', minItems: 1, maxItems: BELEIDSGRENZEN.leden, uniqueItems: true, items: { $ref: '#/$defs/cbsCode' }, description: 'De CBS-codes van de leden in deze periode; elk één keer.' },
              'Het lidmaatschap per periode, als CBS-codes.',
            ),
          },
        },
      },
    },
    $defs: {
      duurperioden: perioden({ ...duurschema(), description: 'De maximale duur: een aantal en een eenheid, hooguit honderd jaar.' }, 'Een maximale verblijfsduur per periode: { "aantal": 3, "eenheid": "nachten" } (nachten, dagen, weken of maanden).'),
      datum: { type: 'string', format: 'date', pattern: '^(?!0000)\\d{4}-\\d{2}-\\d{2}$', description: 'Een bestaande kalenderdatum JJJJ-MM-DD, van 0001 tot en met 9999.' },
      status: {
        enum: [...WAARDESTATUSSEN],
        description:
          "Hoe vast de waarde staat: 'vastgesteld' (een besluit, regeling of verordening), 'praktijk' (een beschreven werkwijze), 'voornemen', 'ambitie', 'planningsaanname' of 'interpretatie' (een eigen lezing, met toelichting). 'ambitie' en 'planningsaanname' past een regel standaard niet toe.",
      },
      bron: {
        type: 'object',
        additionalProperties: false,
        required: ['document', 'onderdeel'],
        properties: {
          document: { ...ID, description: 'Id van een ingebouwd brondocument (BRONDOCUMENTEN) of van een eigen document uit documenten.' },
          onderdeel: tekst(BELEIDSGRENZEN.naam, 'Het onderdeel: hoofdstuk, paragraaf of artikel (zonder puntkomma).', 'bronnaam'),
          citaat: tekst(BELEIDSGRENZEN.tekst, 'Een kort letterlijk citaat uit de bron; de brief zet het tussen dubbele aanhalingstekens, dus daarbinnen enkele (‘…’).', 'citaat'),
        },
      },
      grondslag: {
        type: 'object',
        additionalProperties: false,
        required: ['status', 'bronnen'],
        description: 'Waarop de criteria van de regel onder dit beleid rusten, bv. een raadsbesluit.',
        properties: {
          status: { $ref: '#/$defs/status' },
          toelichting: tekst(BELEIDSGRENZEN.tekst, "Waarom deze status, in korte zinnen voor een brief. Verplicht tenzij 'vastgesteld'."),
          toelichtingEn: tekst(BELEIDSGRENZEN.tekst, 'Dezelfde toelichting in het Engels; weggelaten = de Engelse motivering citeert de Nederlandse tekst.'),
          bronnen: { ...BRONNEN, description: 'Waar de grondslag staat: ten minste één bron.' },
        },
        if: { properties: { status: { not: { const: 'vastgesteld' } } }, required: ['status'] },
        then: { required: ['toelichting'] },
      },
      cbsCode: { type: 'string', enum: bekendeGemeentecodes(), description: 'Een CBS-gemeentecode in de vorm GM0150 (CBS-lijsten 2021 en 2023).' },
    },
  };
}
