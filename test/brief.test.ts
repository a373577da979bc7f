// De brief aan de cliënt (issue 26, SPEC §2.10): voor elke testvector van het versnelfonds en de
// verblijfstermijn, in beide talen, het besluit in één zin, de bezwaarclausule bij een besluit,
// geen code, geen statuswoorden, geen citaten, geen opdrachten aan de medewerker, en leesbaar:
// zinnen van hooguit 20 woorden en een Flesch-Douma-score boven de vloer (lettergrepen via de
// Nederlandse afbreekpatronen van het pakket hyphen).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import nl from 'hyphen/nl/index.js';
import { motivering, type Beoordeling } from '../src/index.js';
import { brief } from '../src/index.js';
import { zoekRegel } from '../src/rules/register.js';
import { veldfoutenVan } from './helpers.js';

const { hyphenateSync } = nl;

const GEGEVENS = { gemeente: { naam: 'Gemeente Voorbeeld', adres: 'Postbus 1, 1000 AA Voorbeeld', bezwaaradres: 'Postbus 1, 1000 AA Voorbeeld' }, datum: '2026-12-07' } as const;

/** De vloer van de Flesch-Douma-score voor de Nederlandse brief (zonder kop, slot en grondslagen). */
const FLESCH_DOUMA_VLOER = 60;
const MAX_WOORDEN_PER_ZIN = 20;

function lettergrepen(woord: string): number {
  return Math.max(1, hyphenateSync(woord.toLowerCase(), { hyphenChar: '-', minWordLength: 1 }).split('-').length);
}

