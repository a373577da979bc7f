import { isKalenderdatum, leesTijdstip, schrijfDatum, schrijfTijdstip } from './calculators/datum.js';
import { DUUREENHEDEN, schrijfDuur, type Duur } from './calculators/termijn.js';
import { schrijfBedrag } from './calculators/geld.js';
import { zoekBrondocument } from './data/bronnen.js';
import { ID_PATROON, URL_PATROON, VERBODEN_MELDING, VERBODEN_TEKEN_PATROON } from './kern/patronen.js';
import { ALTERNATIEVE_BEWINDVOERING_NAMEN } from './rules/alternatieve-bewindvoering/namen.js';
import { HERKOMST_NAMEN } from './rules/herkomst/namen.js';
import { REGISSEUR_NAMEN } from './rules/regisseur/namen.js';
import { SCHULDHULP_NAMEN } from './rules/schuldhulp/namen.js';
import { SITUATIE_NAMEN } from './rules/situatie/namen.js';
import { VERBLIJFSTERMIJN_NAMEN } from './rules/verblijfstermijn/namen.js';
import { WONINGAANBOD_NAMEN } from './rules/woningaanbod/namen.js';
import { VERSNELFONDS_NAMEN } from './rules/versnelfonds/namen.js';
import type { EigenBrondocument } from './beleid/beleid.js';
import type { Beoordeling, Bron } from './types/beoordeling.js';
import { STATUSSEN, type Status } from './types/feit.js';
import { OngeldigeInvoerFout, type Veldfout } from './types/fouten.js';
import type { Tweetalig } from './types/tweetalig.js';
import { WAARDESTATUSSEN, type Waardestatus } from './types/waardestatus.js';
import { zonderVervuiling } from './kern/schoon-prototype.js';

/** Opties van {@link motivering}. */
export interface MotiveringOpties {
  /** `'nl'` (standaard) of `'en'`. */
  taal?: 'nl' | 'en';
  /**
   * `'verslag'` (standaard): het volledige verslag in gewone woorden, zonder technische namen;
   * `'technisch'`: met de ids van criteria, invoervelden en beleid, voor een ontwikkelaar of een
   * controle. `'brief'` is de oude naam van `'verslag'` (tot 0.3) en geeft hetzelfde; de brief aan
   * de cliënt schrijft {@link brief}.
   */
  vorm?: 'verslag' | 'technisch' | 'brief';
}

/**
 * Wat de brief van een regel noemt: de titel, de namen van de uitkomsten, per criterium (en
 * signaal) de titel, en de namen van de invoervelden. Het zijn dezelfde objecten als in
 * `REGELBESCHRIJVINGEN` (de beschrijving van elke regel neemt ze over uit haar `namen.ts`),
 * zonder de rest van de beschrijving: wie één regel en `motivering` gebruikt, bundelt zo niet de
 * criteria, bronnen en keuzes van alle regels.
 */
interface Regelnamen {
  id: string;
  titel: Tweetalig;
  uitkomsten: Readonly<Record<string, Tweetalig>>;
  criteria: Readonly<Record<string, { id: string; titel: Tweetalig }>>;
  velden: Readonly<Record<string, Tweetalig>>;
}

/** De namen van elke regel, per id (de motivering kiest op `beoordeling.regel`). */
const REGELNAMEN: Readonly<Record<string, Regelnamen>> = {
  herkomst: HERKOMST_NAMEN,
  versnelfonds: VERSNELFONDS_NAMEN,
  schuldhulp: SCHULDHULP_NAMEN,
  'alternatieve-bewindvoering': ALTERNATIEVE_BEWINDVOERING_NAMEN,
  regisseur: REGISSEUR_NAMEN,
  verblijfstermijn: VERBLIJFSTERMIJN_NAMEN,
  situatie: SITUATIE_NAMEN,
  woningaanbod: WONINGAANBOD_NAMEN,
};

const STATUSNAMEN: Record<Status, { nl: string; en: string }> = {
  voldaan: { nl: 'voldaan', en: 'met' },
  'niet-voldaan': { nl: 'niet voldaan', en: 'not met' },
  onbekend: { nl: 'onbekend', en: 'unknown' },
  'niet-van-toepassing': { nl: 'niet van toepassing', en: 'not applicable' },
};

/**
 * Regelspecifieke velden die de motivering na de kop noemt, als de beoordeling ze heeft (ook na
 * JSON heen en terug): bedragen in euro's, tijdstippen in Amsterdamse tijd, datums en duren
 * uitgeschreven (15 mei 2026, 2 nachten), en namen. Een veld dat `null` is, wordt overgeslagen.
 */
type Kenmerksoort = 'bedrag' | 'tijdstip' | 'datum' | 'duur' | 'getal' | 'getallen' | 'tekst';

/** Leesbare namen voor tekstwaarden van een kenmerk; een waarde zonder naam wordt zo getoond. */
const OPVANGNAMEN: Readonly<Record<string, { nl: string; en: string }>> = {
  'eigen-gemeente': { nl: 'opvang in de eigen gemeente', en: 'shelter in the own municipality' },
  'lokaal-maatwerk': { nl: 'lokaal maatwerk eerst', en: 'local tailored support first' },
  'regionale-afstemming': { nl: 'regionale afstemming nodig', en: 'regional coordination needed' },
  onbekend: { nl: 'onbekend (de zwaarte van de problemen is niet opgegeven)', en: 'unknown (the severity of the problems was not given)' },
};

/**
 * `alleenBij`: het kenmerk staat er alleen bij deze uitkomsten. Het toekenbare bedrag is 0 tot er
 * is toegekend; "Toekenbaar bedrag: € 0,00" boven een aanvraag die nog gegevens mist, leest als
 * een afwijzing die niet is gedaan.
 */
const KENMERKEN: ReadonlyArray<{ veld: string; soort: Kenmerksoort; nl: string; en: string; namen?: Readonly<Record<string, { nl: string; en: string }>>; alleenBij?: readonly string[] }> = [
  { veld: 'regisseur', soort: 'tekst', nl: 'Regisseur MO', en: 'Coordinator (Regisseur MO)' },
  { veld: 'gevraagdBedragInCenten', soort: 'bedrag', nl: 'Gevraagd bedrag', en: 'Requested amount' },
  { veld: 'toekenbaarBedragInCenten', soort: 'bedrag', nl: 'Toekenbaar bedrag', en: 'Grantable amount', alleenBij: ['toekennen'] },
  { veld: 'beoordelenUiterlijk', soort: 'tijdstip', nl: 'Beoordelen uiterlijk', en: 'Decide by' },
  { veld: 'maximaleDuur', soort: 'duur', nl: 'Maximale verblijfsduur', en: 'Maximum length of stay' },
  { veld: 'uiterlijkeVertrekdatum', soort: 'datum', nl: 'Uiterlijke vertrekdatum', en: 'Latest departure date' },
  { veld: 'uiterlijkeAanboddatum', soort: 'datum', nl: 'Uiterlijke aanboddatum', en: 'Latest offer date' },
  // Resterende dagen zeggen alleen iets zolang een termijn loopt of verstreken is; niet na een aanbod.
  { veld: 'resterendeDagen', soort: 'getal', nl: 'Resterende dagen', en: 'Days remaining', alleenBij: ['binnen-termijn', 'termijn-verstreken'] },
  { veld: 'ethosLight', soort: 'getal', nl: 'ETHOS Light-categorie', en: 'ETHOS Light category' },
  { veld: 'routes', soort: 'getallen', nl: 'Routes naar dakloosheid', en: 'Routes into homelessness' },
  { veld: 'primaireRoute', soort: 'getal', nl: 'Primaire route', en: 'Primary route' },
  { veld: 'opvang', soort: 'tekst', nl: 'Opvang', en: 'Shelter', namen: OPVANGNAMEN },
];

