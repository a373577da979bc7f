// Schrijft schema/beleid.json, het JSON Schema van een beleidsbestand, uit beleidJsonSchema().
// Draai `npm run schema`; test/beleid/schema.test.ts faalt als het bestand verouderd is.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beleidJsonSchema } from '../src/index.js';

/** Het pad van het geleverde schema. */
export const BELEIDSSCHEMA_BESTAND = join(dirname(fileURLToPath(import.meta.url)), '..', 'schema', 'beleid.json');

/** De inhoud van het bestand: het schema als JSON met inspringing en een regeleinde. */
export function beleidsschemaTekst(): string {
  return `${JSON.stringify(beleidJsonSchema(), null, 2)}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(BELEIDSSCHEMA_BESTAND, beleidsschemaTekst());
  console.log(`geschreven: ${BELEIDSSCHEMA_BESTAND}`);
}
