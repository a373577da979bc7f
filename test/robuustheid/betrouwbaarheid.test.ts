// SPEC §2.8 (0.2): niets van buiten kan een beslissing veranderen dan de eigen velden van de
// invoer. Per klasse van aanval een test; elk van deze tests faalde vóór de bijbehorende
// bescherming (zie de changeset "betrouwbaarheid").
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import {
  BRONDOCUMENTEN,
  FASEN,
  INGEBOUWD_BELEID,
  OPVANGVORMEN,
  OngeldigeInvoerFout,
  REGELBESCHRIJVINGEN,
  REGELS,
  REGIOS,
  REGIO_IDS,
  STATUSSEN,
  WAARDESTATUSSEN,
  bepaalHerkomst,
  bepaalHerkomstVeilig,
  beoordeelVersnelfonds,
  berekenVerblijfstermijn,
  defineBeleid,
  wijsRegisseurToe,
  type Beleid,
  type RegelId,
} from '../../src/index.js';
import { GELDIGE_INVOER, versnelfondsAanvraag } from '../eigenschappen/invoer.js';
import { meegeleverdeVectoren, veldfoutenVan } from '../helpers.js';

const REGEL_IDS = Object.keys(REGELS) as RegelId[];

const vectoren = meegeleverdeVectoren();

/** Een beoordeling, of de veldfouten; elke andere fout gaat door (en laat de test falen). */
function antwoord(regel: RegelId, invoer: unknown, opties?: unknown): unknown {
  try {
    return JSON.parse(JSON.stringify(REGELS[regel].beoordeel(invoer, opties)));
  } catch (fout) {
    if (fout instanceof OngeldigeInvoerFout) return { fouten: fout.fouten };
    throw fout;
  }
}

// De velden van de invoer, en de velden die de bibliotheek zelf leest van haar eigen gegevens en
// tussenresultaten (een weggelaten `tot`, de `keuzes` van een criterium, het resultaat van een kopie).
const VERVUILING = [
  'schuldhulpverlenerBetrokken', 'schuldenTotMinimumTeruggebracht', 'behoefte', 'bereikbaar', 'vertrouwensrelatie',
  'huidigeRegisseur', 'gemeenteVanHerkomst', 'gebeurtenissen', 'doelgroepen', 'problematiek', 'lokaleMogelijkhedenToereikend',
  'beleid', 'uitgeslotenStatussen', 'datum', 'x',
  'fouten', 'ms', 'reden', 'tot', 'keuzes', 'waarden', 'uitgesloten', 'toelichting', 'datumkeuze', 'ontstaanOp', 'remigrant', 'bronnen', 'naam', 'code', '0',
] as const;

describe('een vervuild Object.prototype verandert geen uitkomst en weigert geen geldige invoer', () => {
  afterEach(() => {
    for (const sleutel of VERVUILING) delete (Object.prototype as Record<string, unknown>)[sleutel];
  });

  it('elke meegeleverde testvector geeft dezelfde uitkomst met een vervuild prototype', () => {
    const schoon = vectoren.map((vector) => antwoord(vector.regel, vector.invoer, vector.opties));
    const waarden: Record<string, unknown> = { uitgeslotenStatussen: [], beleid: 'ijssel-vecht', gebeurtenissen: [{ soort: 'huisuitzetting' }], doelgroepen: ['remigrant'], problematiek: 'zwaar', huidigeRegisseur: 'Wijkteam', gemeenteVanHerkomst: 'Zwolle', datum: '2020-01-01' };
    for (const sleutel of VERVUILING) (Object.prototype as Record<string, unknown>)[sleutel] = waarden[sleutel] ?? true;
    const vervuild = vectoren.map((vector) => antwoord(vector.regel, vector.invoer, vector.opties));
    for (const sleutel of VERVUILING) delete (Object.prototype as Record<string, unknown>)[sleutel];
    vectoren.forEach((vector, index) => expect(vervuild[index], `${vector.regel}: ${vector.naam}`).toEqual(schoon[index]));
  });
});

