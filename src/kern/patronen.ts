// Patronen die zowel de controle van een beleid (defineBeleid, het JSON Schema) als het lezen van
// een opgeslagen beoordeling (motivering) gebruiken; los van zod, zodat motivering licht blijft.

/** Id van een beleid, regio of document: kleine letters en cijfers, met enkele streepjes ertussen. @internal */
export const ID_PATROON = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Een webadres: het protocol en geen witruimte. Het wordt nooit opgehaald. @internal */
export const URL_PATROON = /^https?:\/\/[^\s/?#]+[^\s]*$/;

/**
 * Tekens die een tekst uit een beleid niet mag bevatten: stuurtekens (ook regeleinden), de regel- en
 * alineascheiding en de tekens die de schrijfrichting omdraaien. Zo'n tekst komt in een brief; een
 * regeleinde erin zou een eigen regel ("Bron: …") kunnen nabootsen. @internal
 */
export const STUURTEKEN_PATROON = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
