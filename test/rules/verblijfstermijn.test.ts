import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BeleidNietInWerkingFout,
  berekenVerblijfstermijn,
  berekenVerblijfstermijnVeilig,
  dagenTussen,
  defineBeleid,
  INGEBOUWD_BELEID,
  motivering,
  OPVANGVORMEN,
  telDuurOp,
  zoekBrondocument,
  type Beleid,
  type VerblijfstermijnInvoer,
} from '../../src/index.js';
import { diepBevroren, veldfoutenVan } from '../helpers.js';

const buitenRegio: VerblijfstermijnInvoer = { regio: 'ijssel-vecht', opvangvorm: 'acute-opvang', startdatum: '2026-05-03', gemeenteVanHerkomst: 'Almelo', peildatum: '2026-05-04' };
const uitRegio: VerblijfstermijnInvoer = { ...buitenRegio, gemeenteVanHerkomst: 'Zwolle' };
const almelo: VerblijfstermijnInvoer = { regio: 'almelo', opvangvorm: '24-uursopvang', startdatum: '2026-05-31', peildatum: '2026-06-01' };

/** Een eigen beleid voor Enschede met een (fictieve) termijn voor de nachtopvang. */
function enschedeBeleid(extra: Partial<Beleid['parameters']> = {}): Beleid {
  return defineBeleid({
    id: 'voorbeeld-enschede',
    versie: '1',
    naam: 'Voorbeeld Enschede',
    parameters: {
      'verblijfsduur.regio': [{ vanaf: '2026-01-01', waarde: 'enschede', status: 'vastgesteld', bronnen: [{ document: 'regio-enschede-beschermd-wonen', onderdeel: 'Voorbeeld' }] }],
      'verblijfsduur.nachtopvang': [{ vanaf: '2026-01-01', waarde: { aantal: 5, eenheid: 'nachten' }, status: 'vastgesteld', bronnen: [{ document: 'regio-enschede-beschermd-wonen', onderdeel: 'Voorbeeld' }] }],
      ...extra,
    },
  });
}

