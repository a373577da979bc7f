import { diepBevroren } from './bevroren.js';
/**
 * Hoe vast een beleidswaarde of de bron van een criterium staat (SPEC §2.5):
 * - `'vastgesteld'`: een bron laat de vaststelling zien (besluit, regeling, verordening, of een
 *   plan dat op een genoemde datum is vastgesteld);
 * - `'praktijk'`: een in de bron beschreven huidige werkwijze;
 * - `'voornemen'`: een plan zegt een regel te willen invoeren; de bronnen tonen geen vaststelling;
 * - `'ambitie'`: een gesteld doel, geen geldende regel;
 * - `'planningsaanname'`: een aanname om mee te plannen;
 * - `'interpretatie'`: onze lezing (of een gekozen datum) waar de bron zwijgt; altijd met reden.
 */
export type Waardestatus = 'vastgesteld' | 'praktijk' | 'voornemen' | 'ambitie' | 'planningsaanname' | 'interpretatie';

/** Alle waarden van {@link Waardestatus}, van vast naar minder vast. */
export const WAARDESTATUSSEN = /* @__PURE__ */ diepBevroren(['vastgesteld', 'praktijk', 'voornemen', 'ambitie', 'planningsaanname', 'interpretatie'] as const satisfies readonly Waardestatus[]);

/**
 * De statussen die een regel standaard niet toepast (`opties.uitgeslotenStatussen`): een ambitie
 * of een planningsaanname is geen geldende regel. Met `[]` past een regel elke status toe.
 */
export const STANDAARD_UITGESLOTEN_STATUSSEN = /* @__PURE__ */ diepBevroren(['ambitie', 'planningsaanname'] as const satisfies readonly Waardestatus[]);
