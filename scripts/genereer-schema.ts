// Schrijft de geleverde JSON Schema's: schema/beleid.json (een beleidsbestand, uit
// beleidJsonSchema()), schema/testvectoren.json (een testvectorbestand, uit het zod-schema van
// voerTestvectorsUit, met uitleg), en per regel schema/invoer/<regel>.json (invoerJsonSchema) en
// schema/beoordeling/<regel>.json (beoordelingJsonSchema). Draai `npm run schema`; de tests falen
// als een bestand verouderd is, ontbreekt of er te veel is.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as z from 'zod/mini';
import { REGELS, STATUSSEN, TestvectorbestandSchema, beleidJsonSchema, beoordelingJsonSchema, invoerJsonSchema } from '../src/index.js';

const SCHEMAMAP = join(dirname(fileURLToPath(import.meta.url)), '..', 'schema');

/** Het pad van het geleverde beleidsschema. */
export const BELEIDSSCHEMA_BESTAND = join(SCHEMAMAP, 'beleid.json');
/** Het pad van het geleverde schema van een testvectorbestand. */
export const TESTVECTORSCHEMA_BESTAND = join(SCHEMAMAP, 'testvectoren.json');

/** De inhoud van schema/beleid.json: het schema als JSON met inspringing en een regeleinde. */
export function beleidsschemaTekst(): string {
  return `${JSON.stringify(beleidJsonSchema(), null, 2)}\n`;
}

/** De mappen met een JSON Schema per regel: de invoer en de beoordeling. */
export const REGELSCHEMA_MAPPEN = { invoer: join(SCHEMAMAP, 'invoer'), beoordeling: join(SCHEMAMAP, 'beoordeling') } as const;

/** JSON met inspringing en een regeleinde, zoals elk geleverd schema. */
const alsTekst = (schema: unknown): string => `${JSON.stringify(schema, null, 2)}\n`;

/**
 * Per regel de geleverde schemabestanden en hun inhoud: `schema/invoer/<regel>.json` (uit
 * invoerJsonSchema) en `schema/beoordeling/<regel>.json` (uit beoordelingJsonSchema).
 */
export function regelschemas(): Array<{ map: keyof typeof REGELSCHEMA_MAPPEN; bestand: string; tekst: string }> {
  return Object.keys(REGELS).flatMap((regel) => [
    { map: 'invoer' as const, bestand: `${regel}.json`, tekst: alsTekst(invoerJsonSchema(regel)) },
    { map: 'beoordeling' as const, bestand: `${regel}.json`, tekst: alsTekst(beoordelingJsonSchema(regel)) },
  ]);
}

type Schema = Record<string, any>;

/**
 * Het JSON Schema (draft 2020-12) van een testvectorbestand (`test/vectors/*.json`), met de
 * betekenis van elk veld erbij. Hoe de verwachting vergeleken wordt (deelverzamelingen, gelijkheid),
 * staat in docs/testvectoren.md; het schema legt de vorm vast.
 */