function schrijfKenmerk(soort: Kenmerksoort, waarde: unknown, taal: 'nl' | 'en'): string | undefined {
  if (soort === 'tekst') return typeof waarde === 'string' ? waarde : undefined;
  if (soort === 'bedrag') return Number.isSafeInteger(waarde) ? schrijfBedrag(waarde as number, taal) : undefined;
  if (soort === 'getal') return Number.isSafeInteger(waarde) ? String(waarde) : undefined;
  if (soort === 'getallen') return Array.isArray(waarde) && waarde.length > 0 && waarde.every(Number.isSafeInteger) ? waarde.join(', ') : undefined;
  if (soort === 'duur') return isDuur(waarde) ? schrijfDuur(waarde, taal) : undefined;
  if (typeof waarde !== 'string') return undefined;
  if (soort === 'datum') return isKalenderdatum(waarde) ? schrijfDatum(waarde, taal) : undefined;
  const tijdstip = leesTijdstip(waarde);
  return Object.hasOwn(tijdstip, 'ms') ? `${schrijfTijdstip((tijdstip as { ms: number }).ms, taal)} (${taal === 'nl' ? 'Nederlandse tijd' : 'Amsterdam time'})` : undefined;
}

function isDuur(waarde: unknown): waarde is Duur {
  if (typeof waarde !== 'object' || waarde === null) return false;
  const { aantal, eenheid } = waarde as Record<string, unknown>;
  return Number.isSafeInteger(aantal) && (DUUREENHEDEN as readonly unknown[]).includes(eenheid);
}

const KOPPEN = {
  nl: { peildatum: 'Peildatum', gronden: 'Gronden', signalen: 'Aandachtspunten', bron: 'Bron', grondslag: 'Grondslag', interpretatie: 'Interpretatie', regelVanBeleid: 'Regel van het beleid', overgenomen: 'overgenomen', ontbrekend: 'Ontbrekende gegevens', beleid: 'Beleid', versie: 'versie', zoalsHierboven: 'zoals hierboven' },
  en: { peildatum: 'Reference date', gronden: 'Grounds', signalen: 'Points of attention', bron: 'Source', grondslag: 'Basis', interpretatie: 'Interpretation', regelVanBeleid: 'Rule of the policy', overgenomen: 'adopted', ontbrekend: 'Missing information', beleid: 'Policy', versie: 'version', zoalsHierboven: 'as above' },
} as const;

/** De naam van elke status in beide talen. @internal */
export const GRONDSLAGEN: Record<Waardestatus, { nl: string; en: string }> = {
  vastgesteld: { nl: 'vastgesteld', en: 'adopted' },
  praktijk: { nl: 'praktijk', en: 'practice' },
  voornemen: { nl: 'voornemen', en: 'intention' },
  ambitie: { nl: 'ambitie', en: 'ambition' },
  planningsaanname: { nl: 'planningsaanname', en: 'planning assumption' },
  interpretatie: { nl: 'interpretatie', en: 'interpretation' },
};

/**
 * Schrijft het volledige verslag van een beoordeling uit, voor het dossier, de
 * bezwaarcommissie en de beleidsschrijver (een besluit moet gemotiveerd zijn, Awb art. 3:46):
 * de uitkomst, dan per criterium de uitslag, de toelichting, de grondslag als die niet
 * vastgesteld is, onze interpretaties en de bronnen met citaat; daarna de signalen onder
 * "Aandachtspunten", en welke gegevens nog ontbreken. Het is geen brief aan de cliënt: die
 * schrijft {@link brief}, met dit verslag ernaast. Een grondslag of bron die al eerder stond,
 * staat er kort ("zoals hierboven"). Nederlands tenzij `taal: 'en'`. Standaard in gewone
 * woorden (`vorm: 'verslag'`); `vorm: 'technisch'` noemt ook de ids van criteria, velden en beleid.
 *
 * Elke waarde geeft een tekst of een {@link OngeldigeInvoerFout}, nooit een andere fout (SPEC
 * §2.8): de beoordeling komt vaak uit opslag (JSON heen en terug) en wordt eerst eenmaal
 * gelezen en gecontroleerd. Verplicht zijn `regel` en `uitkomst` (tekst), `gronden` (elk met
 * `regel`, `status` uit de vier statussen, `toelichting`, `toelichtingEn` en `bronnen`:
 * `{ document, onderdeel, citaat? }`), `ontbrekendeGegevens` (teksten), `peildatum`
 * (`JJJJ-MM-DD` of `null`) en `beleid` (`{ id, versie, naam? }` of `null`). `soort`, `basis` en
 * `interpretaties` van een grond mogen ontbreken (beoordelingen van oudere versies), net als
 * `eigenDocumenten` (elk `{ id, titel, uitgever, jaar, url? }`, nooit met het id van een
 * ingebouwd document); als ze er zijn, moeten ze kloppen. Een bron naar een eigen document
 * noemt titel, uitgever, jaar en url uit `eigenDocumenten`. Andere velden (regelspecifieke, zoals `toekenbaarBedragInCenten`)
 * mogen; een regelspecifiek veld met een andere vorm wordt overgeslagen. Gelezen worden alleen
 * eigen gegevenseigenschappen: een vervuild `Object.prototype` verandert de tekst niet, en een
 * getter of setter is een fout (hij wordt niet aangeroepen). Grenzen: elke tekst ten hoogste
 * 10.000 tekens, alle lijsten samen ten hoogste 10.000 elementen, alle teksten samen ten hoogste
 * 1.000.000 tekens. Foutpaden zijn die in de beoordeling (`gronden.0.status`, `''` voor het
 * geheel) of `opties.taal`/`opties.vorm`; onbekende opties worden geteld op `opties`. Meldingen
 * herhalen geen waarden of sleutelnamen uit de invoer.
 *
 * @param beoordeling - de beoordeling van een regel (ook na JSON heen en terug)
 * @param opties - `{ taal: 'nl' | 'en', vorm: 'verslag' | 'technisch' }`
 * @returns de motivering als tekst met regeleinden
 * @throws {OngeldigeInvoerFout} als de beoordeling of de opties niet die vorm hebben
 * @example
 * const beoordeling = bepaalHerkomst({ gemeenteVanHerkomst: 'Wierden', regio: 'almelo', peildatum: '2024-05-01' });
 * motivering(beoordeling).split('\n').slice(0, 4)
 * //=> ['Herkomst: binnen de regio', 'Peildatum: 1 mei 2024', '', 'Gronden:']
 * motivering(beoordeling, { vorm: 'technisch' }).split('\n')[4]?.startsWith('- herkomst.regio (voldaan): Wierden (GM0189) hoort op 1 mei 2024 bij de regio Almelo')
 * //=> true
 * motivering(beoordeling, { taal: 'en' }).split('\n')[0]
 * //=> 'Origin: within the region'
 * motivering({ ...beoordeling, gronden: [{ regel: 'herkomst.regio', status: 'ja' }] } as never)
 * // gooit: gronden.0.status: moet een van 'voldaan', 'niet-voldaan', 'onbekend', 'niet-van-toepassing' zijn
 */
