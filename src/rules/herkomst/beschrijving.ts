import { AANVULLEN, type Regelbeschrijving } from '../beschrijving.js';

/** De beschrijving van de regel herkomst (zie {@link bepaalHerkomst}). */
export const HERKOMST: Regelbeschrijving = {
  id: 'herkomst',
  functie: 'bepaalHerkomst',
  titel: { nl: 'Herkomst', en: 'Origin' },
  omschrijving: {
    nl: 'Bepaalt of een cliënt op de peildatum uit het werkgebied van een regio (centrumgemeente) komt, volgens de regio-indeling die op die datum geldt.',
    en: 'Determines whether a client comes from the working area of a region (central municipality) on the reference date, using the membership in force on that date.',
  },
  uitkomsten: {
    'binnen-regio': { nl: 'binnen de regio', en: 'within the region' },
    'buiten-regio': { nl: 'buiten de regio', en: 'outside the region' },
    aanvullen: AANVULLEN,
  },
  criteria: [
    {
      id: 'herkomst.regio',
      voldaanAls: {
        nl: "De gemeente van herkomst (na een eventuele herindeling) hoort op de peildatum bij de regio. Buitenland en de bijzondere gemeenten Bonaire, Sint Eustatius en Saba horen bij geen regio; 'onbekend' maakt het criterium onbekend.",
        en: "The municipality of origin (after any merger) belongs to the region on the reference date. Abroad and the special municipalities Bonaire, Sint Eustatius and Saba belong to no region; 'onbekend' leaves the criterion unknown.",
      },
      bronnen: [
        {
          document: 'integrale-ketenaanpak-mo',
          onderdeel: 'Oplossing 5: Versnelfonds, criterium 2',
          citaat: 'Herkomst: de cliënten moeten komen uit het werkgebied van de centrumgemeente Almelo',
        },
        {
          document: 'wmo-2015',
          onderdeel: 'art. 1.2.1 onder b (landelijke toegankelijkheid)',
          citaat: 'tot welke hij zich wendt',
        },
      ],
    },
  ],
};