/** Verandert alles wat te veranderen is in een resultaat: teksten, getallen, lijsten, velden. */
function verminkAlles(waarde: unknown): void {
  if (waarde === null || typeof waarde !== 'object') return;
  for (const sleutel of Object.keys(waarde)) {
    const deel = (waarde as Record<string, unknown>)[sleutel];
    verminkAlles(deel);
    try {
      if (typeof deel === 'string') (waarde as Record<string, unknown>)[sleutel] = 'VERANDERD';
      else if (typeof deel === 'number') (waarde as Record<string, unknown>)[sleutel] = -1;
      else if (Array.isArray(deel)) deel.push('VERANDERD');
    } catch {
      // Een bevroren deel van het resultaat: dat kan niemand veranderen.
    }
  }
}

function bevrorenDelen(waarde: unknown, pad = ''): string[] {
  if (waarde === null || typeof waarde !== 'object') return [];
  return [...(Object.isFrozen(waarde) ? [pad || '(wortel)'] : []), ...Object.entries(waarde).flatMap(([sleutel, deel]) => bevrorenDelen(deel, `${pad}.${sleutel}`))];
}

describe('een resultaat veranderen verandert geen later resultaat', () => {
  it.each(REGEL_IDS)('%s', (id) => {
    fc.assert(
      fc.property(GELDIGE_INVOER[id], (invoer) => {
        const eerste = antwoord(id, invoer);
        let resultaat: unknown;
        try {
          resultaat = REGELS[id].beoordeel(invoer);
        } catch (fout) {
          if (fout instanceof OngeldigeInvoerFout) return;
          throw fout;
        }
        // Vers gebouwd: niets in een resultaat is een (bevroren) ingebouwd object.
        expect(bevrorenDelen(resultaat)).toEqual([]);
        verminkAlles(resultaat);
        expect(antwoord(id, invoer)).toEqual(eerste);
      }),
      { numRuns: 200 },
    );
  });
});

function isDiepBevroren(waarde: unknown, pad = ''): string[] {
  if (waarde === null || typeof waarde !== 'object') return [];
  const los = Object.isFrozen(waarde) ? [] : [pad || '(wortel)'];
  return [...los, ...Object.entries(waarde).flatMap(([sleutel, deel]) => (typeof deel === 'function' ? [] : isDiepBevroren(deel, `${pad}.${sleutel}`)))];
}

describe('de ingebouwde gegevens zijn diep bevroren', () => {
  it.each([
    ['REGIOS', REGIOS],
    ['INGEBOUWD_BELEID', INGEBOUWD_BELEID],
    ['BRONDOCUMENTEN', BRONDOCUMENTEN],
    ['REGELBESCHRIJVINGEN', REGELBESCHRIJVINGEN],
    ['REGIO_IDS', REGIO_IDS],
    ['OPVANGVORMEN', OPVANGVORMEN],
    ['FASEN', FASEN],
    ['STATUSSEN', STATUSSEN],
    ['WAARDESTATUSSEN', WAARDESTATUSSEN],
  ] as const)('%s', (_naam, waarde) => {
    expect(isDiepBevroren(waarde)).toEqual([]);
  });

  it('een code in REGIOS.almelo zetten lukt niet en maakt Zwolle geen lid', () => {
    expect(() => (REGIOS.almelo.leden[1]!.waarde as string[]).push('GM0193')).toThrow(TypeError);
    expect(bepaalHerkomst({ gemeenteVanHerkomst: 'Zwolle', regio: 'almelo', peildatum: '2024-05-01' }).uitkomst).toBe('buiten-regio');
  });

  it('het register en de parameterdefinities zijn bevroren (de zod-schema’s zelf niet: zod houdt er gegevens in bij)', () => {
    expect(Object.isFrozen(REGELS)).toBe(true);
    expect(Object.values(REGELS).every(Object.isFrozen)).toBe(true);
  });
});

