import { diepBevroren } from '../types/bevroren.js';

/**
 * De ids van de ingebouwde beleidssets, zonder hun data (zodat {@link defineBeleid} een botsend id
 * kan weigeren zonder de ingebouwde waarden mee te laden). @internal
 */
export const BELEID_IDS: readonly BeleidId[] = /* @__PURE__ */ diepBevroren(['almelo', 'ijssel-vecht'] as const);

/** Id van een ingebouwd beleid: `'almelo'` of `'ijssel-vecht'`. */
export type BeleidId = 'almelo' | 'ijssel-vecht';

/**
 * Het beleid-id van de ingebouwde regio-indelingen in `toegepasteWaarden`; geen eigen beleid mag
 * zo heten. @internal
 */
export const INGEBOUWDE_INDELINGEN = 'ingebouwd';

/** Of dit beleid-id bij de ingebouwde gegevens hoort (een ingebouwd beleid of de ingebouwde indelingen); een eigen beleid mag zo niet heten. @internal */
export function isIngebouwdBeleidId(id: string): boolean {
  return id === INGEBOUWDE_INDELINGEN || (BELEID_IDS as readonly string[]).includes(id);
}

/**
 * De beleidsobjecten die gecontroleerd zijn (door {@link defineBeleid}, of ingebouwd), herkend aan
 * hun identiteit: een kopie of een object met dezelfde velden staat er niet in en wordt opnieuw
 * gecontroleerd. (Een merkteken op het object zelf kan worden nagemaakt.) Hier, in een lichte
 * module, zodat een regel een beleid kan herkennen zonder de ingebouwde waarden mee te laden.
 */
const GECONTROLEERD = new WeakSet<object>();

/** Legt vast dat dit object een gecontroleerd beleid is; geeft het terug. @internal */
export function alsGecontroleerd<T extends object>(beleid: T): T {
  GECONTROLEERD.add(beleid);
  return beleid;
}

/** Zegt of dit object (niet een kopie) gecontroleerd is: uit defineBeleid, of ingebouwd. @internal */
export function isGecontroleerdBeleid(beleid: object): boolean {
  return GECONTROLEERD.has(beleid);
}
