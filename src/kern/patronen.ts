// Patronen die zowel de controle van een beleid (defineBeleid, het JSON Schema) als het lezen van
// een opgeslagen beoordeling (motivering) gebruiken; los van zod, zodat motivering licht blijft.

/** Id van een beleid, regio of document: kleine letters en cijfers, met enkele streepjes ertussen. @internal */
export const ID_PATROON = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Een webadres: het protocol en geen witruimte. Het wordt nooit opgehaald. @internal */
export const URL_PATROON = /^https?:\/\/[^\s/?#]+[^\s]*$/;

/**
 * De tekens die geen tekst uit een beleid mag bevatten (als tekenklasse, voor de vlag `u`):
 * stuurtekens (ook regeleinden en tab), opmaaktekens (de tekens die de schrijfrichting omdraaien,
 * tekens zonder breedte, het zachte afbreekstreepje, U+FEFF), de regel- en alineascheiding, losse
 * surrogaten, tekens voor eigen gebruik, elk teken dat Unicode als standaard onzichtbaar noemt
 * (Default_Ignorable_Code_Point: de Hangul-vullers, variatiekiezers) en de lege braillecel U+2800.
 * Zo'n teken maakt een regel in de brief na ("Bron: …"), draait de tekst om of laat twee namen
 * die er gelijk uitzien verschillen. Deel van de tekstregel van een beleid (`beleidstekst.ts`). @internal
 */
export const VERBODEN_KLASSE = '\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}\\p{Cs}\\p{Co}\\p{Default_Ignorable_Code_Point}\\u2800';

/** Een teken uit {@link VERBODEN_KLASSE}. @internal */
export const VERBODEN_TEKEN_PATROON = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}\p{Co}\p{Default_Ignorable_Code_Point}\u2800]/u;

/** De melding bij een teken uit {@link VERBODEN_TEKEN_PATROON}. @internal */
export const VERBODEN_MELDING = 'mag geen regeleinden, stuurtekens, tekens die de schrijfrichting omdraaien of onzichtbare tekens bevatten';
