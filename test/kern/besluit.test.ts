import { describe, expect, it } from 'vitest';
import { besluit, maakBeoordeling, type Criteriumuitslag, type GebruikteWaarde } from '../../src/kern/besluit.js';
import type { Regelbeschrijving } from '../../src/types/regelbeschrijving.js';
import { PAKKETVERSIE } from '../../src/versie.js';
import { INGEBOUWD_BELEID, defineBeleid, type Status } from '../../src/index.js';

// Een landelijk document: dat mag elke grond citeren, onder elk beleid (regionale documenten alleen onder hun beleid; zie onder).
const regeltekst = { document: 'wmo-2015', onderdeel: 'Artikel 1.2.1', citaat: 'regeltekst' };
const criterium = (id: string, soort: 'criterium' | 'signaal' = 'criterium') => ({
  id,
  titel: { nl: id, en: id },
  soort,
  voldaanAls: { nl: '', en: '' },
  bronnen: [regeltekst],
  basis: { status: 'voornemen', reden: { nl: 'Uit een plan.', en: 'From a plan.' } },
  keuzes: [{ id: `${id}.keuze`, tekst: { nl: 'Onze keuze.', en: 'Our choice.' }, alsRegel: { nl: 'De regel.', en: 'The rule.' } }],
}) as const;
const beschrijving: Regelbeschrijving = {
  id: 'proef',
  functie: 'proef',
  titel: { nl: 'Proef', en: 'Test' },
  omschrijving: { nl: '', en: '' },
  uitkomsten: {},
  criteria: [criterium('a'), criterium('b'), criterium('c'), criterium('s', 'signaal')],
  velden: {},
  vragen: {},
};
const context = { peildatum: '2026-01-01', beleid: null };
const uitkomsten = { positief: 'ja', negatief: 'nee', aanvullen: 'aanvullen' } as const;
const uitslag = (id: string, status: Status, ontbrekend: string[] = [], extra: Partial<Criteriumuitslag> = {}): Criteriumuitslag => ({
  grond: { regel: id, status, toelichting: id, toelichtingEn: id, bronnen: [regeltekst] },
  ontbrekend,
  ...extra,
});
const waarde = (status: 'vastgesteld' | 'praktijk' | 'ambitie', citaat: string): GebruikteWaarde => ({
  parameter: 'versnelfonds.maximumInCenten',
  beleid: 'eigen',
  naam: { nl: 'het maximumbedrag', en: 'the maximum' },
  waarde: { vanaf: '2025-01-01', waarde: 50_000, status, bronnen: [{ document: 'wmo-2015', onderdeel: '§1', citaat }] },
});

