import { readFileSync, readdirSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { BELEIDSSCHEMA_BESTAND, beleidsschemaTekst } from '../../scripts/genereer-schema.js';
import { INGEBOUWD_BELEID, beleidJsonSchema, defineBeleidVeilig } from '../../src/index.js';

const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true });
addFormats.default(ajv);
const valideerSchema = ajv.compile(beleidJsonSchema());
const schemaZegt = (bestand: unknown) => valideerSchema(bestand) === true;
const defineBeleidZegt = (bestand: unknown) => defineBeleidVeilig(bestand).succes;

const map = new URL('../../examples/beleid/', import.meta.url);
const voorbeelden = readdirSync(map).filter((naam) => naam.endsWith('.json'));
const voorbeeld = (): Record<string, any> => JSON.parse(readFileSync(new URL('amsterdam-amstelland.json', map), 'utf8'));
const regio = (wijzig: (regio: Record<string, any>) => void) => {
  const bestand = voorbeeld();
  wijzig(bestand.regios['amsterdam-amstelland']);
  return bestand;
};
const eerstePeriode = (parameter: string, wijzig: (periode: Record<string, any>) => void) => {
  const bestand = voorbeeld();
  wijzig(bestand.parameters[parameter][0]);
  return bestand;
};

const RAADSBESLUIT = (): Record<string, any> => JSON.parse(readFileSync(new URL('voorbeeld-raadsbesluit-fonds.json', map), 'utf8'));
/** Het raadsbesluit-voorbeeld, met een wijziging in `regels.versnelfonds`. */
const fondsregels = (wijzig: (regels: Record<string, any>) => void) => {
  const bestand = RAADSBESLUIT();
  wijzig(bestand.regels.versnelfonds);
  return bestand;
};

/** Goede bestanden: het schema en defineBeleid aanvaarden elk. */
const GOED: Array<[string, unknown]> = [
  ...voorbeelden.map((naam): [string, unknown] => [`examples/beleid/${naam}`, JSON.parse(readFileSync(new URL(naam, map), 'utf8'))]),
  ...Object.values(INGEBOUWD_BELEID).map((beleid): [string, unknown] => [`het ingebouwde beleid ${beleid.id} onder een eigen id`, { ...JSON.parse(JSON.stringify(beleid)), id: `kopie-${beleid.id}` }]),
  ['een minimaal beleid', { id: 'gemeente-proef', versie: '1', naam: 'Proef', parameters: {} }],
  ['zonder $schema', (() => { const { $schema: _weg, ...rest } = voorbeeld(); return rest; })()],
  ['een periode met tot', eerstePeriode('versnelfonds.maximumInCenten', (periode) => { periode.tot = '2030-01-01'; })],
  ['een factor met twee decimalen', eerstePeriode('versnelfonds.kostenBatenFactor', (periode) => { periode.waarde = 1.25; })],
  ['twee centrumgemeenten', regio((r) => { r.centrumgemeenten = ['GM0363', 'GM0362']; })],
  ['regels met alleen een grondslag', fondsregels((r) => { delete r.criteria; delete r.keuzes; })],
  ['een grondslag voornemen met toelichting', fondsregels((r) => { r.grondslag.status = 'voornemen'; r.grondslag.toelichting = 'Een plan.'; })],
  ['een grondslag voor de regisseur naast die van het fonds', (() => { const bestand = RAADSBESLUIT(); bestand.regels.regisseur = { grondslag: bestand.regels.versnelfonds.grondslag }; return bestand; })()],
  ['een keuze overgenomen zonder eigen bronnen', fondsregels((r) => { r.keuzes['versnelfonds.begrenzen'] = { overgenomen: true }; })],
];

