// Het OpenAPI 3.1-document van `opvangregels serve` (`GET /v1/openapi.json`), gemaakt uit dezelfde
// zod-schema's als de bibliotheek: de invoer van elke regel, elke Beoordeling, een beleid, de
// gegevens en de delen van een brief. Per regel een eigen pad, zodat een codegenerator per regel
// een eigen type krijgt.
import * as z from 'zod/mini';
import { INGEBOUWD_BELEID, REGELS, WAARDESTATUSSEN, beleidJsonSchema, beoordelingJsonSchema, invoerJsonSchema } from '../../index.js';
import { BriefgegevensSchema } from '../../brief.js';
import { API_VERSIE, PROBLEMEN, REGELS_MET_BRIEF } from './beslissen.js';

type Schema = Record<string, unknown>;

const tekst = z.string();
/** De brief zoals `brief()` hem teruggeeft (src/brief.ts, interface Brief). */
const BriefSchema = z.strictObject({
  onderwerp: tekst,
  aanhef: tekst,
  besluit: tekst,
  redenen: z.array(tekst),
  vervolg: tekst,
  bezwaar: z.nullable(tekst),
  grondslagen: z.array(tekst),
  slot: tekst,
  tekst,
  aandachtspunten: z.array(tekst),
});

/** Een JSON Schema zonder `$schema` (het document kiest de dialect), met een `$id` zodat zijn eigen `$defs` binnen het schema blijven. */
function alsComponent(schema: Schema, id: string): Schema {
  const { $schema: _dialect, ...rest } = schema;
  return { $id: `urn:opvangregels:schema:${id}`, ...rest };
}

const ref = (naam: string) => ({ $ref: `#/components/schemas/${naam}` });

/** De foutantwoorden die elk beslispad kan geven. */
function foutantwoorden(): Record<string, unknown> {
  const perStatus = new Map<number, string[]>();
  for (const [soort, { status }] of Object.entries(PROBLEMEN)) perStatus.set(status, [...(perStatus.get(status) ?? []), soort]);
  return Object.fromEntries(
    [...perStatus].filter(([status]) => status !== 405).map(([status, soorten]) => [
      String(status),
      {
        description: soorten.map((soort) => `${PROBLEMEN[soort as keyof typeof PROBLEMEN].titel} (\`urn:opvangregels:probleem:${soort}\`)`).join('; '),
        headers: { 'API-Version': { $ref: '#/components/headers/API-Version' } },
        content: { 'application/problem+json': { schema: ref('Probleem') } },
      },
    ]),
  );
}

function beslispad(regel: string, soort: 'beoordeling' | 'brief'): Record<string, unknown> {
  const invoer = ref(`${regel}-invoer`);
  const envelop = {
    type: 'object',
    additionalProperties: false,
    required: soort === 'brief' ? ['invoer', 'gegevens'] : ['invoer'],
    properties: { invoer, opties: ref('Opties'), ...(soort === 'brief' ? { gegevens: ref('Briefgegevens') } : {}) },
  };
  const resultaat = soort === 'beoordeling' ? ref(`${regel}-beoordeling`) : { type: 'object', additionalProperties: false, required: ['beoordeling', 'brief'], properties: { beoordeling: ref(`${regel}-beoordeling`), brief: ref('Brief') } };
  return {
    post: {
      operationId: soort === 'beoordeling' ? `beoordeel${alsNaam(regel)}` : `brief${alsNaam(regel)}`,
      summary: soort === 'beoordeling' ? `Beslis een geval van ${REGELS[regel as keyof typeof REGELS].beschrijving.functie}` : `Beslis een geval en schrijf de brief aan de cliënt (${regel})`,
      tags: [regel],
      requestBody: { required: true, content: { 'application/json': { schema: envelop } } },
      responses: {
        200: { description: soort === 'beoordeling' ? 'De beoordeling' : 'De beoordeling en de brief', headers: { 'API-Version': { $ref: '#/components/headers/API-Version' } }, content: { 'application/json': { schema: resultaat } } },
        ...foutantwoorden(),
      },
    },
  };
}

/** "verblijfstermijn" → "Verblijfstermijn", "alternatieve-bewindvoering" → "AlternatieveBewindvoering": voor operationIds in camelCase. */
const alsNaam = (regel: string) => regel.replace(/(^|-)([a-z])/g, (_geheel, _streep: string, letter: string) => letter.toUpperCase());

