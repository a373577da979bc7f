import * as z from 'zod/mini';
import { isKalenderdatum } from '../calculators/datum.js';
import { BRONDOCUMENTEN, zoekBrondocument } from '../data/bronnen.js';
import { gemeenteInPeriode } from '../data/gemeenten.js';
import { INGEBOUWDE_REGIOS_TEKST, REGIONAMEN, REGIO_IDS } from '../data/regio-ids.js';
import { vouwNaam } from '../kern/beleidstekst.js';
import { ID_PATROON, URL_PATROON } from '../kern/patronen.js';
import { valideer } from '../kern/valideer.js';
import { diepBevroren } from '../types/bevroren.js';
import { OngeldigeInvoerFout, type Veldfout } from '../types/fouten.js';
import type { OngeldigeInvoerMislukking } from '../types/uitslag.js';
import { WAARDESTATUSSEN } from '../types/waardestatus.js';
import type { Beleid } from './beleid.js';
import type { GedateerdeWaarde } from './gedateerd.js';
import { BELEID_IDS, INGEBOUWDE_INDELINGEN, alsGecontroleerd, isIngebouwdBeleidId } from './ids.js';
import { BELEIDSPARAMETERS, isTermijnparameter, tekstregel, type Parameternaam } from './parameters.js';
import { REGELONDERDELEN, REGEL_IDS, type RegelId } from './regelonderdelen.js';
import { zonderVervuiling } from '../kern/schoon-prototype.js';

/** Grenzen van een beleid, naast de {@link INVOERGRENZEN} van elke invoer. @internal */
export const BELEIDSGRENZEN = /* @__PURE__ */ diepBevroren({
  /** Tekens in een naam, titel, uitgever, onderdeel of versie. */
  naam: 500,
  /** Tekens in een citaat, toelichting of datumkeuze. */
  tekst: 5_000,
  /** Eigen documenten. */
  documenten: 1_000,
  /** Perioden per parameter of regio. */
  perioden: 1_000,
  /** Centrumgemeenten per regio. */
  centrumgemeenten: 20,
  /** Leden per periode van een regio (Nederland telt ruim 340 gemeenten). */
  leden: 1_000,
} as const);

const ID_MELDING = 'moet uit kleine letters, cijfers en streepjes bestaan, bv. gemeente-deventer';
const idSchema = z.string().check(z.maxLength(200), z.regex(ID_PATROON, ID_MELDING));
const naamSchema = z.string().check(tekstregel('naam'), z.trim(), z.minLength(1), z.maxLength(BELEIDSGRENZEN.naam));
/** Titel, uitgever of onderdeel van een bron: een naam zonder puntkomma (die scheidt bronnen in de brief). */
const bronnaamSchema = z.string().check(tekstregel('bronnaam'), z.trim(), z.minLength(1), z.maxLength(BELEIDSGRENZEN.naam));
const tekstSchema = z.string().check(tekstregel('tekst'), z.trim(), z.minLength(1), z.maxLength(BELEIDSGRENZEN.tekst));
/** Een citaat: de brief zet het tussen aanhalingstekens, dus zonder eigen dubbele aanhalingstekens. */
const citaatSchema = z.string().check(tekstregel('citaat'), z.trim(), z.minLength(1), z.maxLength(BELEIDSGRENZEN.tekst));
const datumTekst = z.string().check(z.refine(isKalenderdatum, 'moet een bestaande datum JJJJ-MM-DD zijn'));
/** Een CBS-code zoals het CBS haar schrijft; of de gemeente op de datums bestond, controleert {@link controleerSamenhang}. */
const cbsCodeSchema = z.string().check(z.regex(/^GM\d{4}$/, 'moet een CBS-code zijn in de vorm GM0150'));