export function motivering(beoordeling: Beoordeling<string>, opties?: MotiveringOpties): string {
  // Met een schoon Object.prototype: geen vreemde naam daarop verandert de uitkomst (SPEC §2.8).
  return zonderVervuiling(() => motiveringOpSchoonPrototype(beoordeling, opties));
}

function motiveringOpSchoonPrototype(beoordeling: Beoordeling<string>, opties?: MotiveringOpties): string {
  const { beoordeling: gelezen, taal, technisch } = leesInvoer(beoordeling, opties);
  return schrijfMotivering(gelezen, taal, technisch);
}

function schrijfMotivering(beoordeling: GelezenBeoordeling, taal: 'nl' | 'en', technisch: boolean): string {
  const koppen = KOPPEN[taal];
  const beschrijving = Object.hasOwn(REGELNAMEN, beoordeling.regel) ? REGELNAMEN[beoordeling.regel] : undefined;
  const titel = beschrijving?.titel[taal] ?? beoordeling.regel;
  const uitkomst = (beschrijving && Object.hasOwn(beschrijving.uitkomsten, beoordeling.uitkomst) ? beschrijving.uitkomsten[beoordeling.uitkomst]?.[taal] : undefined) ?? beoordeling.uitkomst;
  const regels = [`${titel}: ${uitkomst}`];
  if (beoordeling.peildatum) regels.push(`${koppen.peildatum}: ${schrijfDatum(beoordeling.peildatum, taal)}`);
  if (beoordeling.beleid) {
    const naam = technisch || typeof beoordeling.beleid.naam !== 'string' ? beoordeling.beleid.id : beoordeling.beleid.naam;
    regels.push(`${koppen.beleid}: ${naam} (${koppen.versie} ${beoordeling.beleid.versie})`);
  }
  for (const kenmerk of KENMERKEN) {
    if (Object.hasOwn(kenmerk, 'alleenBij') && kenmerk.alleenBij && !kenmerk.alleenBij.includes(beoordeling.uitkomst)) continue;
    const waarde = beoordeling.kenmerken.get(kenmerk.veld);
    const namen = Object.hasOwn(kenmerk, 'namen') ? kenmerk.namen : undefined;
    const naam = namen && typeof waarde === 'string' && Object.hasOwn(namen, waarde) ? namen[waarde]![taal] : undefined;
    const tekst = naam ?? schrijfKenmerk(kenmerk.soort, waarde, taal);
    if (tekst !== undefined) regels.push(`${kenmerk[taal]}: ${tekst}`);
  }
  const criteria = beoordeling.gronden.filter((grond) => grond.soort !== 'signaal');
  const signalen = beoordeling.gronden.filter((grond) => grond.soort === 'signaal');
  // In de brief staat een grondslag of bron die al eerder in de brief stond, kort: "zoals hierboven".
  const eerder = new Set<string>();
  const alsNieuw = (tekst: string, kort: string) => {
    if (technisch || !eerder.has(tekst)) {
      eerder.add(tekst);
      return tekst;
    }
    return kort;
  };
  for (const [kop, gronden] of [[koppen.gronden, criteria], [koppen.signalen, signalen]] as const) {
    if (gronden.length === 0) continue;
    regels.push('', `${kop}:`);
    for (const grond of gronden) {
      const criterium = beschrijving && Object.values(beschrijving.criteria).find((kandidaat) => kandidaat.id === grond.regel);
      const naam = technisch || !criterium ? grond.regel : criterium.titel[taal];
      // Een signaal telt niet mee in de uitkomst: in de brief staat er geen uitslag bij ("Landelijke
      // toegankelijkheid (voldaan)" zegt niets); de technische vorm houdt de status, als gegeven.
      const uitslag = grond.soort === 'signaal' && !technisch ? '' : ` (${STATUSNAMEN[grond.status][taal]})`;
      regels.push(`- ${naam}${uitslag}: ${taal === 'en' ? grond.toelichtingEn : grond.toelichting}`);
      // Bronnen van een grondslag of een regel van het beleid: tussen haakjes, kort als ze eerder stonden.
      const bronnenErbij = (bronnen: readonly GelezenBron[]) =>
        bronnen.length === 0 ? '' : ` (${koppen.bron.toLowerCase()}: ${bronnen.map((bron) => alsNieuw(schrijfBron(bron, beoordeling.eigenDocumenten), `${bron.onderdeel}, ${koppen.zoalsHierboven}`)).join('; ')})`;
      // De grondslag van een criterium dat niet van toepassing is, droeg niets bij aan de beslissing.
      // Een vastgestelde grondslag staat er alleen als het beleid haar met bronnen gaf (SPEC §2.9).
      const basis = grond.status === 'niet-van-toepassing' ? undefined : grond.basis;
      if (basis && (basis.status !== 'vastgesteld' || basis.bronnen.length > 0)) {
        const status = GRONDSLAGEN[basis.status][taal];
        const toelichting = taal === 'en' ? basis.toelichtingEn : basis.toelichting;
        const tekst = `${status}${toelichting ? `. ${toelichting}` : ''}`;
        const herhaald = eerder.has(tekst) && !technisch;
        const regel = `${alsNieuw(tekst, `${status}, ${koppen.zoalsHierboven}`)}${herhaald ? '' : bronnenErbij(basis.bronnen)}`;
        regels.push(`  ${koppen.grondslag}: ${regel}${regel.endsWith('.') ? '' : '.'}`);
      }
      for (const keuze of grond.interpretaties) {
        // Een lezing die het beleid overnam of in eigen woorden vastlegde, is een regel van dat beleid; anders is zij van ons.
        const tekst = taal === 'en' ? keuze.toelichtingEn : keuze.toelichting;
        // In de brief is een overgenomen lezing gewoon een regel van het beleid (SPEC §2.9); de technische vorm zegt waar zij vandaan komt.
        if (keuze.soort === 'interpretatie') regels.push(`  ${koppen.interpretatie}: ${tekst}`);
        else regels.push(`  ${koppen.regelVanBeleid}${technisch && keuze.soort === 'overgenomen' ? ` (${koppen.overgenomen})` : ''}: ${tekst}${bronnenErbij(keuze.bronnen)}`);
      }
      for (const bron of grond.bronnen) regels.push(`  ${koppen.bron}: ${alsNieuw(schrijfBron(bron, beoordeling.eigenDocumenten), `${bron.onderdeel}, ${koppen.zoalsHierboven}`)}`);
    }
  }
  if (beoordeling.ontbrekendeGegevens.length > 0) {
    const velden = beoordeling.ontbrekendeGegevens.map((pad) => (!technisch && beschrijving && Object.hasOwn(beschrijving.velden, pad) ? beschrijving.velden[pad]![taal] : pad));
    regels.push('', `${koppen.ontbrekend}: ${velden.join(', ')}`);
  }
  return regels.join('\n');
}

