import type { EigenBrondocument } from '../beleid/beleid.js';
import type { GedateerdeWaarde } from '../beleid/gedateerd.js';
import { isIngebouwdBeleidId } from '../beleid/ids.js';
import type { Beleidsverwijzing, Beoordeling, Bron, Grond, ToegepasteWaarde } from '../types/beoordeling.js';
import type { Status } from '../types/feit.js';
import type { Criteriumbeschrijving, Regelbeschrijving } from '../types/regelbeschrijving.js';
import type { Tweetalig } from '../types/tweetalig.js';
import { PAKKETVERSIE } from '../versie.js';
import { samenBronnen } from './feiten.js';
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
}

/** Het beleid zoals een beoordeling het noemt, of `null`; plus waarden die buiten de criteria zijn toegepast. */
export interface Beslissingscontext {
  peildatum: string | null;
  beleid: Beleidsverwijzing | null;
  /** Beleidswaarden die de regel buiten een criterium toepaste (bv. de beoordelingstermijn), na die van de criteria. */
  waarden?: readonly GebruikteWaarde[];
  /** De eigen brondocumenten van het beleid; die de gronden citeren, komen in `eigenDocumenten`. */
  documenten?: readonly EigenBrondocument[];
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
  const criteria = uitslagen.filter((uitslag) => criteriumVan(beschrijving, uitslag.grond.regel).soort === 'criterium');
  const statussen = criteria.map((uitslag) => uitslag.grond.status);
  if (statussen.includes('niet-voldaan')) return maakBeoordeling(beschrijving, context, uitslagen, uitkomsten.negatief);
  const onbekend = criteria.filter((uitslag) => uitslag.grond.status === 'onbekend');
  if (onbekend.length > 0) {
    return maakBeoordeling(beschrijving, context, uitslagen, uitkomsten.aanvullen, [...new Set(onbekend.flatMap((uitslag) => uitslag.ontbrekend))]);
  }
  if (uitkomsten.nietVanToepassing !== undefined && statussen.every((status) => status === 'niet-van-toepassing')) {
    return maakBeoordeling(beschrijving, context, uitslagen, uitkomsten.nietVanToepassing);
  }
  return maakBeoordeling(beschrijving, context, uitslagen, uitkomsten.positief);
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
  const gronden = uitslagen.map((uitslag) => maakGrond(criteriumVan(beschrijving, uitslag.grond.regel), uitslag));
  const toegepast = [...uitslagen.flatMap((uitslag) => eigenLijst<GebruikteWaarde>(uitslag, 'waarden')), ...eigenLijst<GebruikteWaarde>(context, 'waarden')];
  const documenten = eigenLijst<EigenBrondocument>(context, 'documenten');
  return {
    regel: beschrijving.id,
    uitkomst,
    gronden,
    ontbrekendeGegevens: [...ontbrekendeGegevens],
    peildatum: context.peildatum,
    beleid: context.beleid,
    toegepasteWaarden: alsToegepast(toegepast),
    uitgeslotenWaarden: alsToegepast(uitslagen.flatMap((uitslag) => eigenLijst<GebruikteWaarde>(uitslag, 'uitgesloten'))),
    eigenDocumenten: documenten.length === 0 ? [] : geciteerdeDocumenten(gronden, documenten),
    pakketversie: PAKKETVERSIE,
  };
}

/**
 * De eigen documenten die de gronden citeren, in de volgorde van hun eerste citaat, als nieuwe
 * objecten: zo kan {@link motivering} ze volledig noemen zonder het beleid (SPEC §2.5).
 */
