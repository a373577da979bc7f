import { OngeldigeInvoerFout } from '../types/fouten.js';

/**
 * De eigen namen van `Object.prototype` volgens ECMAScript (met de accessors en `__proto__` uit
 * bijlage B). Elke andere naam is daar door code van buiten gezet: een vervuild prototype.
 */
const STANDAARDNAMEN: ReadonlySet<PropertyKey> = new Set<PropertyKey>([
  'constructor',
  '__defineGetter__',
  '__defineSetter__',
  'hasOwnProperty',
  '__lookupGetter__',
  '__lookupSetter__',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'toString',
  'valueOf',
  '__proto__',
  'toLocaleString',
]);

/** Een opzijgezette eigenschap van `Object.prototype`: haar naam en haar beschrijving. */
interface Opzij {
  naam: PropertyKey;
  beschrijving: PropertyDescriptor;
}

/**
 * De melding als een vervuild prototype niet tijdelijk opzij kan (een eigenschap die niet
 * configureerbaar is, of een bevroren prototype): dan valideert de bibliotheek niet, want zod leest
 * zijn eigen gegevens via dat prototype en zou ongeldige invoer kunnen doorlaten. @internal
 */
export const ONVEILIGE_OMGEVING =
  'kan niet veilig gecontroleerd worden: Object.prototype draagt een eigen veld dat niet tijdelijk weg kan (niet configureerbaar of bevroren)';

/**
 * Voert `werk` uit terwijl de namen die andere code op `Object.prototype` zette even opzij staan,
 * en zet ze daarna precies terug, ook als `werk` gooit. (Een index op `Array.prototype` raakt
 * alleen een gat in een lijst; de invoer wordt alleen via eigen indexen gelezen, zie
 * {@link eigenKopie}.)
 *
 * Waarom: zod leest intern velden van zijn eigen gewone objecten (`def.coerce`, `ctx.skipChecks`,
 * `payload.aborted`, de beschrijving `{ value }` van `Object.defineProperty`, …). Staat zo'n naam
 * op `Object.prototype`, dan wordt ongeldige invoer een beslissing of gooit zod een `TypeError`.
 * Per naam is dat niet te dichten; opzijzetten dicht het voor elke naam. Het werk is synchroon:
 * tussen opzijzetten en terugzetten draait alleen de bibliotheek (en een getter in de invoer, die
 * eenmaal gelezen wordt), en een getter op het prototype wordt niet aangeroepen (alleen zijn
 * beschrijving verplaatst).
 *
 * Zonder vervuiling (het gewone geval) kost dit één `Reflect.ownKeys` (~0,4 µs). Kan een
 * naam niet opzij (niet configureerbaar, of het prototype is niet uitbreidbaar zodat terugzetten
 * zou mislukken), dan draait `werk` niet en komt `onveilig` terug.
 *
 * @internal
 */
export function metSchoonPrototype<T, O>(werk: () => T, onveilig: () => O): T | O {
  // Binnen een aanroep die al opzij zette (een regel die valideer aanroept): niets te doen.
  if (bezig) return werk();
  const opzij = vreemdeEigenschappen();
  if (opzij === null) return metVlag(werk);
  if (!Object.isExtensible(Object.prototype) || opzij.some(({ beschrijving }) => beschrijving.configurable !== true)) return onveilig();
  for (let index = 0; index < opzij.length; index++) Reflect.deleteProperty(Object.prototype, opzij[index]!.naam);
  try {
    return metVlag(werk);
  } finally {
    // Terugzetten lukt altijd, tenzij code die tijdens de aanroep draaide (een getter in de invoer)
    // het prototype bevroor of de naam zelf opnieuw zette: dan blijft wat die code deed.
    for (let index = 0; index < opzij.length; index++) Reflect.defineProperty(Object.prototype, opzij[index]!.naam, opzij[index]!.beschrijving);
  }
}

/**
 * {@link metSchoonPrototype} voor een publieke functie: kan het prototype niet schoon, dan een
 * {@link OngeldigeInvoerFout} op de invoer als geheel (de `…Veilig`-vormen geven die als
 * mislukking terug). @internal
 */
export function zonderVervuiling<T>(werk: () => T): T {
  return metSchoonPrototype(werk, () => {
    throw new OngeldigeInvoerFout([{ pad: '', melding: ONVEILIGE_OMGEVING }]);
  });
}

/**
 * Of er nu een aanroep loopt met een schoon prototype. Alleen tijdens één synchrone aanroep
 * waar; daarna altijd weer onwaar (ook als het werk gooit). Het verandert geen uitkomst: het
 * spaart alleen de tweede controle van een geneste aanroep.
 */
let bezig = false;

function metVlag<T>(werk: () => T): T {
  bezig = true;
  try {
    return werk();
  } finally {
    bezig = false;
  }
}

/**
 * De eigenschappen die niet op een schoon `Object.prototype` horen, of `null` als er geen zijn (het
 * snelle geval: één lijst van twaalf namen, ~0,4 µs). Geen `for…of` met een vroege uitgang: die
 * roept een vervuild `Object.prototype.return` aan.
 */
function vreemdeEigenschappen(): Opzij[] | null {
  const namen = Reflect.ownKeys(Object.prototype);
  let opzij: Opzij[] | null = null;
  for (let index = 0; index < namen.length; index++) {
    const naam = namen[index]!;
    // Een beschrijving zonder prototype: een vervuild `get` of `value` leest er zo niet in mee.
    if (!STANDAARDNAMEN.has(naam)) (opzij ??= []).push({ naam, beschrijving: Object.setPrototypeOf(Reflect.getOwnPropertyDescriptor(Object.prototype, naam)!, null) as PropertyDescriptor });
  }
  return opzij;
}