// ---------------------------------------------------------------------------------------------
// Lezen en controleren: één keer, alleen eigen gegevenseigenschappen, naar een nieuwe kopie.
// ---------------------------------------------------------------------------------------------

/** Grenzen van wat {@link motivering} leest (SPEC §2.8: begrensde invoer). */
const MAX_TEKENS = 10_000;
const MAX_ELEMENTEN = 10_000;
const MAX_TEKENS_SAMEN = 1_000_000;
/** Na zoveel veldfouten stopt het lezen: de melding blijft klein. */
const MAX_FOUTEN = 100;

/** Een bron zoals gelezen: `citaat` is altijd een eigen veld (eventueel `undefined`). */
/** Eén bron zoals gelezen. @internal */
export interface GelezenBron {
  document: string;
  onderdeel: string;
  citaat: string | undefined;
}

/** Eén grond zoals gelezen. @internal */
export interface GelezenGrond {
  regel: string;
  status: Status;
  toelichting: string;
  toelichtingEn: string;
  bronnen: GelezenBron[];
  soort: 'criterium' | 'signaal' | undefined;
  /** `bronnen` is leeg bij een beoordeling van voor 0.3 (toen had een grondslag geen eigen bronnen). */
  basis: { status: Waardestatus; toelichting: string; toelichtingEn: string; bronnen: GelezenBron[] } | undefined;
  /** `soort` ontbreekt bij een beoordeling van voor 0.3: dan is het onze lezing. */
  interpretaties: Array<{ toelichting: string; toelichtingEn: string; soort: (typeof LEZINGSOORTEN)[number] | undefined; bronnen: GelezenBron[] }>;
}

/** Wat de motivering van een beoordeling gebruikt, gelezen en gecontroleerd; niets anders. @internal */
export interface GelezenBeoordeling {
  regel: string;
  uitkomst: string;
  gronden: GelezenGrond[];
  ontbrekendeGegevens: string[];
  peildatum: string | null;
  beleid: { id: string; versie: string; naam: string | undefined } | null;
  /** De eigen brondocumenten van het beleid (`eigenDocumenten`), per id; leeg als de beoordeling ze niet heeft. */
  eigenDocumenten: ReadonlyMap<string, EigenBrondocument>;
  /** De regelspecifieke velden uit {@link KENMERKEN} met een bruikbare vorm (kopieën). */
  kenmerken: Map<string, unknown>;
  /** De naam van de regio (`regio.naam`, bv. "regio IJssel-Vecht") als de beoordeling er een noemt, voor de brief. */
  regionaam: string | undefined;
  /** De vorm van een aanvraag bij het versnelfonds (`vorm`: gift, lening of voorschot), als de beoordeling haar noemt. */
  vorm: 'gift' | 'lening' | 'voorschot' | undefined;
  /** Welke waarden de regel toepaste, met hun status (`toegepasteWaarden`, alleen de bruikbare), voor de aandachtspunten van de brief. */
  toegepast: Array<{ parameter: string; waarde: unknown; status: Waardestatus }>;
}

/** Het lezen stopt (te veel fouten, te groot). */
const AFGEBROKEN = Symbol('afgebroken');
/** Een waarde die niet gelezen kon worden; de fout is al gemeld. */
const ONGELDIG = Symbol('ongeldig');
type Ongeldig = typeof ONGELDIG;

/** De toestand van één keer lezen. */
class Lezer {
  readonly fouten: Veldfout[] = [];
  /** Het pad dat nu gelezen wordt, voor een onverwachte fout (bv. uit een Proxy). */
  pad = '';
  private elementen = 0;
  private tekens = 0;

  meld(pad: string, melding: string): Ongeldig {
    this.fouten.push({ pad, melding });
    if (this.fouten.length >= MAX_FOUTEN) throw AFGEBROKEN;
    return ONGELDIG;
  }

  /** Een eigen gegevenseigenschap: de waarde, `undefined` als ze er niet is, of {@link ONGELDIG}. */
  veld(object: object, sleutel: string, pad: string): unknown {
    this.pad = pad;
    const beschrijving = Object.getOwnPropertyDescriptor(object, sleutel);
    if (beschrijving === undefined) return undefined;
    if (!Object.hasOwn(beschrijving, 'value')) return this.meld(pad, 'moet een gewone waarde zijn, geen getter of setter');
    return beschrijving.value;
  }

  /** Telt tekens en elementen mee; boven de grens stopt het lezen met één fout voor het geheel. */
  tel(soort: 'tekens' | 'elementen', aantal: number): void {
    if (soort === 'tekens' ? (this.tekens += aantal) > MAX_TEKENS_SAMEN : (this.elementen += aantal) > MAX_ELEMENTEN) {
      this.fouten.push({
        pad: '',
        melding: soort === 'tekens' ? `is te groot: ten hoogste ${MAX_TEKENS_SAMEN} tekens tekst samen` : `is te groot: ten hoogste ${MAX_ELEMENTEN} elementen in alle lijsten samen`,
      });
      throw AFGEBROKEN;
    }
  }

  /** Een tekst van hoogstens {@link MAX_TEKENS} tekens. */
  tekst(waarde: unknown, pad: string): string | Ongeldig {
    if (waarde === ONGELDIG) return ONGELDIG;
    if (waarde === undefined) return this.meld(pad, 'ontbreekt');
    if (typeof waarde !== 'string') return this.meld(pad, 'moet een tekst zijn');
    if (waarde.length > MAX_TEKENS) return this.meld(pad, `mag ten hoogste ${MAX_TEKENS} tekens bevatten`);
    this.tel('tekens', waarde.length);
    return waarde;
  }