/** Het OpenAPI 3.1-document van de dienst. */
export function openapiDocument(pakketversie: string): Record<string, unknown> {
  const regels = Object.keys(REGELS);
  const schemas: Record<string, unknown> = {};
  for (const regel of regels) {
    schemas[`${regel}-invoer`] = alsComponent(invoerJsonSchema(regel), `${regel}-invoer`);
    schemas[`${regel}-beoordeling`] = alsComponent(beoordelingJsonSchema(regel), `${regel}-beoordeling`);
  }
  schemas.Beleid = alsComponent(beleidJsonSchema(), 'beleid');
  schemas.Opties = {
    type: 'object',
    additionalProperties: false,
    description: 'Opties van een regel. Zonder `beleid` geldt het beleid waarmee de dienst gestart is (`--beleid`), anders het ingebouwde.',
    properties: {
      beleid: { description: 'Het id van een ingebouwd beleid, of een eigen beleid zoals een beleidsbestand (opvangregels schema beleid).', anyOf: [{ type: 'string', enum: Object.keys(INGEBOUWD_BELEID) }, ref('Beleid')] },
      uitgeslotenStatussen: { type: 'array', items: { type: 'string', enum: [...WAARDESTATUSSEN] }, description: 'Waarden met deze statussen niet toepassen; standaard ambitie en planningsaanname.' },
    },
  };
  schemas.Briefgegevens = alsComponent(z.toJSONSchema(BriefgegevensSchema, { io: 'input', unrepresentable: 'any' }) as Schema, 'briefgegevens');
  schemas.Brief = alsComponent(z.toJSONSchema(BriefSchema) as Schema, 'brief');
  schemas.Probleem = {
    type: 'object',
    description: 'Een probleem volgens RFC 9457, met `invalidParams` (API-ontwerpregels) bij ongeldige invoer.',
    required: ['type', 'title', 'status'],
    properties: {
      type: { type: 'string', enum: Object.keys(PROBLEMEN).map((soort) => `urn:opvangregels:probleem:${soort}`) },
      title: { type: 'string' },
      status: { type: 'integer' },
      detail: { type: 'string' },
      invalidParams: {
        type: 'array',
        items: { type: 'object', required: ['name', 'reason'], properties: { name: { type: 'string', description: 'Het pad van het veld, bv. `invoer.bedragInCenten`; leeg voor het geheel.' }, reason: { type: 'string', description: 'Een Nederlandse melding.' } } },
      },
      nietInWerking: { type: 'object', description: 'Bij `geen-beleid`: wat op welke datum ontbrak (zoals `nietInWerking` van de niet-gooiende vorm).' },
    },
  };
  const paden: Record<string, unknown> = {
    '/v1/gezondheid': { get: { operationId: 'gezondheid', summary: 'Of de dienst draait', responses: { 200: { description: 'De dienst draait', content: { 'application/json': { schema: { type: 'object', required: ['status'], properties: { status: { const: 'ok' }, versie: { type: 'string' }, apiVersie: { type: 'string' }, werkers: { type: 'integer' } } } } } } } } },
    '/v1/regels': { get: { operationId: 'regels', summary: 'De regels met hun uitkomsten en criteria', responses: { 200: { description: 'De regels', content: { 'application/json': { schema: { type: 'array', items: { type: 'object' } } } } } } } },
    '/v1/openapi.json': { get: { operationId: 'openapi', summary: 'Dit document', responses: { 200: { description: 'Het OpenAPI-document', content: { 'application/json': { schema: { type: 'object' } } } } } } },
  };
  for (const regel of regels) {
    paden[`/v1/${regel}/schema`] = { get: { operationId: `schema${alsNaam(regel)}`, summary: `Het JSON Schema van de invoer van ${regel}`, tags: [regel], responses: { 200: { description: 'Het schema', content: { 'application/json': { schema: { type: 'object' } } } } } } };
    paden[`/v1/${regel}/beoordelingen`] = beslispad(regel, 'beoordeling');
    if (REGELS_MET_BRIEF.has(regel)) paden[`/v1/${regel}/brieven`] = beslispad(regel, 'brief');
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'opvangregels',
      version: API_VERSIE,
      description: `De regels van de maatschappelijke opvang als dienst (pakketversie ${pakketversie}). Elke beslissing zegt per criterium waarom, met de bron. Fouten zijn application/problem+json (RFC 9457).`,
      license: { name: 'EUPL-1.2', identifier: 'EUPL-1.2' },
    },
    paths: paden,
    components: {
      schemas,
      headers: { 'API-Version': { description: 'De versie van het contract (semver).', schema: { type: 'string', example: API_VERSIE } } },
    },
  };
}
