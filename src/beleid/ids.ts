import { diepBevroren } from '../types/bevroren.js';

/**
 * De ids van de ingebouwde beleidssets, zonder hun data (zodat {@link defineBeleid} een botsend id
 * kan weigeren zonder de ingebouwde waarden mee te laden). @internal
 */
export const BELEID_IDS = /* @__PURE__ */ diepBevroren(['almelo', 'ijssel-vecht'] as const);

/** Id van een ingebouwd beleid: `'almelo'` of `'ijssel-vecht'`. */
export type BeleidId = (typeof BELEID_IDS)[number];

/**
 * Het beleid-id van de ingebouwde regio-indelingen in `toegepasteWaarden`; geen eigen beleid mag
 * zo heten. @internal
 */
export const INGEBOUWDE_INDELINGEN = 'ingebouwd';
