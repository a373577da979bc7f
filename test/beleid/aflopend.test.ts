import { describe, expect, it } from 'vitest';
import { OngeldigeInvoerFout, aflopendeWaarden, defineBeleid, type Waardestatus } from '../../src/index.js';
import { veldfoutenVan } from '../helpers.js';

const BRON = [{ document: 'eigen-besluit', onderdeel: 'Artikel 1' }];
const DOCUMENTEN = [
  { id: 'eigen-besluit', titel: 'Eigen besluit', uitgever: 'Gemeente Voorbeeld', jaar: 2025 },
  { id: 'oud-besluit', titel: 'Oud besluit', uitgever: 'Gemeente Voorbeeld', jaar: 2020 },
];

/** Een eigen fonds met een maximum dat op `tot` eindigt (en eventueel overgaat in een periode met `daarna` als status). */
function fonds(tot: string, daarna?: Waardestatus) {
  return defineBeleid({
    id: 'gemeente-voorbeeld',
    versie: '1',
    naam: 'Gemeente Voorbeeld',
    documenten: DOCUMENTEN,
    parameters: {
      'versnelfonds.maximumInCenten': [
        { vanaf: '2020-01-01', tot: '2025-01-01', waarde: 50_000, status: 'vastgesteld', bronnen: [{ document: 'oud-besluit', onderdeel: 'Artikel 2' }] },
        { vanaf: '2025-01-01', tot, waarde: 75_000, status: 'vastgesteld', bronnen: BRON, datumkeuze: 'Het besluit loopt af.' },
        ...(daarna ? [{ vanaf: tot, waarde: 90_000, status: daarna, toelichting: 'Een plan.', bronnen: BRON }] : []),
      ],
      'versnelfonds.beoordelingstermijnInUren': [{ vanaf: '2020-01-01', waarde: 24, status: 'vastgesteld', bronnen: BRON }],
    },
  });
}

const namen = (lijst: readonly { naam: string }[]) => lijst.map((waarde) => waarde.naam);