const bronSchema = z.strictObject({
  // Of het document bestaat (ingebouwd of eigen), controleert controleerSamenhang.
  document: idSchema,
  onderdeel: bronnaamSchema,
  citaat: z.optional(citaatSchema),
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
          bronnen: z.array(bronSchema).check(z.minLength(1), z.maxLength(100)),
          toelichting: z.optional(tekstSchema),
          toelichtingEn: z.optional(tekstSchema),
          datumkeuze: z.optional(tekstSchema),
          datumbronnen: z.optional(z.array(bronSchema).check(z.minLength(1), z.maxLength(100))),
        })
        .check(z.superRefine((periode, context) => {
          // Alleen eigen velden: de uitvoer van zod heeft hier nog Object.prototype (SPEC §2.8).
          const tot = eigen(periode, 'tot');
          if (tot !== undefined && tot <= periode.vanaf) {
            context.addIssue({ code: 'custom', path: ['tot'], message: 'moet na vanaf liggen' });
          }
          if (periode.status === 'interpretatie' && eigen(periode, 'toelichting') === undefined) {
            context.addIssue({ code: 'custom', path: ['toelichting'], message: "is verplicht bij status 'interpretatie': leg uit waarom deze lezing" });
          }
        })),
    )
    .check(z.minLength(1), z.maxLength(BELEIDSGRENZEN.perioden), z.superRefine((perioden, context) => {
      // Opvolgend zonder gat of overlap: zo geldt op elke datum hooguit één waarde, en
      // is een datum zonder waarde altijd een bewuste keuze (vóór de eerste of na de laatste).
      perioden.forEach((periode, index) => {
        if (index === 0) return;
        const vorige = perioden[index - 1]!;
        const tot = eigen(vorige, 'tot');
        if (periode.vanaf <= vorige.vanaf) {
          context.addIssue({ code: 'custom', path: [index, 'vanaf'], message: 'moet na het begin van de vorige periode liggen' });
        } else if (tot === undefined || tot > periode.vanaf) {
          context.addIssue({ code: 'custom', path: [index, 'vanaf'], message: tot ? 'overlapt met de vorige periode (die loopt langer)' : 'overlapt met de vorige periode (die heeft geen einde)' });
        } else if (tot < periode.vanaf) {
          context.addIssue({ code: 'custom', path: [index, 'vanaf'], message: 'laat een gat: de vorige periode eindigt eerder' });
        }
      });
    }));
}

/** Een optioneel veld van de uitvoer van zod, alleen als eigen veld. */
function eigen<T extends object, K extends keyof T>(object: T, veld: K): T[K] | undefined {
  return Object.hasOwn(object, veld) ? object[veld] : undefined;
}

const parameterSchemas = Object.fromEntries(
  (Object.keys(BELEIDSPARAMETERS) as Parameternaam[]).map((naam) => [naam, z.optional(periodenSchema(BELEIDSPARAMETERS[naam].schema))]),
);

const documentSchema = z.strictObject({
  id: idSchema,
  titel: bronnaamSchema,
  uitgever: bronnaamSchema,
  jaar: z.int().check(z.gte(1000), z.lte(9999)),
  url: z.optional(z.string().check(z.maxLength(2_000), z.regex(URL_PATROON, 'moet een webadres zijn dat begint met https:// of http://'), tekstregel('url'))),
});

/** Een grondslag met een andere status dan 'vastgesteld' zegt waarom (zoals een waarde met status 'interpretatie'). */
const grondslagSchema = z
  .strictObject({
    status: z.enum(WAARDESTATUSSEN),
    toelichting: z.optional(tekstSchema),
    toelichtingEn: z.optional(tekstSchema),
    bronnen: z.array(bronSchema).check(z.minLength(1), z.maxLength(100)),
  })
  .check(z.superRefine((grondslag, context) => {
    if (grondslag.status !== 'vastgesteld' && eigen(grondslag, 'toelichting') === undefined) {
      context.addIssue({ code: 'custom', path: ['toelichting'], message: "is verplicht als de status niet 'vastgesteld' is: leg uit hoe vast de grondslag staat" });
    }
  }));

const keuzebeleidSchema = z.union([
  z.strictObject({ overgenomen: z.literal(true), bronnen: z.optional(z.array(bronSchema).check(z.minLength(1), z.maxLength(100))) }),
  z.strictObject({ tekst: tekstSchema, tekstEn: z.optional(tekstSchema), bronnen: z.optional(z.array(bronSchema).check(z.minLength(1), z.maxLength(100))) }),
]);

