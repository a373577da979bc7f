import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { VOORBEELDINVOER } from '../../src/cli/programma.js';
import { cli } from './in-geheugen.js';
import { REGELS } from '../../src/index.js';

const wierden = JSON.stringify({ gemeenteVanHerkomst: 'Wierden', regio: 'almelo', peildatum: '2024-05-01' });
const enschede = JSON.stringify({ gemeenteVanHerkomst: 'Enschede', regio: 'almelo', peildatum: '2024-05-01' });
const tikfout = JSON.stringify({ gemeenteVanHerkomst: 'Almeloo', regio: 'almelo', peildatum: '2024-05-01' });

describe('opvangregels beoordeel', () => {
  it('één object: de motivering op stdout, exit 0', async () => {
    const run = await cli(['beoordeel', 'herkomst', 'geval.json'], { 'geval.json': wierden });
    expect(run).toMatchObject({ code: 0, fout: '' });
    expect(run.uit).toMatch(/^Herkomst: binnen de regio\nPeildatum: 1 mei 2024\n/);
  });

  it('--json geeft het resultaat in de vorm van een batchregel, met de Beoordeling; --taal en de Engelse motivering', async () => {
    const json = await cli(['beoordeel', 'herkomst', '-', '--json'], { '-': wierden });
    const resultaat = JSON.parse(json.uit);
    expect(Object.keys(resultaat)).toEqual(['regelnummer', 'succes', 'beoordeling']);
    expect(resultaat).toMatchObject({ regelnummer: 1, succes: true, beoordeling: { regel: 'herkomst', uitkomst: 'binnen-regio', gemeente: { code: 'GM0189' } } });
    // Dezelfde vorm als een regel van een batch met dat ene geval, alleen ingesprongen.
    expect(resultaat).toEqual(JSON.parse((await cli(['beoordeel', 'herkomst', '-', '--json'], { '-': `[${wierden}]` })).uit));
    const engels = await cli(['beoordeel', 'herkomst', '-', '--taal', 'en'], { '-': wierden });
    expect(engels.uit).toMatch(/^Origin: within the region\n/);
  });

  it('een object verspreid over regels telt als één geval', async () => {
    const run = await cli(['beoordeel', 'herkomst', 'geval.json'], { 'geval.json': JSON.stringify(JSON.parse(wierden), null, 2) }, { stukgrootte: 5 });
    expect(run.code).toBe(0);
    expect(run.uit).toMatch(/^Herkomst: binnen de regio/);
  });

  it('een lijst is een batch: één regel per geval, een samenvatting op stderr', async () => {
    const run = await cli(['beoordeel', 'herkomst', 'lijst.json'], { 'lijst.json': `[${wierden},\n${enschede}]` }, { stukgrootte: 7 });
    expect(run.code).toBe(0);
    const regels = run.uit.trimEnd().split('\n');
    expect(regels).toHaveLength(2);
    expect(regels[0]).toMatch(/^1\tbinnen-regio\tWierden \(GM0189\) hoort op 1 mei 2024 bij/);
    expect(regels[1]).toMatch(/^2\tbuiten-regio\tEnschede/);
    expect(run.fout).toBe('2 gevallen beoordeeld: 1 binnen-regio, 1 buiten-regio; 0 ongeldig.\n');
  });

  it('een lijst met één geval is ook een batch', async () => {
    const run = await cli(['beoordeel', 'herkomst', '-', '--json'], { '-': `[${wierden}]` });
    expect(JSON.parse(run.uit)).toMatchObject({ regelnummer: 1, succes: true, beoordeling: { uitkomst: 'binnen-regio' } });
    expect(run.fout).toBe('1 geval beoordeeld: 1 binnen-regio; 0 ongeldig.\n');
  });

  it('JSON Lines met een ongeldig geval: de andere gevallen gaan door, het foute krijgt pad en melding, exit 2', async () => {
    const run = await cli(['beoordeel', 'herkomst', 'batch.jsonl', '--json'], { 'batch.jsonl': `${wierden}\n${tikfout}\n{"kapot": }\n${enschede}\n` });
    expect(run.code).toBe(2);
    const regels = run.uit.trimEnd().split('\n').map((regel) => JSON.parse(regel) as Record<string, unknown>);
    expect(regels.map((regel) => [regel.regelnummer, regel.succes])).toEqual([
      [1, true],
      [2, false],
      [3, false],
      [4, true],
    ]);
    expect(regels[1]!.fouten).toEqual([{ pad: 'gemeenteVanHerkomst', melding: "onbekende gemeente 'Almeloo'; bedoelt u 'Almelo'?" }]);
    expect(regels[2]!.fouten).toEqual([{ pad: '', melding: 'geen geldige JSON' }]);
    expect(run.fout).toBe('4 gevallen beoordeeld: 1 binnen-regio, 1 buiten-regio; 2 ongeldig.\n');
  });

  it('in een tekstbatch staat een ongeldig geval als "ongeldig" met de velden', async () => {
    const run = await cli(['beoordeel', 'herkomst', '-'], { '-': `${tikfout}\n{}` });
    expect(run.uit.split('\n')[0]).toBe("1\tongeldig\tgemeenteVanHerkomst: onbekende gemeente 'Almeloo'; bedoelt u 'Almelo'?");
    expect(run.uit.split('\n')[1]).toBe('2\tongeldig\tgemeenteVanHerkomst: ontbreekt; regio: ontbreekt; peildatum: ontbreekt');
    expect(run.code).toBe(2);
  });

  it('één ongeldig geval: elke veldfout met pad op stderr, exit 2 (met --json ook op stdout)', async () => {
    const run = await cli(['beoordeel', 'herkomst', '-'], { '-': '{"regio": "almelo", "peildatum": "2024-13-01"}' });
    expect(run).toEqual({ code: 2, uit: '', fout: 'Ongeldige invoer:\n  - gemeenteVanHerkomst: ontbreekt\n  - peildatum: is geen bestaande datum\n' });
    const json = await cli(['beoordeel', 'herkomst', '-', '--json'], { '-': tikfout });
    expect(JSON.parse(json.uit)).toEqual({ regelnummer: 1, succes: false, soort: 'ongeldige-invoer', fouten: [{ pad: 'gemeenteVanHerkomst', melding: "onbekende gemeente 'Almeloo'; bedoelt u 'Almelo'?" }] });
    expect(json.code).toBe(2);
  });

  it.each([
    ['een leeg bestand', '', 'Ongeldige invoer: de invoer is leeg; er is geen geval om te beoordelen.\n'],
    ['een lege lijst', '[]', 'Ongeldige invoer: de lijst is leeg; er is geen geval om te beoordelen.\n'],
    ['afgebroken JSON', '{"gemeenteVanHerkomst": "Wierden",\n', 'Ongeldige invoer:\n  - (invoer): geen geldige JSON: de waarde die hier begint wordt niet afgesloten (ontbreekt een }, ] of "?)\n'],
    ['geen JSON', 'Wierden', 'Ongeldige invoer:\n  - (invoer): geen geldige JSON\n'],
    ['een getal', '42', 'Ongeldige invoer:\n  - (invoer): moet een object zijn\n'],
  ])('%s: zegt wat er mis is, exit 2', async (_naam, inhoud, fout) => {
    const run = await cli(['beoordeel', 'herkomst', 'x.json'], { 'x.json': inhoud });
    expect(run).toEqual({ code: 2, uit: '', fout });
  });

  it.each([
    [['beoordeel', 'herkomst', 'weg.json'], 'opvangregels: bestand niet gevonden: weg.json\n'],
    [['beoordeel', 'herkomst', 'map'], 'opvangregels: dit is een map, geen bestand: map\n'],
    [['beoordeel', 'bestaat-niet', 'x.json'], "opvangregels: onbekende regel; bekend zijn 'herkomst', 'versnelfonds', 'schuldhulp', 'alternatieve-bewindvoering', 'regisseur', 'verblijfstermijn', 'situatie', 'woningaanbod' (gegeven: 'bestaat-niet')\n"],
    [['beoordeel', 'herkomst'], 'opvangregels: gebruik: opvangregels beoordeel <regel> <bestand.json|->\n'],
    [['beoordeel', 'herkomst', '-', '--taal', 'fr'], "opvangregels: onbekende taal 'fr': kies nl of en (unknown language: choose nl or en)\n"],
    [['beoordeel', 'herkomst', '-', '--onzin'], "opvangregels: onbekende optie '--onzin'\nZie 'opvangregels --help'.\n"],
    [['beoordeel', 'herkomst', '-', '--taal'], "opvangregels: optie '--taal' heeft een waarde nodig\n"],
    [['beoordeel', 'herkomst', '-', '--json=ja'], "opvangregels: optie '--json' neemt geen waarde\n"],
    [['schema'], 'opvangregels: gebruik: opvangregels schema <regel|beleid>\n'],
    [['beleid'], 'opvangregels: gebruik: opvangregels beleid controleer <beleid.json|almelo|ijssel-vecht> [--binnen <dagen>] [--peildatum JJJJ-MM-DD]\n'],
    [['schema', 'onzin'], "opvangregels: onbekende regel; bekend zijn 'herkomst', 'versnelfonds', 'schuldhulp', 'alternatieve-bewindvoering', 'regisseur', 'verblijfstermijn', 'situatie', 'woningaanbod' (gegeven: 'onzin')\n"],
    [['regels', 'extra'], "opvangregels: 'regels' neemt geen argumenten\n"],
    [['doe-iets'], "opvangregels: onbekende opdracht 'doe-iets'\n"],
  ])('%j is een gebruiksfout met uitleg, exit 1', async (argumenten, fout) => {
    const run = await cli(argumenten);
    expect(run.code).toBe(1);
    expect(run.fout.startsWith(fout.trimEnd())).toBe(true);
  });
});

