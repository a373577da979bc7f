// Het geleverde JSON Schema van een testvectorbestand: actueel, en elk geleverd vectorbestand past
// erin; een bestand dat voerTestvectorsUit weigert, weigert het schema ook.
import { readFileSync, readdirSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { TESTVECTORSCHEMA_BESTAND, testvectorenJsonSchema, testvectorschemaTekst } from '../scripts/genereer-schema.js';
import { OngeldigeInvoerFout, voerTestvectorsUit } from '../src/index.js';

const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true });
const past = ajv.compile(testvectorenJsonSchema());
const map = new URL('vectors/', import.meta.url);
const bestanden = readdirSync(map).filter((naam) => naam.endsWith('.json'));
const herkomst = (): Record<string, any> => JSON.parse(readFileSync(new URL('herkomst.json', map), 'utf8'));

/** Of voerTestvectorsUit het bestand als bestand aanneemt (de uitkomst van de gevallen doet er hier niet toe). */
function aangenomen(bestand: unknown): boolean {
  try {
    voerTestvectorsUit(bestand, () => ({ uitkomst: 'x', gronden: [] }));
    return true;
  } catch (fout) {
    if (fout instanceof OngeldigeInvoerFout) return false;
    throw fout;
  }
}

describe('het JSON Schema van een testvectorbestand', () => {
  it('het geleverde schema/testvectoren.json is actueel (anders: npm run schema)', () => {
    expect(readFileSync(TESTVECTORSCHEMA_BESTAND, 'utf8')).toBe(testvectorschemaTekst());
    expect(ajv.validateSchema(testvectorenJsonSchema())).toBe(true);
  });

  it.each(bestanden)('test/vectors/%s past in het schema', (naam) => {
    const bestand = JSON.parse(readFileSync(new URL(naam, map), 'utf8'));
    expect(past(bestand), JSON.stringify(past.errors)).toBe(true);
    expect(aangenomen(bestand)).toBe(true);
  });

  it.each<[string, (bestand: Record<string, any>) => void]>([
    ['een lege regel', (bestand) => { bestand.regel = ''; }],
    ['een ander formaat', (bestand) => { bestand.formaat = 2; }],
    ['geen gevallen', (bestand) => { bestand.vectoren = []; }],
    ['een naam van alleen spaties', (bestand) => { bestand.vectoren[0].naam = '   '; }],
    ['een onbekende status', (bestand) => { bestand.vectoren[0].verwacht.gronden['herkomst.regio'] = 'ja'; }],
    ['gronden als lijst', (bestand) => { bestand.vectoren[0].verwacht.gronden = [{ regel: 'herkomst.regio', status: 'voldaan' }]; }],
    ['een criterium-id met een spatie', (bestand) => { bestand.vectoren[0].verwacht.gronden = { 'herkomst regio': 'voldaan' }; }],
    ['een fout zonder paden', (bestand) => { bestand.vectoren[0].verwacht = { fout: { paden: [] } }; }],
    ['een onbekend veld in een geval', (bestand) => { bestand.vectoren[0].extra = 1; }],
    ['extra als lijst', (bestand) => { bestand.vectoren[0].verwacht.extra = [{ beleid: null }]; }],
    ['een onbekend veld in verwacht', (bestand) => { bestand.vectoren[0].verwacht.boekhouding = {}; }],
  ])('weigert, net als voerTestvectorsUit, %s', (_naam, wijzig) => {
    const bestand = herkomst();
    wijzig(bestand);
    expect(past(bestand)).toBe(false);
    expect(aangenomen(bestand)).toBe(false);
  });
});