/** Een record met ids als sleutel; een sleutel '__proto__' zou zod stil overslaan, dus die weigeren we eerst. */
function idRecord<T extends z.ZodMiniType>(waarde: T, melding: string) {
  return z.pipe(
    z.custom<object>((record) => typeof record !== 'object' || record === null || !Object.hasOwn(record, '__proto__'), melding),
    z.record(idSchemaMetPunt, waarde),
  );
}
/** Een criterium- of keuze-id: `regel.onderdeel`, kleine letters, cijfers, streepjes en één punt. */
const idSchemaMetPunt = z.string().check(z.maxLength(200), z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*\.[a-z0-9]+(?:-[a-z0-9]+)*$/, 'moet een id zijn als versnelfonds.laatste-optie'));

const regelbeleidSchema = z.strictObject({
  grondslag: grondslagSchema,
  criteria: z.optional(idRecord(z.strictObject({ bronnen: z.array(bronSchema).check(z.minLength(1), z.maxLength(100)) }), 'heeft een ongeldige sleutel: een criterium-id zoals versnelfonds.laatste-optie')),
  keuzes: z.optional(idRecord(keuzebeleidSchema, 'heeft een ongeldige sleutel: een keuze-id zoals versnelfonds.begrenzen')),
});

const regioSchema = z.strictObject({
  naam: naamSchema,
  centrumgemeenten: z.array(cbsCodeSchema).check(z.minLength(1), z.maxLength(BELEIDSGRENZEN.centrumgemeenten)),
  leden: periodenSchema(z.array(cbsCodeSchema).check(z.minLength(1), z.maxLength(BELEIDSGRENZEN.leden))),
});

/** Het zod-schema van de vorm van een beleidsdefinitie; de samenhang controleert {@link defineBeleid} daarna. @internal */
export const beleidSchema = z.strictObject({
  // Een editor vindt het JSON Schema via "$schema" in het bestand; het hoort niet bij het beleid.
  $schema: z.optional(z.string().check(z.maxLength(2_000))),
  id: idSchema,
  versie: naamSchema,
  naam: naamSchema,
  parameters: z.strictObject(parameterSchemas).check(z.superRefine((parameters, context) => {
    // Een verblijfsduur zonder regio zou bij elke regio kunnen worden toegepast: een geleende termijn.
    const termijnen = Object.keys(parameters).filter((naam) => isTermijnparameter(naam) && parameters[naam] !== undefined);
    if (termijnen.length > 0 && eigen(parameters, 'verblijfsduur.regio') === undefined) {
      context.addIssue({ code: 'custom', path: ['verblijfsduur.regio'], message: 'is verplicht naast een verblijfsduur: zeg voor welke regio de termijnen gelden' });
    }
    // Net zo: een termijn voor een woningaanbod zonder regio zou bij elke regio gelden.
    if (eigen(parameters, 'woningaanbod.uitstroom-beschermd-wonen') !== undefined && eigen(parameters, 'woningaanbod.regio') === undefined) {
      context.addIssue({ code: 'custom', path: ['woningaanbod.regio'], message: 'is verplicht naast een termijn voor een woningaanbod: zeg voor welke regio de termijn geldt' });
    }
  })),
  documenten: z.optional(z.array(documentSchema).check(z.maxLength(BELEIDSGRENZEN.documenten))),
  // zod slaat een sleutel '__proto__' van een record stil over: die regio zou verdwijnen. Daarom eerst deze controle.
  regios: z.optional(
    z.pipe(
      z.custom<object>((regios) => typeof regios !== 'object' || regios === null || !Object.hasOwn(regios, '__proto__'), 'heeft een ongeldige sleutel: een sleutel moet uit kleine letters, cijfers en streepjes bestaan'),
      z.record(idSchema, regioSchema),
    ),
  ),
  regels: z.optional(z.strictObject(Object.fromEntries(REGEL_IDS.map((regel) => [regel, z.optional(regelbeleidSchema)])) as Record<RegelId, z.ZodMiniOptional<typeof regelbeleidSchema>>)),
});

