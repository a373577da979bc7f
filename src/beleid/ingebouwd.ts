import type { Beleid } from './beleid.js';

/** Id van een ingebouwd beleid: `'almelo'` of `'ijssel-vecht'`. */
export type BeleidId = 'almelo' | 'ijssel-vecht';

/**
 * De ingebouwde beleidssets, per id. Hun parameterwaarden komen met de regels die ze
 * gebruiken (versnelfonds, verblijfstermijnen); zie `docs/regels.md` voor wat nu geldt.
 */
export const INGEBOUWD_BELEID: Readonly<Record<BeleidId, Beleid>> = {
  almelo: {
    id: 'almelo',
    versie: '2026-1',
    naam: 'Centrumregio Almelo',
    parameters: {},
  },
  'ijssel-vecht': {
    id: 'ijssel-vecht',
    versie: '2026-1',
    naam: 'Regio IJssel-Vecht (centrumgemeente Zwolle)',
    parameters: {},
  },
};
