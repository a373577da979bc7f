import { TZDate, tz } from '@date-fns/tz';
import { addDays } from 'date-fns/addDays';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { amsterdamseDatum, isBinnenJaartallen, isKalenderdatum, TIJDZONE_AMSTERDAM } from '../calculators/datum.js';
import { MAXIMAAL_AANTAL } from '../calculators/termijn.js';
import { zoekBrondocument } from '../data/bronnen.js';
import { zoekRegio } from '../data/regios.js';
import type { Beleidsverwijzing } from '../types/beoordeling.js';
import { OngeldigeInvoerFout } from '../types/fouten.js';
import { STANDAARD_UITGESLOTEN_STATUSSEN, WAARDESTATUSSEN, type Waardestatus } from '../types/waardestatus.js';
import type { Beleid } from './beleid.js';
import type { GedateerdeWaarde } from './gedateerd.js';
import { INGEBOUWDE_INDELINGEN, isIngebouwdBeleidId, type BeleidId } from './ids.js';
import { kiesBeleid } from './opzoeken.js';
import { BELEIDSPARAMETERS, type Parameternaam } from './parameters.js';
import { zonderVervuiling } from '../kern/schoon-prototype.js';

/** Een waarde of regio-indeling waarvan de laatste toegepaste periode eindigt (zie {@link aflopendeWaarden}). */
export interface AflopendeWaarde {
  /** `'parameter'`: een beleidsparameter; `'regio'`: de indeling (de leden) van een regio. */
  soort: 'parameter' | 'regio';
  /** De naam van de parameter (bv. `'versnelfonds.maximumInCenten'`) of het id van de regio (bv. `'almelo'`). */
  naam: string;
  /** Het beleid dat de waarde vastlegt; bij een ingebouwde regio `'ingebouwd'` (zoals in `toegepasteWaarden`). */
  beleid: string;
  /** `true` als de waarde ingebouwd is (een ingebouwd beleid of een ingebouwde regio): een gemeente vult haar aan met een eigen beleid. */
  ingebouwd: boolean;
  /** De eerste dag van de periode die eindigt (`JJJJ-MM-DD`). */
  vanaf: string;
  /** De eerste dag zonder waarde (`JJJJ-MM-DD`, het `tot` van de periode). */
  tot: string;
  /** De laatste dag met waarde: de dag vóór `tot`. */
  laatsteDag: string;
  /** Kalenderdagen van de peildatum tot `tot`: groter dan 0 als de waarde nog afloopt, 0 of minder als zij al is afgelopen. */
  dagen: number;
  /** De status van de periode die eindigt. */
  status: Waardestatus;
  /** Waarom deze datums, als de bron er geen noemde (`datumkeuze` van de periode); anders `null`. */
  datumkeuze: string | null;
  /** De documenten die de periode als bron noemt (ids, zonder dubbele). */
  documenten: string[];
  /**
   * De periode die op `tot` begint maar niet wordt toegepast (haar status is uitgesloten), of
   * `null` als er na `tot` niets is vastgelegd.
   */
  daarna: {
    /** De eerste dag van die periode (gelijk aan `tot`). */
    vanaf: string;
    /** Haar status, die is uitgesloten. */
    status: Waardestatus;
  } | null;
}

/** Een brondocument dat na `tot` geen toegepaste waarde meer draagt (zie {@link aflopendeWaarden}). */
export interface AflopendDocument {
  /** Het id van het document: een eigen document van het beleid of een van de {@link BRONDOCUMENTEN}. */
  document: string;
  /** De titel van het document. */
  titel: string;
  /** `true` voor een ingebouwd document ({@link BRONDOCUMENTEN}), `false` voor een eigen document van het beleid. */
  ingebouwd: boolean;
  /** De eerste dag waarop geen waarde meer geldt die dit document als bron noemt. */
  tot: string;
  /** De dag vóór `tot`. */
  laatsteDag: string;
  /** Kalenderdagen van de peildatum tot `tot` (0 of minder: al afgelopen). */
  dagen: number;
}

