import { describe, expect, it } from 'vitest';
import {
  BeleidNietInWerkingFout,
  INGEBOUWD_BELEID,
  beleidswaardeOp,
  defineBeleid,
  zoekBeleidswaarde,
  type Beleid,
} from '../../src/index.js';
import { kiesBeleid } from '../../src/beleid/opzoeken.js';
import { veldfoutenVan } from '../helpers.js';

const bron = { document: 'integrale-ketenaanpak-mo', onderdeel: 'Oplossing 5: Versnelfonds', citaat: 'tot een maximum van € 1.000,-' };
const P = 'versnelfonds.maximumInCenten';

function definitie(perioden: unknown[], extra: Record<string, unknown> = {}): Beleid {
  return { id: 'gemeente-proef', versie: '1', naam: 'Gemeente Proef', parameters: { [P]: perioden }, ...extra } as unknown as Beleid;
}

const tweePerioden = definitie([
  { vanaf: '2020-01-01', tot: '2026-01-01', waarde: 100_000, status: 'vastgesteld', bronnen: [bron] },
  { vanaf: '2026-01-01', waarde: 50_000, status: 'interpretatie', toelichting: 'lager maximum in de proefgemeente', bronnen: [bron] },
]);

describe('defineBeleid: een eigen beleid wordt gecontroleerd', () => {
  it('aanvaardt opvolgende perioden en bevriest het resultaat diep', () => {
    const beleid = defineBeleid(tweePerioden);
    expect(beleid.parameters[P]?.map((periode) => periode.waarde)).toEqual([100_000, 50_000]);
    expect(Object.isFrozen(beleid)).toBe(true);
    expect(Object.isFrozen(beleid.parameters[P]?.[0]?.bronnen)).toBe(true);
  });

  it.each([
    ['een onbekende parameter', definitie([], { parameters: { 'versnelfonds.onbekend': [] } }), 'parameters', 'bevat een onbekend veld'],
    ['een waarde van het verkeerde type', definitie([{ vanaf: '2020-01-01', waarde: '1000', status: 'vastgesteld', bronnen: [bron] }]), `parameters.${P}.0.waarde`, 'moet een getal zijn'],
    ['een gebroken bedrag', definitie([{ vanaf: '2020-01-01', waarde: 10.5, status: 'vastgesteld', bronnen: [bron] }]), `parameters.${P}.0.waarde`, 'moet een geheel getal zijn'],
    ['een onbestaande datum', definitie([{ vanaf: '2020-02-30', waarde: 1, status: 'vastgesteld', bronnen: [bron] }]), `parameters.${P}.0.vanaf`, 'moet een bestaande datum JJJJ-MM-DD zijn'],
    ['een tot vóór vanaf', definitie([{ vanaf: '2020-01-01', tot: '2020-01-01', waarde: 1, status: 'vastgesteld', bronnen: [bron] }]), `parameters.${P}.0.tot`, 'moet na vanaf liggen'],
    ['een onbekende status', definitie([{ vanaf: '2020-01-01', waarde: 1, status: 'besloten', bronnen: [bron] }]), `parameters.${P}.0.status`, "moet een van 'vastgesteld', 'praktijk', 'voornemen', 'ambitie', 'planningsaanname', 'interpretatie' zijn"],
    ['een interpretatie zonder toelichting', definitie([{ vanaf: '2020-01-01', waarde: 1, status: 'interpretatie', bronnen: [bron] }]), `parameters.${P}.0.toelichting`, "is verplicht bij status 'interpretatie': leg uit waarom deze lezing"],
    ['een waarde zonder bron', definitie([{ vanaf: '2020-01-01', waarde: 1, status: 'vastgesteld', bronnen: [] }]), `parameters.${P}.0.bronnen`, 'moet ten minste 1 element(en) bevatten'],
    ['een bron naar een onbekend document', definitie([{ vanaf: '2020-01-01', waarde: 1, status: 'vastgesteld', bronnen: [{ document: 'x', onderdeel: 'y' }] }]), `parameters.${P}.0.bronnen.0.document`, 'onbekend brondocument: geen ingebouwd document (BRONDOCUMENTEN) en niet in documenten van dit beleid'],
    [
      'overlappende perioden',
      definitie([
        { vanaf: '2020-01-01', tot: '2026-01-02', waarde: 1, status: 'vastgesteld', bronnen: [bron] },
        { vanaf: '2026-01-01', waarde: 2, status: 'vastgesteld', bronnen: [bron] },
      ]),
      `parameters.${P}.1.vanaf`,
      'overlapt met de vorige periode (die loopt langer)',
    ],
    [
      'een periode na een periode zonder einde',
      definitie([
        { vanaf: '2020-01-01', waarde: 1, status: 'vastgesteld', bronnen: [bron] },
        { vanaf: '2026-01-01', waarde: 2, status: 'vastgesteld', bronnen: [bron] },
      ]),
      `parameters.${P}.1.vanaf`,
      'overlapt met de vorige periode (die heeft geen einde)',
    ],
    [
      'een gat tussen perioden',
      definitie([
        { vanaf: '2020-01-01', tot: '2025-12-31', waarde: 1, status: 'vastgesteld', bronnen: [bron] },
        { vanaf: '2026-01-01', waarde: 2, status: 'vastgesteld', bronnen: [bron] },
      ]),
      `parameters.${P}.1.vanaf`,
      'laat een gat: de vorige periode eindigt eerder',
    ],
    [
      'perioden in de verkeerde volgorde',
      definitie([
        { vanaf: '2026-01-01', waarde: 2, status: 'vastgesteld', bronnen: [bron] },
        { vanaf: '2020-01-01', tot: '2026-01-01', waarde: 1, status: 'vastgesteld', bronnen: [bron] },
      ]),
      `parameters.${P}.1.vanaf`,
      'moet na het begin van de vorige periode liggen',
    ],
    ['een id met hoofdletters', definitie([], { id: 'Gemeente Proef', parameters: {} }), 'id', 'moet uit kleine letters, cijfers en streepjes bestaan, bv. gemeente-deventer'],
    ['een lege versie', definitie([], { versie: '', parameters: {} }), 'versie', 'moet ten minste 1 teken(s) bevatten'],
  ])('weigert %s', (_naam, invoer, pad, melding) => {
    expect(veldfoutenVan(() => defineBeleid(invoer))).toContainEqual({ pad, melding });
  });

  it('de ingebouwde beleidssets doorstaan dezelfde controle (onder een eigen id: de ingebouwde ids zijn bezet)', () => {
    for (const beleid of Object.values(INGEBOUWD_BELEID)) {
      expect(defineBeleid({ ...structuredClone(beleid), id: `kopie-${beleid.id}` } as Beleid)).toEqual({ ...beleid, id: `kopie-${beleid.id}` });
      expect(veldfoutenVan(() => defineBeleid(structuredClone(beleid) as Beleid))).toEqual([{ pad: 'id', melding: expect.stringContaining('botst met een ingebouwd beleid-id') }]);
    }
  });
});

