import { AANVULLEN } from '../beschrijving.js';
import { diepBevroren } from '../../types/bevroren.js';

/**
 * De namen van de regel alternatieve bewindvoering voor de brief: titel, uitkomsten, criteria (id en titel) en
 * invoervelden. ALTERNATIEVE_BEWINDVOERING neemt ze over; `motivering` heeft alleen deze nodig. @internal
 */
export const ALTERNATIEVE_BEWINDVOERING_NAMEN = /* @__PURE__ */ diepBevroren({
  id: 'alternatieve-bewindvoering',
  titel: { nl: 'Alternatieve bewindvoering', en: 'Alternative budget management' },
  uitkomsten: {
    mogelijk: { nl: 'mogelijk', en: 'possible' },
    'niet-mogelijk': { nl: 'niet mogelijk', en: 'not possible' },
    'niet-voorzien': { nl: 'niet voorzien in de bron (een mens beslist)', en: 'not provided for by the source (a person decides)' },
    aanvullen: AANVULLEN,
  },
  criteria: {
    fase: { id: 'alternatieve-bewindvoering.fase', titel: { nl: 'Moment in de keten', en: 'Moment in the chain' } },
    toestemming: { id: 'alternatieve-bewindvoering.toestemming', titel: { nl: 'Instemming van de cliënt', en: 'Consent of the client' } },
    behoefte: { id: 'alternatieve-bewindvoering.behoefte', titel: { nl: 'Behoefte na uitstroom', en: 'Need after leaving shelter' } },
  },
  velden: {
    toestemming: { nl: 'of de cliënt instemt met alternatieve bewindvoering', en: 'whether the client consents to alternative budget management' },
    behoefte: { nl: 'of de cliënt na uitstroom nog behoefte heeft aan alternatieve bewindvoering', en: 'whether the client still needs alternative budget management after leaving shelter' },
  },
});