describe('de gemeenschappelijke combinatie van criteria', () => {
  it('alles voldaan of niet van toepassing geeft de positieve uitkomst zonder ontbrekende gegevens', () => {
    const beoordeling = besluit(beschrijving, context, [uitslag('a', 'voldaan'), uitslag('b', 'niet-van-toepassing')], uitkomsten);
    expect(beoordeling.uitkomst).toBe('ja');
    expect(beoordeling.ontbrekendeGegevens).toEqual([]);
  });

  it('een niet-voldaan criterium beslist negatief, ook als andere feiten nog onbekend zijn', () => {
    const beoordeling = besluit(beschrijving, context, [uitslag('a', 'onbekend', ['x']), uitslag('b', 'niet-voldaan')], uitkomsten);
    expect(beoordeling.uitkomst).toBe('nee');
    expect(beoordeling.ontbrekendeGegevens).toEqual([]);
  });

  it('een onbekend criterium zonder niet-voldaan geeft aanvullen met precies de blokkerende velden, uniek en in volgorde', () => {
    const beoordeling = besluit(beschrijving, context, [uitslag('a', 'onbekend', ['x', 'y']), uitslag('b', 'voldaan', ['genegeerd']), uitslag('c', 'onbekend', ['y', 'z'])], uitkomsten);
    expect(beoordeling.uitkomst).toBe('aanvullen');
    expect(beoordeling.ontbrekendeGegevens).toEqual(['x', 'y', 'z']);
  });

  it('een signaal telt niet mee: een niet-voldaan of onbekend signaal verandert de uitkomst niet', () => {
    expect(besluit(beschrijving, context, [uitslag('a', 'voldaan'), uitslag('s', 'niet-voldaan')], uitkomsten).uitkomst).toBe('ja');
    const metOnbekendSignaal = besluit(beschrijving, context, [uitslag('a', 'voldaan'), uitslag('s', 'onbekend', ['q'])], uitkomsten);
    expect(metOnbekendSignaal.uitkomst).toBe('ja');
    expect(metOnbekendSignaal.ontbrekendeGegevens).toEqual([]);
    expect(metOnbekendSignaal.gronden.map((grond) => grond.soort)).toEqual(['criterium', 'signaal']);
  });

  it('neemt regel, peildatum, beleid en de gronden in volgorde over, met de pakketversie', () => {
    const beleid = defineBeleid({ id: 'b', versie: '1', naam: 'B', parameters: {} });
    const beoordeling = besluit(beschrijving, { ...context, beleid }, [uitslag('a', 'voldaan'), uitslag('b', 'voldaan')], uitkomsten);
    expect(beoordeling).toMatchObject({ regel: 'proef', peildatum: '2026-01-01', beleid: { id: 'b', versie: '1', naam: 'B' }, pakketversie: PAKKETVERSIE, toegepasteWaarden: [], uitgeslotenWaarden: [] });
    expect(beoordeling.gronden.map((grond) => grond.regel)).toEqual(['a', 'b']);
  });

  it('bijPositief: signalen die alleen bij de positieve uitkomst horen, achteraan; bij nee of aanvullen niet', () => {
    const metSignaal = { ...uitkomsten, bijPositief: () => [uitslag('s', 'voldaan')] };
    expect(besluit(beschrijving, context, [uitslag('a', 'voldaan')], metSignaal).gronden.map((grond) => grond.regel)).toEqual(['a', 's']);
    expect(besluit(beschrijving, context, [uitslag('a', 'niet-voldaan')], metSignaal).gronden.map((grond) => grond.regel)).toEqual(['a']);
    expect(besluit(beschrijving, context, [uitslag('a', 'onbekend', ['x'])], metSignaal).gronden.map((grond) => grond.regel)).toEqual(['a']);
    // Alleen bij de positieve uitkomst wordt het signaal gemaakt (geen werk voor nee of aanvullen).
    let gemaakt = 0;
    const geteld = { ...uitkomsten, bijPositief: () => (gemaakt++, [uitslag('s', 'voldaan')]) };
    besluit(beschrijving, context, [uitslag('a', 'niet-voldaan')], geteld);
    besluit(beschrijving, context, [uitslag('a', 'onbekend', ['x'])], geteld);
    expect(gemaakt).toBe(0);
    besluit(beschrijving, context, [uitslag('a', 'voldaan')], geteld);
    expect(gemaakt).toBe(1);
  });

  it('alle criteria niet van toepassing geeft de eigen uitkomst als de regel die heeft', () => {
    const metNvt = { ...uitkomsten, nietVanToepassing: 'nvt' } as const;
    expect(besluit(beschrijving, context, [uitslag('a', 'niet-van-toepassing'), uitslag('b', 'niet-van-toepassing')], metNvt).uitkomst).toBe('nvt');
    expect(besluit(beschrijving, context, [uitslag('a', 'niet-van-toepassing'), uitslag('b', 'voldaan')], metNvt).uitkomst).toBe('ja');
    expect(besluit(beschrijving, context, [uitslag('a', 'niet-van-toepassing')], uitkomsten).uitkomst).toBe('ja');
  });
});

