/**
 * De Engelse tekst van de meldingen in een {@link Veldfout} (`fouten[].melding`), voor de CLI
 * met `--taal en`. De bibliotheek blijft Nederlands melden; de CLI vertaalt met deze tabel, een
 * Engelse meldingentabel naast de Nederlandse, zoals de locales van zod.
 *
 * Elke ingang is een vaste tekst, of een patroon `^…$` waarvan de delen uit de invoer of de
 * gegevens (een gemeentenaam, een getal, een datum, een id, een lijst toegestane waarden)
 * ongewijzigd in de Engelse tekst terugkomen. Namen van waarden, velden en ids blijven zoals ze
 * zijn (`'onbekend'`, `'interpretatie'`, `opties.beleid`, `BRONDOCUMENTEN`). Een melding die de
 * tabel niet kent, geeft `undefined`: dan toont de CLI de Nederlandse tekst.
 *
 * De telling van de meldingen (bij een nieuwe melding: hier een ingang en in
 * `test/cli/meldingen-en.test.ts` een voorbeeld en een invoer die haar maakt) besloeg:
 *
 * - `src/kern/valideer.ts`: `nederlandseMelding` (met `TYPE_NAMEN`), `naarVeldfout` (onbekende
 *   velden, ongeldige sleutel), `ONLEESBAAR`, `kalenderdatumSchema`, `tijdstipSchema`,
 *   `feitSchema` en `centenSchema`;
 * - `src/kern/eigen-kopie.ts`: de grenzen van elke invoer;
 * - `src/kern/opties.ts`, `src/kern/regio-schema.ts`, `src/kern/beleidswaarden.ts` (de
 *   aanvulling van een waarde met een uitgesloten status);
 * - `src/calculators/datum.ts`: de redenen van `leesTijdstip` en `BUITEN_JAARTALLEN`;
 * - `src/calculators/termijn.ts`: `telDuurOp`;
 * - `src/data/gemeenten.ts`: `vindGemeente` (met suggesties), `zoekGemeente` en
 *   `gemeenteInPeriode` (herindelingen);
 * - `src/beleid/define-beleid.ts` (vorm en samenhang, ook van `regels`: grondslag, criteria en
 *   keuzes), `src/beleid/parameters.ts`, `src/beleid/aflopend.ts`, `src/beleid/opzoeken.ts`,
 *   `src/beleid/gedateerd.ts` (`beschrijfPerioden`) en `src/beleid/regio.ts`;
 * - `src/kern/beleidstekst.ts` en `src/kern/patronen.ts`: de tekstregel van een beleid
 *   (`BELEIDSTEKST_MELDINGEN`, `VERBODEN_MELDING`);
 * - `src/kern/regelbeleid.ts`: `vereisteGrondslag` (een beleid zonder grondslag voor de regel, en
 *   de aanvulling van een grondslag met een uitgesloten status);
 * - `src/types/fouten.ts`: de melding van `BeleidNietInWerkingFout` (zonder datum bij een regel
 *   zonder peildatum: regisseur, schuldhulp, alternatieve bewindvoering);
 * - `src/rules/register.ts`, `src/rules/herkomst/criterium.ts`, `src/rules/regisseur/invoer.ts`,
 *   `src/rules/verblijfstermijn/invoer.ts`, `src/rules/verblijfstermijn/index.ts`,
 *   `src/rules/woningaanbod/invoer.ts`, `src/rules/woningaanbod/index.ts`,
 *   `src/rules/versnelfonds/invoer.ts` en de andere `invoer.ts` onder `src/rules/` (alleen zod);
 * - `src/motivering.ts` (het lezen van een opgeslagen beoordeling) en `src/testvectoren.ts`;
 * - `src/cli/json-stroom.ts` (`MELDING`), `src/cli/beleid.ts` en `src/cli/batchregel.ts`
 *   (`GEEN_JSON`, `INTERNE_FOUT`); de andere meldingen van de CLI vertaalt `programma.ts` zelf.
 *
 * Geen beleid in werking (exitcode 3) schrijft de CLI niet uit de melding maar uit de velden van
 * de fout, in beide talen: `src/cli/geen-beleid.ts`. De melding zelf (in `fouten`, ook in
 * `--json`) vertaalt deze tabel wel.
 */

import type { Veldfout } from '../types/fouten.js';

/** Een patroon (`^…$`) en de Engelse tekst uit wat het vangt; `undefined` als een deel onbekend is. */
export type Meldingpatroon = readonly [patroon: RegExp, inHetEngels: (delen: RegExpExecArray) => string | undefined];

