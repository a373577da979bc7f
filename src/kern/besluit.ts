import type { Beleid, EigenBrondocument, Regelbeleid } from '../beleid/beleid.js';
import type { GedateerdeWaarde } from '../beleid/gedateerd.js';
import { isIngebouwdBeleidId } from '../beleid/ids.js';
import type { Beoordeling, Bron, Grond, ToegepasteWaarde } from '../types/beoordeling.js';
import type { Status } from '../types/feit.js';
import type { Criteriumbeschrijving, Regelbeschrijving } from '../types/regelbeschrijving.js';
import type { Tweetalig } from '../types/tweetalig.js';
import { PAKKETVERSIE } from '../versie.js';
import { samenBronnen } from './feiten.js';
import { verwijzingNaarBeleid } from './beleidswaarden.js';
import { grondslagVan, kopieVanBron, lezingenVan, regelbeleidVan, regeltekstVan } from './regelbeleid.js';
import { waardezin } from './teksten.js';

/**
 * Een beleidswaarde (of regio-indeling) zoals een criterium haar gebruikte: welke parameter, uit
 * welk beleid, met een naam voor de brief ("het maximumbedrag").
 */
export interface GebruikteWaarde {
  parameter: string;
  beleid: string;
  naam: Tweetalig;
  waarde: GedateerdeWaarde<unknown>;
}

/** Wat een criteriumfunctie over de grond zegt; {@link maakBeoordeling} maakt er de {@link Grond} van. */
export interface Ruwegrond {
  regel: string;
  status: Status;
  toelichting: string;
  toelichtingEn: string;
  /** Alleen de bronnen van de regeltekst van het criterium: die van de waarden voegt de beslisroute toe. */
  bronnen: readonly Bron[];
}

/**
 * De uitslag van één criterium, zoals een criteriumfunctie die teruggeeft: de ruwe grond, de
 * invoervelden die ontbreken als de status `'onbekend'` is, de beleidswaarden die het criterium
 * toepaste, de waarden die het als niet-toegepast noemt (een signaal), en de keuzes (ids uit de
 * beschrijving) waar de bronnen zwijgen.
 */
export interface Criteriumuitslag {
  grond: Ruwegrond;
  ontbrekend: readonly string[];
  waarden?: readonly GebruikteWaarde[];
  uitgesloten?: readonly GebruikteWaarde[];
  keuzes?: readonly string[];
}

/**
 * De uitkomsten die de gemeenschappelijke combinatie kan geven; `nietVanToepassing` alleen voor
 * regels die een eigen uitkomst hebben als geen enkel criterium van toepassing is.
 */
export interface Uitkomsten<P extends string, N extends string, A extends string, T extends string = never> {
  positief: P;
  negatief: N;
  aanvullen: A;
  nietVanToepassing?: T;
  /** Signalen die alleen bij de positieve uitkomst horen (bv. de bevoegdheid bij toekennen), na de andere gronden; alleen dan gemaakt. */
  bijPositief?: () => readonly Criteriumuitslag[];
}

/**
 * Het beleid dat besliste (of `null`), plus waarden die buiten de criteria zijn toegepast. Uit het
 * beleid komen de verwijzing in de beoordeling, de grondslag, regelteksten en lezingen van de
 * gronden (SPEC §2.9), en de eigen documenten die de gronden citeren.
 */
export interface Beslissingscontext {
  peildatum: string | null;
  beleid: Beleid | null;
  /** Beleidswaarden die de regel buiten een criterium toepaste (bv. de beoordelingstermijn), na die van de criteria. */
  waarden?: readonly GebruikteWaarde[];
}

/**
 * De ene plek waar criteria tot een uitkomst worden gecombineerd, voor alle regels:
 * een `'niet-voldaan'` beslist negatief (ook als andere feiten nog onbekend zijn); anders
 * maakt een `'onbekend'` de uitkomst `aanvullen`, met precies de blokkerende velden in
 * `ontbrekendeGegevens`; anders is de uitkomst positief. Met `nietVanToepassing` geeft een
 * beoordeling waarin elk criterium `'niet-van-toepassing'` is die uitkomst. Signalen tellen
 * niet mee.
 */