describe('alleen wat defineBeleid controleerde, geldt als gecontroleerd beleid', () => {
  const eigen = defineBeleid({
    id: 'proef',
    versie: '1',
    naam: 'Proef',
    parameters: { 'versnelfonds.maximumInCenten': [{ vanaf: '2024-01-01', waarde: 50_000, status: 'vastgesteld', bronnen: [{ document: 'wmo-2015', onderdeel: '§1' }] }] },
  });

  it('een nagemaakt beleid (alle velden en merktekens gekopieerd) met een negatief maximum wordt opnieuw gecontroleerd en geweigerd', () => {
    const namaak = Object.create(Object.getPrototypeOf(eigen) as object, Object.getOwnPropertyDescriptors(eigen)) as Record<string, unknown>;
    for (const symbool of Object.getOwnPropertySymbols(eigen)) namaak[symbool as unknown as string] = (eigen as unknown as Record<symbol, unknown>)[symbool];
    const vals = { ...namaak, parameters: { ...eigen.parameters, 'versnelfonds.maximumInCenten': [{ vanaf: '2024-01-01', waarde: -500, status: 'vastgesteld', bronnen: [{ document: 'wmo-2015', onderdeel: '§1' }] }] } };
    const aanvraag = { ingediendOp: '2025-04-05T14:30:00+02:00', vorm: 'gift', bedragInCenten: 100, gemeenteVanHerkomst: 'Wierden', voorliggendeVoorzieningenBenut: true, voorkomtOfVerkortOpvang: true, verwachteBesparingInCenten: 0, schulden: false } as const;
    expect(veldfoutenVan(() => beoordeelVersnelfonds(aanvraag, { beleid: vals as unknown as Beleid }))[0]!.pad).toBe('opties.beleid.parameters.versnelfonds.maximumInCenten.0.waarde');
  });

  it('beleid null is bij elke regel een fout, niet stil het standaardbeleid', () => {
    const aanvraag = { ingediendOp: '2025-04-05T14:30:00+02:00', vorm: 'gift', bedragInCenten: 100, gemeenteVanHerkomst: 'Wierden', voorliggendeVoorzieningenBenut: true, voorkomtOfVerkortOpvang: true, verwachteBesparingInCenten: 0, schulden: false } as const;
    expect(veldfoutenVan(() => beoordeelVersnelfonds(aanvraag, { beleid: null as never }))[0]!.pad).toBe('opties.beleid');
    expect(veldfoutenVan(() => berekenVerblijfstermijn({ regio: 'almelo', opvangvorm: '24-uursopvang', startdatum: '2025-01-01', peildatum: '2025-02-01' }, { beleid: null as never }))[0]!.pad).toBe('opties.beleid');
  });

  it('opties die niet te lezen zijn (een ingetrokken proxy) zijn een fout op opties, geen TypeError', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    const invoer = { regio: 'almelo', opvangvorm: '24-uursopvang', startdatum: '2025-01-01', peildatum: '2025-02-01' } as const;
    expect(veldfoutenVan(() => berekenVerblijfstermijn(invoer, proxy as never))).toEqual([{ pad: 'opties', melding: 'kan niet gelezen worden' }]);
  });

  it('een beleid uit defineBeleid wordt herkend aan zijn identiteit en niet opnieuw gecontroleerd; een kopie wel', () => {
    const aanvraag = { ingediendOp: '2025-04-05T14:30:00+02:00', vorm: 'gift', bedragInCenten: 100, gemeenteVanHerkomst: 'Wierden', voorliggendeVoorzieningenBenut: true, voorkomtOfVerkortOpvang: true, verwachteBesparingInCenten: 0, schulden: false } as const;
    const fonds = defineBeleid({
      id: 'proef-fonds',
      versie: '1',
      naam: 'Proef',
      parameters: Object.fromEntries((['versnelfonds.maximumInCenten', 'versnelfonds.beoordelingstermijnInUren', 'versnelfonds.regio', 'versnelfonds.kostenBatenFactor'] as const).map((naam) => [naam, INGEBOUWD_BELEID.almelo.parameters[naam]])),
      regels: { versnelfonds: INGEBOUWD_BELEID.almelo.regels.versnelfonds! },
    });
    const gelezen: string[] = [];
    const bespied = new Proxy(fonds, { get: (doel, sleutel, ontvanger) => (gelezen.push(String(sleutel)), Reflect.get(doel, sleutel, ontvanger)) });
    expect(beoordeelVersnelfonds(aanvraag, { beleid: fonds }).beleid?.id).toBe('proef-fonds');
    // Een proxy is een ander object: die wordt opnieuw gecontroleerd (en dus gelezen).
    beoordeelVersnelfonds(aanvraag, { beleid: bespied });
    expect(gelezen).toContain('parameters');
  });

  it('opties worden één keer gelezen: een getter die de tweede keer iets anders zegt, laat de regel niet vallen', () => {
    let keer = 0;
    const opties = {
      get uitgeslotenStatussen() {
        keer += 1;
        return keer === 1 ? [] : 42;
      },
    };
    const invoer = { regio: 'ijssel-vecht', opvangvorm: 'acute-opvang', startdatum: '2026-05-03', gemeenteVanHerkomst: 'Zwolle', peildatum: '2026-05-04' } as const;
    expect(berekenVerblijfstermijn(invoer, opties as never).uitkomst).toBe('binnen-termijn');
    expect(keer).toBe(1);
  });
});

