// `opvangregels brief` (issue 26): de brief aan de cliënt uit de CLI, voor één geval en voor een
// batch, met de gemeente uit een bestand; fouten in dat bestand met paden, exitcodes als bij
// `beoordeel`.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cli } from './in-geheugen.js';

const GEMEENTE = JSON.stringify({ naam: 'Gemeente Wierden', adres: 'Postbus 43, 7640 AA Wierden', bezwaaradres: 'Postbus 43, 7640 AA Wierden' });
const voorbeeld = (naam: string) => readFileSync(new URL(`../../examples/${naam}`, import.meta.url), 'utf8');
const bestanden = {
  'gemeente.json': GEMEENTE,
  'afwijzen.json': voorbeeld('versnelfonds-afwijzen-herkomst.json'),
  'verblijf.jsonl': `${voorbeeld('verblijfstermijn-buiten-regio-laatste-dag.json').replace(/\n\s*/g, ' ')}\n{"kapot"\n${voorbeeld('verblijfstermijn-herkomst-onbekend.json').replace(/\n\s*/g, ' ')}\n`,
};

describe('opvangregels brief', () => {
  it('één geval: de brief op stdout, met de datum van --datum; de aandachtspunten op stderr', async () => {
    const run = await cli(['brief', 'versnelfonds', 'afwijzen.json', '--gemeente', 'gemeente.json', '--datum', '2026-12-07'], bestanden);
    expect(run.code).toBe(0);
    expect(run.uit.split('\n').slice(0, 4)).toEqual(['Gemeente Wierden', 'Postbus 43, 7640 AA Wierden', '', 'Datum: 7 december 2026']);
    expect(run.uit).toContain('\nWij wijzen uw aanvraag voor het versnelfonds af.\n');
    expect(run.uit).toContain('Stuur uw bezwaar naar: Postbus 43, 7640 AA Wierden.');
    expect(run.uit).not.toContain('Aandachtspunten');
    expect(run.fout.startsWith('Aandachtspunten voor de medewerker (niet voor de brief):\n- ')).toBe(true);
  });

  it('zonder --datum de datum van vandaag (de CLI mag de klok lezen)', async () => {
    const run = await cli(['brief', 'versnelfonds', 'afwijzen.json', '--gemeente', 'gemeente.json'], bestanden, { vandaag: '2026-03-02' });
    expect(run.uit).toContain('Datum: 2 maart 2026');
  });

  it('--json: de beoordeling en de brief in delen; --taal en: de brief in het Engels', async () => {
    const run = await cli(['brief', 'versnelfonds', 'afwijzen.json', '--gemeente', 'gemeente.json', '--datum', '2026-12-07', '--json', '--taal', 'en'], bestanden);
    expect(run.code).toBe(0);
    const uit = JSON.parse(run.uit) as { succes: boolean; beoordeling: { uitkomst: string }; brief: { besluit: string; bezwaar: string; aandachtspunten: string[] } };
    expect(uit.beoordeling.uitkomst).toBe('afwijzen');
    expect(uit.brief.besluit).toBe('We refuse your request to the acceleration fund.');
    expect(uit.brief.bezwaar).toContain('six weeks');
    expect(uit.brief.aandachtspunten.length).toBeGreaterThan(0);
  });

  it('een batch: per geval een kop met regelnummer en uitkomst en de brief eronder, ingesprongen; kapotte regels als bij beoordeel', async () => {
    const run = await cli(['brief', 'verblijfstermijn', 'verblijf.jsonl', '--gemeente', 'gemeente.json', '--datum', '2026-12-07'], bestanden);
    expect(run.code).toBe(2);
    const koppen = run.uit.split('\n').filter((regel) => /^\d/.test(regel));
    expect(koppen).toEqual(['1\tbinnen-termijn', '2\tongeldig\t(invoer): geen geldige JSON', '3\taanvullen']);
    const regels = run.uit.split('\n').filter((regel) => regel !== '' && !/^\d/.test(regel));
    expect(regels.every((regel) => regel.startsWith('  '))).toBe(true);
    expect(run.uit).toContain('  U mag 2 nachten in de opvang blijven. Op 5 mei 2026 vertrekt u.\n');
    expect(run.uit).toContain('  - In welke gemeente woonde u toen u dakloos werd, of dakloos dreigde te worden?\n');
    expect(run.fout).toBe('3 gevallen beoordeeld: 1 binnen-termijn, 1 aanvullen; 1 ongeldig.\n');
  });

  it('een batch met werkers geeft dezelfde bytes als zonder', async () => {
    const argumenten = ['brief', 'verblijfstermijn', 'verblijf.jsonl', '--gemeente', 'gemeente.json', '--datum', '2026-12-07'];
    const enkel = await cli([...argumenten, '--parallel', '1'], bestanden);
    const twee = await cli([...argumenten, '--parallel', '2'], bestanden);
    expect(twee).toEqual(enkel);
  }, 60_000);

  it('gebruiksfouten: geen --gemeente, een regel zonder brief, een foute --datum, --gemeente bij beoordeel', async () => {
    const zonder = await cli(['brief', 'versnelfonds', 'afwijzen.json'], bestanden);
    expect([zonder.code, zonder.fout.split('\n')[0]]).toEqual([1, 'opvangregels: gebruik: opvangregels brief <versnelfonds|verblijfstermijn> <bestand.json|-> --gemeente <gemeente.json> [--datum JJJJ-MM-DD]']);
    const herkomst = await cli(['brief', 'herkomst', 'afwijzen.json', '--gemeente', 'gemeente.json'], bestanden);
    expect([herkomst.code, herkomst.fout.split('\n')[0]]).toEqual([1, "opvangregels: een brief is er alleen bij versnelfonds en verblijfstermijn: die regels beslissen iets over de cliënt (gegeven: 'herkomst')"]);
    const datum = await cli(['brief', 'versnelfonds', 'afwijzen.json', '--gemeente', 'gemeente.json', '--datum', '2026-02-30'], bestanden);
    expect([datum.code, datum.fout.split('\n')[0]]).toEqual([1, "opvangregels: --datum moet een bestaande datum JJJJ-MM-DD zijn (gegeven: '2026-02-30')"]);
    const beoordeel = await cli(['beoordeel', 'versnelfonds', 'afwijzen.json', '--gemeente', 'gemeente.json'], bestanden);
    expect([beoordeel.code, beoordeel.fout.split('\n')[0]]).toEqual([1, "opvangregels: --gemeente en --datum horen bij 'brief'"]);
  });

  it('een gemeentebestand dat niet klopt: exitcode 2 met de paden in dat bestand, ook in het Engels; niet gevonden: exitcode 1', async () => {
    const fout = { ...bestanden, 'fout.json': JSON.stringify({ naam: '  ', adres: 'a\nb' }), 'kapot.json': '{ naam', 'groot.json': `"${'x'.repeat(70 * 1024)}"` };
    const run = await cli(['brief', 'versnelfonds', 'afwijzen.json', '--gemeente', 'fout.json'], fout);
    expect(run.code).toBe(2);
    expect(run.fout).toBe('Ongeldige gegevens van de gemeente in fout.json:\n  - naam: mag niet leeg zijn (ook niet alleen spaties)\n  - adres: mag geen regeleinden of andere stuurtekens bevatten\n  - bezwaaradres: ontbreekt\n');
    const engels = await cli(['brief', 'versnelfonds', 'afwijzen.json', '--gemeente', 'fout.json', '--taal', 'en'], fout);
    expect(engels.fout).toBe('Invalid municipality data in fout.json:\n  - naam: must not be empty (nor only spaces)\n  - adres: must not contain line breaks or other control characters\n  - bezwaaradres: is missing\n');
    expect((await cli(['brief', 'versnelfonds', 'afwijzen.json', '--gemeente', 'kapot.json'], fout)).fout).toContain('(invoer): geen geldige JSON');
    expect((await cli(['brief', 'versnelfonds', 'afwijzen.json', '--gemeente', 'groot.json'], fout)).fout).toContain('(invoer): het bestand is groter dan 64 KiB');
    const weg = await cli(['brief', 'versnelfonds', 'afwijzen.json', '--gemeente', 'weg.json'], fout);
    expect([weg.code, weg.fout.split('\n')[0]]).toEqual([1, 'opvangregels: bestand niet gevonden: weg.json']);
  });
});