export function besluit<P extends string, N extends string, A extends string, T extends string = never>(
  beschrijving: Regelbeschrijving,
  context: Beslissingscontext,
  uitslagen: readonly Criteriumuitslag[],
  uitkomsten: Uitkomsten<P, N, A, T>,
): Beoordeling<P | N | A | T> {
  // Eén keer door de uitslagen, zonder tussenlijsten (filter/map/flatMap).
  let nietVoldaan = false;
  let onbekend = false;
  let allesNietVanToepassing = true;
  for (const uitslag of uitslagen) {
    const { status } = uitslag.grond;
    if (criteriumVan(beschrijving, uitslag.grond.regel).soort !== 'criterium') continue;
    if (status === 'niet-voldaan') nietVoldaan = true;
    else if (status === 'onbekend') onbekend = true;
    if (status !== 'niet-van-toepassing') allesNietVanToepassing = false;
  }
  if (nietVoldaan) return maakBeoordeling(beschrijving, context, uitslagen, uitkomsten.negatief);
  if (onbekend) {
    const ontbrekend: string[] = [];
    for (const uitslag of uitslagen) {
      if (uitslag.grond.status !== 'onbekend' || criteriumVan(beschrijving, uitslag.grond.regel).soort !== 'criterium') continue;
      for (const veld of uitslag.ontbrekend) if (!ontbrekend.includes(veld)) ontbrekend.push(veld);
    }
    return maakBeoordeling(beschrijving, context, uitslagen, uitkomsten.aanvullen, ontbrekend);
  }
  if (uitkomsten.nietVanToepassing !== undefined && allesNietVanToepassing) {
    return maakBeoordeling(beschrijving, context, uitslagen, uitkomsten.nietVanToepassing);
  }
  return maakBeoordeling(beschrijving, context, uitkomsten.bijPositief ? [...uitslagen, ...uitkomsten.bijPositief()] : uitslagen, uitkomsten.positief);
}

/**
 * Maakt de beoordeling uit de criteriumuitslagen en een uitkomst, voor regels met een eigen
 * combinatie en voor {@link besluit}. Hier, en alleen hier, krijgt elke grond zijn soort en
 * grondslag uit de beschrijving, de bronnen van de waarden die het criterium toepaste, een zin
 * over hoe vast elke niet-vastgestelde waarde staat, en de keuzes waar de bronnen zwijgen; en
 * krijgt de beoordeling `toegepasteWaarden`, `uitgeslotenWaarden` en `pakketversie`.
 */
export function maakBeoordeling<U extends string>(
  beschrijving: Regelbeschrijving,
  context: Beslissingscontext,
  uitslagen: readonly Criteriumuitslag[],
  uitkomst: U,
  ontbrekendeGegevens: readonly string[] = [],
): Beoordeling<U> {
  const gronden = new Array<Grond>(uitslagen.length);
  const toegepast: GebruikteWaarde[] = [];
  const uitgesloten: GebruikteWaarde[] = [];
  const { beleid } = context;
  const regelbeleid = regelbeleidVan(beleid, beschrijving.id);
  for (let index = 0; index < uitslagen.length; index++) {
    const uitslag = uitslagen[index]!;
    gronden[index] = maakGrond(criteriumVan(beschrijving, uitslag.grond.regel), uitslag, beleid, regelbeleid);
    for (const gebruikt of eigenLijst<GebruikteWaarde>(uitslag, 'waarden')) toegepast.push(gebruikt);
    for (const gebruikt of eigenLijst<GebruikteWaarde>(uitslag, 'uitgesloten')) uitgesloten.push(gebruikt);
  }
  for (const gebruikt of eigenLijst<GebruikteWaarde>(context, 'waarden')) toegepast.push(gebruikt);
  const documenten = beleid?.documenten ?? [];
  return {
    regel: beschrijving.id,
    uitkomst,
    gronden,
    ontbrekendeGegevens: ontbrekendeGegevens.slice(),
    peildatum: context.peildatum,
    beleid: beleid ? verwijzingNaarBeleid(beleid) : null,
    toegepasteWaarden: alsToegepast(toegepast),
    uitgeslotenWaarden: alsToegepast(uitgesloten),
    eigenDocumenten: documenten.length === 0 ? [] : geciteerdeDocumenten(gronden, documenten),
    pakketversie: PAKKETVERSIE,
  };
}

/**
 * De eigen documenten die de gronden citeren (in hun bronnen, hun grondslag of een lezing van het
 * beleid), in de volgorde van hun eerste citaat, als nieuwe objecten: zo kan {@link motivering} ze
 * volledig noemen zonder het beleid (SPEC §2.5).
 */
