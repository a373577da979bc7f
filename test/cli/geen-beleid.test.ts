// Geen beleid in werking is geen ongeldige invoer (SPEC §2.11, issue 24 punt 5): een eigen
// melding en exitcode 3; in een batch wint de ernstigste (1 > 2 > 3 > 0). En `beleid controleer
// --binnen`: wat afloopt, met exitcode 4.
import { describe, expect, it } from 'vitest';
import { geenBeleidTekst } from '../../src/cli/geen-beleid.js';
import type { BeleidNietInWerking } from '../../src/index.js';
import { cli } from './in-geheugen.js';

const aanvraag = (ingediendOp: string, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ ingediendOp, vorm: 'gift', bedragInCenten: 80_000, gemeenteVanHerkomst: 'Wierden', voorliggendeVoorzieningenBenut: true, voorkomtOfVerkortOpvang: true, verwachteBesparingInCenten: 450_000, schulden: false, ...extra });
const in2025 = aanvraag('2025-04-05T14:30:00+02:00');
const in2026 = aanvraag('2026-12-01T10:00:00+01:00');
const ongeldig = aanvraag('2025-04-05T14:30:00+02:00', { bedragInCenten: 0 });

const FONDS_NL =
  "Geen beleid in werking op 1 december 2026 voor 'almelo': de ingebouwde waarden (versnelfonds.maximumInCenten en 3 andere) gelden van 1 januari 2020 tot 1 januari 2026. " +
  'Geef een eigen beleid mee met --beleid <beleid.json>, of kies een datum (ingediendOp) van 1 januari 2020 tot 1 januari 2026.';
const FONDS_EN =
  "No policy in force on 1 December 2026 for 'almelo': the built-in values (versnelfonds.maximumInCenten and 3 others) apply from 1 January 2020 until 1 January 2026. " +
  'Pass a policy of your own with --beleid <policy.json>, or choose a date (ingediendOp) from 1 January 2020 until 1 January 2026.';

/** Een eigen beleid (JSON) met een fonds van 2025 tot `tot`, met status `status`. */
function eigenFonds(tot: string, status = 'vastgesteld'): string {
  const periode = (waarde: unknown) => [{ vanaf: '2025-01-01', tot, waarde, status, ...(status === 'interpretatie' ? { toelichting: 'x' } : {}), bronnen: [{ document: 'besluit-fonds', onderdeel: 'Artikel 1' }] }];
  return JSON.stringify({
    id: 'gemeente-wierden-fonds',
    versie: '1',
    naam: 'Gemeente Wierden',
    documenten: [{ id: 'besluit-fonds', titel: 'Regeling versnelfonds Wierden', uitgever: 'Gemeente Wierden', jaar: 2025 }],
    parameters: {
      'versnelfonds.maximumInCenten': periode(100_000),
      'versnelfonds.beoordelingstermijnInUren': periode(24),
      'versnelfonds.regio': periode('almelo'),
      'versnelfonds.kostenBatenFactor': periode(1),
    },
    regels: { versnelfonds: { grondslag: { status, ...(status === 'vastgesteld' ? {} : { toelichting: 'x' }), bronnen: [{ document: 'besluit-fonds', onderdeel: 'Artikel 1' }] } } },
  });
}