describe('de bronnen volgen de waarden (één mechanisme voor elke regel)', () => {
  it('een grond citeert de regeltekst plus de bronnen van elke toegepaste waarde, en de beoordeling noemt die waarde', () => {
    const beoordeling = besluit(beschrijving, context, [uitslag('a', 'voldaan', [], { waarden: [waarde('praktijk', 'waardecitaat')] }), uitslag('b', 'voldaan')], uitkomsten);
    expect(beoordeling.gronden[0]!.bronnen.map((bron) => bron.citaat)).toEqual(['regeltekst', 'waardecitaat']);
    expect(beoordeling.gronden[1]!.bronnen.map((bron) => bron.citaat)).toEqual(['regeltekst']);
    expect(beoordeling.toegepasteWaarden).toEqual([{ parameter: 'versnelfonds.maximumInCenten', waarde: 50_000, status: 'praktijk', vanaf: '2025-01-01', tot: null, beleid: 'eigen' }]);
  });

  it('een niet-vastgestelde waarde krijgt een zin over haar status; een vastgestelde niet', () => {
    const [praktijk, vastgesteld] = besluit(
      beschrijving,
      context,
      [uitslag('a', 'voldaan', [], { waarden: [waarde('praktijk', 'p')] }), uitslag('b', 'voldaan', [], { waarden: [waarde('vastgesteld', 'v')] })],
      uitkomsten,
    ).gronden;
    expect(praktijk!.toelichting).toBe('a Het maximumbedrag is de werkwijze die de bron beschrijft (praktijk), geen vastgesteld beleid.');
    expect(vastgesteld!.toelichting).toBe('b');
  });

  it('een signaal over een niet-toegepaste waarde citeert die waarde en zet haar in uitgeslotenWaarden, niet in toegepasteWaarden', () => {
    const beoordeling = besluit(beschrijving, context, [uitslag('a', 'voldaan'), uitslag('s', 'voldaan', [], { uitgesloten: [waarde('ambitie', 'ambitiecitaat')] })], uitkomsten);
    expect(beoordeling.gronden[1]!.bronnen.map((bron) => bron.citaat)).toEqual(['regeltekst', 'ambitiecitaat']);
    expect(beoordeling.toegepasteWaarden).toEqual([]);
    expect(beoordeling.uitgeslotenWaarden.map((gebruikt) => gebruikt.status)).toEqual(['ambitie']);
  });

  it('dezelfde waarde die twee criteria gebruiken staat één keer in toegepasteWaarden', () => {
    const beide = [uitslag('a', 'voldaan', [], { waarden: [waarde('vastgesteld', 'v')] }), uitslag('b', 'voldaan', [], { waarden: [waarde('vastgesteld', 'v')] })];
    expect(besluit(beschrijving, context, beide, uitkomsten).toegepasteWaarden).toHaveLength(1);
  });

  it('grondslag en interpretaties komen uit de beschrijving; een onbekend criterium of onbekende keuze is een programmeerfout', () => {
    const grond = maakBeoordeling(beschrijving, context, [uitslag('a', 'voldaan', [], { keuzes: ['a.keuze'] })], 'ja').gronden[0]!;
    expect(grond.basis).toEqual({ status: 'voornemen', toelichting: 'Uit een plan.', toelichtingEn: 'From a plan.', bronnen: [], beleid: null });
    expect(grond.interpretaties).toEqual([{ id: 'a.keuze', soort: 'interpretatie', toelichting: 'Onze keuze.', toelichtingEn: 'Our choice.', beleid: null, bronnen: [] }]);
    expect(() => maakBeoordeling(beschrijving, context, [uitslag('x', 'voldaan')], 'ja')).toThrow(/criterium 'x'/);
    expect(() => maakBeoordeling(beschrijving, context, [uitslag('a', 'voldaan', [], { keuzes: ['b.keuze'] })], 'ja')).toThrow(/keuze 'b.keuze'/);
  });
});

describe('een grond citeert alleen documenten van het beleid dat besliste, en landelijke (SPEC §2.9)', () => {
  const almeloTekst = { document: 'integrale-ketenaanpak-mo', onderdeel: 'Oplossing 5', citaat: 'almelo' };
  const metAlmeloTekst = (id: string): Criteriumuitslag => ({ grond: { regel: id, status: 'voldaan', toelichting: id, toelichtingEn: id, bronnen: [regeltekst, almeloTekst] }, ontbrekend: [] });

  it('zonder beleid, of onder een eigen beleid dat het niet citeert, valt het Almelose plan weg; onder het beleid van Almelo blijft het', () => {
    const eigen = defineBeleid({ id: 'gemeente-zwolle', versie: '1', naam: 'Zwolle', parameters: {} });
    for (const beleid of [null, eigen, INGEBOUWD_BELEID['ijssel-vecht']]) {
      expect(besluit(beschrijving, { ...context, beleid }, [metAlmeloTekst('a')], uitkomsten).gronden[0]!.bronnen.map((bron) => bron.citaat), beleid?.id ?? 'geen').toEqual(['regeltekst']);
    }
    expect(besluit(beschrijving, { ...context, beleid: INGEBOUWD_BELEID.almelo }, [metAlmeloTekst('a')], uitkomsten).gronden[0]!.bronnen.map((bron) => bron.citaat)).toEqual(['regeltekst', 'almelo']);
  });
});