/**
 * Legt een eigen beleid vast en controleert het: eigen waarden (een fondsmaximum, een
 * verblijfstermijn), eigen regio's en eigen brondocumenten. Neemt elke waarde aan, ook wat
 * `JSON.parse` uit een beleidsbestand leest, en geeft een getypeerd, bevroren {@link Beleid}
 * terug; geef het mee als `opties.beleid` aan een regel.
 *
 * Een {@link OngeldigeInvoerFout} met het pad van elk veld, in twee rondes:
 *
 * 1. de vorm (zoals het JSON Schema van `opvangregels schema beleid`): onbekende velden en
 *    parameters, waarden van het verkeerde type, onbestaande datums, `tot` niet na `vanaf`,
 *    perioden die overlappen of een gat laten, `'interpretatie'` zonder toelichting, een id dat
 *    geen kleine letters met streepjes is, een CBS-code die niet de vorm `GM0150` heeft, een getal
 *    boven zijn grens, een tekst die de tekstregel van een beleid breekt (stuur-, richtings- of
 *    onzichtbare tekens, geen letter of cijfer, een eigen "Bron:", een puntkomma in een titel,
 *    uitgever of onderdeel, dubbele aanhalingstekens in een citaat);
 * 2. als de vorm klopt, de samenhang: een id dat botst met een ingebouwd beleid, document of
 *    regio; een dubbel document-id; een bron die naar geen ingebouwd en geen eigen document
 *    verwijst; een regioparameter die geen ingebouwde en geen eigen regio noemt; een CBS-code die
 *    niet op elke dag van haar periode een gemeente is (een opgeheven gemeente met de herindeling
 *    genoemd, zoals {@link zoekGemeente} die volgt); een gemeente twee keer in een periode; een
 *    centrumgemeente die in een periode geen lid is; een eigen document met de titel, uitgever en
 *    het jaar van een ander of van een ingebouwd document, en een regio met de naam van een andere
 *    of van een ingebouwde regio (namen vergeleken na vouwen: hoofdletters, accenten, onzichtbare
 *    tekens en Cyrillische of Griekse lookalikes tellen niet).
 *
 * Het argument is `unknown`: een geparst bestand of een JSON-module past altijd. Wie een beleid in
 * TypeScript schrijft en de vorm al bij het compileren wil laten controleren, schrijft
 * `defineBeleid({ … } satisfies Beleidsdefinitie)`.
 *
 * @param definitie - id, versie, naam, per parameter de gedateerde waarden, en eventueel
 *   `documenten` en `regios` (zie {@link Beleidsdefinitie}); of een geparst beleidsbestand
 * @returns het gecontroleerde, bevroren beleid, met `documenten` en `regios` altijd gezet
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
 *         bronnen: [{ document: 'raadsbesluit-versnelfonds', onderdeel: 'Artikel 2' }],
 *       },
 *     ],
 *   },
 *   documenten: [{ id: 'raadsbesluit-versnelfonds', titel: 'Raadsbesluit versnelfonds', uitgever: 'Gemeenteraad van Wierden', jaar: 2025 }],
 * });
 * wierden.parameters['versnelfonds.maximumInCenten']?.[0]?.waarde
 * //=> 50000
 * const bestand = JSON.stringify({
 *   id: 'regio-x-beleid', versie: '1', naam: 'Regio X', parameters: {},
 *   documenten: [{ id: 'convenant-regio-x', titel: 'Convenant regio X', uitgever: 'Gemeenten van regio X', jaar: 2021 }],
 *   regios: { 'regio-x': { naam: 'regio X', centrumgemeenten: ['GM0363'], leden: [
 *     { vanaf: '2021-01-01', waarde: ['GM0363', 'GM0457'], status: 'vastgesteld', bronnen: [{ document: 'convenant-regio-x', onderdeel: 'Artikel 1' }] }] } },
 * });
 * const uitslag = defineBeleidVeilig(JSON.parse(bestand));
 * uitslag.succes ? [] : uitslag.fouten
 * //=> [{ pad: 'regios.regio-x.leden.0.waarde.1', melding: 'GM0457 (Weesp) is op 2022-03-24 opgegaan in Amsterdam (GM0363); laat de periode uiterlijk op 2022-03-24 eindigen en neem daarna GM0363 op' }]
 */