/** Wat {@link aflopendeWaarden} teruggeeft: wat binnen de termijn afloopt en wat al is afgelopen. */
export interface AflopendeWaarden {
  /** Het beleid dat bekeken is. */
  beleid: Beleidsverwijzing;
  /** Of het een ingebouwd beleid is (`'almelo'`, `'ijssel-vecht'`). */
  ingebouwd: boolean;
  /** De peildatum (`JJJJ-MM-DD`). */
  peildatum: string;
  /** Het aantal dagen vooruit. */
  binnenDagen: number;
  /** De peildatum plus `binnenDagen` kalenderdagen: wat uiterlijk op deze dag eindigt (`tot`), loopt binnen de termijn af. */
  grens: string;
  /** De waarden en regio-indelingen die op de peildatum gelden en waarvan `tot` na de peildatum en uiterlijk op `grens` valt; op `tot`, dan soort en naam. */
  lopenAf: AflopendeWaarde[];
  /** De waarden en regio-indelingen die op de peildatum niet (meer) gelden: hun laatste toegepaste periode eindigde uiterlijk op de peildatum. */
  afgelopen: AflopendeWaarde[];
  /** De brondocumenten die na `tot` geen toegepaste waarde meer dragen: binnen de termijn, of al. */
  documenten: {
    /** Documenten waarvan de laatste toegepaste waarde binnen de termijn afloopt. */
    lopenAf: AflopendDocument[];
    /** Documenten die op de peildatum al geen toegepaste waarde meer dragen. */
    afgelopen: AflopendDocument[];
  };
}

/** Opties van {@link aflopendeWaarden}. */
export interface AflopendeWaardenOpties {
  /**
   * Perioden met deze status tellen niet: een waarde die overgaat in een uitgesloten status loopt
   * dan af, zoals een regel haar niet meer zou toepassen. Standaard `['ambitie', 'planningsaanname']`,
   * als bij de regels; `[]` telt elke status.
   */
  uitgeslotenStatussen?: readonly Waardestatus[];
}

const REGIOPARAMETERS = ['versnelfonds.regio', 'verblijfsduur.regio', 'woningaanbod.regio'] as const satisfies readonly Parameternaam[];

/** Eén reeks perioden: van een parameter of van de indeling van een regio. */
interface Reeks {
  soort: AflopendeWaarde['soort'];
  naam: string;
  beleid: string;
  ingebouwd: boolean;
  perioden: readonly GedateerdeWaarde<unknown>[];
}