describe('beoordeel: geen beleid in werking is exitcode 3, met wat te doen', () => {
  it('een regel zonder datum waarvan de grondslag is uitgesloten: exit 3, zonder peildatum, met de grondslag genoemd', async () => {
    const geval = JSON.stringify({ fase: 'dreigend', betrokkenOrganisaties: [{ naam: 'Wijkteam', contacturenPerMaand: 8 }] });
    const run = await cli(['beoordeel', 'regisseur', '-', '--uitgesloten-statussen', 'voornemen'], { '-': geval });
    expect(run).toEqual({
      code: 3,
      uit: '',
      fout: "Geen beleid in werking voor 'almelo': de grondslag van de regel regisseur heeft status 'voornemen', en die status is uitgesloten. Pas die status toe met --uitgesloten-statussen ('' past elke status toe), of geef een eigen beleid mee met --beleid <beleid.json>.\n",
    });
    const en = await cli(['beoordeel', 'regisseur', '-', '--uitgesloten-statussen', 'voornemen', '--taal', 'en'], { '-': geval });
    expect(en.fout).toBe("No policy in force for 'almelo': the basis of the rule regisseur has status 'voornemen', and that status is excluded. Apply that status with --uitgesloten-statussen (e.g. '' applies every status), or pass a policy of your own with --beleid <policy.json>.\n");
  });

  it('het ingebouwde versnelfonds op 1 december 2026: de melding noemt de periode en --beleid, niet "Ongeldige invoer"', async () => {
    const run = await cli(['beoordeel', 'versnelfonds', 'aanvraag.json'], { 'aanvraag.json': in2026 });
    expect(run).toEqual({ code: 3, uit: '', fout: `${FONDS_NL}\n` });
    expect(await cli(['beoordeel', 'versnelfonds', 'aanvraag.json', '--taal', 'en'], { 'aanvraag.json': in2026 })).toEqual({ code: 3, uit: '', fout: `${FONDS_EN}\n` });
  });

  it('--json: het resultaat met soort en nietInWerking op stdout, exit 3', async () => {
    const run = await cli(['beoordeel', 'versnelfonds', '-', '--json'], { '-': in2026 });
    expect(run.code).toBe(3);
    expect(JSON.parse(run.uit)).toEqual({
      regelnummer: 1,
      succes: false,
      soort: 'geen-beleid',
      fouten: [{ pad: 'ingediendOp', melding: "geen waarde voor 'versnelfonds.maximumInCenten' van 'almelo' in werking op 2026-12-01 (waarden gelden van 2020-01-01 tot 2026-01-01)" }],
      nietInWerking: {
        peildatum: '2026-12-01',
        beleid: 'almelo',
        regio: null,
        ingebouwd: true,
        parameter: 'versnelfonds.maximumInCenten',
        ontbrekendeParameters: ['versnelfonds.maximumInCenten', 'versnelfonds.beoordelingstermijnInUren', 'versnelfonds.regio', 'versnelfonds.kostenBatenFactor'],
        perioden: [{ vanaf: '2020-01-01', tot: '2026-01-01', status: 'voornemen' }],
        vastgelegdVanaf: '2020-01-01',
        vastgelegdTot: '2026-01-01',
        uitgeslotenStatus: null,
      },
    });
    // Ongeldige invoer houdt exit 2 en krijgt ook een soort.
    const fout = await cli(['beoordeel', 'versnelfonds', '-', '--json'], { '-': ongeldig });
    expect(fout.code).toBe(2);
    expect(JSON.parse(fout.uit)).toMatchObject({ succes: false, soort: 'ongeldige-invoer', fouten: [{ pad: 'bedragInCenten' }] });
  });

  it('de ingebouwde regio almelo vanaf 2027: de melding vraagt een eigen regio', async () => {
    const run = await cli(['beoordeel', 'herkomst', '-'], { '-': JSON.stringify({ gemeenteVanHerkomst: 'Wierden', regio: 'almelo', peildatum: '2027-01-01' }) });
    expect(run.code).toBe(3);
    expect(run.fout).toBe(
      "Geen beleid in werking op 1 januari 2027 voor regio 'almelo': de ingebouwde indeling van de regio geldt van 1 april 2018 tot 1 januari 2027. " +
        'Geef met --beleid <beleid.json> een eigen beleid met een eigen regio mee, of kies een datum (peildatum) van 1 april 2018 tot 1 januari 2027.\n',
    );
    const dagErvoor = await cli(['beoordeel', 'herkomst', '-'], { '-': JSON.stringify({ gemeenteVanHerkomst: 'Wierden', regio: 'almelo', peildatum: '2026-12-31' }) });
    expect(dagErvoor.code).toBe(0);
  });

  it('een eigen beleid dat afliep: leg een waarde vast in dat beleid; met --beleid voor die datum is het exit 0', async () => {
    const bestanden = { 'fonds.json': eigenFonds('2026-06-01'), 'aanvraag.json': in2026, 'eerder.json': aanvraag('2026-05-31T12:00:00+02:00') };
    const run = await cli(['beoordeel', 'versnelfonds', 'aanvraag.json', '--beleid', 'fonds.json'], bestanden);
    expect(run.code).toBe(3);
    expect(run.fout).toBe(
      "Geen beleid in werking op 1 december 2026 voor 'gemeente-wierden-fonds': de waarden (versnelfonds.maximumInCenten en 3 andere) gelden van 1 januari 2025 tot 1 juni 2026. " +
        "Leg in beleid 'gemeente-wierden-fonds' een waarde vast voor deze datum, of kies een datum (ingediendOp) van 1 januari 2025 tot 1 juni 2026.\n",
    );
    expect((await cli(['beoordeel', 'versnelfonds', 'eerder.json', '--beleid', 'fonds.json'], bestanden)).code).toBe(0);
    expect((await cli(['beoordeel', 'versnelfonds', 'aanvraag.json', '--beleid', 'fonds.json'], { ...bestanden, 'fonds.json': eigenFonds('2027-06-01') })).code).toBe(0);
  });

  it('een uitgesloten status als oorzaak: de melding noemt de status en --uitgesloten-statussen', async () => {
    const bestanden = { 'fonds.json': eigenFonds('2027-06-01', 'ambitie'), 'aanvraag.json': in2026 };
    const run = await cli(['beoordeel', 'versnelfonds', 'aanvraag.json', '--beleid', 'fonds.json'], bestanden);
    expect(run.code).toBe(3);
    expect(run.fout).toBe(
      "Geen beleid in werking op 1 december 2026 voor 'gemeente-wierden-fonds': de waarde die dan geldt heeft status 'ambitie', en die status is uitgesloten. " +
        "Pas die status toe met --uitgesloten-statussen ('' past elke status toe), of geef een eigen beleid mee met --beleid <beleid.json>.\n",
    );
    expect((await cli(['beoordeel', 'versnelfonds', 'aanvraag.json', '--beleid', 'fonds.json', '--uitgesloten-statussen', ''], bestanden)).code).toBe(0);
    const en = await cli(['beoordeel', 'versnelfonds', 'aanvraag.json', '--beleid', 'fonds.json', '--taal', 'en'], bestanden);
    expect(en.fout).toMatch(/^No policy in force on 1 December 2026 for 'gemeente-wierden-fonds': the value in force then has status 'ambitie', and that status is excluded\. Apply that status with --uitgesloten-statussen/);
  });
});

