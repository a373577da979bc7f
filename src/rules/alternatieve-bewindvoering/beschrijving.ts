import { AANVULLEN, type Regelbeschrijving } from '../beschrijving.js';
import { SCHULDEN_BRONNEN } from '../schuldhulp/beschrijving.js';

/** De beschrijving van de regel alternatieve bewindvoering (zie {@link toetsAlternatieveBewindvoering}). */
export const ALTERNATIEVE_BEWINDVOERING: Regelbeschrijving = {
  id: 'alternatieve-bewindvoering',
  functie: 'toetsAlternatieveBewindvoering',
  titel: { nl: 'Alternatieve bewindvoering', en: 'Alternative budget management' },
  omschrijving: {
    nl: "Zegt of alternatieve bewindvoering (bewindvoering met een leercomponent) in een fase kan starten of doorgaan. Ze kan starten bij een verhoogd risico op dak- en thuisloosheid en in de opvang, en gaat na uitstroom door naar behoefte; deelname is vrijwillig. Of ze ná uitstroom nog kan starten, zegt de bron niet: dan is de uitkomst `niet-voorzien` en beslist een mens.",
    en: 'Says whether alternative budget management (budget management with a learning component) can start or continue in a phase. It can start at a raised risk of homelessness and in shelter care, and continues after leaving shelter as needed; participation is voluntary. Whether it can still start after leaving shelter the source does not say: the outcome is then `niet-voorzien` and a person decides.',
  },
  uitkomsten: {
    mogelijk: { nl: 'mogelijk', en: 'possible' },
    'niet-mogelijk': { nl: 'niet mogelijk', en: 'not possible' },
    'niet-voorzien': { nl: 'niet voorzien in de bron (een mens beslist)', en: 'not provided for by the source (a person decides)' },
    aanvullen: AANVULLEN,
  },
  criteria: [
    {
      id: 'alternatieve-bewindvoering.fase',
      voldaanAls: {
        nl: "Starten bij dreigende dak- of thuisloosheid (`dreigend`) of in de opvang (`opvang`); voortzetten in elke fase. Starten na uitstroom staat niet in de bron: het criterium is dan `onbekend` en de uitkomst `niet-voorzien`.",
        en: 'Start when homelessness threatens (`dreigend`) or in shelter care (`opvang`); continue in every phase. Starting after leaving shelter is not in the source: the criterion is then `onbekend` and the outcome `niet-voorzien`.',
      },
      bronnen: [SCHULDEN_BRONNEN.startEnDoor],
    },
    {
      id: 'alternatieve-bewindvoering.toestemming',
      voldaanAls: {
        nl: 'De cliënt stemt in (`toestemming` is `true`): deelname is vrijwillig, maar niet vrijblijvend.',
        en: 'The client consents (`toestemming` is `true`): participation is voluntary, though not without obligation.',
      },
      bronnen: [SCHULDEN_BRONNEN.vrijwillig],
    },
    {
      id: 'alternatieve-bewindvoering.behoefte',
      voldaanAls: {
        nl: 'Alleen bij voortzetten na uitstroom: de cliënt heeft er nog behoefte aan (`behoefte` is `true`). In de andere gevallen niet van toepassing; daar schaalt de bewindvoering op maat op of af.',
        en: 'Only when continuing after leaving shelter: the client still needs it (`behoefte` is `true`). Otherwise not applicable; there the support scales up or down as needed.',
      },
      bronnen: [SCHULDEN_BRONNEN.startEnDoor, SCHULDEN_BRONNEN.opMaat],
    },
  ],
};