/** Fouten in de vorm: beide weigeren ze. */
const VORMFOUT: Array<[string, unknown]> = [
  ['een onbekend veld bovenaan', { ...voorbeeld(), opmerking: 'x' }],
  ['een ontbrekende naam', (() => { const { naam: _weg, ...rest } = voorbeeld(); return rest; })()],
  ['een id met hoofdletters', { ...voorbeeld(), id: 'Gemeente Deventer' }],
  ['het id van een ingebouwd beleid', { ...voorbeeld(), id: 'almelo' }],
  ['een lege versie', { ...voorbeeld(), versie: '   ' }],
  ['een onbekende parameter', { ...voorbeeld(), parameters: { 'versnelfonds.bonus': [] } }],
  ['een bedrag als tekst', eerstePeriode('versnelfonds.maximumInCenten', (periode) => { periode.waarde = '750'; })],
  ['een gebroken bedrag', eerstePeriode('versnelfonds.maximumInCenten', (periode) => { periode.waarde = 750.5; })],
  ['een negatieve factor', eerstePeriode('versnelfonds.kostenBatenFactor', (periode) => { periode.waarde = -1; })],
  ['een onbekende duureenheid', eerstePeriode('verblijfsduur.24-uursopvang', (periode) => { periode.waarde = { aantal: 6, eenheid: 'jaren' }; })],
  ['een onbekende status', eerstePeriode('versnelfonds.maximumInCenten', (periode) => { periode.status = 'besloten'; })],
  ['een interpretatie zonder toelichting', eerstePeriode('versnelfonds.maximumInCenten', (periode) => { delete periode.toelichting; })],
  ['een periode zonder bronnen', eerstePeriode('versnelfonds.maximumInCenten', (periode) => { periode.bronnen = []; })],
  ['een datum in de verkeerde vorm', eerstePeriode('versnelfonds.maximumInCenten', (periode) => { periode.vanaf = '1-1-2025'; })],
  ['een onbestaande datum', eerstePeriode('versnelfonds.maximumInCenten', (periode) => { periode.vanaf = '2025-02-30'; })],
  ['een regioparameter die geen id is', eerstePeriode('versnelfonds.regio', (periode) => { periode.waarde = 'Amsterdam'; })],
  ['een verblijfsduur zonder verblijfsduur.regio', (() => { const bestand = voorbeeld(); delete bestand.parameters['verblijfsduur.regio']; return bestand; })()],
  ['een document-id van een ingebouwd document', { ...voorbeeld(), documenten: [{ id: 'wmo-2015', titel: 'T', uitgever: 'U', jaar: 2025 }] }],
  ['een document zonder uitgever', { ...voorbeeld(), documenten: [{ id: 'd', titel: 'T', jaar: 2025 }] }],
  ['een url zonder protocol', { ...voorbeeld(), documenten: [{ id: 'd', titel: 'T', uitgever: 'U', jaar: 2025, url: 'www.example.org' }] }],
  ['een regio-id van een ingebouwde regio', { ...voorbeeld(), regios: { twente: voorbeeld().regios['amsterdam-amstelland'] } }],
  ['een regio-id dat geen id is', { ...voorbeeld(), regios: { 'Regio X': voorbeeld().regios['amsterdam-amstelland'] } }],
  ['een regio zonder centrumgemeente', regio((r) => { r.centrumgemeenten = []; })],
  ['een CBS-code in de verkeerde vorm', regio((r) => { r.leden[1].waarde.push('363'); })],
  ['een onbekende CBS-code', regio((r) => { r.leden[1].waarde.push('GM9999'); })],
  ['een regio met een onbekend veld', regio((r) => { r.provincie = 'Noord-Holland'; })],
  ['een gemeente twee keer in een periode', regio((r) => { r.leden[1].waarde.push('GM0363'); })],
  ['een centrumgemeente twee keer', regio((r) => { r.centrumgemeenten = ['GM0363', 'GM0363']; })],
  ['een regio-id __proto__ (zod zou die stil overslaan)', (() => { const bestand = voorbeeld(); bestand.regios = JSON.parse(`{"__proto__": ${JSON.stringify(bestand.regios['amsterdam-amstelland'])}}`); return bestand; })()],
  ['het jaar 0000', eerstePeriode('versnelfonds.maximumInCenten', (periode) => { periode.vanaf = '0000-01-01'; })],
  ['een regeleinde in een titel', (() => { const bestand = voorbeeld(); bestand.documenten[0].titel = 'Titel\nBron: nep'; return bestand; })()],
  ['regels voor een onbekende regel', { ...RAADSBESLUIT(), regels: { opvang: RAADSBESLUIT().regels.versnelfonds } }],
  ['een grondslag zonder bronnen', fondsregels((r) => { r.grondslag.bronnen = []; })],
  ['een grondslag zonder status', fondsregels((r) => { delete r.grondslag.status; })],
  ['een grondslag interpretatie zonder toelichting', fondsregels((r) => { r.grondslag.status = 'interpretatie'; })],
  ['een onbekend veld in de grondslag', fondsregels((r) => { r.grondslag.datum = '2025-01-01'; })],
  ['regels zonder grondslag', fondsregels((r) => { delete r.grondslag; })],
  ['een criterium van een andere regel', fondsregels((r) => { r.criteria['regisseur.elke-fase'] = r.criteria['versnelfonds.voorkomen']; })],
  ['een onbekende keuze', fondsregels((r) => { r.keuzes['versnelfonds.begrensd'] = { overgenomen: true }; })],
  ['een keuze met overgenomen: false', fondsregels((r) => { r.keuzes['versnelfonds.begrenzen'] = { overgenomen: false }; })],
  ['een keuze met zowel overgenomen als tekst', fondsregels((r) => { r.keuzes['versnelfonds.begrenzen'] = { overgenomen: true, tekst: 'x' }; })],
  ['een eigen criteriumtekst zonder bronnen', fondsregels((r) => { r.criteria['versnelfonds.voorkomen'].bronnen = []; })],
  ['een richtingsteken in een onderdeel', eerstePeriode('versnelfonds.maximumInCenten', (periode) => { periode.bronnen[0].onderdeel = 'Artikel \u202e3'; })],
];

