import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BRONDOCUMENTEN, INGEBOUWD_BELEID, REGELBESCHRIJVINGEN, REGIOS, zoekBrondocument, zoekRegel, type Beoordeling, type Bron } from '../../src/index.js';
import { citaatStaatIn, citatenInCode } from './citaat.js';

const WORTEL = fileURLToPath(new URL('../../', import.meta.url));
const SEEDS = join(WORTEL, 'data/seeds');
const GEDEELDE_SEEDS = join(WORTEL, '../shared/seeds');
const lees = (...pad: string[]) => readFileSync(join(WORTEL, ...pad), 'utf8');

/** Een bron en waar de bibliotheek hem geeft. */
interface Gevonden {
  soort: 'beschrijving' | 'beleid' | 'regio' | 'testvector' | 'broncode';
  waar: string;
  bron: Bron;
  /** De ids van de eigen documenten van het beleid waarmee de beoordeling is gemaakt (alleen bij testvectoren met een eigen beleid). */
  eigenDocumenten?: readonly string[];
}

function uitBeschrijvingen(): Gevonden[] {
  return Object.values(REGELBESCHRIJVINGEN).flatMap((regel) =>
    regel.criteria.flatMap((criterium) => criterium.bronnen.map((bron) => ({ soort: 'beschrijving' as const, waar: `REGELBESCHRIJVINGEN ${criterium.id}`, bron }))),
  );
}

function uitBeleid(): Gevonden[] {
  return Object.values(INGEBOUWD_BELEID).flatMap((beleid) =>
    Object.entries(beleid.parameters).flatMap(([parameter, perioden]) =>
      (perioden ?? []).flatMap((periode) => periode.bronnen.map((bron) => ({ soort: 'beleid' as const, waar: `INGEBOUWD_BELEID ${beleid.id} ${parameter} vanaf ${periode.vanaf}`, bron }))),
    ),
  );
}

function uitRegios(): Gevonden[] {
  return Object.values(REGIOS).flatMap((regio) =>
    regio.leden.flatMap((periode) => periode.bronnen.map((bron) => ({ soort: 'regio' as const, waar: `REGIOS ${regio.id} vanaf ${periode.vanaf}`, bron }))),
  );
}

interface Vectorbestand {
  regel: string;
  vectoren: { naam: string; invoer: unknown; opties?: unknown; verwacht: { fout?: unknown } }[];
}

/** De gronden van elke testvector die een beoordeling verwacht (geen fout). */
function uitTestvectoren(): Gevonden[] {
  return readdirSync(join(WORTEL, 'test/vectors'))
    .filter((naam) => naam.endsWith('.json'))
    .flatMap((bestand) => {
      const { regel, vectoren } = JSON.parse(lees('test/vectors', bestand)) as Vectorbestand;
      // Neemt de registerfunctie (nog) alleen de invoer, dan negeert zij de opties.
      const beoordeel: (invoer: unknown, opties?: unknown) => Beoordeling<string> = zoekRegel(regel).beoordeel;
      return vectoren
        .filter((vector) => vector.verwacht.fout === undefined)
        .flatMap((vector) => {
          const beoordeling = beoordeel(vector.invoer, vector.opties);
          const eigenDocumenten = beoordeling.eigenDocumenten.map((document) => document.id);
          return beoordeling.gronden.flatMap((grond) =>
            grond.bronnen.map((bron) => ({ soort: 'testvector' as const, waar: `test/vectors/${bestand} '${vector.naam}' ${grond.regel}`, bron, eigenDocumenten })),
          );
        });
    });
}

/** Tweede net: elke `citaat: '...'` in src, ook als geen test de code raakt. */
function uitBroncode(): Gevonden[] {
  return readdirSync(join(WORTEL, 'src'), { recursive: true, encoding: 'utf8' })
    .filter((pad) => pad.endsWith('.ts'))
    .flatMap((pad) => {
      const code = lees('src', pad);
      return citatenInCode(code).map(({ document, citaat, regel }) => {
        const waar = `src/${pad}:${regel}`;
        return { soort: 'broncode' as const, waar, bron: { document, onderdeel: `(tekst in ${waar})`, citaat } };
      });
    });
}