function geciteerdeDocumenten(gronden: readonly Grond[], documenten: readonly EigenBrondocument[]): EigenBrondocument[] {
  const geciteerd: EigenBrondocument[] = [];
  const noem = (bronnen: readonly Bron[]) => {
    for (const bron of bronnen) {
      if (geciteerd.some((document) => document.id === bron.document)) continue;
      const document = documenten.find((kandidaat) => kandidaat.id === bron.document);
      if (document) geciteerd.push({ id: document.id, titel: document.titel, uitgever: document.uitgever, jaar: document.jaar, ...(Object.hasOwn(document, 'url') && document.url !== undefined ? { url: document.url } : {}) });
    }
  };
  for (const grond of gronden) {
    noem(grond.bronnen);
    noem(grond.basis.bronnen);
    for (const lezing of grond.interpretaties) noem(lezing.bronnen);
  }
  return geciteerd;
}

/**
 * De beoordeling met de eigen velden van een regel erachter, als nieuw object. Geen
 * `{ ...beoordeling, veld }`: in V8 (Node 20) kost een spread met velden erna ~10 µs per object.
 *
 * @internal
 */
export function metVelden<U extends string, E extends object>(b: Beoordeling<U>, extra: E): Beoordeling<U> & E {
  const uit: Beoordeling<U> = {
    regel: b.regel,
    uitkomst: b.uitkomst,
    gronden: b.gronden,
    ontbrekendeGegevens: b.ontbrekendeGegevens,
    peildatum: b.peildatum,
    beleid: b.beleid,
    toegepasteWaarden: b.toegepasteWaarden,
    uitgeslotenWaarden: b.uitgeslotenWaarden,
    eigenDocumenten: b.eigenDocumenten,
    pakketversie: b.pakketversie,
  };
  return Object.assign(uit, extra);
}

function criteriumVan(beschrijving: Regelbeschrijving, regel: string): Criteriumbeschrijving {
  const criterium = zoekOpId(beschrijving.criteria, regel, `regel '${beschrijving.id}'`);
  // Een programmeerfout, geen invoerfout: elke grond moet in de beschrijving staan.
  if (!criterium) throw new Error(`opvangregels: criterium '${regel}' staat niet in de beschrijving van regel '${beschrijving.id}'`);
  return criterium;
}

/**
 * Een optionele lijst van een intern record, alleen als eigen veld: een vervuild
 * `Object.prototype.keuzes` (of `waarden`, `uitgesloten`) kan zo niets toevoegen.
 *
 * @internal
 */
export function eigenLijst<T>(record: object, veld: string): readonly T[] {
  return Object.hasOwn(record, veld) ? ((record as Record<string, readonly T[] | undefined>)[veld] ?? []) : [];
}

function maakGrond(criterium: Criteriumbeschrijving, uitslag: Criteriumuitslag, beleid: Beleid | null, regelbeleid: Regelbeleid | undefined): Grond {
  const { grond } = uitslag;
  const waarden = eigenLijst<GebruikteWaarde>(uitslag, 'waarden');
  const uitgesloten = eigenLijst<GebruikteWaarde>(uitslag, 'uitgesloten');
  const keuzes = eigenLijst<string>(uitslag, 'keuzes');
  // Als [toelichting, ...zinnen].filter(Boolean).join(' '), zonder tussenlijsten.
  let nl = grond.toelichting;
  let en = grond.toelichtingEn;
  for (const gebruikt of waarden) {
    const zin = zinnenVan(gebruikt);
    if (zin.nl) nl = nl ? `${nl} ${zin.nl}` : zin.nl;
    if (zin.en) en = en ? `${en} ${zin.en}` : zin.en;
  }
  return {
    regel: grond.regel,
    status: grond.status,
    toelichting: nl,
    toelichtingEn: en,
    // Nieuwe objecten: wie een resultaat verandert, verandert zo geen bron van een later resultaat (SPEC §2.8).
    bronnen: bronnenVan(regeltekstVan(criterium, grond.bronnen, beleid, regelbeleid), waarden, uitgesloten),
    soort: criterium.soort,
    basis: grondslagVan(criterium, beleid, regelbeleid),
    interpretaties: lezingenVan(criterium, keuzes, beleid, regelbeleid, (id) => zoekOpId(criterium.keuzes, id, `criterium '${criterium.id}'`)),
  };
}

