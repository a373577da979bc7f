import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { beoordeelVersnelfonds, defineBeleid, motivering } from '../../src/index.js';

// docs/eigen-beleid.md deel 6 toont wat de brief zegt onder het voorbeeld met een raadsbesluit.
// Die regels moeten letterlijk uit de brief komen: de gids mag niets beloven wat de brief niet zegt.
const gids = readFileSync('docs/eigen-beleid.md', 'utf8');

describe('docs/eigen-beleid.md, deel 6 (regels)', () => {
  it('de getoonde brief is letterlijk de brief van het voorbeeld', () => {
    const begin = gids.indexOf('```text', gids.indexOf('**Wat de brief dan zegt**'));
    const blok = gids.slice(begin + '```text\n'.length, gids.indexOf('```', begin + 7));
    const getoond = blok.split('\n').filter((regel) => regel.trim() !== '' && regel !== '…');
    const beleid = defineBeleid(JSON.parse(readFileSync('examples/beleid/voorbeeld-raadsbesluit-fonds.json', 'utf8')));
    const brief = motivering(
      beoordeelVersnelfonds(
        { ingediendOp: '2026-12-01T10:00:00+01:00', vorm: 'gift', gemeenteVanHerkomst: 'Zwolle', bedragInCenten: 120_000, verwachteBesparingInCenten: 130_000, voorliggendeVoorzieningenBenut: true, voorkomtOfVerkortOpvang: true, schulden: false },
        { beleid },
      ),
    ).split('\n');
    expect(getoond.length).toBeGreaterThan(8);
    for (const regel of getoond) expect(brief, regel).toContain(regel);
  });

  it('het ingekorte deel regels in de gids staat zo in het voorbeeldbestand', () => {
    const begin = gids.indexOf('```json', gids.indexOf('## 6. Waarop de regels rusten'));
    const getoond = JSON.parse(`{${gids.slice(begin + '```json\n'.length, gids.indexOf('```', begin + 7))}}`).regels.versnelfonds;
    const bestand = JSON.parse(readFileSync('examples/beleid/voorbeeld-raadsbesluit-fonds.json', 'utf8')).regels.versnelfonds;
    expect(getoond.grondslag).toEqual(bestand.grondslag);
    for (const [id, criterium] of Object.entries(getoond.criteria)) expect(criterium, id).toEqual(bestand.criteria[id]);
    for (const [id, keuze] of Object.entries(getoond.keuzes)) expect(keuze, id).toEqual(bestand.keuzes[id]);
  });
});
