// SPEC §2.8 voor motivering en voerTestvectorsUit: elke waarde geeft een tekst (of een verslag)
// of een OngeldigeInvoerFout, nooit een TypeError of RangeError; alleen eigen gegevens worden
// gelezen, en één keer; meldingen herhalen geen vrije tekst uit de invoer.
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { OngeldigeInvoerFout, bepaalHerkomst, motivering, voerTestvectorsUit, zoekRegel, type Beoordeling, type Implementatie } from '../../src/index.js';
import { diepBevroren } from '../helpers.js';

const deze: Implementatie = (regel, invoer, opties) => zoekRegel(regel).beoordeel(invoer, opties);
const bestanden = readdirSync('test/vectors').filter((naam) => naam.endsWith('.json'));
const leesBestand = (naam: string) => JSON.parse(readFileSync(`test/vectors/${naam}`, 'utf8')) as { regel: string; vectoren: Array<{ invoer: unknown; opties?: unknown; verwacht: Record<string, unknown> }> };

/** Elke beoordeling die de meegeleverde vectoren opleveren. */
const beoordelingen: Array<Beoordeling<string>> = bestanden.flatMap((naam) => {
  const { regel, vectoren } = leesBestand(naam);
  return vectoren.filter((vector) => !('fout' in vector.verwacht)).map((vector) => deze(regel, vector.invoer, vector.opties) as Beoordeling<string>);
});
const herkomst = bepaalHerkomst({ gemeenteVanHerkomst: 'Zwolle', regio: 'almelo', peildatum: '2024-05-01' });
const VORMEN = [undefined, { taal: 'en' }, { vorm: 'technisch' }, { taal: 'en', vorm: 'technisch' }] as const;
const allesVan = (beoordeling: unknown) => VORMEN.map((opties) => motivering(beoordeling as Beoordeling<string>, opties));

const PII = 'Jan Jansen BSN 123456782';

/** Voert `actie` uit: een tekst, of de veldfouten van een OngeldigeInvoerFout; elke andere fout laat de test falen. */
function uitkomstVan(actie: () => unknown): { tekst: unknown } | { fouten: Array<{ pad: string; melding: string }> } {
  try {
    return { tekst: actie() };
  } catch (fout) {
    if (!(fout instanceof OngeldigeInvoerFout)) throw new Error(`geen OngeldigeInvoerFout maar ${String(fout)}`);
    expect(fout.fouten.length).toBeGreaterThan(0);
    for (const veldfout of fout.fouten) {
      expect(typeof veldfout.pad).toBe('string');
      expect(typeof veldfout.melding).toBe('string');
    }
    return { fouten: fout.fouten };
  }
}

function foutenVan(actie: () => unknown): Array<{ pad: string; melding: string }> {
  const uitkomst = uitkomstVan(actie);
  if (!('fouten' in uitkomst)) throw new Error('verwacht een OngeldigeInvoerFout, maar kreeg een tekst');
  return uitkomst.fouten;
}

/** Zet velden op Object.prototype zolang `actie` loopt, en ruimt ze altijd op. */
function metVervuildPrototype<T>(velden: Record<string, unknown>, actie: () => T): T {
  for (const [sleutel, waarde] of Object.entries(velden)) Object.defineProperty(Object.prototype, sleutel, { value: waarde, configurable: true, writable: true, enumerable: false });
  try {
    return actie();
  } finally {
    for (const sleutel of Object.keys(velden)) delete (Object.prototype as Record<string, unknown>)[sleutel];
  }
}

const VERVUILING: Record<string, unknown> = {
  taal: 'en',
  vorm: 'technisch',
  naam: 'VERVUILD',
  soort: 'signaal',
  basis: { status: 'ambitie', toelichting: 'VERVUILD', toelichtingEn: 'VERVUILD' },
  interpretaties: [{ id: 'x', toelichting: 'VERVUILD', toelichtingEn: 'VERVUILD' }],
  citaat: 'VERVUILD',
  namen: { 'eigen-gemeente': { nl: 'VERVUILD', en: 'VERVUILD' }, Wijkteam: { nl: 'VERVUILD', en: 'VERVUILD' } },
  value: 'VERVUILD',
  regisseur: 'VERVUILD',
  gevraagdBedragInCenten: 1234,
  toekenbaarBedragInCenten: 1234,
  beoordelenUiterlijk: '2026-01-01T00:00:00Z',
  maximaleDuur: { aantal: 3, eenheid: 'weken' },
  uiterlijkeVertrekdatum: '2026-01-01',
  resterendeDagen: 7,
  ethosLight: 3,
  routes: [1, 2],
  primaireRoute: 1,
  opvang: 'eigen-gemeente',
  0: { document: 'x', onderdeel: 'VERVUILD' },
};

