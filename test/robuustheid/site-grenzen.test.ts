// Issue 30, klasse 7: de site controleert de omvang van wat van buiten komt (een link, een bestand)
// vóór zij er een formulier voor bouwt of het uitpakt. De grenzen zelf, zonder browser; dat de
// pagina ze gebruikt, toetst test/browser/site-delen.test.ts.
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { INVOERGRENZEN } from '../../src/kern/eigen-kopie.js';
import { invoerJsonSchema, type RegelId } from '../../src/index.js';
import {
  MAX_BELEID_IN_ADRES,
  MAX_BELEIDSBESTAND,
  MAX_BLOKKEN,
  MAX_GEVALLENBESTAND,
  MAX_GEVAL_TEKENS,
  MAX_UITGEPAKT,
  UitpakFout,
  bestandTeGroot,
  controleerOmvang,
  gevalUitAdres,
  pakIn,
  pakUit,
} from '../../site/grenzen.js';
import type { Schema } from '../../site/schema.js';

const regisseur = invoerJsonSchema('regisseur') as Schema;
const schemas = Object.fromEntries((['regisseur', 'versnelfonds', 'herkomst'] as RegelId[]).map((regel) => [regel, invoerJsonSchema(regel) as Schema]));
const organisaties = (aantal: number) => Array.from({ length: aantal }, () => ({}));
/** Een lijst die `diepte` lijsten diep genest is: 1 is `[]`, 2 is `[[]]`. */
const genest = (diepte: number): unknown => (diepte <= 1 ? [] : [genest(diepte - 1)]);
const link = (regel: string, invoer: unknown) => new URLSearchParams({ regel, invoer: typeof invoer === 'string' ? invoer : JSON.stringify(invoer) }).toString();

describe('controleerOmvang: de grenzen van het schema van de regel en van de bibliotheek, vóór het formulier', () => {
  it('het schema zelf noemt de grens van de lijst (regisseur: 1.000 organisaties); anders klopt deze test niet meer', () => {
    expect((regisseur.properties!.betrokkenOrganisaties as Schema).maxItems).toBe(1000);
  });

  it('een lijst tot en met haar maxItems gaat door, één meer niet (met het pad van de lijst)', () => {
    expect(controleerOmvang({ fase: 'opvang', betrokkenOrganisaties: organisaties(1000) }, regisseur)).toBeNull();
    expect(controleerOmvang({ fase: 'opvang', betrokkenOrganisaties: organisaties(1001) }, regisseur)).toEqual({ pad: 'betrokkenOrganisaties', melding: 'mag ten hoogste 1000 elementen bevatten (de link noemt er 1001)' });
  });

  it('20.000 organisaties: de grens van het schema, niet pas die van de bibliotheek (10.000), en zonder één item te lezen', () => {
    const lijst = organisaties(20_000);
    // Een item dat gooit bij het lezen: de controle telt de lijst vóór zij de items leest.
    Object.defineProperty(lijst, 5, { get: () => { throw new Error('gelezen'); } });
    expect(controleerOmvang({ fase: 'opvang', betrokkenOrganisaties: lijst }, regisseur)).toEqual({ pad: 'betrokkenOrganisaties', melding: 'mag ten hoogste 1000 elementen bevatten (de link noemt er 20000)' });
  });

  it('een tekst tot en met haar maxLength gaat door, één teken meer niet; ook in een item van een lijst en naast null (anyOf)', () => {
    const naam = (lengte: number) => ({ fase: 'opvang', betrokkenOrganisaties: [{ naam: 'Wijkteam' }, { naam: 'x'.repeat(lengte) }] });
    expect(controleerOmvang(naam(200), regisseur)).toBeNull();
    expect(controleerOmvang(naam(201), regisseur)).toEqual({ pad: 'betrokkenOrganisaties.1.naam', melding: 'mag ten hoogste 200 tekens bevatten' });
    expect(controleerOmvang({ huidigeRegisseur: 'r'.repeat(200) }, regisseur)).toBeNull();
    expect(controleerOmvang({ huidigeRegisseur: 'r'.repeat(201) }, regisseur)).toEqual({ pad: 'huidigeRegisseur', melding: 'mag ten hoogste 200 tekens bevatten' });
    expect(controleerOmvang({ huidigeRegisseur: null }, regisseur)).toBeNull();
  });

  it(`samen ten hoogste ${MAX_BLOKKEN} blokken, ook verdeeld over twee lijsten en als een schema meer toestaat`, () => {
    const item = { type: 'object', properties: { naam: { type: 'string' } } };
    const ruim: Schema = { type: 'object', properties: { a: { type: 'array', maxItems: 5000, items: item }, b: { type: 'array', maxItems: 5000, items: item } } };
    const teveel = { pad: '', melding: `telt meer dan ${MAX_BLOKKEN} blokken in lijsten; zoveel toont het formulier niet (beslis zo'n geval met de bibliotheek of de CLI)` };
    expect(controleerOmvang({ a: organisaties(MAX_BLOKKEN) }, ruim)).toBeNull();
    expect(controleerOmvang({ a: organisaties(MAX_BLOKKEN + 1) }, ruim)).toEqual(teveel);
    expect(controleerOmvang({ a: organisaties(600), b: organisaties(MAX_BLOKKEN - 600) }, ruim)).toBeNull();
    expect(controleerOmvang({ a: organisaties(600), b: organisaties(MAX_BLOKKEN - 599) }, ruim)).toEqual(teveel);
    // Een lijst van keuzes (vinkjes) is geen blok: alleen haar eigen maxItems telt.
    const keuzes: Schema = { type: 'object', properties: { c: { type: 'array', items: { type: 'string', enum: ['x'] } } } };
    expect(controleerOmvang({ c: new Array(MAX_BLOKKEN + 1).fill('x') }, keuzes)).toBeNull();
  });

  it('de grenzen van de bibliotheek gelden ook in velden die het schema niet kent: lijst, tekst, diepte', () => {
    expect(controleerOmvang({ onbekend: new Array(INVOERGRENZEN.lijst).fill(0) }, regisseur)).toBeNull();
    expect(controleerOmvang({ onbekend: new Array(INVOERGRENZEN.lijst + 1).fill(0) }, regisseur)).toEqual({ pad: '', melding: `bevat een lijst met te veel elementen (meer dan ${INVOERGRENZEN.lijst})` });
    expect(controleerOmvang({ onbekend: 't'.repeat(INVOERGRENZEN.tekst) }, regisseur)).toBeNull();
    expect(controleerOmvang({ onbekend: 't'.repeat(INVOERGRENZEN.tekst + 1) }, regisseur)?.melding).toBe(`bevat een tekst die te lang is (meer dan ${INVOERGRENZEN.tekst} tekens)`);
    // Het geval zelf is niveau 0, zijn veld niveau 1: een lijst van 31 niveaus diep reikt tot niveau 31.
    expect(controleerOmvang({ onbekend: genest(INVOERGRENZEN.diepte - 1) }, regisseur)).toBeNull();
    expect(controleerOmvang({ onbekend: genest(INVOERGRENZEN.diepte) }, regisseur)?.melding).toBe(`is te diep genest (meer dan ${INVOERGRENZEN.diepte} niveaus)`);
  });

  it('een veld dat bij het lezen gooit, is een fout op het geheel, geen TypeError; geen melding noemt een waarde uit het geval', () => {
    const geval = Object.defineProperty({ fase: 'opvang' }, 'betrokkenOrganisaties', { enumerable: true, get: () => { throw new TypeError('geheim'); } });
    expect(controleerOmvang(geval, regisseur)).toEqual({ pad: '', melding: 'bevat een waarde die niet gelezen kan worden' });
    const fout = controleerOmvang({ betrokkenOrganisaties: [{ naam: `GEHEIM${'x'.repeat(300)}` }] }, regisseur);
    expect(fout?.melding).not.toContain('GEHEIM');
  });

  it('wat geen object is, of een schema zonder velden, geeft geen fout van het schema', () => {
    for (const waarde of [null, 1, 'tekst', [], undefined]) expect(controleerOmvang(waarde, regisseur)).toBeNull();
    expect(controleerOmvang({ a: organisaties(5000) }, {})).toBeNull();
  });
});

