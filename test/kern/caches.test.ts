import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { beoordeelVersnelfonds, bepaalHerkomst, berekenVerblijfstermijn, classificeerSituatie, defineBeleid } from '../../src/index.js';

// De caches van de beslisroute (samengevoegde bronnen per reeks bevroren bronnen, zinnen per
// bevroren waarde en naam, teksten per bevroren regio) houden alleen afgeleide, onveranderlijke
// gegevens vast. Een tweede beslissing moet dus gelijk zijn aan de eerste en er geen enkel object
// mee delen, en wie een eerste resultaat verandert, verandert geen later resultaat (SPEC §2.8).

const aanvraag = {
  ingediendOp: '2025-04-05T14:30:00+02:00',
  vorm: 'gift',
  bedragInCenten: 120_000,
  gemeenteVanHerkomst: 'Wierden',
  voorliggendeVoorzieningenBenut: true,
  voorkomtOfVerkortOpvang: true,
  verwachteBesparingInCenten: 450_000,
  schulden: true,
  schuldhulpverlenerBetrokken: true,
  schuldenTotMinimumTeruggebracht: 'onbekend',
} as const;

// Een eigen beleid met interpretaties ("in dit beleid"), eigen documenten en een eigen regio.
const eigenBeleid = defineBeleid(JSON.parse(readFileSync(new URL('../../examples/beleid/amsterdam-amstelland.json', import.meta.url), 'utf8')));

const GEVALLEN: ReadonlyArray<[string, () => object]> = [
  ['versnelfonds met een eigen beleid', () => beoordeelVersnelfonds({ ...aanvraag, gemeenteVanHerkomst: 'Diemen' }, { beleid: eigenBeleid })],
  ['herkomst in een eigen regio', () => bepaalHerkomst({ gemeenteVanHerkomst: 'Weesp', regio: 'amsterdam-amstelland', peildatum: '2024-05-01' }, { beleid: eigenBeleid })],
  ['versnelfonds', () => beoordeelVersnelfonds(aanvraag)],
  ['versnelfonds, van buiten de regio', () => beoordeelVersnelfonds({ ...aanvraag, gemeenteVanHerkomst: 'Weesp' })],
  ['herkomst', () => bepaalHerkomst({ gemeenteVanHerkomst: 'Weesp', regio: 'almelo', peildatum: '2024-05-01' })],
  ['herkomst, Twente', () => bepaalHerkomst({ gemeenteVanHerkomst: 'Hengelo', regio: 'enschede', peildatum: '2024-05-01' })],
  ['verblijfstermijn', () => berekenVerblijfstermijn({ regio: 'ijssel-vecht', opvangvorm: 'acute-opvang', startdatum: '2026-05-03', gemeenteVanHerkomst: 'Almelo', peildatum: '2026-05-05' })],
  ['verblijfstermijn met uitgesloten waarden', () => berekenVerblijfstermijn({ regio: 'ijssel-vecht', opvangvorm: 'acute-opvang', startdatum: '2026-05-03', gemeenteVanHerkomst: 'Zwolle', peildatum: '2026-05-05' })],
  ['situatie', () => classificeerSituatie({ woonsituatie: 'nachtopvang', gebeurtenissen: [{ soort: 'uitstroom-instelling', datum: '2025-01-01' }, { soort: 'overlijden-naaste' }], doelgroepen: [], problematiek: 'enkelvoudig', lokaleMogelijkhedenToereikend: false })],
];

/** Alle objecten (en lijsten) in een resultaat. */
function objectenIn(waarde: unknown, gezien = new Set<object>()): Set<object> {
  if (waarde !== null && typeof waarde === 'object' && !gezien.has(waarde)) {
    gezien.add(waarde);
    for (const deel of Object.values(waarde)) objectenIn(deel, gezien);
  }
  return gezien;
}

/** Verandert elk veld van elk object in een resultaat: teksten, getallen, en lijsten worden leeggemaakt. */
function verknoei(waarde: unknown): void {
  if (waarde === null || typeof waarde !== 'object') return;
  for (const [sleutel, deel] of Object.entries(waarde)) {
    verknoei(deel);
    const object = waarde as Record<string, unknown>;
    if (typeof deel === 'string') object[sleutel] = `${deel} (veranderd)`;
    else if (typeof deel === 'number') object[sleutel] = deel + 1;
  }
  if (Array.isArray(waarde)) waarde.push('erbij');
}

describe('caches van de beslisroute', () => {
  it('een eigen beleid en het ingebouwde beleid, om en om: elk houdt zijn eigen zinnen (een interpretatie "in dit beleid" of "van ons")', () => {
    const eigen = () => JSON.stringify(beoordeelVersnelfonds({ ...aanvraag, gemeenteVanHerkomst: 'Diemen' }, { beleid: eigenBeleid }));
    const ingebouwd = () => JSON.stringify(beoordeelVersnelfonds({ ...aanvraag, ingediendOp: '2025-04-05T14:30:00+02:00' }));
    const [eersteEigen, eersteIngebouwd] = [eigen(), ingebouwd()];
    expect(eersteEigen).toContain('in dit beleid');
    expect(eersteEigen).not.toContain('van ons');
    expect(eersteIngebouwd).toContain('van ons');
    for (let keer = 0; keer < 3; keer++) {
      expect(ingebouwd()).toBe(eersteIngebouwd);
      expect(eigen()).toBe(eersteEigen);
    }
  });

  it.each(GEVALLEN)('%s: een tweede beslissing is gelijk aan de eerste en deelt er geen object mee', (_, beslis) => {
    const eerste = beslis();
    const tweede = beslis();
    expect(tweede).toEqual(eerste);
    const vanEerste = objectenIn(eerste);
    for (const object of objectenIn(tweede)) expect(vanEerste.has(object)).toBe(false);
  });

  it.each(GEVALLEN)('%s: een veranderd eerste resultaat verandert geen later resultaat', (_, beslis) => {
    const eerste = beslis();
    const kopie = structuredClone(eerste);
    verknoei(eerste);
    expect(eerste).not.toEqual(kopie);
    expect(beslis()).toEqual(kopie);
  });
});
