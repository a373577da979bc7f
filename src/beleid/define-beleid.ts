import * as z from 'zod/mini';
import { isKalenderdatum } from '../calculators/datum.js';
import { zoekBrondocument } from '../data/bronnen.js';
import { gemeenteInPeriode } from '../data/gemeenten.js';
import { ID_PATROON, REGIO_IDS } from '../data/regio-ids.js';
import { valideer } from '../kern/valideer.js';
import { diepBevroren } from '../types/bevroren.js';
import { OngeldigeInvoerFout, type Veldfout } from '../types/fouten.js';
import { WAARDESTATUSSEN } from '../types/waardestatus.js';
import type { Beleid, Beleidsdefinitie } from './beleid.js';
import type { GedateerdeWaarde } from './gedateerd.js';
import { BELEID_IDS, INGEBOUWDE_INDELINGEN } from './ids.js';
import { BELEIDSPARAMETERS, type Parameternaam } from './parameters.js';

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
const naamSchema = z.string().check(z.trim(), z.minLength(1), z.maxLength(BELEIDSGRENZEN.naam));
const tekstSchema = z.string().check(z.trim(), z.minLength(1), z.maxLength(BELEIDSGRENZEN.tekst));
const datumTekst = z.string().check(z.refine(isKalenderdatum, 'moet een bestaande datum JJJJ-MM-DD zijn'));
/** Een CBS-code zoals het CBS haar schrijft; of de gemeente op de datums bestond, controleert {@link controleerSamenhang}. */
const cbsCodeSchema = z.string().check(z.regex(/^GM\d{4}$/, 'moet een CBS-code zijn in de vorm GM0150'));

