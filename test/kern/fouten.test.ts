import { describe, expect, it } from 'vitest';
import { BeleidNietInWerkingFout, OngeldigeInvoerFout, bepaalHerkomstVeilig, berekenVerblijfstermijnVeilig, defineBeleid, defineBeleidVeilig } from '../../src/index.js';
import { maakVeilig } from '../../src/types/uitslag.js';

describe('foutklassen en de niet-gooiende vorm', () => {
  it('OngeldigeInvoerFout is een Error met per veld pad en melding in de tekst', () => {
    const fout = new OngeldigeInvoerFout([
      { pad: 'a', melding: 'ontbreekt' },
      { pad: '', melding: 'moet een object zijn' },
    ]);
    expect(fout).toBeInstanceOf(Error);
    expect(fout.name).toBe('OngeldigeInvoerFout');
    expect(fout.message).toBe('Ongeldige invoer: a: ontbreekt; moet een object zijn');
  });

  it('BeleidNietInWerkingFout noemt parameter, beleid en datum, en is ook een OngeldigeInvoerFout', () => {
    const fout = new BeleidNietInWerkingFout({ parameter: 'p', peildatum: '2020-01-01', beleid: 'b', pad: 'ingediendOp' });
    expect(fout).toBeInstanceOf(OngeldigeInvoerFout);
    expect(fout).toMatchObject({ name: 'BeleidNietInWerkingFout', parameter: 'p', peildatum: '2020-01-01', beleid: 'b' });
    expect(fout.fouten).toEqual([{ pad: 'ingediendOp', melding: "geen waarde voor 'p' van 'b' in werking op 2020-01-01" }]);
  });

  it('BeleidNietInWerkingFout zonder de nieuwe velden (de vorm van 0.2) krijgt lege standaarden', () => {
    const fout = new BeleidNietInWerkingFout({ parameter: 'p', peildatum: '2020-01-01', beleid: 'b', pad: 'ingediendOp', aanvulling: 'x' });
    expect(fout).toMatchObject({ regio: null, ingebouwd: false, ontbrekendeParameters: ['p'], perioden: [], vastgelegdVanaf: null, vastgelegdTot: null, uitgeslotenStatus: null });
    expect(fout.fouten[0]!.melding).toBe("geen waarde voor 'p' van 'b' in werking op 2020-01-01 (x)");
  });

  it('BeleidNietInWerkingFout neemt van de perioden alleen vanaf, tot en status over; een periode zonder einde heeft tot null', () => {
    const fout = new BeleidNietInWerkingFout({
      parameter: 'p', peildatum: '2019-01-01', beleid: 'b', pad: 'peildatum', ontbrekendeParameters: ['q', 'p'],
      perioden: [{ vanaf: '2020-01-01', tot: '2021-01-01', status: 'praktijk', waarde: 1 } as never, { vanaf: '2021-01-01', status: 'vastgesteld' }],
    });
    expect(fout.perioden).toEqual([{ vanaf: '2020-01-01', tot: '2021-01-01', status: 'praktijk' }, { vanaf: '2021-01-01', tot: null, status: 'vastgesteld' }]);
    expect([fout.vastgelegdVanaf, fout.vastgelegdTot]).toEqual(['2020-01-01', null]);
    expect(fout.ontbrekendeParameters).toEqual(['q', 'p']);
  });

  it("de veilige vorm van een regel: soort 'geen-beleid' met nietInWerking bij een regio zonder indeling (ingebouwd, almelo vanaf 2027)", () => {
    const voor = bepaalHerkomstVeilig({ gemeenteVanHerkomst: 'Wierden', regio: 'almelo', peildatum: '2026-12-31' });
    expect(voor).toMatchObject({ succes: true, beoordeling: { uitkomst: 'binnen-regio' } });
    const na = bepaalHerkomstVeilig({ gemeenteVanHerkomst: 'Wierden', regio: 'almelo', peildatum: '2027-01-01' });
    expect(na).toEqual({
      succes: false,
      soort: 'geen-beleid',
      fouten: [{ pad: 'peildatum', melding: "geen waarde voor 'regio.leden' van 'almelo' in werking op 2027-01-01 (waarden gelden van 2018-04-01 tot 2022-01-01, van 2022-01-01 tot 2027-01-01)" }],
      nietInWerking: {
        peildatum: '2027-01-01',
        beleid: 'almelo',
        regio: 'almelo',
        ingebouwd: true,
        parameter: 'regio.leden',
        ontbrekendeParameters: ['regio.leden'],
        perioden: [
          { vanaf: '2018-04-01', tot: '2022-01-01', status: 'praktijk' },
          { vanaf: '2022-01-01', tot: '2027-01-01', status: 'vastgesteld' },
        ],
        vastgelegdVanaf: '2018-04-01',
        vastgelegdTot: '2027-01-01',
        uitgeslotenStatus: null,
      },
    });
    // Een fout in de invoer gaat voor: dan is het 'ongeldige-invoer', ook op zo'n datum.
    expect(bepaalHerkomstVeilig({ gemeenteVanHerkomst: 'Almeloo', regio: 'almelo', peildatum: '2024-01-01' })).toMatchObject({ soort: 'ongeldige-invoer' });
  });

  it("een eigen regio met alleen een uitgesloten status: 'geen-beleid', niet ingebouwd, met de uitgesloten status", () => {
    const beleid = defineBeleid({
      id: 'plan-regio', versie: '1', naam: 'Plan', parameters: {},
      regios: { 'plan-x': { naam: 'regio X', centrumgemeenten: ['GM0150'], leden: [
        { vanaf: '2024-01-01', waarde: ['GM0150'], status: 'planningsaanname', bronnen: [{ document: 'wmo-2015', onderdeel: 'Artikel 1.2.1' }] }] } },
    });
    const uitslag = bepaalHerkomstVeilig({ gemeenteVanHerkomst: 'Deventer', regio: 'plan-x', peildatum: '2025-01-01' }, { beleid });
    expect(uitslag).toMatchObject({ succes: false, soort: 'geen-beleid', nietInWerking: { regio: 'plan-x', ingebouwd: false, uitgeslotenStatus: 'planningsaanname', vastgelegdVanaf: '2024-01-01', vastgelegdTot: null } });
    expect(bepaalHerkomstVeilig({ gemeenteVanHerkomst: 'Deventer', regio: 'plan-x', peildatum: '2025-01-01' }, { beleid, uitgeslotenStatussen: [] })).toMatchObject({ succes: true });
  });

  it("verblijfstermijn met een eigen beleid waarvan de regio op de startdatum nog niet geldt: 'geen-beleid' op startdatum", () => {
    const beleid = defineBeleid({
      id: 'later', versie: '1', naam: 'Later', parameters: {
        'verblijfsduur.regio': [{ vanaf: '2026-01-01', waarde: 'almelo', status: 'vastgesteld', bronnen: [{ document: 'wmo-2015', onderdeel: 'x' }] }],
        'verblijfsduur.nachtopvang': [{ vanaf: '2025-01-01', waarde: { aantal: 3, eenheid: 'nachten' }, status: 'vastgesteld', bronnen: [{ document: 'wmo-2015', onderdeel: 'x' }] }],
      },
    });
    const uitslag = berekenVerblijfstermijnVeilig({ regio: 'almelo', opvangvorm: 'nachtopvang', startdatum: '2025-06-01', peildatum: '2025-06-02' }, { beleid });
    expect(uitslag).toMatchObject({ succes: false, soort: 'geen-beleid', fouten: [{ pad: 'startdatum' }], nietInWerking: { parameter: 'verblijfsduur.regio', beleid: 'later', ingebouwd: false, vastgelegdVanaf: '2026-01-01' } });
  });

  it("defineBeleidVeilig geeft soort 'ongeldige-invoer'", () => {
    expect(defineBeleidVeilig({ id: 'x' })).toMatchObject({ succes: false, soort: 'ongeldige-invoer' });
  });

  it('de veilige vorm geeft succes, of de veldfouten, en gooit programmeerfouten door', () => {
    const regel = (x: number) => {
      if (x < 0) throw new OngeldigeInvoerFout([{ pad: 'x', melding: 'negatief' }]);
      if (x === 0) throw new TypeError('fout in de code');
      return x * 2;
    };
    const veilig = maakVeilig(regel);
    expect(veilig(2)).toEqual({ succes: true, beoordeling: 4 });
    expect(veilig(-1)).toEqual({ succes: false, soort: 'ongeldige-invoer', fouten: [{ pad: 'x', melding: 'negatief' }] });
    expect(() => veilig(0)).toThrow(TypeError);
  });
});