describe('opvangregels schema, regels, --help en --versie', () => {
  it('schema print het JSON Schema van de invoer', async () => {
    const run = await cli(['schema', 'herkomst']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.uit)).toMatchObject({ type: 'object', required: ['gemeenteVanHerkomst', 'regio', 'peildatum'] });
  });

  it('regels noemt elke regel met functie, uitkomsten en criteria (nl en en)', async () => {
    const run = await cli(['regels']);
    expect(run.code).toBe(0);
    expect(run.uit).toContain('herkomst (bepaalHerkomst): Bepaalt of een cliënt');
    expect(run.uit).toContain('uitkomsten: binnen-regio, buiten-regio, aanvullen');
    expect(run.uit).toContain('    herkomst.regio: De gemeente van herkomst');
    expect((await cli(['regels', '--taal', 'en'])).uit).toContain('outcomes: binnen-regio');
  });

  it('--help en --versie zijn exit 0; zonder opdracht de hulp met exit 1', async () => {
    expect(await cli(['--help'])).toMatchObject({ code: 0, uit: expect.stringContaining('Gebruik:') });
    expect(await cli(['help'])).toMatchObject({ code: 0 });
    expect(await cli(['--versie'])).toEqual({ code: 0, uit: '9.9.9\n', fout: '' });
    expect(await cli([])).toMatchObject({ code: 1, uit: expect.stringContaining('opvangregels beoordeel <regel>') });
  });
});

describe('de regels van het versnelfonds en de schulden via de CLI', () => {
  const aanvraag = {
    ingediendOp: '2025-10-25T10:00:00+02:00',
    vorm: 'lening',
    bedragInCenten: 100_001,
    gemeenteVanHerkomst: 'Tubbergen',
    voorliggendeVoorzieningenBenut: true,
    voorkomtOfVerkortOpvang: true,
    verwachteBesparingInCenten: 100_000,
    schulden: false,
  };

  it('beoordeel versnelfonds: de motivering met bedragen en termijn', async () => {
    const run = await cli(['beoordeel', 'versnelfonds', '-'], { '-': JSON.stringify(aanvraag) });
    expect(run.code).toBe(0);
    expect(run.uit).toMatch(/^Versnelfonds: toekennen\nPeildatum: 25 oktober 2025\nBeleid: Centrumregio Almelo \(versie 2026-3\)\nGevraagd bedrag: € 1\.000,01\nToekenbaar bedrag: € 1\.000,00\nBeoordelen uiterlijk: 26 oktober 2025 om 09:00/);
  });

  it('beoordeel versnelfonds --json: de velden van SPEC §4.2', async () => {
    const run = await cli(['beoordeel', 'versnelfonds', '-', '--json'], { '-': JSON.stringify(aanvraag) });
    expect(JSON.parse(run.uit).beoordeling).toMatchObject({ uitkomst: 'toekennen', gevraagdBedragInCenten: 100_001, toekenbaarBedragInCenten: 100_000, beoordelenUiterlijk: '2025-10-26T09:00:00+01:00' });
  });

  it('een tijdstip zonder tijdzone is ongeldige invoer, exit 2', async () => {
    const run = await cli(['beoordeel', 'versnelfonds', '-'], { '-': JSON.stringify({ ...aanvraag, ingediendOp: '2025-10-25T10:00:00' }) });
    expect(run).toEqual({ code: 2, uit: '', fout: 'Ongeldige invoer:\n  - ingediendOp: mist de tijdzone (bv. +02:00 of Z)\n' });
  });

  it('een batch schuldhulp: één regel per geval', async () => {
    const regels = [
      { fase: 'opvang', schulden: true, schuldhulpverlening: 'geen' },
      { fase: 'opvang', schulden: true, schuldhulpverlening: 'regulier' },
    ].map((geval) => JSON.stringify(geval));
    const run = await cli(['beoordeel', 'schuldhulp', '-'], { '-': regels.join('\n') });
    expect(run.code).toBe(0);
    expect(run.uit.split('\n').filter(Boolean).map((regel) => regel.split('\t').slice(0, 2))).toEqual([
      ['1', 'actie-nodig'],
      ['2', 'voldaan'],
    ]);
  });

  it('schema versnelfonds: ingediendOp is een date-time, bedragInCenten een positief geheel getal', async () => {
    const run = await cli(['schema', 'versnelfonds']);
    const schema = JSON.parse(run.uit);
    expect(schema.properties.ingediendOp).toMatchObject({ type: 'string', format: 'date-time' });
    expect(schema.properties.bedragInCenten).toMatchObject({ type: 'integer', exclusiveMinimum: 0 });
    expect(schema.required).toEqual(['ingediendOp', 'vorm', 'bedragInCenten', 'gemeenteVanHerkomst', 'voorliggendeVoorzieningenBenut', 'voorkomtOfVerkortOpvang', 'verwachteBesparingInCenten', 'schulden']);
  });

  it('schema alternatieve-bewindvoering: behoefte is optioneel', async () => {
    const schema = JSON.parse((await cli(['schema', 'alternatieve-bewindvoering'])).uit);
    expect(schema.required).toEqual(['fase', 'handeling', 'toestemming']);
  });
});

