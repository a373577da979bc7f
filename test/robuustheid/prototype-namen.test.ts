// Issue 30, klasse 1: namen die zod zelf leest (`coerce`, `skipChecks`, `get`, `_zod`, …) op een
// vervuild Object.prototype. Het mechanisme (src/kern/schoon-prototype.ts): tijdens elke publieke
// aanroep staan alle vreemde namen op Object.prototype opzij (een index op Array.prototype raakt
// alleen een gat in een lijst: zie gaten.test.ts). Deze tests
// vegen elke naam die in de broncode van zod (core en mini) en van deze bibliotheek voorkomt, over
// de meegeleverde testvectoren en over ongeldige varianten daarvan.
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import * as bibliotheek from '../../src/index.js';
import { OngeldigeInvoerFout, REGELS, beoordeelVersnelfondsVeilig, defineBeleid, type RegelId } from '../../src/index.js';
import { meegeleverdeVectoren } from '../helpers.js';

const VECTOREN = meegeleverdeVectoren();

/**
 * Elke naam die de JavaScript- of TypeScript-bestanden onder `map` als eigenschap lezen of
 * schrijven: na een punt (`def.coerce`), tussen aanhalingstekens (`"skipChecks"`) of als sleutel
 * in een object of destructurering (`{ aborted, value: … }`).
 */
