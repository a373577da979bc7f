import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: het generatorscript is gewoon JavaScript zonder typen
import { DOEL, genereerDataModule, leesCsv, leesCsvBestanden } from '../../scripts/genereer-data.mjs';
import { GEMEENTEN_2023, HERINDELINGEN, OPGEHEVEN_SINDS_2021, ONTSTAAN_SINDS_2021 } from '../../src/data/gegenereerd.js';

const csv = leesCsvBestanden() as Record<string, string>;
type Rij = Record<string, string>;

describe('de gegenereerde data volgt de CSV-bestanden', () => {
  it('src/data/gegenereerd.ts is precies wat het script nu uit data/*.csv maakt (anders: npm run data)', () => {
    expect(readFileSync(DOEL, 'utf8')).toBe(genereerDataModule(csv));
  });

  it('bevat de 342 gemeenten van 2023 met code, naam en provincie', () => {
    const rijen: Rij[] = leesCsv(csv['cbs-gemeenten-2023.csv']);
    expect(rijen).toHaveLength(342);
    expect(GEMEENTEN_2023).toEqual(rijen.map((rij) => [rij.GemeentecodeGM, rij.Gemeentenaam, rij.Provincienaam]));
  });

  it('elke gemeente van 2021 bestaat in 2023 nog, of is opgeheven met een herindeling', () => {
    const rijen: Rij[] = leesCsv(csv['cbs-gemeenten-2021.csv']);
    expect(rijen).toHaveLength(352);
    const codes2023 = new Set(GEMEENTEN_2023.map(([code]) => code));
    const opgeheven = new Set(OPGEHEVEN_SINDS_2021.map(([code]) => code));
    const voormalig = new Set(HERINDELINGEN.map(([, code]) => code));
    for (const rij of rijen) {
      const code = rij.GemeentecodeGM!;
      expect(codes2023.has(code) || (opgeheven.has(code) && voormalig.has(code)), code).toBe(true);
    }
    expect(opgeheven.size).toBe(352 - 342 + ONTSTAAN_SINDS_2021.length);
  });

  it('de herindelingen zijn die van herindelingen.csv, met opvolgers uit de lijst van 2023', () => {
    const rijen: Rij[] = leesCsv(csv['herindelingen.csv']);
    expect(HERINDELINGEN).toEqual(rijen.map((rij) => [rij.datum, rij.voormalige_code, rij.voormalige_gemeente, rij.opvolger_code, rij.opvolger]));
    const codes2023 = new Set(GEMEENTEN_2023.map(([code]) => code));
    for (const [, , , opvolger] of HERINDELINGEN) expect(codes2023.has(opvolger)).toBe(true);
  });

  it('leest CSV met aanhalingstekens, komma’s in velden en CRLF', () => {
    expect(leesCsv('a,b\r\n"x, ""y""",2\r\n\r\n3,4')).toEqual([
      { a: 'x, "y"', b: '2' },
      { a: '3', b: '4' },
    ]);
  });
});