describe('een batch: de ernstigste exitcode wint (1 > 2 > 3 > 0)', () => {
  it('alleen beslist: 0; met een geval zonder beleid: 3; met ook een ongeldig geval: 2', async () => {
    expect((await cli(['beoordeel', 'versnelfonds', '-'], { '-': `${in2025}\n${in2025}\n` })).code).toBe(0);

    const drie = await cli(['beoordeel', 'versnelfonds', '-'], { '-': `${in2025}\n${in2026}\n` });
    expect(drie.code).toBe(3);
    const regels = drie.uit.trimEnd().split('\n');
    expect(regels[0]).toMatch(/^1\ttoekennen\t/);
    expect(regels[1]).toBe(`2\tgeen-beleid\t${FONDS_NL}`);
    expect(drie.fout).toBe('2 gevallen beoordeeld: 1 toekennen; 0 ongeldig. 1 zonder beleid in werking op hun datum (geef een eigen beleid mee met --beleid).\n');

    const twee = await cli(['beoordeel', 'versnelfonds', '-'], { '-': `${in2026}\n${ongeldig}\n${in2025}\n` });
    expect(twee.code).toBe(2);
    expect(twee.uit.trimEnd().split('\n').map((regel) => regel.split('\t').slice(0, 2))).toEqual([
      ['1', 'geen-beleid'],
      ['2', 'ongeldig'],
      ['3', 'toekennen'],
    ]);
    expect(twee.fout).toBe('3 gevallen beoordeeld: 1 toekennen; 1 ongeldig. 1 zonder beleid in werking op hun datum (geef een eigen beleid mee met --beleid).\n');

    // Een kapotte regel is ongeldige invoer: ook die gaat voor.
    expect((await cli(['beoordeel', 'versnelfonds', '-'], { '-': `${in2026}\n{"kapot": \n` })).code).toBe(2);
  });

  it('--json en --taal en: soort per regel, de velden in het Engels, de samenvatting in het Engels', async () => {
    const run = await cli(['beoordeel', 'versnelfonds', '-', '--json', '--taal', 'en'], { '-': `${in2026}\n${ongeldig}\n` });
    const [geen, fout] = run.uit.trimEnd().split('\n').map((regel) => JSON.parse(regel) as Record<string, unknown>);
    expect(geen).toMatchObject({ regelnummer: 1, succes: false, soort: 'geen-beleid', fouten: [{ pad: 'ingediendOp', melding: expect.stringMatching(/^no value for 'versnelfonds.maximumInCenten' of 'almelo' in force on 2026-12-01/) as unknown }], nietInWerking: { vastgelegdTot: '2026-01-01' } });
    expect(fout).toMatchObject({ regelnummer: 2, succes: false, soort: 'ongeldige-invoer' });
    expect(run.fout).toBe('2 cases decided; 1 invalid. 1 without a policy in force on their date (pass a policy of your own with --beleid).\n');
    const tekst = await cli(['beoordeel', 'versnelfonds', '-', '--taal', 'en'], { '-': `${in2026}\n${in2026}\n` });
    expect(tekst.uit.split('\n')[0]).toBe(`1\tgeen-beleid\t${FONDS_EN}`);
    expect(tekst.code).toBe(3);
  });

  it('met werkers (--parallel 2) dezelfde uitvoer en dezelfde exitcode', async () => {
    const invoer = { '-': Array.from({ length: 600 }, (_, index) => (index % 3 === 0 ? in2026 : in2025)).join('\n') };
    const enkel = await cli(['beoordeel', 'versnelfonds', '-', '--parallel', '1'], invoer, { stukgrootte: 4096 });
    const twee = await cli(['beoordeel', 'versnelfonds', '-', '--parallel', '2'], invoer, { stukgrootte: 4096 });
    expect(enkel.code).toBe(3);
    expect(enkel.fout).toBe('600 gevallen beoordeeld: 400 toekennen; 0 ongeldig. 200 zonder beleid in werking op hun datum (geef een eigen beleid mee met --beleid).\n');
    expect(twee).toEqual(enkel);
  }, 60_000);
});

