// De volgorde van `ontbrekendeGegevens` (docs/testvectoren.md, "Volgorde van ontbrekendeGegevens";
// TSDoc van Beoordeling.ontbrekendeGegevens): per criterium in de volgorde van de criteria van de
// regel, binnen een criterium in de volgorde van de velden van de beschrijving, elk veld één keer.
// De verwachte volgorde wordt hier berekend uit de beschrijving van de regel en een tabel met de
// hand (welk criterium om welk veld vraagt), niet overgenomen uit wat de bibliotheek geeft.
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BeleidNietInWerkingFout, REGELS, zoekRegel, type RegelId } from '../src/index.js';
import { GELDIGE_INVOER } from './eigenschappen/invoer.js';

/**
 * Per regel: welk criterium om welk invoerveld vraagt als het `'onbekend'` is (uit de regeltekst in
 * docs/regels.md). Vragen twee criteria om hetzelfde veld, dan staat hier het eerste.
 */
const VRAAGT: Readonly<Record<RegelId, Readonly<Record<string, string>>>> = {
  herkomst: { gemeenteVanHerkomst: 'herkomst.regio' },
  versnelfonds: {
    schuldenTotMinimumTeruggebracht: 'versnelfonds.schulden',
    schuldhulpverlenerBetrokken: 'versnelfonds.schulden',
    schulden: 'versnelfonds.schulden',
    verwachteBesparingInCenten: 'versnelfonds.kosten-baten',
    gemeenteVanHerkomst: 'versnelfonds.herkomst',
    voorkomtOfVerkortOpvang: 'versnelfonds.voorkomen',
    voorliggendeVoorzieningenBenut: 'versnelfonds.laatste-optie',
  },
  schuldhulp: { schuldhulpverlening: 'schuldhulp.vorm', schulden: 'schuldhulp.vorm' },
  'alternatieve-bewindvoering': { behoefte: 'alternatieve-bewindvoering.behoefte', toestemming: 'alternatieve-bewindvoering.toestemming' },
  regisseur: {},
  verblijfstermijn: { aanbieder: 'verblijfstermijn.termijn', gemeenteVanHerkomst: 'verblijfstermijn.herkomst' },
  situatie: { dakBovenHetHoofd: 'situatie.woonsituatie' },
  woningaanbod: { woningAangeboden: 'woningaanbod.aanbod' },
};

const REGEL_IDS = Object.keys(REGELS) as RegelId[];

/** De gedocumenteerde volgorde van de velden die de regel kan missen: naar criterium, dan naar de velden van de beschrijving. */
function volgordeVan(regel: RegelId): string[] {
  const { criteria, velden } = REGELS[regel].beschrijving;
  const criteriumplek = (veld: string) => criteria.findIndex((criterium) => criterium.id === VRAAGT[regel][veld]);
  const veldplek = (veld: string) => Object.keys(velden).indexOf(veld);
  return Object.keys(VRAAGT[regel]).sort((a, b) => criteriumplek(a) - criteriumplek(b) || veldplek(a) - veldplek(b));
}

/** Of `lijst` de velden in de gedocumenteerde volgorde noemt, elk één keer, en alleen velden die de regel kan missen. */
function volgtDeVolgorde(regel: RegelId, lijst: readonly string[]): boolean {
  const volgorde = volgordeVan(regel);
  const plekken = lijst.map((veld) => volgorde.indexOf(veld));
  return plekken.every((plek, index) => plek >= 0 && (index === 0 || plek > plekken[index - 1]!));
}

const bestanden = readdirSync('test/vectors').filter((naam) => naam.endsWith('.json'));
type Vector = { naam: string; invoer: unknown; opties?: unknown; verwacht: { fout?: unknown; ontbrekendeGegevens?: string[] } };
const lees = (naam: string) => JSON.parse(readFileSync(`test/vectors/${naam}`, 'utf8')) as { regel: RegelId; vectoren: Vector[] };

describe('de volgorde van ontbrekendeGegevens', () => {
  it('de tabel klopt met de beschrijving: elk criterium telt mee (geen signaal), elk veld heeft een naam voor de brief', () => {
    for (const regel of REGEL_IDS) {
      const { criteria, velden } = REGELS[regel].beschrijving;
      for (const [veld, criterium] of Object.entries(VRAAGT[regel])) {
        expect(criteria.find((kandidaat) => kandidaat.id === criterium)?.soort, `${regel}: ${criterium}`).toBe('criterium');
        expect(Object.hasOwn(velden, veld), `${regel}: ${veld}`).toBe(true);
      }
    }
  });

  it('docs/testvectoren.md noemt per regel dezelfde volgorde, in beide talen', () => {
    const tekst = readFileSync('docs/testvectoren.md', 'utf8');
    const [nl, en] = tekst.split('## Test vectors: the format') as [string, string];
    for (const deel of [nl, en]) {
      for (const regel of REGEL_IDS) {
        const rij = deel.split('\n').find((regelTekst) => regelTekst.startsWith(`| \`${regel}\` |`));
        expect(rij, regel).toBeDefined();
        const genoemd = [...rij!.split('|')[2]!.matchAll(/`([^`]+)`/g)].map((treffer) => treffer[1]);
        expect(genoemd, regel).toEqual(volgordeVan(regel));
      }
    }
  });

  // Elke vector met ontbrekende gegevens, uit elk bestand.
  const metOntbrekend = bestanden.flatMap((naam) => {
    const { regel, vectoren } = lees(naam);
    return vectoren.filter((vector) => (vector.verwacht.ontbrekendeGegevens ?? []).length > 0).map((vector) => [`${naam}: ${vector.naam}`, regel, vector] as const);
  });
  it.each(metOntbrekend)('%s', (_naam, regel, vector) => {
    const verwacht = vector.verwacht.ontbrekendeGegevens!;
    // De verwachte lijst van de vector: dezelfde velden, gesorteerd volgens de regel.
    const gesorteerd = volgordeVan(regel).filter((veld) => verwacht.includes(veld));
    expect(verwacht).toEqual(gesorteerd);
    expect(new Set(verwacht).size).toBe(verwacht.length);
    // En de bibliotheek geeft die volgorde.
    const gekregen = zoekRegel(regel).beoordeel(vector.invoer, vector.opties).ontbrekendeGegevens;
    expect(gekregen).toEqual(gesorteerd);
  });

  it('er zijn vectoren met meer dan één ontbrekend veld (anders toetst de volgorde niets)', () => {
    expect(metOntbrekend.filter(([, , vector]) => vector.verwacht.ontbrekendeGegevens!.length > 1).length).toBeGreaterThanOrEqual(5);
  });

  it.each(REGEL_IDS)('%s: ook op gegenereerde geldige invoer volgt de bibliotheek de volgorde', (regel) => {
    fc.assert(
      fc.property(GELDIGE_INVOER[regel], (invoer) => {
        let ontbrekend: string[];
        try {
          ontbrekend = zoekRegel(regel).beoordeel(invoer).ontbrekendeGegevens;
        } catch (fout) {
          // Geen beleid in werking op de peildatum: geen beoordeling, dus niets te ordenen.
          if (fout instanceof BeleidNietInWerkingFout) return;
          throw fout;
        }
        expect(volgtDeVolgorde(regel, ontbrekend), JSON.stringify(ontbrekend)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});
