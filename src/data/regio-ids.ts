import { diepBevroren } from '../types/bevroren.js';
/** De ingebouwde regio's, zonder hun data (zodat code die alleen de ids nodig heeft licht blijft). */
export const REGIO_IDS = /* @__PURE__ */ diepBevroren(['almelo', 'enschede', 'twente', 'ijssel-vecht'] as const);

/**
 * Id van een ingebouwde regio:
 * - `'almelo'`: MO-regio van centrumgemeente Almelo (6 gemeenten);
 * - `'enschede'`: regio van centrumgemeente Enschede (8 gemeenten);
 * - `'twente'`: Twente (14 gemeenten; beschermd wonen en de gezamenlijke uitstroomroute);
 * - `'ijssel-vecht'`: regio IJssel-Vecht, centrumgemeente Zwolle (8 gemeenten).
 */
export type RegioId = (typeof REGIO_IDS)[number];

/**
 * De regio die een invoer of beleid noemt: een ingebouwde {@link RegioId}, of het id van een
 * eigen regio uit `regios` van het beleid in `opties.beleid` (zie {@link defineBeleid}).
 */
// `string & {}` houdt de ingebouwde ids zichtbaar als suggestie in een editor.
// eslint-disable-next-line @typescript-eslint/ban-types
export type RegioKeuze = RegioId | (string & {});

/** De ingebouwde regio-ids als tekst voor een melding: `'almelo', 'enschede', 'twente', 'ijssel-vecht'`. @internal */
export const INGEBOUWDE_REGIOS_TEKST = /* @__PURE__ */ REGIO_IDS.map((id) => `'${id}'`).join(', ');

/**
 * De namen van de ingebouwde regio's zoals een brief ze noemt, zonder hun data: `defineBeleid`
 * weigert een eigen regio die er zo heet (zie `vouwNaam`), zonder de indelingen in te laden. @internal
 */
export const REGIONAMEN: Readonly<Record<RegioId, string>> = /* @__PURE__ */ diepBevroren({
  almelo: 'regio Almelo',
  enschede: 'regio Enschede',
  twente: 'regio Twente',
  'ijssel-vecht': 'regio IJssel-Vecht',
});
