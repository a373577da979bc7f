import { AANVULLEN } from '../beschrijving.js';
import { LANDELIJKE_TOEGANKELIJKHEID_NAAM } from '../herkomst/namen.js';
import { diepBevroren } from '../../types/bevroren.js';

/**
 * De namen van de regel verblijfstermijn voor de brief: titel, uitkomsten, criteria (id en titel) en
 * invoervelden. VERBLIJFSTERMIJN neemt ze over; `motivering` heeft alleen deze nodig. @internal
 */
export const VERBLIJFSTERMIJN_NAMEN = /* @__PURE__ */ diepBevroren({
  id: 'verblijfstermijn',
  titel: { nl: 'Verblijfstermijn', en: 'Length of stay' },
  uitkomsten: {
    'binnen-termijn': { nl: 'binnen de termijn', en: 'within the term' },
    'termijn-verstreken': { nl: 'termijn verstreken', en: 'term exceeded' },
    'geen-termijn': { nl: 'geen termijn (er geldt geen maximale verblijfsduur)', en: 'no term (no maximum length of stay applies)' },
    aanvullen: AANVULLEN,
  },
  criteria: {
    herkomst: { id: 'verblijfstermijn.herkomst', titel: { nl: 'Herkomst', en: 'Origin' } },
    termijn: { id: 'verblijfstermijn.termijn', titel: { nl: 'Verblijfstermijn', en: 'Term of stay' } },
    nietToegepasteWaarde: { id: 'verblijfstermijn.niet-toegepaste-waarde', titel: { nl: 'Niet toegepaste termijn', en: 'Term not applied' } },
    aandachtsgroep: { id: 'verblijfstermijn.aandachtsgroep', titel: { nl: 'Buitenland of bijzondere gemeente', en: 'Abroad or special municipality' } },
    landelijkeToegankelijkheid: LANDELIJKE_TOEGANKELIJKHEID_NAAM,
    regelenInAcuteOpvang: { id: 'verblijfstermijn.regelen-in-acute-opvang', titel: { nl: 'Wat de visie in de acute opvang wil regelen', en: 'What the visie wants arranged in emergency shelter' } },
  },
  velden: { gemeenteVanHerkomst: { nl: 'de gemeente van herkomst', en: 'the municipality of origin' }, aanbieder: { nl: 'de aanbieder van de opvang', en: 'the shelter provider' } },
});