/** Een getal zoals een melding het schrijft (`String(getal)`). */
const GETAL = String.raw`-?(?:\d+(?:\.\d+)?(?:e[+-]?\d+)?|Infinity)`;
/** Een kalenderdatum `JJJJ-MM-DD`. */
const DATUM = String.raw`\d{4}-\d{2}-\d{2}`;
/** Een lijst waarden tussen enkele aanhalingstekens: `'almelo', 'enschede'`. */
const WAARDEN = String.raw`'[^']*'(?:, '[^']*')*`;
/** Een regel-id: `versnelfonds`, `alternatieve-bewindvoering`. */
const REGEL = String.raw`[a-z0-9]+(?:-[a-z0-9]+)*`;
/** Een lijst ids zonder aanhalingstekens (criterium- of keuze-ids): `versnelfonds.maximum, versnelfonds.schulden`. */
const IDS = String.raw`[a-z0-9.-]+(?:, [a-z0-9.-]+)*`;

/** Een patroon uit stukken, met `GETAL`, `DATUM`, `WAARDEN`, `REGEL` en `IDS` erin; `s`: een `.` vangt ook een regeleinde. */
function patroon(bron: string): RegExp {
  return new RegExp(`^${bron}$`, 's');
}

/**
 * De vaste meldingen, Nederlands → Engels. Eerst gezocht, vóór {@link MELDINGPATRONEN}.
 *
 * @internal
 */
