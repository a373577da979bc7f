// De voorbeeldgevallen in examples/ per regel, door de bibliotheek beslist: gedeeld door de
// regelcatalogus en de site, zodat beide dezelfde gevallen met dezelfde brief tonen.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { REGELS, type Beoordeling, type RegelId } from '../src/index.js';

const VOORBEELDMAP = join(dirname(fileURLToPath(import.meta.url)), '..', 'examples');

/** Eén voorbeeldgeval: het bestand, de invoer en de beoordeling die de regel ervan maakt. */
export interface Voorbeeldgeval {
  bestand: string;
  invoer: unknown;
  beoordeling: Beoordeling<string>;
}

/** De voorbeelden van een regel (`examples/<regel>-*.json`, op naam gesorteerd), elk beslist. */
export function voorbeeldgevallen(regel: RegelId): Voorbeeldgeval[] {
  return readdirSync(VOORBEELDMAP)
    .filter((naam) => naam.startsWith(`${regel}-`) && naam.endsWith('.json'))
    .sort()
    .map((bestand) => {
      const invoer: unknown = JSON.parse(readFileSync(join(VOORBEELDMAP, bestand), 'utf8'));
      return { bestand, invoer, beoordeling: REGELS[regel].beoordeel(invoer) };
    });
}