describe('de verblijfstermijn via de CLI', () => {
  const verblijf = { regio: 'ijssel-vecht', opvangvorm: 'acute-opvang', startdatum: '2026-05-03', gemeenteVanHerkomst: 'Almelo', peildatum: '2026-05-05' };

  it('beoordeel verblijfstermijn: de motivering met duur, vertrekdatum en resterende dagen', async () => {
    const run = await cli(['beoordeel', 'verblijfstermijn', '-'], { '-': JSON.stringify(verblijf) });
    expect(run.code).toBe(0);
    expect(run.uit).toMatch(/^Verblijfstermijn: binnen de termijn\nPeildatum: 5 mei 2026\nBeleid: Regio IJssel-Vecht \(centrumgemeente Zwolle\) \(versie 2026-3\)\nMaximale verblijfsduur: 2 nachten\nUiterlijke vertrekdatum: 5 mei 2026\nResterende dagen: 0\n/);
    expect((await cli(['beoordeel', 'verblijfstermijn', '-', '--taal', 'en'], { '-': JSON.stringify(verblijf) })).uit).toContain('Latest departure date: 5 May 2026');
  });

  it('een batch: de eerste dag, de laatste dag en de dag erna', async () => {
    const regels = ['2026-05-03', '2026-05-05', '2026-05-06'].map((peildatum) => JSON.stringify({ ...verblijf, peildatum }));
    const run = await cli(['beoordeel', 'verblijfstermijn', '-', '--json'], { '-': regels.join('\n') });
    expect(run.code).toBe(0);
    const uitslagen = run.uit.trim().split('\n').map((regel) => JSON.parse(regel) as { beoordeling: { uitkomst: string; resterendeDagen: number } });
    expect(uitslagen.map(({ beoordeling }) => [beoordeling.uitkomst, beoordeling.resterendeDagen])).toEqual([
      ['binnen-termijn', 2],
      ['binnen-termijn', 0],
      ['termijn-verstreken', -1],
    ]);
  });

  it('een startdatum na de peildatum is ongeldige invoer, exit 2', async () => {
    const run = await cli(['beoordeel', 'verblijfstermijn', '-'], { '-': JSON.stringify({ ...verblijf, startdatum: '2026-05-06' }) });
    expect(run).toEqual({ code: 2, uit: '', fout: 'Ongeldige invoer:\n  - startdatum: ligt na de peildatum (2026-05-05); een verblijf kan niet beoordeeld worden voordat het begint\n' });
  });

  it('schema verblijfstermijn: datums als date, de opvangvormen als keuzelijst, herkomst optioneel', async () => {
    const schema = JSON.parse((await cli(['schema', 'verblijfstermijn'])).uit);
    expect(schema.required).toEqual(['regio', 'opvangvorm', 'startdatum', 'peildatum']);
    expect(schema.properties.startdatum).toMatchObject({ type: 'string', format: 'date' });
    expect(schema.properties.opvangvorm.enum).toContain('24-uursopvang');
    expect(schema.additionalProperties).toBe(false);
  });
});

describe('de situatie via de CLI', () => {
  it('beoordeel situatie: de motivering met categorie en routes', async () => {
    const geval = { woonsituatie: 'familie-of-vrienden', gebeurtenissen: [{ soort: 'relatiebreuk', datum: '2025-11-02' }, { soort: 'huisuitzetting', datum: '2026-03-12' }], regio: 'ijssel-vecht' };
    const run = await cli(['beoordeel', 'situatie', '-'], { '-': JSON.stringify(geval) });
    expect(run.code).toBe(0);
    expect(run.uit).toMatch(/^Woonsituatie en route naar dakloosheid: thuisloos\nBeleid: Regio IJssel-Vecht \(centrumgemeente Zwolle\) \(versie [^)]+\)\nETHOS Light-categorie: 6\nRoutes naar dakloosheid: 1, 3\nPrimaire route: 3\nOpvang: onbekend \(de zwaarte van de problemen is niet opgegeven\)\n/);
    // Zonder regio geeft geen beleid de richting van de opvang: geen regel 'Opvang', geen beleid.
    const zonder = await cli(['beoordeel', 'situatie', '-'], { '-': JSON.stringify({ ...geval, regio: undefined }) });
    expect(zonder.uit).toMatch(/^Woonsituatie en route naar dakloosheid: thuisloos\nETHOS Light-categorie: 6\n/);
    expect(zonder.uit).not.toMatch(/^(Opvang|Beleid):/m);
  });

  it('een batch over elke woonsituatie: één uitkomst per regel', async () => {
    const regels = ['openbare-ruimte', 'familie-of-vrienden', 'instelling-zonder-woning', 'eigen-woning'].map((woonsituatie) => JSON.stringify({ woonsituatie }));
    const run = await cli(['beoordeel', 'situatie', '-'], { '-': regels.join('\n') });
    expect(run.uit.split('\n').filter(Boolean).map((regel) => regel.split('\t')[1])).toEqual(['dakloos', 'thuisloos', 'dreigend-dakloos', 'gehuisvest']);
  });

  it('gebeurtenissen die geen lijst zijn: ongeldige invoer, exit 2', async () => {
    const run = await cli(['beoordeel', 'situatie', '-'], { '-': JSON.stringify({ woonsituatie: 'nachtopvang', gebeurtenissen: { soort: 'relatiebreuk' } }) });
    expect(run).toEqual({ code: 2, uit: '', fout: 'Ongeldige invoer:\n  - gebeurtenissen: moet een lijst zijn\n' });
  });

  it('schema situatie: alleen woonsituatie is verplicht; soorten als keuzelijst', async () => {
    const schema = JSON.parse((await cli(['schema', 'situatie'])).uit);
    expect(schema.required).toEqual(['woonsituatie']);
    expect(schema.properties.gebeurtenissen.items.properties.soort.enum).toContain('terugkeer-uit-buitenland');
    expect(schema.properties.gebeurtenissen.items.properties.datum).toMatchObject({ type: 'string', format: 'date' });
  });
});

