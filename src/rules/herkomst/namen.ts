import { AANVULLEN } from '../beschrijving.js';
import { diepBevroren } from '../../types/bevroren.js';

/** De naam van het signaal landelijke toegankelijkheid, gedeeld door elke regel die herkomst toetst. @internal */
export const LANDELIJKE_TOEGANKELIJKHEID_NAAM = /* @__PURE__ */ diepBevroren({ id: 'landelijke-toegankelijkheid', titel: { nl: 'Landelijke toegankelijkheid', en: 'National accessibility' } });

/**
 * De namen van de regel herkomst voor de brief: titel, uitkomsten, criteria (id en titel) en
 * invoervelden. HERKOMST neemt ze over; `motivering` heeft alleen deze nodig. @internal
 */
export const HERKOMST_NAMEN = /* @__PURE__ */ diepBevroren({
  id: 'herkomst',
  titel: { nl: 'Herkomst', en: 'Origin' },
  uitkomsten: {
    'binnen-regio': { nl: 'binnen de regio', en: 'within the region' },
    'buiten-regio': { nl: 'buiten de regio', en: 'outside the region' },
    aanvullen: AANVULLEN,
  },
  criteria: {
    regio: { id: 'herkomst.regio', titel: { nl: 'Herkomst uit de regio', en: 'Origin in the region' } },
    landelijkeToegankelijkheid: LANDELIJKE_TOEGANKELIJKHEID_NAAM,
  },
  velden: { gemeenteVanHerkomst: { nl: 'de gemeente van herkomst', en: 'the municipality of origin' } },
});