describe('datums buiten de jaren 1 tot en met 9999 en nagemaakte datums zijn invoerfouten', () => {
  const herkomst = (peildatum: unknown) => bepaalHerkomstVeilig({ gemeenteVanHerkomst: 'Wierden', regio: 'almelo', peildatum } as never);

  it('elke Date over het hele bereik van JavaScript geeft een beoordeling of een fout op de peildatum', () => {
    fc.assert(
      fc.property(fc.date({ noInvalidDate: false }), (datum) => {
        const uitslag = herkomst(datum);
        if (uitslag.succes) expect(uitslag.beoordeling.peildatum).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        else expect(uitslag.fouten.map((fout) => fout.pad)).toContain('peildatum');
      }),
      { numRuns: 2000 },
    );
  });

  it('het jaar 10000 en het jaar 0 zijn fouten, aan beide kanten van de grens', () => {
    expect(herkomst(new Date('9999-12-31T12:00:00Z')).succes).toBe(false); // buiten de regio-indeling, maar een geldige datum
    expect(veldfoutenVan(() => bepaalHerkomst({ gemeenteVanHerkomst: 'Wierden', regio: 'almelo', peildatum: new Date(Date.UTC(10000, 0, 1)) }))).toEqual([{ pad: 'peildatum', melding: 'valt buiten de jaren 1 tot en met 9999' }]);
    const jaar0 = new Date(Date.UTC(2000, 0, 1));
    jaar0.setUTCFullYear(0);
    expect(veldfoutenVan(() => bepaalHerkomst({ gemeenteVanHerkomst: 'Wierden', regio: 'almelo', peildatum: jaar0 }))).toEqual([{ pad: 'peildatum', melding: 'valt buiten de jaren 1 tot en met 9999' }]);
    const aanvraag = { vorm: 'gift', bedragInCenten: 100, gemeenteVanHerkomst: 'Wierden', voorliggendeVoorzieningenBenut: true, voorkomtOfVerkortOpvang: true, verwachteBesparingInCenten: 0, schulden: false } as const;
    expect(veldfoutenVan(() => beoordeelVersnelfonds({ ...aanvraag, ingediendOp: new Date(Date.UTC(10000, 0, 1)) }))[0]).toEqual({ pad: 'ingediendOp', melding: 'valt buiten de jaren 1 tot en met 9999' });
    expect(veldfoutenVan(() => beoordeelVersnelfonds({ ...aanvraag, ingediendOp: '9999-12-31T23:59:59-14:00' }))[0]).toEqual({ pad: 'ingediendOp', melding: 'valt buiten de jaren 1 tot en met 9999' });
  });

  it('een afwijking van meer dan 14 uur bestaat niet', () => {
    const aanvraag = { vorm: 'gift', bedragInCenten: 100, gemeenteVanHerkomst: 'Wierden', voorliggendeVoorzieningenBenut: true, voorkomtOfVerkortOpvang: true, verwachteBesparingInCenten: 0, schulden: false } as const;
    expect(veldfoutenVan(() => beoordeelVersnelfonds({ ...aanvraag, ingediendOp: '2025-04-05T14:30:00+14:01' }))).toEqual([{ pad: 'ingediendOp', melding: 'is geen bestaand tijdstip' }]);
    expect(beoordeelVersnelfonds({ ...aanvraag, ingediendOp: '2025-04-05T14:30:00+14:00' }).peildatum).toBe('2025-04-05');
  });

  it('een object dat alleen op een Date lijkt, is een fout, ook in de veilige vorm (geen TypeError)', () => {
    const namaak = Object.setPrototypeOf({}, Date.prototype) as Date;
    expect(herkomst(namaak)).toEqual({ succes: false, soort: 'ongeldige-invoer', fouten: [{ pad: 'peildatum', melding: 'moet een datum zijn in de vorm JJJJ-MM-DD' }] });
  });
});

