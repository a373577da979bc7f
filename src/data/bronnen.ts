import { diepBevroren } from '../types/bevroren.js';
import type { RegioId } from './regio-ids.js';
/** Het id van een van de {@link BRONDOCUMENTEN}. */
export type BrondocumentId =
  | 'integrale-ketenaanpak-mo'
  | 'raadsbrief-regioplan-almelo'
  | 'weer-thuis-in-de-wijk'
  | 'visie-mo-ijssel-vecht'
  | 'wmo-2015'
  | 'rvs-herstel-begint-met-een-huis'
  | 'cbs-gemeenten'
  | 'centrumregeling-ijssel-vecht'
  | 'regio-enschede-beschermd-wonen'
  | 'ethos-light';

/**
 * Eén brondocument waarnaar een {@link Bron} verwijst.
 */
export interface Brondocument {
  /** Het id waarmee een `Bron.document` naar dit document verwijst. */
  id: string;
  /** De titel zoals het document die zelf voert. */
  titel: string;
  /** Wie het document uitgaf of vaststelde. */
  uitgever: string;
  /** Het jaar van het document. */
  jaar: number;
  /** Bestandsnaam van de bron in de seed-verzameling van dit project, als het daaruit komt. */
  seedBestand?: string;
  /** Vindplaats of nadere aanduiding (geen netwerkadres dat de bibliotheek ooit ophaalt). */
  vindplaats?: string;
  /** Het openbare webadres van het document, als het er een heeft; de bibliotheek haalt het nooit op. */
  url?: string;
  /**
   * De regio wiens beleid dit document is (een plan, visie of raadsbrief van die regio); weggelaten
   * bij een landelijk document (een wet, een landelijk advies, CBS-gegevens). Een grond citeert een
   * regionaal document alleen onder het beleid van die regio, of als het beleid dat besliste het
   * document zelf citeert (SPEC §2.9).
   */
  regio?: RegioId;
  /**
   * De onderdelen van een regionaal document die een begrip omschrijven of een landelijk gegeven
   * beschrijven (zoals "dakloos" en "thuisloos", of de groepen waarvoor de landelijke regels
   * onvoldoende voorzien): geen regionaal beleid, dus onder elk beleid te citeren waar het begrip
   * wordt toegepast.
   */
  landelijkeOnderdelen?: readonly string[];
}

/**
 * De brondocumenten van de regels, data en beleidswaarden. Elke `Bron.document` in een
 * beoordeling is een `id` uit deze lijst.
 */