describe('een batch die één kapotte regel overleeft (issue 14, SPEC §5)', () => {
  type Resultaat = { regelnummer: number; succes: boolean; beoordeling?: { uitkomst: string }; fouten?: Array<{ pad: string; melding: string }> };
  const jsonRegels = (uit: string) => uit.trimEnd().split('\n').map((regel) => JSON.parse(regel) as Resultaat);
  const STUURTEKEN = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/;

  it('een regel die niet sluit, midden in de batch: de resultaten ervoor en erna blijven, één fout met zijn regelnummer', async () => {
    const invoer = `${wierden}\n${enschede}\n{"gemeenteVanHerkomst": "Wierden", "regio": [\n${wierden}\n{"gemeenteVanHerkomst": "open\n${enschede}\n`;
    const json = await cli(['beoordeel', 'herkomst', 'batch.jsonl', '--json'], { 'batch.jsonl': invoer });
    expect(jsonRegels(json.uit).map((r) => [r.regelnummer, r.beoordeling?.uitkomst ?? r.fouten])).toEqual([
      [1, 'binnen-regio'],
      [2, 'buiten-regio'],
      [3, [{ pad: '', melding: 'geen geldige JSON' }]],
      [4, 'binnen-regio'],
      [5, [{ pad: '', melding: 'geen geldige JSON' }]],
      [6, 'buiten-regio'],
    ]);
    expect(json.fout).toBe('6 gevallen beoordeeld: 2 binnen-regio, 2 buiten-regio; 2 ongeldig.\n');
    expect(json.code).toBe(2);
    const tekst = await cli(['beoordeel', 'herkomst', 'batch.jsonl'], { 'batch.jsonl': invoer });
    expect(tekst.uit.trimEnd().split('\n').map((regel) => regel.split('\t').slice(0, 2))).toEqual([
      ['1', 'binnen-regio'],
      ['2', 'buiten-regio'],
      ['3', 'ongeldig'],
      ['4', 'binnen-regio'],
      ['5', 'ongeldig'],
      ['6', 'buiten-regio'],
    ]);
  });

  it('`{` en twee miljoen lege regels (issue 30, klasse 6): één regel met het regelnummer, exit 2; met een geval erna ook dat geval', async () => {
    const leeg = '\n'.repeat(2_000_000);
    const run = await cli(['beoordeel', 'herkomst', '-'], { '-': `{\n${leeg}` }, { stukgrootte: 1 << 16 });
    expect(run).toEqual({ code: 2, uit: '', fout: 'Ongeldige invoer:\n  - (invoer): geen geldige JSON: de waarde die hier begint is na 1048576 bytes nog niet afgesloten\n' });
    // Na de grens worden de regels opnieuw gelezen als JSON Lines: het geval na de lege regels telt, met zijn eigen regelnummer.
    const erna = await cli(['beoordeel', 'herkomst', '-', '--json'], { '-': `{\n${leeg}${wierden}\n` }, { stukgrootte: 1 << 16 });
    expect(jsonRegels(erna.uit).map((r) => [r.regelnummer, r.beoordeling?.uitkomst ?? r.fouten])).toEqual([
      [1, [{ pad: '', melding: 'geen geldige JSON: de waarde die hier begint is na 1048576 bytes nog niet afgesloten' }]],
      [2_000_002, 'binnen-regio'],
    ]);
    expect(erna.code).toBe(2);
  });

  it("'not json' op een regel is één geval, niet twee", async () => {
    const run = await cli(['beoordeel', 'herkomst', '-'], { '-': `${wierden}\nnot json\n${enschede}\n` });
    expect(run.uit.trimEnd().split('\n')).toHaveLength(3);
    expect(run.uit.split('\n')[1]).toBe('2\tongeldig\t(invoer): geen geldige JSON');
    expect(run.fout).toBe('3 gevallen beoordeeld: 1 binnen-regio, 1 buiten-regio; 1 ongeldig.\n');
  });

  it('een regel van 10 MB zonder regeleinde is één fout; de regel erna wordt nog beslist', async () => {
    const lang = `{"gemeenteVanHerkomst": "${'x'.repeat(10 * 2 ** 20)}`;
    const run = await cli(['beoordeel', 'herkomst', '-', '--json'], { '-': `${wierden}\n${lang}\n${enschede}` }, { stukgrootte: 1 << 16 });
    expect(jsonRegels(run.uit).map((r) => [r.regelnummer, r.beoordeling?.uitkomst ?? r.fouten])).toEqual([
      [1, 'binnen-regio'],
      [2, [{ pad: '', melding: 'regel te lang (meer dan 1048576 bytes)' }]],
      [3, 'buiten-regio'],
    ]);
    expect(run.fout).toBe('3 gevallen beoordeeld: 1 binnen-regio, 1 buiten-regio; 1 ongeldig.\n');
  });

  it('de regelnummers zijn die van de invoer: lege regels tellen mee', async () => {
    const run = await cli(['beoordeel', 'herkomst', '-'], { '-': `\n${wierden}\n\n\n${tikfout}\r\n \n${enschede}\n\n` });
    expect(run.uit.trimEnd().split('\n').map((regel) => regel.split('\t').slice(0, 2))).toEqual([
      ['2', 'binnen-regio'],
      ['5', 'ongeldig'],
      ['7', 'buiten-regio'],
    ]);
  });

  it('in een lijst is het regelnummer de regel waar het element begint', async () => {
    const run = await cli(['beoordeel', 'herkomst', '-', '--json'], { '-': `[\n${wierden},\n\n${tikfout}, ${enschede}\n]` });
    expect(jsonRegels(run.uit).map((r) => [r.regelnummer, r.succes])).toEqual([
      [2, true],
      [4, false],
      [4, true],
    ]);
  });

  it('een lijst die middenin breekt: de elementen ervoor zijn beslist, één fout met het regelnummer, de rest niet gelezen', async () => {
    const run = await cli(['beoordeel', 'herkomst', '-'], { '-': `[\n${wierden},\n{"gemeenteVanHerkomst": "open,\n${enschede}\n]` });
    expect(run.uit.trimEnd().split('\n').map((regel) => regel.split('\t'))).toEqual([
      ['2', 'binnen-regio', expect.stringContaining('Wierden')],
      ['3', 'ongeldig', '(invoer): de lijst breekt af: een tekst loopt door tot het einde van de regel (ontbreekt een "?); de rest is niet gelezen'],
    ]);
    expect(run.fout).toBe('2 gevallen beoordeeld: 1 binnen-regio; 1 ongeldig. De lijst breekt af op regel 3; de rest is niet gelezen.\n');
    expect(run.code).toBe(2);
  });

  it('--json: elk resultaat heeft regelnummer, succes en beoordeling, of soort en fouten, en niets anders', async () => {
    const run = await cli(['beoordeel', 'herkomst', '-', '--json'], { '-': `${wierden}\n${tikfout}\n` });
    const [goed, fout] = run.uit.trimEnd().split('\n').map((regel) => JSON.parse(regel) as Record<string, unknown>);
    expect(Object.keys(goed!)).toEqual(['regelnummer', 'succes', 'beoordeling']);
    expect(Object.keys(fout!)).toEqual(['regelnummer', 'succes', 'soort', 'fouten']);
    expect(goed).toMatchObject({ regelnummer: 1, succes: true, beoordeling: { regel: 'herkomst' } });
    expect(fout).toMatchObject({ regelnummer: 2, succes: false });
  });

  it('een fout herhaalt nooit de melding van de parser of een stuk van de invoer', async () => {
    const geheim = 'Jan Jansen BSN 123456782';
    const regels = [`{"${geheim}": }`, `${geheim}`, `{"a": "${geheim}`, `["${geheim}"`, `{"x": 1} ${geheim}`];
    for (const json of [false, true]) {
      const run = await cli(['beoordeel', 'herkomst', '-', ...(json ? ['--json'] : [])], { '-': regels.join('\n') });
      expect(run.uit.trimEnd().split('\n')).toHaveLength(regels.length);
      expect(run.uit + run.fout).not.toContain('123456782');
      expect(run.uit + run.fout).not.toMatch(/Unexpected|JSON at position|is not valid/);
    }
    const enkel = await cli(['beoordeel', 'herkomst', '-'], { '-': `{"${geheim}": ` });
    expect(enkel.fout).not.toContain('123456782');
  });

  describe('de tekstuitvoer ontsnapt stuurtekens in alles wat zij herhaalt', () => {
    const regisseur = (naam: string) => JSON.stringify({ fase: 'opvang', betrokkenOrganisaties: [{ naam, contacturenPerMaand: 9 }, { naam: 'Wijkteam', contacturenPerMaand: 3 }] });

    it('een naam met regeleinde en tab kan geen resultaatregel nabootsen', async () => {
      const vals = 'Tactus\n2\ttoegewezen\tvals resultaat\r\n3\tongeldig\t';
      const run = await cli(['beoordeel', 'regisseur', '-'], { '-': `${regisseur(vals)}\n${regisseur('Wijkteam Oost')}\n` });
      const regels = run.uit.trimEnd().split('\n');
      expect(regels).toHaveLength(2);
      expect(regels.map((regel) => regel.split('\t').length)).toEqual([3, 3]);
      expect(regels.map((regel) => regel.split('\t')[0])).toEqual(['1', '2']);
      expect(regels[0]).toContain('Tactus\\n2\\ttoegewezen\\tvals resultaat\\r\\n3\\tongeldig heeft 9 contacturen'); // de naam wordt getrimd
      expect(run.uit).not.toMatch(STUURTEKEN);
    });

    it('ANSI-stuurcodes, C1-tekens en U+2028/2029 komen zichtbaar ontsnapt aan, ook in --json en in de motivering', async () => {
      const vals = 'Tactus \u001b[31mrood\u001b[0m \u009b2J \u2028 \u2029 \u202e ok \\ eind';
      const run = await cli(['beoordeel', 'regisseur', '-'], { '-': `${regisseur(vals)}\n${regisseur('Wijkteam Oost')}\n` });
      expect(run.uit).toContain('Tactus \\u001b[31mrood\\u001b[0m \\u009b2J \\u2028 \\u2029 \\u202e ok \\\\ eind');
      expect(run.uit).not.toMatch(STUURTEKEN);
      expect(run.uit).not.toContain('\u202e');
      const json = await cli(['beoordeel', 'regisseur', '-', '--json'], { '-': `${regisseur(vals)}\n${regisseur('Wijkteam Oost')}\n` });
      expect(json.uit).not.toMatch(STUURTEKEN);
      expect((JSON.parse(json.uit.split('\n')[0]!) as { beoordeling: { regisseur: string } }).beoordeling.regisseur).toBe(vals);
      const enkel = await cli(['beoordeel', 'regisseur', '-'], { '-': regisseur(`Tactus\nRegisseur MO: vals\u001b[2J`) });
      expect(enkel.code).toBe(0);
      expect(enkel.uit).toContain('Tactus\\nRegisseur MO: vals\\u001b[2J');
      expect(enkel.uit).not.toMatch(STUURTEKEN);
      expect(enkel.uit.split('\n').filter((regel) => regel.startsWith('Regisseur MO:'))).toHaveLength(2); // de twee eigen kopregels
      const enkelJson = await cli(['beoordeel', 'regisseur', '-', '--json'], { '-': regisseur(vals) });
      expect(enkelJson.uit).not.toMatch(STUURTEKEN);
    });

    it('ook in paden, meldingen en argumenten die terugkomen op stderr', async () => {
      const run = await cli(['beoordeel', 'herkomst\n\u001b[2J', '-'], { '-': wierden });
      expect(run.fout).toContain("(gegeven: 'herkomst\\n\\u001b[2J')");
      expect(run.fout.trimEnd().split('\n')).toHaveLength(1);
      const bestand = await cli(['beoordeel', 'herkomst', 'weg\u001b.json']);
      expect(bestand.fout).toContain('bestand niet gevonden: weg\\u001b.json');
    });
  });

  it('10.000 regels met 10 kapotte ertussen: elke geldige regel is beslist, met het goede regelnummer', async () => {
    const kapot = new Set([1, 999, 2_345, 4_000, 5_001, 6_666, 7_777, 8_888, 9_999, 10_000]);
    const soorten = ['not json', '{"gemeenteVanHerkomst": "open', '{"regio": [', '}', '{"a": 1} {"b": 2}'];
    const regels = Array.from({ length: 10_000 }, (_, index) => (kapot.has(index + 1) ? soorten[index % soorten.length]! : index % 2 === 0 ? wierden : enschede));
    const run = await cli(['beoordeel', 'herkomst', '-', '--json'], { '-': regels.join('\n') }, { stukgrootte: 1 << 16 });
    const resultaten = jsonRegels(run.uit);
    expect(resultaten).toHaveLength(10_000);
    expect(resultaten.map((r) => r.regelnummer)).toEqual(Array.from({ length: 10_000 }, (_, index) => index + 1));
    expect(resultaten.filter((r) => !r.succes).map((r) => r.regelnummer)).toEqual([...kapot]);
    const binnen = regels.filter((regel) => regel === wierden).length;
    expect(run.fout).toBe(`10000 gevallen beoordeeld: ${10_000 - 10 - binnen} buiten-regio, ${binnen} binnen-regio; 10 ongeldig.\n`);
   }, 30_000); // ~2 s; met coverage en naast de andere tests langer
});

