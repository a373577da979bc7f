// De brief aan de cliënt (issue 26, SPEC §2.10): voor elke testvector van het versnelfonds en de
// verblijfstermijn, in beide talen, het besluit in één zin, de bezwaarclausule bij een besluit,
// geen code, geen statuswoorden, geen citaten, geen opdrachten aan de medewerker, en leesbaar:
// zinnen van hooguit 20 woorden en een Flesch-Douma-score boven de vloer (lettergrepen via de
// Nederlandse afbreekpatronen van het pakket hyphen).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import nl from 'hyphen/nl/index.js';
import { beoordeelVersnelfonds, berekenVerblijfstermijn, brief, motivering, type Beoordeling } from '../src/index.js';
import { zoekRegel } from '../src/rules/register.js';
import { veldfoutenVan } from './helpers.js';

const { hyphenateSync } = nl;

const GEGEVENS = { gemeente: { naam: 'Gemeente Voorbeeld', adres: 'Postbus 1, 1000 AA Voorbeeld', bezwaaradres: 'Postbus 1, 1000 AA Voorbeeld' }, datum: '2026-12-07' } as const;

/** De vloer van de Flesch-Douma-score voor de Nederlandse brief (zonder kop, slot en grondslagen): 70 is "vrij makkelijk" op de schaal van Douma; gemeten laagste 73,4 (docs/brief.md). */
const FLESCH_DOUMA_VLOER = 70;
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

  it('per uitkomst het besluit, de redenen die beslisten en het vervolg', () => {
    const aanvraag = { ingediendOp: '2025-04-05T14:30:00+02:00', vorm: 'gift', bedragInCenten: 120_000, gemeenteVanHerkomst: 'Wierden', voorliggendeVoorzieningenBenut: true, voorkomtOfVerkortOpvang: true, verwachteBesparingInCenten: 150_000, schulden: false } as const;
    const toekenning = brief(beoordeelVersnelfonds(aanvraag), GEGEVENS);
    expect(toekenning.besluit).toBe('Wij kennen u € 1.000,00 toe uit het versnelfonds.');
    expect(toekenning.redenen).toContain('U vroeg € 1.200,00. Het fonds geeft ten hoogste € 1.000,00.');
    // Eén regel per document: de criteria vallen onder "Oplossing 5: Versnelfonds".
    expect(toekenning.grondslagen.filter((regel) => regel.startsWith('Samenvatting integrale ketenaanpak'))).toEqual(['Samenvatting integrale ketenaanpak maatschappelijke opvang, Oplossing 5: Versnelfonds']);

    const afwijzing = brief(beoordeelVersnelfonds({ ...aanvraag, gemeenteVanHerkomst: 'Zwolle' }), GEGEVENS);
    expect(afwijzing.besluit).toBe('Wij wijzen uw aanvraag voor het versnelfonds af.');
    expect(afwijzing.redenen).toEqual(['U komt niet uit een gemeente waarvoor het fonds is. Het fonds is alleen voor mensen uit die gemeenten.']);
    expect(afwijzing.grondslagen.join(' ')).toContain('criterium 2');
    expect(afwijzing.grondslagen.join(' ')).not.toContain('criterium 3');

    const aanvullen = brief(beoordeelVersnelfonds({ ...aanvraag, schulden: 'onbekend' }), GEGEVENS);
    expect(aanvullen.redenen).toEqual(['Hebt u schulden?', 'Als u schulden hebt: helpt een schuldhulpverlener u daarbij?', 'Als u schulden hebt: zijn ze al zo laag mogelijk gemaakt?']);
    expect(brief(beoordeelVersnelfonds({ ...aanvraag, schulden: true, schuldhulpverlenerBetrokken: 'onbekend', schuldenTotMinimumTeruggebracht: true }), GEGEVENS).redenen).toEqual(['Helpt een schuldhulpverlener u met uw schulden?']);
    expect(aanvullen.grondslagen).toEqual([]);
    expect(aanvullen.tekst).not.toContain('bezwaar');

    // De herkomst beslist de groep: beide kanten van de regiogrens, en de dag na de laatste dag.
    const verblijf = { regio: 'ijssel-vecht', opvangvorm: 'acute-opvang', startdatum: '2026-05-03', peildatum: '2026-05-05' } as const;
    const buiten = brief(berekenVerblijfstermijn({ ...verblijf, gemeenteVanHerkomst: 'Deventer' }), GEGEVENS);
    expect(buiten.besluit).toBe('U mag tot en met 5 mei 2026 in de opvang blijven.');
    expect(buiten.redenen[0]).toBe('U kwam niet uit een gemeente van de regio IJssel-Vecht. Daarom geldt voor u de termijn voor mensen van buiten de regio.');
    expect(brief(berekenVerblijfstermijn({ ...verblijf, gemeenteVanHerkomst: 'Deventer' }), { ...GEGEVENS, taal: 'en' }).redenen[0]).toBe('You did not come from a municipality in the IJssel-Vecht region. So the term for people from outside the region applies to you.');
    const verstreken = brief(berekenVerblijfstermijn({ ...verblijf, gemeenteVanHerkomst: 'Deventer', peildatum: '2026-05-06' }), GEGEVENS);
    expect(verstreken.besluit).toBe('U mocht tot en met 5 mei 2026 in de opvang blijven. Die tijd is voorbij.');
    const binnen = berekenVerblijfstermijn({ ...verblijf, gemeenteVanHerkomst: 'Zwolle' });
    if (binnen.uitkomst !== 'aanvullen') expect(brief(binnen, GEGEVENS).redenen.join(' ')).not.toContain('van buiten de regio');
    // Waar de herkomst niets besliste, staat er niets over in de brief.
    const almelo = brief(berekenVerblijfstermijn({ regio: 'almelo', opvangvorm: '24-uursopvang', startdatum: '2026-05-31', peildatum: '2026-06-01', aanbieder: 'Humanitas Onder Dak' }), GEGEVENS);
    expect(almelo.redenen).toEqual(['U mag ten hoogste 9 maanden in de opvang blijven, te rekenen vanaf de eerste dag van uw verblijf.']);
    expect(almelo.besluit).toBe('U mag tot en met 28 februari 2027 in de opvang blijven.');
    const geenTermijn = brief(berekenVerblijfstermijn({ regio: 'almelo', opvangvorm: '24-uursopvang', startdatum: '2026-05-31', peildatum: '2026-06-01', aanbieder: 'Een andere aanbieder' }), GEGEVENS);
    expect(geenTermijn.besluit).toBe('Voor uw verblijf in de opvang geldt geen vaste langste duur.');
  });

  it('elk gegeven dat een vector mist, heeft een eigen vraag; een pad dat de brief niet kent, wordt geen veldnaam in de brief', () => {
    const gemist = new Set(vectoren.flatMap(({ beoordeling }) => beoordeling.ontbrekendeGegevens));
    expect(gemist.size).toBeGreaterThanOrEqual(5);
    for (const { beoordeling } of vectoren.filter(({ beoordeling: kandidaat }) => kandidaat.uitkomst === 'aanvullen')) {
      for (const vraag of brief(beoordeling, GEGEVENS).redenen) expect(vraag).toMatch(/\?$/);
    }
    const { beoordeling } = vectoren.find(({ beoordeling: kandidaat }) => kandidaat.uitkomst === 'aanvullen')!;
    const vreemd = brief({ ...beoordeling, ontbrekendeGegevens: ['nieuwVeld'] }, GEGEVENS);
    expect(vreemd.redenen).toEqual(['Wij missen nog een gegeven. Uw contactpersoon vertelt u welk.']);
  });

  it('een datum van de brief als Date telt als de Amsterdamse kalenderdatum; een datum die niet bestaat is een fout', () => {
    const { beoordeling } = vectoren[0]!;
    expect(brief(beoordeling, { ...GEGEVENS, datum: new Date('2026-12-06T23:30:00Z') }).tekst).toContain('Datum: 7 december 2026');
    expect(veldfoutenVan(() => brief(beoordeling, { ...GEGEVENS, datum: '2026-02-30' }))).toEqual([{ pad: 'gegevens.datum', melding: 'is geen bestaande datum' }]);
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
