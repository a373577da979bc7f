import type { Bron } from '../../types/beoordeling.js';
import type { Criteriumbeschrijving } from '../../types/regelbeschrijving.js';
import { LANDELIJK_VASTGESTELD } from '../beschrijving.js';
import type { Regelbeschrijving } from '../../types/regelbeschrijving.js';
import { diepBevroren } from '../../types/bevroren.js';
import { HERKOMST_NAMEN, LANDELIJKE_TOEGANKELIJKHEID_NAAM } from './namen.js';

/** De bronnen van de herkomsttoets zelf; de indeling van de regio brengt haar eigen bronnen mee. @internal */
export const HERKOMST_BRONNEN = {
  bijzondereGemeenten: {
    document: 'visie-mo-ijssel-vecht',
    onderdeel: '3.4 Overige onderwerpen, voetnoot 3',
    citaat: 'Bonaire, Sint Eustatius en Saba worden bestuurd door een eilandbestuur en de Nederlandse Rijksoverheid. De eilanden zijn bijzondere gemeenten van Nederland.',
  },
  herindelingen: { document: 'cbs-gemeenten', onderdeel: 'Gemeentelijke herindelingen 2022-2023' },
  landelijkeToegankelijkheid: { document: 'wmo-2015', onderdeel: 'art. 1.2.1 onder b (landelijke toegankelijkheid)', citaat: 'tot welke hij zich wendt' },
} as const satisfies Record<string, Bron>;

/**
 * Het signaal landelijke toegankelijkheid, gedeeld door elke regel die herkomst toetst: bij elke
 * uitkomst "van buiten de regio" (SPEC §4.1). @internal
 */
export const LANDELIJKE_TOEGANKELIJKHEID: Criteriumbeschrijving = /* @__PURE__ */ diepBevroren({
  ...LANDELIJKE_TOEGANKELIJKHEID_NAAM,
  soort: 'signaal',
  voldaanAls: {
    nl: 'Staat bij elke uitkomst waarin de cliënt van buiten de regio komt: dat is geen reden om eerste opvang te weigeren. Wie zich bij een gemeente meldt, krijgt daar hulp (de gemeente "tot welke hij zich wendt"); samen met de cliënt wordt gezocht waar de kans van slagen het grootst is.',
    en: 'Given with every outcome in which the client comes from outside the region: that is no reason to refuse first shelter. Whoever turns to a municipality is helped there; together with the client, the place where success is most likely is sought.',
  },
  bronnen: [HERKOMST_BRONNEN.landelijkeToegankelijkheid],
  basis: LANDELIJK_VASTGESTELD,
  keuzes: [],
});

/** De beschrijving van de regel herkomst (zie {@link bepaalHerkomst}). */
export const HERKOMST: Regelbeschrijving = /* @__PURE__ */ diepBevroren({
  id: 'herkomst',
  functie: 'bepaalHerkomst',
  titel: HERKOMST_NAMEN.titel,
  omschrijving: {
    nl: 'Bepaalt of een cliënt op de peildatum uit het werkgebied van een regio (centrumgemeente) komt, volgens de regio-indeling die op die datum geldt. De gemeente van herkomst is de gemeente waar iemand dakloos is geworden; is die niet vastgesteld, geef dan onbekend op.',
    en: 'Determines whether a client comes from the working area of a region (central municipality) on the reference date, using the membership in force on that date. The municipality of origin is the one where the person became homeless; where that is not established, pass unknown.',
  },
  uitkomsten: HERKOMST_NAMEN.uitkomsten,
  criteria: [
    {
      ...HERKOMST_NAMEN.criteria.regio,
      soort: 'criterium',
      voldaanAls: {
        nl: 'De gemeente van herkomst (na een eventuele herindeling) hoort op de peildatum bij de regio. Het buitenland en de bijzondere gemeenten Bonaire, Sint Eustatius en Saba horen bij geen regio. Is de herkomst onbekend, dan is het criterium onbekend.',
        en: 'The municipality of origin (after any merger) belongs to the region on the reference date. Abroad and the special municipalities Bonaire, Sint Eustatius and Saba belong to no region. An unknown origin leaves the criterion unknown.',
      },
      bronnen: [HERKOMST_BRONNEN.bijzondereGemeenten, HERKOMST_BRONNEN.herindelingen],
      basis: {
        status: 'vastgesteld',
        reden: {
          nl: 'De toets zelf is een vergelijking met de indeling van de regio. Hoe vast die indeling staat, staat bij de indeling (vastgesteld, praktijk of interpretatie).',
          en: 'The test itself compares with the composition of the region. How firm that composition is, is stated with the composition.',
        },
      },
      keuzes: [],
    },
    LANDELIJKE_TOEGANKELIJKHEID,
  ],
  velden: HERKOMST_NAMEN.velden,
  vragen: {},
});