describe('eigen beleid in de CLI', () => {
  const beleidstekst = readFileSync(new URL('../../examples/beleid/amsterdam-amstelland.json', import.meta.url), 'utf8');
  const bestanden = {
    'beleid.json': beleidstekst,
    'diemen.json': JSON.stringify({ gemeenteVanHerkomst: 'Diemen', regio: 'amsterdam-amstelland', peildatum: '2025-05-01' }),
    'aanvraag.json': JSON.stringify({ ingediendOp: '2025-04-05T14:30:00+02:00', vorm: 'gift', bedragInCenten: 120_000, gemeenteVanHerkomst: 'Diemen', voorliggendeVoorzieningenBenut: true, voorkomtOfVerkortOpvang: true, verwachteBesparingInCenten: 450_000, schulden: false }),
    'verblijf.json': JSON.stringify({ regio: 'amsterdam-amstelland', opvangvorm: 'nachtopvang', startdatum: '2025-06-01', gemeenteVanHerkomst: 'Zwolle', peildatum: '2025-06-04' }),
    'kapot.json': '{"id": "x",',
    'ongeldig.json': JSON.stringify({ ...JSON.parse(beleidstekst), id: 'almelo', regios: { 'amsterdam-amstelland': { ...JSON.parse(beleidstekst).regios['amsterdam-amstelland'], centrumgemeenten: ['GM0457'] } } }),
  };

  it('--beleid beslist herkomst, versnelfonds en verblijfstermijn met de eigen regio, en de motivering noemt de eigen documenten', async () => {
    const herkomst = await cli(['beoordeel', 'herkomst', 'diemen.json', '--beleid', 'beleid.json'], bestanden);
    expect(herkomst).toMatchObject({ code: 0, fout: '' });
    expect(herkomst.uit).toMatch(/^Herkomst: binnen de regio\n/);
    expect(herkomst.uit).toContain('(Voorbeeld: college van burgemeester en wethouders van Amsterdam (fictief), 2025, https://example.org/voorbeeld/beleidsregels-mo)');
    const fonds = await cli(['beoordeel', 'versnelfonds', 'aanvraag.json', '--beleid', 'beleid.json', '--json'], bestanden);
    expect(JSON.parse(fonds.uit).beoordeling).toMatchObject({ uitkomst: 'toekennen', toekenbaarBedragInCenten: 75_000, regio: { id: 'amsterdam-amstelland' }, eigenDocumenten: [{ id: 'voorbeeld-regeling-versnelfonds-amsterdam' }, { id: 'voorbeeld-beleidsregels-mo-amsterdam-amstelland' }] });
    const verblijf = await cli(['beoordeel', 'verblijfstermijn', 'verblijf.json', '--beleid', 'beleid.json'], bestanden);
    expect(verblijf.uit).toMatch(/^Verblijfstermijn: binnen de termijn\n/);
    // Zonder --beleid is de eigen regio onbekend: exit 2 met het pad.
    const zonder = await cli(['beoordeel', 'herkomst', 'diemen.json'], bestanden);
    expect(zonder.code).toBe(2);
    expect(zonder.fout).toContain('  - regio: onbekende regio;');
  });

  it('een ongeldig beleid: exit 2 met pad en melding per fout, voor elk geval; kapotte JSON zonder stuk van het bestand', async () => {
    const run = await cli(['beoordeel', 'herkomst', 'diemen.json', '--beleid', 'ongeldig.json'], bestanden);
    expect(run).toMatchObject({ code: 2, uit: '' });
    expect(run.fout).toContain('Ongeldig beleid in ongeldig.json:\n  - id: botst met een ingebouwd beleid-id');
    expect(run.fout).toContain('  - regios.amsterdam-amstelland.centrumgemeenten.0: is geen lid van de regio in de periode vanaf 2022-03-24 (leden.1)');
    expect(run.fout.trimEnd().split('\n')).toHaveLength(3);
    const kapot = await cli(['beoordeel', 'herkomst', 'diemen.json', '--beleid', 'kapot.json'], bestanden);
    expect(kapot).toMatchObject({ code: 2, fout: 'Ongeldig beleid in kapot.json:\n  - (invoer): geen geldige JSON\n' });
    expect((await cli(['beoordeel', 'herkomst', 'diemen.json', '--beleid', 'weg.json'], bestanden)).code).toBe(1);
  });

  it('--uitgesloten-statussen: een lijst met komma\'s, leeg past alles toe; een onbekende status is exit 2', async () => {
    const ijsselVecht = JSON.stringify({ regio: 'ijssel-vecht', opvangvorm: 'acute-opvang', startdatum: '2026-05-03', gemeenteVanHerkomst: 'Zwolle', peildatum: '2026-05-05' });
    const standaard = await cli(['beoordeel', 'verblijfstermijn', '-', '--json'], { '-': ijsselVecht });
    expect(JSON.parse(standaard.uit).beoordeling.uitkomst).toBe('geen-termijn');
    const alles = await cli(['beoordeel', 'verblijfstermijn', '-', '--json', '--uitgesloten-statussen', ''], { '-': ijsselVecht });
    expect(JSON.parse(alles.uit).beoordeling).toMatchObject({ uitkomst: 'binnen-termijn', uiterlijkeVertrekdatum: '2026-06-28' });
    const expliciet = await cli(['beoordeel', 'verblijfstermijn', '-', '--json', '--uitgesloten-statussen', 'ambitie, planningsaanname'], { '-': ijsselVecht });
    expect(expliciet.uit).toBe(standaard.uit);
    const fout = await cli(['beoordeel', 'verblijfstermijn', '-', '--uitgesloten-statussen', 'ambitie,wens'], { '-': ijsselVecht });
    expect(fout).toMatchObject({ code: 2, uit: '' });
    expect(fout.fout).toContain('--uitgesloten-statussen: een onbekende status; kies uit vastgesteld, praktijk, voornemen, ambitie, planningsaanname, interpretatie');
    expect(fout.fout).not.toContain('wens');
  });

  it('regisseur onder een beleid zonder grondslag voor de regisseur: ongeldige invoer (exit 2), niet de grondslag van Almelo geleend', async () => {
    const geval = JSON.stringify({ fase: 'dreigend', betrokkenOrganisaties: [{ naam: 'Wijkteam', contacturenPerMaand: 8 }] });
    const run = await cli(['beoordeel', 'regisseur', '-', '--beleid', 'beleid.json'], { ...bestanden, '-': geval });
    expect(run).toMatchObject({ code: 2, uit: '' });
    expect(run.fout).toContain("opties.beleid: beleid 'voorbeeld-amsterdam-amstelland' geeft geen grondslag voor de regel regisseur (regels.regisseur.grondslag)");
    // Zonder --beleid beslist de regel onder het ingebouwde beleid van Almelo, en zegt dat.
    const almelo = await cli(['beoordeel', 'regisseur', '-'], { '-': geval });
    expect(almelo.code).toBe(0);
    expect(almelo.uit).toContain('Beleid: Centrumregio Almelo');
  });

  it('beleid controleer: de regels van het beleid (grondslag, eigen regeltekst, lezingen), en een fonds zonder grondslag krijgt een waarschuwing', async () => {
    const raadsbesluit = readFileSync('examples/beleid/voorbeeld-raadsbesluit-fonds.json', 'utf8');
    const run = await cli(['beleid', 'controleer', 'raadsbesluit.json'], { 'raadsbesluit.json': raadsbesluit });
    expect(run).toMatchObject({ code: 0, fout: '' });
    expect(run.uit).toContain('\nRegels (1):\n  versnelfonds: grondslag [vastgesteld]: voorbeeld-raadsbesluit-versnelfonds-2025, Artikel 1, instelling (fictief)\n');
    expect(run.uit).toContain('    onze lezing overgenomen: versnelfonds.laatste-optie-als-eis, versnelfonds.werkgebied, versnelfonds.besparing-tegen-toekenbaar-bedrag, versnelfonds.minimum-als-oordeel, versnelfonds.begrenzen, versnelfonds.per-aanvraag\n    in eigen woorden: versnelfonds.kan-is-bevoegdheid\n');
    expect(run.uit).not.toContain('Let op: er zijn waarden voor het versnelfonds');
    const zonder = JSON.parse(raadsbesluit);
    delete zonder.regels;
    const oud = await cli(['beleid', 'controleer', 'oud.json'], { 'oud.json': JSON.stringify(zonder) });
    expect(oud.code).toBe(0);
    expect(oud.uit).not.toContain('Regels (');
    expect(oud.uit).toContain('Let op: er zijn waarden voor het versnelfonds, maar geen grondslag (regels.versnelfonds.grondslag). Het fonds beslist daarom niet onder dit beleid');
    // Een eigen fonds zonder eigen regelteksten: de controle noemt de criteria waar de brief alleen de grondslag citeert.
    const eigen = await cli(['beleid', 'controleer', 'eigen.json'], { 'eigen.json': readFileSync('examples/beleid/voorbeeld-eigen-fonds.json', 'utf8') });
    expect(eigen.uit).toContain('    zonder eigen regeltekst (de brief citeert daar alleen de grondslag): versnelfonds.laatste-optie, versnelfonds.voorkomen,');
    expect(run.uit).not.toContain('zonder eigen regeltekst');
    // Het ingebouwde beleid van Almelo toont de grondslag van zijn vier regels, met hun status.
    expect((await cli(['beleid', 'controleer', 'almelo'])).uit).toContain('  regisseur: grondslag [voornemen]: integrale-ketenaanpak-mo, Oplossing 1: Regisseur maatschappelijke opvang\n');
  });

  it('beleid controleer: print per document, regio en parameter de perioden, waarden en statussen; een fout is exit 2', async () => {
    const run = await cli(['beleid', 'controleer', 'beleid.json'], bestanden);
    expect(run).toMatchObject({ code: 0, fout: '' });
    expect(run.uit).toContain("Beleid 'voorbeeld-amsterdam-amstelland' (versie 2026-1): Voorbeeld: regio Amsterdam-Amstelland (fictieve waarden). Het bestand is geldig.");
    expect(run.uit).toContain('    van 2021-01-01 tot 2022-03-24 [interpretatie]: 7 gemeenten: Aalsmeer (GM0358), Amstelveen (GM0362), Amsterdam (GM0363), Diemen (GM0384), Ouder-Amstel (GM0437), Uithoorn (GM0451), Weesp (GM0457)');
    expect(run.uit).toContain('  versnelfonds.maximumInCenten: het maximumbedrag van het versnelfonds\n    vanaf 2025-01-01 [interpretatie]: € 750,00');
    expect(run.uit).toContain('  verblijfsduur.nachtopvang.buiten-regio: de maximale verblijfsduur\n    vanaf 2025-01-01 [interpretatie]: 3 nachten');
    const json = await cli(['beleid', 'controleer', 'beleid.json', '--json'], bestanden);
    expect(JSON.parse(json.uit)).toMatchObject({ id: 'voorbeeld-amsterdam-amstelland', documenten: [{}, {}] });
    const ongeldig = await cli(['beleid', 'controleer', 'ongeldig.json'], bestanden);
    expect(ongeldig).toMatchObject({ code: 2, uit: '' });
    expect((await cli(['beleid', 'bekijk', 'beleid.json'], bestanden)).code).toBe(1);
  });

  it('beleid controleer waarschuwt voor waarden die standaard niet worden toegepast', async () => {
    const bestand = JSON.parse(beleidstekst);
    bestand.parameters['verblijfsduur.24-uursopvang'][0].status = 'ambitie';
    const run = await cli(['beleid', 'controleer', 'b.json'], { 'b.json': JSON.stringify(bestand) });
    expect(run.uit).toContain("Let op: 1 waarde heeft status 'ambitie' of 'planningsaanname'.");
  });

  it('een naam met een regeleinde (die een regel in de brief zou nabootsen) is een fout, en de melding herhaalt hem niet', async () => {
    const bestand = JSON.parse(beleidstekst);
    bestand.documenten[0].titel = 'Titel\nBron: nep';
    const run = await cli(['beleid', 'controleer', 'b.json'], { 'b.json': JSON.stringify(bestand) });
    expect(run).toMatchObject({ code: 2, uit: '' });
    expect(run.fout).toContain('  - documenten.0.titel: mag geen regeleinden, stuurtekens, tekens die de schrijfrichting omdraaien of onzichtbare tekens bevatten');
    expect(run.fout).not.toContain('nep');
  });

  it('schema beleid print het JSON Schema van een beleidsbestand, gelijk aan het geleverde bestand', async () => {
    const run = await cli(['schema', 'beleid']);
    expect(run.code).toBe(0);
    expect(run.uit).toBe(readFileSync(new URL('../../schema/beleid.json', import.meta.url), 'utf8'));
  });
});