export function defineBeleid(definitie: unknown): Beleid {
  // Met een schoon Object.prototype: geen vreemde naam daarop verandert de uitkomst (SPEC §2.8).
  return zonderVervuiling(() => defineBeleidOpSchoonPrototype(definitie));
}

function defineBeleidOpSchoonPrototype(definitie: unknown): Beleid {
  const vorm = valideer(beleidSchema, definitie);
  const beleid: Beleid = {
    id: vorm.id,
    versie: vorm.versie,
    naam: vorm.naam,
    parameters: vorm.parameters as Beleid['parameters'],
    documenten: (vorm.documenten ?? []) as Beleid['documenten'],
    regios: vorm.regios ?? Object.create(null),
    regels: (vorm.regels ?? Object.create(null)) as Beleid['regels'],
  };
  const fouten = controleerSamenhang(beleid);
  if (fouten.length > MAX_SAMENHANGFOUTEN) {
    throw new OngeldigeInvoerFout([...fouten.slice(0, MAX_SAMENHANGFOUTEN), { pad: '', melding: `en nog ${fouten.length - MAX_SAMENHANGFOUTEN} fouten; verbeter eerst deze ${MAX_SAMENHANGFOUTEN}` }]);
  }
  if (fouten.length > 0) throw new OngeldigeInvoerFout(fouten);
  return alsGecontroleerd(diepBevroren(beleid));
}

/**
 * Het resultaat van {@link defineBeleidVeilig}: het beleid, of de veldfouten met
 * `soort: 'ongeldige-invoer'` (als bij een regel; `'geen-beleid'` komt hier niet voor).
 */
export type BeleidUitslag = GecontroleerdBeleid | OngeldigeInvoerMislukking;

/** Een geldig beleid uit {@link defineBeleidVeilig}. */
export interface GecontroleerdBeleid {
  /** Altijd `true`. */
  succes: true;
  /** Het gecontroleerde, bevroren beleid, zoals {@link defineBeleid} het teruggeeft. */
  beleid: Beleid;
}

/**
 * De niet-gooiende vorm van {@link defineBeleid}: `{ succes: true, beleid }` of
 * `{ succes: false, soort: 'ongeldige-invoer', fouten }` (dezelfde vorm als een
 * {@link OngeldigeInvoerMislukking} van een regel); voor een controle van een beleidsbestand.
 *
 * @example
 * const uitslag = defineBeleidVeilig({ id: 'Wierden!', versie: '1', naam: 'Wierden', parameters: {} });
 * uitslag.succes ? [] : uitslag.fouten
 * //=> [{ pad: 'id', melding: 'moet uit kleine letters, cijfers en streepjes bestaan, bv. gemeente-deventer' }]
 * uitslag.succes ? null : uitslag.soort
 * //=> 'ongeldige-invoer'
 */
export function defineBeleidVeilig(definitie: unknown): BeleidUitslag {
  try {
    return { succes: true, beleid: defineBeleid(definitie) };
  } catch (fout) {
    if (fout instanceof OngeldigeInvoerFout) return { succes: false, soort: 'ongeldige-invoer', fouten: fout.fouten };
    throw fout;
  }
}

/** De ingebouwde brondocumenten per gevouwen titel, uitgever en jaar (zie controleerSamenhang). */
function ingebouwdeDocumentsleutels(sleutel: (document: { titel: string; uitgever: string; jaar: number }) => string): Map<string, string> {
  return new Map(BRONDOCUMENTEN.map((document) => [sleutel(document), document.id]));
}

const REGIOPARAMETERS = ['versnelfonds.regio', 'verblijfsduur.regio', 'woningaanbod.regio'] as const;

/** Zoveel samenhangfouten noemt defineBeleid hooguit, met daarna hoeveel er nog zijn: de melding blijft leesbaar. */
const MAX_SAMENHANGFOUTEN = 100;

/**
 * De tweede ronde van {@link defineBeleid}: wat het schema per veld niet kan zien, omdat het van
 * andere velden, de ingebouwde ids of de gemeentegegevens afhangt.
 */