describe('beleidswaarden opzoeken op een peildatum', () => {
  const beleid = defineBeleid(tweePerioden);

  it('gebruikt op elke datum de waarde die dan in werking is, aan beide kanten van de wissel', () => {
    expect(zoekBeleidswaarde(beleid, P, '2020-01-01')?.waarde).toBe(100_000);
    expect(zoekBeleidswaarde(beleid, P, '2025-12-31')?.waarde).toBe(100_000);
    expect(zoekBeleidswaarde(beleid, P, '2026-01-01')?.waarde).toBe(50_000);
    expect(zoekBeleidswaarde(beleid, P, '2099-01-01')?.status).toBe('interpretatie');
  });

  it('vóór de eerste waarde is er geen: undefined, of een fout die parameter, beleid en datum noemt', () => {
    expect(zoekBeleidswaarde(beleid, P, '2019-12-31')).toBeUndefined();
    expect(zoekBeleidswaarde(beleid, 'versnelfonds.regio', '2026-01-01')).toBeUndefined();
    expect(() => beleidswaardeOp(beleid, P, '2019-12-31', 'ingediendOp')).toThrow(BeleidNietInWerkingFout);
    expect(veldfoutenVan(() => beleidswaardeOp(beleid, P, '2019-12-31', 'ingediendOp'))).toEqual([
      {
        pad: 'ingediendOp',
        melding: `geen waarde voor '${P}' van 'gemeente-proef' in werking op 2019-12-31 (waarden gelden van 2020-01-01 tot 2026-01-01, vanaf 2026-01-01)`,
      },
    ]);
    expect(veldfoutenVan(() => beleidswaardeOp(INGEBOUWD_BELEID['ijssel-vecht'], 'versnelfonds.regio', '2026-01-01'))).toEqual([
      { pad: 'peildatum', melding: "geen waarde voor 'versnelfonds.regio' van 'ijssel-vecht' in werking op 2026-01-01 (er is geen enkele waarde vastgelegd)" },
    ]);
    expect(veldfoutenVan(() => beleidswaardeOp(INGEBOUWD_BELEID.almelo, 'versnelfonds.regio', '2019-12-31'))).toEqual([
      { pad: 'peildatum', melding: "geen waarde voor 'versnelfonds.regio' van 'almelo' in werking op 2019-12-31 (waarden gelden van 2020-01-01 tot 2026-01-01)" },
    ]);
    expect(beleidswaardeOp(beleid, P, '2026-06-01').waarde).toBe(50_000);
  });
});

describe('kiesBeleid: welk beleid een regel gebruikt', () => {
  it('een ingebouwd id geeft het ingebouwde beleid', () => {
    expect(kiesBeleid('almelo')).toBe(INGEBOUWD_BELEID.almelo);
  });

  it('een onbekend id is een fout op opties.beleid met de bekende ids', () => {
    expect(veldfoutenVan(() => kiesBeleid('zwolle' as never))).toEqual([{ pad: 'opties.beleid', melding: "onbekend beleid; ingebouwd zijn 'almelo', 'ijssel-vecht'" }]);
  });

  it('een gecontroleerd eigen beleid wordt zonder nieuwe controle gebruikt', () => {
    const beleid = defineBeleid(tweePerioden);
    expect(kiesBeleid(beleid)).toBe(beleid);
  });

  it('een zelfgebouwd object wordt alsnog gecontroleerd, met paden onder opties.beleid', () => {
    expect(kiesBeleid(tweePerioden).parameters[P]?.[1]?.waarde).toBe(50_000);
    const fout = definitie([{ vanaf: '2020-01-01', waarde: -1, status: 'vastgesteld', bronnen: [bron] }]);
    expect(veldfoutenVan(() => kiesBeleid(fout))).toEqual([{ pad: `opties.beleid.parameters.${P}.0.waarde`, melding: 'moet groter dan 0 zijn' }]);
    expect(veldfoutenVan(() => kiesBeleid(null as never))[0]).toEqual({ pad: 'opties.beleid', melding: 'moet een object zijn' });
  });
});