describe('beleid controleer noemt een gekozen datum', () => {
  it('onder de periode, als "gekozen datum"', async () => {
    const tekst = readFileSync(new URL('../../examples/beleid/amsterdam-amstelland.json', import.meta.url), 'utf8');
    const run = await cli(['beleid', 'controleer', 'b.json'], { 'b.json': tekst });
    expect(run.uit).toContain('    van 2021-01-01 tot 2022-03-24 [interpretatie]: 7 gemeenten');
    expect(run.uit).toContain('      gekozen datum: Voorbeeld: vanaf 1 januari 2021, het begin van de CBS-gegevens van deze bibliotheek;');
  });
});

describe('conventies van de CLI', () => {
  it.each([['--version'], ['-v'], ['--versie']])('%s print de versie, exit 0', async (vlag) => {
    expect(await cli([vlag])).toEqual({ code: 0, uit: '9.9.9\n', fout: '' });
  });

  it.each([
    ['nl', [], 'Gebruik:', 'Exitcodes: 0 gelukt, 2 ongeldige invoer'],
    ['en', ['--taal', 'en'], 'Usage:', 'Exit codes: 0 success, 2 invalid input'],
  ])('--help in het %s noemt elke regel met een voorbeeld en de exitcodes', async (_taal, extra, kop, exitcodes) => {
    for (const vlag of ['--help', '-h']) {
      const run = await cli([vlag, ...extra]);
      expect(run.code).toBe(0);
      expect(run.uit).toContain(kop);
      expect(run.uit).toContain(exitcodes);
      for (const id of Object.keys(REGELS)) expect(run.uit).toContain(`| opvangregels beoordeel ${id} -`);
    }
  });

  it.each(Object.keys(VOORBEELDINVOER))('het voorbeeld in de hulp voor %s geeft een beslissing (exit 0)', async (id) => {
    const run = await cli(['beoordeel', id, '-', '--json'], { '-': JSON.stringify(VOORBEELDINVOER[id]) });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.uit)).toMatchObject({ regelnummer: 1, succes: true, beoordeling: { regel: id } });
  });

  it('regels --json geeft de regels als JSON, in de gekozen taal', async () => {
    const nl = JSON.parse((await cli(['regels', '--json'])).uit);
    expect(nl.map((regel: { id: string }) => regel.id)).toEqual(Object.keys(REGELS));
    expect(nl[0]).toMatchObject({ id: 'herkomst', functie: 'bepaalHerkomst', titel: 'Herkomst', leestBeleid: true });
    const en = JSON.parse((await cli(['regels', '--json', '--taal', 'en'])).uit);
    expect(en[0].titel).toBe('Origin');
  });

  it('een regel-id mag met hoofdletters', async () => {
    const run = await cli(['beoordeel', 'Herkomst', '-', '--json'], { '-': JSON.stringify(VOORBEELDINVOER.herkomst) });
    expect(run.code).toBe(0);
    expect((await cli(['schema', 'VERSNELFONDS'])).code).toBe(0);
  });
});

