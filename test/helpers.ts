import { readFileSync, readdirSync } from 'node:fs';
import { expect } from 'vitest';
import { OngeldigeInvoerFout, type RegelId, type Veldfout } from '../src/index.js';

/** Voert `actie` uit en geeft de veldfouten terug; faalt als er geen OngeldigeInvoerFout kwam. */
export function veldfoutenVan(actie: () => unknown): Veldfout[] {
  try {
    actie();
  } catch (fout) {
    expect(fout).toBeInstanceOf(OngeldigeInvoerFout);
    return (fout as OngeldigeInvoerFout).fouten;
  }
  throw new Error('verwacht een OngeldigeInvoerFout, maar er werd niets gegooid');
}

/** Diep bevroren kopie, om te bewijzen dat regels hun invoer niet wijzigen. */
export function diepBevroren<T>(waarde: T): T {
  if (waarde !== null && typeof waarde === 'object') {
    Object.values(waarde).forEach(diepBevroren);
    Object.freeze(waarde);
  }
  return waarde;
}

/** Eén meegeleverde testvector met de regel van zijn bestand. */
export interface MeegeleverdeVector {
  regel: RegelId;
  naam: string;
  invoer: Record<string, unknown>;
  opties: unknown;
}

/**
 * Elke testvector uit test/vectors, met de regel van zijn bestand. Elk veld is een eigen veld, ook
 * een weggelaten `opties` (dan `undefined`): de robuustheidstests lezen ze terwijl het prototype
 * vervuild is.
 */
export function meegeleverdeVectoren(): MeegeleverdeVector[] {
  return readdirSync('test/vectors')
    .filter((naam) => naam.endsWith('.json'))
    .flatMap((bestand) => {
      const inhoud = JSON.parse(readFileSync(`test/vectors/${bestand}`, 'utf8')) as { regel: RegelId; vectoren: Array<Omit<MeegeleverdeVector, 'regel'>> };
      return inhoud.vectoren.map((vector) => ({ regel: inhoud.regel, naam: vector.naam, invoer: vector.invoer, opties: vector.opties }));
    });
}
