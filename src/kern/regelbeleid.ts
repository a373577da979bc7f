import type { Beleid, Regelbeleid } from '../beleid/beleid.js';
import { isIngebouwdBeleidId, type BeleidId } from '../beleid/ids.js';
import { kiesBeleid } from '../beleid/opzoeken.js';
import type { RegelId } from '../beleid/regelonderdelen.js';
import { regioVanBron } from '../data/bronnen.js';
import type { Bron, Grondslag, Interpretatie } from '../types/beoordeling.js';
import { BeleidNietInWerkingFout, OngeldigeInvoerFout } from '../types/fouten.js';
import type { Criteriumbeschrijving } from '../types/regelbeschrijving.js';
import type { Waardestatus } from '../types/waardestatus.js';
import { leesOpties } from './opties.js';

// Hoe een grond zijn grondslag, regeltekst en lezingen krijgt uit het beleid dat besliste (SPEC
// §2.9). Eén plek, voor elke regel: maakBeoordeling maakt hiermee elke grond; de regels vragen hier
// alleen welk beleid beslist en of het een grondslag geeft (beleidVoorRegel, vereisteGrondslag).

/** Wat het beleid voor deze regel vaststelde, alleen als eigen veld; of `undefined`. */
export function regelbeleidVan(beleid: Beleid | null, regel: string): Regelbeleid | undefined {
  if (!beleid || !Object.hasOwn(beleid, 'regels') || !Object.hasOwn(beleid.regels, regel)) return undefined;
  return beleid.regels[regel as RegelId];
}

/**
 * Het beleid dat een regel die op het beleid van een regio rust, nodig heeft: met een grondslag
 * voor de regel, en een grondslag die niet is uitgesloten. Anders beslist de regel niet onder dit
 * beleid: een fout die zegt wat er ontbreekt (nooit de grondslag van een ander beleid lenen).
 *
 * @param datum - de peildatum als de regel er een heeft (voor de fout), anders `null`
 * @param standaard - het ingebouwde beleid van de regel zonder `opties.beleid` (voor het advies in de fout)
 * @internal
 */
export function vereisteGrondslag(beleid: Beleid, regel: RegelId, uitgesloten: ReadonlySet<Waardestatus>, datum: string | null, standaard: BeleidId): Regelbeleid {
  const regelbeleid = regelbeleidVan(beleid, regel);
  if (!regelbeleid) {
    throw new OngeldigeInvoerFout([
      {
        pad: 'opties.beleid',
        melding: `beleid '${beleid.id}' geeft geen grondslag voor de regel ${regel} (regels.${regel}.grondslag): zeg in het beleid waarop de regel rust, bv. een raadsbesluit; of laat opties.beleid weg: dan beslist de regel onder het ingebouwde beleid '${standaard}'`,
      },
    ]);
  }
  if (uitgesloten.has(regelbeleid.grondslag.status)) {
    throw new BeleidNietInWerkingFout({
      parameter: `regels.${regel}.grondslag`,
      peildatum: datum ?? '',
      beleid: beleid.id,
      pad: 'opties.uitgeslotenStatussen',
      aanvulling: `de grondslag heeft status '${regelbeleid.grondslag.status}', en die status is uitgesloten`,
      ingebouwd: isIngebouwdBeleidId(beleid.id),
      uitgeslotenStatus: regelbeleid.grondslag.status,
    });
  }
  return regelbeleid;
}

/** De regio van een ingebouwd beleid (hun ids zijn die van hun regio); een eigen beleid heeft er geen. */
function regioVanBeleid(beleid: Beleid | null): string | null {
  return beleid && isIngebouwdBeleidId(beleid.id) ? beleid.id : null;
}

/** Per (bevroren) beleid de ids van de documenten die het zelf citeert: in waarden, regio's en regels. */
const GECITEERD = new WeakMap<Beleid, ReadonlySet<string>>();
function geciteerdDoor(beleid: Beleid): ReadonlySet<string> {
  let documenten = GECITEERD.get(beleid);
  if (documenten) return documenten;
  const ids = new Set<string>();
  const noem = (bronnen: readonly Bron[] | undefined) => {
    for (const bron of bronnen ?? []) ids.add(bron.document);
  };
  for (const perioden of Object.values(beleid.parameters)) for (const periode of perioden ?? []) noem(periode.bronnen);
  for (const regio of Object.values(beleid.regios)) for (const periode of regio.leden) noem(periode.bronnen);
  for (const regelbeleid of Object.values(beleid.regels ?? {})) {
    if (!regelbeleid) continue;
    noem(regelbeleid.grondslag.bronnen);
    for (const criterium of Object.values(regelbeleid.criteria ?? {})) noem(criterium.bronnen);
    for (const keuze of Object.values(regelbeleid.keuzes ?? {})) noem(keuze.bronnen);
  }
  documenten = ids;
  if (Object.isFrozen(beleid)) GECITEERD.set(beleid, documenten);
  return documenten;
}