describe('beleid controleer --binnen: wat afloopt, exitcode 4', () => {
  it('almelo op 1 december 2026: de regio eindigt op 1 januari 2027; binnen 31 dagen exit 4, binnen 30 exit 0', async () => {
    const binnen = await cli(['beleid', 'controleer', 'almelo', '--binnen', '31', '--peildatum', '2026-12-01']);
    expect(binnen.code).toBe(4);
    expect(binnen.fout).toBe('');
    const regels = binnen.uit.split('\n');
    expect(regels.slice(0, 5)).toEqual([
      "Beleid 'almelo' (versie 2026-3): Centrumregio Almelo (ingebouwd).",
      'Peildatum 1 december 2026; 31 dagen vooruit, tot en met 1 januari 2027.',
      '',
      'Loopt af binnen 31 dagen (1):',
      '  indeling van regio almelo [vastgesteld, ingebouwd]: laatste dag 31 december 2026, geen waarde vanaf 1 januari 2027 (over 31 dagen)',
    ]);
    expect(binnen.uit).toContain('Al afgelopen (4):\n  versnelfonds.beoordelingstermijnInUren [voornemen, ingebouwd]: laatste dag 31 december 2025, geen waarde vanaf 1 januari 2026 (334 dagen geleden)');
    expect(binnen.uit).toContain('  integrale-ketenaanpak-mo (Samenvatting integrale ketenaanpak maatschappelijke opvang): laatste dag 31 december 2025');
    expect(binnen.uit).toContain('Let op: 1 waarde of regio-indeling loopt binnen 31 dagen af.');

    const buiten = await cli(['beleid', 'controleer', 'almelo', '--binnen', '30', '--peildatum', '2026-12-01']);
    expect(buiten.code).toBe(0);
    expect(buiten.uit).not.toContain('Loopt af');
    expect(buiten.uit).toContain('Niets loopt binnen 30 dagen af.');
    expect(buiten.uit).toContain('Al afgelopen (4):'); // al afgelopen staat er wel, maar geeft geen 4
  });

  it('zonder --peildatum geldt vandaag (de klok van de CLI, niet van de bibliotheek)', async () => {
    expect((await cli(['beleid', 'controleer', 'almelo', '--binnen', '31'], {}, { vandaag: '2026-12-01' })).code).toBe(4);
    expect((await cli(['beleid', 'controleer', 'almelo', '--binnen', '31'], {}, { vandaag: '2026-11-30' })).code).toBe(0);
    expect((await cli(['beleid', 'controleer', 'almelo', '--binnen', '31'], {}, { vandaag: '2026-11-30' })).uit).toContain('Peildatum 30 november 2026;');
  });

  it('--json geeft het overzicht van aflopendeWaarden; --taal en de tekst in het Engels', async () => {
    const json = await cli(['beleid', 'controleer', 'almelo', '--binnen', '31', '--peildatum', '2026-12-01', '--json']);
    expect(json.code).toBe(4);
    expect(JSON.parse(json.uit)).toMatchObject({ beleid: { id: 'almelo' }, ingebouwd: true, peildatum: '2026-12-01', binnenDagen: 31, grens: '2027-01-01', lopenAf: [{ soort: 'regio', naam: 'almelo', tot: '2027-01-01', dagen: 31 }] });
    const en = await cli(['beleid', 'controleer', 'almelo', '--binnen', '31', '--peildatum', '2026-12-01', '--taal', 'en']);
    expect(en.uit).toContain('Ends within 31 days (1):\n  membership of region almelo [vastgesteld, built-in]: last day 31 December 2026, no value from 1 January 2027 (in 31 days)');
    expect(en.uit).toContain('Attention: 1 value or region membership ends within 31 days.');
  });

  it('een eigen beleidsbestand, en --uitgesloten-statussen', async () => {
    const bestanden = { 'fonds.json': eigenFonds('2027-03-01'), 'ambitie.json': eigenFonds('2027-03-01', 'ambitie') };
    const fonds = await cli(['beleid', 'controleer', 'fonds.json', '--binnen', '90', '--peildatum', '2026-12-01'], bestanden);
    expect(fonds.code).toBe(4);
    expect(fonds.uit).toContain('  versnelfonds.maximumInCenten [vastgesteld]: laatste dag 28 februari 2027, geen waarde vanaf 1 maart 2027 (over 90 dagen)');
    expect(fonds.uit).toContain('  besluit-fonds (Regeling versnelfonds Wierden, eigen document): laatste dag 28 februari 2027');
    // Het fonds noemt de ingebouwde regio almelo: die eindigt eerder (1 januari 2027), dus binnen 89 dagen alleen zij.
    const eerder = await cli(['beleid', 'controleer', 'fonds.json', '--binnen', '89', '--peildatum', '2026-12-01'], bestanden);
    expect(eerder.code).toBe(4);
    expect(eerder.uit).toContain('Loopt af binnen 89 dagen (1):\n  indeling van regio almelo [vastgesteld, ingebouwd]');
    expect((await cli(['beleid', 'controleer', 'fonds.json', '--binnen', '30', '--peildatum', '2026-12-01'], bestanden)).code).toBe(0);
    // Een fonds met alleen een ambitie geldt standaard niet, dus loopt het ook niet af; met '' wel.
    expect((await cli(['beleid', 'controleer', 'ambitie.json', '--binnen', '90', '--peildatum', '2026-12-01', '--json'], bestanden)).uit).not.toContain('versnelfonds.maximumInCenten');
    const alles = await cli(['beleid', 'controleer', 'ambitie.json', '--binnen', '90', '--peildatum', '2026-12-01', '--uitgesloten-statussen', ''], bestanden);
    expect(alles.code).toBe(4);
    expect(alles.uit).toContain('  versnelfonds.maximumInCenten [ambitie]: laatste dag 28 februari 2027');
    expect((await cli(['beleid', 'controleer', 'ambitie.json', '--binnen', '90', '--uitgesloten-statussen', 'droom'], bestanden)).code).toBe(2);
  });

  it('ijssel-vecht heeft niets wat afloopt: exit 0', async () => {
    const run = await cli(['beleid', 'controleer', 'ijssel-vecht', '--binnen', '365']);
    expect(run.code).toBe(0);
    expect(run.uit).toContain('Niets loopt binnen 365 dagen af.');
  });

  it('zonder --binnen beschrijft het een ingebouwd beleid, exit 0', async () => {
    const run = await cli(['beleid', 'controleer', 'almelo']);
    expect(run.code).toBe(0);
    expect(run.uit).toMatch(/^Beleid 'almelo' \(versie 2026-3\): Centrumregio Almelo\. Dit is een ingebouwd beleid\.\n/);
  });

  it.each([
    ['geen getal', 'x'],
    ['negatief', '-1'],
    ['een breuk', '1.5'],
    ['te groot', '100001'],
    ['leeg', ''],
    ['met spaties', ' 3'],
  ])('een ongeldig --binnen (%s): een duidelijke gebruiksfout, exit 1', async (_naam, binnen) => {
    const run = await cli(['beleid', 'controleer', 'almelo', `--binnen=${binnen}`]);
    expect(run).toMatchObject({ code: 1, uit: '' });
    expect(run.fout).toBe(`opvangregels: --binnen moet een geheel getal van 0 tot en met 100000 zijn: het aantal dagen vooruit (gegeven: '${binnen}')\nZie 'opvangregels --help'.\n`);
  });

  it('andere fouten in de opties: exit 1 met wat er mis is', async () => {
    const fout = async (...argumenten: string[]) => (await cli(argumenten)).fout.split('\n')[0];
    expect(await fout('beleid', 'controleer', 'almelo', '--binnen', '30', '--peildatum', '2026-02-30')).toBe("opvangregels: --peildatum moet een bestaande datum JJJJ-MM-DD zijn (gegeven: '2026-02-30')");
    expect(await fout('beleid', 'controleer', 'almelo', '--peildatum', '2026-12-01')).toBe('opvangregels: --peildatum hoort bij --binnen: zeg ook hoeveel dagen vooruit (bv. --binnen 90)');
    expect(await fout('beleid', 'controleer', 'almelo', '--binnen')).toBe("opvangregels: optie '--binnen' heeft een waarde nodig");
    expect(await fout('beoordeel', 'herkomst', 'x.json', '--binnen', '30')).toBe("opvangregels: --binnen en --peildatum horen bij 'beleid controleer'");
    expect(await fout('beleid', 'controleer', 'almelo', '--binnen', '30', '--peildatum', '9999-12-31')).toBe('opvangregels: --binnen: valt na het jaar 9999');
    expect((await cli(['beleid', 'controleer', 'almelo', '--binnen', 'x', '--taal', 'en'])).fout.split('\n')[0]).toBe("opvangregels: --binnen must be a whole number from 0 to 100000: the number of days ahead (given: 'x')");
    expect((await cli(['beleid', 'controleer', 'almelo', '--binnen', '30', '--peildatum', '9999-12-31', '--taal', 'en'])).fout.split('\n')[0]).toBe('opvangregels: --binnen: falls after the year 9999');
    for (const argumenten of [['beleid', 'controleer', 'almelo', '--binnen', '30', '--peildatum', '2026-02-30'], ['beoordeel', 'herkomst', 'x.json', '--peildatum', '2026-12-01']]) {
      expect((await cli(argumenten)).code).toBe(1);
    }
  });

  it('een bestand dat niet bestaat of geen geldig beleid is: exit 1 of 2, zoals zonder --binnen', async () => {
    expect((await cli(['beleid', 'controleer', 'weg.json', '--binnen', '30'])).code).toBe(1);
    expect((await cli(['beleid', 'controleer', 'kapot.json', '--binnen', '30'], { 'kapot.json': '{' })).code).toBe(2);
  });
});