  /**
   * Een tekst die uit een beleid kan komen (een onderdeel, citaat, titel of naam): als {@link tekst},
   * en zonder de tekens die de tekstregel van een beleid verbiedt ({@link VERBODEN_TEKEN_PATROON}):
   * wat `defineBeleid` aannam, leest dit altijd; een regeleinde of richtingsteken dat een regel in het
   * verslag zou nabootsen, nooit.
   */
  beleidstekst(waarde: unknown, pad: string): string | Ongeldig {
    const tekst = this.tekst(waarde, pad);
    if (tekst === ONGELDIG || !VERBODEN_TEKEN_PATROON.test(tekst)) return tekst;
    return this.meld(pad, VERBODEN_MELDING);
  }

  /** Een object (geen lijst); `null` en andere waarden zijn een fout. */
  object(waarde: unknown, pad: string, melding = 'moet een object zijn'): object | Ongeldig {
    if (waarde === ONGELDIG) return ONGELDIG;
    if (waarde === undefined) return this.meld(pad, 'ontbreekt');
    this.pad = pad;
    if (typeof waarde !== 'object' || waarde === null || Array.isArray(waarde)) return this.meld(pad, melding);
    return waarde;
  }

  /** Een lijst; elk element gelezen met `element`. Een gat in de lijst ontbreekt. */
  lijst<T>(waarde: unknown, pad: string, element: (waarde: unknown, pad: string) => T | Ongeldig): T[] | Ongeldig {
    if (waarde === ONGELDIG) return ONGELDIG;
    if (waarde === undefined) return this.meld(pad, 'ontbreekt');
    this.pad = pad;
    if (!Array.isArray(waarde)) return this.meld(pad, 'moet een lijst zijn');
    const lengte = (waarde as unknown[]).length;
    if (lengte > MAX_ELEMENTEN) return this.meld(pad, `mag ten hoogste ${MAX_ELEMENTEN} elementen bevatten`);
    this.tel('elementen', lengte);
    const gelezen: T[] = [];
    let geldig = true;
    for (let index = 0; index < lengte; index++) {
      const elementpad = `${pad}.${index}`;
      const ruw = this.veld(waarde, String(index), elementpad);
      const uitkomst = element(ruw, elementpad);
      if (uitkomst === ONGELDIG) geldig = false;
      else gelezen.push(uitkomst);
    }
    return geldig ? gelezen : ONGELDIG;
  }

  /** Een waarde uit een vaste lijst. */
  keuze<T extends string>(waarde: unknown, pad: string, keuzes: readonly T[]): T | Ongeldig {
    if (waarde === ONGELDIG) return ONGELDIG;
    if (waarde === undefined) return this.meld(pad, 'ontbreekt');
    if (typeof waarde === 'string' && (keuzes as readonly string[]).includes(waarde)) return waarde as T;
    return this.meld(pad, `moet een van ${keuzes.map((keuze) => `'${keuze}'`).join(', ')} zijn`);
  }
}

/** Het pad van een veld onder `pad` (`''` is het geheel). */
function onder(pad: string, sleutel: string): string {
  return pad === '' ? sleutel : `${pad}.${sleutel}`;
}

/**
 * Leest de beoordeling en de opties één keer. Elke afwijking is een veldfout; ook een fout die
 * het lezen zelf gooit (een Proxy, een ingetrokken Proxy) wordt een veldfout op het pad dat toen
 * gelezen werd.
 */
function leesInvoer(beoordeling: unknown, opties: unknown): { beoordeling: GelezenBeoordeling; taal: 'nl' | 'en'; technisch: boolean } {
  const lezer = new Lezer();
  let gelezen: { beoordeling: GelezenBeoordeling | Ongeldig; taal: 'nl' | 'en' | Ongeldig; technisch: boolean | Ongeldig } | undefined;
  try {
    const { taal, technisch } = leesOpties(lezer, opties);
    gelezen = { beoordeling: leesBeoordeling(lezer, beoordeling), taal, technisch };
  } catch (fout) {
    if (fout !== AFGEBROKEN) lezer.fouten.push({ pad: lezer.pad, melding: 'kon niet gelezen worden' });
  }
  if (lezer.fouten.length > 0 || gelezen === undefined) throw new OngeldigeInvoerFout(lezer.fouten);
  return gelezen as { beoordeling: GelezenBeoordeling; taal: 'nl' | 'en'; technisch: boolean };
}

/**
 * Leest een beoordeling (ook als JSON bewaard) zoals {@link motivering} haar leest, voor `brief`:
 * één keer, alleen eigen gegevenseigenschappen, met paden in de fout.
 *
 * @throws {OngeldigeInvoerFout} met een pad per veld dat niet klopt
 * @internal
 */
export function leesBeoordelingVoorBrief(beoordeling: unknown): GelezenBeoordeling {
  // Met een schoon Object.prototype: geen vreemde naam daarop verandert de uitkomst (SPEC §2.8).
  return zonderVervuiling(() => leesBeoordelingVoorBriefOpSchoonPrototype(beoordeling));
}

function leesBeoordelingVoorBriefOpSchoonPrototype(beoordeling: unknown): GelezenBeoordeling {
  return leesInvoer(beoordeling, undefined).beoordeling;
}

const OPTIENAMEN: ReadonlySet<string> = new Set(['taal', 'vorm']);

function leesOpties(lezer: Lezer, opties: unknown): { taal: 'nl' | 'en' | Ongeldig; technisch: boolean | Ongeldig } {
  if (opties === undefined) return { taal: 'nl', technisch: false };
  const object = lezer.object(opties, 'opties', "moet een object zijn, bv. { taal: 'en' }");
  if (object === ONGELDIG) return { taal: ONGELDIG, technisch: ONGELDIG };
  lezer.pad = 'opties';
  const onbekend = Object.keys(object).filter((sleutel) => !OPTIENAMEN.has(sleutel)).length;
  // Het aantal, niet de namen: een sleutel is vrije tekst.
  if (onbekend > 0) lezer.meld('opties', onbekend === 1 ? '1 onbekend veld' : `${onbekend} onbekende velden`);
  const taal = lezer.veld(object, 'taal', 'opties.taal');
  const vorm = lezer.veld(object, 'vorm', 'opties.vorm');
  const gelezenVorm = vorm === undefined ? 'verslag' : lezer.keuze(vorm, 'opties.vorm', ['verslag', 'technisch', 'brief'] as const);
  return {
    taal: taal === undefined ? 'nl' : lezer.keuze(taal, 'opties.taal', ['nl', 'en'] as const),
    technisch: gelezenVorm === ONGELDIG ? ONGELDIG : gelezenVorm === 'technisch',
  };
}