const uitDeBibliotheek = [...uitBeschrijvingen(), ...uitBeleid(), ...uitRegios(), ...uitTestvectoren()];
const geciteerd = new Set(uitDeBibliotheek.map(({ bron }) => bron.citaat));
const inDeBroncode = uitBroncode();
const alleBronnen = [...uitDeBibliotheek, ...inDeBroncode.filter(({ bron }) => !geciteerd.has(bron.citaat))];

/** Elk citaat één keer per document, met alle onderdelen en vindplaatsen. */
interface Citaat {
  document: string;
  citaat: string;
  seedBestand: string;
  onderdelen: string[];
  waar: string[];
}

const citaten = new Map<string, Citaat>();
const zonderSeed: Gevonden[] = [];
for (const gevonden of alleBronnen) {
  const { document, onderdeel, citaat } = gevonden.bron;
  const seedBestand = zoekBrondocument(document)?.seedBestand;
  if (seedBestand === undefined) zonderSeed.push(gevonden);
  if (seedBestand === undefined || citaat === undefined) continue;
  const sleutel = `${document}\n${citaat}`;
  const eerder = citaten.get(sleutel) ?? { document, citaat, seedBestand, onderdelen: [], waar: [] };
  if (!eerder.onderdelen.includes(onderdeel)) eerder.onderdelen.push(onderdeel);
  eerder.waar.push(gevonden.waar);
  citaten.set(sleutel, eerder);
}

const seedtekst = (bestand: string) => readFileSync(join(SEEDS, bestand), 'utf8');

describe('de kopieën van de brondocumenten in data/seeds', () => {
  const kopieën = readdirSync(SEEDS).filter((naam) => naam.endsWith('.txt'));

  it.each(kopieën)('%s is byte voor byte gelijk aan het origineel in ../shared/seeds', (naam) => {
    const kopie = readFileSync(join(SEEDS, naam));
    expect(kopie.length).toBeGreaterThan(0);
    if (existsSync(GEDEELDE_SEEDS)) expect(kopie.equals(readFileSync(join(GEDEELDE_SEEDS, naam))), `${naam} wijkt af van ../shared/seeds/${naam}`).toBe(true);
  });

  it('elk brondocument met een seedBestand heeft een kopie', () => {
    for (const { seedBestand } of BRONDOCUMENTEN) if (seedBestand !== undefined) expect(kopieën).toContain(seedBestand);
    expect(kopieën).toEqual(expect.arrayContaining(['000_91338b544d3db277.txt', '002_a35db0290dd973f7.txt', '003_4126e94aa7ab5def.txt', '004_70685294eb190e7b.txt']));
  });
});

describe('de citaten in de bronnen', () => {
  it('de controle vindt bronnen in beschrijvingen, beleid, regio’s, testvectoren en broncode', () => {
    expect(new Set(uitDeBibliotheek.map(({ soort }) => soort))).toEqual(new Set(['beschrijving', 'beleid', 'regio', 'testvector']));
    expect(inDeBroncode.length).toBeGreaterThan(0);
    expect(citaten.size).toBeGreaterThan(20);
  });

  it('elke bron verwijst naar een bekend brondocument: ingebouwd, of een eigen document dat de beoordeling meedraagt', () => {
    for (const { bron, waar, eigenDocumenten = [] } of alleBronnen) {
      expect(zoekBrondocument(bron.document) !== undefined || eigenDocumenten.includes(bron.document), `onbekend document '${bron.document}' in ${waar}`).toBe(true);
    }
    // Het eigen beleid van de testvectoren citeert zijn eigen documenten, en alleen zij zijn toegestaan.
    expect(alleBronnen.some(({ bron, eigenDocumenten = [] }) => eigenDocumenten.includes(bron.document))).toBe(true);
  });

  it('elke bron zonder seed noemt een onderdeel', () => {
    expect(zonderSeed.length).toBeGreaterThan(0);
    for (const { bron, waar } of zonderSeed) expect(bron.onderdeel.trim(), `${bron.document} zonder onderdeel in ${waar}`).not.toBe('');
  });

  const gevallen = [...citaten.values()].map((geval) => [`${geval.document}: "${geval.citaat}"`, geval] as const);
  it.each(gevallen)('het citaat uit %s staat letterlijk in de bron', (_naam, { document, citaat, seedBestand, onderdelen, waar }) => {
    const vindplaatsen = waar.length > 3 ? [...waar.slice(0, 3), `en ${waar.length - 3} meer`] : waar;
    const melding = `${document}, ${onderdelen.join(' / ')}: "${citaat}" staat niet letterlijk in data/seeds/${seedBestand} (gebruikt in ${vindplaatsen.join('; ')})`;
    expect(citaatStaatIn(citaat, seedtekst(seedBestand)), melding).toBe(true);
  });
});