function eigenschapsnamenIn(map: string, einde: RegExp): string[] {
  const namen = new Set<string>();
  const patroon = /\.([A-Za-z_$][\w$]*)|["'`]([A-Za-z_$][\w$]*)["'`]|[{,]\s*([A-Za-z_$][\w$]*)\s*(?=[,}:=])/g;
  for (const bestand of readdirSync(map, { recursive: true, encoding: 'utf8' })) {
    if (!einde.test(bestand)) continue;
    for (const treffer of readFileSync(join(map, bestand), 'utf8').matchAll(patroon)) namen.add((treffer[1] ?? treffer[2] ?? treffer[3])!);
  }
  return [...namen];
}

/** De standaardnamen van Object.prototype: die vervangen is iets anders dan een naam toevoegen (zie README). */
const STANDAARD = new Set(Reflect.ownKeys(Object.prototype) as string[]);
const ZOD_NAMEN = [...eigenschapsnamenIn('node_modules/zod/v4/core', /\.js$/), ...eigenschapsnamenIn('node_modules/zod/v4/mini', /\.js$/)];
const EIGEN_NAMEN = eigenschapsnamenIn('src', /\.ts$/);
/** De namen die de aanval op 0.2.0 vond, plus wat het iteratorprotocol leest (een `for…of` die vroeg stopt, roept `return` aan). */
const GEVONDEN = ['coerce', 'skipChecks', 'aborted', 'memo', 'get', 'set', 'value', '_zod', 'deferred', 'postProcessor', 'message', 'when', 'values', 'continue', 'abortEarly', 'error', 'path', 'schema', 'return', 'next', 'done', 'then', 'toJSON', 'length', '0'];
const NAMEN = [...new Set([...ZOD_NAMEN, ...EIGEN_NAMEN, ...GEVONDEN])].filter((naam) => !STANDAARD.has(naam)).sort();

/** Waarden die een vervuiler zou kiezen: waar, een functie, een object, een lijst, een getal, een tekst. */
const WAARDEN: readonly unknown[] = [true, () => true, {}, [1], 1, 'x', -1, null];

const prototype = Object.prototype as Record<string, unknown>;

/**
 * Zet de namen op Object.prototype (opsombaar, zoals een toewijzing), voert `actie` uit en ruimt
 * altijd op. Zonder destructurering en met beschrijvingen zonder prototype: met `return`, `get` of
 * `value` op het prototype zou de test zelf anders struikelen.
 */
function vervuild<T>(velden: ReadonlyArray<readonly [string, unknown]>, actie: () => T): T {
  for (let index = 0; index < velden.length; index++) {
    Object.defineProperty(prototype, velden[index]![0], Object.setPrototypeOf({ value: velden[index]![1], writable: true, enumerable: true, configurable: true }, null) as PropertyDescriptor);
  }
  try {
    return actie();
  } finally {
    for (let index = 0; index < velden.length; index++) delete prototype[velden[index]![0]];
  }
}

/** Een beoordeling of de veldfouten, zoals ze zijn (vergeleken en in JSON gezet pas na het opruimen). Een andere fout gaat door. */
function antwoord(regel: RegelId, invoer: unknown, opties?: unknown): unknown {
  try {
    return REGELS[regel].beoordeel(invoer, opties);
  } catch (fout) {
    if (fout instanceof OngeldigeInvoerFout) return { fouten: fout.fouten };
    return { gooide: String(fout) };
  }
}

const alsJson = (waarde: unknown): unknown => JSON.parse(JSON.stringify(waarde)) as unknown;

/** Per vector zijn uitkomst op een schoon prototype. */
const SCHOON = VECTOREN.map((vector) => alsJson(antwoord(vector.regel, vector.invoer, vector.opties)));

/**
 * Ongeldige varianten van een vector per regel en per uitkomst: elk veld op het hoogste niveau
 * vervangen door een waarde van het verkeerde soort (de reproductie uit het issue: `'false'`,
 * `'nee'`, `-5`), zodat een fout in de validatie een beslissing zou worden.
 */
const FOUTE_WAARDEN: readonly unknown[] = ['false', 'nee', -5, 1.5, {}, [{}]];
const VARIANTEN = VECTOREN.filter(
  (vector, index) => VECTOREN.findIndex((ander) => ander.regel === vector.regel && JSON.stringify(SCHOON[VECTOREN.indexOf(ander)]).slice(0, 60) === JSON.stringify(SCHOON[index]).slice(0, 60)) === index,
).flatMap((vector) =>
  Object.keys(vector.invoer).flatMap((veld) => FOUTE_WAARDEN.map((fout) => ({ regel: vector.regel, naam: `${vector.naam}, ${veld} = ${JSON.stringify(fout)}`, invoer: { ...vector.invoer, [veld]: fout }, opties: vector.opties }))),
);
const VARIANTEN_SCHOON = VARIANTEN.map((variant) => alsJson(antwoord(variant.regel, variant.invoer, variant.opties)));

afterEach(() => {
  for (const naam of NAMEN) if (Object.hasOwn(prototype, naam)) delete prototype[naam];
});

describe('een vervuild Object.prototype: ongeldige invoer wordt nooit beslist, niets gooit, niets verandert', () => {
  it('de veeg is groot: elke eigenschapsnaam uit zod core en mini en uit de eigen broncode', () => {
    expect(NAMEN.length).toBeGreaterThan(3_000);
    for (const naam of GEVONDEN.slice(0, 18)) expect(ZOD_NAMEN).toContain(naam);
    // Er zijn ongeldige varianten, en de meeste zijn ook echt ongeldig.
    expect(VARIANTEN.length).toBeGreaterThan(300);
    expect(VARIANTEN_SCHOON.filter((uitkomst) => Object.hasOwn(uitkomst as object, 'fouten')).length).toBeGreaterThan(VARIANTEN.length / 2);
  });

  it('de gevonden namen tegelijk, elk met een andere waarde: elke vector en elke ongeldige variant geeft hetzelfde als op een schoon prototype', () => {
    const [vectoren, varianten] = vervuild(GEVONDEN.map((naam, index) => [naam, WAARDEN[index % WAARDEN.length]] as const), () => [
      VECTOREN.map((vector) => antwoord(vector.regel, vector.invoer, vector.opties)),
      VARIANTEN.map((variant) => antwoord(variant.regel, variant.invoer, variant.opties)),
    ]);
    vectoren.forEach((uitkomst, index) => expect(alsJson(uitkomst), `${VECTOREN[index]!.regel}: ${VECTOREN[index]!.naam}`).toEqual(SCHOON[index]));
    varianten.forEach((uitkomst, index) => expect(alsJson(uitkomst), `${VARIANTEN[index]!.regel}: ${VARIANTEN[index]!.naam}`).toEqual(VARIANTEN_SCHOON[index]));
  });

  it('elke naam apart, met wisselende waarden en regels: een geldige vector en een ongeldige variant blijven gelijk', () => {
    // Per naam één geldige vector en één ongeldige variant, de regel wisselend met de naam: zo
    // komt elke regel met ruim 400 namen aan de beurt en blijft de test binnen enkele seconden
    // (elke verandering van Object.prototype maakt V8 een stuk trager).
    const regels = [...new Set(VECTOREN.map((vector) => vector.regel))];
    const geldig = regels.map((regel) => VECTOREN.findIndex((vector, index) => vector.regel === regel && Object.hasOwn(SCHOON[index] as object, 'uitkomst')));
    const ongeldig = regels.map((regel) => VARIANTEN.findIndex((variant, index) => variant.regel === regel && Object.hasOwn(VARIANTEN_SCHOON[index] as object, 'fouten')));
    expect(geldig.filter((index) => index >= 0)).toHaveLength(8);
    expect(ongeldig.filter((index) => index >= 0)).toHaveLength(8);
    const verschillen: string[] = [];
    NAMEN.forEach((naam, nummer) => {
      const waarde = WAARDEN[nummer % WAARDEN.length];
      const vector = VECTOREN[geldig[nummer % geldig.length]!]!;
      const variant = VARIANTEN[ongeldig[(nummer + 3) % ongeldig.length]!]!;
      const uitkomsten = vervuild([[naam, waarde]], () => [antwoord(vector.regel, vector.invoer, vector.opties), antwoord(variant.regel, variant.invoer, variant.opties)]);
      if (JSON.stringify(alsJson(uitkomsten[0])) !== JSON.stringify(SCHOON[geldig[nummer % geldig.length]!])) verschillen.push(`${naam}: ${vector.naam}`);
      if (JSON.stringify(alsJson(uitkomsten[1])) !== JSON.stringify(VARIANTEN_SCHOON[ongeldig[(nummer + 3) % ongeldig.length]!])) verschillen.push(`${naam}: ${variant.naam}`);
    });
    expect(verschillen).toEqual([]);
  });

  it('de reproducties uit het issue: toestemming "false", benut "nee" en een bedrag van -5 blijven fouten', () => {
    const versnelfonds = VECTOREN.find((vector) => vector.regel === 'versnelfonds' && (SCHOON[VECTOREN.indexOf(vector)] as { uitkomst?: string }).uitkomst === 'toekennen')!;
    for (const [naam, waarde] of [['coerce', true], ['skipChecks', true], ['aborted', false], ['memo', true], ['get', () => 1], ['set', () => undefined], ['value', 1], ['_zod', {}], ['deferred', []], ['postProcessor', () => 1]] as const) {
      const uitkomsten = vervuild([[naam, waarde]], () => [
        antwoord('versnelfonds', { ...versnelfonds.invoer, bedragInCenten: -5 }),
        antwoord('versnelfonds', { ...versnelfonds.invoer, voorliggendeVoorzieningenBenut: 'nee' }),
        beoordeelVersnelfondsVeilig({ ...versnelfonds.invoer, bedragInCenten: -5 } as never),
      ]);
      expect(alsJson(uitkomsten[0]), naam).toEqual({ fouten: [{ pad: 'bedragInCenten', melding: 'moet een positief geheel getal zijn (eurocent)' }] });
      expect(alsJson(uitkomsten[1]), naam).toEqual({ fouten: [{ pad: 'voorliggendeVoorzieningenBenut', melding: "moet true, false of 'onbekend' zijn" }] });
      expect(uitkomsten[2], naam).toMatchObject({ succes: false, soort: 'ongeldige-invoer' });
    }
  });

  it('een geërfde index op Array.prototype verandert geen validatie (ook niet van een lege lijst)', () => {
    const indexen = [0, 1, 2, 3].map((index) => [String(index), { naam: 'Niemand', rol: 'regisseur' }] as const);
    const arrayPrototype = Array.prototype as unknown as Record<string, unknown>;
    for (const [naam, waarde] of indexen) arrayPrototype[naam] = waarde;
    try {
      const antwoorden = VECTOREN.map((vector) => antwoord(vector.regel, vector.invoer, vector.opties));
      for (const [naam] of indexen) delete arrayPrototype[naam];
      antwoorden.forEach((uitkomst, index) => expect(alsJson(uitkomst), VECTOREN[index]!.naam).toEqual(SCHOON[index]));
    } finally {
      for (const [naam] of indexen) delete arrayPrototype[naam];
    }
  });
});

describe('het merk "gecontroleerd" van een beleid is niet te verdienen met een vervuild prototype', () => {
  const fondsbeleid = JSON.parse(readFileSync('examples/beleid/voorbeeld-voorstel-fonds.json', 'utf8')) as Record<string, unknown>;
  const negatief = alsJson(fondsbeleid) as { parameters: Record<string, Array<{ waarde: unknown }>> };
  negatief.parameters['versnelfonds.maximumInCenten']![0]!.waarde = -50_000;

  it.each(['skipChecks', 'aborted', 'memo', 'coerce', 'get', 'value', '_zod'])('met %s op het prototype: een negatief maximum wordt geweigerd, een goed beleid beslist als zonder', (naam) => {
    const waarde = naam === 'aborted' ? false : naam === 'get' ? () => 1 : naam === '_zod' ? {} : true;
    const [geweigerd, goed] = vervuild([[naam, waarde]], () => {
      let fout: unknown;
      try {
        defineBeleid(negatief);
      } catch (gegooid) {
        fout = gegooid;
      }
      return [fout, defineBeleid(fondsbeleid)];
    });
    expect(geweigerd).toBeInstanceOf(OngeldigeInvoerFout);
    expect((geweigerd as OngeldigeInvoerFout).fouten.map((fout) => fout.pad)).toContain('parameters.versnelfonds.maximumInCenten.0.waarde');
    expect(alsJson(goed)).toEqual(alsJson(defineBeleid(fondsbeleid)));
  });

  it('kan een vreemde naam niet opzij (niet configureerbaar, of een bevroren prototype), dan beslist niets en krijgt geen beleid het merk', () => {
    // In een eigen proces: zo'n prototype is niet meer schoon te krijgen. Eerst een naam die niet
    // configureerbaar is, daarna een bevroren prototype.
    const script = `
      import { defineBeleid, beoordeelVersnelfondsVeilig } from './src/index.ts';
      const [beleid, aanvraag] = [JSON.parse(process.argv[1]), JSON.parse(process.argv[2])];
      const uitkomsten = [];
      function probeer() {
        try { defineBeleid(beleid); uitkomsten.push('beleid gecontroleerd'); } catch (fout) { uitkomsten.push(fout.name + ': ' + fout.fouten.map((f) => f.melding).join('; ')); }
        const veilig = beoordeelVersnelfondsVeilig(aanvraag);
        uitkomsten.push(veilig.succes ? 'beslist' : veilig.soort);
      }
      Object.defineProperty(Object.prototype, 'skipChecks', { value: true, configurable: false });
      probeer();
      Object.prototype.coerce = true;
      Object.freeze(Object.prototype);
      probeer();
      console.log(JSON.stringify(uitkomsten));
    `;
    const aanvraag = VECTOREN.find((vector) => vector.regel === 'versnelfonds' && (SCHOON[VECTOREN.indexOf(vector)] as { uitkomst?: string }).uitkomst === 'toekennen')!.invoer;
    const proces = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script, JSON.stringify(fondsbeleid), JSON.stringify({ ...aanvraag, bedragInCenten: -5 })], { encoding: 'utf8' });
    expect(proces.stderr).toBe('');
    const uitkomsten = JSON.parse(proces.stdout) as string[];
    expect(uitkomsten).toHaveLength(4);
    for (const [plek, uitkomst] of uitkomsten.entries()) {
      expect(uitkomst).toBe(plek % 2 === 0 ? 'OngeldigeInvoerFout: kan niet veilig gecontroleerd worden: Object.prototype draagt een eigen veld dat niet tijdelijk weg kan (niet configureerbaar of bevroren)' : 'ongeldige-invoer');
    }
  });
});