/** Een webadres: het protocol en geen witruimte. Het wordt nooit opgehaald. @internal */
export const URL_PATROON = /^https?:\/\/[^\s/?#]+[^\s]*$/;

const bronSchema = z.strictObject({
  // Of het document bestaat (ingebouwd of eigen), controleert controleerSamenhang.
  document: idSchema,
  onderdeel: naamSchema,
  citaat: z.optional(tekstSchema),
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
          datumkeuze: z.optional(tekstSchema),
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
    .check(z.minLength(1), z.maxLength(BELEIDSGRENZEN.perioden), z.superRefine((perioden, context) => {
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

const documentSchema = z.strictObject({
  id: idSchema,
  titel: naamSchema,
  uitgever: naamSchema,
  jaar: z.int().check(z.gte(1000), z.lte(9999)),
  url: z.optional(z.string().check(z.maxLength(2_000), z.regex(URL_PATROON, 'moet een webadres zijn dat begint met https:// of http://'))),
});

const regioSchema = z.strictObject({
  naam: naamSchema,
  centrumgemeenten: z.array(cbsCodeSchema).check(z.minLength(1), z.maxLength(BELEIDSGRENZEN.centrumgemeenten)),
  leden: periodenSchema(z.array(cbsCodeSchema).check(z.minLength(1), z.maxLength(BELEIDSGRENZEN.leden))),
});

const beleidSchema = z.strictObject({
  // Een editor vindt het JSON Schema via "$schema" in het bestand; het hoort niet bij het beleid.
  $schema: z.optional(z.string().check(z.maxLength(2_000))),
  id: idSchema,
  versie: naamSchema,
  naam: naamSchema,
  parameters: z.strictObject(parameterSchemas).check(z.superRefine((parameters, context) => {
    // Een verblijfsduur zonder regio zou bij elke regio kunnen worden toegepast: een geleende termijn.
    const termijnen = Object.keys(parameters).filter((naam) => naam.startsWith('verblijfsduur.') && naam !== 'verblijfsduur.regio' && parameters[naam] !== undefined);
    if (termijnen.length > 0 && parameters['verblijfsduur.regio'] === undefined) {
      context.addIssue({ code: 'custom', path: ['verblijfsduur.regio'], message: 'is verplicht naast een verblijfsduur: zeg voor welke regio de termijnen gelden' });
    }
  })),
  documenten: z.optional(z.array(documentSchema).check(z.maxLength(BELEIDSGRENZEN.documenten))),
  regios: z.optional(z.record(idSchema, regioSchema)),
});

/**
 * De beleidsobjecten die {@link defineBeleid} controleerde, herkend aan hun identiteit: een
 * kopie of een object met dezelfde velden staat er niet in en wordt opnieuw gecontroleerd.
 * (Een merkteken op het object zelf kan worden nagemaakt.)
 */
const GECONTROLEERD = new WeakSet<object>();

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
 *    geen kleine letters met streepjes is, een CBS-code die niet de vorm `GM0150` heeft;
 * 2. als de vorm klopt, de samenhang: een id dat botst met een ingebouwd beleid, document of
 *    regio; een dubbel document-id; een bron die naar geen ingebouwd en geen eigen document
 *    verwijst; een regioparameter die geen ingebouwde en geen eigen regio noemt; een CBS-code die
 *    niet op elke dag van haar periode een gemeente is (een opgeheven gemeente met de herindeling
 *    genoemd, zoals {@link zoekGemeente} die volgt); een gemeente twee keer in een periode; een
 *    centrumgemeente die in een periode geen lid is.
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
 * const uitslag = defineBeleidVeilig(JSON.parse('{"id":"x","versie":"1","naam":"X","parameters":{},"regios":{"regio-x":{"naam":"regio X","centrumgemeenten":["GM0457"],"leden":[{"vanaf":"2023-01-01","waarde":["GM0457"],"status":"vastgesteld","bronnen":[{"document":"cbs-gemeenten","onderdeel":"2023"}]}]}}}'));
 * uitslag.succes ? [] : uitslag.fouten
 * //=> [{ pad: 'regios.regio-x.leden.0.waarde.0', melding: 'GM0457 (Weesp) is op 2022-03-24 opgegaan in Amsterdam (GM0363); laat de periode uiterlijk op 2022-03-24 eindigen en neem daarna GM0363 op' }]
 */
export function defineBeleid(definitie: Beleidsdefinitie): Beleid;
export function defineBeleid(definitie: unknown): Beleid;
export function defineBeleid(definitie: unknown): Beleid {
  const vorm = valideer(beleidSchema, definitie);
  const beleid: Beleid = {
    id: vorm.id,
    versie: vorm.versie,
    naam: vorm.naam,
    parameters: vorm.parameters as Beleid['parameters'],
    documenten: (vorm.documenten ?? []) as Beleid['documenten'],
    regios: vorm.regios ?? Object.create(null),
  };
  const fouten = controleerSamenhang(beleid);
  if (fouten.length > 0) throw new OngeldigeInvoerFout(fouten);
  const gecontroleerd = diepBevroren(beleid);
  GECONTROLEERD.add(gecontroleerd);
  return gecontroleerd;
}

/**
 * De niet-gooiende vorm van {@link defineBeleid}: `{ succes: true, beleid }` of
 * `{ succes: false, fouten }`; voor een controle van een beleidsbestand.
 *
 * @example
 * const uitslag = defineBeleidVeilig({ id: 'Wierden!', versie: '1', naam: 'Wierden', parameters: {} });
 * uitslag.succes ? [] : uitslag.fouten
 * //=> [{ pad: 'id', melding: 'moet uit kleine letters, cijfers en streepjes bestaan, bv. gemeente-deventer' }]
 */
export function defineBeleidVeilig(definitie: unknown): { succes: true; beleid: Beleid } | { succes: false; fouten: Veldfout[] } {
  try {
    return { succes: true, beleid: defineBeleid(definitie) };
  } catch (fout) {
    if (fout instanceof OngeldigeInvoerFout) return { succes: false, fouten: fout.fouten };
    throw fout;
  }
}

/** Zegt of dit object (niet een kopie) door {@link defineBeleid} is gemaakt. @internal */
export function isGecontroleerdBeleid(beleid: object): boolean {
  return GECONTROLEERD.has(beleid);
}

const REGIOPARAMETERS = ['versnelfonds.regio', 'verblijfsduur.regio'] as const;

/**
 * De tweede ronde van {@link defineBeleid}: wat het schema per veld niet kan zien, omdat het van
 * andere velden, de ingebouwde ids of de gemeentegegevens afhangt.
 */
function controleerSamenhang(beleid: Beleid): Veldfout[] {
  const fouten: Veldfout[] = [];
  if ((BELEID_IDS as readonly string[]).includes(beleid.id) || beleid.id === INGEBOUWDE_INDELINGEN) {
    fouten.push({ pad: 'id', melding: `botst met een ingebouwd beleid-id (${[...BELEID_IDS, INGEBOUWDE_INDELINGEN].map((id) => `'${id}'`).join(', ')}); kies een eigen id, bv. gemeente-deventer` });
  }

  const eigenDocumenten = new Set<string>();
  beleid.documenten.forEach((document, index) => {
    if (zoekBrondocument(document.id)) fouten.push({ pad: `documenten.${index}.id`, melding: 'botst met een ingebouwd brondocument (BRONDOCUMENTEN); kies een eigen id' });
    else if (eigenDocumenten.has(document.id)) fouten.push({ pad: `documenten.${index}.id`, melding: 'staat al eerder in documenten' });
    eigenDocumenten.add(document.id);
  });
  const controleerBronnen = (perioden: readonly GedateerdeWaarde<unknown>[], pad: string) =>
    perioden.forEach((periode, index) =>
      periode.bronnen.forEach((bron, bronindex) => {
        if (!zoekBrondocument(bron.document) && !eigenDocumenten.has(bron.document)) {
          fouten.push({ pad: `${pad}.${index}.bronnen.${bronindex}.document`, melding: 'onbekend brondocument: geen ingebouwd document (BRONDOCUMENTEN) en niet in documenten van dit beleid' });
        }
      }),
    );

  const regioIds = Object.keys(beleid.regios);
  for (const id of regioIds) {
    const regio = beleid.regios[id]!;
    const pad = `regios.${id}`;
    if ((REGIO_IDS as readonly string[]).includes(id)) fouten.push({ pad, melding: `botst met een ingebouwde regio (${REGIO_IDS.map((regioId) => `'${regioId}'`).join(', ')}); kies een eigen id` });
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
        fouten.push({ pad: `parameters.${naam}.${index}.waarde`, melding: `onbekende regio: geen ingebouwde regio (${REGIO_IDS.map((id) => `'${id}'`).join(', ')}) en niet in regios van dit beleid` });
      }
    });
  }
  return fouten;
}