function leesBeoordeling(lezer: Lezer, waarde: unknown): GelezenBeoordeling | Ongeldig {
  if (waarde === undefined) return lezer.meld('', 'ontbreekt');
  const beoordeling = lezer.object(waarde, '', 'moet een beoordeling zijn (een object)');
  if (beoordeling === ONGELDIG) return ONGELDIG;
  const veld = (sleutel: string) => lezer.veld(beoordeling, sleutel, sleutel);
  const regel = lezer.tekst(veld('regel'), 'regel');
  const uitkomst = lezer.tekst(veld('uitkomst'), 'uitkomst');
  const gronden = lezer.lijst(veld('gronden'), 'gronden', (grond, pad) => leesGrond(lezer, grond, pad));
  const ontbrekendeGegevens = lezer.lijst(veld('ontbrekendeGegevens'), 'ontbrekendeGegevens', (pad, elementpad) => lezer.tekst(pad, elementpad));
  const peildatum = leesPeildatum(lezer, veld('peildatum'));
  const beleid = leesBeleid(lezer, veld('beleid'));
  // eigenDocumenten kwam in 0.2 (eigen beleid); een beoordeling van daarvoor mist het.
  const ruweDocumenten = veld('eigenDocumenten');
  const documenten = ruweDocumenten === undefined ? [] : lezer.lijst(ruweDocumenten, 'eigenDocumenten', (document, pad) => leesDocument(lezer, document, pad));
  // Twee documenten met hetzelfde id: welk bedoeld is, is niet te zeggen.
  if (documenten !== ONGELDIG) {
    documenten.forEach((document, index) => {
      if (documenten.findIndex((eerder) => eerder.id === document.id) < index) lezer.meld(`eigenDocumenten.${index}.id`, 'staat al eerder in eigenDocumenten');
    });
  }
  const kenmerken = new Map<string, unknown>();
  for (const { veld: naam, soort } of KENMERKEN) {
    const kenmerk = leesKenmerk(lezer, soort, veld(naam), naam);
    if (kenmerk !== undefined && kenmerk !== ONGELDIG) kenmerken.set(naam, kenmerk);
  }
  const regionaam = leesRegionaam(lezer, veld('regio'));
  const ruweVorm = veld('vorm');
  const vorm = ruweVorm === 'gift' || ruweVorm === 'lening' || ruweVorm === 'voorschot' ? ruweVorm : undefined;
  const toegepast = leesToegepast(lezer, veld('toegepasteWaarden'));
  if (regel === ONGELDIG || uitkomst === ONGELDIG || gronden === ONGELDIG || ontbrekendeGegevens === ONGELDIG || peildatum === ONGELDIG || beleid === ONGELDIG || documenten === ONGELDIG || lezer.fouten.length > 0) return ONGELDIG;
  return { regel, uitkomst, gronden, ontbrekendeGegevens, peildatum, beleid, eigenDocumenten: new Map(documenten.map((document) => [document.id, document])), kenmerken, regionaam, vorm, toegepast };
}

/**
 * De toegepaste waarden met een parameter (tekst) en een bekende status; een andere vorm wordt
 * overgeslagen (het veld is een extra van de bibliotheek, geen deel van het contract).
 */
function leesToegepast(lezer: Lezer, waarde: unknown): GelezenBeoordeling['toegepast'] {
  if (!Array.isArray(waarde)) return [];
  const lijst = lezer.lijst(waarde, 'toegepasteWaarden', (element, pad) => {
    if (typeof element !== 'object' || element === null || Array.isArray(element)) return null;
    const parameter = lezer.veld(element, 'parameter', `${pad}.parameter`);
    const status = lezer.veld(element, 'status', `${pad}.status`);
    const inhoud = lezer.veld(element, 'waarde', `${pad}.waarde`);
    if (typeof parameter !== 'string' || parameter.length > 200 || !(WAARDESTATUSSEN as readonly unknown[]).includes(status)) return null;
    return { parameter, waarde: inhoud, status: status as Waardestatus };
  });
  return lijst === ONGELDIG ? [] : lijst.filter((element) => element !== null);
}

/**
 * `regio.naam` als het een korte tekst op één regel is; een andere vorm wordt overgeslagen, zoals
 * een regelspecifiek veld (een getter blijft een fout: hij wordt niet aangeroepen).
 */
function leesRegionaam(lezer: Lezer, regio: unknown): string | undefined {
  if (typeof regio !== 'object' || regio === null || Array.isArray(regio)) return undefined;
  const naam = lezer.veld(regio, 'naam', 'regio.naam');
  if (typeof naam !== 'string' || naam.length === 0 || naam.length > 200 || VERBODEN_TEKEN_PATROON.test(naam)) return undefined;
  return lezer.tekst(naam, 'regio.naam') === ONGELDIG ? undefined : naam;
}

/**
 * Een eigen brondocument: `id` (kleine letters met streepjes, niet van een ingebouwd document),
 * `titel` en `uitgever` (teksten zonder regeleinden of stuurtekens: ze komen in de brief), `jaar`
 * (1000 tot en met 9999) en eventueel `url` (`https://…`). Dezelfde eisen als `defineBeleid` stelt.
 */
function leesDocument(lezer: Lezer, waarde: unknown, pad: string): EigenBrondocument | Ongeldig {
  const document = lezer.object(waarde, pad);
  if (document === ONGELDIG) return ONGELDIG;
  const regel = (sleutel: string, patroon?: RegExp, melding?: string): string | Ongeldig | undefined => {
    const ruw = lezer.veld(document, sleutel, onder(pad, sleutel));
    if (ruw === undefined && sleutel === 'url') return undefined;
    const tekst = lezer.tekst(ruw, onder(pad, sleutel));
    if (tekst === ONGELDIG) return ONGELDIG;
    if (VERBODEN_TEKEN_PATROON.test(tekst)) return lezer.meld(onder(pad, sleutel), VERBODEN_MELDING);
    if (patroon && !patroon.test(tekst)) return lezer.meld(onder(pad, sleutel), melding!);
    return tekst;
  };
  const id = regel('id', ID_PATROON, 'moet uit kleine letters, cijfers en streepjes bestaan');
  const titel = regel('titel');
  const uitgever = regel('uitgever');
  const url = regel('url', URL_PATROON, 'moet een webadres zijn dat begint met https:// of http://');
  const jaar = lezer.veld(document, 'jaar', onder(pad, 'jaar'));
  const goedJaar = Number.isSafeInteger(jaar) && (jaar as number) >= 1000 && (jaar as number) <= 9999;
  if (jaar !== ONGELDIG && !goedJaar) lezer.meld(onder(pad, 'jaar'), jaar === undefined ? 'ontbreekt' : 'moet een jaartal zijn (een geheel getal van 1000 tot en met 9999)');
  // Een eigen document mag geen ingebouwd document vervangen: dan zou de brief een andere bron noemen.
  if (typeof id === 'string' && zoekBrondocument(id)) return lezer.meld(onder(pad, 'id'), 'is het id van een ingebouwd brondocument; een eigen document heeft een eigen id');
  if (id === ONGELDIG || id === undefined || titel === ONGELDIG || titel === undefined || uitgever === ONGELDIG || uitgever === undefined || url === ONGELDIG || !goedJaar) return ONGELDIG;
  // Zonder prototype: een weggelaten url leest zo nooit een vervuild Object.prototype.url.
  return Object.assign(Object.create(null) as EigenBrondocument, { id, titel, uitgever, jaar: jaar as number }, url === undefined ? {} : { url });
}