// Caches op bevroren ingebouwde of door defineBeleid bevroren objecten: die veranderen nooit, dus
// wat eruit is afgeleid ook niet. Niet-bevroren objecten worden elke keer opnieuw berekend.

/** Per bevroren lijst (criteria, keuzes) haar onderdelen op id. */
const OP_ID = new WeakMap<readonly { id: string }[], ReadonlyMap<string, { id: string }>>();

/**
 * Het onderdeel met dit id, zoals `find` het vindt; voor een bevroren lijst met bevroren onderdelen
 * één keer als Map gemaakt. Een id dat twee keer voorkomt, is een programmeerfout (`waar` zegt waar).
 */
function zoekOpId<T extends { id: string }>(lijst: readonly T[], id: string, waar: string): T | undefined {
  let perId = OP_ID.get(lijst) as ReadonlyMap<string, T> | undefined;
  if (!perId) {
    if (!Object.isFrozen(lijst) || !lijst.every((onderdeel) => Object.isFrozen(onderdeel))) return lijst.find((kandidaat) => kandidaat.id === id);
    const opId = new Map<string, T>();
    for (const onderdeel of lijst) {
      if (opId.has(onderdeel.id)) throw new Error(`opvangregels: id '${onderdeel.id}' staat twee keer in ${waar}`);
      opId.set(onderdeel.id, onderdeel);
    }
    OP_ID.set(lijst, (perId = opId));
  }
  return perId.get(id);
}

/**
 * De zinnen over hoe vast een waarde staat (waardezin), per bevroren waarde en bevroren naam één
 * keer gemaakt: `[eigen beleid, ingebouwd beleid]`. Een niet-bevroren waarde of naam wordt elke
 * keer opnieuw beschreven.
 */
const ZINNEN = new WeakMap<object, WeakMap<Tweetalig, [Tweetalig | undefined, Tweetalig | undefined]>>();
function zinnenVan(gebruikt: GebruikteWaarde): Tweetalig {
  // Een eigen beleid kan geen ingebouwd id hebben: defineBeleid weigert het.
  const ingebouwd = isIngebouwdBeleidId(gebruikt.beleid);
  const { waarde, naam } = gebruikt;
  if (!Object.isFrozen(waarde) || !Object.isFrozen(naam)) return beschrijfWaarde(naam, waarde, ingebouwd);
  let perNaam = ZINNEN.get(waarde);
  if (!perNaam) ZINNEN.set(waarde, (perNaam = new WeakMap()));
  let paar = perNaam.get(naam);
  if (!paar) perNaam.set(naam, (paar = [undefined, undefined]));
  const plek = ingebouwd ? 1 : 0;
  return (paar[plek] ??= beschrijfWaarde(naam, waarde, ingebouwd));
}

function beschrijfWaarde(naam: Tweetalig, waarde: GedateerdeWaarde<unknown>, ingebouwd: boolean): Tweetalig {
  return { nl: waardezin(naam, waarde, 'nl', ingebouwd), en: waardezin(naam, waarde, 'en', ingebouwd) };
}

/**
 * samenBronnen van de regeltekst en de waarden, als nieuwe objecten. Het samenvoegen (met de
 * citaatvergelijking) hangt alleen af van de reeks bevroren bronobjecten, achter elkaar gelezen
 * (niet van waar de ene lijst eindigt en de volgende begint): per reeks één keer. De cache is een
 * boom van WeakMaps: per lijst één stap op de lijst zelf als die met al haar bronnen bevroren is
 * (de bronnen van beleid en beschrijvingen), anders één stap per bron. Een niet-bevroren bron
 * maakt de reeks niet cachebaar. Geen tellers, geen tekstsleutels: de boom hangt alleen aan
 * bevroren objecten.
 */
interface Bronknoop {
  volgende: WeakMap<object, Bronknoop>;
  samen: readonly Bron[] | undefined;
}
const BRONBOOM: Bronknoop = { volgende: new WeakMap(), samen: undefined };

function stap(knoop: Bronknoop, sleutel: object): Bronknoop {
  let volgende = knoop.volgende.get(sleutel);
  if (!volgende) knoop.volgende.set(sleutel, (volgende = { volgende: new WeakMap(), samen: undefined }));
  return volgende;
}