export function testvectorenJsonSchema(): Schema {
  const schema = z.toJSONSchema(TestvectorbestandSchema, { io: 'input', unrepresentable: 'any' }) as Schema;
  const vector = schema.properties.vectoren.items;
  const [fout, beoordeling] = vector.properties.verwacht.anyOf as [Schema, Schema];
  Object.assign(schema, {
    title: 'Testvectoren van opvangregels (formaat 1)',
    description: "Taalonafhankelijke conformiteitsgevallen voor één regel. Hoe elk verwacht veld vergeleken wordt, staat in docs/testvectoren.md van het pakket: 'gronden' en 'fout.paden' als deelverzameling, 'velden' en 'extra' op gelijkheid (JSON, met de volgorde van lijsten).",
  });
  Object.assign(schema.properties.regel, { examples: Object.keys(REGELS), description: 'Het id van de regel die de gevallen beslist, bv. een van de regels van dit pakket.' });
  Object.assign(schema.properties.formaat, { description: 'Het formaat van het bestand; nu altijd 1.' });
  Object.assign(schema.properties.omschrijving, { description: 'Waar de gevallen vandaan komen en wat ze dekken.' });
  Object.assign(vector.properties.naam, { pattern: '\\S', description: 'Een Nederlandse zin die zegt wat het geval toont.' });
  Object.assign(vector.properties.invoer, { description: 'De invoer van de regel, zoals de regel haar aanneemt (zie opvangregels schema <regel>).' });
  Object.assign(vector.properties.opties, { description: "De opties van de regel: een eigen beleid ('beleid', zie schema/beleid.json) en/of 'uitgeslotenStatussen'. Weggelaten = de standaard." });
  Object.assign(fout, { description: 'De invoer is onjuist: de implementatie weigert haar met een fout op (ten minste) deze paden.' });
  Object.assign(fout.properties.fout.properties.paden, { description: "Paden van velden met punten ('betrokkenOrganisaties.1.naam'); '' is de invoer als geheel. Elk pad moet voorkomen in de paden van de fout." });
  Object.assign(beoordeling, { description: 'De implementatie beslist: de uitkomst, en per genoemd criterium de status.' });
  Object.assign(beoordeling.properties.uitkomst, { description: 'De uitkomst die de implementatie moet geven.' });
  Object.assign(beoordeling.properties.gronden, {
    description: "Per criterium-id de verwachte status. Alleen de genoemde criteria worden vergeleken; de implementatie mag er meer hebben.",
    propertyNames: { type: 'string', pattern: '^\\S+$', not: { const: '__proto__' } },
    additionalProperties: { type: 'string', enum: [...STATUSSEN] },
  });
  Object.assign(beoordeling.properties.ontbrekendeGegevens, { description: 'De invoervelden die een beslissing blokkeren: precies deze, in deze volgorde (de volgorde van de criteria, zie docs/testvectoren.md). Weggelaten = niet vergeleken.' });
  Object.assign(beoordeling.properties.peildatum, { description: 'De peildatum die de implementatie noemt (JJJJ-MM-DD), of null. Weggelaten = niet vergeleken.' });
  Object.assign(beoordeling.properties.velden, {
    description: 'Regelspecifieke velden van de beoordeling die bij het contract horen (een eigen systeem moet ze geven, zoals toekenbaarBedragInCenten), elk op gelijkheid vergeleken als JSON, met de volgorde van lijsten; een ontbrekend veld is niet gelijk aan null.',
    propertyNames: { type: 'string', not: { const: '__proto__' } },
  });
  Object.assign(beoordeling.properties.extra, {
    description: "Velden van de beoordeling die de boekhouding van opvangregels zijn, geen contract (zoals toegepasteWaarden, uitgeslotenWaarden, beleid): vergeleken als 'velden', maar niet als alleen het contract getoetst wordt (voerTestvectorsUit met { alleenContract: true }).",
    propertyNames: { type: 'string', not: { const: '__proto__' } },
  });
  return schema;
}

/** De inhoud van schema/testvectoren.json. */
export function testvectorschemaTekst(): string {
  return `${JSON.stringify(testvectorenJsonSchema(), null, 2)}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(BELEIDSSCHEMA_BESTAND, beleidsschemaTekst());
  writeFileSync(TESTVECTORSCHEMA_BESTAND, testvectorschemaTekst());
  // Een regel die er niet meer is, laat geen oud schema achter.
  for (const map of Object.values(REGELSCHEMA_MAPPEN)) {
    mkdirSync(map, { recursive: true });
    for (const naam of readdirSync(map)) if (naam.endsWith('.json')) rmSync(join(map, naam));
  }
  const regelbestanden = regelschemas();
  for (const { map, bestand, tekst } of regelbestanden) writeFileSync(join(REGELSCHEMA_MAPPEN[map], bestand), tekst);
  console.log(`geschreven: ${BELEIDSSCHEMA_BESTAND}, ${TESTVECTORSCHEMA_BESTAND} en ${regelbestanden.length} schema's in ${Object.values(REGELSCHEMA_MAPPEN).join(', ')}`);
}