export const VASTE_MELDINGEN: ReadonlyMap<string, string> = new Map([
  // src/kern/valideer.ts
  ['ontbreekt', 'is missing'],
  ['moet een tekst zijn', 'must be a string'],
  ['moet een getal zijn', 'must be a number'],
  ['moet een geheel getal zijn', 'must be an integer'],
  ['moet true of false zijn', 'must be true or false'],
  ['moet een object zijn', 'must be an object'],
  ['moet een lijst zijn', 'must be an array'],
  ['moet een datum zijn', 'must be a date'],
  ['bevat een onbekend veld', 'contains an unknown field'],
  ['heeft geen geldige vorm', 'does not have a valid shape'],
  ['heeft niet de juiste vorm', 'does not have the right shape'],
  ['is ongeldig', 'is invalid'],
  ['is een ongeldige datum', 'is an invalid date'],
  ['is een ongeldig tijdstip', 'is an invalid timestamp'],
  ['is geen bestaande datum', 'is not an existing date'],
  ['moet een datum zijn in de vorm JJJJ-MM-DD', 'must be a date in the form YYYY-MM-DD'],
  ["moet true, false of 'onbekend' zijn", "must be true, false or 'onbekend'"],
  ['moet een geheel getal van ten minste 0 zijn (eurocent)', 'must be an integer of at least 0 (euro cents)'],
  ['moet een positief geheel getal zijn (eurocent)', 'must be a positive integer (euro cents)'],
  // src/calculators/datum.ts
  ['moet een tijdstip zijn in de vorm JJJJ-MM-DDTUU:MM:SS+01:00 (ISO 8601 met tijdzone)', 'must be a timestamp in the form YYYY-MM-DDTHH:MM:SS+01:00 (ISO 8601 with time zone)'],
  ['mist de tijdzone (bv. +02:00 of Z)', 'lacks the time zone (e.g. +02:00 or Z)'],
  ['is geen bestaand tijdstip', 'is not an existing timestamp'],
  ['valt buiten de jaren 1 tot en met 9999', 'falls outside the years 1 to 9999'],
  // src/kern/eigen-kopie.ts
  ['bevat een waarde die niet gelezen kan worden', 'contains a value that cannot be read'],
  // src/calculators/termijn.ts, src/beleid/define-beleid.ts
  ['moet een bestaande datum JJJJ-MM-DD zijn', 'must be an existing date YYYY-MM-DD'],
  ['valt na het jaar 9999', 'falls after the year 9999'],
  // src/data/gemeenten.ts
  ['moet een gemeentenaam of CBS-code zijn', 'must be a municipality name or CBS code'],
  ['moet een bestaande datum zijn in de vorm JJJJ-MM-DD', 'must be an existing date in the form YYYY-MM-DD'],
  // src/beleid/define-beleid.ts, src/beleid/parameters.ts
  ['moet uit kleine letters, cijfers en streepjes bestaan, bv. gemeente-deventer', 'must consist of lowercase letters, digits and hyphens, e.g. gemeente-deventer'],
  ['mag geen regeleinden of andere stuurtekens bevatten', 'must not contain line breaks or other control characters'],
  // src/kern/beleidstekst.ts: de tekstregel van een beleid
  [
    'mag geen regeleinden, stuurtekens, tekens die de schrijfrichting omdraaien of onzichtbare tekens bevatten',
    'must not contain line breaks, control characters, characters that reverse the writing direction or invisible characters',
  ],
  ['moet ten minste één letter of cijfer bevatten', 'must contain at least one letter or digit'],
  ['mag niet met een los accent (een combinerend teken) beginnen', 'must not begin with a loose accent (a combining character)'],
  ['mag in één woord geen Latijnse letters mengen met Cyrillische of Griekse', 'must not mix Latin letters with Cyrillic or Greek ones in one word'],
  ["mag geen eigen bronregel bevatten ('Bron:' of 'Source:'); noem een bron in bronnen", "must not contain a source line of its own ('Bron:' or 'Source:'); name a source in bronnen"],
  ["mag geen dubbele aanhalingstekens bevatten (het citaat staat er al tussen); gebruik enkele (‘…’)", "must not contain double quotation marks (the quote is already placed between them); use single ones (‘…’)"],
  ['mag geen puntkomma bevatten (die scheidt bronnen in de brief)', 'must not contain a semicolon (it separates sources in the letter)'],
  ['mag hooguit honderd jaar zijn (36525 nachten of dagen, 5218 weken of 1200 maanden)', 'may be at most a hundred years (36525 nights or days, 5218 weeks or 1200 months)'],
  // src/rules/versnelfonds/index.ts
  ['de beoordelingstermijn zou na het jaar 9999 eindigen', 'the period for deciding would end after the year 9999'],
  // de hulpfuncties (telDuurOp, zoekRegel, beschrijfBron, schrijfTijdstip)
  ["moet een duur zijn, bv. { aantal: 2, eenheid: 'nachten' }", "must be a duration, e.g. { aantal: 2, eenheid: 'nachten' }"],
  ['moet een tekst zijn: het id van een regel', 'must be a string: the id of a rule'],
  ['moet een bron zijn: { document, onderdeel, citaat? } met teksten', 'must be a source: { document, onderdeel, citaat? } with strings'],
  ['moet een tijdstip zijn in milliseconden sinds 1970, in de jaren 1 tot en met 9999', 'must be an instant in milliseconds since 1970, in the years 1 to 9999'],
  // src/brief.ts
  ["moet 'versnelfonds' of 'verblijfstermijn' zijn: alleen die regels beslissen iets over de cliënt", "must be 'versnelfonds' or 'verblijfstermijn': only those rules decide something about the client"],
  ['moet een CBS-code zijn in de vorm GM0150', 'must be a CBS code in the form GM0150'],
  ['moet na vanaf liggen', 'must be after vanaf'],
  ["is verplicht bij status 'interpretatie': leg uit waarom deze lezing", "is required with status 'interpretatie': explain the reason for this reading"],
  ['moet na het begin van de vorige periode liggen', 'must be after the start of the previous period'],
  ['overlapt met de vorige periode (die loopt langer)', 'overlaps the previous period (which runs longer)'],
  ['overlapt met de vorige periode (die heeft geen einde)', 'overlaps the previous period (which has no end)'],
  ['laat een gat: de vorige periode eindigt eerder', 'leaves a gap: the previous period ends earlier'],
  ['moet een webadres zijn dat begint met https:// of http://', 'must be a web address that starts with https:// or http://'],
  ['is verplicht naast een verblijfsduur: zeg voor welke regio de termijnen gelden', 'is required alongside a length of stay: say which region the terms apply to'],
  ['is verplicht naast een termijn voor een woningaanbod: zeg voor welke regio de termijn geldt', 'is required alongside a term for a housing offer: say which region the term applies to'],
  ['botst met een ingebouwd brondocument (BRONDOCUMENTEN); kies een eigen id', 'clashes with a built-in source document (BRONDOCUMENTEN); choose an id of your own'],
  ['onbekend brondocument: geen ingebouwd document (BRONDOCUMENTEN) en niet in documenten van dit beleid', 'unknown source document: not a built-in document (BRONDOCUMENTEN) and not in documenten of this policy'],
  ['staat al eerder in deze periode', 'already appears earlier in this period'],
  ['mag hooguit twee decimalen hebben', 'may have at most two decimals'],
  // src/beleid/define-beleid.ts: regels (grondslag, criteria, keuzes)
  ["is verplicht als de status niet 'vastgesteld' is: leg uit hoe vast de grondslag staat", "is required when the status is not 'vastgesteld': explain how firm the basis is"],
  ['heeft een ongeldige sleutel: een criterium-id zoals versnelfonds.laatste-optie', 'has an invalid key: a criterion id such as versnelfonds.laatste-optie'],
  ['heeft een ongeldige sleutel: een keuze-id zoals versnelfonds.begrenzen', 'has an invalid key: a choice id such as versnelfonds.begrenzen'],
  // naarVeldfout maakt uit de melding van de sleutel ('moet een id zijn als …') deze hele melding; die staat alleen zo in de bibliotheek.
  ['heeft een ongeldige sleutel: een sleutel moet een id zijn als versnelfonds.laatste-optie', 'has an invalid key: a key must be an id like versnelfonds.laatste-optie'],
  // src/kern/opties.ts, src/rules/register.ts
  ['kan niet gelezen worden', 'cannot be read'],
  // src/kern/schoon-prototype.ts
  [
    'kan niet veilig gecontroleerd worden: Object.prototype draagt een eigen veld dat niet tijdelijk weg kan (niet configureerbaar of bevroren)',
    'cannot be checked safely: Object.prototype carries a field of its own that cannot be set aside for a moment (not configurable, or frozen)',
  ],
  ["moet een beleid-id zijn (bv. 'almelo') of een beleid; laat het veld weg voor het standaardbeleid", "must be a policy id (e.g. 'almelo') or a policy; leave the field out for the default policy"],
  // src/rules/*
  ["moet een geheel getal van ten minste 0 zijn (eurocent) of 'onbekend'", "must be an integer of at least 0 (euro cents) or 'onbekend'"],
  ['mag niet negatief zijn', 'must not be negative'],
  ['de uiterlijke vertrekdatum zou na het jaar 9999 vallen', 'the latest departure date would fall after the year 9999'],
  ['de uiterlijke aanboddatum zou na het jaar 9999 vallen', 'the latest offer date would fall after the year 9999'],
  // src/motivering.ts
  ['moet een gewone waarde zijn, geen getter of setter', 'must be a plain value, not a getter or setter'],
  ['kon niet gelezen worden', 'could not be read'],
  ['moet een beoordeling zijn (een object)', 'must be an assessment (an object)'],
  ['moet uit kleine letters, cijfers en streepjes bestaan', 'must consist of lowercase letters, digits and hyphens'],
  ['moet een jaartal zijn (een geheel getal van 1000 tot en met 9999)', 'must be a year (an integer from 1000 to 9999)'],
  ['is het id van een ingebouwd brondocument; een eigen document heeft een eigen id', 'is the id of a built-in source document; a document of your own has an id of its own'],
  ['moet een datum zijn in de vorm JJJJ-MM-DD, of null', 'must be a date in the form YYYY-MM-DD, or null'],
  ['moet een object { id, versie } zijn, of null', 'must be an object { id, versie }, or null'],
  // src/testvectoren.ts
  ['mag niet leeg zijn (ook niet alleen spaties)', 'must not be empty (nor only spaces)'],
  ['moet een functie zijn', 'must be a function'],
  ['moet JSON-gegevens zijn (geen kring, BigInt, functie, getter of klasse-object)', 'must be JSON data (no cycle, BigInt, function, getter or class instance)'],
  ["mag geen sleutel '__proto__' hebben: dat is geen criterium-id", "must not have a key '__proto__': that is not a criterion id"],
  ['heeft een sleutel die geen criterium-id is (leeg of met witruimte)', 'has a key that is not a criterion id (empty or with white space)'],
  ["mag geen sleutel '__proto__' hebben: dat is geen veld van een beoordeling", "must not have a key '__proto__': that is not a field of an assessment"],
  // src/cli/batchregel.ts (GEEN_JSON, INTERNE_FOUT), src/cli/beleid.ts
  ['geen geldige JSON', 'not valid JSON'],
  ['interne fout bij het beoordelen van dit geval (meld dit als fout in opvangregels)', 'internal error while assessing this case (please report this as a bug in opvangregels)'],
  // src/cli/json-stroom.ts (MELDING)
  ['geen geldige JSON: de waarde die hier begint wordt niet afgesloten (ontbreekt een }, ] of "?)', 'not valid JSON: the value that starts here is not closed (is a }, ] or " missing?)'],
  ['de lijst breekt af: een tekst loopt door tot het einde van de regel (ontbreekt een "?); de rest is niet gelezen', 'the list breaks off: a string runs on to the end of the line (is a " missing?); the rest was not read'],
  ['de lijst breekt af: dit element wordt niet afgesloten (ontbreekt een }, ] of "?); de rest is niet gelezen', 'the list breaks off: this element is not closed (is a }, ] or " missing?); the rest was not read'],
  ["de lijst is niet afgesloten met ']'", "the list is not closed with ']'"],
  ["de lijst breekt af: verwacht ',' of ']' na een element; de rest is niet gelezen", "the list breaks off: expected ',' or ']' after an element; the rest was not read"],
  ['de lijst breekt af: lege plek in de lijst (komma zonder element); de rest is niet gelezen', 'the list breaks off: an empty slot in the list (a comma without an element); the rest was not read'],
  ["de lijst breekt af: komma vlak voor ']'; de rest is niet gelezen", "the list breaks off: a comma just before ']'; the rest was not read"],
  ['tekst na het einde van de lijst; die is niet gelezen', 'text after the end of the list; it was not read'],
]);