function controleerSamenhang(beleid: Beleid): Veldfout[] {
  const fouten: Veldfout[] = [];
  if (isIngebouwdBeleidId(beleid.id)) {
    fouten.push({ pad: 'id', melding: `botst met een ingebouwd beleid-id (${[...BELEID_IDS, INGEBOUWDE_INDELINGEN].map((id) => `'${id}'`).join(', ')}); kies een eigen id, bv. gemeente-deventer` });
  }

  const eigenDocumenten = new Set<string>();
  // Titel, uitgever en jaar gevouwen (vouwNaam): een document dat er voor een lezer hetzelfde uitziet als een ander.
  const documentsleutel = (document: { titel: string; uitgever: string; jaar: number }) => `${vouwNaam(document.titel)}\u0000${vouwNaam(document.uitgever)}\u0000${document.jaar}`;
  const ingebouwdeSleutels = ingebouwdeDocumentsleutels(documentsleutel);
  const eerdereDocumenten = new Map<string, number>();
  beleid.documenten.forEach((document, index) => {
    if (zoekBrondocument(document.id)) fouten.push({ pad: `documenten.${index}.id`, melding: 'botst met een ingebouwd brondocument (BRONDOCUMENTEN); kies een eigen id' });
    else if (eigenDocumenten.has(document.id)) fouten.push({ pad: `documenten.${index}.id`, melding: 'staat al eerder in documenten' });
    eigenDocumenten.add(document.id);
    const sleutel = documentsleutel(document);
    const ingebouwd = ingebouwdeSleutels.get(sleutel);
    const eerder = eerdereDocumenten.get(sleutel);
    // Een eigen document met de titel, uitgever en het jaar van een ingebouwd document zou in de brief die bron lijken.
    if (ingebouwd !== undefined) fouten.push({ pad: `documenten.${index}.titel`, melding: `heeft de titel, uitgever en het jaar van het ingebouwde document ${ingebouwd}; verwijs met document: '${ingebouwd}' naar dat document` });
    else if (eerder !== undefined) fouten.push({ pad: `documenten.${index}.titel`, melding: `heeft dezelfde titel, uitgever en hetzelfde jaar als documenten.${eerder}` });
    else eerdereDocumenten.set(sleutel, index);
  });
  const controleerBronnen = (perioden: readonly GedateerdeWaarde<unknown>[], pad: string) =>
    perioden.forEach((periode, index) =>
      (['bronnen', 'datumbronnen'] as const).forEach((veld) =>
        (eigen(periode, veld) ?? []).forEach((bron, bronindex) => {
          if (!zoekBrondocument(bron.document) && !eigenDocumenten.has(bron.document)) {
            fouten.push({ pad: `${pad}.${index}.${veld}.${bronindex}.document`, melding: 'onbekend brondocument: geen ingebouwd document (BRONDOCUMENTEN) en niet in documenten van dit beleid' });
          }
        }),
      ),
    );

  const regioIds = Object.keys(beleid.regios);
  // Regionamen gevouwen: twee regio's die in de brief dezelfde naam dragen, zijn voor de cliënt niet te onderscheiden.
  const regionamen = new Map<string, string>(Object.entries(REGIONAMEN).map(([id, naam]) => [vouwNaam(naam), id]));
  for (const id of regioIds) {
    const regio = beleid.regios[id]!;
    const pad = `regios.${id}`;
    if ((REGIO_IDS as readonly string[]).includes(id)) fouten.push({ pad, melding: `botst met een ingebouwde regio (${INGEBOUWDE_REGIOS_TEKST}); kies een eigen id` });
    const naamsleutel = vouwNaam(regio.naam);
    const zelfde = regionamen.get(naamsleutel);
    if (zelfde !== undefined) fouten.push({ pad: `${pad}.naam`, melding: `heeft dezelfde naam als de regio ${zelfde}` });
    else regionamen.set(naamsleutel, id);
    regio.leden.forEach((periode, index) => {
      const gezien = new Set<string>();
      periode.waarde.forEach((code, codeindex) => {
        const codepad = `${pad}.leden.${index}.waarde.${codeindex}`;
        if (gezien.has(code)) {
          fouten.push({ pad: codepad, melding: 'staat al eerder in deze periode' });
          return;
        }
        gezien.add(code);
        const probleem = gemeenteInPeriode(code, periode.vanaf, periode.tot);
        if (probleem) fouten.push({ pad: codepad, melding: probleem });
      });
    });
    const centrum = new Set<string>();
    regio.centrumgemeenten.forEach((code, index) => {
      const codepad = `${pad}.centrumgemeenten.${index}`;
      if (centrum.has(code)) fouten.push({ pad: codepad, melding: 'staat al eerder in centrumgemeenten' });
      centrum.add(code);
      const buiten = regio.leden.findIndex((periode) => !periode.waarde.includes(code));
      if (buiten >= 0) fouten.push({ pad: codepad, melding: `is geen lid van de regio in de periode vanaf ${regio.leden[buiten]!.vanaf} (leden.${buiten}); een centrumgemeente hoort bij haar regio` });
    });
    controleerBronnen(regio.leden, `${pad}.leden`);
  }

  for (const naam of Object.keys(beleid.parameters) as Parameternaam[]) {
    const perioden = beleid.parameters[naam];
    if (perioden) controleerBronnen(perioden, `parameters.${naam}`);
  }
  for (const naam of REGIOPARAMETERS) {
    (beleid.parameters[naam] ?? []).forEach((periode, index) => {
      if (!(REGIO_IDS as readonly string[]).includes(periode.waarde) && !regioIds.includes(periode.waarde)) {
        fouten.push({ pad: `parameters.${naam}.${index}.waarde`, melding: `onbekende regio: geen ingebouwde regio (${INGEBOUWDE_REGIOS_TEKST}) en niet in regios van dit beleid` });
      }
    });
  }
  controleerRegels(beleid, fouten, (bronnen, pad) =>
    bronnen.forEach((bron, index) => {
      if (!zoekBrondocument(bron.document) && !eigenDocumenten.has(bron.document)) {
        fouten.push({ pad: `${pad}.${index}.document`, melding: 'onbekend brondocument: geen ingebouwd document (BRONDOCUMENTEN) en niet in documenten van dit beleid' });
      }
    }),
  );
  return fouten;
}

