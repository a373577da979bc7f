// Eigenschappen die voor elke regel gelden, elk met ten minste 1000 gegenereerde gevallen.
// De volgorde-eigenschap van de Regisseur MO staat in test/rules/regisseur.test.ts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BRONDOCUMENTEN,
  OngeldigeInvoerFout,
  REGELS,
  beoordeelVersnelfonds,
  beschrijfBron,
  type Beoordeling,
  type RegelId,
  type VersnelfondsAanvraag,
} from '../../src/index.js';
import { diepBevroren } from '../helpers.js';
import { GELDIGE_INVOER, versnelfondsAanvraag } from './invoer.js';

const RUNS = { numRuns: 1000 };
const REGEL_IDS = Object.keys(REGELS) as RegelId[];
const DOCUMENT_IDS = new Set<string>(BRONDOCUMENTEN.map((document) => document.id));

/** Beoordeelt met het register; geeft de beoordeling of de OngeldigeInvoerFout, en gooit al het andere door. */
function beoordeelOfFout(id: RegelId, invoer: unknown): Beoordeling<string> | OngeldigeInvoerFout {
  try {
    return REGELS[id].beoordeel(invoer);
  } catch (fout) {
    if (fout instanceof OngeldigeInvoerFout) return fout;
    throw fout;
  }
}

/** Een beoordeling zoals SPEC §2 die belooft: een bekende uitkomst en gronden van deze regel, elk uitgelegd en met een bron die bestaat. */
function verwachtVolledigeBeoordeling(id: RegelId, beoordeling: Beoordeling<string>): void {
  const { beschrijving } = REGELS[id];
  expect(Object.keys(beschrijving.uitkomsten)).toContain(beoordeling.uitkomst);
  const criteria = beschrijving.criteria.map((criterium) => criterium.id);
  for (const grond of beoordeling.gronden) {
    expect(criteria).toContain(grond.regel);
    expect(grond.toelichting.trim()).not.toBe('');
    // Een grond die iets beslist (voldaan of niet voldaan), citeert wat hij toepaste. Een grond die
    // zegt dat niets geldt of dat gegevens ontbreken, mag niets citeren: geen passage maakt dat punt.
    if (grond.status === 'voldaan' || grond.status === 'niet-voldaan') expect(grond.bronnen.length, grond.regel).toBeGreaterThan(0);
    for (const bron of grond.bronnen) {
      expect(DOCUMENT_IDS.has(bron.document), `onbekend document '${bron.document}' bij ${grond.regel}`).toBe(true);
      expect(beschrijfBron(bron)).not.toBe('');
    }
  }
}

/** Geldige invoer met één veld vervangen door een willekeurige JSON-waarde, weggelaten, of met een onbekend veld erbij. */
function verminkt(id: RegelId): fc.Arbitrary<unknown> {
  return fc.tuple(GELDIGE_INVOER[id], fc.nat(), fc.jsonValue(), fc.constantFrom('vervang', 'weglaten', 'extra')).map(([invoer, index, waarde, soort]) => {
    const velden = Object.keys(invoer);
    const veld = velden[index % velden.length]!;
    const kopie: Record<string, unknown> = { ...invoer };
    if (soort === 'vervang') kopie[veld] = waarde;
    else if (soort === 'weglaten') delete kopie[veld];
    else kopie.onbekendVeld = waarde;
    return kopie;
  });
}