afterEach(() => {
  for (const sleutel of Object.keys(VERVUILING)) expect(Object.hasOwn(Object.prototype, sleutel)).toBe(false);
});

describe('motivering leest alleen eigen gegevens, één keer', () => {
  it('er zijn beoordelingen van elke regel om mee te toetsen', () => {
    expect(new Set(beoordelingen.map((beoordeling) => beoordeling.regel)).size).toBe(bestanden.length);
  });

  it('een vervuild Object.prototype verandert geen tekst (elke vector, beide talen, beide vormen, ook na JSON)', () => {
    const verwacht = beoordelingen.map(allesVan);
    const kopieën = beoordelingen.map((beoordeling) => JSON.parse(JSON.stringify(beoordeling)) as unknown);
    const vervuild = metVervuildPrototype(VERVUILING, () => [beoordelingen.map(allesVan), kopieën.map(allesVan), allesVan({ ...herkomst, beleid: { id: 'x', versie: '1' } })]);
    expect(vervuild[0]).toEqual(verwacht);
    expect(vervuild[1]).toEqual(verwacht);
    expect(vervuild[2]).toEqual(allesVan({ ...herkomst, beleid: { id: 'x', versie: '1' } }));
    expect(vervuild[2]![0]).not.toContain('VERVUILD');
  });

  it('een opgeslagen beoordeling van een oudere versie (zonder soort, basis, interpretaties) geeft een tekst', () => {
    const oud = { ...herkomst, gronden: herkomst.gronden.map(({ soort: _soort, basis: _basis, interpretaties: _interpretaties, ...grond }) => grond) };
    const tekst = motivering(oud as unknown as Beoordeling<string>);
    expect(tekst.split('\n')[0]).toBe('Herkomst: buiten de regio');
    expect(tekst).not.toContain('Aandachtspunten');
    expect(metVervuildPrototype(VERVUILING, () => motivering(oud as unknown as Beoordeling<string>))).toBe(tekst);
  });

  it('diep bevroren invoer werkt', () => {
    expect(allesVan(diepBevroren(structuredClone(herkomst)))).toEqual(allesVan(herkomst));
  });

  it('elk veld wordt één keer gelezen: een Proxy die de tweede keer iets anders zegt, verandert niets', () => {
    const gelezen = new Map<PropertyKey, number>();
    const wispelturig = <T extends object>(doel: T): T =>
      new Proxy(doel, {
        getOwnPropertyDescriptor(object, sleutel) {
          const keer = (gelezen.get(sleutel) ?? 0) + 1;
          gelezen.set(sleutel, keer);
          const beschrijving = Reflect.getOwnPropertyDescriptor(object, sleutel);
          // De tweede keer is het veld een getal: wie twee keer leest, struikelt.
          return keer > 1 && beschrijving ? { ...beschrijving, value: 42 } : beschrijving;
        },
        get: () => 42,
      });
    const beoordeling = wispelturig({ ...herkomst });
    expect(motivering(beoordeling)).toBe(motivering(herkomst));
    expect(gelezen.get('gronden')).toBe(1);
  });

  it('een getter wordt niet aangeroepen maar is een fout op zijn pad', () => {
    let aangeroepen = 0;
    const grond = { ...herkomst.gronden[0]! };
    Object.defineProperty(grond, 'toelichting', { enumerable: true, get: () => `${++aangeroepen}` });
    const opties = Object.defineProperty({}, 'taal', { enumerable: true, get: () => (++aangeroepen, 'en') });
    expect(foutenVan(() => motivering({ ...herkomst, gronden: [grond] }, opties))).toEqual([
      { pad: 'opties.taal', melding: 'moet een gewone waarde zijn, geen getter of setter' },
      { pad: 'gronden.0.toelichting', melding: 'moet een gewone waarde zijn, geen getter of setter' },
    ]);
    expect(aangeroepen).toBe(0);
  });
});