describe('gevalUitAdres: het geval uit een link, na de grenzen', () => {
  it('1.000 lege organisaties: het geval, om het hele formulier te bouwen; 1.001 en 20.000: geweigerd, met de grens van het schema', () => {
    const binnen = gevalUitAdres(link('regisseur', { fase: 'opvang', betrokkenOrganisaties: organisaties(1000) }), schemas);
    expect(binnen && 'invoer' in binnen ? (binnen.invoer?.betrokkenOrganisaties as unknown[]).length : binnen).toBe(1000);
    for (const aantal of [1001, 20_000]) {
      expect(gevalUitAdres(link('regisseur', { fase: 'opvang', betrokkenOrganisaties: organisaties(aantal) }), schemas)).toEqual({ regel: 'regisseur', teGroot: { pad: 'betrokkenOrganisaties', melding: `mag ten hoogste 1000 elementen bevatten (de link noemt er ${aantal})` } });
    }
  });

  it(`een geval van ${MAX_GEVAL_TEKENS} tekens wordt gelezen, van één teken meer niet (zonder het te ontleden)`, () => {
    const json = '{"fase":"opvang"}';
    const precies = gevalUitAdres(link('regisseur', json + ' '.repeat(MAX_GEVAL_TEKENS - json.length)), schemas);
    expect(precies).toMatchObject({ regel: 'regisseur', invoer: { fase: 'opvang' } });
    expect(gevalUitAdres(link('regisseur', json + ' '.repeat(MAX_GEVAL_TEKENS - json.length + 1)), schemas)).toEqual({ regel: 'regisseur', teGroot: { pad: '', melding: `is te lang voor een link (meer dan ${MAX_GEVAL_TEKENS} tekens)` } });
  });

  it('100.000 niveaus diep: geweigerd op de diepte, geen RangeError (uitAdres daalt er niet in af)', () => {
    const diep = `{"onbekend":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    expect(gevalUitAdres(link('versnelfonds', diep), schemas)).toEqual({ regel: 'versnelfonds', teGroot: { pad: '', melding: `is te diep genest (meer dan ${INVOERGRENZEN.diepte} niveaus)` } });
  });

  it('bedragen in euro\'s worden eurocent; beleid en ingepakt beleid gaan mee; zonder invoer alleen de regel', () => {
    const hash = `${link('versnelfonds', { bedragInEuro: '1200,50' })}&beleid=eigen%201&beleidsbestand=abc`;
    expect(gevalUitAdres(hash, schemas)).toEqual({ regel: 'versnelfonds', invoer: { bedragInCenten: 120_050 }, beleid: 'eigen 1', beleidsbestand: 'abc' });
    expect(gevalUitAdres('regel=herkomst', schemas)).toEqual({ regel: 'herkomst', invoer: undefined, beleid: null, beleidsbestand: null });
  });

  it('wat geen geval is: geen regel, een onbekende regel, geen JSON, een lijst of null als geval', () => {
    expect(gevalUitAdres('', schemas)).toBeNull();
    expect(gevalUitAdres('regel=onzin&invoer={}', schemas)).toBeNull();
    expect(gevalUitAdres('regel=toString', schemas)).toBeNull();
    for (const invoer of ['{', '[]', 'null', '5']) expect(gevalUitAdres(link('herkomst', invoer), schemas)).toEqual({ regel: 'herkomst', fout: 'Het geval in het adres kon niet gelezen worden.' });
  });
});

describe('bestandTeGroot: een gekozen bestand, gewogen vóór het lezen', () => {
  it('tot en met de grens: gelezen; één byte meer: een melding met de grens', () => {
    expect(bestandTeGroot(MAX_BELEIDSBESTAND, MAX_BELEIDSBESTAND)).toBeNull();
    expect(bestandTeGroot(MAX_BELEIDSBESTAND + 1, MAX_BELEIDSBESTAND)).toBe('Het bestand is groter dan 10 MiB.');
    expect(bestandTeGroot(MAX_GEVALLENBESTAND + 1, MAX_GEVALLENBESTAND)).toBe('Het bestand is groter dan 50 MiB.');
    expect(bestandTeGroot(512 * 1024 + 1, 512 * 1024)).toBe('Het bestand is groter dan 512 KiB.');
  });
});

describe('pakIn en pakUit: een ingepakt beleid in een link, begrensd', () => {
  const reden = async (code: string, maximum?: number) => {
    try {
      await pakUit(code, maximum);
      return 'gelukt';
    } catch (fout) {
      return fout instanceof UitpakFout ? fout.reden : `andere fout: ${String(fout)}`;
    }
  };

  it('heen en terug geeft dezelfde tekst, ook met tekens buiten ASCII', async () => {
    const tekst = JSON.stringify({ naam: 'Gemeente Súdwest-Fryslân — € 1.000', lijst: [1, 2, 3] });
    await expect(pakUit(await pakIn(tekst))).resolves.toBe(tekst);
  });

  it(`uitgepakt precies ${MAX_UITGEPAKT} bytes gaat door, één byte meer niet`, async () => {
    const precies = await pakIn(' '.repeat(MAX_UITGEPAKT));
    expect(precies.length).toBeLessThanOrEqual(MAX_BELEID_IN_ADRES);
    await expect(pakUit(precies)).resolves.toHaveLength(MAX_UITGEPAKT);
    await expect(reden(await pakIn(' '.repeat(MAX_UITGEPAKT + 1)))).resolves.toBe('te-groot');
  });

  it('een "zip-bom" (4 kB die tot 4 MiB uitpakken) stopt bij de grens', async () => {
    const bom = deflateRawSync(Buffer.alloc(4 * 1024 * 1024, 32), { level: 9 }).toString('base64url');
    expect(bom.length).toBeLessThanOrEqual(MAX_BELEID_IN_ADRES);
    await expect(reden(bom)).resolves.toBe('te-groot');
    // Met een kleinere grens ook: de grens is een parameter, niet een toevallige maat van de stukken.
    await expect(reden(await pakIn('x'.repeat(1000)), 999)).resolves.toBe('te-groot');
    await expect(reden(await pakIn('x'.repeat(1000)), 1000)).resolves.toBe('gelukt');
  });

  it(`een code van meer dan ${MAX_BELEID_IN_ADRES} tekens wordt niet gelezen; van ${MAX_BELEID_IN_ADRES} wel (en is hier geen deflate)`, async () => {
    await expect(reden('A'.repeat(MAX_BELEID_IN_ADRES + 1))).resolves.toBe('te-lang');
    await expect(reden('A'.repeat(MAX_BELEID_IN_ADRES))).resolves.toBe('onleesbaar');
  });

  it('geen base64url, geen deflate of geen UTF-8: onleesbaar, nooit een andere fout', async () => {
    await expect(reden('AAAA')).resolves.toBe('onleesbaar');
    await expect(reden('!!!!')).resolves.toBe('onleesbaar');
    await expect(reden(deflateRawSync(Buffer.from([0xff, 0xfe, 0xfd])).toString('base64url'))).resolves.toBe('onleesbaar');
  });
});