/**
 * Of een grond onder dit beleid deze bron mag citeren: een landelijk document of begrip altijd;
 * een document van een regio alleen onder het beleid van die regio, of als het beleid het
 * document zelf citeert (SPEC §2.9). Zo citeert een brief onder het beleid van Wierden nooit het
 * plan van Almelo, tenzij Wierden dat plan zelf noemt.
 *
 * @internal
 */
export function magCiteren(bron: Bron, beleid: Beleid | null): boolean {
  const regio = regioVanBron(bron);
  if (regio === null || regio === regioVanBeleid(beleid)) return true;
  return beleid !== null && geciteerdDoor(beleid).has(bron.document);
}

/** Per bevroren lijst bronnen en per beleid de lijst die mag (zelf bevroren, met dezelfde bronobjecten). */
const TOEGESTAAN = new WeakMap<readonly Bron[], WeakMap<object, readonly Bron[]>>();
const ZONDER_BELEID = {};

/**
 * De regeltekst van een criterium zoals de grond haar citeert: de eigen regeltekst van het beleid
 * als het die gaf, anders de ingebouwde bronnen die onder dit beleid mogen (zie {@link magCiteren}).
 * Een bevroren lijst geeft bij hetzelfde beleid steeds dezelfde bevroren lijst terug, zodat de
 * cache van de samengevoegde bronnen blijft werken.
 *
 * @internal
 */
export function regeltekstVan(criterium: Criteriumbeschrijving, bronnen: readonly Bron[], beleid: Beleid | null, regelbeleid: Regelbeleid | undefined): readonly Bron[] {
  const eigen = regelbeleid && Object.hasOwn(regelbeleid, 'criteria') && regelbeleid.criteria && Object.hasOwn(regelbeleid.criteria, criterium.id) ? regelbeleid.criteria[criterium.id] : undefined;
  if (eigen) return eigen.bronnen;
  if (!Object.isFrozen(bronnen)) return bronnen.filter((bron) => magCiteren(bron, beleid));
  let perBeleid = TOEGESTAAN.get(bronnen);
  if (!perBeleid) TOEGESTAAN.set(bronnen, (perBeleid = new WeakMap()));
  const sleutel = beleid ?? ZONDER_BELEID;
  let toegestaan = perBeleid.get(sleutel);
  if (!toegestaan) {
    const gefilterd = bronnen.filter((bron) => magCiteren(bron, beleid));
    toegestaan = gefilterd.length === bronnen.length ? bronnen : Object.freeze(gefilterd);
    // Alleen bij een bevroren beleid: een ander object kan nog veranderen.
    if (beleid === null || Object.isFrozen(beleid)) perBeleid.set(sleutel, toegestaan);
  }
  return toegestaan;
}

/** Of een grond de hele ingebouwde regeltekst van dit criterium onder dit beleid mag citeren (zie {@link magCiteren}). @internal */
export function ingebouwdeRegeltekstCiteerbaar(criterium: Criteriumbeschrijving, beleid: Beleid | null): boolean {
  return regeltekstVan(criterium, criterium.bronnen, beleid, undefined).length === criterium.bronnen.length;
}

/**
 * De grondslag van een grond: bij een criterium dat op het beleid van een regio rust die van het
 * beleid (de regel controleerde met {@link vereisteGrondslag} dat die er is); bij een criterium dat
 * op een wet of begrip rust de ingebouwde; bij een toets die van het beleid als het er een gaf,
 * anders de ingebouwde.
 *
 * @internal
 */
export function grondslagVan(criterium: Criteriumbeschrijving, beleid: Beleid | null, regelbeleid: Regelbeleid | undefined): Grondslag {
  const { basis } = criterium;
  if (basis !== 'beleid' && (basis.landelijk === true || !regelbeleid)) {
    return { status: basis.status, toelichting: basis.reden.nl, toelichtingEn: basis.reden.en, bronnen: [], beleid: null };
  }
  // Een programmeerfout, geen invoerfout: een regel die op beleid rust, vraagt eerst vereisteGrondslag.
  if (!regelbeleid || !beleid) throw new Error(`opvangregels: criterium '${criterium.id}' rust op beleid, maar het beleid geeft geen grondslag`);
  const { grondslag } = regelbeleid;
  const toelichting = Object.hasOwn(grondslag, 'toelichting') ? (grondslag.toelichting ?? '') : '';
  const toelichtingEn = Object.hasOwn(grondslag, 'toelichtingEn') && grondslag.toelichtingEn !== undefined ? grondslag.toelichtingEn : inHetNederlands(toelichting);
  return { status: grondslag.status, toelichting, toelichtingEn, bronnen: grondslag.bronnen.map(kopieVanBron), beleid: beleid.id };
}

