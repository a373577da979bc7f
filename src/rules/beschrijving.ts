import type { Tweetalig } from '../types/tweetalig.js';


/** De leesbare naam van de uitkomst `'aanvullen'`, gelijk voor elke regel. @internal */
export const AANVULLEN: Tweetalig = { nl: 'aanvullen (gegevens ontbreken)', en: 'more information needed' };

/** De grondslag van een criterium waarvan de bron vastgesteld beleid of wet is. @internal */
export const VASTGESTELD = { status: 'vastgesteld', reden: { nl: '', en: '' } } as const;