/** Teksten die een patroon als deel vangt en die zelf een vertaling hebben. */
const EENHEDEN: Readonly<Record<string, string>> = {
  'element(en)': 'element(s)',
  'teken(s)': 'character(s)',
  elementen: 'elements',
  tekens: 'characters',
  gevallen: 'cases',
};

const VERGELIJKINGEN: Readonly<Record<string, string>> = {
  'ten minste': 'at least',
  'groter dan': 'greater than',
  'ten hoogste': 'at most',
  'kleiner dan': 'less than',
};

/**
 * De suggesties van een onbekende gemeente (`'A', 'B' of 'C'`): het voegwoord wordt Engels, de
 * namen (ook met een komma of apostrof erin, zoals `'s-Gravenhage`) blijven staan.
 */
function suggestiesInHetEngels(suggesties: string): string {
  const laatste = suggesties.lastIndexOf("' of '");
  return laatste < 0 ? suggesties : `${suggesties.slice(0, laatste)}' or '${suggesties.slice(laatste + "' of '".length)}`;
}

/** Waarin een opgeheven gemeente opging, of wat er in haar plaats komt: een naam en code blijven, de omschrijving zonder opvolger wordt Engels. */
function opvolgerInHetEngels(tekst: string): string {
  return tekst === 'een andere gemeente' ? 'another municipality' : tekst === 'de opvolger' ? 'the successor' : tekst;
}