function leesPeildatum(lezer: Lezer, waarde: unknown): string | null | Ongeldig {
  if (waarde === null || waarde === ONGELDIG) return waarde;
  if (waarde === undefined) return lezer.meld('peildatum', 'ontbreekt');
  if (typeof waarde === 'string' && waarde.length === 10 && isKalenderdatum(waarde)) return waarde;
  return lezer.meld('peildatum', 'moet een datum zijn in de vorm JJJJ-MM-DD, of null');
}

function leesBeleid(lezer: Lezer, waarde: unknown): GelezenBeoordeling['beleid'] | Ongeldig {
  if (waarde === null || waarde === ONGELDIG) return waarde;
  const beleid = lezer.object(waarde, 'beleid', 'moet een object { id, versie } zijn, of null');
  if (beleid === ONGELDIG) return ONGELDIG;
  const id = lezer.tekst(lezer.veld(beleid, 'id', 'beleid.id'), 'beleid.id');
  const versie = lezer.beleidstekst(lezer.veld(beleid, 'versie', 'beleid.versie'), 'beleid.versie');
  const ruweNaam = lezer.veld(beleid, 'naam', 'beleid.naam');
  const naam = ruweNaam === undefined ? undefined : lezer.beleidstekst(ruweNaam, 'beleid.naam');
  if (id === ONGELDIG || versie === ONGELDIG || naam === ONGELDIG) return ONGELDIG;
  return { id, versie, naam };
}

function leesGrond(lezer: Lezer, waarde: unknown, pad: string): GelezenGrond | Ongeldig {
  const grond = lezer.object(waarde, pad);
  if (grond === ONGELDIG) return ONGELDIG;
  const veld = (sleutel: string) => lezer.veld(grond, sleutel, onder(pad, sleutel));
  const regel = lezer.tekst(veld('regel'), onder(pad, 'regel'));
  const status = lezer.keuze(veld('status'), onder(pad, 'status'), STATUSSEN);
  const toelichting = lezer.tekst(veld('toelichting'), onder(pad, 'toelichting'));
  const toelichtingEn = lezer.tekst(veld('toelichtingEn'), onder(pad, 'toelichtingEn'));
  const bronnen = lezer.lijst(veld('bronnen'), onder(pad, 'bronnen'), (bron, bronpad) => leesBron(lezer, bron, bronpad));
  // soort, basis en interpretaties kwamen in 0.2; een opgeslagen beoordeling van daarvoor mist ze.
  const ruweSoort = veld('soort');
  const soort = ruweSoort === undefined ? undefined : lezer.keuze(ruweSoort, onder(pad, 'soort'), ['criterium', 'signaal'] as const);
  const ruweBasis = veld('basis');
  const basis = ruweBasis === undefined ? undefined : leesBasis(lezer, ruweBasis, onder(pad, 'basis'));
  const ruweInterpretaties = veld('interpretaties');
  const interpretaties =
    ruweInterpretaties === undefined ? [] : lezer.lijst(ruweInterpretaties, onder(pad, 'interpretaties'), (keuze, keuzepad) => leesLezing(lezer, keuze, keuzepad));
  if ([regel, status, toelichting, toelichtingEn, bronnen, soort, basis, interpretaties].includes(ONGELDIG)) return ONGELDIG;
  return { regel, status, toelichting, toelichtingEn, bronnen, soort, basis, interpretaties } as GelezenGrond;
}

function leesBron(lezer: Lezer, waarde: unknown, pad: string): GelezenBron | Ongeldig {
  const bron = lezer.object(waarde, pad);
  if (bron === ONGELDIG) return ONGELDIG;
  const document = lezer.tekst(lezer.veld(bron, 'document', onder(pad, 'document')), onder(pad, 'document'));
  const onderdeel = lezer.beleidstekst(lezer.veld(bron, 'onderdeel', onder(pad, 'onderdeel')), onder(pad, 'onderdeel'));
  const ruwCitaat = lezer.veld(bron, 'citaat', onder(pad, 'citaat'));
  const citaat = ruwCitaat === undefined ? undefined : lezer.beleidstekst(ruwCitaat, onder(pad, 'citaat'));
  if (document === ONGELDIG || onderdeel === ONGELDIG || citaat === ONGELDIG) return ONGELDIG;
  return { document, onderdeel, citaat };
}

function leesBasis(lezer: Lezer, waarde: unknown, pad: string): GelezenGrond['basis'] | Ongeldig {
  const basis = lezer.object(waarde, pad);
  if (basis === ONGELDIG) return ONGELDIG;
  const status = lezer.keuze(lezer.veld(basis, 'status', onder(pad, 'status')), onder(pad, 'status'), WAARDESTATUSSEN);
  const toelichtingen = leesToelichtingen(lezer, basis, pad);
  const bronnen = leesEigenBronnen(lezer, basis, pad);
  if (status === ONGELDIG || toelichtingen === ONGELDIG || bronnen === ONGELDIG) return ONGELDIG;
  return { status, ...toelichtingen, bronnen };
}

/** De soorten lezing: van ons, of van het beleid (overgenomen of in eigen woorden). */
const LEZINGSOORTEN = ['interpretatie', 'overgenomen', 'eigen-tekst'] as const;

/** Een lezing (`interpretaties.<n>`): toelichtingen, en sinds 0.3 `soort` en `bronnen`. */
function leesLezing(lezer: Lezer, waarde: unknown, pad: string): GelezenGrond['interpretaties'][number] | Ongeldig {
  const toelichtingen = leesToelichtingen(lezer, waarde, pad);
  if (toelichtingen === ONGELDIG) return ONGELDIG;
  const ruweSoort = lezer.veld(waarde as object, 'soort', onder(pad, 'soort'));
  const soort = ruweSoort === undefined ? undefined : lezer.keuze(ruweSoort, onder(pad, 'soort'), LEZINGSOORTEN);
  const bronnen = leesEigenBronnen(lezer, waarde as object, pad);
  if (soort === ONGELDIG || bronnen === ONGELDIG) return ONGELDIG;
  return { ...toelichtingen, soort, bronnen };
}

/** Het veld `bronnen` van een grondslag of lezing; weggelaten (van voor 0.3) is leeg. */
function leesEigenBronnen(lezer: Lezer, object: object, pad: string): GelezenBron[] | Ongeldig {
  const ruw = lezer.veld(object, 'bronnen', onder(pad, 'bronnen'));
  return ruw === undefined ? [] : lezer.lijst(ruw, onder(pad, 'bronnen'), (bron, bronpad) => leesBron(lezer, bron, bronpad));
}

