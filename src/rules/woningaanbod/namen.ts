import { diepBevroren } from '../../types/bevroren.js';
import { AANVULLEN } from '../beschrijving.js';

/**
 * De namen van de regel woningaanbod voor de brief: titel, uitkomsten, criteria (id en titel) en
 * invoervelden. WONINGAANBOD neemt ze over; `motivering` heeft alleen deze nodig. @internal
 */
export const WONINGAANBOD_NAMEN = /* @__PURE__ */ diepBevroren({
  id: 'woningaanbod',
  titel: { nl: 'Woningaanbod na beschermd wonen', en: 'Housing offer after supported housing' },
  uitkomsten: {
    aangeboden: { nl: 'woning aangeboden', en: 'home offered' },
    'binnen-termijn': { nl: 'binnen de termijn (het aanbod kan nog komen)', en: 'within the term (the offer can still come)' },
    'termijn-verstreken': { nl: 'termijn verstreken zonder aanbod', en: 'term passed without an offer' },
    'geen-termijn': { nl: 'geen termijn (er geldt geen termijn voor een woningaanbod)', en: 'no term (no term for a housing offer applies)' },
    aanvullen: AANVULLEN,
  },
  criteria: {
    termijn: { id: 'woningaanbod.termijn', titel: { nl: 'Termijn voor het woningaanbod', en: 'Term for the housing offer' } },
    aanbod: { id: 'woningaanbod.aanbod', titel: { nl: 'Aanbod van een woning', en: 'Offer of a home' } },
    nietToegepasteWaarde: { id: 'woningaanbod.niet-toegepaste-waarde', titel: { nl: 'Niet toegepaste termijn', en: 'Term not applied' } },
  },
  velden: { woningAangeboden: { nl: 'of de cliënt al een woning is aangeboden', en: 'whether the client has already been offered a home' } },
});