/** De aanvulling tussen haakjes bij een `BeleidNietInWerkingFout`: waarom er geen waarde in werking is. */
function aanvullingInHetEngels(aanvulling: string): string | undefined {
  if (aanvulling === 'er is geen enkele waarde vastgelegd') return 'no value at all has been laid down';
  const uitgesloten = patroon(`de (waarde|indeling) die dan geldt heeft status '([^']*)', en die status is uitgesloten`).exec(aanvulling);
  if (uitgesloten) return `the ${uitgesloten[1] === 'waarde' ? 'value' : 'region membership'} that applies then has status '${uitgesloten[2]}', and that status is excluded`;
  // src/kern/regelbeleid.ts (vereisteGrondslag)
  const grondslag = patroon(`de grondslag heeft status '([^']*)', en die status is uitgesloten`).exec(aanvulling);
  if (grondslag) return `the basis has status '${grondslag[1]}', and that status is excluded`;
  const perioden = patroon(`waarden gelden ((?:van ${DATUM} tot ${DATUM}|vanaf ${DATUM})(?:, (?:van ${DATUM} tot ${DATUM}|vanaf ${DATUM}))*)`).exec(aanvulling);
  if (!perioden) return undefined;
  const engels = perioden[1]!.split(', ').map((periode) => (periode.startsWith('vanaf ') ? `from ${periode.slice(6)} onwards` : periode.replace(/^van (\S+) tot (\S+)$/, 'from $1 until $2')));
  return `values apply ${engels.join(', ')}`;
}

/**
 * De meldingen met delen uit de invoer of de gegevens, in volgorde: de eerste die past, geldt.
 * Gezocht na {@link VASTE_MELDINGEN}.
 *
 * @internal
 */
