import type { Beleid } from '../../beleid/beleid.js';
import { regelbeleidVan, regeltekstVan } from '../../kern/regelbeleid.js';
import type { Bron } from '../../types/beoordeling.js';
import { diepBevroren } from '../../types/bevroren.js';
import type { Criteriumbeschrijving } from '../../types/regelbeschrijving.js';
import type { Tweetalig } from '../../types/tweetalig.js';

// Waar het plan van Almelo complexe gevallen legt (000, Oplossing 6): de casuïstiektafel (een
// voornemen: een van de oplossingen "die we in 2020 willen implementeren") en, in de gemeente
// Almelo, de Doorbraakmethode ("werkt al met": de werkwijze die het plan in 2019 beschrijft).
// Regisseur (beslissing-nodig) en alternatieve bewindvoering (niet-voorzien) noemen dit in de
// toelichting van de grond die de uitkomst open laat. Het plan zegt niet dat zo'n geval complex
// is, en niet wie het beslist: de tekst zegt dat ook.

const OPLOSSING_6 = 'Oplossing 6: Casuïstiektafel';

/** De bronnen over complexe gevallen; alleen geciteerd waar de toelichting ze noemt. @internal */
export const COMPLEXE_GEVALLEN_BRONNEN: readonly Bron[] = /* @__PURE__ */ diepBevroren([
  {
    document: 'integrale-ketenaanpak-mo',
    onderdeel: `${OPLOSSING_6}, kenmerken`,
    citaat: 'Er wordt altijd een oplossing gevonden; … De casuïstiektafel doet alleen de complexe gevallen; … De casuïstiektafel heeft het mandaat om creatieve oplossingen te vinden en in te zetten',
  },
  {
    document: 'integrale-ketenaanpak-mo',
    onderdeel: OPLOSSING_6,
    citaat: 'De gemeente Almelo werkt al met de ‘Doorbraakmethode’, daarin pakt de gemeente alle casussen MO op. In de overige regiogemeenten onderzoeken we of we lastige casuïstiek ook via een casuïstiektafel – al dan niet via de doorbraakmethode – kunnen doorbreken.',
  },
]);

/**
 * Of de grond van dit criterium onder dit beleid noemt waar het plan complexe gevallen legt: alleen
 * als hij de bronnen daarvan mag citeren (het beleid van Almelo, of een beleid dat het plan zelf
 * citeert) en het beleid geen eigen regeltekst voor het criterium gaf. @internal
 */
export function complexeGevallenNoemen(criterium: Criteriumbeschrijving, beleid: Beleid, regel: string): boolean {
  const geciteerd = regeltekstVan(criterium, COMPLEXE_GEVALLEN_BRONNEN, beleid, regelbeleidVan(beleid, regel));
  return COMPLEXE_GEVALLEN_BRONNEN.every((bron) => geciteerd.includes(bron));
}

/**
 * De zinnen over complexe gevallen, met voorop een spatie. `geval` noemt wat open blijft ("een
 * gelijke stand"): het plan zegt niet of dat een complex geval is. @internal
 */
export function complexeGevallenTekst(geval: Tweetalig): Tweetalig {
  return {
    nl: ` Het plan van de ketenaanpak wil een casuïstiektafel. Die doet volgens het plan alleen de complexe gevallen, vindt altijd een oplossing en mag creatieve oplossingen vinden en inzetten. Het plan zegt niet of ${geval.nl} zo’n complex geval is. Volgens het plan werkt de gemeente Almelo al met de Doorbraakmethode: daarin pakt de gemeente alle casussen MO op. In de andere gemeenten van de regio onderzoeken de partners volgens het plan of lastige casuïstiek ook via een casuïstiektafel te doorbreken is. Voor een cliënt in de gemeente Almelo wijst het plan dus de gemeente aan; voor de andere gemeenten regelt het plan het niet. In welke gemeente de cliënt is, weet deze regel niet. De casuïstiektafel is een voornemen; de Doorbraakmethode is de werkwijze van Almelo zoals het plan die in 2019 beschrijft.`,
    en: ` The plan of the chain approach intends a case table (casuïstiektafel). According to the plan it handles only the complex cases, always finds a solution, and may find and use creative solutions. The plan does not say whether ${geval.en} is such a complex case. According to the plan, the municipality of Almelo already works with the Doorbraakmethode (breakthrough method): in it, the municipality takes up all shelter cases. In the other municipalities of the region, according to the plan, the partners examine whether difficult cases can also be broken through by a case table. So for a client in the municipality of Almelo the plan points to the municipality; for the other municipalities the plan does not settle it. This rule does not know in which municipality the client is. The case table is an intention; the Doorbraakmethode is Almelo’s way of working as the plan describes it in 2019.`,
  };
}
