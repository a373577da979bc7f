import { diepBevroren } from './bevroren.js';
/**
 * De fasen van de keten maatschappelijke opvang, zoals de Integrale ketenaanpak MO ze noemt
 * ("bij dreigende dak- en thuisloosheid, in de opvang en na uitstroom"):
 * - `'dreigend'`: dak- of thuisloosheid dreigt (verhoogd risico);
 * - `'opvang'`: de cliënt is in de maatschappelijke opvang;
 * - `'na-uitstroom'`: de cliënt is uit de opvang uitgestroomd.
 */
export type Fase = 'dreigend' | 'opvang' | 'na-uitstroom';

/** Alle waarden van {@link Fase}, in de volgorde van de keten. */
export const FASEN = /* @__PURE__ */ diepBevroren(['dreigend', 'opvang', 'na-uitstroom'] as const satisfies readonly Fase[]);
