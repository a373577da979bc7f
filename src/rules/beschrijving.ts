import type { Tweetalig } from '../types/tweetalig.js';


/** De leesbare naam van de uitkomst `'aanvullen'`, gelijk voor elke regel. @internal */
export const AANVULLEN: Tweetalig = { nl: 'aanvullen (gegevens ontbreken)', en: 'more information needed' };

/** De grondslag van een criterium dat op een wet of een begrip rust: onder elk beleid dezelfde. @internal */
export const LANDELIJK_VASTGESTELD = { status: 'vastgesteld', reden: { nl: '', en: '' }, landelijk: true } as const;