export const BRONDOCUMENTEN: readonly Brondocument[] = /* @__PURE__ */ diepBevroren([
  {
    id: 'integrale-ketenaanpak-mo',
    titel: 'Samenvatting integrale ketenaanpak maatschappelijke opvang',
    uitgever: 'Centrumgemeente Almelo en ketenpartners (project Integrale Ketenaanpak MO)',
    jaar: 2019,
    seedBestand: '000_91338b544d3db277.txt',
    vindplaats: 'dezelfde tekst staat als OCR-versie in seed 001_4a8798f3e961cf2d.txt; citaten komen uit 000',
    regio: 'almelo',
  },
  {
    id: 'raadsbrief-regioplan-almelo',
    titel: 'Raadsbrief: verlenging regioplan Beschermd wonen en maatschappelijke opvang 2020-2023 tot en met december 2025',
    uitgever: 'Gemeente Almelo',
    jaar: 2024,
    seedBestand: '002_a35db0290dd973f7.txt',
    regio: 'almelo',
  },
  {
    id: 'weer-thuis-in-de-wijk',
    titel: 'Zelfstandig wonen na beschermd wonen of opvang. Samenvatting experiment Weer thuis in de wijk',
    uitgever: 'Platform31',
    jaar: 2018,
    seedBestand: '003_4126e94aa7ab5def.txt',
  },
  {
    id: 'visie-mo-ijssel-vecht',
    titel: 'Nadere uitwerking visie maatschappelijke opvang regio IJssel-Vecht',
    uitgever: 'Regio IJssel-Vecht (centrumgemeente Zwolle)',
    jaar: 2023,
    vindplaats: 'de visie MO is op 22 juni 2023 regionaal vastgesteld; deze uitwerking volgt op het overleg van 4 juli 2023 (§1.3)',
    seedBestand: '004_70685294eb190e7b.txt',
    regio: 'ijssel-vecht',
    landelijkeOnderdelen: [
      'Begrippen',
      '2.3 Routes naar dakloosheid',
      '3.4 Overige onderwerpen, voetnoot 3',
      '9.2 Andere groepen die gebruik maken van de opvang',
      '9.2 Andere groepen die gebruik maken van de opvang, Remigranten',
    ],
  },
  {
    id: 'wmo-2015',
    titel: 'Wet maatschappelijke ondersteuning 2015',
    uitgever: 'Rijksoverheid',
    jaar: 2015,
    vindplaats: 'wetten.overheid.nl, BWBR0035362',
    url: 'https://wetten.overheid.nl/BWBR0035362',
  },
  {
    id: 'rvs-herstel-begint-met-een-huis',
    titel: 'Herstel begint met een huis. Dak- en thuisloosheid: voorkomen en verminderen',
    uitgever: 'Raad voor Volksgezondheid & Samenleving (RVS)',
    jaar: 2020,
    vindplaats: 'advies van 21 april 2020',
  },
  {
    id: 'cbs-gemeenten',
    titel: 'Gemeenten alfabetisch 2021 en 2023, en gemeentelijke herindelingen 2022-2023',
    uitgever: 'Centraal Bureau voor de Statistiek (CBS)',
    jaar: 2023,
    vindplaats: 'CBS, gemeentelijke indelingen per jaar',
  },
  {
    id: 'centrumregeling-ijssel-vecht',
    titel: 'Centrumregeling regio IJssel-Vecht',
    uitgever: 'Gemeenten van de regio IJssel-Vecht',
    jaar: 2025,
    vindplaats: 'lokaleregelgeving.overheid.nl, CVDR732660; in werking 1 januari 2025',
    url: 'https://lokaleregelgeving.overheid.nl/CVDR732660',
    regio: 'ijssel-vecht',
  },
  {
    id: 'regio-enschede-beschermd-wonen',
    titel: 'Samenwerking beschermd wonen en maatschappelijke opvang, centrumgemeente Enschede (8 gemeenten)',
    uitgever: 'Gemeente Borne; WoON Twente',
    jaar: 2020,
    vindplaats: 'borne.nl en woontwente.nl: Almelo en Enschede zijn verantwoordelijk voor 6 en 8 gemeenten',
    regio: 'enschede',
  },
  {
    id: 'ethos-light',
    titel: 'ETHOS Light, European Typology of Homelessness and housing exclusion (Nederlandse formulering CBS)',
    uitgever: 'FEANTSA; CBS',
    jaar: 2007,
  },
] satisfies readonly (Brondocument & { id: BrondocumentId })[]);

/** De brondocumenten per id, voor de opzoekingen die bij elke beoordeling gebeuren. */
const OP_ID: ReadonlyMap<string, Brondocument> = /* @__PURE__ */ new Map(BRONDOCUMENTEN.map((document) => [document.id, document]));

/**
 * Zoekt een brondocument op id.
 *
 * @param id - het `document` van een {@link Bron}
 * @returns het brondocument, of `undefined` als het id onbekend is
 * @example
 * zoekBrondocument('integrale-ketenaanpak-mo')?.jaar
 * //=> 2019
 */
export function zoekBrondocument(id: string): Brondocument | undefined {
  return OP_ID.get(id);
}

/**
 * De regio van de bron als die een regionaal beleid citeert: de regio van het document, of
 * `null` als het document landelijk is of het onderdeel een begrip of landelijk gegeven beschrijft
 * (zie {@link Brondocument.landelijkeOnderdelen}). Een eigen document van een beleid is niet
 * ingebouwd en heeft hier geen regio. @internal
 */
export function regioVanBron(bron: { document: string; onderdeel: string }): RegioId | null {
  const document = OP_ID.get(bron.document);
  if (!document?.regio) return null;
  return document.landelijkeOnderdelen?.includes(bron.onderdeel) ? null : document.regio;
}
