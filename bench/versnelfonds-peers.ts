// De criteria van het versnelfonds (SPEC §4.2, beleid 'almelo') zoals een team ze zonder deze
// bibliotheek zou schrijven: (b) als regels voor json-rules-engine 7 en (d) met de hand als
// booleans. Beide krijgen de ruwe JSON-aanvraag, valideren niets en leggen niets uit; ze geven
// alleen de uitkomst. `npm run bench` controleert eerst dat ze op elke gegenereerde aanvraag
// dezelfde uitkomst geven als beoordeelVersnelfonds, en meet daarna pas.
import { Engine, type RuleProperties } from 'json-rules-engine';
import type { VersnelfondsAanvraag } from '../dist/index.js';

/** De uitkomst van het versnelfonds. */
export type Uitkomst = 'toekennen' | 'afwijzen' | 'aanvullen';

/** De gemeenten van de regio Almelo (seed 002; data/regios.csv) bij naam en CBS-code, zoals de generator ze schrijft. */
const REGIO_ALMELO = ['Almelo', 'Hellendoorn', 'Rijssen-Holten', 'Tubbergen', 'Twenterand', 'Wierden', 'GM0141', 'GM0163', 'GM1742', 'GM0183', 'GM1700', 'GM0189'];
const MAXIMUM_IN_CENTEN = 100_000;
const KOSTEN_BATEN_FACTOR = 1;

type Feit = boolean | 'onbekend';

const gelijk = (fact: string, value: unknown) => ({ fact, operator: 'equal', value });

// Schulden (criterium 4): voldaan als er geen schulden zijn, of als er een schuldhulpverlener is
// én de schulden tot een minimum zijn teruggebracht; niet voldaan zodra één van beide false is.
const REGEL_TOEKENNEN: RuleProperties = {
  name: 'toekennen',
  priority: 1,
  conditions: {
    all: [
      gelijk('voorliggendeVoorzieningenBenut', true),
      gelijk('voorkomtOfVerkortOpvang', true),
      { fact: 'gemeenteVanHerkomst', operator: 'in', value: REGIO_ALMELO },
      { fact: 'verwachteBesparingInCenten', operator: 'notEqual', value: 'onbekend' },
      { fact: 'verwachteBesparingInCenten', operator: 'greaterThanInclusive', value: { fact: 'vereisteBesparing' } },
      {
        any: [
          gelijk('schulden', false),
          { all: [gelijk('schuldhulpverlenerBetrokken', true), gelijk('schuldenTotMinimumTeruggebracht', true)] },
        ],
      },
    ],
  },
  event: { type: 'toekennen' },
};

const REGEL_AFWIJZEN: RuleProperties = {
  name: 'afwijzen',
  priority: 2,
  conditions: {
    any: [
      gelijk('voorliggendeVoorzieningenBenut', false),
      gelijk('voorkomtOfVerkortOpvang', false),
      { fact: 'gemeenteVanHerkomst', operator: 'notIn', value: [...REGIO_ALMELO, 'onbekend'] },
      {
        all: [
          { fact: 'verwachteBesparingInCenten', operator: 'notEqual', value: 'onbekend' },
          { fact: 'verwachteBesparingInCenten', operator: 'lessThan', value: { fact: 'vereisteBesparing' } },
        ],
      },
      {
        all: [
          gelijk('schulden', true),
          { any: [gelijk('schuldhulpverlenerBetrokken', false), gelijk('schuldenTotMinimumTeruggebracht', false)] },
        ],
      },
    ],
  },
  event: { type: 'afwijzen' },
};

/** (b) Een json-rules-engine met de regels toekennen en afwijzen; geen van beide is aanvullen. */
export function maakRegelmachine(): (aanvraag: VersnelfondsAanvraag) => Promise<Uitkomst> {
  const engine = new Engine([REGEL_TOEKENNEN, REGEL_AFWIJZEN], { allowUndefinedFacts: true });
  engine.addFact('vereisteBesparing', async (_params, almanac) => Math.ceil(Math.min(await almanac.factValue<number>('bedragInCenten'), MAXIMUM_IN_CENTEN) * KOSTEN_BATEN_FACTOR));
  return async (aanvraag) => {
    const { events } = await engine.run({ schuldhulpverlenerBetrokken: 'onbekend', schuldenTotMinimumTeruggebracht: 'onbekend', ...aanvraag });
    if (events.some((event) => event.type === 'afwijzen')) return 'afwijzen';
    return events.some((event) => event.type === 'toekennen') ? 'toekennen' : 'aanvullen';
  };
}

const IN_REGIO = new Set(REGIO_ALMELO);

/** (d) Dezelfde criteria met de hand, in driewaardige logica. */
export function handgeschreven(aanvraag: VersnelfondsAanvraag): Uitkomst {
  const herkomst: Feit = aanvraag.gemeenteVanHerkomst === 'onbekend' ? 'onbekend' : IN_REGIO.has(aanvraag.gemeenteVanHerkomst);
  const besparing = aanvraag.verwachteBesparingInCenten;
  const kostenBaten: Feit = besparing === 'onbekend' ? 'onbekend' : besparing >= Math.ceil(Math.min(aanvraag.bedragInCenten, MAXIMUM_IN_CENTEN) * KOSTEN_BATEN_FACTOR);
  const schuldhulp = en(aanvraag.schuldhulpverlenerBetrokken ?? 'onbekend', aanvraag.schuldenTotMinimumTeruggebracht ?? 'onbekend');
  const schulden = of(niet(aanvraag.schulden), schuldhulp);
  const criteria = [aanvraag.voorliggendeVoorzieningenBenut, aanvraag.voorkomtOfVerkortOpvang, herkomst, kostenBaten, schulden];
  if (criteria.includes(false)) return 'afwijzen';
  return criteria.includes('onbekend') ? 'aanvullen' : 'toekennen';
}

function niet(a: Feit): Feit {
  return a === 'onbekend' ? a : !a;
}
function en(a: Feit, b: Feit): Feit {
  if (a === false || b === false) return false;
  return a === true && b === true ? true : 'onbekend';
}
function of(a: Feit, b: Feit): Feit {
  if (a === true || b === true) return true;
  return a === false && b === false ? false : 'onbekend';
}
