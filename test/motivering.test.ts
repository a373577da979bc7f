import { describe, expect, it } from 'vitest';
import { beschrijfBron, bepaalHerkomst, motivering, type Beoordeling } from '../src/index.js';

describe('motivering', () => {
  it('schrijft de uitkomst, peildatum en per criterium status, toelichting en bron, in het Nederlands', () => {
    const tekst = motivering(bepaalHerkomst({ gemeenteVanHerkomst: 'Wierden', regio: 'almelo', peildatum: '2024-05-01' }));
    expect(tekst.split('\n').slice(0, 5)).toEqual([
      'Herkomst: binnen de regio',
      'Peildatum: 1 mei 2024',
      '',
      'Gronden:',
      '- herkomst.regio (voldaan): Wierden (GM0189) hoort op 1 mei 2024 bij de regio Almelo (centrumgemeente Almelo).',
    ]);
    expect(tekst).toContain('  Bron: Raadsbrief: verlenging regioplan Beschermd wonen en maatschappelijke opvang 2020-2023 tot en met december 2025 (Gemeente Almelo, 2024), De samenwerking: "');
    expect(tekst).not.toContain('Ontbrekende gegevens');
  });

  it('in het Engels, met ontbrekende gegevens', () => {
    const tekst = motivering(bepaalHerkomst({ gemeenteVanHerkomst: 'onbekend', regio: 'ijssel-vecht', peildatum: '2025-03-01' }), { taal: 'en' });
    expect(tekst).toMatch(/^Origin: more information needed\nReference date: 1 March 2025\n\nGrounds:\n- herkomst\.regio \(unknown\): The municipality of origin is unknown/);
    expect(tekst).toContain('  Source: Centrumregeling regio IJssel-Vecht');
    expect(tekst.endsWith('\n\nMissing information: gemeenteVanHerkomst')).toBe(true);
  });

  it('werkt ook na JSON heen en terug, en voor een onbekende regel met beleid', () => {
    const beoordeling = JSON.parse(JSON.stringify(bepaalHerkomst({ gemeenteVanHerkomst: 'Saba', regio: 'twente', peildatum: '2025-03-01' }))) as Beoordeling<string>;
    expect(motivering(beoordeling)).toContain('Herkomst: buiten de regio');
    const eigen: Beoordeling<string> = {
      regel: 'eigen-regel',
      uitkomst: 'ja',
      gronden: [{ regel: 'eigen.a', status: 'niet-van-toepassing', toelichting: 'nvt', toelichtingEn: 'n/a', bronnen: [{ document: 'onbekend-document', onderdeel: '§1' }] }],
      ontbrekendeGegevens: [],
      peildatum: null,
      beleid: { id: 'gemeente-x', versie: '3' },
    };
    expect(motivering(eigen).split('\n')).toEqual(['eigen-regel: ja', 'Beleid: gemeente-x (versie 3)', '', 'Gronden:', '- eigen.a (niet van toepassing): nvt', '  Bron: onbekend-document, §1']);
    expect(motivering(eigen, { taal: 'en' })).toContain('- eigen.a (not applicable): n/a');
  });

  it('een regel- of uitkomstnaam die ook een eigenschap van Object is, wordt gewoon als tekst getoond', () => {
    const vreemd: Beoordeling<string> = { regel: 'toString', uitkomst: 'constructor', gronden: [], ontbrekendeGegevens: [], peildatum: null, beleid: null };
    expect(motivering(vreemd).split('\n')[0]).toBe('toString: constructor');
    const herkomst = { ...bepaalHerkomst({ gemeenteVanHerkomst: 'Saba', regio: 'twente', peildatum: '2025-03-01' }), uitkomst: 'toString' };
    expect(motivering(herkomst as Beoordeling<string>).split('\n')[0]).toBe('Herkomst: toString');
  });

  it('noemt een duur, datum en aantal dagen alleen als ze de juiste vorm hebben (ook na JSON heen en terug)', () => {
    const basis: Beoordeling<string> = { regel: 'verblijfstermijn', uitkomst: 'binnen-termijn', gronden: [], ontbrekendeGegevens: [], peildatum: null, beleid: null };
    const goed = { ...basis, maximaleDuur: { aantal: 1, eenheid: 'weken' }, uiterlijkeVertrekdatum: '2026-05-15', resterendeDagen: 3 };
    expect(motivering(goed).split('\n').slice(1, 4)).toEqual(['Maximale verblijfsduur: 1 week', 'Uiterlijke vertrekdatum: 15 mei 2026', 'Resterende dagen: 3']);
    const fout = { ...basis, maximaleDuur: { aantal: 1, eenheid: 'jaren' }, uiterlijkeVertrekdatum: '2026-02-30', resterendeDagen: 1.5 };
    const leeg = { ...basis, maximaleDuur: null, uiterlijkeVertrekdatum: null, resterendeDagen: null };
    for (const beoordeling of [fout, leeg, { ...basis, maximaleDuur: 'lang' }]) expect(motivering(beoordeling).split('\n')[1]).toBe('');
  });

  it('beschrijfBron geeft titel, uitgever, jaar, onderdeel en citaat', () => {
    expect(beschrijfBron({ document: 'wmo-2015', onderdeel: 'art. 1.2.1 onder b', citaat: 'tot welke hij zich wendt' })).toBe(
      'Wet maatschappelijke ondersteuning 2015 (Rijksoverheid, 2015), art. 1.2.1 onder b: "tot welke hij zich wendt"',
    );
  });
});