describe('aflopendeWaarden: wat binnen N dagen afloopt', () => {
  describe('een waarde die precies op peildatum + N dagen eindigt, loopt binnen N dagen af; een dag later niet', () => {
    const beleid = fonds('2026-03-01');

    it('tot 31 dagen na de peildatum: binnen 31 dagen wel, binnen 30 niet', () => {
      const binnen = aflopendeWaarden(beleid, '2026-01-29', 31);
      expect(binnen.grens).toBe('2026-03-01');
      expect(binnen.lopenAf).toEqual([
        {
          soort: 'parameter',
          naam: 'versnelfonds.maximumInCenten',
          beleid: 'gemeente-voorbeeld',
          ingebouwd: false,
          vanaf: '2025-01-01',
          tot: '2026-03-01',
          laatsteDag: '2026-02-28',
          dagen: 31,
          status: 'vastgesteld',
          datumkeuze: 'Het besluit loopt af.',
          documenten: ['eigen-besluit'],
          daarna: null,
        },
      ]);
      expect(aflopendeWaarden(beleid, '2026-01-29', 30).lopenAf).toEqual([]);
    });

    it('de dag vóór tot is de laatste dag: nog 1 dag; op tot zelf is de waarde afgelopen (0 dagen)', () => {
      expect(aflopendeWaarden(beleid, '2026-02-28', 1).lopenAf.map((waarde) => waarde.dagen)).toEqual([1]);
      expect(aflopendeWaarden(beleid, '2026-02-28', 0).lopenAf).toEqual([]);
      const op = aflopendeWaarden(beleid, '2026-03-01', 365);
      expect(op.lopenAf).toEqual([]);
      expect(op.afgelopen.map((waarde) => [waarde.naam, waarde.dagen, waarde.laatsteDag])).toEqual([['versnelfonds.maximumInCenten', 0, '2026-02-28']]);
      expect(aflopendeWaarden(beleid, '2026-12-01', 0).afgelopen.map((waarde) => waarde.dagen)).toEqual([-275]);
    });

    it('in een schrikkeljaar telt 29 februari mee', () => {
      const schrikkel = fonds('2028-03-01');
      expect(aflopendeWaarden(schrikkel, '2028-01-31', 30).lopenAf.map((waarde) => waarde.laatsteDag)).toEqual(['2028-02-29']);
      expect(aflopendeWaarden(schrikkel, '2028-01-31', 29).lopenAf).toEqual([]);
    });

    it('over een zomertijdwissel heen telt elke kalenderdag één keer', () => {
      const maart = fonds('2026-03-30'); // de klok ging op 29 maart 2026 vooruit
      expect(aflopendeWaarden(maart, '2026-03-28', 2).lopenAf.map((waarde) => waarde.dagen)).toEqual([2]);
      expect(aflopendeWaarden(maart, '2026-03-28', 1).lopenAf).toEqual([]);
      const oktober = fonds('2026-10-26'); // en op 25 oktober 2026 terug
      expect(aflopendeWaarden(oktober, '2026-10-24', 2)).toMatchObject({ grens: '2026-10-26', lopenAf: [{ dagen: 2, laatsteDag: '2026-10-25' }] });
      expect(aflopendeWaarden(oktober, '2026-10-24', 1).lopenAf).toEqual([]);
    });
  });

  describe('wat niet afloopt', () => {
    it('een periode die overgaat in de volgende waarde loopt niet af', () => {
      const beleid = fonds('2026-03-01');
      expect(aflopendeWaarden(beleid, '2024-12-01', 31).lopenAf).toEqual([]);
      expect(aflopendeWaarden(beleid, '2024-12-01', 31).afgelopen).toEqual([]);
    });

    it('een waarde zonder einde loopt niet af, hoe ver ook vooruit', () => {
      expect(namen(aflopendeWaarden(fonds('2026-03-01'), '2025-06-01', 100_000 - 1).lopenAf)).toEqual(['versnelfonds.maximumInCenten']);
    });

    it('een reeks die pas na de peildatum begint, is niet afgelopen', () => {
      expect(aflopendeWaarden(fonds('2026-03-01'), '2019-12-31', 10)).toMatchObject({ lopenAf: [], afgelopen: [] });
    });
  });

  describe('een uitgesloten status telt als geen waarde', () => {
    it("overgaan in een 'ambitie' is standaard aflopen (met daarna), met uitgeslotenStatussen: [] niet", () => {
      const beleid = fonds('2026-03-01', 'ambitie');
      expect(aflopendeWaarden(beleid, '2026-01-29', 31).lopenAf).toMatchObject([{ naam: 'versnelfonds.maximumInCenten', tot: '2026-03-01', daarna: { vanaf: '2026-03-01', status: 'ambitie' } }]);
      expect(aflopendeWaarden(beleid, '2026-01-29', 31, { uitgeslotenStatussen: [] }).lopenAf).toEqual([]);
      // Op een dag met alleen de ambitie in werking: afgelopen.
      expect(aflopendeWaarden(beleid, '2026-06-01', 0).afgelopen).toMatchObject([{ tot: '2026-03-01', daarna: { status: 'ambitie' } }]);
      expect(aflopendeWaarden(beleid, '2026-06-01', 0, { uitgeslotenStatussen: [] }).afgelopen).toEqual([]);
    });

    it('een reeks met alleen een uitgesloten status loopt nooit af, tenzij die status telt', () => {
      expect(aflopendeWaarden('ijssel-vecht', '2032-12-01', 31).lopenAf).toEqual([]);
      const alles = aflopendeWaarden('ijssel-vecht', '2032-12-01', 31, { uitgeslotenStatussen: [] });
      expect(alles.lopenAf.map((waarde) => [waarde.naam, waarde.tot, waarde.status])).toEqual([['verblijfsduur.acute-opvang', '2033-01-01', 'ambitie']]);
      expect(aflopendeWaarden('ijssel-vecht', '2032-12-01', 30, { uitgeslotenStatussen: [] }).lopenAf).toEqual([]);
    });
  });

  describe('het ingebouwde beleid almelo (de vraag van issue 24)', () => {
    it('het versnelfonds is op 1 december 2026 al afgelopen, sinds 1 januari 2026', () => {
      const overzicht = aflopendeWaarden('almelo', '2026-12-01', 30);
      expect(overzicht).toMatchObject({ beleid: { id: 'almelo', versie: '2026-3' }, ingebouwd: true, peildatum: '2026-12-01', binnenDagen: 30, grens: '2026-12-31', lopenAf: [] });
      expect(overzicht.afgelopen.map((waarde) => [waarde.naam, waarde.tot, waarde.dagen, waarde.status, waarde.ingebouwd])).toEqual([
        ['versnelfonds.beoordelingstermijnInUren', '2026-01-01', -334, 'voornemen', true],
        ['versnelfonds.kostenBatenFactor', '2026-01-01', -334, 'interpretatie', true],
        ['versnelfonds.maximumInCenten', '2026-01-01', -334, 'voornemen', true],
        ['versnelfonds.regio', '2026-01-01', -334, 'voornemen', true],
      ]);
      expect(overzicht.afgelopen[0]!.datumkeuze).toMatch(/tot 1 januari 2026/);
      expect(overzicht.documenten).toEqual({
        lopenAf: [],
        afgelopen: [{ document: 'integrale-ketenaanpak-mo', titel: 'Samenvatting integrale ketenaanpak maatschappelijke opvang', ingebouwd: true, tot: '2026-01-01', laatsteDag: '2025-12-31', dagen: -334 }],
      });
    });

    it('de ingebouwde regio almelo (genoemd door verblijfsduur.regio) eindigt op 1 januari 2027: binnen 31 dagen wel, binnen 30 niet', () => {
      expect(aflopendeWaarden('almelo', '2026-12-01', 31).lopenAf).toEqual([
        {
          soort: 'regio',
          naam: 'almelo',
          beleid: 'ingebouwd',
          ingebouwd: true,
          vanaf: '2022-01-01',
          tot: '2027-01-01',
          laatsteDag: '2026-12-31',
          dagen: 31,
          status: 'vastgesteld',
          datumkeuze: expect.stringContaining('2022 – 2026') as unknown as string,
          documenten: ['raadsbrief-regioplan-almelo'],
          daarna: null,
        },
      ]);
      expect(aflopendeWaarden('almelo', '2026-12-01', 30).lopenAf).toEqual([]);
      expect(namen(aflopendeWaarden('almelo', '2027-01-01', 0).afgelopen)).toContain('almelo');
    });

    it('ijssel-vecht heeft vandaag niets wat afloopt', () => {
      expect(aflopendeWaarden('ijssel-vecht', '2026-12-01', 365)).toMatchObject({ lopenAf: [], afgelopen: [], documenten: { lopenAf: [], afgelopen: [] } });
    });
  });

  describe('eigen regio\'s en documenten', () => {
    const beleid = defineBeleid({
      id: 'regio-x-beleid',
      versie: '1',
      naam: 'Regio X',
      documenten: DOCUMENTEN,
      regios: {
        'regio-x': {
          naam: 'regio X',
          centrumgemeenten: ['GM0150'],
          leden: [{ vanaf: '2024-01-01', tot: '2027-01-01', waarde: ['GM0150', 'GM0177'], status: 'vastgesteld', bronnen: [{ document: 'oud-besluit', onderdeel: 'Artikel 1' }] }],
        },
      },
      parameters: {
        'versnelfonds.regio': [{ vanaf: '2024-01-01', waarde: 'regio-x', status: 'vastgesteld', bronnen: BRON }],
      },
    });

    it('een eigen regio loopt af zoals een waarde, en het document dat alleen haar draagt ook', () => {
      const overzicht = aflopendeWaarden(beleid, '2026-12-01', 31);
      expect(overzicht.lopenAf.map((waarde) => [waarde.soort, waarde.naam, waarde.beleid, waarde.ingebouwd])).toEqual([['regio', 'regio-x', 'regio-x-beleid', false]]);
      expect(overzicht.documenten.lopenAf).toEqual([{ document: 'oud-besluit', titel: 'Oud besluit', ingebouwd: false, tot: '2027-01-01', laatsteDag: '2026-12-31', dagen: 31 }]);
      expect(aflopendeWaarden(beleid, '2026-12-01', 30)).toMatchObject({ lopenAf: [], documenten: { lopenAf: [] } });
    });

    it('een document dat ook een waarde zonder einde draagt, loopt niet af', () => {
      const overzicht = aflopendeWaarden(fonds('2026-03-01'), '2026-01-29', 31);
      expect(overzicht.documenten.lopenAf).toEqual([]); // eigen-besluit draagt ook de termijn zonder einde
      expect(overzicht.documenten.afgelopen.map((document) => [document.document, document.tot])).toEqual([['oud-besluit', '2025-01-01']]);
    });
  });

  describe('datums in de Amsterdamse kalender', () => {
    it('een Date als peildatum telt als haar Amsterdamse kalenderdatum', () => {
      expect(aflopendeWaarden('almelo', new Date('2026-11-30T22:59:59Z'), 31).peildatum).toBe('2026-11-30');
      expect(aflopendeWaarden('almelo', new Date('2026-11-30T23:00:00Z'), 31)).toMatchObject({ peildatum: '2026-12-01', lopenAf: [{ naam: 'almelo' }] });
    });

    it('ook in de eerste eeuw en tot het jaar 9999', () => {
      const oud = defineBeleid({
        id: 'oud', versie: '1', naam: 'Oud', documenten: DOCUMENTEN,
        parameters: { 'versnelfonds.maximumInCenten': [{ vanaf: '0040-01-01', tot: '0050-03-01', waarde: 1, status: 'vastgesteld', bronnen: BRON }] },
      });
      expect(aflopendeWaarden(oud, '0050-02-01', 28)).toMatchObject({ grens: '0050-03-01', lopenAf: [{ tot: '0050-03-01', laatsteDag: '0050-02-28', dagen: 28 }] });
      expect(aflopendeWaarden(oud, '0050-02-01', 27).lopenAf).toEqual([]);
      expect(aflopendeWaarden('almelo', '9999-12-01', 30).grens).toBe('9999-12-31');
      expect(veldfoutenVan(() => aflopendeWaarden('almelo', '9999-12-01', 31))).toEqual([{ pad: 'binnenDagen', melding: 'valt na het jaar 9999' }]);
    });
  });

  describe('onjuiste invoer is een OngeldigeInvoerFout met het pad', () => {
    it.each([
      ['een negatief aantal dagen', -1],
      ['een gebroken aantal dagen', 1.5],
      ['NaN', Number.NaN],
      ['een tekst', '30'],
      ['meer dan 100000', 100_001],
    ])('%s', (_naam, binnenDagen) => {
      expect(veldfoutenVan(() => aflopendeWaarden('almelo', '2026-12-01', binnenDagen as number))).toEqual([{ pad: 'binnenDagen', melding: 'moet een geheel getal van 0 tot en met 100000 zijn' }]);
    });

    it('een onbestaande peildatum, een Date die geen datum is, of iets dat op een Date lijkt', () => {
      const fout = [{ pad: 'peildatum', melding: 'moet een bestaande datum JJJJ-MM-DD zijn' }];
      expect(veldfoutenVan(() => aflopendeWaarden('almelo', '2026-02-30', 1))).toEqual(fout);
      expect(veldfoutenVan(() => aflopendeWaarden('almelo', new Date('onzin'), 1))).toEqual(fout);
      expect(veldfoutenVan(() => aflopendeWaarden('almelo', Object.create(Date.prototype) as Date, 1))).toEqual(fout);
    });

    it('een onbekend beleid, een nagemaakt beleid, en ongeldige opties', () => {
      expect(veldfoutenVan(() => aflopendeWaarden('amsterdam' as never, '2026-12-01', 1))).toEqual([{ pad: 'beleid', melding: "onbekend beleid; ingebouwd zijn 'almelo', 'ijssel-vecht'" }]);
      expect(veldfoutenVan(() => aflopendeWaarden({ id: 'x' } as never, '2026-12-01', 1))[0]!.pad).toMatch(/^beleid\./);
      expect(veldfoutenVan(() => aflopendeWaarden('almelo', '2026-12-01', 1, { uitgeslotenStatussen: ['ambitieus'] as never }))).toEqual([
        { pad: 'opties.uitgeslotenStatussen', melding: "moet een lijst zijn met statussen uit 'vastgesteld', 'praktijk', 'voornemen', 'ambitie', 'planningsaanname', 'interpretatie'" },
      ]);
      expect(() => aflopendeWaarden('almelo', '2026-12-01', 1, null as never)).toThrow(OngeldigeInvoerFout);
    });
  });

  it('elk resultaat is nieuw: wijzigen verandert een latere aanroep niet', () => {
    const eerste = aflopendeWaarden('almelo', '2026-12-01', 31);
    eerste.lopenAf[0]!.tot = 'gewijzigd';
    eerste.afgelopen.length = 0;
    expect(aflopendeWaarden('almelo', '2026-12-01', 31)).toMatchObject({ lopenAf: [{ tot: '2027-01-01' }], afgelopen: { length: 4 } });
  });
});