function geciteerdeDocumenten(gronden: readonly Grond[], documenten: readonly EigenBrondocument[]): EigenBrondocument[] {
  const geciteerd: EigenBrondocument[] = [];
  for (const grond of gronden) {
    for (const bron of grond.bronnen) {
      if (geciteerd.some((document) => document.id === bron.document)) continue;
      const document = documenten.find((kandidaat) => kandidaat.id === bron.document);
      if (document) geciteerd.push({ id: document.id, titel: document.titel, uitgever: document.uitgever, jaar: document.jaar, ...(Object.hasOwn(document, 'url') && document.url !== undefined ? { url: document.url } : {}) });
    }
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

// Caches op bevroren ingebouwde of door defineBeleid bevroren objecten: die veranderen nooit, dus
// wat eruit is afgeleid ook niet. Niet-bevroren objecten worden elke keer opnieuw berekend.
const CRITERIA = new WeakMap<Regelbeschrijving, Map<string, Criteriumbeschrijving>>();

function criteriumVan(beschrijving: Regelbeschrijving, regel: string): Criteriumbeschrijving {
  let perId = CRITERIA.get(beschrijving);
  if (!perId && Object.isFrozen(beschrijving) && Object.isFrozen(beschrijving.criteria)) {
    perId = new Map(beschrijving.criteria.map((criterium) => [criterium.id, criterium]));
    CRITERIA.set(beschrijving, perId);
  }
  const criterium = perId ? perId.get(regel) : beschrijving.criteria.find((kandidaat) => kandidaat.id === regel);
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

function maakGrond(criterium: Criteriumbeschrijving, uitslag: Criteriumuitslag): Grond {
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
    bronnen: bronnenVan(grond.bronnen, waarden, uitgesloten),
    soort: criterium.soort,
    basis: { status: criterium.basis.status, toelichting: criterium.basis.reden.nl, toelichtingEn: criterium.basis.reden.en },
    interpretaties: keuzes.map((id) => {
      const keuze = keuzeVan(criterium, id);
      if (!keuze) throw new Error(`opvangregels: keuze '${id}' staat niet bij criterium '${criterium.id}'`);
      return { id, toelichting: keuze.tekst.nl, toelichtingEn: keuze.tekst.en };
    }),
  };
}

const KEUZES = new WeakMap<Criteriumbeschrijving, Map<string, Criteriumbeschrijving['keuzes'][number]>>();
function keuzeVan(criterium: Criteriumbeschrijving, id: string): Criteriumbeschrijving['keuzes'][number] | undefined {
  let perId = KEUZES.get(criterium);
  if (!perId) {
    if (!Object.isFrozen(criterium) || !Object.isFrozen(criterium.keuzes)) return criterium.keuzes.find((kandidaat) => kandidaat.id === id);
    perId = new Map(criterium.keuzes.map((keuze) => [keuze.id, keuze]));
    KEUZES.set(criterium, perId);
  }
  return perId.get(id);
}

/** De zinnen over hoe vast een waarde staat (waardezin), per bevroren waarde één keer gemaakt. */
const ZINNEN = new WeakMap<object, Map<string, Tweetalig>>();
function zinnenVan(gebruikt: GebruikteWaarde): Tweetalig {
  // Een eigen beleid kan geen ingebouwd id hebben: defineBeleid weigert het.
  const ingebouwd = isIngebouwdBeleidId(gebruikt.beleid);
  const maak = (): Tweetalig => ({ nl: waardezin(gebruikt.naam, gebruikt.waarde, 'nl', ingebouwd), en: waardezin(gebruikt.naam, gebruikt.waarde, 'en', ingebouwd) });
  const { waarde, naam } = gebruikt;
  // De naam zit met haar tekst in de sleutel; alleen de waarde moet bevroren zijn.
  if (!Object.isFrozen(waarde)) return maak();
  let perNaam = ZINNEN.get(waarde);
  if (!perNaam) ZINNEN.set(waarde, (perNaam = new Map()));
  const sleutel = `${ingebouwd ? 1 : 0}\u0000${naam.nl}\u0000${naam.en}`;
  let zin = perNaam.get(sleutel);
  if (!zin) perNaam.set(sleutel, (zin = maak()));
  return zin;
}

/**
 * samenBronnen van de regeltekst en de waarden, als nieuwe objecten. Het samenvoegen (met de
 * citaatvergelijking) hangt alleen af van welke bevroren bronobjecten het zijn: per combinatie
 * één keer. Sleutel: een volgnummer per bronobject.
 */
const BRON_NUMMER = new WeakMap<object, number>();
let volgendNummer = 0;
const SAMEN = new Map<string, readonly Bron[]>();
function bronnenVan(eigen: readonly Bron[], waarden: readonly GebruikteWaarde[], uitgesloten: readonly GebruikteWaarde[]): Bron[] {
  let sleutel = '';
  let cachebaar = true;
  const voeg = (lijst: readonly Bron[]) => {
    for (const bron of lijst) {
      let nummer = BRON_NUMMER.get(bron);
      if (nummer === undefined) {
        if (!Object.isFrozen(bron)) { cachebaar = false; return; }
        BRON_NUMMER.set(bron, (nummer = volgendNummer++));
      }
      sleutel += `${nummer},`;
    }
    sleutel += '|';
  };
  voeg(eigen);
  for (const gebruikt of waarden) if (cachebaar) voeg(gebruikt.waarde.bronnen);
  for (const gebruikt of uitgesloten) if (cachebaar) voeg(gebruikt.waarde.bronnen);
  if (!cachebaar) return samenBronnen(eigen, ...waarden.map((gebruikt) => gebruikt.waarde.bronnen), ...uitgesloten.map((gebruikt) => gebruikt.waarde.bronnen)).map(kopieVanBron);
  let samen = SAMEN.get(sleutel);
  if (!samen) {
    samen = samenBronnen(eigen, ...waarden.map((gebruikt) => gebruikt.waarde.bronnen), ...uitgesloten.map((gebruikt) => gebruikt.waarde.bronnen));
    if (SAMEN.size > 10_000) SAMEN.clear();
    SAMEN.set(sleutel, samen);
  }
  const uit = new Array<Bron>(samen.length);
  for (let index = 0; index < samen.length; index++) uit[index] = kopieVanBron(samen[index]!);
  return uit;
}

function kopieVanBron(bron: Bron): Bron {
  return Object.hasOwn(bron, 'citaat') ? { document: bron.document, onderdeel: bron.onderdeel, citaat: bron.citaat as string } : { document: bron.document, onderdeel: bron.onderdeel };
}

function alsToegepast(waarden: readonly GebruikteWaarde[]): ToegepasteWaarde[] {
  const gezien = new Set<string>();
  const lijst: ToegepasteWaarde[] = [];
  for (const { parameter, beleid, waarde } of waarden) {
    const sleutel = `${beleid}\u0000${parameter}\u0000${waarde.vanaf}`;
    if (gezien.has(sleutel)) continue;
    gezien.add(sleutel);
    lijst.push({ parameter, waarde: kopieVanWaarde(waarde.waarde), status: waarde.status, vanaf: waarde.vanaf, tot: Object.hasOwn(waarde, 'tot') ? (waarde.tot ?? null) : null, beleid });
  }
  return lijst;
}

/**
 * Een nieuwe kopie van een beleidswaarde (een getal, tekst, lijst van codes of duur), zodat het
 * resultaat niets deelt met het bevroren beleid. Sneller dan `structuredClone` voor deze kleine
 * waarden.
 */
function kopieVanWaarde(waarde: unknown): unknown {
  if (Array.isArray(waarde)) return waarde.map(kopieVanWaarde);
  if (waarde !== null && typeof waarde === 'object') return Object.fromEntries(Object.entries(waarde).map(([sleutel, deel]) => [sleutel, kopieVanWaarde(deel)]));
  return waarde;
}
