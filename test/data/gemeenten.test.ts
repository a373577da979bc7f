import { describe, expect, it } from 'vitest';
import { zoekGemeente } from '../../src/index.js';
import { GEMEENTEN_2023 } from '../../src/data/gegenereerd.js';
import { veldfoutenVan } from '../helpers.js';

describe('zoekGemeente', () => {
  it.each(GEMEENTEN_2023.map(([code, naam]) => [naam, code] as const))('vindt %s (%s) op naam en op code in drie spellingen', (naam, code) => {
    const nummer = code.slice(2);
    for (const vraag of [naam, naam.toUpperCase(), code, code.toLowerCase(), nummer, String(Number(nummer))]) {
      const gevonden = zoekGemeente(vraag, '2024-01-01');
      expect(gevonden.code, vraag).toBe(code);
      expect(gevonden.naam).toBe(naam);
      expect(gevonden.herindeling).toBeNull();
    }
  });

  it.each([
    ["'s-Hertogenbosch", 'GM0796'],
    ['s hertogenbosch', 'GM0796'],
    ['Den Bosch', 'GM0796'],
    ['den  bosch', 'GM0796'],
    ["'s-Gravenhage", 'GM0518'],
    ['Den Haag', 'GM0518'],
    ['rijssen holten', 'GM1742'],
    ['Sudwest Fryslan', 'GM1900'],
    ['noardeast-fryslân', 'GM1970'],
    ['Bergen (NH.)', 'GM0373'],
    ['bergen l', 'GM0893'],
    ['  Almelo  ', 'GM0141'],
  ])('vindt %s ongeacht hoofdletters, accenten, leestekens en gangbare namen', (vraag, code) => {
    expect(zoekGemeente(vraag).code).toBe(code);
  });

  describe('een opgeheven gemeente wordt op en na de herindelingsdatum haar opvolger', () => {
    it.each([
      ['Weesp', '2022-03-23', '2022-03-24', 'Amsterdam', 'GM0363'],
      ['Heerhugowaard', '2021-12-31', '2022-01-01', 'Dijk en Waard', 'GM1980'],
      ['Beemster', '2021-12-31', '2022-01-01', 'Purmerend', 'GM0439'],
      ['Uden', '2021-12-31', '2022-01-01', 'Maashorst', 'GM1991'],
      ['Mill en Sint Hubert', '2021-12-31', '2022-01-01', 'Land van Cuijk', 'GM1982'],
      ['Brielle', '2022-12-31', '2023-01-01', 'Voorne aan Zee', 'GM1992'],
      ['GM0614', '2022-12-31', '2023-01-01', 'Voorne aan Zee', 'GM1992'],
    ])('%s: op %s nog zichzelf, op %s %s', (vraag, dagervoor, datum, opvolger, code) => {
      const ervoor = zoekGemeente(vraag, dagervoor);
      expect(ervoor.herindeling).toBeNull();
      expect(ervoor.code).not.toBe(code);
      const erna = zoekGemeente(vraag, datum);
      expect(erna).toMatchObject({ naam: opvolger, code, herindeling: { datum, voormaligeGemeente: { code: ervoor.code, naam: ervoor.naam } } });
    });

    it('zonder peildatum gelden alle bekende herindelingen', () => {
      expect(zoekGemeente('Weesp').naam).toBe('Amsterdam');
    });
  });

  it('een door herindeling ontstane gemeente bestond de dag ervoor nog niet', () => {
    expect(zoekGemeente('Voorne aan Zee', '2023-01-01').code).toBe('GM1992');
    expect(veldfoutenVan(() => zoekGemeente('Voorne aan Zee', '2022-12-31'))).toEqual([
      { pad: 'naamOfCode', melding: "gemeente 'Voorne aan Zee' bestond op 2022-12-31 nog niet (ontstaan op 2023-01-01)" },
    ]);
    expect(zoekGemeente('Purmerend', '2021-06-01').code).toBe('GM0439');
  });

  it.each([
    ['Almeloo', "onbekende gemeente 'Almeloo'; bedoelt u 'Almelo'?"],
    ['Zwole', "onbekende gemeente 'Zwole'; bedoelt u 'Zwolle'?"],
    ['Wierdne', "onbekende gemeente 'Wierdne'; bedoelt u 'Wierden'?"],
    ['Bergen', "onbekende gemeente 'Bergen'; bedoelt u 'Berg en Dal', 'Bergen (L.)' of 'Bergen (NH.)'?"],
    ['Rijssen', "onbekende gemeente 'Rijssen'; bedoelt u 'Rijssen-Holten'?"],
    ['Atlantis', "onbekende gemeente 'Atlantis'"],
    ['xy', "onbekende gemeente 'xy'"],
    ['GM9999', "onbekende gemeentecode 'GM9999'"],
    ['0', "onbekende gemeentecode '0'"],
  ])('%s is onbekend, met een suggestie bij een kleine tikfout', (vraag, melding) => {
    expect(veldfoutenVan(() => zoekGemeente(vraag))).toEqual([{ pad: 'naamOfCode', melding }]);
  });

  it('weigert een lege naam, een niet-tekst en een onbestaande peildatum, met het pad', () => {
    expect(veldfoutenVan(() => zoekGemeente('  '))).toEqual([{ pad: 'naamOfCode', melding: 'moet een gemeentenaam of CBS-code zijn' }]);
    expect(veldfoutenVan(() => zoekGemeente(141 as never, '2026-02-30'))).toEqual([
      { pad: 'naamOfCode', melding: 'moet een gemeentenaam of CBS-code zijn' },
      { pad: 'peildatum', melding: 'moet een bestaande datum zijn in de vorm JJJJ-MM-DD' },
    ]);
  });

  it('kort een lange onbekende tekst in de melding in', () => {
    const [fout] = veldfoutenVan(() => zoekGemeente('x'.repeat(200)));
    expect(fout!.melding.length).toBeLessThan(100);
  });
});
