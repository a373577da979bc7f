// De namen die de motivering gebruikt (src/rules/*/namen.ts), zijn die uit REGELBESCHRIJVINGEN:
// dezelfde objecten, niet een kopie. De motivering importeert alleen de namen, zodat één regel
// met `motivering` niet de hele beschrijving van elke regel bundelt.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { REGELBESCHRIJVINGEN, motivering, zoekRegel, type Beoordeling } from '../src/index.js';
import { ALTERNATIEVE_BEWINDVOERING_NAMEN } from '../src/rules/alternatieve-bewindvoering/namen.js';
import { HERKOMST_NAMEN } from '../src/rules/herkomst/namen.js';
import { REGISSEUR_NAMEN } from '../src/rules/regisseur/namen.js';
import { SCHULDHULP_NAMEN } from '../src/rules/schuldhulp/namen.js';
import { SITUATIE_NAMEN } from '../src/rules/situatie/namen.js';
import { VERBLIJFSTERMIJN_NAMEN } from '../src/rules/verblijfstermijn/namen.js';
import { VERSNELFONDS_NAMEN } from '../src/rules/versnelfonds/namen.js';
import { WONINGAANBOD_NAMEN } from '../src/rules/woningaanbod/namen.js';

const NAMEN = [HERKOMST_NAMEN, VERSNELFONDS_NAMEN, SCHULDHULP_NAMEN, ALTERNATIEVE_BEWINDVOERING_NAMEN, REGISSEUR_NAMEN, VERBLIJFSTERMIJN_NAMEN, SITUATIE_NAMEN, WONINGAANBOD_NAMEN];

/** Elk object in `waarde` is bevroren en heeft geen prototype (een lijst houdt het zijne). */
function controleerBevroren(waarde: unknown, pad: string): void {
  if (waarde === null || typeof waarde !== 'object') return;
  expect(Object.isFrozen(waarde), pad).toBe(true);
  if (!Array.isArray(waarde)) expect(Object.getPrototypeOf(waarde), pad).toBeNull();
  for (const [sleutel, deel] of Object.entries(waarde)) controleerBevroren(deel, `${pad}.${sleutel}`);
}

describe('de namen van de regels voor de motivering', () => {
  it('zijn er voor precies de regels van REGELBESCHRIJVINGEN, en zijn daar dezelfde objecten', () => {
    expect(NAMEN.map((namen) => namen.id).sort()).toEqual(Object.keys(REGELBESCHRIJVINGEN).sort());
    for (const namen of NAMEN) {
      const beschrijving = REGELBESCHRIJVINGEN[namen.id]!;
      expect(beschrijving.titel, namen.id).toBe(namen.titel);
      expect(beschrijving.uitkomsten, namen.id).toBe(namen.uitkomsten);
      expect(beschrijving.velden, namen.id).toBe(namen.velden);
      // Elk criterium en signaal, in de volgorde van de beschrijving, met dezelfde titel.
      const criteria: ReadonlyArray<{ id: string; titel: unknown }> = Object.values(namen.criteria);
      expect(criteria.map((criterium) => criterium.id), namen.id).toEqual(beschrijving.criteria.map((criterium) => criterium.id));
      beschrijving.criteria.forEach((criterium, i) => expect(criterium.titel, criterium.id).toBe(criteria[i]!.titel));
    }
  });

  it('zijn diep bevroren, net als REGELBESCHRIJVINGEN', () => {
    for (const namen of NAMEN) controleerBevroren(namen, namen.id);
    controleerBevroren(REGELBESCHRIJVINGEN, 'REGELBESCHRIJVINGEN');
  });

  it('de motivering van elke testvector noemt de titel en uitkomst uit de beschrijving, en elke criteriumtitel', () => {
    let gevallen = 0;
    for (const bestand of readdirSync('test/vectors')) {
      const { regel, vectoren } = JSON.parse(readFileSync(`test/vectors/${bestand}`, 'utf8')) as { regel: string; vectoren: Array<{ invoer: unknown; opties?: unknown }> };
      const beschrijving = REGELBESCHRIJVINGEN[regel]!;
      for (const { invoer, opties } of vectoren) {
        let beoordeling: Beoordeling<string>;
        try {
          beoordeling = (opties === undefined ? zoekRegel(regel).beoordeel(invoer) : zoekRegel(regel).beoordeel(invoer, opties as never)) as Beoordeling<string>;
        } catch {
          continue; // een geval dat een fout verwacht
        }
        gevallen += 1;
        for (const taal of ['nl', 'en'] as const) {
          const regels = motivering(beoordeling, { taal }).split('\n');
          expect(regels[0]).toBe(`${beschrijving.titel[taal]}: ${beschrijving.uitkomsten[beoordeling.uitkomst]![taal]}`);
          for (const grond of beoordeling.gronden) {
            const titel = beschrijving.criteria.find((criterium) => criterium.id === grond.regel)!.titel[taal];
            // Een criterium met zijn uitslag; een signaal zonder ("(voldaan)" zegt bij een signaal niets, audit rij 30).
            const kop = grond.soort === 'signaal' ? `- ${titel}: ` : `- ${titel} (`;
            expect(regels.some((tekst) => tekst.startsWith(kop)), grond.regel).toBe(true);
          }
          const ontbrekend = regels.find((tekst) => tekst.startsWith(taal === 'nl' ? 'Ontbrekende gegevens: ' : 'Missing information: '));
          for (const pad of beoordeling.ontbrekendeGegevens) expect(ontbrekend, pad).toContain(Object.hasOwn(beschrijving.velden, pad) ? beschrijving.velden[pad]![taal] : pad);
        }
      }
    }
    expect(gevallen).toBeGreaterThan(200);
  });
});