/**
 * Welke waarden, regio-indelingen en brondocumenten van een beleid binnen `binnenDagen`
 * kalenderdagen na de peildatum aflopen, en welke al zijn afgelopen: zo ziet een gemeente vooruit
 * wanneer een regel geen beleid meer in werking heeft ({@link BeleidNietInWerkingFout}, SPEC §2.11).
 *
 * Bekeken worden de parameters van het beleid, zijn eigen regio's, en de ingebouwde regio's die
 * `versnelfonds.regio` of `verblijfsduur.regio` noemt. Een reeks loopt af waar haar laatste
 * toegepaste periode eindigt: er volgt geen periode, of alleen een met een uitgesloten status. Een
 * periode die overgaat in de volgende waarde loopt niet af.
 *
 * - **loopt af**: de reeks geldt op de peildatum, en haar `tot` (de eerste dag zonder waarde)
 *   valt na de peildatum en uiterlijk op `peildatum + binnenDagen`. Een `tot` precies
 *   `binnenDagen` dagen na de peildatum valt er dus binnen, een dag later niet;
 * - **al afgelopen**: de reeks geldt op de peildatum niet, en eerder wel (tot uiterlijk de
 *   peildatum). Een reeks die pas na de peildatum begint, staat in geen van beide.
 *
 * Een brondocument loopt af als elke toegepaste periode die het als bron noemt een `tot` heeft:
 * na de laatste daarvan draagt het geen waarde meer.
 *
 * De functie is puur: zij leest geen klok; de aanroeper geeft de peildatum (de CLI neemt vandaag).
 * Het kalenderrekenwerk (peildatum plus dagen, dagen tussen twee datums) gebeurt met date-fns in de
 * Amsterdamse kalender (`{ in: tz('Europe/Amsterdam') }`), onafhankelijk van de tijdzone van de
 * computer. Het resultaat is elke aanroep nieuw.
 *
 * @param beleid - een ingebouwd id (`'almelo'`, `'ijssel-vecht'`) of een eigen beleid uit {@link defineBeleid}
 * @param peildatum - de dag waarvandaan vooruit gekeken wordt: `JJJJ-MM-DD` (of een `Date`: de Amsterdamse kalenderdatum)
 * @param binnenDagen - hoeveel kalenderdagen vooruit: een geheel getal van 0 tot en met 100000
 * @param opties - `{ uitgeslotenStatussen }` (zie {@link AflopendeWaardenOpties})
 * @throws {OngeldigeInvoerFout} bij een onbestaande peildatum (pad `peildatum`), een ongeldig
 *   aantal dagen of een grens na het jaar 9999 (pad `binnenDagen`), een onbekend of ongeldig beleid
 *   (pad `beleid`) of ongeldige opties (pad `opties.uitgeslotenStatussen`)
 * @example
 * const overzicht = aflopendeWaarden('almelo', '2026-12-01', 31);
 * overzicht.grens //=> '2027-01-01'
 * overzicht.lopenAf.map((waarde) => [waarde.soort, waarde.naam, waarde.tot, waarde.dagen])
 * //=> [['regio', 'almelo', '2027-01-01', 31]]
 * aflopendeWaarden('almelo', '2026-12-01', 30).lopenAf //=> []
 * overzicht.afgelopen.map((waarde) => waarde.naam)
 * //=> ['versnelfonds.beoordelingstermijnInUren', 'versnelfonds.kostenBatenFactor', 'versnelfonds.maximumInCenten', 'versnelfonds.regio']
 * overzicht.afgelopen[0]?.laatsteDag //=> '2025-12-31'
 * overzicht.documenten.afgelopen.map((document) => document.document) //=> ['integrale-ketenaanpak-mo']
 * aflopendeWaarden('ijssel-vecht', '2032-12-01', 31, { uitgeslotenStatussen: [] }).lopenAf.map((waarde) => [waarde.naam, waarde.status])
 * //=> [['verblijfsduur.acute-opvang', 'ambitie']]
 * aflopendeWaarden('almelo', '2026-12-01', -1)
 * // gooit: binnenDagen: moet een geheel getal van 0 tot en met 100000 zijn
 */
export function aflopendeWaarden(beleid: BeleidId | Beleid, peildatum: string | Date, binnenDagen: number, opties?: AflopendeWaardenOpties): AflopendeWaarden {
  // Met een schoon Object.prototype: geen vreemde naam daarop verandert de uitkomst (SPEC §2.8).
  return zonderVervuiling(() => aflopendeWaardenOpSchoonPrototype(beleid, peildatum, binnenDagen, opties));
}