/** `toelichting` en `toelichtingEn` van een object (een interpretatie of een grondslag). */
function leesToelichtingen(lezer: Lezer, waarde: unknown, pad: string): { toelichting: string; toelichtingEn: string } | Ongeldig {
  const object = lezer.object(waarde, pad);
  if (object === ONGELDIG) return ONGELDIG;
  // Een grondslag of lezing kan de woorden van het beleid dragen: de tekstregel van een beleid.
  const toelichting = lezer.beleidstekst(lezer.veld(object, 'toelichting', onder(pad, 'toelichting')), onder(pad, 'toelichting'));
  const toelichtingEn = lezer.beleidstekst(lezer.veld(object, 'toelichtingEn', onder(pad, 'toelichtingEn')), onder(pad, 'toelichtingEn'));
  if (toelichting === ONGELDIG || toelichtingEn === ONGELDIG) return ONGELDIG;
  return { toelichting, toelichtingEn };
}

/**
 * Een regelspecifiek veld: een kopie als de vorm klopt, anders `undefined` (overgeslagen, zoals
 * een veld dat `null` is). Alleen een te lange tekst of lijst en een getter zijn een fout.
 */
function leesKenmerk(lezer: Lezer, soort: Kenmerksoort, waarde: unknown, pad: string): unknown {
  if (waarde === ONGELDIG) return ONGELDIG;
  if (typeof waarde === 'string') return soort === 'tekst' || soort === 'datum' || soort === 'tijdstip' ? lezer.tekst(waarde, pad) : undefined;
  if (typeof waarde === 'number') return waarde;
  if (typeof waarde !== 'object' || waarde === null) return undefined;
  lezer.pad = pad;
  if (soort === 'getallen') {
    if (!Array.isArray(waarde)) return undefined;
    const getallen = lezer.lijst(waarde, pad, (getal) => (Number.isSafeInteger(getal) ? (getal as number) : ONGELDIG));
    // Een element dat geen geheel getal is, maakt de lijst onbruikbaar: overgeslagen, geen fout.
    return getallen === ONGELDIG ? undefined : getallen;
  }
  if (soort !== 'duur' || Array.isArray(waarde)) return undefined;
  const aantal = lezer.veld(waarde, 'aantal', onder(pad, 'aantal'));
  const eenheid = lezer.veld(waarde, 'eenheid', onder(pad, 'eenheid'));
  if (aantal === ONGELDIG || eenheid === ONGELDIG) return ONGELDIG;
  return { aantal, eenheid };
}

/**
 * Een bron als verwijzing: titel, uitgever en jaar van het document (en de url van een eigen
 * document), het onderdeel en het citaat.
 *
 * @param bron - een {@link Bron}
 * @param eigenDocumenten - de eigen documenten van het beleid, bv. `beoordeling.eigenDocumenten`
 * @example
 * beschrijfBron({ document: 'wmo-2015', onderdeel: 'art. 1.2.1 onder b', citaat: 'tot welke hij zich wendt' })
 * //=> 'Wet maatschappelijke ondersteuning 2015 (Rijksoverheid, 2015), art. 1.2.1 onder b: "tot welke hij zich wendt"'
 * beschrijfBron({ document: 'beleidsregels-mo', onderdeel: 'Artikel 4' }, [{ id: 'beleidsregels-mo', titel: 'Beleidsregels MO', uitgever: 'Gemeente Deventer', jaar: 2025, url: 'https://example.org/mo' }])
 * //=> 'Beleidsregels MO (Gemeente Deventer, 2025, https://example.org/mo), Artikel 4'
 */
export function beschrijfBron(bron: Bron, eigenDocumenten: readonly EigenBrondocument[] = []): string {
  // Met een schoon Object.prototype: geen vreemde naam daarop verandert de uitkomst (SPEC §2.8).
  return zonderVervuiling(() => beschrijfBronOpSchoonPrototype(bron, eigenDocumenten));
}

function beschrijfBronOpSchoonPrototype(bron: Bron, eigenDocumenten: readonly EigenBrondocument[]): string {
  const tekst = (veld: string) => (typeof bron === 'object' && bron !== null && Object.hasOwn(bron, veld) ? (bron as unknown as Record<string, unknown>)[veld] : undefined);
  if (typeof tekst('document') !== 'string' || typeof tekst('onderdeel') !== 'string' || !['string', 'undefined'].includes(typeof tekst('citaat'))) {
    throw new OngeldigeInvoerFout([{ pad: 'bron', melding: 'moet een bron zijn: { document, onderdeel, citaat? } met teksten' }]);
  }
  // Alleen een eigen citaat: een vervuild Object.prototype voegt er geen toe. De eigen documenten
  // worden gelezen en gecontroleerd zoals in motivering (een fout is een OngeldigeInvoerFout).
  return schrijfBron({ document: bron.document, onderdeel: bron.onderdeel, citaat: Object.hasOwn(bron, 'citaat') ? bron.citaat : undefined }, leesEigenDocumenten(eigenDocumenten));
}

/** De eigen documenten van {@link beschrijfBron}, gelezen als in {@link motivering}; fouten op `eigenDocumenten.<n>`. */
function leesEigenDocumenten(waarde: unknown): ReadonlyMap<string, EigenBrondocument> {
  const lezer = new Lezer();
  let documenten: EigenBrondocument[] | Ongeldig = ONGELDIG;
  try {
    documenten = lezer.lijst(waarde, 'eigenDocumenten', (document, pad) => leesDocument(lezer, document, pad));
  } catch (fout) {
    if (fout !== AFGEBROKEN) lezer.fouten.push({ pad: lezer.pad, melding: 'kon niet gelezen worden' });
  }
  if (lezer.fouten.length > 0 || documenten === ONGELDIG) throw new OngeldigeInvoerFout(lezer.fouten.length > 0 ? lezer.fouten : [{ pad: 'eigenDocumenten', melding: 'kon niet gelezen worden' }]);
  return new Map(documenten.map((document) => [document.id, document]));
}

function schrijfBron(bron: GelezenBron, eigenDocumenten: ReadonlyMap<string, EigenBrondocument>): string {
  const ingebouwd = zoekBrondocument(bron.document);
  const eigen = ingebouwd ? undefined : eigenDocumenten.get(bron.document);
  const verwijzing = ingebouwd
    ? `${ingebouwd.titel} (${ingebouwd.uitgever}, ${ingebouwd.jaar})`
    : eigen
      ? `${eigen.titel} (${eigen.uitgever}, ${eigen.jaar}${eigen.url === undefined ? '' : `, ${eigen.url}`})`
      : bron.document;
  return `${verwijzing}, ${bron.onderdeel}${bron.citaat ? `: "${bron.citaat}"` : ''}`;
}
