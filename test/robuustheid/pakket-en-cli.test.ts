// Issue 30, klassen 6 en 9: het pakket en de meldingen van de CLI.
// - Een browserbundel die het pakket `require`t, krijgt de browservorm van de compilatie
//   (bewezen door scripts/controleer-bundels.mjs in `npm run test:pakket`; hier de afspraak in package.json).
// - Een audit die niets controleerde, heet "niet gecontroleerd", nooit "0 kwetsbaarheden".
// - Elke melding van de CLI die een bestandsnaam, adres of invoer kan herhalen, is ontsnapt.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AUDITARGUMENTEN, leesAudit } from '../../scripts/controleer-audit.js';
import { startDienst } from '../../src/cli/dienst/index.js';
import { ontsnap, onverwachteFoutTekst, veiligeJson } from '../../src/cli/ontsnap.js';

/** Een teken dat geen terminal mag bereiken (zoals ontsnap.ts ze kent), behalve het regeleinde. */
const STUURTEKEN_BEHALVE_LF = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

describe('het veld browser van package.json (klasse 9)', () => {
  const pakket = JSON.parse(readFileSync('package.json', 'utf8')) as { browser: Record<string, string>; main: string };

  it('vervangt de compilatie in de ESM- én de CJS-bouw door haar browservorm', () => {
    expect(pakket.browser).toEqual({
      './dist/kern/compilatie.js': './dist/kern/compilatie-browser.js',
      './dist/kern/compilatie.cjs': './dist/kern/compilatie-browser.cjs',
    });
    expect(pakket.main).toBe('./dist/index.cjs');
  });

  it('tsup bouwt beide CJS-vormen als eigen bestanden, en dist/index.cjs laadt de compilatie apart', () => {
    const config = readFileSync('tsup.config.ts', 'utf8');
    expect(config).toContain("'kern/compilatie': 'src/kern/compilatie.ts'");
    expect(config).toContain("'kern/compilatie-browser': 'src/kern/compilatie-browser.ts'");
    expect(config).toContain("{ path: './kern/compilatie.cjs', external: true }");
  });
});

describe('npm audit: niet gecontroleerd is geen "0 kwetsbaarheden" (klasse 9)', () => {
  const schoon = { auditReportVersion: 2, vulnerabilities: {}, metadata: { vulnerabilities: { info: 0, low: 0, moderate: 0, high: 0, critical: 0, total: 0 }, dependencies: { prod: 56, total: 651 } } };

  it('draait altijd online: `--offline` zou "found 0 vulnerabilities" geven zonder iets te controleren', () => {
    expect(AUDITARGUMENTEN).toContain('--offline=false');
    expect(AUDITARGUMENTEN.filter((argument) => argument.startsWith('--offline'))).toEqual(['--offline=false']);
    expect(AUDITARGUMENTEN).toContain('--omit=dev');
  });

  it('een echt rapport: gecontroleerd, met de aantallen; één kwetsbaarheid telt', () => {
    expect(leesAudit(JSON.stringify(schoon))).toEqual({ gecontroleerd: true, aantallen: { info: 0, low: 0, moderate: 0, high: 0, critical: 0 }, totaal: 0 });
    const een = { ...schoon, metadata: { vulnerabilities: { ...schoon.metadata.vulnerabilities, high: 1, total: 1 } } };
    expect(leesAudit(JSON.stringify(een))).toMatchObject({ gecontroleerd: true, totaal: 1 });
  });

  it.each([
    ['het register kent het endpoint niet (405, zoals hier)', JSON.stringify({ message: '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk', statusCode: 405, error: { summary: '', detail: '' } }), 'HTTP 405'],
    ['geen netwerk', JSON.stringify({ error: { code: 'ENOTFOUND', summary: 'request to https://registry.npmjs.org failed', detail: '' } }), 'request to'],
    ['geen uitvoer', '', 'geen leesbare JSON'],
    ['null', 'null', 'geen rapport'],
    ['een lijst', '[]', 'onbekende vorm'],
    ['een rapport zonder aantallen', JSON.stringify({ auditReportVersion: 2, vulnerabilities: {} }), 'onbekende vorm'],
    ['een negatief aantal', JSON.stringify({ ...schoon, metadata: { vulnerabilities: { ...schoon.metadata.vulnerabilities, low: -1 } } }), "'low'"],
    ['een aantal als tekst', JSON.stringify({ ...schoon, metadata: { vulnerabilities: { ...schoon.metadata.vulnerabilities, critical: '0' } } }), "'critical'"],
  ])('%s: niet gecontroleerd, met de reden', (_naam, uitvoer, reden) => {
    const lezing = leesAudit(uitvoer);
    expect(lezing.gecontroleerd).toBe(false);
    expect((lezing as { reden: string }).reden).toContain(reden);
  });
});