describe('de conventies als tabel: elke vlag, elke taal, elke exitcode', () => {
  const goed = JSON.stringify(VOORBEELDINVOER.herkomst);
  const fout = JSON.stringify({ ...VOORBEELDINVOER.herkomst, gemeenteVanHerkomst: 'Almeloo' });
  const batch = `${goed}\n${fout}\n`;
  type Rij = [naam: string, argumenten: string[], invoer: string, code: number, uitBevat: string, foutBevat: string];
  const rijen: Rij[] = [
    ['--version', ['--version'], '', 0, '9.9.9', ''],
    ['-v', ['-v'], '', 0, '9.9.9', ''],
    ['--help (nl)', ['--help'], '', 0, 'Gebruik:', ''],
    ['-h --taal en', ['-h', '--taal', 'en'], '', 0, 'Usage:', ''],
    ['geen opdracht: de hulp, exit 1', [], '', 1, 'Gebruik:', ''],
    ['één geval (nl)', ['beoordeel', 'herkomst', '-'], goed, 0, 'Herkomst: binnen de regio', ''],
    ['één geval (en)', ['beoordeel', 'herkomst', '-', '--taal', 'en'], goed, 0, 'Origin: within the region', ''],
    ['één geval, regel-id met hoofdletters', ['beoordeel', 'HERKOMST', '-', '--json'], goed, 0, '"uitkomst": "binnen-regio"', ''],
    ['één geval, regio-id met hoofdletters', ['beoordeel', 'herkomst', '-', '--json'], JSON.stringify({ ...VOORBEELDINVOER.herkomst, regio: 'Almelo' }), 0, '"id": "almelo"', ''],
    ['één ongeldig geval (nl), exit 2', ['beoordeel', 'herkomst', '-'], fout, 2, '', "Ongeldige invoer:\n  - gemeenteVanHerkomst: onbekende gemeente 'Almeloo'; bedoelt u 'Almelo'?\n"],
    ['één ongeldig geval (en), exit 2', ['beoordeel', 'herkomst', '-', '--taal', 'en'], fout, 2, '', "Invalid input:\n  - gemeenteVanHerkomst: unknown municipality 'Almeloo'; did you mean 'Almelo'?\n"],
    ['één ongeldig geval --json (en)', ['beoordeel', 'herkomst', '-', '--json', '--taal', 'en'], fout, 2, '"melding": "unknown municipality \'Almeloo\'; did you mean \'Almelo\'?"', 'Invalid input:'],
    ['batch met een ongeldig geval (nl), exit 2', ['beoordeel', 'herkomst', '-'], batch, 2, "2\tongeldig\tgemeenteVanHerkomst: onbekende gemeente 'Almeloo'", '2 gevallen beoordeeld: 1 binnen-regio; 1 ongeldig.\n'],
    ['batch met een ongeldig geval (en), exit 2', ['beoordeel', 'herkomst', '-', '--taal', 'en'], batch, 2, "2\tongeldig\tgemeenteVanHerkomst: unknown municipality 'Almeloo'", '2 cases decided: 1 binnen-regio; 1 invalid.\n'],
    ['lege invoer (en), exit 2', ['beoordeel', 'herkomst', '-', '--taal', 'en'], '', 2, '', 'Invalid input: the input is empty; there is no case to decide.\n'],
    ['geen JSON (en), exit 2', ['beoordeel', 'herkomst', '-', '--taal', 'en'], 'Wierden', 2, '', 'Invalid input:\n  - (input): not valid JSON\n'],
    ['onbekende regel (nl), exit 1', ['beoordeel', 'onzin', '-'], goed, 1, '', "opvangregels: onbekende regel; bekend zijn 'herkomst'"],
    ['onbekende regel (en), exit 1', ['beoordeel', 'onzin', '-', '--taal', 'en'], goed, 1, '', "opvangregels: unknown rule; the known rules are 'herkomst'"],
    ['onbekende optie (nl), exit 1', ['beoordeel', 'herkomst', '-', '--onzin'], goed, 1, '', "opvangregels: onbekende optie '--onzin'\nZie 'opvangregels --help'.\n"],
    ['onbekende optie (en), exit 1', ['--taal=en', 'beoordeel', 'herkomst', '-', '--onzin'], goed, 1, '', "opvangregels: unknown option '--onzin'\nSee 'opvangregels --help --taal en'.\n"],
    ['ontbrekend bestand (en), exit 1', ['beoordeel', 'herkomst', 'weg.json', '--taal', 'en'], '', 1, '', 'opvangregels: file not found: weg.json\n'],
    ['onbekende status (en), exit 2', ['beoordeel', 'verblijfstermijn', '-', '--uitgesloten-statussen', 'ambitie,x', '--taal', 'en'], '', 2, '', 'Invalid input:\n  - --uitgesloten-statussen: an unknown status; choose from'],
    ['regels --json', ['regels', '--json'], '', 0, '"functie": "bepaalHerkomst"', ''],
    ['schema met hoofdletters', ['schema', 'Situatie'], '', 0, '"woonsituatie"', ''],
    ['onbekende taal, exit 1', ['--taal', 'fr', 'regels'], '', 1, '', "onbekende taal 'fr': kies nl of en (unknown language: choose nl or en)"],
  ];

  it.each(rijen)('%s', async (_naam, argumenten, invoer, code, uitBevat, foutBevat) => {
    const run = await cli(argumenten, { '-': invoer });
    expect(run.code).toBe(code);
    if (uitBevat) expect(run.uit).toContain(uitBevat);
    if (foutBevat) expect(run.fout).toContain(foutBevat);
    else expect(run.fout).toBe('');
  });

  it('met --taal en staat er geen Nederlandse melding op stderr, in geen enkele rij', async () => {
    for (const [, argumenten, invoer] of rijen.filter(([naam]) => naam.includes('(en)'))) {
      const { fout: stderr } = await cli(argumenten, { '-': invoer });
      expect(stderr).not.toMatch(/\b(ongeldige|onbekende|bedoelt|ontbreekt|gevallen|beoordeeld|bestand niet|kies uit)\b/i);
    }
  });
});