describe('motivering: elke waarde geeft een tekst of een OngeldigeInvoerFout', () => {
  const gooiend = new Proxy({}, { getOwnPropertyDescriptor: () => { throw new Error(PII); }, ownKeys: () => { throw new Error(PII); }, getPrototypeOf: () => { throw new Error(PII); } });
  const ingetrokken = Proxy.revocable({}, {});
  ingetrokken.revoke();
  const kring: Record<string, unknown> = { ...herkomst };
  kring.gronden = [kring];

  it.each([
    ['undefined', undefined, [{ pad: '', melding: 'ontbreekt' }]],
    ['null', null, [{ pad: '', melding: 'moet een beoordeling zijn (een object)' }]],
    ['een getal', 42, [{ pad: '', melding: 'moet een beoordeling zijn (een object)' }]],
    ['een BigInt', 10n, [{ pad: '', melding: 'moet een beoordeling zijn (een object)' }]],
    ['een Symbol', Symbol(PII), [{ pad: '', melding: 'moet een beoordeling zijn (een object)' }]],
    ['een lijst', [herkomst], [{ pad: '', melding: 'moet een beoordeling zijn (een object)' }]],
    ['een Proxy die gooit', gooiend, [{ pad: 'regel', melding: 'kon niet gelezen worden' }]],
    ['een ingetrokken Proxy', ingetrokken.proxy, [{ pad: '', melding: 'kon niet gelezen worden' }]],
  ] as const)('%s', (_naam, waarde, fouten) => {
    expect(foutenVan(() => motivering(waarde as never))).toEqual(fouten);
  });

  it('een leeg object noemt elk verplicht veld', () => {
    expect(foutenVan(() => motivering({} as never)).map((fout) => `${fout.pad}: ${fout.melding}`)).toEqual([
      'regel: ontbreekt',
      'uitkomst: ontbreekt',
      'gronden: ontbreekt',
      'ontbrekendeGegevens: ontbreekt',
      'peildatum: ontbreekt',
      'beleid: ontbreekt',
    ]);
  });

  it('een kring, een onbekende status en ontbrekende velden in een grond zijn fouten met pad, geen TypeError', () => {
    expect(foutenVan(() => motivering(kring as never)).map((fout) => fout.pad)).toEqual(['gronden.0.status', 'gronden.0.toelichting', 'gronden.0.toelichtingEn', 'gronden.0.bronnen']);
    const grond = herkomst.gronden[0]!;
    const fout = (wijziging: Record<string, unknown>) => foutenVan(() => motivering({ ...herkomst, gronden: [{ ...grond, ...wijziging }] } as never));
    expect(fout({ status: PII })).toEqual([{ pad: 'gronden.0.status', melding: "moet een van 'voldaan', 'niet-voldaan', 'onbekend', 'niet-van-toepassing' zijn" }]);
    expect(fout({ soort: PII })).toEqual([{ pad: 'gronden.0.soort', melding: "moet een van 'criterium', 'signaal' zijn" }]);
    expect(fout({ basis: { status: PII, toelichting: 1 } }).map((veldfout) => veldfout.pad)).toEqual(['gronden.0.basis.status', 'gronden.0.basis.toelichting', 'gronden.0.basis.toelichtingEn']);
    expect(fout({ interpretaties: {} })).toEqual([{ pad: 'gronden.0.interpretaties', melding: 'moet een lijst zijn' }]);
    expect(fout({ bronnen: [{ document: 'wmo-2015', onderdeel: 5, citaat: null }] }).map((veldfout) => veldfout.pad)).toEqual(['gronden.0.bronnen.0.onderdeel', 'gronden.0.bronnen.0.citaat']);
    // eslint-disable-next-line no-sparse-arrays
    expect(fout({ bronnen: [, grond.bronnen[0]] })).toEqual([{ pad: 'gronden.0.bronnen.0', melding: 'ontbreekt' }]);
  });

  it('peildatum, beleid en ontbrekendeGegevens worden gecontroleerd', () => {
    const fout = (wijziging: Record<string, unknown>) => foutenVan(() => motivering({ ...herkomst, ...wijziging } as never));
    expect(fout({ peildatum: '2024-13-01' })).toEqual([{ pad: 'peildatum', melding: 'moet een datum zijn in de vorm JJJJ-MM-DD, of null' }]);
    expect(fout({ peildatum: 20240501 })).toEqual([{ pad: 'peildatum', melding: 'moet een datum zijn in de vorm JJJJ-MM-DD, of null' }]);
    expect(fout({ beleid: PII })).toEqual([{ pad: 'beleid', melding: 'moet een object { id, versie } zijn, of null' }]);
    expect(fout({ beleid: { id: 'x' } })).toEqual([{ pad: 'beleid.versie', melding: 'ontbreekt' }]);
    expect(fout({ beleid: { id: 'x', versie: '1', naam: 5 } })).toEqual([{ pad: 'beleid.naam', melding: 'moet een tekst zijn' }]);
    expect(fout({ ontbrekendeGegevens: ['a', 5] })).toEqual([{ pad: 'ontbrekendeGegevens.1', melding: 'moet een tekst zijn' }]);
    expect(fout({ regel: 5, uitkomst: null }).map((veldfout) => veldfout.pad)).toEqual(['regel', 'uitkomst']);
  });

  it('onbekende extra velden mogen (regelspecifieke velden)', () => {
    expect(motivering({ ...herkomst, [PII]: { a: 10n }, extra: () => 1 } as never)).toBe(motivering(herkomst));
  });

  it('grenzen: lange teksten en lange lijsten zijn een veldfout, snel, zonder RangeError', () => {
    const grond = herkomst.gronden[0]!;
    const fout = (wijziging: Record<string, unknown>) => foutenVan(() => motivering({ ...herkomst, ...wijziging } as never));
    expect(fout({ gronden: new Array(2 ** 32 - 1) })).toEqual([{ pad: 'gronden', melding: 'mag ten hoogste 10000 elementen bevatten' }]);
    expect(fout({ gronden: [{ ...grond, toelichting: 'a'.repeat(10_001) }] })).toEqual([{ pad: 'gronden.0.toelichting', melding: 'mag ten hoogste 10000 tekens bevatten' }]);
    expect(fout({ regisseur: 'a'.repeat(10_001) })).toEqual([{ pad: 'regisseur', melding: 'mag ten hoogste 10000 tekens bevatten' }]);
    expect(fout({ gronden: Array.from({ length: 101 }, () => ({ ...grond, toelichting: 'a'.repeat(10_000) })) })).toEqual([{ pad: '', melding: 'is te groot: ten hoogste 1000000 tekens tekst samen' }]);
    const bronnen = Array.from({ length: 5000 }, () => ({ document: 'x', onderdeel: 'y' }));
    expect(fout({ gronden: [{ ...grond, bronnen }, { ...grond, bronnen }, { ...grond, bronnen }] })).toEqual([{ pad: '', melding: 'is te groot: ten hoogste 10000 elementen in alle lijsten samen' }]);
    // Veel foute elementen: ten hoogste 100 meldingen.
    expect(fout({ ontbrekendeGegevens: Array.from({ length: 5000 }, () => 1) })).toHaveLength(100);
  });

  it('opties: taal en vorm uit hun lijst, een object, onbekende opties geteld zonder hun naam', () => {
    expect(foutenVan(() => motivering(herkomst, { taal: 'fr' } as never))).toEqual([{ pad: 'opties.taal', melding: "moet een van 'nl', 'en' zijn" }]);
    expect(foutenVan(() => motivering(herkomst, { vorm: PII } as never))).toEqual([{ pad: 'opties.vorm', melding: "moet een van 'verslag', 'technisch', 'brief' zijn" }]);
    expect(foutenVan(() => motivering(herkomst, null as never))).toEqual([{ pad: 'opties', melding: "moet een object zijn, bv. { taal: 'en' }" }]);
    expect(foutenVan(() => motivering(herkomst, 'en' as never))).toEqual([{ pad: 'opties', melding: "moet een object zijn, bv. { taal: 'en' }" }]);
    expect(foutenVan(() => motivering(herkomst, { [PII]: 1, taal: 'en' } as never))).toEqual([{ pad: 'opties', melding: '1 onbekend veld' }]);
    expect(foutenVan(() => motivering(herkomst, { a: 1, b: 2 } as never))).toEqual([{ pad: 'opties', melding: '2 onbekende velden' }]);
    expect(foutenVan(() => motivering(herkomst, gooiend as never))).toEqual([{ pad: 'opties', melding: 'kon niet gelezen worden' }]);
    // Zoals de CLI ze meegeeft: een optie die undefined is, telt als weggelaten.
    expect(motivering(herkomst, { taal: undefined, vorm: undefined } as never)).toBe(motivering(herkomst));
  });

  it('meldingen herhalen geen vrije tekst uit de invoer', () => {
    const grond = herkomst.gronden[0]!;
    const kwaad = [
      { ...herkomst, regel: { [PII]: PII }, uitkomst: [PII], peildatum: PII, beleid: { id: PII, versie: 1, naam: [PII] } },
      { ...herkomst, gronden: [{ ...grond, status: PII, soort: PII, basis: { status: PII }, bronnen: [{ document: PII, onderdeel: { [PII]: 1 } }] }] },
      { ...herkomst, ontbrekendeGegevens: [{ [PII]: PII }, PII.repeat(1000)] },
    ];
    for (const beoordeling of kwaad) {
      const fouten = foutenVan(() => motivering(beoordeling as never, { [PII]: PII, taal: PII } as never));
      expect(JSON.stringify(fouten)).not.toMatch(/Jan|123456782/);
    }
  });

  it('willekeurige waarden, en een geldige beoordeling met één willekeurig vervangen veld, geven een tekst of een OngeldigeInvoerFout', () => {
    const iets = fc.anything({ withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true, withNullPrototype: true, withObjectString: true, withBoxedValues: true, maxDepth: 3 });
    const opties = fc.oneof(fc.constant(undefined), fc.record({ taal: fc.constantFrom('nl', 'en'), vorm: fc.constantFrom('verslag', 'brief', 'technisch') }, { requiredKeys: [] }), iets);
    fc.assert(fc.property(iets, opties, (waarde, gekozen) => void uitkomstVan(() => motivering(waarde as never, gekozen as never))), { numRuns: 300 });
    // Een pad in een geldige beoordeling (ook diep in een grond of bron), vervangen door iets willekeurigs.
    const paden = (waarde: unknown, pad: Array<string | number> = []): Array<Array<string | number>> =>
      typeof waarde === 'object' && waarde !== null ? [pad, ...Object.entries(waarde).flatMap(([sleutel, deel]) => paden(deel, [...pad, Array.isArray(waarde) ? Number(sleutel) : sleutel]))] : [pad];
    const basis = JSON.parse(JSON.stringify(beoordelingen.find((beoordeling) => beoordeling.regel === 'versnelfonds'))) as Beoordeling<string>;
    const allePaden = paden(basis).filter((pad) => pad.length > 0);
    fc.assert(
      fc.property(fc.constantFrom(...allePaden), iets, (pad, nieuw) => {
        const kopie = structuredClone(basis) as unknown as Record<string | number, unknown>;
        let plek = kopie;
        for (const stap of pad.slice(0, -1)) plek = plek[stap] as Record<string | number, unknown>;
        plek[pad.at(-1)!] = nieuw;
        const uitkomst = uitkomstVan(() => motivering(kopie as never));
        if ('tekst' in uitkomst) expect(typeof uitkomst.tekst).toBe('string');
      }),
      { numRuns: 500 },
    );
  });
});

