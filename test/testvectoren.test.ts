import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { REGELS, bepaalHerkomst, voerTestvectorsUit, zoekRegel, type Implementatie } from '../src/index.js';
import { veldfoutenVan } from './helpers.js';

const bestanden = readdirSync('test/vectors').filter((naam) => naam.endsWith('.json'));
const deze: Implementatie = (regel, invoer, opties) => zoekRegel(regel).beoordeel(invoer, opties);
const lees = (naam: string) => JSON.parse(readFileSync(`test/vectors/${naam}`, 'utf8')) as unknown;

describe('de meegeleverde testvectoren', () => {
  it('er is voor elke regel in het register een bestand', () => {
    expect(bestanden.sort()).toEqual(Object.keys(REGELS).map((regel) => `${regel}.json`).sort());
  });

  describe.each(bestanden)('%s', (bestand) => {
    const verslag = voerTestvectorsUit(lees(bestand), deze);
    it.each(verslag.uitslagen.map((uitslag) => [uitslag.naam, uitslag] as const))('%s', (_naam, uitslag) => {
      expect(uitslag.verschillen).toEqual([]);
      expect(uitslag.geslaagd).toBe(true);
    });
  });
});

describe('voerTestvectorsUit vindt fouten in een andere implementatie', () => {
  const bestand = {
    regel: 'herkomst',
    formaat: 1,
    vectoren: [
      {
        naam: 'Wierden hoort bij Almelo',
        invoer: { gemeenteVanHerkomst: 'Wierden', regio: 'almelo', peildatum: '2024-05-01' },
        verwacht: { uitkomst: 'binnen-regio', gronden: { 'herkomst.regio': 'voldaan' }, ontbrekendeGegevens: [], peildatum: '2024-05-01', velden: { gemeente: { code: 'GM0189', naam: 'Wierden' } } },
      },
      { naam: 'Tikfout is een fout', invoer: { gemeenteVanHerkomst: 'Almeloo', regio: 'almelo', peildatum: '2024-05-01' }, verwacht: { fout: { paden: ['gemeenteVanHerkomst'] } } },
    ],
  };

  it('deze bibliotheek slaagt voor beide', () => {
    expect(voerTestvectorsUit(bestand, deze)).toMatchObject({ regel: 'herkomst', totaal: 2, geslaagd: 2 });
  });

  it('een implementatie die alles afwijst faalt, met de verschillen genoemd', () => {
    const afwijzer: Implementatie = () => ({ uitkomst: 'buiten-regio', gronden: [{ regel: 'herkomst.regio', status: 'niet-voldaan' }], ontbrekendeGegevens: ['x'], peildatum: '2024-05-02', gemeente: null });
    const verslag = voerTestvectorsUit(bestand, afwijzer);
    expect(verslag.geslaagd).toBe(0);
    expect(verslag.uitslagen[0]!.verschillen).toEqual([
      "uitkomst: verwacht 'binnen-regio', kreeg 'buiten-regio'",
      "herkomst.regio: verwacht 'voldaan', kreeg 'niet-voldaan'",
      'ontbrekendeGegevens: verwacht [], kreeg ["x"]',
      'peildatum: verwacht "2024-05-01", kreeg "2024-05-02"',
      'gemeente: verwacht {"code":"GM0189","naam":"Wierden"}, kreeg null',
    ]);
    expect(verslag.uitslagen[1]!.verschillen).toEqual(["verwacht een fout op gemeenteVanHerkomst, maar kreeg uitkomst 'buiten-regio'"]);
  });

  it('een implementatie die fouten teruggeeft (niet gooit) of een grond mist, wordt ook goed gelezen', () => {
    const terugmelder: Implementatie = (_regel, invoer) =>
      (invoer as { gemeenteVanHerkomst: string }).gemeenteVanHerkomst === 'Almeloo' ? { fouten: [{ pad: 'regio' }] } : { uitkomst: 'binnen-regio', gronden: [] };
    const verslag = voerTestvectorsUit(bestand, terugmelder);
    expect(verslag.uitslagen[0]!.verschillen).toContain("herkomst.regio: verwacht 'voldaan', maar de grond ontbreekt");
    expect(verslag.uitslagen[1]!.verschillen).toEqual(['verwacht een fout op gemeenteVanHerkomst, kreeg fouten op regio']);
  });

  it('een implementatie die crasht of iets vreemds teruggeeft faalt met een beschrijving', () => {
    const crasher: Implementatie = () => {
      throw new TypeError('kapot');
    };
    expect(voerTestvectorsUit(bestand, crasher).uitslagen.map((uitslag) => uitslag.verschillen[0])).toEqual([
      "verwacht uitkomst 'binnen-regio', maar gooide TypeError: kapot",
      'verwacht een fout op gemeenteVanHerkomst, maar gooide TypeError: kapot',
    ]);
    expect(voerTestvectorsUit(bestand, () => 42).uitslagen[0]!.verschillen).toEqual(["verwacht uitkomst 'binnen-regio', maar gaf 42"]);
    expect(voerTestvectorsUit(bestand, () => {
      throw 'tekst';
    }).uitslagen[0]!.verschillen).toEqual(["verwacht uitkomst 'binnen-regio', maar gooide tekst"]);
  });

  it('een fout verwacht maar een fout zonder object gekregen telt als verschil', () => {
    const geenFout: Implementatie = (_regel, invoer) => bepaalHerkomst(invoer as never);
    expect(voerTestvectorsUit({ ...bestand, vectoren: [bestand.vectoren[1]!] }, geenFout).geslaagd).toBe(1);
  });

  it('een BigInt als antwoord of een gegooid object zonder prototype is een verschil, geen crash', () => {
    expect(voerTestvectorsUit(bestand, () => 10n).uitslagen[0]!.verschillen).toEqual(["verwacht uitkomst 'binnen-regio', maar gaf een waarde die geen JSON is"]);
    const gooier: Implementatie = () => {
      throw Object.create(null);
    };
    expect(voerTestvectorsUit(bestand, gooier).uitslagen[1]!.verschillen).toEqual(['verwacht een fout op gemeenteVanHerkomst, maar gooide iets anders dan een fout']);
  });

  it('een __proto__-sleutel in de verwachte gronden of een naam van alleen spaties is een fout in het bestand', () => {
    const vals = JSON.parse('{"regel":"herkomst","formaat":1,"vectoren":[{"naam":"vals","invoer":{},"verwacht":{"uitkomst":"binnen-regio","gronden":{"__proto__":"voldaan"}}}]}') as unknown;
    expect(veldfoutenVan(() => voerTestvectorsUit(vals, deze)).map((fout) => fout.pad)).toEqual(['vectoren.0.verwacht.gronden']);
    expect(veldfoutenVan(() => voerTestvectorsUit({ ...bestand, vectoren: [{ ...bestand.vectoren[0], naam: '  ' }] }, deze)).map((fout) => fout.pad)).toEqual(['vectoren.0.naam']);
  });

  it('een bestand dat niet het testvectorformaat heeft is een fout met pad', () => {
    expect(veldfoutenVan(() => voerTestvectorsUit({ regel: 'herkomst', formaat: 2, vectoren: [] }, deze)).map((fout) => fout.pad)).toEqual(['formaat', 'vectoren']);
  });
});
