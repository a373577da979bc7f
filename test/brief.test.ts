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

/** De gegevens met als datum van de brief de peildatum van de beoordeling: een brief is nooit eerder dan de beslissing. */
const gegevensBij = (beoordeling: Beoordeling<string>) => ({ ...GEGEVENS, datum: beoordeling.peildatum ?? GEGEVENS.datum });

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
        const uit = brief(beoordeling, { ...gegevensBij(beoordeling), taal });
        expect(uit.besluit, naam).not.toBe('');
        expect(uit.tekst, naam).toContain(uit.besluit);
        if (beoordeling.uitkomst === 'aanvullen') {
          expect(uit.bezwaar, naam).toBeNull();
          expect(uit.redenen.length, naam).toBe(beoordeling.ontbrekendeGegevens.length);
          expect(uit.tekst, naam).not.toMatch(/€/);
        } else if (beoordeling.uitkomst === 'geen-termijn') {
          // Geen langste duur is geen besluit: geen bezwaarclausule, en de medewerker hoort waarom.
          expect(uit.bezwaar, naam).toBeNull();
          expect(uit.aandachtspunten[0], naam).toMatch(taal === 'nl' ? /^Voor dit verblijf noemt het beleid geen langste duur\./ : /^For this stay the policy names no maximum length\./);
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
      const uit = brief(beoordeling, gegevensBij(beoordeling));
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
    const buiten = brief(berekenVerblijfstermijn({ ...verblijf, gemeenteVanHerkomst: 'Deventer' }), { ...GEGEVENS, datum: '2026-05-05' });
    // Nachten: de vertrekdatum is de ochtend na de laatste nacht; "tot en met 5 mei" zou een nacht te veel beloven.
    expect(buiten.besluit).toBe('U mag 2 nachten in de opvang blijven. Op 5 mei 2026 vertrekt u.');
    expect(buiten.redenen[0]).toBe('U kwam niet uit een gemeente van de regio IJssel-Vecht. Daarom geldt voor u de termijn voor mensen van buiten de regio.');
    expect(brief(berekenVerblijfstermijn({ ...verblijf, gemeenteVanHerkomst: 'Deventer' }), { ...GEGEVENS, datum: '2026-05-05', taal: 'en' }).redenen[0]).toBe('You did not come from a municipality in the IJssel-Vecht region. So the term for people from outside the region applies to you.');
    const verstreken = brief(berekenVerblijfstermijn({ ...verblijf, gemeenteVanHerkomst: 'Deventer', peildatum: '2026-05-06' }), { ...GEGEVENS, datum: '2026-05-06' });
    expect(verstreken.besluit).toBe('U mocht 2 nachten in de opvang blijven. U moest op 5 mei 2026 vertrekken.');
    const binnen = berekenVerblijfstermijn({ ...verblijf, gemeenteVanHerkomst: 'Zwolle' });
    if (binnen.uitkomst !== 'aanvullen') expect(brief(binnen, GEGEVENS).redenen.join(' ')).not.toContain('van buiten de regio');
    // Waar de herkomst niets besliste, staat er niets over in de brief.
    const almelo = brief(berekenVerblijfstermijn({ regio: 'almelo', opvangvorm: '24-uursopvang', startdatum: '2026-05-31', peildatum: '2026-06-01', aanbieder: 'Humanitas Onder Dak' }), GEGEVENS);
    expect(almelo.redenen).toEqual(['U mag ten hoogste 9 maanden in de opvang blijven, te rekenen vanaf de eerste dag van uw verblijf.']);
    expect(almelo.besluit).toBe('U mag tot en met 28 februari 2027 in de opvang blijven.');
    const geenTermijn = brief(berekenVerblijfstermijn({ regio: 'almelo', opvangvorm: '24-uursopvang', startdatum: '2026-05-31', peildatum: '2026-06-01', aanbieder: 'Een andere aanbieder' }), GEGEVENS);
    expect(geenTermijn.besluit).toBe('Er is geen vaste einddatum voor uw verblijf in de opvang.');
    expect(geenTermijn.bezwaar).toBeNull();
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

  it('de brief zegt wat het beleid toepaste: een andere verhouding, een lening of voorschot; niet-vastgestelde waarden staan bij de aandachtspunten', () => {
    const factor = vectoren.find(({ naam }) => naam.includes('1,5 keer') && naam.endsWith('afwijzen'));
    expect(factor, 'een vector met een eigen fonds met verhouding 1,5').toBeDefined();
    expect(brief(factor!.beoordeling, gegevensBij(factor!.beoordeling)).redenen.join(' ')).toContain('minder dan 1,5 keer wat het kost');
    const aanvraag = { ingediendOp: '2025-04-05T14:30:00+02:00', bedragInCenten: 80_000, gemeenteVanHerkomst: 'Wierden', voorliggendeVoorzieningenBenut: true, voorkomtOfVerkortOpvang: true, verwachteBesparingInCenten: 90_000, schulden: false } as const;
    const gegevens = { ...GEGEVENS, datum: '2025-04-07' };
    expect(brief(beoordeelVersnelfonds({ ...aanvraag, vorm: 'gift' }), gegevens).besluit).toBe('Wij kennen u € 800,00 toe uit het versnelfonds.');
    const lening = brief(beoordeelVersnelfonds({ ...aanvraag, vorm: 'lening' }), gegevens);
    expect(lening.besluit).toBe('Wij geven u een lening van € 800,00 uit het versnelfonds.');
    expect(lening.redenen).toContain('Een lening betaalt u terug. Uw contactpersoon spreekt met u af hoe.');
    expect(brief(beoordeelVersnelfonds({ ...aanvraag, vorm: 'voorschot' }), { ...gegevens, taal: 'en' }).besluit).toBe('We grant you an advance of €800.00 from the acceleration fund.');
    // De 2 nachten zijn praktijk: de brief noemt ze als regel, de medewerker hoort hoe vast ze staan.
    const nachten = brief(berekenVerblijfstermijn({ regio: 'ijssel-vecht', opvangvorm: 'acute-opvang', startdatum: '2026-05-03', gemeenteVanHerkomst: 'Deventer', peildatum: '2026-05-05' }), { ...GEGEVENS, datum: '2026-05-05' });
    expect(nachten.aandachtspunten).toContain('Toegepast, maar niet vastgesteld (praktijk): de maximale verblijfsduur, 2 nachten. De brief noemt het als regel.');
  });

  it('de datum van de brief: nooit vóór de peildatum; later is een aandachtspunt bij de verblijfstermijn', () => {
    const beoordeling = berekenVerblijfstermijn({ regio: 'ijssel-vecht', opvangvorm: 'acute-opvang', startdatum: '2026-05-03', gemeenteVanHerkomst: 'Deventer', peildatum: '2026-05-05' });
    expect(veldfoutenVan(() => brief(beoordeling, { ...GEGEVENS, datum: '2026-05-04' }))).toEqual([{ pad: 'gegevens.datum', melding: 'ligt vóór de datum waarover de beoordeling gaat (de peildatum): een brief kan niet eerder zijn dan de beslissing' }]);
    expect(brief(beoordeling, { ...GEGEVENS, datum: '2026-05-05' }).aandachtspunten.join(' ')).not.toContain('beoordeel het dan op de datum van de brief');
    expect(brief(beoordeling, { ...GEGEVENS, datum: '2026-05-06' }).aandachtspunten).toContain('De beoordeling gaat over 5 mei 2026; de brief is van 6 mei 2026. Loopt het verblijf nog, beoordeel het dan op de datum van de brief.');
  });

  it('een bewaarde beoordeling zonder wat de brief moet noemen: een fout, geen brief met gaten', () => {
    const toekenning = vectoren.find(({ beoordeling }) => beoordeling.uitkomst === 'toekennen')!.beoordeling;
    const { toekenbaarBedragInCenten: _bedrag, ...zonderBedrag } = toekenning as unknown as Record<string, unknown>;
    expect(veldfoutenVan(() => brief(zonderBedrag as never, gegevensBij(toekenning)))).toEqual([{ pad: 'beoordeling.toekenbaarBedragInCenten', melding: 'ontbreekt: een toekenning zonder bedrag geeft geen brief' }]);
    const termijn = vectoren.find(({ beoordeling }) => beoordeling.uitkomst === 'binnen-termijn')!.beoordeling;
    const { uiterlijkeVertrekdatum: _vertrek, ...zonderVertrek } = termijn as unknown as Record<string, unknown>;
    expect(veldfoutenVan(() => brief(zonderVertrek as never, gegevensBij(termijn)))).toMatchObject([{ pad: 'beoordeling.uiterlijkeVertrekdatum' }]);
    const afwijzing = vectoren.find(({ beoordeling }) => beoordeling.uitkomst === 'afwijzen')!.beoordeling;
    const onbekend = { ...afwijzing, gronden: afwijzing.gronden.map((grond) => (grond.status === 'niet-voldaan' ? { ...grond, regel: 'versnelfonds.nieuw' } : grond)) };
    expect(veldfoutenVan(() => brief(onbekend, gegevensBij(afwijzing)))).toMatchObject([{ pad: 'beoordeling.gronden' }]);
  });

  it('de bezwaarclausule vraagt welk besluit het is (Awb 6:5): de datum, met een kenmerk ook het kenmerk', () => {
    const { beoordeling } = vectoren.find(({ beoordeling: kandidaat }) => kandidaat.uitkomst === 'afwijzen')!;
    expect(brief(beoordeling, gegevensBij(beoordeling)).bezwaar).toContain('Noem de datum van deze brief, of stuur een kopie mee.');
    expect(brief(beoordeling, { ...gegevensBij(beoordeling), kenmerk: 'MO-1' }).bezwaar).toContain('Noem de datum en het kenmerk van deze brief, of stuur een kopie mee.');
    expect(brief(beoordeling, { ...gegevensBij(beoordeling), kenmerk: 'MO-1' }).tekst).toContain('Kenmerk: MO-1');
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
