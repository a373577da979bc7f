import { AANVULLEN } from '../beschrijving.js';
import { LANDELIJKE_TOEGANKELIJKHEID_NAAM } from '../herkomst/namen.js';
import { diepBevroren } from '../../types/bevroren.js';

/**
 * De namen van de regel versnelfonds voor de brief: titel, uitkomsten, criteria (id en titel) en
 * invoervelden. VERSNELFONDS neemt ze over; `motivering` heeft alleen deze nodig. @internal
 */
export const VERSNELFONDS_NAMEN = /* @__PURE__ */ diepBevroren({
  id: 'versnelfonds',
  titel: { nl: 'Versnelfonds', en: 'Acceleration fund' },
  uitkomsten: {
    toekennen: { nl: 'toekennen', en: 'grant' },
    afwijzen: { nl: 'afwijzen', en: 'refuse' },
    aanvullen: AANVULLEN,
  },
  criteria: {
    laatsteOptie: { id: 'versnelfonds.laatste-optie', titel: { nl: 'Laatste optie', en: 'Last resort' } },
    voorkomen: { id: 'versnelfonds.voorkomen', titel: { nl: 'Voorkomen of verkorten van opvang', en: 'Preventing or shortening shelter' } },
    herkomst: { id: 'versnelfonds.herkomst', titel: { nl: 'Herkomst uit de regio van het fonds', en: "Origin in the fund's region" } },
    kostenBaten: { id: 'versnelfonds.kosten-baten', titel: { nl: 'Kosten en baten', en: 'Costs and benefits' } },
    schulden: { id: 'versnelfonds.schulden', titel: { nl: 'Schulden', en: 'Debts' } },
    maximum: { id: 'versnelfonds.maximum', titel: { nl: 'Maximumbedrag', en: 'Maximum amount' } },
    bevoegdheid: { id: 'versnelfonds.bevoegdheid', titel: { nl: 'Bevoegdheid om te geven', en: 'Power to give' } },
    landelijkeToegankelijkheid: LANDELIJKE_TOEGANKELIJKHEID_NAAM,
  },
  velden: {
    gemeenteVanHerkomst: { nl: 'de gemeente van herkomst', en: 'the municipality of origin' },
    voorliggendeVoorzieningenBenut: { nl: 'of voorzieningen die eerst komen nog een optie zijn', en: 'whether provisions that come first are still an option' },
    voorkomtOfVerkortOpvang: { nl: 'of de aanvraag opvang voorkomt of korter maakt', en: 'whether the request prevents or shortens shelter' },
    verwachteBesparingInCenten: { nl: 'de verwachte besparing', en: 'the expected saving' },
    schulden: { nl: 'of de cliënt schulden heeft', en: 'whether the client has debts' },
    schuldhulpverlenerBetrokken: { nl: 'of er een schuldhulpverlener betrokken is', en: 'whether a debt counsellor is involved' },
    schuldenTotMinimumTeruggebracht: { nl: 'of de schulden tot een minimum zijn teruggebracht', en: 'whether the debts have been brought to a minimum' },
  },
});