/**
 * De samenhang van `regels` (SPEC §2.9): elk criterium en elke keuze hoort bij de regel, en elke
 * bron verwijst naar een bekend document. Of een regel onder dit beleid een grondslag heeft, toetst
 * de regel zelf bij het beslissen (een beleid uit 0.2 zonder `regels` blijft geldig).
 */
function controleerRegels(beleid: Beleid, fouten: Veldfout[], controleerBronnen: (bronnen: readonly { document: string }[], pad: string) => void): void {
  for (const regel of Object.keys(beleid.regels) as RegelId[]) {
    const regelbeleid = beleid.regels[regel];
    if (!regelbeleid) continue;
    const pad = `regels.${regel}`;
    controleerBronnen(regelbeleid.grondslag.bronnen, `${pad}.grondslag.bronnen`);
    const { criteria, keuzes } = REGELONDERDELEN[regel];
    for (const id of Object.keys(regelbeleid.criteria ?? {})) {
      if (!(criteria as readonly string[]).includes(id)) {
        fouten.push({ pad: `${pad}.criteria.${id}`, melding: `is geen criterium van de regel ${regel} waarvan een beleid de regeltekst kan vervangen; kies uit ${criteria.join(', ')}` });
      } else controleerBronnen(regelbeleid.criteria![id]!.bronnen, `${pad}.criteria.${id}.bronnen`);
    }
    for (const id of Object.keys(regelbeleid.keuzes ?? {})) {
      if (!(keuzes as readonly string[]).includes(id)) {
        fouten.push({ pad: `${pad}.keuzes.${id}`, melding: keuzes.length === 0 ? `de regel ${regel} heeft geen keuzes om over te nemen` : `is geen keuze van de regel ${regel}; kies uit ${keuzes.join(', ')}` });
        continue;
      }
      const keuze = regelbeleid.keuzes![id]!;
      if (Object.hasOwn(keuze, 'bronnen') && keuze.bronnen) controleerBronnen(keuze.bronnen, `${pad}.keuzes.${id}.bronnen`);
    }
  }
}