describe('elke melding van de CLI is ontsnapt (klasse 6)', () => {
  it('een teken zonder breedte wordt zichtbaar: Wijk\\u200bteam is in de uitvoer niet Wijkteam (tekst en JSON)', () => {
    for (const teken of ['\u00ad', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff']) {
      const naam = `Wijk${teken}team`;
      expect(ontsnap(naam)).toBe(`Wijk\\u${teken.charCodeAt(0).toString(16).padStart(4, '0')}team`);
      expect(veiligeJson({ naam })).toBe(`{"naam":"Wijk\\u${teken.charCodeAt(0).toString(16).padStart(4, '0')}team"}`);
      expect(JSON.parse(veiligeJson({ naam }))).toEqual({ naam });
    }
    expect(ontsnap('Wijkteam')).toBe('Wijkteam');
  });

  it('een onverwachte fout: melding op één regel, ontsnapt en ingekort; de stack eronder, regel voor regel', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), fc.string({ unit: 'binary', maxLength: 20 }), (melding, naam) => {
        const fout = new Error(melding);
        fout.name = naam;
        fout.stack = `${naam}: ${melding}\n    at leesBestand (/pad/naar/cli.js:1:2)\n    at main (/pad/naar/cli.js:3:4)`;
        const tekst = onverwachteFoutTekst(fout);
        expect(tekst).not.toMatch(STUURTEKEN_BEHALVE_LF);
        expect(tekst.split('\n')).toHaveLength(3); // de melding kan geen regel toevoegen
        expect(tekst.split('\n').slice(1)).toEqual(['    at leesBestand (/pad/naar/cli.js:1:2)', '    at main (/pad/naar/cli.js:3:4)']);
      }),
    );
  });

  it('een melding die een stackregel nadoet, wordt geen stackregel; een lange melding wordt ingekort', () => {
    const fout = new Error('bestand\n    at nep (/etc/passwd:1:1)\u001b[2J');
    const tekst = onverwachteFoutTekst(fout);
    expect(tekst.split('\n')[0]).toBe('Error: bestand\\n    at nep (/etc/passwd:1:1)\\u001b[2J');
    expect(tekst).not.toContain('\n    at nep');
    expect(tekst.split('\n').slice(1).every((regel) => regel.startsWith('    at '))).toBe(true);
    const lang = onverwachteFoutTekst(new Error('x'.repeat(10_000))).split('\n')[0]!;
    expect(lang).toBe(`Error: ${'x'.repeat(493)}…`);
    expect(onverwachteFoutTekst(new Error('x'.repeat(493))).split('\n')[0]).toBe(`Error: ${'x'.repeat(493)}`);
  });

  it('iets anders dan een Error, ook een waarde waarvan String() gooit: één ontsnapte regel, nooit een nieuwe fout', () => {
    expect(onverwachteFoutTekst('kapot\r\nopvangregels: alles goed')).toBe('kapot\\r\\nopvangregels: alles goed');
    expect(onverwachteFoutTekst(Symbol('s'))).toBe('Symbol(s)');
    const gooit = {
      toString() {
        throw new Error('nee');
      },
    };
    expect(onverwachteFoutTekst(gooit)).toBe('(een fout die zich niet laat beschrijven)');
    expect(onverwachteFoutTekst(Object.create(null))).toBe('(een fout die zich niet laat beschrijven)');
  });

  it('serve op een adres dat niet bestaat: het adres uit --adres ontsnapt, op één regel, exitcode 1', async () => {
    let gemeld = '';
    const code = await startDienst(
      { werkers: 0, maxInhoud: 1000, tijdslimiet: 1000, pakketversie: '0.0.0' },
      { poort: 0, adres: 'nergens\u001b[31m\nopvangregels serve: luistert op http://127.0.0.1:80' },
      (tekst) => void (gemeld += tekst),
      () => new Promise(() => {}),
    );
    expect(code).toBe(1);
    expect(gemeld).toBe('opvangregels serve: adres nergens\\u001b[31m\\nopvangregels serve: luistert op http://127.0.0.1:80 bestaat niet op deze machine.\n');
  });
});