export const MELDINGPATRONEN: readonly Meldingpatroon[] = [
  // src/kern/valideer.ts: nederlandseMelding en naarVeldfout
  [patroon(`moet van type (\\w+) zijn`), (d) => `must be of type ${d[1]}`],
  [patroon(`moet een van (${WAARDEN}) zijn`), (d) => `must be one of ${d[1]}`],
  [patroon(`moet ten minste (${GETAL}) (element\\(en\\)|teken\\(s\\)) bevatten`), (d) => `must contain at least ${d[1]} ${EENHEDEN[d[2]!]}`],
  [patroon(`mag ten hoogste (${GETAL}) (element\\(en\\)|teken\\(s\\)|elementen|tekens|gevallen) bevatten`), (d) => `may contain at most ${d[1]} ${EENHEDEN[d[2]!]}`],
  [patroon(`moet (ten minste|groter dan|ten hoogste|kleiner dan) (${GETAL}) zijn`), (d) => `must be ${VERGELIJKINGEN[d[1]!]} ${d[2]}`],
  [patroon(`heeft niet de vorm (\\S+)`), (d) => `does not have the format ${d[1]}`],
  [patroon(`bevat (\\d+) onbekende velden`), (d) => `contains ${d[1]} unknown fields`],
  [
    patroon(`heeft een ongeldige sleutel: een sleutel (.+)`),
    (d) => {
      const sleutel = veldmeldingInHetEngels(d[1]!);
      return sleutel === undefined ? undefined : `has an invalid key: a key ${sleutel}`;
    },
  ],
  // src/kern/eigen-kopie.ts
  [patroon(`is te groot \\(meer dan (${GETAL}) waarden\\)`), (d) => `is too large (more than ${d[1]} values)`],
  [patroon(`bevat een tekst die te lang is \\(meer dan (${GETAL}) tekens\\)`), (d) => `contains a string that is too long (more than ${d[1]} characters)`],
  [patroon(`is te diep genest \\(meer dan (${GETAL}) niveaus\\)`), (d) => `is nested too deeply (more than ${d[1]} levels)`],
  [patroon(`bevat een lijst met te veel elementen \\(meer dan (${GETAL})\\)`), (d) => `contains an array with too many elements (more than ${d[1]})`],
  [patroon(`bevat een object met te veel velden \\(meer dan (${GETAL})\\)`), (d) => `contains an object with too many fields (more than ${d[1]})`],
  // src/calculators/termijn.ts
  [patroon(`moet een geheel getal van (${GETAL}) tot en met (${GETAL}) zijn`), (d) => `must be an integer from ${d[1]} to ${d[2]}`],
  // src/data/gemeenten.ts
  [patroon(`onbekende gemeentecode '(.*)'`), (d) => `unknown municipality code '${d[1]}'`],
  [
    // De naam komt uit de invoer (ingekort tot 60 tekens) en kan alles bevatten; de suggesties zijn
    // CBS-namen, zonder ';' of '?', maar soms met een komma of apostrof: de lijst is één geheel,
    // alleen het laatste voegwoord wordt Engels (suggestiesInHetEngels).
    patroon(`onbekende gemeente '(.*?)'(?:; bedoelt u ('[^;?]*')\\?)?`),
    (d) => `unknown municipality '${d[1]}'${d[2] === undefined ? '' : `; did you mean ${suggestiesInHetEngels(d[2])}?`}`,
  ],
  [patroon(`gemeente '(.*)' bestond op (${DATUM}) nog niet \\(ontstaan op (${DATUM})\\)`), (d) => `municipality '${d[1]}' did not exist yet on ${d[2]} (it came into being on ${d[3]})`],
  [
    patroon(`(GM\\d{4}) \\((.+)\\) bestaat pas vanaf (${DATUM}); laat de periode op of na die dag beginnen`),
    (d) => `${d[1]} (${d[2]}) only exists from ${d[3]}; let the period begin on or after that day`,
  ],
  [
    patroon(`(GM\\d{4}) \\((.+)\\) bestaat niet meer: op (${DATUM}) opgegaan in (.+); neem in deze periode (.+) op in plaats van (GM\\d{4})`),
    (d) => `${d[1]} (${d[2]}) no longer exists: it merged into ${opvolgerInHetEngels(d[4]!)} on ${d[3]}; include ${opvolgerInHetEngels(d[5]!)} in this period instead of ${d[6]}`,
  ],
  [
    patroon(`(GM\\d{4}) \\((.+)\\) is op (${DATUM}) opgegaan in (.+); laat de periode uiterlijk op (${DATUM}) eindigen en neem daarna (.+) op`),
    (d) => `${d[1]} (${d[2]}) merged into ${opvolgerInHetEngels(d[4]!)} on ${d[3]}; let the period end on ${d[5]} at the latest and include ${opvolgerInHetEngels(d[6]!)} after that`,
  ],
  // src/beleid/define-beleid.ts, src/kern/regio-schema.ts
  [patroon(`en nog (\\d+) fouten; verbeter eerst deze (\\d+)`), (d) => `and ${d[1]} more errors; fix these ${d[2]} first`],
  [patroon(`botst met een ingebouwd beleid-id \\((${WAARDEN})\\); kies een eigen id, bv\\. (\\S+)`), (d) => `clashes with a built-in policy id (${d[1]}); choose an id of your own, e.g. ${d[2]}`],
  [patroon(`botst met een ingebouwde regio \\((${WAARDEN})\\); kies een eigen id`), (d) => `clashes with a built-in region (${d[1]}); choose an id of your own`],
  [patroon(`staat al eerder in (\\w+)`), (d) => `already appears earlier in ${d[1]}`],
  [
    patroon(`heeft de titel, uitgever en het jaar van het ingebouwde document ([a-z0-9-]+); verwijs met document: '([a-z0-9-]+)' naar dat document`),
    (d) => `has the title, publisher and year of the built-in document ${d[1]}; refer to that document with document: '${d[2]}'`,
  ],
  [patroon(`heeft dezelfde titel, uitgever en hetzelfde jaar als (documenten\\.\\d+)`), (d) => `has the same title, publisher and year as ${d[1]}`],
  [patroon(`heeft dezelfde naam als de regio ([a-z0-9-]+)`), (d) => `has the same name as the region ${d[1]}`],
  [
    patroon(`is geen lid van de regio in de periode vanaf (${DATUM}) \\((leden\\.\\d+)\\); een centrumgemeente hoort bij haar regio`),
    (d) => `is not a member of the region in the period from ${d[1]} (${d[2]}); a central municipality belongs to its region`,
  ],
  [patroon(`onbekende regio: geen ingebouwde regio \\((${WAARDEN})\\) en niet in regios van dit beleid`), (d) => `unknown region: not a built-in region (${d[1]}) and not in regios of this policy`],
  [patroon(`moet een regio-id zijn: (${WAARDEN}), of een eigen regio uit het beleid`), (d) => `must be a region id: ${d[1]}, or a region of your own from the policy`],
  // src/types/fouten.ts (BeleidNietInWerkingFout), met de aanvulling uit src/beleid/gedateerd.ts, src/kern/beleidswaarden.ts,
  // src/kern/regelbeleid.ts en src/rules/herkomst/criterium.ts. Een regel zonder peildatum (regisseur, schuldhulp,
  // alternatieve bewindvoering) noemt geen datum ('in werking (…)'), en het Engels dan ook niet.
  [
    patroon(`geen waarde voor '([^']*)' van '([^']*)' in werking(?: op (${DATUM}))?(?: \\((.+)\\))?`),
    (d) => {
      const aanvulling = d[4] === undefined ? '' : aanvullingInHetEngels(d[4]);
      return aanvulling === undefined ? undefined : `no value for '${d[1]}' of '${d[2]}' in force${d[3] === undefined ? '' : ` on ${d[3]}`}${aanvulling === '' ? '' : ` (${aanvulling})`}`;
    },
  ],
  // src/beleid/define-beleid.ts: regels (criteria en keuzes die niet bij de regel horen)
  [
    patroon(`is geen criterium van de regel (${REGEL}) waarvan een beleid de regeltekst kan vervangen; kies uit (${IDS})`),
    (d) => `is not a criterion of the rule ${d[1]} whose rule text a policy can replace; choose from ${d[2]}`,
  ],
  [patroon(`de regel (${REGEL}) heeft geen keuzes om over te nemen`), (d) => `the rule ${d[1]} has no choices to adopt`],
  [patroon(`is geen keuze van de regel (${REGEL}); kies uit (${IDS})`), (d) => `is not a choice of the rule ${d[1]}; choose from ${d[2]}`],
  // src/kern/regelbeleid.ts (vereisteGrondslag)
  [
    patroon(`beleid '([^']*)' geeft geen grondslag voor de regel (${REGEL}) \\(regels\\.\\2\\.grondslag\\): zeg in het beleid waarop de regel rust, bv\\. een raadsbesluit; of laat opties\\.beleid weg: dan beslist de regel onder het ingebouwde beleid '([^']*)'`),
    (d) => `policy '${d[1]}' gives no basis for the rule ${d[2]} (regels.${d[2]}.grondslag): say in the policy what the rule rests on, e.g. a council decision; or leave opties.beleid out: then the rule decides under the built-in policy '${d[3]}'`,
  ],
  // src/rules/situatie/index.ts (beleidVoorRichting)
  [
    patroon(`beleid '([^']*)' geeft geen grondslag voor de richting van de opvang \\(regels\\.situatie\\.grondslag\\), het beleid van regio '([^']*)' wel: laat opties\\.beleid weg voor de richting van die regio, of laat het veld 'regio' weg`),
    (d) => `policy '${d[1]}' gives no basis for the direction of shelter (regels.situatie.grondslag), the policy of region '${d[2]}' does: leave opties.beleid out for the direction of that region, or leave out the field 'regio'`,
  ],
  // src/beleid/aflopend.ts
  [patroon(`moet een lijst zijn met statussen uit (${WAARDEN})`), (d) => `must be a list of statuses from ${d[1]}`],
  // src/beleid/opzoeken.ts, src/beleid/regio.ts, src/rules/register.ts
  [patroon(`onbekend beleid; ingebouwd zijn (${WAARDEN})`), (d) => `unknown policy; the built-in policies are ${d[1]}`],
  [patroon(`onbekende regio; ingebouwd zijn (${WAARDEN}); een eigen regio geeft u mee in opties\\.beleid`), (d) => `unknown region; the built-in regions are ${d[1]}; pass a region of your own in opties.beleid`],
  [patroon(`onbekende regio; ingebouwd zijn (${WAARDEN}); beleid '([^']*)' heeft geen eigen regio's`), (d) => `unknown region; the built-in regions are ${d[1]}; policy '${d[2]}' has no regions of its own`],
  [
    patroon(`onbekende regio; ingebouwd zijn (${WAARDEN}); eigen regio's van beleid '([^']*)': (${WAARDEN}(?:, …)?)`),
    (d) => `unknown region; the built-in regions are ${d[1]}; the regions of policy '${d[2]}' are ${d[3]}`,
  ],
  [patroon(`onbekende regel; bekend zijn (${WAARDEN})`), (d) => `unknown rule; the known rules are ${d[1]}`],
  // src/rules/verblijfstermijn, src/rules/regisseur
  [patroon(`ligt na de peildatum \\((${DATUM})\\); een verblijf kan niet beoordeeld worden voordat het begint`), (d) => `is after the peildatum (${d[1]}); a stay cannot be assessed before it begins`],
  [
    patroon(`beleid '([^']*)' legt geen verblijfstermijnen vast \\(geen verblijfsduur\\.regio\\); laat opties\\.beleid weg voor de ingebouwde termijnen van regio '([^']*)'`),
    (d) => `policy '${d[1]}' sets no lengths of stay (no verblijfsduur.regio); leave opties.beleid out for the built-in lengths of stay of region '${d[2]}'`,
  ],
  [patroon(`beleid '([^']*)' legt verblijfstermijnen vast voor regio '([^']*)', niet voor regio '([^']*)'`), (d) => `policy '${d[1]}' sets lengths of stay for region '${d[2]}', not for region '${d[3]}'`],
  // src/rules/woningaanbod
  [patroon(`ligt na de peildatum \\((${DATUM})\\); een termijn kan niet beoordeeld worden voordat de aanmelding er is`), (d) => `is after the peildatum (${d[1]}); a term cannot be assessed before the registration exists`],
  [
    patroon(`beleid '([^']*)' legt geen termijn voor een woningaanbod vast \\(geen woningaanbod\\.regio\\); laat opties\\.beleid weg voor de ingebouwde termijn van regio '([^']*)'`),
    (d) => `policy '${d[1]}' sets no term for a housing offer (no woningaanbod.regio); leave opties.beleid out for the built-in term of region '${d[2]}'`,
  ],
  [patroon(`beleid '([^']*)' legt een termijn voor een woningaanbod vast voor regio '([^']*)', niet voor regio '([^']*)'`), (d) => `policy '${d[1]}' sets a term for a housing offer for region '${d[2]}', not for region '${d[3]}'`],
  [patroon(`kan niet meer zijn dan (${GETAL}) \\(de uren van een maand\\)`), (d) => `cannot be more than ${d[1]} (the hours in a month)`],
  [patroon(`komt al voor \\((betrokkenOrganisaties\\.\\d+\\.naam)\\)`), (d) => `already occurs (${d[1]})`],
  // src/motivering.ts
  [patroon(`is te groot: ten hoogste (${GETAL}) tekens tekst samen`), (d) => `is too large: at most ${d[1]} characters of text in total`],
  [patroon(`is te groot: ten hoogste (${GETAL}) elementen in alle lijsten samen`), (d) => `is too large: at most ${d[1]} elements in all arrays together`],
  [patroon(`(\\d+) (onbekend veld|onbekende velden)`), (d) => `${d[1]} ${d[2] === 'onbekend veld' ? 'unknown field' : 'unknown fields'}`],
  [patroon(`moet een object zijn, bv\\. (\\{.*\\})`), (d) => `must be an object, e.g. ${d[1]}`],
  // src/cli/json-stroom.ts (MELDING), src/cli/beleid.ts
  [patroon(`regel te lang \\(meer dan (${GETAL}) bytes\\)`), (d) => `line too long (more than ${d[1]} bytes)`],
  [patroon(`element van de lijst te lang \\(meer dan (${GETAL}) bytes\\)`), (d) => `element of the list too long (more than ${d[1]} bytes)`],
  [patroon(`geen geldige JSON: de waarde die hier begint is na (${GETAL}) bytes nog niet afgesloten`), (d) => `not valid JSON: the value that starts here is still not closed after ${d[1]} bytes`],
  [patroon(`het bestand is groter dan (${GETAL}) (MiB|KiB)`), (d) => `the file is larger than ${d[1]} ${d[2]}`],
  [patroon(`is te lang voor een gemeentenaam: ten hoogste (${GETAL}) tekens`), (d) => `is too long for a municipality name: at most ${d[1]} characters`],
];

