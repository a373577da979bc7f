// De gegevens die het pakket als bestanden levert (issue 27): data/regios.json is gelijk aan wat de
// bibliotheek toepast, en de CSV's zijn die waaruit src/data/gegenereerd.ts gemaakt is.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { REGIOBESTAND, regiosTekst } from '../../scripts/genereer-gegevens.js';
import { REGIOS, zoekGemeente } from '../../src/index.js';

describe('de geleverde gegevensbestanden', () => {
  it('data/regios.json is actueel (anders: npm run gegevens) en noemt elke regio met bronnen per periode', () => {
    expect(readFileSync(REGIOBESTAND, 'utf8')).toBe(regiosTekst());
    const bestand = JSON.parse(readFileSync(REGIOBESTAND, 'utf8')) as { regios: Record<string, { leden: Array<{ bronnen: unknown[]; status: string }> }> };
    expect(Object.keys(bestand.regios)).toEqual(Object.keys(REGIOS));
    for (const regio of Object.values(bestand.regios)) for (const periode of regio.leden) expect(periode.bronnen.length).toBeGreaterThan(0);
  });

  it('de CSV van de gemeenten van 2023 geeft dezelfde codes als zoekGemeente', () => {
    const regels = readFileSync('data/cbs-gemeenten-2023.csv', 'utf8').trim().split('\n').slice(1);
    expect(regels.length).toBe(342);
    for (const regel of regels.slice(0, 50)) {
      const [, code, naam] = regel.split(',');
      expect(zoekGemeente(naam!.replace(/^"|"$/g, ''), '2023-06-01').code).toBe(code);
    }
  });
});