/** De knoop na deze lijst, of `undefined` als een bron niet bevroren is. */
function stappen(knoop: Bronknoop, lijst: readonly Bron[]): Bronknoop | undefined {
  if (Object.isFrozen(lijst)) {
    const volgende = knoop.volgende.get(lijst);
    if (volgende) return volgende;
    if (lijst.every((bron) => Object.isFrozen(bron))) return stap(knoop, lijst);
  }
  let huidig = knoop;
  for (let index = 0; index < lijst.length; index++) {
    const bron = lijst[index]!;
    if (!Object.isFrozen(bron)) return undefined;
    huidig = stap(huidig, bron);
  }
  return huidig;
}

function bronnenVan(eigen: readonly Bron[], waarden: readonly GebruikteWaarde[], uitgesloten: readonly GebruikteWaarde[]): Bron[] {
  let knoop = stappen(BRONBOOM, eigen);
  for (let index = 0; knoop && index < waarden.length; index++) knoop = stappen(knoop, waarden[index]!.waarde.bronnen);
  for (let index = 0; knoop && index < uitgesloten.length; index++) knoop = stappen(knoop, uitgesloten[index]!.waarde.bronnen);
  const samen = knoop ? (knoop.samen ??= alleBronnen(eigen, waarden, uitgesloten)) : alleBronnen(eigen, waarden, uitgesloten);
  const uit = new Array<Bron>(samen.length);
  for (let index = 0; index < samen.length; index++) uit[index] = kopieVanBron(samen[index]!);
  return uit;
}

function alleBronnen(eigen: readonly Bron[], waarden: readonly GebruikteWaarde[], uitgesloten: readonly GebruikteWaarde[]): Bron[] {
  return samenBronnen(eigen, ...waarden.map((gebruikt) => gebruikt.waarde.bronnen), ...uitgesloten.map((gebruikt) => gebruikt.waarde.bronnen));
}

function alsToegepast(waarden: readonly GebruikteWaarde[]): ToegepasteWaarde[] {
  const lijst: ToegepasteWaarde[] = [];
  // Hooguit een handvol waarden: vergelijken is goedkoper dan een Set met samengestelde sleutels.
  for (let index = 0; index < waarden.length; index++) {
    const { parameter, beleid, waarde } = waarden[index]!;
    let eerder = false;
    for (let vorige = 0; vorige < index && !eerder; vorige++) {
      const ander = waarden[vorige]!;
      eerder = ander.beleid === beleid && ander.parameter === parameter && ander.waarde.vanaf === waarde.vanaf;
    }
    if (eerder) continue;
    lijst.push({ parameter, waarde: kopieVanWaarde(waarde.waarde), status: waarde.status, vanaf: waarde.vanaf, tot: Object.hasOwn(waarde, 'tot') ? (waarde.tot ?? null) : null, beleid });
  }
  return lijst;
}

/**
 * Een nieuwe kopie van een beleidswaarde (een getal, tekst, lijst van codes of duur), zodat het
 * resultaat niets deelt met het bevroren beleid. Sneller dan `structuredClone` of
 * `Object.fromEntries(Object.entries(…))` voor deze kleine waarden; de kopie van een object is
 * een gewoon object met dezelfde eigen, opsombare tekstsleutels in dezelfde volgorde.
 */
function kopieVanWaarde(waarde: unknown): unknown {
  if (waarde === null || typeof waarde !== 'object') return waarde;
  if (Array.isArray(waarde)) {
    const lijst = new Array<unknown>(waarde.length);
    for (let index = 0; index < waarde.length; index++) lijst[index] = kopieVanWaarde(waarde[index]);
    return lijst;
  }
  const kopie: Record<string, unknown> = {};
  for (const sleutel of Object.keys(waarde)) kopieerVeld(kopie, sleutel, kopieVanWaarde((waarde as Record<string, unknown>)[sleutel]));
  return kopie;
}

/** Als Object.fromEntries: een eigen veld, ook als de sleutel `__proto__` is. */
function kopieerVeld(doel: Record<string, unknown>, sleutel: string, deel: unknown): void {
  // Een beschrijving zonder prototype: een vervuild Object.prototype.get maakt haar anders ongeldig.
  if (sleutel === '__proto__') Object.defineProperty(doel, sleutel, Object.setPrototypeOf({ value: deel, writable: true, enumerable: true, configurable: true }, null) as PropertyDescriptor);
  else doel[sleutel] = deel;
}