describe('voerTestvectorsUit: wat de implementatie ook geeft of gooit, het verslag komt er', () => {
  const bestand = {
    regel: 'herkomst',
    formaat: 1,
    vectoren: [{ naam: 'Wierden hoort bij Almelo', invoer: { gemeenteVanHerkomst: 'Wierden', regio: 'almelo', peildatum: '2024-05-01' }, verwacht: { uitkomst: 'binnen-regio', gronden: { 'herkomst.regio': 'voldaan' } } }],
  };
  const verschillenVan = (implementatie: Implementatie, vectoren: unknown = bestand) => voerTestvectorsUit(vectoren, implementatie).uitslagen.map((uitslag) => uitslag.verschillen);
  const goed = () => ({ uitkomst: 'binnen-regio', gronden: [{ regel: 'herkomst.regio', status: 'voldaan' }] });
  const kring = (): unknown => {
    const antwoord: Record<string, unknown> = goed();
    antwoord.zelf = antwoord;
    return antwoord;
  };
  const gooiend = new Proxy({}, { getOwnPropertyDescriptor: () => { throw new Error(PII); }, ownKeys: () => { throw new Error(PII); }, getPrototypeOf: () => { throw new Error(PII); }, get: () => { throw new Error(PII); }, has: () => { throw new Error(PII); } });

  it.each([
    ['een BigInt', () => 10n],
    ['een Symbol', () => Symbol(PII)],
    ['een functie', () => goed],
    ['een kring', kring],
    ['een getter die gooit', () => Object.defineProperty(goed(), 'uitkomst', { enumerable: true, get: () => { throw new Error(PII); } })],
    ['een Proxy die gooit', () => gooiend],
    ['een Date', () => ({ ...goed(), peildatum: new Date(0) })],
    ['NaN in een veld', () => ({ ...goed(), resterendeDagen: Number.NaN })],
    ['een BigInt diep in een grond', () => ({ ...goed(), gronden: [{ regel: 'herkomst.regio', status: 'voldaan', bedrag: 1n }] })],
    ['een klasse-object', () => new (class Beoordeling { uitkomst = 'binnen-regio'; })()],
  ] as Array<[string, () => unknown]>)('geeft %s: "gaf een waarde die geen JSON is"', (_naam, implementatie) => {
    expect(verschillenVan(implementatie as Implementatie)).toEqual([["verwacht uitkomst 'binnen-regio', maar gaf een waarde die geen JSON is"]]);
  });

  it.each([
    ['een object zonder prototype', () => Object.create(null) as unknown],
    ['een Symbol', () => Symbol(PII)],
    ['een Proxy die gooit', () => gooiend],
    ['een Error waarvan message een getter is die gooit', () => Object.defineProperty(new Error(), 'message', { get: () => { throw new Error(PII); } })],
    ['een functie', () => () => 1],
  ] as const)('gooit %s: "gooide iets anders dan een fout"', (_naam, maakWaarde) => {
    const implementatie: Implementatie = () => {
      throw maakWaarde();
    };
    expect(verschillenVan(implementatie)).toEqual([["verwacht uitkomst 'binnen-regio', maar gooide iets anders dan een fout"]]);
  });

  it('gooit een fout met een getter voor fouten, of een BigInt: beschreven, niet gecrasht', () => {
    const fout = Object.defineProperty(new RangeError('te groot'), 'fouten', { get: () => { throw new Error(PII); } });
    expect(verschillenVan(() => { throw fout; })).toEqual([["verwacht uitkomst 'binnen-regio', maar gooide RangeError: te groot"]]);
    expect(verschillenVan(() => { throw 10n; })).toEqual([["verwacht uitkomst 'binnen-regio', maar gooide 10"]]);
  });

  it('een lange waarde wordt ingekort in het verschil', () => {
    const [[verschil]] = verschillenVan(() => ({ ...goed(), uitkomst: 'x'.repeat(1_000_000) })) as [[string]];
    expect(verschil.length).toBeLessThan(600);
    expect(verschil.endsWith('…\'')).toBe(true);
  });

  it('willekeurige antwoorden en gegooide waarden geven altijd een verslag', () => {
    const iets = fc.anything({ withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true, withNullPrototype: true, withObjectString: true, withBoxedValues: true, maxDepth: 4 });
    fc.assert(
      fc.property(iets, fc.boolean(), (waarde, gooien) => {
        const verslag = voerTestvectorsUit(bestand, () => {
          if (gooien) throw waarde;
          return waarde;
        });
        expect(verslag.totaal).toBe(1);
        expect(verslag.uitslagen[0]!.verschillen.every((verschil) => typeof verschil === 'string')).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('een vervuild Object.prototype voegt geen opties of verwachtingen toe aan een bestand', () => {
    const ontvangen: unknown[][] = [];
    const opnemer: Implementatie = (...argumenten) => {
      ontvangen.push(argumenten);
      return goed();
    };
    const verslag = metVervuildPrototype({ opties: { beleid: 'almelo' }, ontbrekendeGegevens: ['x'], peildatum: '2020-01-01', velden: { gemeente: 1 }, fout: { paden: ['x'] } }, () =>
      voerTestvectorsUit(JSON.parse(JSON.stringify(bestand)), opnemer),
    );
    expect(verslag.geslaagd).toBe(1);
    expect(ontvangen.map((argumenten) => argumenten.length)).toEqual([2]);
  });
});

describe('voerTestvectorsUit: het bestand wordt als eigen gegevens gelezen en gecontroleerd', () => {
  const vector = (verwacht: unknown, extra: Record<string, unknown> = {}) => ({ regel: 'herkomst', formaat: 1, vectoren: [{ naam: 'geval', invoer: {}, verwacht, ...extra }] });
  const padenVan = (bestand: unknown) => foutenVan(() => voerTestvectorsUit(bestand, () => ({}))).map((fout) => `${fout.pad}: ${fout.melding}`);

  it('een sleutel __proto__ in gronden is een fout op het pad van gronden, ook met een geldige status', () => {
    // Zo leest JSON.parse het bestand: __proto__ is een eigen sleutel.
    const bestand = JSON.parse('{"regel":"herkomst","formaat":1,"vectoren":[{"naam":"vals","invoer":{},"verwacht":{"uitkomst":"binnen-regio","gronden":{"__proto__":"voldaan"}}}]}') as unknown;
    expect(padenVan(bestand)).toEqual(["vectoren.0.verwacht.gronden: mag geen sleutel '__proto__' hebben: dat is geen criterium-id"]);
    const velden = JSON.parse('{"regel":"herkomst","formaat":1,"vectoren":[{"naam":"vals","invoer":{},"verwacht":{"uitkomst":"binnen-regio","gronden":{},"velden":{"__proto__":{"a":1}}}}]}') as unknown;
    expect(padenVan(velden)).toEqual(["vectoren.0.verwacht.velden: mag geen sleutel '__proto__' hebben: dat is geen veld van een beoordeling"]);
  });

  it('een lege sleutel of een met witruimte in gronden is een fout', () => {
    expect(padenVan(vector({ uitkomst: 'x', gronden: { '': 'voldaan' } }))).toEqual(['vectoren.0.verwacht.gronden: heeft een sleutel die geen criterium-id is (leeg of met witruimte)']);
    expect(padenVan(vector({ uitkomst: 'x', gronden: { 'herkomst regio': 'voldaan' } }))).toEqual(['vectoren.0.verwacht.gronden: heeft een sleutel die geen criterium-id is (leeg of met witruimte)']);
  });

  it('een naam die leeg is of alleen spaties heeft, is een fout', () => {
    for (const naam of ['', '   ', '\t\n']) {
      expect(padenVan({ ...vector({ uitkomst: 'x', gronden: {} }), vectoren: [{ naam, invoer: {}, verwacht: { uitkomst: 'x', gronden: {} } }] })).toEqual(['vectoren.0.naam: mag niet leeg zijn (ook niet alleen spaties)']);
    }
  });

  it('verwacht moet JSON zijn: een kring of BigInt is een fout, geen stack overflow', () => {
    const kring: Record<string, unknown> = { uitkomst: 'x', gronden: {} };
    kring.velden = { kring };
    expect(padenVan(vector(kring))).toEqual(['vectoren.0.verwacht: moet JSON-gegevens zijn (geen kring, BigInt, functie, getter of klasse-object)']);
    expect(padenVan(vector({ uitkomst: 'x', gronden: {}, velden: { a: 1n } }))).toEqual(['vectoren.0.verwacht: moet JSON-gegevens zijn (geen kring, BigInt, functie, getter of klasse-object)']);
  });

  it('een getter in het bestand wordt niet aangeroepen maar is een fout; een Proxy die gooit ook', () => {
    let aangeroepen = 0;
    const bestand = Object.defineProperty({ regel: 'herkomst', formaat: 1 }, 'vectoren', { enumerable: true, get: () => (++aangeroepen, []) });
    expect(padenVan(bestand)).toEqual(['vectoren: moet een gewone waarde zijn, geen getter of setter']);
    const onbekend = Object.defineProperty(vector({ uitkomst: 'x', gronden: {} }), PII, { enumerable: true, get: () => ++aangeroepen });
    expect(JSON.stringify(padenVan(onbekend))).not.toMatch(/Jan|123456782/);
    expect(aangeroepen).toBe(0);
    const gooiend = new Proxy({}, { ownKeys: () => { throw new Error(PII); } });
    expect(padenVan(gooiend)).toEqual([': kon niet gelezen worden']);
  });

  it('invoer en opties gaan ongewijzigd naar de implementatie (ook een Date)', () => {
    const invoer = { gemeenteVanHerkomst: 'Wierden', regio: 'almelo', peildatum: new Date('2024-05-01T12:00:00+02:00') };
    const opties = { iets: 1 };
    const ontvangen: unknown[] = [];
    voerTestvectorsUit({ ...vector({ uitkomst: 'x', gronden: {} }), vectoren: [{ naam: 'geval', invoer, opties, verwacht: { uitkomst: 'x', gronden: {} } }] }, (_regel, gegeven, gekozen) => {
      ontvangen.push(gegeven, gekozen);
      return { uitkomst: 'x' };
    });
    expect(ontvangen[0]).toBe(invoer);
    expect(ontvangen[1]).toBe(opties);
  });

  it('een geval met opzet te grote invoer maakt het bestand niet ongeldig: de grenzen van invoer zijn aan de regel', () => {
    const invoer = { gemeenteVanHerkomst: 'a'.repeat(20_000), regio: Array.from({ length: 20_000 }, () => 1), peildatum: '2024-05-01' };
    const verslag = voerTestvectorsUit({ regel: 'herkomst', formaat: 1, vectoren: [{ naam: 'te groot', invoer, opties: invoer, verwacht: { fout: { paden: ['gemeenteVanHerkomst'] } } }] }, deze);
    expect(verslag.totaal).toBe(1);
  });

  it('een implementatie die geen functie is, is een fout', () => {
    expect(foutenVan(() => voerTestvectorsUit(vector({ uitkomst: 'x', gronden: {} }), 42 as never))).toEqual([{ pad: 'implementatie', melding: 'moet een functie zijn' }]);
  });

  it('een sleutel __proto__ in extra is een fout, zoals in velden', () => {
    const extra = JSON.parse('{"regel":"herkomst","formaat":1,"vectoren":[{"naam":"vals","invoer":{},"verwacht":{"uitkomst":"binnen-regio","gronden":{},"extra":{"__proto__":{"a":1}}}}]}') as unknown;
    expect(padenVan(extra)).toEqual(["vectoren.0.verwacht.extra: mag geen sleutel '__proto__' hebben: dat is geen veld van een beoordeling"]);
    expect(padenVan(vector({ uitkomst: 'x', gronden: {}, extra: [] }))).toEqual(['vectoren.0.verwacht: heeft geen geldige vorm']);
  });
});

describe('voerTestvectorsUit: de opties (alleenContract) worden als eigen gegevens gelezen en gecontroleerd', () => {
  const bestand = { regel: 'herkomst', formaat: 1, vectoren: [{ naam: 'geval', invoer: {}, verwacht: { uitkomst: 'x', gronden: {}, extra: { beleid: null } } }] };
  const antwoord = () => ({ uitkomst: 'x', gronden: [] });
  const geslaagdMet = (opties: unknown) => voerTestvectorsUit(bestand, antwoord, opties as never).geslaagd;
  const foutenMet = (opties: unknown) => foutenVan(() => voerTestvectorsUit(bestand, antwoord, opties as never));

  it('weggelaten, leeg, false of undefined vergelijkt alles; true alleen het contract', () => {
    expect([geslaagdMet(undefined), geslaagdMet({}), geslaagdMet({ alleenContract: false }), geslaagdMet({ alleenContract: undefined }), geslaagdMet({ alleenContract: true })]).toEqual([0, 0, 0, 0, 1]);
  });

  it.each<[string, unknown, Array<{ pad: string; melding: string }>]>([
    ['null', null, [{ pad: 'opties', melding: 'moet een object zijn, bv. { alleenContract: true }' }]],
    ['true', true, [{ pad: 'opties', melding: 'moet een object zijn, bv. { alleenContract: true }' }]],
    ['een lijst', [true], [{ pad: 'opties', melding: 'moet een object zijn, bv. { alleenContract: true }' }]],
    ["'ja'", { alleenContract: 'ja' }, [{ pad: 'opties.alleenContract', melding: 'moet true of false zijn' }]],
    ['een onbekend veld (zonder de naam te noemen)', { [PII]: true }, [{ pad: 'opties', melding: 'bevat een onbekend veld' }]],
    ['een getter', Object.defineProperty({}, 'alleenContract', { enumerable: true, get: () => true }), [{ pad: 'opties.alleenContract', melding: 'moet een gewone waarde zijn, geen getter of setter' }]],
    ['een Proxy die gooit', new Proxy({}, { ownKeys: () => { throw new Error(PII); } }), [{ pad: 'opties', melding: 'kan niet gelezen worden' }]],
    ['een ingetrokken Proxy', (() => { const { proxy, revoke } = Proxy.revocable({}, {}); revoke(); return proxy; })(), [{ pad: 'opties', melding: 'kan niet gelezen worden' }]],
  ])('%s is een fout met pad', (_naam, opties, fouten) => {
    expect(foutenMet(opties)).toEqual(fouten);
  });

  it('een vervuild Object.prototype zet alleenContract niet aan', () => {
    expect(metVervuildPrototype({ alleenContract: true }, () => geslaagdMet({}))).toBe(0);
  });

  it('willekeurige opties geven een verslag of een OngeldigeInvoerFout', () => {
    const iets = fc.anything({ withBigInt: true, withDate: true, withMap: true, withSparseArray: true, withNullPrototype: true, withBoxedValues: true, maxDepth: 2 });
    fc.assert(fc.property(fc.oneof(iets, fc.record({ alleenContract: iets }, { requiredKeys: [] })), (opties) => void uitkomstVan(() => voerTestvectorsUit(bestand, antwoord, opties as never))), { numRuns: 300 });
  });

  it('willekeurige bestanden geven een verslag of een OngeldigeInvoerFout', () => {
    const iets = fc.anything({ withBigInt: true, withDate: true, withMap: true, withSparseArray: true, withNullPrototype: true, withBoxedValues: true, maxDepth: 3 });
    const bijna = fc.record({ regel: fc.oneof(fc.constant('herkomst'), iets), formaat: fc.oneof(fc.constant(1), iets), vectoren: fc.array(fc.record({ naam: fc.oneof(fc.string(), iets), invoer: iets, verwacht: fc.oneof(iets, fc.record({ uitkomst: fc.string(), gronden: fc.dictionary(fc.string(), fc.constantFrom('voldaan', 'onbekend')) })) }, { requiredKeys: [] }), { maxLength: 3 }) }, { requiredKeys: [] });
    fc.assert(fc.property(fc.oneof(iets, bijna), (bestand) => void uitkomstVan(() => voerTestvectorsUit(bestand, deze))), { numRuns: 300 });
  });
});
