// Issue 25, deel 3 (audit december 2026): voor elke meegeleverde testvector staat elke geciteerde
// passage in een document van het beleid dat besliste, of in een landelijke bron; en elk citaat uit
// een seed is letterlijk. Onafhankelijk van magCiteren berekend: uit de bronnenlijst en uit wat het
// beleid zelf noemt, zodat een fout in dat mechanisme hier zichtbaar wordt.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BRONDOCUMENTEN, INGEBOUWD_BELEID, REGIOS, defineBeleid, type Beleid, type Beoordeling, type Bron } from '../../src/index.js';
import { zoekRegel } from '../../src/rules/register.js';
import { citaatStaatIn } from './citaat.js';

const SEEDS = fileURLToPath(new URL('../../data/seeds/', import.meta.url));
const seeds = new Map<string, string>();
const seed = (bestand: string) => seeds.get(bestand) ?? (seeds.set(bestand, readFileSync(join(SEEDS, bestand), 'utf8')), seeds.get(bestand)!);

/** Alle document-ids die ergens in een (beleids)object staan. */
function genoemdeDocumenten(waarde: unknown, in_: Set<string> = new Set()): Set<string> {
  if (Array.isArray(waarde)) for (const element of waarde) genoemdeDocumenten(element, in_);
  else if (typeof waarde === 'object' && waarde !== null) {
    for (const [sleutel, veld] of Object.entries(waarde)) {
      if (sleutel === 'document' && typeof veld === 'string') in_.add(veld);
      else genoemdeDocumenten(veld, in_);
    }
  }
  return in_;
}

/** Welke documenten een grond onder dit beleid mag citeren: landelijk, van de eigen regio, of door het beleid zelf genoemd. */
function toegestaan(beleid: Beleid | null, beoordeling: Beoordeling<string>): (bron: Bron) => boolean {
  const eigenRegio = beleid && Object.hasOwn(INGEBOUWD_BELEID, beleid.id) ? beleid.id : null;
  const genoemd = beleid ? genoemdeDocumenten(beleid) : new Set<string>();
  // De bronnen van een ingebouwde regio-indeling die de beoordeling toepaste: wie bij een regio hoort, is een feit over die regio.
  for (const waarde of beoordeling.toegepasteWaarden) {
    const indeling = /^regio\.(.+)\.leden$/.exec(waarde.parameter)?.[1];
    if (indeling && Object.hasOwn(REGIOS, indeling)) genoemdeDocumenten(REGIOS[indeling as keyof typeof REGIOS], genoemd);
  }
  return (bron) => {
    const document = BRONDOCUMENTEN.find((kandidaat) => kandidaat.id === bron.document);
    if (!document) return genoemd.has(bron.document); // een eigen document van het beleid
    if (!document.regio) return true;
    if ((document.landelijkeOnderdelen ?? []).some((onderdeel) => bron.onderdeel.startsWith(onderdeel))) return true;
    return document.regio === eigenRegio || genoemd.has(bron.document);
  };
}

interface Geval {
  waar: string;
  beoordeling: Beoordeling<string>;
  beleid: Beleid | null;
}

const gevallen: Geval[] = readdirSync('test/vectors').flatMap((bestand) => {
  const { regel, vectoren } = JSON.parse(readFileSync(`test/vectors/${bestand}`, 'utf8')) as { regel: string; vectoren: Array<{ naam: string; invoer: unknown; opties?: { beleid?: unknown } }> };
  return vectoren.flatMap(({ naam, invoer, opties }) => {
    let beoordeling: Beoordeling<string>;
    try {
      beoordeling = zoekRegel(regel).beoordeel(invoer, opties as never);
    } catch {
      return [];
    }
    // `opties.beleid` is een beleidsobject, of het id van een ingebouwd beleid.
    const gegeven = opties?.beleid;
    const eigen = gegeven === undefined ? null : typeof gegeven === 'string' ? INGEBOUWD_BELEID[gegeven as keyof typeof INGEBOUWD_BELEID] : defineBeleid(gegeven);
    const beleid = eigen ?? (beoordeling.beleid ? INGEBOUWD_BELEID[beoordeling.beleid.id as keyof typeof INGEBOUWD_BELEID] : null);
    return [{ waar: `${bestand} '${naam}'`, beoordeling, beleid }];
  });
});

const alleBronnen = (grond: Beoordeling<string>['gronden'][number]) => [...grond.bronnen, ...grond.basis.bronnen, ...grond.interpretaties.flatMap((lezing) => lezing.bronnen)];

describe('elke geciteerde passage van elke testvector', () => {
  it('staat in een document van het beleid dat besliste, of in een landelijke bron', () => {
    const fout: string[] = [];
    let bronnen = 0;
    for (const { waar, beoordeling, beleid } of gevallen) {
      const mag = toegestaan(beleid, beoordeling);
      for (const grond of beoordeling.gronden) {
        for (const bron of alleBronnen(grond)) {
          bronnen += 1;
          if (!mag(bron)) fout.push(`${waar} ${grond.regel}: ${bron.document}, ${bron.onderdeel} (beleid ${beleid?.id ?? 'geen'})`);
        }
      }
    }
    expect(fout).toEqual([]);
    expect(gevallen.length).toBeGreaterThan(250);
    expect(bronnen).toBeGreaterThan(1000);
  });

  it('is letterlijk, als het uit een seed komt (ook de bronnen van een grondslag en van een lezing)', () => {
    const fout: string[] = [];
    for (const { waar, beoordeling } of gevallen) {
      for (const grond of beoordeling.gronden) {
        for (const bron of alleBronnen(grond)) {
          const bestand = BRONDOCUMENTEN.find((document) => document.id === bron.document)?.seedBestand;
          if (bestand && bron.citaat !== undefined && !citaatStaatIn(bron.citaat, seed(bestand))) fout.push(`${waar} ${grond.regel}: "${bron.citaat}"`);
        }
      }
    }
    expect(fout).toEqual([]);
  });

  it('de controle zelf: het plan van Almelo onder het beleid van IJssel-Vecht mag niet, een landelijk begrip wel', () => {
    const geval = gevallen.find(({ beleid }) => beleid?.id === 'ijssel-vecht')!;
    const mag = toegestaan(INGEBOUWD_BELEID['ijssel-vecht'], geval.beoordeling);
    expect(mag({ document: 'integrale-ketenaanpak-mo', onderdeel: 'Oplossing 5: Versnelfonds' })).toBe(false);
    expect(mag({ document: 'visie-mo-ijssel-vecht', onderdeel: '5.3 Doelgroep lokale opvang' })).toBe(true);
    expect(toegestaan(INGEBOUWD_BELEID.almelo, geval.beoordeling)({ document: 'visie-mo-ijssel-vecht', onderdeel: '5.3 Doelgroep lokale opvang' })).toBe(false);
    expect(mag({ document: 'wmo-2015', onderdeel: 'art. 1.2.1 onder b' })).toBe(true);
  });
});