/**
 * De lezingen die een criterium toepaste: onze lezing, tenzij het beleid haar overnam (dan is zij
 * zijn regel, met de bronnen die het beleid ervoor noemt) of in eigen woorden vastlegde. Onze
 * lezing legt uit hoe wij de ingebouwde regeltekst lezen, en citeert daarbij haar woorden; mag
 * een grond die regeltekst onder dit beleid niet citeren (een document van een andere regio), dan
 * staat onze lezing er als regel, zonder die uitleg (SPEC §2.9).
 *
 * @internal
 */
export function lezingenVan(criterium: Criteriumbeschrijving, ids: readonly string[], beleid: Beleid | null, regelbeleid: Regelbeleid | undefined, zoek: (id: string) => Criteriumbeschrijving['keuzes'][number] | undefined): Interpretatie[] {
  if (ids.length === 0) return [];
  const keuzes = regelbeleid && Object.hasOwn(regelbeleid, 'keuzes') ? regelbeleid.keuzes : undefined;
  const regeltekstGeciteerd = ingebouwdeRegeltekstCiteerbaar(criterium, beleid);
  return ids.map((id) => {
    const keuze = zoek(id);
    if (!keuze) throw new Error(`opvangregels: keuze '${id}' staat niet bij criterium '${criterium.id}'`);
    const eigen = keuzes && Object.hasOwn(keuzes, id) ? keuzes[id] : undefined;
    if (!eigen || !beleid || !regelbeleid) {
      const tekst = regeltekstGeciteerd ? keuze.tekst : keuze.alsRegel;
      return { id, soort: 'interpretatie', toelichting: tekst.nl, toelichtingEn: tekst.en, beleid: null, bronnen: [] };
    }
    // Geen eigen bronnen: dan geen bron bij de lezing (de grondslag staat al bij de grond), niet het citaat van de grondslag.
    const bronnen = Object.hasOwn(eigen, 'bronnen') && eigen.bronnen ? eigen.bronnen.map(kopieVanBron) : [];
    if ('tekst' in eigen && Object.hasOwn(eigen, 'tekst')) {
      const engels = Object.hasOwn(eigen, 'tekstEn') && eigen.tekstEn !== undefined ? eigen.tekstEn : inHetNederlands(eigen.tekst);
      return { id, soort: 'eigen-tekst', toelichting: eigen.tekst, toelichtingEn: engels, beleid: beleid.id, bronnen };
    }
    // Overgenomen is het de regel van het beleid: zonder onze reden dat de bronnen zwijgen.
    const regel = keuze.alsRegel;
    return { id, soort: 'overgenomen', toelichting: regel.nl, toelichtingEn: regel.en, beleid: beleid.id, bronnen };
  });
}

/** Een nieuwe kopie van een bron (alleen eigen velden), zodat een resultaat niets deelt met het beleid. @internal */
export function kopieVanBron(bron: Bron): Bron {
  return Object.hasOwn(bron, 'citaat') && bron.citaat !== undefined ? { document: bron.document, onderdeel: bron.onderdeel, citaat: bron.citaat } : { document: bron.document, onderdeel: bron.onderdeel };
}

/**
 * Het beleid waaronder een regel zonder beleidswaarden beslist (regisseur, schuldhulp,
 * alternatieve bewindvoering): het meegegeven beleid, anders het ingebouwde beleid van de regio
 * van haar bron; altijd met een grondslag voor de regel (zie {@link vereisteGrondslag}). De opties
 * worden één keer gelezen.
 *
 * @internal
 */
export function beleidVoorRegel(opties: unknown, regel: RegelId, standaard: BeleidId): Beleid {
  const gelezen = leesOpties(opties);
  const beleid = kiesBeleid(gelezen.beleid ?? standaard);
  vereisteGrondslag(beleid, regel, gelezen.uitgesloten, null, standaard);
  return beleid;
}

/**
 * Een tekst van het beleid zonder Engelse versie, in een Engelse motivering: als citaat van de
 * woorden van het beleid, niet als Engelse zin (audit december 2026, rij 32). Leeg blijft leeg.
 */
function inHetNederlands(tekst: string): string {
  return tekst === '' ? '' : `The policy says, in Dutch: "${tekst}"`;
}
