import { AANVULLEN } from '../beschrijving.js';
import { diepBevroren } from '../../types/bevroren.js';

/**
 * De namen van de regel situatie voor de brief: titel, uitkomsten, criteria (id en titel) en
 * invoervelden. SITUATIE neemt ze over; `motivering` heeft alleen deze nodig. @internal
 */
export const SITUATIE_NAMEN = /* @__PURE__ */ diepBevroren({
  id: 'situatie',
  titel: { nl: 'Woonsituatie en route naar dakloosheid', en: 'Housing situation and route into homelessness' },
  uitkomsten: {
    dakloos: { nl: 'dakloos', en: 'dakloos (without a roof)' },
    thuisloos: { nl: 'thuisloos', en: 'thuisloos (without a home of their own)' },
    'dreigend-dakloos': { nl: 'dreigend dakloos', en: 'at risk of homelessness' },
    gehuisvest: { nl: 'gehuisvest', en: 'housed' },
    aanvullen: AANVULLEN,
  },
  criteria: {
    woonsituatie: { id: 'situatie.woonsituatie', titel: { nl: 'Woonsituatie', en: 'Housing situation' } },
    route: { id: 'situatie.route', titel: { nl: 'Route naar dakloosheid', en: 'Route into homelessness' } },
    aandachtsgroep: { id: 'situatie.aandachtsgroep', titel: { nl: 'Groep met extra aandacht', en: 'Group needing extra attention' } },
    opvang: { id: 'situatie.opvang', titel: { nl: 'Richting van de opvang', en: 'Direction of shelter' } },
    kwetsbareGroep: { id: 'situatie.kwetsbare-groep', titel: { nl: 'Kwetsbare groep', en: 'Vulnerable group' } },
  },
  velden: {
    dakBovenHetHoofd: { nl: 'of de cliënt op die plek een dak boven het hoofd heeft', en: 'whether the client has a roof over their head in that place' },
    gebeurtenissen: { nl: 'wat er aan de dakloosheid voorafging (soort en datum)', en: 'what preceded the homelessness (kind and date)' },
    problematiek: { nl: 'of de problemen enkelvoudig of zwaar zijn', en: 'whether the problems are single or severe' },
    lokaleMogelijkhedenToereikend: { nl: 'of de lokale mogelijkheden toereikend zijn', en: 'whether local options are sufficient' },
  },
});