/**
 * Fouten in de samenhang: een JSON Schema kan ze niet zien (ze hangen af van andere velden, van
 * de kalender of van de gemeentegegevens op een datum). Het schema aanvaardt ze, en zegt dat in
 * zijn beschrijving; defineBeleid (en `opvangregels beleid controleer`) weigert ze.
 */
const SAMENHANGFOUT: Array<[string, unknown]> = [
  ['perioden met een gat', regio((r) => { r.leden[0].tot = '2022-03-01'; })],
  ['perioden die overlappen', regio((r) => { r.leden[0].tot = '2022-04-01'; })],
  ['tot niet na vanaf', eerstePeriode('versnelfonds.maximumInCenten', (periode) => { periode.tot = '2025-01-01'; })],
  ['Weesp na de herindeling', regio((r) => { r.leden[1].waarde.push('GM0457'); })],
  ['Dijk en Waard vóór haar ontstaan', regio((r) => { r.leden[0].waarde.push('GM1980'); })],
  ['een centrumgemeente die geen lid is', regio((r) => { r.centrumgemeenten = ['GM0457']; })],
  ['een bron naar een onbekend document', eerstePeriode('versnelfonds.maximumInCenten', (periode) => { periode.bronnen = [{ document: 'raadsbesluit-x', onderdeel: '1' }]; })],
  ['een regioparameter naar een onbekende regio', eerstePeriode('versnelfonds.regio', (periode) => { periode.waarde = 'utrecht'; })],
  ['een dubbel document-id', (() => { const bestand = voorbeeld(); bestand.documenten.push(bestand.documenten[0]); return bestand; })()],
  ['een factor met drie decimalen', eerstePeriode('versnelfonds.kostenBatenFactor', (periode) => { periode.waarde = 1.125; })],
  ['een grondslag die een onbekend document citeert', fondsregels((r) => { r.grondslag.bronnen = [{ document: 'raadsbesluit-x', onderdeel: '1' }]; })],
  ['een overgenomen keuze die een onbekend document citeert', fondsregels((r) => { r.keuzes['versnelfonds.begrenzen'].bronnen = [{ document: 'raadsbesluit-x', onderdeel: '1' }]; })],
];

/**
 * Eén bekend verschil: een tekst met spaties eromheen telt defineBeleid na het trimmen, het schema
 * ervoor. Bij de maximale lengte weigert het schema wat defineBeleid aanvaardt (nooit andersom).
 */
const BEKEND_VERSCHIL: Array<[string, unknown]> = [['een naam van 500 tekens met een spatie ervoor', { ...voorbeeld(), naam: ` ${'a'.repeat(500)}` }]];

describe('het JSON Schema van een beleidsbestand', () => {
  it('het geleverde schema/beleid.json is up-to-date (anders: npm run schema)', () => {
    expect(readFileSync(BELEIDSSCHEMA_BESTAND, 'utf8')).toBe(beleidsschemaTekst());
  });

  it('is zelf een geldig JSON Schema (draft 2020-12, strikt)', () => {
    expect(ajv.validateSchema(beleidJsonSchema())).toBe(true);
  });

  it.each(GOED)('aanvaardt, net als defineBeleid: %s', (_naam, bestand) => {
    expect(schemaZegt(bestand), JSON.stringify(valideerSchema.errors)).toBe(true);
    expect(defineBeleidZegt(bestand)).toBe(true);
  });

  it.each(VORMFOUT)('weigert, net als defineBeleid: %s', (_naam, bestand) => {
    expect(schemaZegt(bestand)).toBe(false);
    expect(defineBeleidZegt(bestand)).toBe(false);
  });

  it.each(SAMENHANGFOUT)('laat de samenhang aan defineBeleid: %s', (_naam, bestand) => {
    expect(schemaZegt(bestand), 'als het schema dit toch kan zien, hoort het bij VORMFOUT').toBe(true);
    expect(defineBeleidZegt(bestand)).toBe(false);
  });

  it.each(BEKEND_VERSCHIL)('bekend verschil (het schema is strenger): %s', (_naam, bestand) => {
    expect(schemaZegt(bestand)).toBe(false);
    expect(defineBeleidZegt(bestand)).toBe(true);
  });

  it('zegt in zijn beschrijving dat de samenhang alleen met beleid controleer wordt gecontroleerd', () => {
    expect(beleidJsonSchema().description).toContain("'opvangregels beleid controleer <bestand>' controleert ook de samenhang");
  });
});
