// `opvangregels vergelijk` (issue 28): elk geval onder twee beleidsvarianten; CSV (PapaParse), JSON en
// JSON Lines; fouten per rij die de run niet stoppen; de overgangen en de totalen.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { leesCsvGevallen, vergelijkGevallen } from '../../src/cli/vergelijk.js';
import { defineBeleid, invoerJsonSchema, zoekRegel } from '../../src/index.js';
import { cli } from './in-geheugen.js';

const CSV = readFileSync('examples/vergelijk/aanvragen-2025.csv', 'utf8');
const VOORSTEL = readFileSync('examples/beleid/voorbeeld-voorstel-fonds.json', 'utf8');
const bestanden = { 'aanvragen.csv': CSV, 'voorstel.json': VOORSTEL };
const versnelfonds = zoekRegel('versnelfonds');

describe('opvangregels vergelijk', () => {
  it('een CSV onder het ingebouwde beleid en een voorstel: de veranderde gevallen, de overgangen en de totalen', async () => {
    const run = await cli(['vergelijk', 'versnelfonds', 'aanvragen.csv', '--beleid', 'ingebouwd', '--beleid', 'voorstel.json'], bestanden, { stukgrootte: 4096 });
    expect(run.code).toBe(0);
    expect(run.uit.split('\n')).toEqual([
      'regel 3: toekennen → toekennen; € 800,00 → € 750,00',
      'regel 4: toekennen → toekennen; € 1.000,00 → € 750,00',
      'regel 5: toekennen → afwijzen; € 600,00 → € 0,00; versnelfonds.kosten-baten: voldaan → niet-voldaan',
      'regel 6: toekennen → toekennen; € 1.000,00 → € 750,00',
      'regel 12: toekennen → afwijzen; € 750,00 → € 0,00; versnelfonds.kosten-baten: voldaan → niet-voldaan',
      'regel 11: ongeldig: bedragInCenten: moet een positief geheel getal zijn (eurocent)',
      '',
      '12 gevallen; 5 anders beslist onder B; 1 ongeldig (niet beslist).',
      'Uitkomst onder A → onder B (aantal gevallen):',
      '  toekennen → toekennen: 4',
      '  afwijzen → afwijzen: 3',
      '  toekennen → afwijzen: 2',
      '  aanvullen → aanvullen: 2',
      'Totaal toegekend: € 4.550,00 onder A, € 2.650,00 onder B.',
      '',
    ]);
  });

  it('de gids voor beleidsmedewerkers toont precies wat de opdracht schrijft', async () => {
    const gids = readFileSync('docs/beleidswijziging-doorrekenen.md', 'utf8');
    const blok = /De uitkomst:\n\n```text\n([\s\S]*?)```/.exec(gids)![1]!;
    const run = await cli(['vergelijk', 'versnelfonds', 'aanvragen.csv', '--beleid', 'ingebouwd', '--beleid', 'voorstel.json'], bestanden, { stukgrootte: 4096 });
    expect(run.uit).toBe(blok);
  });

  it('--json: dezelfde uitslag als vergelijkGevallen; twee keer hetzelfde beleid: niets verandert', async () => {
    const run = await cli(['vergelijk', 'versnelfonds', 'aanvragen.csv', '--beleid', 'ingebouwd', '--beleid', 'voorstel.json', '--json'], bestanden, { stukgrootte: 4096 });
    expect(JSON.parse(run.uit)).toEqual(JSON.parse(JSON.stringify(vergelijkGevallen(versnelfonds, leesCsvGevallen(CSV, invoerJsonSchema('versnelfonds')), undefined, { beleid: defineBeleid(JSON.parse(VOORSTEL)) }))));
    const zelfde = await cli(['vergelijk', 'versnelfonds', 'aanvragen.csv', '--beleid', 'almelo', '--beleid', 'ingebouwd', '--json'], bestanden, { stukgrootte: 4096 });
    const uitslag = JSON.parse(zelfde.uit) as { gewijzigd: unknown[]; totaalToegekend: { voor: number; na: number } };
    expect(uitslag.gewijzigd).toEqual([]);
    expect(uitslag.totaalToegekend.voor).toBe(uitslag.totaalToegekend.na);
  });

  it('JSON Lines met een kapotte regel: die regel is ongeldig, de rest wordt beslist', async () => {
    const regels = CSV.trim().split('\n');
    const aanvraag = { ingediendOp: '2025-02-03T10:00:00+01:00', vorm: 'gift', bedragInCenten: 90_000, gemeenteVanHerkomst: 'Almelo', voorliggendeVoorzieningenBenut: true, voorkomtOfVerkortOpvang: true, verwachteBesparingInCenten: 100_000, schulden: false };
    const jsonl = `${JSON.stringify(aanvraag)}\n{"kapot": \n${JSON.stringify({ ...aanvraag, bedragInCenten: 20_000 })}\n`;
    const run = await cli(['vergelijk', 'versnelfonds', 'gevallen.jsonl', '--beleid', 'ingebouwd', '--beleid', 'voorstel.json'], { ...bestanden, 'gevallen.jsonl': jsonl });
    expect(regels.length).toBe(13);
    expect(run.code).toBe(0);
    expect(run.uit).toContain('regel 1: toekennen → toekennen; € 900,00 → € 750,00\n');
    expect(run.uit).toMatch(/^regel 2: ongeldig: \(invoer\): /m);
    expect(run.uit).toContain('3 gevallen; 1 anders beslist onder B; 1 ongeldig (niet beslist).');
  });

  it('gebruiksfouten: één --beleid, --beleid twee keer bij beoordeel, een ongeldig beleidsbestand (exitcode 2 met paden)', async () => {
    expect((await cli(['vergelijk', 'versnelfonds', 'aanvragen.csv', '--beleid', 'ingebouwd'], bestanden)).code).toBe(1);
    const twee = await cli(['beoordeel', 'versnelfonds', 'aanvragen.csv', '--beleid', 'a.json', '--beleid', 'b.json'], bestanden);
    expect([twee.code, twee.fout.split('\n')[0]]).toEqual([1, "opvangregels: --beleid mag maar één keer, behalve bij 'vergelijk'"]);
    const kapot = await cli(['vergelijk', 'versnelfonds', 'aanvragen.csv', '--beleid', 'ingebouwd', '--beleid', 'kapot.json'], { ...bestanden, 'kapot.json': '{"id": "Almelo"}' });
    expect(kapot.code).toBe(2);
    expect(kapot.fout).toMatch(/^Ongeldig beleid in kapot\.json:\n {2}- /);
  });
});