describe('berekenVerblijfstermijn', () => {
  it('noemt in de toelichting de duur, de parameter, de datums en de status, zodat niemand praktijk of ambitie voor vastgesteld beleid aanziet', () => {
    const buiten = berekenVerblijfstermijn(buitenRegio);
    const termijn = buiten.gronden[1]!;
    expect(termijn.regel).toBe('verblijfstermijn.termijn');
    expect(termijn.toelichting).toBe(
      "Voor cliënten van buiten de regio is de maximale verblijfsduur in de acute opvang van de regio IJssel-Vecht 2 nachten (beleid 'ijssel-vecht', verblijfsduur.acute-opvang.buiten-regio, vanaf 22 juni 2023). " +
        'Vanaf de startdatum 3 mei 2026 is de uiterlijke vertrekdatum 5 mei 2026; op de peildatum 4 mei 2026 resteert nog 1 dag. Dit is de in de bron beschreven werkwijze (praktijk), geen vastgesteld beleid.',
    );
    expect(buiten.statusVanDuur).toBe('praktijk');
    expect(termijn.bronnen.map((bron) => bron.onderdeel)).toEqual(['9.1 Opvang van mensen buiten de regio']);
    const uit = berekenVerblijfstermijn(uitRegio);
    expect(uit.gronden[1]!.toelichting).toContain('8 weken');
    expect(uit.gronden[1]!.toelichting).toContain('Dit is een ambitie uit de bron, geen vastgesteld beleid.');
    expect(uit.gronden[1]!.toelichtingEn).toContain('This is an ambition stated in the source, not adopted policy.');
    expect(uit.statusVanDuur).toBe('ambitie');
  });

  it('de herkomstgrond zegt welke duur de herkomst kiest, en citeert de regio-indeling', () => {
    const [herkomst] = berekenVerblijfstermijn(buitenRegio).gronden;
    expect(herkomst!.status).toBe('niet-voldaan');
    expect(herkomst!.toelichting).toBe('Almelo (GM0141) hoort op 4 mei 2026 niet bij de regio IJssel-Vecht (centrumgemeente Zwolle). Daarom geldt de duur voor cliënten van buiten de regio.');
    expect(herkomst!.bronnen.map((bron) => bron.document)).toEqual(['visie-mo-ijssel-vecht', 'centrumregeling-ijssel-vecht']);
    const [uit] = berekenVerblijfstermijn(uitRegio).gronden;
    expect(uit!.toelichting).toMatch(/hoort op 4 mei 2026 bij de regio IJssel-Vecht .*Daarom geldt de duur voor cliënten uit de regio\.$/);
  });

  it('onbekende herkomst: aanvullen, en de toelichting noemt beide mogelijke termijnen met hun vertrekdatum', () => {
    const beoordeling = berekenVerblijfstermijn({ ...buitenRegio, gemeenteVanHerkomst: 'onbekend' });
    expect(beoordeling).toMatchObject({ uitkomst: 'aanvullen', ontbrekendeGegevens: ['gemeenteVanHerkomst'], maximaleDuur: null, uiterlijkeVertrekdatum: null, resterendeDagen: null });
    expect(beoordeling.gronden[1]!.toelichting).toContain('voor cliënten van buiten de regio 2 nachten (verblijfsduur.acute-opvang.buiten-regio, praktijk), dus uiterlijk tot 5 mei 2026');
    expect(beoordeling.gronden[1]!.toelichting).toContain('voor cliënten uit de regio 8 weken (verblijfsduur.acute-opvang, ambitie), dus uiterlijk tot 28 juni 2026');
    const { gemeenteVanHerkomst: _weg, ...zonder } = buitenRegio;
    expect(berekenVerblijfstermijn(zonder)).toEqual(beoordeling);
  });

  it('een duur die pas na de startdatum inging, krijgt een waarschuwing: de bronnen regelen geen overgang', () => {
    const beoordeling = berekenVerblijfstermijn({ ...uitRegio, startdatum: '2023-06-21', peildatum: '2023-06-22' });
    expect(beoordeling.uitkomst).toBe('binnen-termijn');
    expect(beoordeling.gronden[1]!.toelichting).toContain('Let op: deze duur geldt pas vanaf 22 juni 2023, na de startdatum');
    expect(berekenVerblijfstermijn({ ...uitRegio, startdatum: '2023-06-22', peildatum: '2023-06-22' }).gronden[1]!.toelichting).not.toContain('Let op');
  });

  it('waar geen termijn geldt, zegt de regel dat en leent hij er geen', () => {
    const zonderBeleid = berekenVerblijfstermijn({ ...almelo, regio: 'enschede' });
    expect(zonderBeleid).toMatchObject({ uitkomst: 'geen-termijn', beleid: null, maximaleDuur: null, statusVanDuur: null });
    expect(zonderBeleid.gronden[1]!.toelichting).toContain('heeft opvangregels geen ingebouwd beleid met verblijfstermijnen');
    const andereVorm = berekenVerblijfstermijn({ ...uitRegio, opvangvorm: '24-uursopvang' });
    expect(andereVorm).toMatchObject({ uitkomst: 'geen-termijn', beleid: { id: 'ijssel-vecht', versie: '2026-2' } });
    expect(andereVorm.gronden[1]!.toelichting).toContain("Beleid 'ijssel-vecht' legt op 4 mei 2026 geen maximale verblijfsduur vast voor iedereen in de 24-uursopvang van de regio IJssel-Vecht");
  });

  it('elke opvangvorm zonder waarde in het beleid geeft geen-termijn, in elke regio', () => {
    const metTermijn = new Set(['almelo:24-uursopvang', 'ijssel-vecht:acute-opvang']);
    for (const regio of ['almelo', 'enschede', 'twente', 'ijssel-vecht'] as const) {
      for (const opvangvorm of OPVANGVORMEN) {
        const uitkomst = berekenVerblijfstermijn({ ...uitRegio, gemeenteVanHerkomst: 'Zwolle', regio, opvangvorm }).uitkomst;
        expect(uitkomst, `${regio} ${opvangvorm}`).toBe(metTermijn.has(`${regio}:${opvangvorm}`) ? 'binnen-termijn' : 'geen-termijn');
      }
    }
  });

  describe('opties.uitgeslotenStatussen', () => {
    it('zonder ambitie: uit de regio geen termijn, van buiten de regio nog steeds 2 nachten', () => {
      const opties = { uitgeslotenStatussen: ['ambitie'] as const };
      const uit = berekenVerblijfstermijn(uitRegio, opties);
      expect(uit.uitkomst).toBe('geen-termijn');
      expect(uit.gronden[1]!.toelichting).toContain('Op verzoek buiten beschouwing gelaten (opties.uitgeslotenStatussen): 8 weken (verblijfsduur.acute-opvang, ambitie).');
      expect(berekenVerblijfstermijn(buitenRegio, opties)).toMatchObject({ uitkomst: 'binnen-termijn', maximaleDuur: { aantal: 2, eenheid: 'nachten' } });
      expect(berekenVerblijfstermijn({ ...buitenRegio, gemeenteVanHerkomst: 'onbekend' }, opties).gronden[1]!.toelichting).toContain('voor cliënten uit de regio geen termijn');
    });

    it('zonder praktijk: de herkomst beslist niet meer, want de waarde voor iedereen geldt dan ook voor wie van buiten komt', () => {
      const beoordeling = berekenVerblijfstermijn({ ...buitenRegio, gemeenteVanHerkomst: 'onbekend' }, { uitgeslotenStatussen: ['praktijk'] });
      expect(beoordeling).toMatchObject({ uitkomst: 'binnen-termijn', maximaleDuur: { aantal: 8, eenheid: 'weken' }, statusVanDuur: 'ambitie' });
      expect(beoordeling.gronden[0]!.status).toBe('niet-van-toepassing');
      expect(berekenVerblijfstermijn(almelo, { uitgeslotenStatussen: ['praktijk'] }).uitkomst).toBe('geen-termijn');
    });

    it('zonder praktijk en ambitie: nergens een ingebouwde termijn', () => {
      const opties = { uitgeslotenStatussen: ['praktijk', 'ambitie'] as const };
      expect(berekenVerblijfstermijn(buitenRegio, opties).uitkomst).toBe('geen-termijn');
      expect(berekenVerblijfstermijn(uitRegio, opties).uitkomst).toBe('geen-termijn');
    });

    it('een lege lijst of vastgesteld en interpretatie uitsluiten verandert niets aan de ingebouwde termijnen', () => {
      for (const uitgeslotenStatussen of [[], ['vastgesteld', 'interpretatie', 'planningsaanname']] as const) {
        expect(berekenVerblijfstermijn(buitenRegio, { uitgeslotenStatussen })).toEqual(berekenVerblijfstermijn(buitenRegio));
      }
    });

    it('onjuiste opties zijn een fout met het pad', () => {
      expect(veldfoutenVan(() => berekenVerblijfstermijn(buitenRegio, { uitgeslotenStatussen: ['wens'] } as never))[0]!.pad).toBe('opties.uitgeslotenStatussen.0');
      expect(veldfoutenVan(() => berekenVerblijfstermijn(buitenRegio, { uitgeslotenStatussen: 'ambitie' } as never))[0]!.pad).toBe('opties.uitgeslotenStatussen');
      expect(veldfoutenVan(() => berekenVerblijfstermijn(buitenRegio, { statussen: [] } as never))).toEqual([{ pad: 'opties.statussen', melding: 'onbekend veld' }]);
      expect(veldfoutenVan(() => berekenVerblijfstermijn(buitenRegio, 'ijssel-vecht' as never))[0]!.pad).toBe('opties');
    });
  });

  describe('opties.beleid', () => {
    it('een eigen beleid voor een andere regio geeft daar zijn termijn, met de grenzen op de eerste en laatste dag', () => {
      const beleid = enschedeBeleid();
      const invoer: VerblijfstermijnInvoer = { regio: 'enschede', opvangvorm: 'nachtopvang', startdatum: '2026-03-01', peildatum: '2026-03-06' };
      expect(berekenVerblijfstermijn(invoer, { beleid })).toMatchObject({ uitkomst: 'binnen-termijn', uiterlijkeVertrekdatum: '2026-03-06', resterendeDagen: 0, beleid: { id: 'voorbeeld-enschede', versie: '1' } });
      expect(berekenVerblijfstermijn({ ...invoer, peildatum: '2026-03-07' }, { beleid }).uitkomst).toBe('termijn-verstreken');
      expect(berekenVerblijfstermijn({ ...invoer, startdatum: '2025-12-30', peildatum: '2025-12-31' }, { beleid }).uitkomst).toBe('geen-termijn');
    });

    it('een beleid voor een andere regio is een fout op opties.beleid: een termijn wordt nooit geleend', () => {
      expect(veldfoutenVan(() => berekenVerblijfstermijn(uitRegio, { beleid: 'almelo' }))).toEqual([
        { pad: 'opties.beleid', melding: "beleid 'almelo' legt verblijfstermijnen vast voor regio 'almelo', niet voor regio 'ijssel-vecht'" },
      ]);
      expect(veldfoutenVan(() => berekenVerblijfstermijn({ ...almelo, regio: 'enschede' }, { beleid: INGEBOUWD_BELEID.almelo }))[0]!.pad).toBe('opties.beleid');
      expect(veldfoutenVan(() => berekenVerblijfstermijn(uitRegio, { beleid: 'zwolle' as never }))[0]!.pad).toBe('opties.beleid');
    });

    it('een beleid zonder verblijfstermijnen geeft geen-termijn', () => {
      const zonder = defineBeleid({ id: 'alleen-fonds', versie: '1', naam: 'Alleen een fonds', parameters: {} });
      expect(berekenVerblijfstermijn(uitRegio, { beleid: zonder })).toMatchObject({ uitkomst: 'geen-termijn', beleid: { id: 'alleen-fonds', versie: '1' } });
    });

    it('defineBeleid weigert een verblijfsduur zonder verblijfsduur.regio', () => {
      const { 'verblijfsduur.regio': _regio, ...zonderRegio } = enschedeBeleid().parameters;
      expect(veldfoutenVan(() => defineBeleid({ id: 'zonder-regio', versie: '1', naam: 'Zonder regio', parameters: zonderRegio }))).toEqual([
        { pad: 'parameters.verblijfsduur.regio', melding: "is verplicht naast 'verblijfsduur.nachtopvang': zeg voor welke regio de termijnen gelden" },
      ]);
    });

    it('een termijn in werking terwijl de regio van het beleid nog niet geldt, is een BeleidNietInWerkingFout', () => {
      const beleid = enschedeBeleid({
        'verblijfsduur.regio': [{ vanaf: '2026-02-01', waarde: 'enschede', status: 'vastgesteld', bronnen: [{ document: 'regio-enschede-beschermd-wonen', onderdeel: 'Voorbeeld' }] }],
      });
      const invoer: VerblijfstermijnInvoer = { regio: 'enschede', opvangvorm: 'nachtopvang', startdatum: '2026-01-10', peildatum: '2026-01-12' };
      expect(() => berekenVerblijfstermijn(invoer, { beleid })).toThrow(BeleidNietInWerkingFout);
      expect(berekenVerblijfstermijn({ ...invoer, peildatum: '2026-02-01' }, { beleid }).uitkomst).toBe('termijn-verstreken');
    });

    it('een onjuiste waarde in een eigen beleid wordt geweigerd met het pad', () => {
      const fouten = veldfoutenVan(() =>
        defineBeleid({
          id: 'fout',
          versie: '1',
          naam: 'Fout',
          parameters: {
            'verblijfsduur.regio': [{ vanaf: '2026-01-01', waarde: 'enschede', status: 'vastgesteld', bronnen: [{ document: 'wmo-2015', onderdeel: 'x' }] }],
            'verblijfsduur.nachtopvang': [{ vanaf: '2026-01-01', waarde: { aantal: 0, eenheid: 'jaren' } as never, status: 'vastgesteld', bronnen: [{ document: 'wmo-2015', onderdeel: 'x' }] }],
          },
        }),
      );
      expect(fouten.map((fout) => fout.pad)).toEqual(['parameters.verblijfsduur.nachtopvang.0.waarde.aantal', 'parameters.verblijfsduur.nachtopvang.0.waarde.eenheid']);
    });
  });

  describe('invoer', () => {
    it('neemt Date-objecten aan als Amsterdamse kalenderdatum', () => {
      const beoordeling = berekenVerblijfstermijn({ ...buitenRegio, startdatum: new Date('2026-05-02T22:30:00Z'), peildatum: new Date('2026-05-04T21:59:00Z') });
      expect(beoordeling).toMatchObject({ peildatum: '2026-05-04', uiterlijkeVertrekdatum: '2026-05-05', resterendeDagen: 1 });
    });

    it('wijzigt de invoer niet (diep bevroren invoer werkt)', () => {
      expect(berekenVerblijfstermijn(diepBevroren({ ...buitenRegio }))).toEqual(berekenVerblijfstermijn(buitenRegio));
    });

    it('startdatum na de peildatum: een fout op startdatum; dezelfde dag mag', () => {
      expect(veldfoutenVan(() => berekenVerblijfstermijn({ ...almelo, startdatum: '2026-06-02' }))).toEqual([
        { pad: 'startdatum', melding: 'ligt na de peildatum (2026-06-01); een verblijf kan niet beoordeeld worden voordat het begint' },
      ]);
      expect(berekenVerblijfstermijn({ ...almelo, startdatum: '2026-06-01' }).resterendeDagen).toBe(dagenTussen('2026-06-01', '2027-03-01'));
    });

    it('meldt elke foute datum apart, zonder een verzonnen vergelijking ertussen', () => {
      expect(veldfoutenVan(() => berekenVerblijfstermijn({ ...almelo, startdatum: '2026-02-30', peildatum: 'gisteren' }))).toEqual([
        { pad: 'startdatum', melding: 'is geen bestaande datum' },
        { pad: 'peildatum', melding: 'moet een datum zijn in de vorm JJJJ-MM-DD' },
      ]);
    });

    it('een onbekende gemeente krijgt een suggestie, ook waar de herkomst de termijn niet bepaalt', () => {
      expect(veldfoutenVan(() => berekenVerblijfstermijn({ ...almelo, gemeenteVanHerkomst: 'Almeloo' }))).toEqual([{ pad: 'gemeenteVanHerkomst', melding: "onbekende gemeente 'Almeloo'; bedoelt u 'Almelo'?" }]);
    });

    it('de niet-gooiende vorm geeft de fouten terug', () => {
      const uitslag = berekenVerblijfstermijnVeilig({ ...almelo, regio: 'zwolle' } as never);
      expect(uitslag).toEqual({ succes: false, fouten: [{ pad: 'regio', melding: "moet een van 'almelo', 'enschede', 'twente', 'ijssel-vecht' zijn" }] });
      expect(berekenVerblijfstermijnVeilig(almelo)).toEqual({ succes: true, beoordeling: berekenVerblijfstermijn(almelo) });
    });
  });

  it('de motivering noemt de duur, de vertrekdatum op zijn Nederlands en de resterende dagen', () => {
    const tekst = motivering(berekenVerblijfstermijn({ ...buitenRegio, peildatum: '2026-05-06' }));
    expect(tekst.split('\n').slice(0, 6)).toEqual([
      'Verblijfstermijn: termijn verstreken',
      'Peildatum: 6 mei 2026',
      'Beleid: ijssel-vecht (versie 2026-2)',
      'Maximale verblijfsduur: 2 nachten',
      'Uiterlijke vertrekdatum: 5 mei 2026',
      'Resterende dagen: -1',
    ]);
    const engels = motivering(berekenVerblijfstermijn(almelo), { taal: 'en' });
    expect(engels.split('\n').slice(0, 6)).toEqual([
      'Length of stay: within the term',
      'Reference date: 1 June 2026',
      'Policy: almelo (version 2026-2)',
      'Maximum length of stay: 9 months',
      'Latest departure date: 28 February 2027',
      'Days remaining: 272',
    ]);
    expect(motivering(berekenVerblijfstermijn({ ...almelo, regio: 'enschede' }))).not.toContain('Uiterlijke vertrekdatum');
  });

  it('waar de herkomst niet beslist, citeert de herkomstgrond de bron van de duur voor iedereen (niet die van een andere regio)', () => {
    const [herkomst] = berekenVerblijfstermijn(almelo).gronden;
    expect(herkomst!.status).toBe('niet-van-toepassing');
    expect(herkomst!.bronnen.map((bron) => bron.document)).toEqual(['weer-thuis-in-de-wijk']);
  });

  it('elke bron van elke grond verwijst naar een bekend brondocument', () => {
    for (const invoer of [buitenRegio, uitRegio, almelo, { ...buitenRegio, gemeenteVanHerkomst: 'onbekend' }, { ...almelo, regio: 'enschede' as const }]) {
      for (const grond of berekenVerblijfstermijn(invoer).gronden) {
        expect(grond.bronnen.length, grond.regel).toBeGreaterThan(0);
        for (const bron of grond.bronnen) expect(zoekBrondocument(bron.document), bron.document).toBeDefined();
      }
    }
  });

  it('binnen-termijn precies tot en met de vertrekdatum, en resterendeDagen is het verschil (eigenschap, 1000 gevallen)', () => {
    const datum = fc.date({ min: new Date('2019-01-01T12:00:00Z'), max: new Date('2030-12-31T12:00:00Z'), noInvalidDate: true }).map((moment) => moment.toISOString().slice(0, 10));
    fc.assert(
      fc.property(datum, fc.integer({ min: 0, max: 400 }), fc.constantFrom('Zwolle', 'Almelo', 'buitenland'), (start, dagenLater, gemeenteVanHerkomst) => {
        const peildatum = telDuurOp(start, { aantal: dagenLater, eenheid: 'dagen' });
        for (const invoer of [
          { ...almelo, startdatum: start, peildatum },
          { ...buitenRegio, gemeenteVanHerkomst, startdatum: start, peildatum },
        ]) {
          const beoordeling = berekenVerblijfstermijn(invoer);
          if (beoordeling.uiterlijkeVertrekdatum === null) {
            expect(beoordeling.uitkomst).toBe('geen-termijn');
            continue;
          }
          expect(beoordeling.uiterlijkeVertrekdatum).toBe(telDuurOp(start, beoordeling.maximaleDuur!));
          expect(beoordeling.resterendeDagen).toBe(dagenTussen(peildatum, beoordeling.uiterlijkeVertrekdatum));
          expect(beoordeling.uitkomst).toBe(peildatum <= beoordeling.uiterlijkeVertrekdatum ? 'binnen-termijn' : 'termijn-verstreken');
        }
      }),
      { numRuns: 1000 },
    );
  });
});