describe('geenBeleidTekst: elke soort oorzaak, in beide talen', () => {
  const basis: BeleidNietInWerking = {
    peildatum: '2026-12-01', beleid: 'eigen', regio: null, ingebouwd: false, parameter: 'p', ontbrekendeParameters: ['p', 'q'],
    perioden: [], vastgelegdVanaf: null, vastgelegdTot: null, uitgeslotenStatus: null,
  };
  it.each<[string, Partial<BeleidNietInWerking>, string, string]>([
    [
      'geen enkele waarde vastgelegd',
      {},
      "Geen beleid in werking op 1 december 2026 voor 'eigen': er is geen enkele waarde vastgelegd (p en q). Leg in beleid 'eigen' een waarde vast voor deze datum.",
      "No policy in force on 1 December 2026 for 'eigen': no value at all is laid down (p and q). Lay down a value for this date in policy 'eigen'.",
    ],
    [
      'een eigen regio die pas later begint (geen einde)',
      { regio: 'regio-x', beleid: 'regio-x', ontbrekendeParameters: ['regio.leden'], vastgelegdVanaf: '2027-01-01' },
      "Geen beleid in werking op 1 december 2026 voor regio 'regio-x': de indeling van de regio geldt vanaf 1 januari 2027. Leg in beleid 'regio-x' een indeling vast voor deze datum, of kies een datum (peildatum) vanaf 1 januari 2027.",
      "No policy in force on 1 December 2026 for region 'regio-x': the membership of the region applies from 1 January 2027 onwards. Lay down a membership for this date in policy 'regio-x', or choose a date (peildatum) from 1 January 2027 onwards.",
    ],
    [
      'een ingebouwde regio',
      { regio: 'almelo', beleid: 'almelo', ingebouwd: true, ontbrekendeParameters: ['regio.leden'], vastgelegdVanaf: '2018-04-01', vastgelegdTot: '2027-01-01' },
      "Geen beleid in werking op 1 december 2026 voor regio 'almelo': de ingebouwde indeling van de regio geldt van 1 april 2018 tot 1 januari 2027. Geef met --beleid <beleid.json> een eigen beleid met een eigen regio mee, of kies een datum (peildatum) van 1 april 2018 tot 1 januari 2027.",
      "No policy in force on 1 December 2026 for region 'almelo': the built-in membership of the region applies from 1 April 2018 until 1 January 2027. Pass a policy of your own with a region of your own with --beleid <policy.json>, or choose a date (peildatum) from 1 April 2018 until 1 January 2027.",
    ],
    [
      'een uitgesloten indeling',
      { regio: 'regio-x', uitgeslotenStatus: 'planningsaanname', ontbrekendeParameters: ['regio.leden'], vastgelegdVanaf: '2024-01-01' },
      "Geen beleid in werking op 1 december 2026 voor regio 'regio-x': de indeling die dan geldt heeft status 'planningsaanname', en die status is uitgesloten. Pas die status toe met --uitgesloten-statussen ('' past elke status toe), of geef een eigen beleid mee met --beleid <beleid.json>.",
      "No policy in force on 1 December 2026 for region 'regio-x': the region membership in force then has status 'planningsaanname', and that status is excluded. Apply that status with --uitgesloten-statussen (e.g. '' applies every status), or pass a policy of your own with --beleid <policy.json>.",
    ],
    [
      'een ingebouwd beleid zonder vastgelegde waarde en zonder parameters',
      { ingebouwd: true, ontbrekendeParameters: [] },
      "Geen beleid in werking op 1 december 2026 voor 'eigen': er is geen enkele waarde vastgelegd. Geef een eigen beleid mee met --beleid <beleid.json>.",
      "No policy in force on 1 December 2026 for 'eigen': no value at all is laid down. Pass a policy of your own with --beleid <policy.json>.",
    ],
  ])('%s', (_naam, wijziging, nl, en) => {
    const gegevens = { ...basis, ...wijziging };
    const veld = gegevens.regio === null ? 'ingediendOp' : 'peildatum';
    expect(geenBeleidTekst(gegevens, veld, 'nl')).toBe(nl);
    expect(geenBeleidTekst(gegevens, veld, 'en')).toBe(en);
  });

  it('een id met een stuurteken komt ontsnapt terug: de melding blijft één regel', () => {
    expect(geenBeleidTekst({ ...basis, beleid: 'a\nb' }, 'x\ty', 'nl')).not.toMatch(/[\n\t]/);
  });
});

describe('beleid controleer toont wat een waarde begrenst en waarop een gekozen datum rust', () => {
  it('de 9 maanden alleen bij Humanitas Onder Dak; de gekozen datum van het fonds met de bronnen van die keuze', async () => {
    const { code, uit } = await cli(['beleid', 'controleer', 'almelo']);
    expect(code).toBe(0);
    expect(uit).toContain('[praktijk]: 9 maanden, alleen bij Humanitas Onder Dak');
    // De bronnen van de looptijd staan bij de gekozen datum, niet bij de waarde (audit rij 21).
    expect(uit).toContain('        bron van de gekozen datum: raadsbrief-regioplan-almelo, Inleiding');
  });
});