describe.each(REGEL_IDS)('regel %s', (id) => {
  it('elke JSON-waarde geeft een beoordeling of een OngeldigeInvoerFout met een pad en een melding per veld, nooit een andere fout', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), verminkt(id)), (invoer) => {
        const uitslag = beoordeelOfFout(id, invoer);
        if (uitslag instanceof OngeldigeInvoerFout) {
          expect(uitslag.fouten.length).toBeGreaterThan(0);
          for (const { pad, melding } of uitslag.fouten) {
            expect(typeof pad).toBe('string');
            expect(melding.trim()).not.toBe('');
          }
        } else {
          verwachtVolledigeBeoordeling(id, uitslag);
        }
      }),
      RUNS,
    );
  });

  it('geldige invoer geeft altijd een beoordeling met een uitgelegde grond en een vindbare bron per criterium', () => {
    fc.assert(
      fc.property(GELDIGE_INVOER[id], (invoer) => {
        verwachtVolledigeBeoordeling(id, REGELS[id].beoordeel(invoer));
      }),
      RUNS,
    );
  });

  it('dezelfde invoer geeft hetzelfde antwoord, ook diep bevroren', () => {
    fc.assert(
      fc.property(GELDIGE_INVOER[id], (invoer) => {
        const eerste = REGELS[id].beoordeel(invoer);
        expect(REGELS[id].beoordeel(structuredClone(invoer))).toEqual(eerste);
        expect(REGELS[id].beoordeel(diepBevroren(structuredClone(invoer)))).toEqual(eerste);
      }),
      RUNS,
    );
  });
});

describe('versnelfonds', () => {
  it('het toekenbare bedrag is nooit meer dan het maximum of het gevraagde bedrag, en 0 tenzij toekennen', () => {
    fc.assert(
      fc.property(versnelfondsAanvraag, (aanvraag) => {
        const beoordeling = beoordeelVersnelfonds(aanvraag as unknown as VersnelfondsAanvraag);
        expect(beoordeling.toekenbaarBedragInCenten).toBeLessThanOrEqual(beoordeling.maximumInCenten);
        expect(beoordeling.toekenbaarBedragInCenten).toBeLessThanOrEqual(aanvraag.bedragInCenten as number);
        if (beoordeling.uitkomst === 'toekennen') expect(beoordeling.toekenbaarBedragInCenten).toBe(Math.min(aanvraag.bedragInCenten as number, beoordeling.maximumInCenten));
        else expect(beoordeling.toekenbaarBedragInCenten).toBe(0);
      }),
      RUNS,
    );
  });

  it('toekennen alleen als elk criterium voldaan of niet van toepassing is; aanvullen noemt ontbrekende gegevens', () => {
    fc.assert(
      fc.property(versnelfondsAanvraag, (aanvraag) => {
        const beoordeling = beoordeelVersnelfonds(aanvraag as unknown as VersnelfondsAanvraag);
        const statussen = beoordeling.gronden.map((grond) => grond.status);
        if (beoordeling.uitkomst === 'toekennen') expect(statussen.every((status) => status === 'voldaan' || status === 'niet-van-toepassing')).toBe(true);
        if (beoordeling.uitkomst === 'afwijzen') expect(statussen).toContain('niet-voldaan');
        if (beoordeling.uitkomst === 'aanvullen') expect(beoordeling.ontbrekendeGegevens.length).toBeGreaterThan(0);
      }),
      RUNS,
    );
  });

  it('een hogere verwachte besparing maakt van toekennen nooit afwijzen (en laat toekennen toekennen)', () => {
    const metBesparing = versnelfondsAanvraag.filter((aanvraag) => typeof aanvraag.verwachteBesparingInCenten === 'number');
    fc.assert(
      fc.property(metBesparing, fc.integer({ min: 1, max: 1_000_000 }), (aanvraag, extra) => {
        const laag = beoordeelVersnelfonds(aanvraag as unknown as VersnelfondsAanvraag);
        const hoog = beoordeelVersnelfonds({ ...aanvraag, verwachteBesparingInCenten: (aanvraag.verwachteBesparingInCenten as number) + extra } as unknown as VersnelfondsAanvraag);
        if (laag.uitkomst === 'toekennen') expect(hoog.uitkomst).toBe('toekennen');
        if (hoog.uitkomst === 'afwijzen') expect(laag.uitkomst).toBe('afwijzen');
      }),
      RUNS,
    );
  });
});
