import { diepBevroren } from './bevroren.js';
/**
 * Een feit in de invoer: waar, niet waar, of (nog) niet bekend.
 * Een weggelaten optioneel feit telt als `'onbekend'`.
 */
export type Feit = boolean | 'onbekend';

/**
 * De uitslag van één criterium.
 *
 * - `'voldaan'`: het criterium is vervuld;
 * - `'niet-voldaan'`: het criterium is niet vervuld (dit beslist de uitkomst negatief);
 * - `'onbekend'`: er ontbreken gegevens om het criterium te toetsen;
 * - `'niet-van-toepassing'`: het criterium geldt in deze situatie niet.
 */
export type Status = 'voldaan' | 'niet-voldaan' | 'onbekend' | 'niet-van-toepassing';

/** Alle waarden van {@link Status}, in vaste volgorde. */
export const STATUSSEN = /* @__PURE__ */ diepBevroren(['voldaan', 'niet-voldaan', 'onbekend', 'niet-van-toepassing'] as const satisfies readonly Status[]);