function aflopendeWaardenOpSchoonPrototype(beleid: BeleidId | Beleid, peildatum: string | Date, binnenDagen: number, opties?: AflopendeWaardenOpties): AflopendeWaarden {
  const datum = leesPeildatum(peildatum);
  if (typeof binnenDagen !== 'number' || !Number.isInteger(binnenDagen) || binnenDagen < 0 || binnenDagen > MAXIMAAL_AANTAL) {
    throw new OngeldigeInvoerFout([{ pad: 'binnenDagen', melding: `moet een geheel getal van 0 tot en met ${MAXIMAAL_AANTAL} zijn` }]);
  }
  const uitgesloten = leesUitgesloten(opties);
  const gekozen = kiesBeleid(beleid, 'beleid');
  const grens = kalenderdatum(addDays(amsterdamseMiddag(datum), binnenDagen, AMSTERDAM));
  if (grens.length !== 10 || grens > '9999-12-31') throw new OngeldigeInvoerFout([{ pad: 'binnenDagen', melding: 'valt na het jaar 9999' }]);

  const lopenAf: AflopendeWaarde[] = [];
  const afgelopen: AflopendeWaarde[] = [];
  /** Per document: de laatste `tot` van een toegepaste periode die het noemt, of `null` als er een zonder einde is. */
  const documenteinden = new Map<string, string | null>();
  const toegepast = (periode: GedateerdeWaarde<unknown>) => !uitgesloten.has(periode.status);

  for (const reeks of reeksenVan(gekozen)) {
    const { perioden } = reeks;
    const einden: AflopendeWaarde[] = [];
    perioden.forEach((periode, index) => {
      if (!toegepast(periode)) return;
      const tot = totVan(periode);
      for (const document of new Set(periode.bronnen.map((bron) => bron.document))) {
        const eerder = documenteinden.get(document);
        documenteinden.set(document, eerder === null || tot === null ? null : eerder === undefined || tot > eerder ? tot : eerder);
      }
      const volgende = perioden[index + 1];
      if (tot === null || (volgende !== undefined && toegepast(volgende))) return;
      einden.push({
        soort: reeks.soort,
        naam: reeks.naam,
        beleid: reeks.beleid,
        ingebouwd: reeks.ingebouwd,
        vanaf: periode.vanaf,
        tot,
        laatsteDag: dagErvoor(tot),
        dagen: dagenVan(datum, tot),
        status: periode.status,
        datumkeuze: Object.hasOwn(periode, 'datumkeuze') ? periode.datumkeuze ?? null : null,
        documenten: [...new Set(periode.bronnen.map((bron) => bron.document))],
        daarna: volgende ? { vanaf: volgende.vanaf, status: volgende.status } : null,
      });
    });
    const geldtNu = perioden.some((periode) => toegepast(periode) && periode.vanaf <= datum && (totVan(periode) === null || datum < totVan(periode)!));
    if (geldtNu) lopenAf.push(...einden.filter((einde) => einde.tot > datum && einde.tot <= grens));
    else {
      const laatste = einden.filter((einde) => einde.tot <= datum).at(-1);
      if (laatste) afgelopen.push(laatste);
    }
  }

  const documenten: AflopendeWaarden['documenten'] = { lopenAf: [], afgelopen: [] };
  for (const [document, tot] of documenteinden) {
    if (tot === null || tot > grens) continue;
    const eigen = gekozen.documenten.find((kandidaat) => kandidaat.id === document);
    const ingebouwd = zoekBrondocument(document);
    const item: AflopendDocument = { document, titel: ingebouwd?.titel ?? eigen?.titel ?? document, ingebouwd: ingebouwd !== undefined, tot, laatsteDag: dagErvoor(tot), dagen: dagenVan(datum, tot) };
    (tot > datum ? documenten.lopenAf : documenten.afgelopen).push(item);
  }

  return {
    beleid: { id: gekozen.id, versie: gekozen.versie, naam: gekozen.naam },
    ingebouwd: isIngebouwdBeleidId(gekozen.id),
    peildatum: datum,
    binnenDagen,
    grens,
    lopenAf: lopenAf.sort(opEinde),
    afgelopen: afgelopen.sort(opEinde),
    documenten: { lopenAf: documenten.lopenAf.sort(opDocument), afgelopen: documenten.afgelopen.sort(opDocument) },
  };
}

/** De parameters van het beleid, zijn eigen regio's, en de ingebouwde regio's die zijn regioparameters noemen. */
function reeksenVan(beleid: Beleid): Reeks[] {
  const ingebouwd = isIngebouwdBeleidId(beleid.id);
  const reeksen: Reeks[] = [];
  for (const naam of Object.keys(BELEIDSPARAMETERS) as Parameternaam[]) {
    const perioden = beleid.parameters[naam];
    if (perioden) reeksen.push({ soort: 'parameter', naam, beleid: beleid.id, ingebouwd, perioden });
  }
  for (const [id, regio] of Object.entries(beleid.regios)) reeksen.push({ soort: 'regio', naam: id, beleid: beleid.id, ingebouwd: false, perioden: regio.leden });
  const genoemd = new Set(REGIOPARAMETERS.flatMap((naam) => (beleid.parameters[naam] ?? []).map((periode) => periode.waarde)));
  for (const id of genoemd) {
    const regio = zoekRegio(id);
    if (regio) reeksen.push({ soort: 'regio', naam: regio.id, beleid: INGEBOUWDE_INDELINGEN, ingebouwd: true, perioden: regio.leden });
  }
  return reeksen;
}

const AMSTERDAM = { in: tz(TIJDZONE_AMSTERDAM) };