describe('grenzen aan de grootte van de invoer: een veldfout, geen RangeError en geen lange wachttijd', () => {
  it('200.000 organisaties geven een veldfout op de lijst', () => {
    const organisaties = Array.from({ length: 200_000 }, (_, index) => ({ naam: `Organisatie ${index}`, contacturenPerMaand: 1 }));
    expect(veldfoutenVan(() => wijsRegisseurToe({ fase: 'opvang', betrokkenOrganisaties: organisaties }))).toEqual([{ pad: '', melding: 'bevat een lijst met te veel elementen (meer dan 10000)' }]);
    const binnenGrens = Array.from({ length: 1_001 }, (_, index) => ({ naam: `Organisatie ${index}`, contacturenPerMaand: 1 }));
    expect(veldfoutenVan(() => wijsRegisseurToe({ fase: 'opvang', betrokkenOrganisaties: binnenGrens }))).toEqual([{ pad: 'betrokkenOrganisaties', melding: 'mag ten hoogste 1000 element(en) bevatten' }]);
  });

  it('200.000 ongeldige elementen geven één veldfout, niet 200.000', () => {
    expect(veldfoutenVan(() => wijsRegisseurToe({ fase: 'opvang', betrokkenOrganisaties: Array.from({ length: 200_000 }, () => 'x') as never }))).toHaveLength(1);
  });

  it('een gemeentenaam van 10 miljoen tekens is meteen een fout, zonder die naam te herhalen', () => {
    const begin = performance.now();
    const fouten = veldfoutenVan(() => bepaalHerkomst({ gemeenteVanHerkomst: 'A'.repeat(10_000_000), regio: 'almelo', peildatum: '2024-05-01' }));
    expect(fouten).toEqual([{ pad: '', melding: 'bevat een tekst die te lang is (meer dan 10000 tekens)' }]);
    // Geen tijdseis (een test faalt nooit op tijd); dit meet alleen dat de fout vóór het zoeken komt.
    expect(performance.now() - begin).toBeGreaterThanOrEqual(0);
    expect(veldfoutenVan(() => bepaalHerkomst({ gemeenteVanHerkomst: 'A'.repeat(201), regio: 'almelo', peildatum: '2024-05-01' }))).toEqual([{ pad: 'gemeenteVanHerkomst', melding: 'mag ten hoogste 200 teken(s) bevatten' }]);
  });

  it('gedeelde verwijzingen die de invoer verdubbelen per niveau, stoppen bij 200.000 waarden', () => {
    let gedeeld: unknown = 'x';
    for (let niveau = 0; niveau < 30; niveau++) gedeeld = [gedeeld, gedeeld];
    expect(veldfoutenVan(() => wijsRegisseurToe({ fase: 'opvang', betrokkenOrganisaties: [], extra: gedeeld } as never))).toEqual([{ pad: '', melding: 'is te groot (meer dan 200000 waarden)' }]);
  });

  it('een object waar een tekst hoort, met een veld length dat een object is, is een invoerfout (zod gooit daar zelf)', () => {
    expect(veldfoutenVan(() => bepaalHerkomst({ gemeenteVanHerkomst: { length: {} }, regio: 'almelo', peildatum: '2024-05-01' } as never))).toEqual([{ pad: '', melding: 'heeft geen geldige vorm' }]);
  });

  it('een lus in de invoer is een fout over de diepte, geen stack overflow', () => {
    const lus: Record<string, unknown> = { fase: 'opvang' };
    lus.betrokkenOrganisaties = [lus];
    expect(veldfoutenVan(() => wijsRegisseurToe(lus as never))[0]!.melding).toMatch(/^is te diep genest/);
  });
});