describe('de citaatcontrole zelf', () => {
  const ketenaanpak = seedtekst('000_91338b544d3db277.txt');

  it('een juist citaat over een regeleinde heen wordt aanvaard', () => {
    expect(citaatStaatIn('Kosten-baten: de injectie moet in verhouding staan tot de verwachte besparing aan maatschappelijke kosten', ketenaanpak)).toBe(true);
  });

  it('een citaat met verwisselde woorden wordt afgewezen', () => {
    expect(citaatStaatIn('Kosten-baten: de injectie in verhouding moet staan tot de verwachte besparing aan maatschappelijke kosten', ketenaanpak)).toBe(false);
    expect(citaatStaatIn('de injectie in verhouding moet staan', ketenaanpak)).toBe(false);
  });

  it('een weglating met [...] of … wordt aanvaard, maar alleen met de stukken in de volgorde van de bron', () => {
    expect(citaatStaatIn('Kosten-baten: de injectie [...] tot de verwachte besparing aan maatschappelijke kosten', ketenaanpak)).toBe(true);
    expect(citaatStaatIn('Kosten-baten: de injectie … maatschappelijke kosten', ketenaanpak)).toBe(true);
    expect(citaatStaatIn('tot de verwachte besparing [...] Kosten-baten: de injectie', ketenaanpak)).toBe(false);
    expect(citaatStaatIn('[...]', ketenaanpak)).toBe(false);
  });

  it('een afgebroken woord in de bron mag aaneengeschreven geciteerd worden, maar niet anders gespeld', () => {
    const weerThuis = seedtekst('003_4126e94aa7ab5def.txt');
    expect(citaatStaatIn('een zelfstandige woning met de noodzakelijke', weerThuis)).toBe(true);
    expect(citaatStaatIn('een zelfstandige woning met de noodzake- lijke', weerThuis)).toBe(true);
    expect(citaatStaatIn('een zelfstandige woning met de noodzakkelijke', weerThuis)).toBe(false);
  });

  it('het tweede net vindt citaten in code, ook met het document als constante', () => {
    const code = [
      "const VISIE = 'visie-mo-ijssel-vecht';",
      "const A = { document: VISIE, onderdeel: `${'x'}`, citaat:",
      "  'in verhouding moet staan' };",
      'const B = { document: "wmo-2015", onderdeel: \'y\', citaat: "zich \\"wendt\\"" };',
      "const C = { document: 'ethos-light', citaat: `met ${'invulling'}` };",
    ].join('\n');
    expect(citatenInCode(code)).toEqual([
      { document: 'visie-mo-ijssel-vecht', citaat: 'in verhouding moet staan', regel: 2 },
      { document: 'wmo-2015', citaat: 'zich "wendt"', regel: 4 },
    ]);
  });

  it('rechte en typografische aanhalingstekens en apostrofs zijn verschillend', () => {
    expect(citaatStaatIn('‘kortdurend, flexibel, intensief’', ketenaanpak)).toBe(true);
    expect(citaatStaatIn("'kortdurend, flexibel, intensief'", ketenaanpak)).toBe(false);
    expect(citaatStaatIn("MDO's", ketenaanpak)).toBe(false);
  });
});