/**
 * De Amsterdamse middag van een kalenderdatum: rekenen vanaf 12:00 houdt elke dag heel, ook op
 * een dag met een zomertijdwissel en in de jaren met de oude Amsterdamse tijd (+00:19:32).
 */
function amsterdamseMiddag(datum: string): TZDate {
  const middag = new TZDate(2000, 0, 1, 12, TIJDZONE_AMSTERDAM);
  // setFullYear, want de constructor leest jaren onder de 100 als 19xx.
  middag.setFullYear(Number(datum.slice(0, 4)), Number(datum.slice(5, 7)) - 1, Number(datum.slice(8, 10)));
  return middag;
}

/** `JJJJ-MM-DD` van een Amsterdamse datum (de velden van een `TZDate` zijn die van Amsterdam). */
function kalenderdatum(dag: Date): string {
  return `${String(dag.getFullYear()).padStart(4, '0')}-${String(dag.getMonth() + 1).padStart(2, '0')}-${String(dag.getDate()).padStart(2, '0')}`;
}

/** De Amsterdamse kalenderdag vóór `datum` (de laatste dag van een waarde met `tot: datum`). @internal */
export function dagErvoor(datum: string): string {
  return kalenderdatum(addDays(amsterdamseMiddag(datum), -1, AMSTERDAM));
}

function dagenVan(van: string, tot: string): number {
  return differenceInCalendarDays(amsterdamseMiddag(tot), amsterdamseMiddag(van), AMSTERDAM);
}

function totVan(periode: GedateerdeWaarde<unknown>): string | null {
  return Object.hasOwn(periode, 'tot') ? periode.tot ?? null : null;
}

function opEinde(a: AflopendeWaarde, b: AflopendeWaarde): number {
  return vergelijk(a.tot, b.tot) || vergelijk(a.soort, b.soort) || vergelijk(a.naam, b.naam);
}

function opDocument(a: AflopendDocument, b: AflopendDocument): number {
  return vergelijk(a.tot, b.tot) || vergelijk(a.document, b.document);
}

function vergelijk(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** De peildatum als `JJJJ-MM-DD`: een bestaande kalenderdatum, of een geldige `Date` (haar Amsterdamse datum). */
function leesPeildatum(peildatum: unknown): string {
  if (typeof peildatum === 'string' && isKalenderdatum(peildatum)) return peildatum;
  if (peildatum instanceof Date) {
    let ms = Number.NaN;
    try {
      ms = Date.prototype.getTime.call(peildatum); // een object dat alleen op een Date lijkt, gooit hier
    } catch {
      // geen echte Date: hieronder een veldfout
    }
    if (isBinnenJaartallen(ms)) return amsterdamseDatum(new Date(ms));
  }
  throw new OngeldigeInvoerFout([{ pad: 'peildatum', melding: 'moet een bestaande datum JJJJ-MM-DD zijn' }]);
}

/** De uitgesloten statussen uit de opties, één keer gelezen (alleen eigen velden). */
function leesUitgesloten(opties: unknown): ReadonlySet<Waardestatus> {
  if (opties === undefined) return new Set(STANDAARD_UITGESLOTEN_STATUSSEN);
  if (opties === null || typeof opties !== 'object' || Array.isArray(opties)) {
    throw new OngeldigeInvoerFout([{ pad: 'opties', melding: 'moet een object zijn, bv. { uitgeslotenStatussen: [] }' }]);
  }
  const statussen: unknown = Object.hasOwn(opties, 'uitgeslotenStatussen') ? (opties as AflopendeWaardenOpties).uitgeslotenStatussen : undefined;
  if (statussen === undefined) return new Set(STANDAARD_UITGESLOTEN_STATUSSEN);
  if (!Array.isArray(statussen) || statussen.length > WAARDESTATUSSEN.length * 10 || !statussen.every((status) => (WAARDESTATUSSEN as readonly unknown[]).includes(status))) {
    throw new OngeldigeInvoerFout([{ pad: 'opties.uitgeslotenStatussen', melding: `moet een lijst zijn met statussen uit ${WAARDESTATUSSEN.map((status) => `'${status}'`).join(', ')}` }]);
  }
  return new Set(statussen as Waardestatus[]);
}