/** Flesch-Douma (1960): 206,835 − 0,93 × woorden per zin − 77 × lettergrepen per woord. */
function fleschDouma(tekst: string): number {
  const zinnen = tekst.split(/(?<=[.?!])\s+/).filter((zin) => /\p{L}/u.test(zin));
  const woorden = tekst.match(/[\p{L}\d][\p{L}\d'’-]*/gu) ?? [];
  const grepen = woorden.reduce((som, woord) => som + lettergrepen(woord), 0);
  return 206.835 - 0.93 * (woorden.length / zinnen.length) - 77 * (grepen / woorden.length);
}

const vectoren = (['versnelfonds', 'verblijfstermijn'] as const).flatMap((regel) => {
  const { vectoren: lijst } = JSON.parse(readFileSync(`test/vectors/${regel}.json`, 'utf8')) as { vectoren: Array<{ naam: string; invoer: unknown; opties?: unknown }> };
  return lijst.flatMap(({ naam, invoer, opties }) => {
    try {
      return [{ naam: `${regel}: ${naam}`, beoordeling: zoekRegel(regel).beoordeel(invoer, opties as never) as Beoordeling<string> }];
    } catch {
      return [];
    }
  });
});

describe('brief', () => {
  it('schrijft voor elke testvector in beide talen een brief met besluit, redenen en, bij een besluit, de bezwaarclausule met het adres', () => {
    expect(vectoren.length).toBeGreaterThan(80);
    for (const { naam, beoordeling } of vectoren) {
      for (const taal of ['nl', 'en'] as const) {
        const uit = brief(beoordeling, { ...GEGEVENS, taal });
        expect(uit.besluit, naam).not.toBe('');
        expect(uit.tekst, naam).toContain(uit.besluit);
        if (beoordeling.uitkomst === 'aanvullen') {
          expect(uit.bezwaar, naam).toBeNull();
          expect(uit.redenen.length, naam).toBe(beoordeling.ontbrekendeGegevens.length);
          expect(uit.tekst, naam).not.toMatch(/€/);
        } else {
          expect(uit.bezwaar, naam).toContain(GEGEVENS.gemeente.bezwaaradres);
          expect(uit.bezwaar, naam).toMatch(taal === 'nl' ? /zes weken/ : /six weeks/);
        }
        // Geen code, statuswoorden, citaten, "(voldaan)" of lezingen in de brief zelf (de grondslagen staan eronder, kort).
        const lopend = [uit.besluit, ...uit.redenen, uit.vervolg, uit.bezwaar ?? ''].join(' ');
        expect(lopend, naam).not.toMatch(/\b(voornemen|praktijk|ambitie|interpretatie|voldaan|planningsaanname)\b|"|wij lezen|onze lezing|[a-z]+\.[a-z]+-[a-z]/i);
        if (taal === 'en') expect(lopend, naam).not.toMatch(/\b(de|het|een|niet|wij|uw)\b/);
      }
    }
  });

  it('is leesbaar: elke zin hooguit 20 woorden, Flesch-Douma boven de vloer; een toekenning onder de 250 woorden vóór de bezwaarclausule', () => {
    for (const { naam, beoordeling } of vectoren) {
      const uit = brief(beoordeling, GEGEVENS);
      const lopend = [uit.besluit, ...uit.redenen, uit.vervolg, uit.bezwaar ?? ''].join(' ');
      for (const zin of lopend.split(/(?<=[.?!])\s+/)) expect((zin.match(/\S+/g) ?? []).length, `${naam}: ${zin}`).toBeLessThanOrEqual(MAX_WOORDEN_PER_ZIN);
      expect(fleschDouma(lopend), naam).toBeGreaterThanOrEqual(FLESCH_DOUMA_VLOER);
      const voorBezwaar = uit.tekst.slice(0, uit.bezwaar ? uit.tekst.indexOf(uit.bezwaar) : undefined);
      if (beoordeling.uitkomst === 'toekennen') expect((voorBezwaar.match(/\S+/g) ?? []).length, naam).toBeLessThanOrEqual(250);
    }
  });

  it('de leesbaarheidsmaat zelf: een lange zin met lange woorden scoort lager dan een korte met korte', () => {
    expect(fleschDouma('Wij kennen u geld toe. U krijgt het snel.')).toBeGreaterThan(fleschDouma('De maatschappelijke ondersteuningsvoorziening constateert onvoldoende verantwoordingsinformatie omtrent schuldhulpverleningstrajecten.'));
  });

  it('werkt ook op een beoordeling die als JSON bewaard is, en de motivering blijft het volledige verslag', () => {
    const { beoordeling } = vectoren.find(({ beoordeling: kandidaat }) => kandidaat.uitkomst === 'afwijzen')!;
    const bewaard = JSON.parse(JSON.stringify(beoordeling)) as Beoordeling<string>;
    expect(brief(bewaard, GEGEVENS)).toEqual(brief(beoordeling, GEGEVENS));
    // Het verslag noemt elke grond; de brief alleen de redenen die beslisten.
    for (const grond of beoordeling.gronden) expect(motivering(beoordeling)).toContain(grond.toelichting);
    expect(brief(beoordeling, GEGEVENS).redenen.length).toBe(beoordeling.gronden.filter((grond) => grond.soort !== 'signaal' && grond.status === 'niet-voldaan').length);
  });

  it('een andere regel of gegevens die niet kloppen: OngeldigeInvoerFout met paden', () => {
    const situatie = zoekRegel('situatie').beoordeel({ woonsituatie: 'openbare-ruimte' }) as Beoordeling<string>;
    expect(veldfoutenVan(() => brief(situatie, GEGEVENS))).toEqual([{ pad: 'beoordeling.regel', melding: "moet 'versnelfonds' of 'verblijfstermijn' zijn: alleen die regels beslissen iets over de cliënt" }]);
    const { beoordeling } = vectoren[0]!;
    expect(veldfoutenVan(() => brief(beoordeling, { ...GEGEVENS, gemeente: { naam: 'X', bezwaaradres: '' } }))).toMatchObject([{ pad: 'gegevens.gemeente.bezwaaradres' }]);
    expect(veldfoutenVan(() => brief(beoordeling, { ...GEGEVENS, datum: '7 december' }))).toMatchObject([{ pad: 'gegevens.datum' }]);
    expect(veldfoutenVan(() => brief({ ...beoordeling, gronden: 'x' } as never, GEGEVENS))).toMatchObject([{ pad: 'beoordeling.gronden' }]);
  });
});
