// Schrijft data/regios.json: de ingebouwde regio's zoals de regels ze gebruiken (per regio de
// centrumgemeenten en de gedateerde indeling, elke periode met status, bronnen en, waar gekozen,
// de reden van de datum), met de brondocumenten. Voor systemen die geen JavaScript zijn: het pakket
// levert zo naast data/*.csv (gemeenten en herindelingen) ook de regio's als bestand.
// Draai `npm run gegevens`; een test faalt als het bestand verouderd is.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BRONDOCUMENTEN, REGIOS } from '../src/index.js';

/** Het pad van het geleverde bestand met de regio's. */
export const REGIOBESTAND = join(dirname(fileURLToPath(import.meta.url)), '..', 'data', 'regios.json');

/** De inhoud van data/regios.json. */
export function regiosTekst(): string {
  const inhoud = {
    omschrijving:
      "De regio's van opvangregels zoals de regels ze toepassen: per regio de centrumgemeenten en de indeling in perioden (CBS-codes), elk met status, bronnen en toelichting. Gegenereerd uit de bibliotheek (npm run gegevens); de gemeenten en herindelingen staan in data/*.csv, met hun herkomst in data/README.md.",
    regios: REGIOS,
    documenten: BRONDOCUMENTEN,
  };
  return `${JSON.stringify(inhoud, null, 2)}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(REGIOBESTAND, regiosTekst());
  console.log(`geschreven: ${REGIOBESTAND}`);
}
