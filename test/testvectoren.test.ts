import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { REGELS, bepaalHerkomst, voerTestvectorsUit, zoekRegel, type Implementatie, type RegelId } from '../src/index.js';
import { veldfoutenVan } from './helpers.js';

const bestanden = readdirSync('test/vectors').filter((naam) => naam.endsWith('.json'));
const deze: Implementatie = (regel, invoer, opties) => zoekRegel(regel).beoordeel(invoer, opties);
const lees = (naam: string) => JSON.parse(readFileSync(`test/vectors/${naam}`, 'utf8')) as unknown;

/**
 * De velden van een beoordeling die de boekhouding van deze bibliotheek zijn, geen contract: in de
 * meegeleverde vectoren staan ze alleen in `verwacht.extra` (de lijst en de redenen staan in
 * docs/testvectoren.md).
 */
const EXTRA = ['toegepasteWaarden', 'uitgeslotenWaarden', 'beleid', 'eigenDocumenten', 'pakketversie', 'regio', 'statusVanDuur', 'statusVanTermijn'];

type Verwachting = { uitkomst?: string; fout?: unknown; ontbrekendeGegevens?: string[]; velden?: Record<string, unknown>; extra?: Record<string, unknown> };
const vectorenVan = (naam: string) => (lees(naam) as { regel: RegelId; vectoren: Array<{ naam: string; invoer: unknown; opties?: unknown; verwacht: Verwachting }> });

/**
 * Een onafhankelijk systeem zoals de gemeente het zou bouwen: het geeft de uitkomst, de status
 * per criterium, `ontbrekendeGegevens`, `peildatum` en de regelspecifieke velden, maar niets van
 * de boekhouding van deze bibliotheek (en geen toelichtingen, bronnen of `regel`).
 */
const eigenSysteem: Implementatie = (regel, invoer, opties) => {
  const { gronden, ...rest } = zoekRegel(regel).beoordeel(invoer, opties) as unknown as Record<string, unknown> & { gronden: Array<{ regel: string; status: string }> };
  const antwoord: Record<string, unknown> = { gronden: gronden.map(({ regel: criterium, status }) => ({ regel: criterium, status })) };
  for (const [veld, waarde] of Object.entries(rest)) if (!EXTRA.includes(veld) && veld !== 'regel') antwoord[veld] = waarde;
  return antwoord;
};

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

describe('contract en extra: wat een eigen systeem moet geven, en wat boekhouding van deze bibliotheek is', () => {
  it.each(bestanden)('%s: velden noemt geen boekhouding, extra alleen boekhouding', (naam) => {
    for (const { naam: geval, verwacht } of vectorenVan(naam).vectoren) {
      expect(Object.keys(verwacht.velden ?? {}).filter((veld) => EXTRA.includes(veld)), geval).toEqual([]);
      expect(Object.keys(verwacht.extra ?? {}).filter((veld) => !EXTRA.includes(veld)), geval).toEqual([]);
    }
  });

  it('de meegeleverde vectoren hebben elk van de vier boekhoudvelden ergens in extra (anders toetst niets ze)', () => {
    const genoemd = new Set(bestanden.flatMap((naam) => vectorenVan(naam).vectoren.flatMap((vector) => Object.keys(vector.verwacht.extra ?? {}))));
    expect(['toegepasteWaarden', 'uitgeslotenWaarden', 'beleid', 'eigenDocumenten'].filter((veld) => !genoemd.has(veld))).toEqual([]);
  });

  it('docs/testvectoren.md noemt elk veld van extra, in beide talen', () => {
    const tekst = readFileSync('docs/testvectoren.md', 'utf8');
    const [nl, en] = tekst.split('## Test vectors: the format') as [string, string];
    for (const veld of EXTRA) {
      expect(nl, veld).toContain(`\`${veld}\``);
      expect(en, veld).toContain(`\`${veld}\``);
    }
  });

  describe.each(bestanden)('%s', (naam) => {
    it('een systeem zonder de boekhouding slaagt voor elk geval met alleenContract', () => {
      const verslag = voerTestvectorsUit(lees(naam), eigenSysteem, { alleenContract: true });
      expect(verslag.uitslagen.filter((uitslag) => !uitslag.geslaagd)).toEqual([]);
    });

    it('zonder alleenContract faalt het precies op de gevallen met extra, en alleen op (extra)', () => {
      const bestand = vectorenVan(naam);
      const verslag = voerTestvectorsUit(bestand, eigenSysteem);
      const metExtra = bestand.vectoren.filter((vector) => Object.keys(vector.verwacht.extra ?? {}).length > 0).map((vector) => vector.naam);
      expect(verslag.uitslagen.filter((uitslag) => !uitslag.geslaagd).map((uitslag) => uitslag.naam)).toEqual(metExtra);
      expect(verslag.uitslagen.flatMap((uitslag) => uitslag.verschillen).filter((verschil) => !/^\w+ \(extra\): verwacht /.test(verschil))).toEqual([]);
    });
  });

  const bestand = {
    regel: 'herkomst',
    formaat: 1,
    vectoren: [
      {
        naam: 'Wierden hoort bij Almelo',
        invoer: { gemeenteVanHerkomst: 'Wierden', regio: 'almelo', peildatum: '2024-05-01' },
        verwacht: { uitkomst: 'binnen-regio', gronden: { 'herkomst.regio': 'voldaan' }, velden: { gemeente: { code: 'GM0189', naam: 'Wierden' } }, extra: { uitgeslotenWaarden: [], beleid: { id: 'almelo' } } },
      },
    ],
  };
  const antwoord = { uitkomst: 'binnen-regio', gronden: [{ regel: 'herkomst.regio', status: 'voldaan' }], gemeente: { code: 'GM0189', naam: 'Wierden' } };

  it('extra wordt standaard vergeleken, als velden, met (extra) in het verschil', () => {
    expect(voerTestvectorsUit(bestand, () => antwoord).uitslagen[0]!.verschillen).toEqual(['uitgeslotenWaarden (extra): verwacht [], kreeg undefined', 'beleid (extra): verwacht {"id":"almelo"}, kreeg undefined']);
    expect(voerTestvectorsUit(bestand, () => ({ ...antwoord, uitgeslotenWaarden: [], beleid: { id: 'almelo' } })).geslaagd).toBe(1);
    expect(voerTestvectorsUit(bestand, () => antwoord, { alleenContract: false }).geslaagd).toBe(0);
    expect(voerTestvectorsUit(bestand, () => antwoord, {}).geslaagd).toBe(0);
  });

  it('met alleenContract wordt extra niet vergeleken en niet genoemd, velden wel', () => {
    expect(voerTestvectorsUit(bestand, () => antwoord, { alleenContract: true })).toMatchObject({ totaal: 1, geslaagd: 1, uitslagen: [{ verschillen: [] }] });
    expect(voerTestvectorsUit(bestand, () => ({ ...antwoord, beleid: 'iets anders' }), { alleenContract: true }).geslaagd).toBe(1);
    expect(voerTestvectorsUit(bestand, () => ({ ...antwoord, gemeente: null }), { alleenContract: true }).uitslagen[0]!.verschillen).toEqual(['gemeente: verwacht {"code":"GM0189","naam":"Wierden"}, kreeg null']);
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
