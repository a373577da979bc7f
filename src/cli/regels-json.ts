// De regels als JSON, voor `opvangregels regels --json` en `GET /v1/regels` van de dienst.
import { REGELS } from '../index.js';

/** De regels als JSON: id, functie, titel, omschrijving, of ze beleid leest, de uitkomsten (id → naam) en de criteria, in de gekozen taal. */
export function regelsAlsJson(taal: 'nl' | 'en'): unknown[] {
  return Object.values(REGELS).map(({ beschrijving, leestBeleid }) => ({
    id: beschrijving.id,
    functie: beschrijving.functie,
    titel: beschrijving.titel[taal],
    omschrijving: beschrijving.omschrijving[taal],
    leestBeleid,
    uitkomsten: Object.fromEntries(Object.entries(beschrijving.uitkomsten).map(([id, naam]) => [id, naam[taal]])),
    criteria: beschrijving.criteria.map((criterium) => ({ id: criterium.id, titel: criterium.titel[taal], soort: criterium.soort, voldaanAls: criterium.voldaanAls[taal] })),
  }));
}