/**
 * De Engelse tekst van een Nederlandse melding van deze bibliotheek (`Veldfout.melding`), of
 * `undefined` als de tabel haar niet kent. Wat de melding uit de invoer of de gegevens
 * overneemt (een gemeentenaam, een getal, een datum, een id, toegestane waarden), komt
 * ongewijzigd terug.
 *
 * @param melding - een melding uit `fouten[].melding`
 * @example
 * veldmeldingInHetEngels("onbekende gemeente 'Almeloo'; bedoelt u 'Almelo'?") //=> "unknown municipality 'Almeloo'; did you mean 'Almelo'?"
 * veldmeldingInHetEngels('ontbreekt') //=> 'is missing'
 * veldmeldingInHetEngels("moet een van 'gift', 'lening' zijn") //=> "must be one of 'gift', 'lening'"
 * veldmeldingInHetEngels('iets anders') //=> undefined
 */
export function veldmeldingInHetEngels(melding: string): string | undefined {
  if (typeof melding !== 'string') return undefined;
  const vast = VASTE_MELDINGEN.get(melding);
  if (vast !== undefined) return vast;
  for (const [regexp, inHetEngels] of MELDINGPATRONEN) {
    const delen = regexp.exec(melding);
    if (!delen) continue;
    const engels = inHetEngels(delen);
    if (engels !== undefined) return engels;
  }
  return undefined;
}

/**
 * Een veldfout met de Engelse melding, of de melding zoals ze was als de tabel haar niet kent
 * (beter Nederlands dan niets). Het pad blijft gelijk.
 *
 * @example
 * veldfoutInHetEngels({ pad: 'schulden', melding: 'ontbreekt' }) //=> { pad: 'schulden', melding: 'is missing' }
 */
export function veldfoutInHetEngels(fout: Veldfout): Veldfout {
  return { pad: fout.pad, melding: veldmeldingInHetEngels(fout.melding) ?? fout.melding };
}
