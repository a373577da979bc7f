import { expect } from 'vitest';
import { OngeldigeInvoerFout, type Veldfout } from '../src/index.js';

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