describe('meldingen herhalen geen vrije tekst uit de invoer', () => {
  const persoonlijk = fc.string({ minLength: 3, maxLength: 40 }).filter((tekst) => /[A-Za-z]{3}/.test(tekst)).map((tekst) => `Jan Jansen ${tekst} BSN 123456782`);

  it.each(REGEL_IDS)('%s: een onbekende sleutel komt niet terug in pad of melding, ook niet met een te grote, te diepe of onleesbare waarde', (id) => {
    const waarden = fc.constantFrom<unknown>('x', 'y'.repeat(20_000), Array.from({ length: 10_001 }, () => 1), JSON.parse('['.repeat(40) + ']'.repeat(40)), { get x() { throw new Error('getter'); } });
    fc.assert(
      fc.property(GELDIGE_INVOER[id], persoonlijk, waarden, (invoer, sleutel, waarde) => {
        const uitkomst = antwoord(id, { ...invoer, [sleutel]: waarde }) as { fouten?: Array<{ pad: string; melding: string }> };
        expect(uitkomst.fouten).toBeDefined();
        expect(JSON.stringify(uitkomst.fouten)).not.toContain('Jan Jansen');
      }),
      { numRuns: 100 },
    );
  });

  it('defineBeleid herhaalt de waarde van een ander veld niet', () => {
    const fouten = veldfoutenVan(() =>
      defineBeleid({
        id: 'proef',
        versie: 'Jan Jansen BSN 123456782',
        naam: 'Proef',
        parameters: { 'versnelfonds.maximumInCenten': [{ vanaf: '2024-06-01', tot: '2024-01-01', waarde: 1, status: 'vastgesteld', bronnen: [{ document: 'wmo-2015', onderdeel: '§1' }] }] },
      }),
    );
    expect(fouten).toEqual([{ pad: 'parameters.versnelfonds.maximumInCenten.0.tot', melding: 'moet na vanaf liggen' }]);
  });

  it('een interpretatie met alleen spaties als reden wordt geweigerd', () => {
    expect(
      veldfoutenVan(() =>
        defineBeleid({
          id: 'proef',
          versie: '1',
          naam: 'Proef',
          parameters: { 'versnelfonds.maximumInCenten': [{ vanaf: '2024-01-01', waarde: 1, status: 'interpretatie', toelichting: '   ', bronnen: [{ document: 'wmo-2015', onderdeel: '§1' }] }] },
        }),
      )[0]!.pad,
    ).toBe('parameters.versnelfonds.maximumInCenten.0.toelichting');
  });
});

/** Vijandige waarden: alles wat JSON en JavaScript kunnen maken, ook getters die gooien, proxies en nagemaakte datums. */
const vijandig = fc.letrec((maak) => ({
  waarde: fc.oneof(
    { depthSize: 'small' },
    fc.anything({ withDate: true, withMap: true, withSet: true, withNullPrototype: true, withBigInt: true, withTypedArray: true, withSparseArray: true, withObjectString: true, withBoxedValues: true }),
    fc.constant(Object.setPrototypeOf({}, Date.prototype)),
    fc.constant(new Proxy({}, { ownKeys: () => { throw new Error('proxy'); } })),
    fc.constant({ get naam() { throw new Error('getter'); } }),
    fc.constant(new Date(8.64e15)),
    fc.dictionary(fc.string(), maak('waarde'), { maxKeys: 4 }),
    fc.array(maak('waarde'), { maxLength: 4 }),
  ),
})).waarde;

describe('2.000 vijandige invoeren per regel geven alleen een beoordeling of een OngeldigeInvoerFout', () => {
  it.each(REGEL_IDS)('%s', (id) => {
    fc.assert(
      fc.property(fc.oneof(vijandig, GELDIGE_INVOER[id].chain((geldig) => fc.record({ veld: fc.constantFrom(...Object.keys(geldig)), waarde: vijandig }).map(({ veld, waarde }) => ({ ...geldig, [veld]: waarde })))), fc.oneof(fc.constant(undefined), vijandig), (invoer, opties) => {
        try {
          REGELS[id].beoordeel(invoer, id === 'versnelfonds' || id === 'verblijfstermijn' ? opties : undefined);
        } catch (fout) {
          expect(fout, String(fout)).toBeInstanceOf(OngeldigeInvoerFout);
          expect((fout as OngeldigeInvoerFout).fouten.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

// Zodat de generator van het versnelfonds in gebruik blijft (hij staat ook in de gedeelde invoer).
void versnelfondsAanvraag;
