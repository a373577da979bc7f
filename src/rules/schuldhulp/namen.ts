import { AANVULLEN } from '../beschrijving.js';
import { diepBevroren } from '../../types/bevroren.js';

/**
 * De namen van de regel schuldhulp voor de brief: titel, uitkomsten, criteria (id en titel) en
 * invoervelden. SCHULDHULP neemt ze over; `motivering` heeft alleen deze nodig. @internal
 */
export const SCHULDHULP_NAMEN = /* @__PURE__ */ diepBevroren({
  id: 'schuldhulp',
  titel: { nl: 'Schuldhulp in de opvang', en: 'Debt support in shelter care' },
  uitkomsten: {
    voldaan: { nl: 'voldaan', en: 'met' },
    'actie-nodig': { nl: 'schuldhulpverlening nodig', en: 'debt support needed' },
    'niet-van-toepassing': { nl: 'niet van toepassing', en: 'not applicable' },
    aanvullen: AANVULLEN,
  },
  criteria: {
    vorm: { id: 'schuldhulp.vorm', titel: { nl: 'Vorm van schuldhulpverlening', en: 'Form of debt support' } },
  },
  velden: {
    schulden: { nl: 'of de cliënt schulden heeft', en: 'whether the client has debts' },
    schuldhulpverlening: { nl: 'welke vorm van schuldhulpverlening de cliënt heeft', en: 'which form of debt support the client has' },
  },
});
