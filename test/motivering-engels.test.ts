// Audit december 2026, rij 32: een Engelse motivering bevat geen Nederlandse zinnen. Nederlands mag
// alleen waar het een naam is (een beleid, een document) of tussen aanhalingstekens staat (een citaat
// uit een bron, of de woorden van een eigen beleid dat geen Engelse tekst gaf).
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { motivering, type Beoordeling } from '../src/index.js';
import { zoekRegel } from '../src/rules/register.js';

/** Woorden die in een Engelse zin niet voorkomen, maar in bijna elke Nederlandse wel. */
const NEDERLANDS = /\b(de|het|een|niet|wordt|zijn|voor|naar|bij|ook|dat|die|deze|geen|wij|ons|heeft|volgens|zoals|maar|alleen|worden|cliënt|gemeente)\b/i;

/** De tekst van een regel zonder citaten, namen en bronverwijzingen. */
function zonderCitatenEnNamen(regel: string, namen: readonly string[]): string {
  let tekst = regel;
  for (const naam of namen) tekst = tekst.split(naam).join('');
  return tekst
    .replace(/"[^"]*"/g, '')
    .replace(/“[^”]*”/g, '')
    .replace(/'[^']*'/g, '')
    .replace(/\(source: .*\)/g, '');
}

describe('een Engelse motivering', () => {
  it('heeft voor elke meegeleverde testvector geen Nederlandse zin buiten citaten en namen', () => {
    const nederlands: string[] = [];
    let regels = 0;
    for (const bestand of readdirSync('test/vectors')) {
      const { regel, vectoren } = JSON.parse(readFileSync(`test/vectors/${bestand}`, 'utf8')) as { regel: string; vectoren: Array<{ naam: string; invoer: unknown; opties?: unknown }> };
      for (const vector of vectoren) {
        let beoordeling: Beoordeling<string>;
        try {
          beoordeling = zoekRegel(regel).beoordeel(vector.invoer, vector.opties as never);
        } catch {
          continue;
        }
        const namen = [beoordeling.beleid?.naam ?? '', ...beoordeling.eigenDocumenten.map((document) => document.titel)].filter(Boolean);
        for (const tekst of motivering(beoordeling, { taal: 'en' }).split('\n')) {
          if (/^\s*(Source|Policy):/.test(tekst)) continue;
          regels += 1;
          if (NEDERLANDS.test(zonderCitatenEnNamen(tekst, namen))) nederlands.push(`${bestand} '${vector.naam}': ${tekst}`);
        }
      }
    }
    expect(nederlands).toEqual([]);
    expect(regels).toBeGreaterThan(2000);
  });

  it('de controle zelf ziet een Nederlandse zin, en laat een citaat en een naam staan', () => {
    expect(NEDERLANDS.test(zonderCitatenEnNamen('The reasoning, in Dutch: De visie noemt dit als ambitie.', []))).toBe(true);
    expect(NEDERLANDS.test(zonderCitatenEnNamen('The policy says, in Dutch: "Dit is de regel van de gemeente."', []))).toBe(false);
    expect(NEDERLANDS.test(zonderCitatenEnNamen('Under Regio IJssel-Vecht (centrumgemeente Zwolle) the term is 8 weeks.', ['Regio IJssel-Vecht (centrumgemeente Zwolle)']))).toBe(false);
  });
});