describe('elke geëxporteerde functie antwoordt met een vervuild prototype als zonder', () => {
  const versnelfonds = VECTOREN.find((vector) => vector.regel === 'versnelfonds' && (SCHOON[VECTOREN.indexOf(vector)] as { uitkomst?: string }).uitkomst === 'toekennen')!;
  const beoordeling = bibliotheek.beoordeelVersnelfonds(versnelfonds.invoer as never);
  const bron = bibliotheek.INGEBOUWD_BELEID.almelo.parameters['versnelfonds.maximumInCenten']![0]!.bronnen[0]!;
  const fondsbeleid = JSON.parse(readFileSync('examples/beleid/voorbeeld-voorstel-fonds.json', 'utf8')) as unknown;
  const vectorbestand = JSON.parse(readFileSync('test/vectors/herkomst.json', 'utf8')) as { vectoren: unknown[] };
  const kleinBestand = { ...vectorbestand, vectoren: vectorbestand.vectoren.slice(0, 3) };
  /** Per geëxporteerde functie een aanroep met een gewone waarde (de regels zelf dekken de vectoren hierboven). */
  const AANROEPEN: Record<string, () => unknown> = {
    OngeldigeInvoerFout: () => new bibliotheek.OngeldigeInvoerFout([{ pad: 'x', melding: 'ontbreekt' }]) instanceof bibliotheek.OngeldigeInvoerFout,
    BeleidNietInWerkingFout: () => bibliotheek.INGEBOUWD_BELEID.almelo.id,
    aflopendeWaarden: () => bibliotheek.aflopendeWaarden('almelo', '2024-06-01', 400),
    amsterdamsTijdstip: () => bibliotheek.amsterdamsTijdstip(Date.UTC(2024, 2, 31, 1)),
    amsterdamseDatum: () => bibliotheek.amsterdamseDatum(new Date(Date.UTC(2024, 0, 1, 23, 30))),
    beleidJsonSchema: () => bibliotheek.beleidJsonSchema(),
    beleidswaardeOp: () => bibliotheek.beleidswaardeOp(bibliotheek.INGEBOUWD_BELEID.almelo, 'versnelfonds.maximumInCenten', '2024-06-01'),
    beoordelingJsonSchema: () => bibliotheek.beoordelingJsonSchema('versnelfonds'),
    beschrijfBron: () => bibliotheek.beschrijfBron(bron),
    brief: () => bibliotheek.brief(beoordeling, { gemeente: { naam: 'Gemeente Wierden', bezwaaradres: 'Postbus 43, 7640 AA Wierden' }, datum: '2025-04-06' }).tekst,
    dagenTussen: () => bibliotheek.dagenTussen('2024-01-01', '2024-03-01'),
    defineBeleid: () => bibliotheek.defineBeleid(fondsbeleid),
    defineBeleidVeilig: () => bibliotheek.defineBeleidVeilig({ id: 'x' }),
    invoerJsonSchema: () => bibliotheek.invoerJsonSchema('regisseur'),
    isKalenderdatum: () => [bibliotheek.isKalenderdatum('2024-02-29'), bibliotheek.isKalenderdatum('2023-02-29')],
    leesTijdstip: () => bibliotheek.leesTijdstip('2024-03-31T02:30:00+02:00'),
    motivering: () => [bibliotheek.motivering(beoordeling), bibliotheek.motivering(beoordeling, { taal: 'en', vorm: 'technisch' })],
    schrijfBedrag: () => bibliotheek.schrijfBedrag(123_456, 'en'),
    schrijfDatum: () => bibliotheek.schrijfDatum('2024-01-01'),
    schrijfDuur: () => bibliotheek.schrijfDuur({ aantal: 2, eenheid: 'weken' }),
    schrijfTijdstip: () => bibliotheek.schrijfTijdstip(Date.UTC(2024, 0, 1)),
    telDuurOp: () => bibliotheek.telDuurOp('2024-01-31', { aantal: 1, eenheid: 'maanden' }),
    voerTestvectorsUit: () => bibliotheek.voerTestvectorsUit(kleinBestand, (regel, invoer, opties) => bibliotheek.zoekRegel(regel).beoordeel(invoer, opties)),
    zoekBeleidswaarde: () => bibliotheek.zoekBeleidswaarde(bibliotheek.INGEBOUWD_BELEID.almelo, 'versnelfonds.maximumInCenten', '2024-06-01'),
    zoekBrondocument: () => bibliotheek.zoekBrondocument('raadsbrief-versnelfonds-2024'),
    zoekGemeente: () => [bibliotheek.zoekGemeente('Almelo', '2024-01-01'), bibliotheek.zoekGemeente('GM0141')],
    zoekRegel: () => bibliotheek.zoekRegel('herkomst').beschrijving,
    zoekRegio: () => bibliotheek.zoekRegio('ijssel-vecht'),
  };
  /** Een uitkomst of de gegooide fout (naam en velden), gelezen terwijl het prototype nog vervuild is. */
  const uitkomstVan = (aanroep: () => unknown): unknown => {
    try {
      return { uitkomst: aanroep() };
    } catch (fout) {
      return { gooide: String(fout) };
    }
  };

  it('de tabel noemt elke geëxporteerde functie; de regels zelf staan in de vectoren', () => {
    const functies = Object.keys(bibliotheek).filter((naam) => typeof (bibliotheek as Record<string, unknown>)[naam] === 'function');
    const regels = new Set(Object.values(bibliotheek.REGELBESCHRIJVINGEN).flatMap((beschrijving) => [beschrijving.functie, `${beschrijving.functie}Veilig`]));
    expect(functies.filter((naam) => !regels.has(naam) && !Object.hasOwn(AANROEPEN, naam))).toEqual([]);
    for (const aanroep of Object.values(AANROEPEN)) expect(uitkomstVan(aanroep)).toHaveProperty('uitkomst');
  });

  it.each(GEVONDEN)('met %s op Object.prototype (een waarde en een functie): dezelfde uitkomst', (naam) => {
    const schoon = Object.values(AANROEPEN).map((aanroep) => alsJson(uitkomstVan(aanroep)));
    const verschillen: string[] = [];
    for (const waarde of [true, () => true]) {
      const vervuildeUitkomsten = vervuild([[naam, waarde]], () => Object.values(AANROEPEN).map((aanroep) => uitkomstVan(aanroep)));
      vervuildeUitkomsten.forEach((uitkomst, index) => {
        const gekregen = JSON.stringify(alsJson(uitkomst));
        if (gekregen !== JSON.stringify(schoon[index])) verschillen.push(`${Object.keys(AANROEPEN)[index]} (${typeof waarde}): ${gekregen.slice(0, 160)}`);
      });
    }
    expect(verschillen).toEqual([]);
  });
});