describe('leesCsvGevallen', () => {
  it('zet cellen om naar het type van het schema: ja/nee/true/false/onbekend, gehele getallen; lege cel is weggelaten', () => {
    const [geval] = leesCsvGevallen('ingediendOp,vorm,bedragInCenten,gemeenteVanHerkomst,voorliggendeVoorzieningenBenut,voorkomtOfVerkortOpvang,verwachteBesparingInCenten,schulden,schuldhulpverlenerBetrokken\n2025-02-03T10:00:00+01:00,gift,40000,Almelo,JA,true,onbekend,nee,\n', invoerJsonSchema('versnelfonds'));
    expect(geval).toEqual({ regelnummer: 2, invoer: { ingediendOp: '2025-02-03T10:00:00+01:00', vorm: 'gift', bedragInCenten: 40_000, gemeenteVanHerkomst: 'Almelo', voorliggendeVoorzieningenBenut: true, voorkomtOfVerkortOpvang: true, verwachteBesparingInCenten: 'onbekend', schulden: false } });
  });

  it('een rij met te weinig cellen of een lijstkolom is een fout van die rij; de regelnummers tellen cellen over meer regels mee', () => {
    const gevallen = leesCsvGevallen('vorm,gemeenteVanHerkomst\ngift\n"lening\nmet regeleinde",Almelo\ngift,Wierden\n', invoerJsonSchema('versnelfonds'));
    expect(gevallen).toEqual([
      { regelnummer: 2, fouten: [{ pad: '', melding: 'heeft niet evenveel cellen als de kopregel' }] },
      { regelnummer: 4, invoer: { vorm: 'lening\nmet regeleinde', gemeenteVanHerkomst: 'Almelo' } },
      { regelnummer: 5, invoer: { vorm: 'gift', gemeenteVanHerkomst: 'Wierden' } },
    ]);
    const regisseur = leesCsvGevallen('betrokkenOrganisaties\nWijkteam\n', invoerJsonSchema('regisseur'));
    expect(regisseur).toEqual([{ regelnummer: 2, fouten: [{ pad: 'betrokkenOrganisaties', melding: 'een lijst of object past niet in een CSV-cel; gebruik JSON of JSON Lines' }] }]);
  });
});
