import { parseArgs } from 'node:util';
import { INGEBOUWD_BELEID, MAXIMAAL_AANTAL, OngeldigeInvoerFout, REGELS, WAARDESTATUSSEN, aflopendeWaarden, amsterdamseDatum, beleidJsonSchema, invoerJsonSchema, isKalenderdatum, motivering, schrijfBedrag, zoekRegel, type Regel, type Beleid, type BeleidId, type Regelopties, type Veldfout, type Waardestatus } from '../index.js';
import { INTERNE_FOUT, alsJson, beoordeelBlok, briefBij, beoordeelWaarde, melding, veldfoutTekst, type Blokresultaat, type Gevalresultaat, type Taal, type Uitvoervorm } from './batchregel.js';
import { beschrijfAflopend, beschrijfBeleid, leesBeleidsbestand, leesJsonBestand } from './beleid.js';
import { controleerBriefgegevens, type GecontroleerdeBriefgegevens } from '../brief.js';
import { geenBeleidTekst } from './geen-beleid.js';
import { splitsJson, type Stroomwaarde } from './json-stroom.js';
import { ontsmet, ontsnap, veiligeJson } from './ontsnap.js';
import { regelsAlsJson } from './regels-json.js';
import { leesGevallen, vergelijkGevallen, type Geval } from './vergelijk.js';
import { startDienst } from './dienst/index.js';
import { antwoordtOp, junitXml, voerVectorenUitTegen, type Haal, type Vectorbestand } from './vectoren.js';
import type { Blokantwoord } from './werker.js';
import { Werkerfout, Werkers } from './werkers.js';

/** Wat de CLI van de buitenwereld nodig heeft; in tests vervangen door geheugen. */
export interface Omgeving {
  /** Schrijft tekst of UTF-8-bytes naar stdout en wacht als de afnemer achterloopt (tegendruk). */
  schrijf(tekst: string | Uint8Array): Promise<void> | void;
  /** Schrijft naar stderr. */
  meld(tekst: string): void;
  /** Leest een bestand of (`-`) stdin als stroom bytes (of tekst); gooit een fout met `code` als het niet kan. */
  lees(bron: string): AsyncIterable<string | Uint8Array>;
  /** De versie van het pakket. */
  versie: string;
  /**
   * Hoeveel cores er zijn: de standaard van `--parallel` (zoveel werkers beslissen een batch).
   * Weggelaten: 1, dan beslist de CLI zelf, zonder werkers.
   */
  kernen?: number;
  /**
   * De Amsterdamse kalenderdatum van vandaag (`JJJJ-MM-DD`), voor `beleid controleer --binnen`
   * zonder `--peildatum`: de CLI mag de klok lezen, de bibliotheek niet. Weggelaten: de klok van
   * deze computer.
   */
  vandaag?: () => string;
  /**
   * Voor `serve`: wacht tot de dienst moet stoppen (SIGTERM of SIGINT) en geeft de naam van het
   * signaal. Weggelaten: `serve` weigert (er is geen manier om te stoppen).
   */
  stop?: () => Promise<string>;
  /** Voor `vectoren`: de meegeleverde testvectorbestanden (test/vectors/*.json van het pakket). */
  vectorbestanden?: () => Promise<Vectorbestand[]>;
  /** Voor `vectoren --junit`: schrijft een bestand. */
  schrijfBestand?: (pad: string, tekst: string) => Promise<void>;
  /** Voor `vectoren --tegen`: hoe een HTTP-verzoek gaat; standaard `fetch`. */
  haal?: Haal;
  /**
   * Voor `--parallel`: het bestand van de werker. Weggelaten: `cli-werker.js` naast de CLI (of, uit
   * de bron, `werker.ts` via tsx). De tests geven een uit de bron gebouwde werker mee.
   */
  werker?: URL;
}

/**
 * Exitcodes: 0 gelukt, 1 al het andere (gebruik, bestand, interne fout), 2 ongeldige invoer (met
 * de veldfouten), 3 geen beleid in werking op de peildatum (SPEC §2.11), 4 "let op": `beleid
 * controleer --binnen` vond iets dat binnen de termijn afloopt. In een batch wint de ernstigste:
 * 1 boven 2 boven 3 boven 0.
 */
export const EXIT = { gelukt: 0, fout: 1, ongeldigeInvoer: 2, geenBeleid: 3, letOp: 4 } as const;

/** Waarom een bestand niet te lezen is, per foutcode van het systeem; een andere code wordt zelf genoemd. */
const LEESREDENEN: Readonly<Record<string, { nl: string; en: string }>> = {
  EACCES: { nl: 'geen toestemming', en: 'permission denied' },
  EPERM: { nl: 'geen toestemming', en: 'permission denied' },
  ENOTDIR: { nl: 'een deel van het pad is geen map', en: 'a part of the path is not a directory' },
  ELOOP: { nl: 'te veel symbolische links', en: 'too many symbolic links' },
  ENAMETOOLONG: { nl: 'de naam is te lang', en: 'the name is too long' },
};

/** Het hoogste aantal werkers van --parallel. */
const MAX_WERKERS = 64;

/**
 * Elke tekst die de CLI zelf schrijft, in beide talen. Ids, paden, uitkomsten en statussen
 * blijven zoals ze zijn; de meldingen per veld komen van de bibliotheek (Nederlands) en worden met
 * `--taal en` vertaald met {@link veldmeldingInHetEngels}.
 */
const TEKSTEN = {
  nl: {
    zieHulp: "Zie 'opvangregels --help'.",
    onbekendeOpdracht: (opdracht: string) => `onbekende opdracht '${opdracht}'`,
    onbekendeOptie: (optie: string) => `onbekende optie '${optie}'`,
    optieZonderWaarde: (optie: string) => `optie '${optie}' heeft een waarde nodig`,
    optieMetWaarde: (optie: string) => `optie '${optie}' neemt geen waarde`,
    regelsZonderArgumenten: "'regels' neemt geen argumenten",
    gebruikSchema: 'gebruik: opvangregels schema <regel|beleid>',
    gebruikBeleid: 'gebruik: opvangregels beleid controleer <beleid.json|almelo|ijssel-vecht> [--binnen <dagen>] [--peildatum JJJJ-MM-DD]',
    binnen: (gegeven: string) => `--binnen moet een geheel getal van 0 tot en met ${MAXIMAAL_AANTAL} zijn: het aantal dagen vooruit (gegeven: '${gegeven}')`,
    peildatum: (gegeven: string) => `--peildatum moet een bestaande datum JJJJ-MM-DD zijn (gegeven: '${gegeven}')`,
    peildatumZonderBinnen: '--peildatum hoort bij --binnen: zeg ook hoeveel dagen vooruit (bv. --binnen 90)',
    alleenBijControleer: "--binnen en --peildatum horen bij 'beleid controleer'",
    gebruikBeoordeel: 'gebruik: opvangregels beoordeel <regel> <bestand.json|->',
    eenBeleid: "--beleid mag maar één keer, behalve bij 'vergelijk'",
    gebruikVergelijk: 'gebruik: opvangregels vergelijk <regel> <gevallen.json|.jsonl|.csv|-> --beleid <a.json|almelo|ijssel-vecht|ingebouwd> --beleid <b…> [--json]',
    vergelijkKop: (aantal: number, gewijzigd: number, ongeldig: number) => `${aantal} ${aantal === 1 ? 'geval' : 'gevallen'}; ${gewijzigd} anders beslist onder B; ${ongeldig} ongeldig (niet beslist).`,
    overgangen: 'Uitkomst onder A → onder B (aantal gevallen):',
    totaal: (voor: string, na: string) => `Totaal toegekend: ${voor} onder A, ${na} onder B.`,
    regelnummer: 'regel',
    gebruikVectoren: 'gebruik: opvangregels vectoren --tegen <url> [--regel <regel>] [--junit <rapport.xml>]',
    tegen: (gegeven: string) => `--tegen moet een http- of https-adres zijn, bv. http://localhost:8080 (gegeven: '${gegeven}')`,
    alleenBijVectoren: "--tegen, --junit en --regel horen bij 'vectoren'",
    vectorSamenvatting: (regel: string, geslaagd: number, totaal: number) => `${regel}: ${geslaagd}/${totaal} geslaagd`,
    faalt: 'FAALT',
    onbereikbaar: (url: string, reden: string) => `${url} antwoordt niet (${reden}); draait het systeem, en klopt het adres? Er is geen geval getoetst.`,
    gebruikServe: 'gebruik: opvangregels serve [--poort 8080] [--adres 127.0.0.1] [--beleid <beleid.json>] [--werkers <n>] [--tijdslimiet 10]',
    poort: (gegeven: string) => `--poort moet een geheel getal van 0 tot en met 65535 zijn (gegeven: '${gegeven}')`,
    werkers: `--werkers moet een geheel getal van 0 tot ${MAX_WERKERS} zijn`,
    tijdslimiet: '--tijdslimiet moet een geheel aantal seconden van 1 tot en met 600 zijn',
    alleenBijServe: "--poort, --adres, --werkers en --tijdslimiet horen bij 'serve'",
    gebruikBrief: 'gebruik: opvangregels brief <versnelfonds|verblijfstermijn> <bestand.json|-> --gemeente <gemeente.json> [--datum JJJJ-MM-DD]',
    briefRegel: (id: string) => `een brief is er alleen bij versnelfonds en verblijfstermijn: die regels beslissen iets over de cliënt (gegeven: '${id}')`,
    alleenBijBrief: "--gemeente en --datum horen bij 'brief'",
    datum: (gegeven: string) => `--datum moet een bestaande datum JJJJ-MM-DD zijn (gegeven: '${gegeven}')`,
    ongeldigeGemeente: (bestand: string) => `Ongeldige gegevens van de gemeente in ${bestand}:`,
    aandachtspunten: 'Aandachtspunten voor de medewerker (niet voor de brief):',
    onbekendeStatussen: (aantal: number, statussen: string) =>
      `--uitgesloten-statussen: ${aantal === 1 ? 'een onbekende status' : `${aantal} onbekende statussen`}; kies uit ${statussen}, gescheiden door komma's ('' past elke status toe)`,
    nietGevonden: (bestand: string) => `bestand niet gevonden: ${bestand}`,
    nietTeLezen: (bestand: string, code: string) => `bestand niet te lezen (${LEESREDENEN[code]?.nl ?? code}): ${bestand}`,
    isMap: (bestand: string) => `dit is een map, geen bestand: ${bestand}`,
    gegeven: (id: string) => `(gegeven: '${id}')`,
    ongeldigBeleid: (bestand: string) => `Ongeldig beleid in ${bestand}:`,
    ongeldigeInvoer: 'Ongeldige invoer:',
    legeLijst: 'Ongeldige invoer: de lijst is leeg; er is geen geval om te beoordelen.',
    legeInvoer: 'Ongeldige invoer: de invoer is leeg; er is geen geval om te beoordelen.',
    uitkomsten: 'uitkomsten',
    samenvatting: (aantal: number, uitkomsten: string, ongeldig: number) => `${aantal} ${aantal === 1 ? 'geval' : 'gevallen'} beoordeeld${uitkomsten ? `: ${uitkomsten}` : ''}; ${ongeldig} ongeldig.`,
    geenBeleid: (aantal: number) => ` ${aantal} zonder beleid in werking op hun datum (geef een eigen beleid mee met --beleid).`,
    gestopt: (regel: number) => ` De lijst breekt af op regel ${regel}; de rest is niet gelezen.`,
    interneFouten: (aantal: number) => ` ${aantal} met een interne fout (meld dit als fout in opvangregels).`,
    parallel: `--parallel moet een geheel getal van 1 tot ${MAX_WERKERS} zijn`,
    werkerFout: (reden: string) => `een werker van --parallel faalde (${reden}); meld dit als fout in opvangregels, of probeer --parallel 1`,
  },
  en: {
    zieHulp: "See 'opvangregels --help --taal en'.",
    onbekendeOpdracht: (opdracht: string) => `unknown command '${opdracht}'`,
    onbekendeOptie: (optie: string) => `unknown option '${optie}'`,
    optieZonderWaarde: (optie: string) => `option '${optie}' needs a value`,
    optieMetWaarde: (optie: string) => `option '${optie}' takes no value`,
    regelsZonderArgumenten: "'regels' takes no arguments",
    gebruikSchema: 'usage: opvangregels schema <rule|beleid>',
    gebruikBeleid: 'usage: opvangregels beleid controleer <policy.json|almelo|ijssel-vecht> [--binnen <days>] [--peildatum YYYY-MM-DD]',
    binnen: (gegeven: string) => `--binnen must be a whole number from 0 to ${MAXIMAAL_AANTAL}: the number of days ahead (given: '${gegeven}')`,
    peildatum: (gegeven: string) => `--peildatum must be an existing date YYYY-MM-DD (given: '${gegeven}')`,
    peildatumZonderBinnen: '--peildatum goes with --binnen: also say how many days ahead (e.g. --binnen 90)',
    alleenBijControleer: "--binnen and --peildatum belong to 'beleid controleer'",
    gebruikBeoordeel: 'usage: opvangregels beoordeel <rule> <file.json|->',
    eenBeleid: "--beleid may be given only once, except with 'vergelijk'",
    gebruikVergelijk: 'usage: opvangregels vergelijk <rule> <cases.json|.jsonl|.csv|-> --beleid <a.json|almelo|ijssel-vecht|ingebouwd> --beleid <b…> [--json]',
    vergelijkKop: (aantal: number, gewijzigd: number, ongeldig: number) => `${aantal} ${aantal === 1 ? 'case' : 'cases'}; ${gewijzigd} decided differently under B; ${ongeldig} invalid (not decided).`,
    overgangen: 'Outcome under A → under B (number of cases):',
    totaal: (voor: string, na: string) => `Total granted: ${voor} under A, ${na} under B.`,
    regelnummer: 'line',
    gebruikVectoren: 'usage: opvangregels vectoren --tegen <url> [--regel <rule>] [--junit <report.xml>]',
    tegen: (gegeven: string) => `--tegen must be an http or https address, e.g. http://localhost:8080 (given: '${gegeven}')`,
    alleenBijVectoren: "--tegen, --junit and --regel belong to 'vectoren'",
    vectorSamenvatting: (regel: string, geslaagd: number, totaal: number) => `${regel}: ${geslaagd}/${totaal} passed`,
    faalt: 'FAILS',
    onbereikbaar: (url: string, reden: string) => `${url} does not answer (${reden}); is the system running, and is the address right? No case was tested.`,
    gebruikServe: 'usage: opvangregels serve [--poort 8080] [--adres 127.0.0.1] [--beleid <policy.json>] [--werkers <n>] [--tijdslimiet 10]',
    poort: (gegeven: string) => `--poort must be a whole number from 0 to 65535 (given: '${gegeven}')`,
    werkers: `--werkers must be a whole number from 0 to ${MAX_WERKERS}`,
    tijdslimiet: '--tijdslimiet must be a whole number of seconds from 1 to 600',
    alleenBijServe: "--poort, --adres, --werkers and --tijdslimiet belong to 'serve'",
    gebruikBrief: 'usage: opvangregels brief <versnelfonds|verblijfstermijn> <file.json|-> --gemeente <municipality.json> [--datum YYYY-MM-DD]',
    briefRegel: (id: string) => `a letter exists only for versnelfonds and verblijfstermijn: those rules decide something about the client (given: '${id}')`,
    alleenBijBrief: "--gemeente and --datum belong to 'brief'",
    datum: (gegeven: string) => `--datum must be an existing date YYYY-MM-DD (given: '${gegeven}')`,
    ongeldigeGemeente: (bestand: string) => `Invalid municipality data in ${bestand}:`,
    aandachtspunten: 'Points for the case worker (not for the letter):',
    onbekendeStatussen: (aantal: number, statussen: string) =>
      `--uitgesloten-statussen: ${aantal === 1 ? 'an unknown status' : `${aantal} unknown statuses`}; choose from ${statussen}, separated by commas ('' applies every status)`,
    nietGevonden: (bestand: string) => `file not found: ${bestand}`,
    nietTeLezen: (bestand: string, code: string) => `cannot read file (${LEESREDENEN[code]?.en ?? code}): ${bestand}`,
    isMap: (bestand: string) => `this is a directory, not a file: ${bestand}`,
    gegeven: (id: string) => `(given: '${id}')`,
    ongeldigBeleid: (bestand: string) => `Invalid policy in ${bestand}:`,
    ongeldigeInvoer: 'Invalid input:',
    legeLijst: 'Invalid input: the list is empty; there is no case to decide.',
    legeInvoer: 'Invalid input: the input is empty; there is no case to decide.',
    uitkomsten: 'outcomes',
    samenvatting: (aantal: number, uitkomsten: string, ongeldig: number) => `${aantal} ${aantal === 1 ? 'case' : 'cases'} decided${uitkomsten ? `: ${uitkomsten}` : ''}; ${ongeldig} invalid.`,
    geenBeleid: (aantal: number) => ` ${aantal} without a policy in force on their date (pass a policy of your own with --beleid).`,
    gestopt: (regel: number) => ` The list breaks off at line ${regel}; the rest was not read.`,
    interneFouten: (aantal: number) => ` ${aantal} with an internal error (please report this as a bug in opvangregels).`,
    parallel: `--parallel must be a whole number from 1 to ${MAX_WERKERS}`,
    werkerFout: (reden: string) => `a worker of --parallel failed (${reden}); please report this as a bug in opvangregels, or try --parallel 1`,
  },
} as const satisfies Record<Taal, unknown>;

/** De taal uit de argumenten, vóór het parsen: ook een parsefout moet in die taal. */
function taalVan(argumenten: readonly string[]): Taal {
  for (let index = 0; index < argumenten.length; index++) {
    if (argumenten[index] === '--') break;
    if (argumenten[index] === '--taal=en' || (argumenten[index] === '--taal' && argumenten[index + 1] === 'en')) return 'en';
  }
  return 'nl';
}

/**
 * Een parsefout van `node:util` in woorden van de CLI: Node schrijft Engels met een uitleg over
 * `--` die hier niet past. De optie komt uit de melding van Node (altijd tussen aanhalingstekens).
 */
function parsefout(fout: unknown, taal: Taal): string {
  const { code, message } = fout as { code?: string; message?: string };
  const optie = /'(-[^']*)'/.exec(message ?? '')?.[1] ?? '';
  const teksten = TEKSTEN[taal];
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return teksten.onbekendeOptie(optie);
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return /argument missing|ambiguous/.test(message ?? '') ? teksten.optieZonderWaarde(optie.split(' ')[0]!) : teksten.optieMetWaarde(optie.split(' ')[0]!);
  return message ?? String(fout);
}

/**
 * Per regel een kleine geldige invoer voor de hulp: zo ziet een nieuwe gebruiker hoe een geval
 * eruitziet. Een test controleert dat elk voorbeeld een beslissing geeft.
 */
export const VOORBEELDINVOER: Readonly<Record<string, object>> = {
  herkomst: { gemeenteVanHerkomst: 'Wierden', regio: 'almelo', peildatum: '2024-05-01' },
  versnelfonds: { ingediendOp: '2025-04-05T14:30:00+02:00', vorm: 'gift', bedragInCenten: 80000, gemeenteVanHerkomst: 'Wierden', voorliggendeVoorzieningenBenut: true, voorkomtOfVerkortOpvang: true, verwachteBesparingInCenten: 450000, schulden: false },
  schuldhulp: { fase: 'opvang', schulden: true, schuldhulpverlening: 'geen' },
  'alternatieve-bewindvoering': { fase: 'dreigend', handeling: 'starten', toestemming: true },
  regisseur: { fase: 'opvang', betrokkenOrganisaties: [{ naam: 'Wijkteam', contacturenPerMaand: 8 }] },
  verblijfstermijn: { regio: 'ijssel-vecht', opvangvorm: 'acute-opvang', startdatum: '2026-05-03', gemeenteVanHerkomst: 'Almelo', peildatum: '2026-05-04' },
  situatie: { woonsituatie: 'familie-of-vrienden' },
  woningaanbod: { regio: 'almelo', aangemeldOp: '2026-03-02', peildatum: '2026-06-01', woningAangeboden: false },
};

function voorbeelden(): string {
  return Object.keys(REGELS)
    .map((id) => `  ${id.padEnd(27)} echo '${JSON.stringify(VOORBEELDINVOER[id])}' | opvangregels beoordeel ${id} -`)
    .join('\n');
}

const HULP: Readonly<Record<Taal, () => string>> = {
  nl: () => `opvangregels: regels van de maatschappelijke opvang

Gebruik:
  opvangregels beoordeel <regel> <bestand.json|->  [--json] [--taal nl|en]
                         [--beleid <beleid.json>] [--uitgesloten-statussen <s1,s2>]
                         [--parallel <n>]
  opvangregels brief <versnelfonds|verblijfstermijn> <bestand.json|->
                         --gemeente <gemeente.json> [--datum JJJJ-MM-DD]
                         [dezelfde opties als beoordeel]
  opvangregels serve  [--poort 8080] [--adres 127.0.0.1] [--beleid <beleid.json>]
                         [--werkers <n>] [--tijdslimiet <seconden>]
  opvangregels vectoren --tegen <url>  [--regel <regel>] [--junit <rapport.xml>]
  opvangregels vergelijk <regel> <gevallen.csv|.json|.jsonl|->  --beleid <a> --beleid <b>
                         [--json] [--uitgesloten-statussen <s1,s2>]
  opvangregels schema <regel|beleid>
  opvangregels beleid controleer <beleid.json|almelo|ijssel-vecht>  [--json]
                         [--binnen <dagen> [--peildatum JJJJ-MM-DD]]
  opvangregels regels  [--json]
  opvangregels --version | -v
  opvangregels --help | -h  [--taal en]

beoordeel  beoordeelt de invoer en print de motivering. Eén object = één geval. Een
           lijst of JSON Lines = een batch: één regel per geval op stdout, vooraan het
           regelnummer van de invoer, en na de regels een samenvatting op stderr. In JSON
           Lines is een kapotte regel één fout en gaat het lezen door bij de volgende
           regel; een regel mag hoogstens 1 MiB zijn. '-' leest stdin.
           --json: per geval {"regelnummer", "succes": true, "beoordeling"} of
           {"regelnummer", "succes": false, "fouten": [{"pad", "melding"}]}; één geval
           ingesprongen, een batch één object per regel (JSON Lines).
           --taal en: de motivering, de meldingen en de samenvatting in het Engels.
           Regio-ids in de invoer mogen met hoofdletters ('IJssel-Vecht').
           --beleid geeft een eigen beleid (eigen regio's, documenten, waarden,
           regels) aan de regel; een ongeldig beleid geeft exitcode 2 met pad en
           melding per fout.
           --uitgesloten-statussen: waarden met deze statussen niet toepassen
           (standaard ambitie,planningsaanname; '' past elke status toe).
           --parallel n: een batch met n werkers tegelijk (standaard: het aantal cores;
           1 beslist zonder werkers). De uitvoer is dezelfde, in de volgorde van de invoer.
brief      beoordeelt zoals 'beoordeel' en print de brief aan de cliënt: het besluit,
           de redenen, wat er nu gebeurt en de bezwaarclausule. --gemeente: een
           JSON-bestand {"naam", "adres"?, "telefoon"?, "bezwaaradres"} van de gemeente
           die de brief stuurt; --datum: de datum van de brief (standaard vandaag).
           Eén geval: de brief op stdout, de aandachtspunten voor de medewerker op
           stderr. Een batch: per geval 'regelnummer<TAB>uitkomst' en de brief eronder,
           ingesprongen. --json: ook de beoordeling en de brief in delen. Het volledige
           verslag voor het dossier geeft 'beoordeel'.
serve      start de regels als HTTP-dienst: POST /v1/<regel>/beoordelingen met
           {"invoer", "opties"?}, POST /v1/<regel>/brieven, GET /v1/regels, het contract
           op /v1/openapi.json. Fouten als application/problem+json. --beleid: het
           standaardbeleid (bij de start gecontroleerd; exitcode 2 met paden). --werkers:
           threads die beslissen als de dienst het druk heeft (standaard cores - 1,
           op 2 cores of minder 0). --tijdslimiet: seconden voor een verzoek (10).
           Stopt netjes bij SIGTERM of Ctrl-C.
vectoren   draait de meegeleverde testvectoren tegen elk systeem met hetzelfde
           HTTP-contract (--tegen http://host:poort): per vector ok of FAALT met de
           verschillen, alleen het contract (geen boekhouding van deze bibliotheek).
           --junit: ook een JUnit XML-rapport. Exitcode 0 als alles slaagt, anders 1.
vergelijk  beslist elk geval onder beleid A en onder beleid B (elk een bestand, een
           ingebouwd beleid zoals almelo, of 'ingebouwd') en print de gevallen die anders
           uitkomen, de overgangen en (versnelfonds) het totaal toegekend. Gevallen als
           CSV met een kopregel, JSON of JSON Lines; een ongeldig geval stopt de run niet.
schema     print het JSON Schema van de invoer van een regel, of met 'beleid' dat
           van een beleidsbestand (ook in opvangregels/schema/beleid.json).
beleid     'beleid controleer' controleert een beleidsbestand (of toont een ingebouwd
           beleid) en print per document, regio en parameter de perioden, waarden en
           statussen. Met --binnen n: wat binnen n dagen na vandaag (of --peildatum)
           afloopt en wat al is afgelopen; exitcode 4 als er iets afloopt.
regels     print de regels met hun criteria (--json: als JSON).

Regels (hoofdletters maken niet uit), elk met een voorbeeld:
${voorbeelden()}

Exitcodes: 0 gelukt, 2 ongeldige invoer (met pad en melding per veld), 3 geen beleid in
werking op de datum van het geval (met wat te doen), 4 let op: 'beleid controleer --binnen'
vond iets dat afloopt, 1 anders. Een batch geeft de ernstigste: 1, dan 2, dan 3, dan 0.`,
  en: () => `opvangregels: the rules of Dutch shelter care (maatschappelijke opvang)

Usage:
  opvangregels beoordeel <rule> <file.json|->  [--json] [--taal nl|en]
                         [--beleid <policy.json>] [--uitgesloten-statussen <s1,s2>]
                         [--parallel <n>]
  opvangregels brief <versnelfonds|verblijfstermijn> <file.json|->
                         --gemeente <municipality.json> [--datum YYYY-MM-DD]
                         [the same options as beoordeel]
  opvangregels serve  [--poort 8080] [--adres 127.0.0.1] [--beleid <policy.json>]
                         [--werkers <n>] [--tijdslimiet <seconds>]
  opvangregels vectoren --tegen <url>  [--regel <rule>] [--junit <report.xml>]
  opvangregels vergelijk <rule> <cases.csv|.json|.jsonl|->  --beleid <a> --beleid <b>
                         [--json] [--uitgesloten-statussen <s1,s2>]
  opvangregels schema <rule|beleid>
  opvangregels beleid controleer <policy.json|almelo|ijssel-vecht>  [--json]
                         [--binnen <days> [--peildatum YYYY-MM-DD]]
  opvangregels regels  [--json]
  opvangregels --version | -v
  opvangregels --help | -h  [--taal en]

beoordeel  decides the input and prints the motivation. One object = one case. An array
           or JSON Lines = a batch: one line per case on stdout, starting with the input's
           line number, and after the lines a summary on stderr. In JSON Lines a broken
           line is one error and reading goes on with the next line; a line may be at
           most 1 MiB. '-' reads stdin.
           --json: per case {"regelnummer", "succes": true, "beoordeling"} or
           {"regelnummer", "succes": false, "fouten": [{"pad", "melding"}]}; one case
           indented, a batch one object per line (JSON Lines).
           --taal en: the motivation, the messages and the summary in English.
           Region ids in the input may use capitals ('IJssel-Vecht').
           --beleid passes an own policy (own regions, documents, values, rules) to
           the rule; an invalid policy gives exit code 2 with a path and message per
           error.
           --uitgesloten-statussen: do not apply values with these statuses (default
           ambitie,planningsaanname; '' applies every status).
           --parallel n: a batch with n workers at once (default: the number of cores;
           1 decides without workers). The output is the same, in the order of the input.
brief      decides like 'beoordeel' and prints the letter to the client: the decision, the
           reasons, what happens next and the objection clause. --gemeente: a JSON file
           {"naam", "adres"?, "telefoon"?, "bezwaaradres"} of the municipality that sends
           the letter; --datum: the date of the letter (default today). One case: the
           letter on stdout, the points for the case worker on stderr. A batch: per case
           'line number<TAB>outcome' and the letter below it, indented. --json: also the
           decision and the letter in parts. The full account for the file is what
           'beoordeel' prints.
serve      starts the rules as an HTTP service: POST /v1/<rule>/beoordelingen with
           {"invoer", "opties"?}, POST /v1/<rule>/brieven, GET /v1/regels, the contract at
           /v1/openapi.json. Errors as application/problem+json. --beleid: the default
           policy (checked at start; exit code 2 with paths). --werkers: threads that
           decide when the service is busy (default cores - 1; 0 on 2 cores or fewer).
           --tijdslimiet: seconds for a request (10).
           Stops cleanly on SIGTERM
           or Ctrl-C.
vectoren   runs the shipped test vectors against any system with the same HTTP
           contract (--tegen http://host:port): per vector ok or FAILS with the
           differences, the contract only (no bookkeeping of this library). --junit: also a
           JUnit XML report. Exit code 0 if all pass, 1 otherwise.
vergelijk  decides every case under policy A and under policy B (each a file, a built-in
           policy such as almelo, or 'ingebouwd') and prints the cases that come out
           differently, the transitions and (versnelfonds) the total granted. Cases as CSV
           with a header row, JSON or JSON Lines; an invalid case does not stop the run.
schema     prints the JSON Schema of a rule's input, or with 'beleid' that of a policy file
           (also in opvangregels/schema/beleid.json).
beleid     'beleid controleer' checks a policy file (or shows a built-in policy) and prints,
           per document, region and parameter, the periods, values and statuses. With
           --binnen n: what ends within n days after today (or --peildatum) and what has
           already ended; exit code 4 if something ends.
regels     prints the rules with their criteria (--json: as JSON).

Rules (case does not matter), each with an example:
${voorbeelden()}

Exit codes: 0 success, 2 invalid input (with a path and message per field), 3 no policy in
force on the case's date (with what to do), 4 attention: 'beleid controleer --binnen' found
something that ends, 1 otherwise. A batch gives the most serious: 1, then 2, then 3, then 0.`,
};

/**
 * Voert de CLI uit met de gegeven argumenten (zonder `node` en scriptnaam).
 *
 * @returns de exitcode
 */
export async function voerUit(argumenten: string[], omgeving: Omgeving): Promise<number> {
  let geparst;
  const gevraagdeTaal = taalVan(argumenten);
  try {
    geparst = parseArgs({
      args: argumenten,
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        taal: { type: 'string', default: 'nl' },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
        versie: { type: 'boolean', default: false },
        beleid: { type: 'string', multiple: true },
        'uitgesloten-statussen': { type: 'string' },
        parallel: { type: 'string' },
        binnen: { type: 'string' },
        peildatum: { type: 'string' },
        gemeente: { type: 'string' },
        datum: { type: 'string' },
        poort: { type: 'string' },
        tegen: { type: 'string' },
        junit: { type: 'string' },
        regel: { type: 'string' },
        adres: { type: 'string' },
        werkers: { type: 'string' },
        tijdslimiet: { type: 'string' },
      },
    });
  } catch (fout) {
    return gebruiksfout(omgeving, parsefout(fout, gevraagdeTaal), gevraagdeTaal);
  }
  const { values: opties, positionals } = geparst;
  if (opties.version || opties.versie) {
    await omgeving.schrijf(`${omgeving.versie}\n`);
    return EXIT.gelukt;
  }
  const [opdracht, ...rest] = positionals;
  // De taal is niet te kiezen, dus in beide.
  if (opties.taal !== 'nl' && opties.taal !== 'en') return gebruiksfout(omgeving, `onbekende taal '${opties.taal}': kies nl of en (unknown language: choose nl or en)`, 'nl');
  const taal: Taal = opties.taal;
  const teksten = TEKSTEN[taal];
  if (opties.help || opdracht === undefined || opdracht === 'help') {
    await omgeving.schrijf(`${HULP[taal]()}\n`);
    return opdracht === undefined && !opties.help ? EXIT.fout : EXIT.gelukt;
  }

  if (opdracht !== 'beleid' && (opties.binnen !== undefined || opties.peildatum !== undefined)) return gebruiksfout(omgeving, teksten.alleenBijControleer, taal);
  // Twee keer --beleid is er alleen bij 'vergelijk' (het ene en het andere beleid).
  if (opdracht !== 'vergelijk' && (opties.beleid?.length ?? 0) > 1) return gebruiksfout(omgeving, teksten.eenBeleid, taal);
  const beleidsbestand = opties.beleid?.[0];
  if (opdracht !== 'brief' && (opties.gemeente !== undefined || opties.datum !== undefined)) return gebruiksfout(omgeving, teksten.alleenBijBrief, taal);
  if (opdracht !== 'vectoren' && (opties.tegen !== undefined || opties.junit !== undefined || opties.regel !== undefined)) return gebruiksfout(omgeving, teksten.alleenBijVectoren, taal);
  if (opdracht !== 'serve' && (opties.poort !== undefined || opties.adres !== undefined || opties.werkers !== undefined || opties.tijdslimiet !== undefined)) return gebruiksfout(omgeving, teksten.alleenBijServe, taal);

  switch (opdracht) {
    case 'regels':
      if (rest.length > 0) return gebruiksfout(omgeving, teksten.regelsZonderArgumenten, taal);
      await omgeving.schrijf(opties.json ? `${JSON.stringify(regelsAlsJson(taal), null, 2)}\n` : beschrijfRegels(taal));
      return EXIT.gelukt;
    case 'schema': {
      if (rest.length !== 1) return gebruiksfout(omgeving, teksten.gebruikSchema, taal);
      if (rest[0] === 'beleid') {
        await omgeving.schrijf(`${JSON.stringify(beleidJsonSchema(), null, 2)}\n`);
        return EXIT.gelukt;
      }
      const regel = controleerRegel(rest[0]!, taal, omgeving);
      if (!regel) return EXIT.fout;
      await omgeving.schrijf(`${JSON.stringify(invoerJsonSchema(regel.beschrijving.id), null, 2)}\n`);
      return EXIT.gelukt;
    }
    case 'beleid':
      if (rest.length !== 2 || rest[0] !== 'controleer') return gebruiksfout(omgeving, teksten.gebruikBeleid, taal);
      return controleerBeleid(rest[1]!, opties, taal, omgeving);
    case 'vergelijk': {
      if (rest.length !== 2 || opties.beleid?.length !== 2) return gebruiksfout(omgeving, teksten.gebruikVergelijk, taal);
      const regel = controleerRegel(rest[0]!, taal, omgeving);
      if (!regel) return EXIT.fout;
      const statussen = opties['uitgesloten-statussen'] === undefined ? undefined : leesStatussen(opties['uitgesloten-statussen'], taal, omgeving);
      if (typeof statussen === 'number') return statussen;
      const varianten: Array<Regelopties | undefined> = [];
      for (const bron of opties.beleid) {
        // 'ingebouwd': het ingebouwde beleid van de regel; een ingebouwd id: dat beleid; anders een bestand.
        const beleid: Beleid | 'ingebouwd' | number = bron === 'ingebouwd' ? 'ingebouwd' : Object.hasOwn(INGEBOUWD_BELEID, bron) ? INGEBOUWD_BELEID[bron as BeleidId] : (await leesBeleid(bron, taal, omgeving).then((gelezen) => (typeof gelezen === 'number' ? gelezen : gelezen.beleid)));
        if (typeof beleid === 'number') return beleid;
        const regelopties: Regelopties = { ...(beleid !== 'ingebouwd' ? { beleid } : {}), ...(statussen ? { uitgeslotenStatussen: statussen } : {}) };
        varianten.push(Object.keys(regelopties).length > 0 ? regelopties : undefined);
      }
      return vergelijkBestand(regel, rest[1]!, varianten[0], varianten[1], opties.json, taal, omgeving);
    }
    case 'vectoren':
      if (rest.length > 0 || opties.tegen === undefined || !omgeving.vectorbestanden) return gebruiksfout(omgeving, teksten.gebruikVectoren, taal);
      return vectorenTegen(opties.tegen, opties.regel, opties.junit, taal, omgeving);
    case 'serve': {
      if (rest.length > 0 || !omgeving.stop) return gebruiksfout(omgeving, teksten.gebruikServe, taal);
      const poort = Number(opties.poort ?? '8080');
      if (!/^\d+$/.test(opties.poort ?? '8080') || poort > 65535) return gebruiksfout(omgeving, teksten.poort(opties.poort ?? ''), taal);
      // Standaard cores - 1 werkers, maar geen op 2 cores of minder: daar gaf een werker minder
      // verzoeken per seconde dan geen (docs/prestaties.md, `npm run bench:dienst`).
      const kernen = omgeving.kernen ?? 1;
      const werkers = opties.werkers === undefined ? (kernen <= 2 ? 0 : Math.min(kernen - 1, MAX_WERKERS)) : Number(opties.werkers);
      if (!/^\d+$/.test(opties.werkers ?? '0') || werkers > MAX_WERKERS) return gebruiksfout(omgeving, teksten.werkers, taal);
      const seconden = Number(opties.tijdslimiet ?? TIJDSLIMIET / 1000);
      if (!/^\d+$/.test(opties.tijdslimiet ?? '10') || seconden < 1 || seconden > 600) return gebruiksfout(omgeving, teksten.tijdslimiet, taal);
      // Het beleid wordt bij de start gecontroleerd: een fout geeft exitcode 2 met paden, vóór er iets luistert.
      const beleid = beleidsbestand === undefined ? undefined : await leesBeleid(beleidsbestand, taal, omgeving);
      if (typeof beleid === 'number') return beleid;
      return startDienst(
        { ...(beleid ? { beleid } : {}), werkers, maxInhoud: MAX_INHOUD, tijdslimiet: seconden * 1000, pakketversie: omgeving.versie, ...(process.env.OPVANGREGELS_FOUTPROEF_WERKER ? { foutproef: process.env.OPVANGREGELS_FOUTPROEF_WERKER } : {}) },
        { poort, adres: opties.adres ?? '127.0.0.1' },
        (tekst) => omgeving.meld(tekst),
        omgeving.stop,
      );
    }
    case 'beoordeel':
    case 'brief': {
      const isBrief = opdracht === 'brief';
      if (rest.length !== 2 || (isBrief && opties.gemeente === undefined)) return gebruiksfout(omgeving, isBrief ? teksten.gebruikBrief : teksten.gebruikBeoordeel, taal);
      const regel = controleerRegel(rest[0]!, taal, omgeving);
      if (!regel) return EXIT.fout;
      if (isBrief && !REGELS_MET_BRIEF.includes(regel.beschrijving.id)) return gebruiksfout(omgeving, teksten.briefRegel(rest[0]!), taal);
      const parallel = opties.parallel === undefined ? Math.min(Math.max(1, omgeving.kernen ?? 1), MAX_WERKERS) : Number(opties.parallel);
      if (!/^\d+$/.test(opties.parallel ?? '1') || parallel < 1 || parallel > MAX_WERKERS) return gebruiksfout(omgeving, teksten.parallel, taal);
      const gegevens = isBrief ? await leesBriefgegevens(opties.gemeente!, opties.datum, taal, omgeving) : undefined;
      if (typeof gegevens === 'number') return gegevens;
      const gelezen = await leesRegelopties(beleidsbestand, opties['uitgesloten-statussen'], taal, omgeving);
      if (typeof gelezen === 'number') return gelezen;
      return beoordeelBestand(regel, rest[1]!, { vorm: { json: opties.json, taal, ...(gegevens ? { brief: gegevens } : {}) }, ...gelezen, parallel }, omgeving);
    }
    default:
      return gebruiksfout(omgeving, teksten.onbekendeOpdracht(opdracht), taal);
  }
}

/** De grootste inhoud van een verzoek aan de dienst: 1 MiB (een eigen beleid in `opties` past ruim). */
const MAX_INHOUD = 1 << 20;
/** Hoe lang een verzoek mag doen over binnenkomen: standaard 10 s (`--tijdslimiet`). */
const TIJDSLIMIET = 10_000;

/** De regels met een brief aan de cliënt (SPEC §2.10). */
const REGELS_MET_BRIEF: readonly string[] = ['versnelfonds', 'verblijfstermijn'];

/** Een gemeentebestand is klein: naam, adres, telefoon en bezwaaradres. */
const MAX_GEMEENTEBESTAND = 64 * 1024;

/**
 * De gegevens van de brief: de gemeente uit `--gemeente` (een JSON-object `{ naam, adres?,
 * telefoon?, bezwaaradres }`), de datum uit `--datum` (standaard vandaag) en de taal uit
 * `--taal`. Eenmaal gecontroleerd vóór het eerste geval; een fout geeft exitcode 2 met de paden
 * in het bestand (`naam`, `bezwaaradres`), een verkeerde `--datum` exitcode 1.
 */
async function leesBriefgegevens(bestand: string, datum: string | undefined, taal: Taal, omgeving: Omgeving): Promise<GecontroleerdeBriefgegevens | number> {
  if (datum !== undefined && !isKalenderdatum(datum)) return gebruiksfout(omgeving, TEKSTEN[taal].datum(datum), taal);
  let gelezen;
  try {
    gelezen = await leesJsonBestand(omgeving.lees(bestand), MAX_GEMEENTEBESTAND);
  } catch (fout) {
    return leesfout(fout, bestand, taal, omgeving);
  }
  let fouten: readonly Veldfout[];
  if ('fout' in gelezen) fouten = [gelezen.fout];
  else {
    try {
      return controleerBriefgegevens({ gemeente: gelezen.json, datum: datum ?? omgeving.vandaag?.() ?? amsterdamseDatum(new Date()), taal });
    } catch (fout) {
      if (!(fout instanceof OngeldigeInvoerFout)) throw fout;
      // De paden in het bestand: `naam`, niet `gegevens.gemeente.naam`.
      fouten = fout.fouten.map((veldfout) => ({ ...veldfout, pad: veldfout.pad.replace(/^gegevens\.gemeente\.?/, '') }));
    }
  }
  omgeving.meld(`${TEKSTEN[taal].ongeldigeGemeente(ontsnap(bestand))}\n${veldfoutregels(fouten, taal)}\n`);
  return EXIT.ongeldigeInvoer;
}

/**
 * `vergelijk`: de gevallen van een bestand (JSON, JSON Lines, of CSV met een kopregel: herkend aan
 * `.csv` of aan een eerste regel die geen JSON is) onder beleid A en B; per anders beslist geval
 * een regel, dan de overgangen en (versnelfonds) de totalen. Exitcode 0, ook als er gevallen
 * ongeldig zijn (ze staan in de uitvoer); 1 als het bestand niet te lezen is.
 */
async function vergelijkBestand(regel: Regel, bron: string, a: Regelopties | undefined, b: Regelopties | undefined, json: boolean, taal: Taal, omgeving: Omgeving): Promise<number> {
  const teksten = TEKSTEN[taal];
  let gevallen: Geval[];
  try {
    const delen: string[] = [];
    const decoder = new TextDecoder();
    for await (const deel of omgeving.lees(bron)) delen.push(typeof deel === 'string' ? deel : decoder.decode(deel, { stream: true }));
    gevallen = await leesGevallen(delen.join('') + decoder.decode(), bron, invoerJsonSchema(regel.beschrijving.id));
  } catch (fout) {
    return leesfout(fout, bron, taal, omgeving);
  }
  const uitslag = vergelijkGevallen(regel, gevallen, a, b);
  if (json) {
    await omgeving.schrijf(`${veiligeJson(uitslag)}\n`);
    return EXIT.gelukt;
  }
  const waarde = (w: unknown) => (typeof w === 'number' && regel.beschrijving.id === 'versnelfonds' ? schrijfBedrag(w, taal) : w === null || w === undefined ? '–' : ontsnap(String(w)));
  const regels = uitslag.gewijzigd.map((verschil) =>
    [
      `${teksten.regelnummer} ${verschil.regelnummer}: ${ontsnap(verschil.uitkomst[0])} → ${ontsnap(verschil.uitkomst[1])}`,
      ...(verschil.waarde ? [`${waarde(verschil.waarde[0])} → ${waarde(verschil.waarde[1])}`] : []),
      ...verschil.criteria.map((criterium) => `${criterium.regel}: ${criterium.voor ?? '–'} → ${criterium.na ?? '–'}`),
    ].join('; '),
  );
  const ongeldig = uitslag.ongeldig.map(({ regelnummer, fouten }) => `${teksten.regelnummer} ${regelnummer}: ${taal === 'nl' ? 'ongeldig' : 'invalid'}: ${fouten.map((fout) => veldfoutTekst(fout, taal)).join('; ')}`);
  const overgangen = Object.entries(uitslag.overgangen).sort(([, x], [, y]) => y - x).map(([overgang, aantal]) => `  ${ontsnap(overgang)}: ${aantal}`);
  const totaal = uitslag.totaalToegekend ? [teksten.totaal(schrijfBedrag(uitslag.totaalToegekend.voor, taal), schrijfBedrag(uitslag.totaalToegekend.na, taal))] : [];
  await omgeving.schrijf(`${[...regels, ...ongeldig, '', teksten.vergelijkKop(uitslag.aantal, uitslag.gewijzigd.length, uitslag.ongeldig.length), teksten.overgangen, ...overgangen, ...totaal].join('\n')}\n`);
  return EXIT.gelukt;
}

/**
 * `vectoren --tegen <url>`: elke meegeleverde vector (of die van `--regel`) tegen het systeem op
 * `url`; per vector een regel op stdout (`ok` of `FAALT` met de verschillen), per regel een
 * samenvatting op stderr, en met `--junit` een JUnit XML-rapport. Exitcode 0 als alles slaagt, 1 anders;
 * antwoordt er niets op `url`, dan één melding (en geen rapport), ook exitcode 1.
 */
async function vectorenTegen(tegen: string, regelId: string | undefined, junit: string | undefined, taal: Taal, omgeving: Omgeving): Promise<number> {
  const teksten = TEKSTEN[taal];
  let basis: URL;
  try {
    basis = new URL(tegen);
  } catch {
    return gebruiksfout(omgeving, teksten.tegen(tegen), taal);
  }
  if (basis.protocol !== 'http:' && basis.protocol !== 'https:') return gebruiksfout(omgeving, teksten.tegen(tegen), taal);
  let bestanden = await omgeving.vectorbestanden!();
  if (regelId !== undefined) {
    const regel = controleerRegel(regelId, taal, omgeving);
    if (!regel) return EXIT.fout;
    bestanden = bestanden.filter((bestand) => bestand.json.regel === regel.beschrijving.id);
  }
  const url = basis.href.replace(/\/+$/, '');
  const haal = omgeving.haal ?? (fetch as unknown as Haal);
  const bereikbaar = bestanden[0] ? await antwoordtOp(url, bestanden[0], haal) : true;
  if (bereikbaar !== true) {
    omgeving.meld(`opvangregels: ${teksten.onbereikbaar(ontsnap(url), bereikbaar)}\n`);
    return EXIT.fout;
  }
  const verslagen = await voerVectorenUitTegen(url, bestanden, haal);
  for (const verslag of verslagen) {
    const regels = verslag.uitslagen.map((uitslag) => (uitslag.geslaagd ? `ok\t${verslag.regel}\t${ontsnap(uitslag.naam)}` : `${teksten.faalt}\t${verslag.regel}\t${ontsnap(uitslag.naam)}\n${uitslag.verschillen.map((verschil) => `  - ${ontsnap(verschil)}`).join('\n')}`));
    await omgeving.schrijf(`${regels.join('\n')}\n`);
  }
  omgeving.meld(`${verslagen.map((verslag) => teksten.vectorSamenvatting(verslag.regel, verslag.geslaagd, verslag.totaal)).join('\n')}\n`);
  if (junit !== undefined) await omgeving.schrijfBestand!(junit, junitXml(verslagen, url));
  return verslagen.every((verslag) => verslag.geslaagd === verslag.totaal) ? EXIT.gelukt : EXIT.fout;
}

/** De opties van `beleid controleer`. */
interface Controleeropties {
  json: boolean;
  binnen?: string | undefined;
  peildatum?: string | undefined;
  'uitgesloten-statussen'?: string | undefined;
}

/**
 * `beleid controleer <bestand|almelo|ijssel-vecht>`: zonder `--binnen` wat het beleid vastlegt;
 * met `--binnen n` wat binnen n dagen na de peildatum (standaard vandaag) afloopt, met exitcode
 * 4 als er iets afloopt (0 als niet). Een ingebouwd id gaat voor een bestand met die naam (dat
 * geeft u als `./almelo`).
 */
async function controleerBeleid(bron: string, opties: Controleeropties, taal: Taal, omgeving: Omgeving): Promise<number> {
  const teksten = TEKSTEN[taal];
  if (opties.binnen === undefined && opties.peildatum !== undefined) return gebruiksfout(omgeving, teksten.peildatumZonderBinnen, taal);
  if (opties.binnen !== undefined && (!/^\d{1,6}$/.test(opties.binnen) || Number(opties.binnen) > MAXIMAAL_AANTAL)) return gebruiksfout(omgeving, teksten.binnen(opties.binnen), taal);
  if (opties.peildatum !== undefined && !isKalenderdatum(opties.peildatum)) return gebruiksfout(omgeving, teksten.peildatum(opties.peildatum), taal);
  let uitgeslotenStatussen: Waardestatus[] | undefined;
  if (opties.binnen !== undefined && opties['uitgesloten-statussen'] !== undefined) {
    const gelezen = leesStatussen(opties['uitgesloten-statussen'], taal, omgeving);
    if (typeof gelezen === 'number') return gelezen;
    uitgeslotenStatussen = gelezen;
  }

  const ingebouwd = Object.hasOwn(INGEBOUWD_BELEID, bron);
  let beleid: Beleid;
  if (ingebouwd) beleid = INGEBOUWD_BELEID[bron as BeleidId];
  else {
    const gelezen = await leesBeleid(bron, taal, omgeving);
    if (typeof gelezen === 'number') return gelezen;
    beleid = gelezen.beleid;
  }
  if (opties.binnen === undefined) {
    await omgeving.schrijf(opties.json ? `${veiligeJson(beleid, 2)}\n` : beschrijfBeleid(beleid, ingebouwd));
    return EXIT.gelukt;
  }

  // De CLI leest de klok; aflopendeWaarden zelf niet (de bibliotheek is puur).
  const peildatum = opties.peildatum ?? omgeving.vandaag?.() ?? amsterdamseDatum(new Date());
  let overzicht;
  try {
    overzicht = aflopendeWaarden(beleid, peildatum, Number(opties.binnen), uitgeslotenStatussen === undefined ? undefined : { uitgeslotenStatussen });
  } catch (fout) {
    // Alleen een grens na het jaar 9999 kan hier nog: de rest is hierboven gecontroleerd.
    if (!(fout instanceof OngeldigeInvoerFout)) throw fout;
    return gebruiksfout(omgeving, `--binnen: ${melding(fout.fouten[0]!.melding, taal)}`, taal);
  }
  await omgeving.schrijf(opties.json ? `${veiligeJson(overzicht, 2)}\n` : beschrijfAflopend(overzicht, taal));
  return overzicht.lopenAf.length > 0 ? EXIT.letOp : EXIT.gelukt;
}

/**
 * Leest en controleert een beleidsbestand; bij een fout de exitcode (2 met pad en melding per
 * fout; 1 als het bestand niet te lezen is).
 */
async function leesBeleid(bestand: string, taal: Taal, omgeving: Omgeving): Promise<{ beleid: Beleid; bron: unknown } | number> {
  let gelezen;
  try {
    gelezen = await leesBeleidsbestand(omgeving.lees(bestand));
  } catch (fout) {
    return leesfout(fout, bestand, taal, omgeving);
  }
  if (gelezen.beleid) return gelezen;
  omgeving.meld(`${TEKSTEN[taal].ongeldigBeleid(ontsnap(bestand))}\n${veldfoutregels(gelezen.fouten, taal)}\n`);
  return EXIT.ongeldigeInvoer;
}

/** Wat --beleid en --uitgesloten-statussen geven: de opties, en de JSON van het beleid voor de werkers. */
interface GelezenOpties {
  regelopties?: Regelopties;
  beleidsbron?: unknown;
}

/** De opties van --beleid en --uitgesloten-statussen, of een exitcode; leeg als geen van beide is gegeven. */
async function leesRegelopties(beleid: string | undefined, statussen: string | undefined, taal: Taal, omgeving: Omgeving): Promise<GelezenOpties | number> {
  if (beleid === undefined && statussen === undefined) return {};
  const regelopties: { beleid?: Beleid; uitgeslotenStatussen?: Waardestatus[] } = {};
  if (statussen !== undefined) {
    const gekozen = leesStatussen(statussen, taal, omgeving);
    if (typeof gekozen === 'number') return gekozen;
    regelopties.uitgeslotenStatussen = gekozen;
  }
  if (beleid === undefined) return { regelopties };
  const gelezen = await leesBeleid(beleid, taal, omgeving);
  if (typeof gelezen === 'number') return gelezen;
  regelopties.beleid = gelezen.beleid;
  return { regelopties, beleidsbron: gelezen.bron };
}

/** De statussen van `--uitgesloten-statussen` (komma's; `''` is geen enkele), of exitcode 2 bij een onbekende status. */
function leesStatussen(statussen: string, taal: Taal, omgeving: Omgeving): Waardestatus[] | number {
  const gekozen = statussen.split(',').map((status) => status.trim()).filter((status) => status !== '');
  const onbekend = gekozen.filter((status) => !(WAARDESTATUSSEN as readonly string[]).includes(status));
  if (onbekend.length === 0) return gekozen as Waardestatus[];
  omgeving.meld(`${TEKSTEN[taal].ongeldigeInvoer}\n  - ${TEKSTEN[taal].onbekendeStatussen(onbekend.length, WAARDESTATUSSEN.join(', '))}\n`);
  return EXIT.ongeldigeInvoer;
}

/**
 * Een bestand dat niet te lezen is: een melding met de naam (ontsnapt door {@link gebruiksfout},
 * zodat een stuurteken in een bestandsnaam de terminal niet bereikt; een lange naam ingekort) en
 * exitcode 1. Een fout zonder foutcode van het systeem is geen leesfout en gaat door.
 */
function leesfout(fout: unknown, bestand: string, taal: Taal, omgeving: Omgeving): number {
  const code = (fout as NodeJS.ErrnoException | null)?.code;
  const naam = bestand.length > 200 ? `${bestand.slice(0, 200)}…` : bestand;
  if (code === 'ENOENT') return gebruiksfout(omgeving, TEKSTEN[taal].nietGevonden(naam), taal);
  if (code === 'EISDIR') return gebruiksfout(omgeving, TEKSTEN[taal].isMap(naam), taal);
  if (typeof code === 'string' && /^E[A-Z0-9]+$/.test(code)) return gebruiksfout(omgeving, TEKSTEN[taal].nietTeLezen(naam, code), taal);
  throw fout;
}

function gebruiksfout(omgeving: Omgeving, tekst: string, taal: Taal): number {
  omgeving.meld(`opvangregels: ${ontsnap(tekst)}\n${TEKSTEN[taal].zieHulp}\n`); // de tekst kan argumenten herhalen
  return EXIT.fout;
}

/** Een regel op id; hoofdletters maken niet uit (`Herkomst` is `herkomst`). */
function controleerRegel(id: string, taal: Taal, omgeving: Omgeving): Regel | undefined {
  try {
    return zoekRegel(id.toLowerCase());
  } catch (fout) {
    omgeving.meld(`opvangregels: ${ontsnap(melding((fout as OngeldigeInvoerFout).fouten[0]!.melding, taal))} ${TEKSTEN[taal].gegeven(ontsnap(id))}\n`);
    return undefined;
  }
}

function beschrijfRegels(taal: Taal): string {
  return Object.values(REGELS)
    .map(({ beschrijving }) => {
      const criteria = beschrijving.criteria.map((criterium) => `    ${criterium.id}: ${criterium.voldaanAls[taal]}`).join('\n');
      return `${beschrijving.id} (${beschrijving.functie}): ${beschrijving.omschrijving[taal]}\n  ${TEKSTEN[taal].uitkomsten}: ${Object.keys(beschrijving.uitkomsten).join(', ')}\n${criteria}\n`;
    })
    .join('\n');
}

/** De veldfouten als opsomming, één per regel (zonder regeleinde aan het eind). */
function veldfoutregels(fouten: readonly Veldfout[], taal: Taal): string {
  return fouten.map((fout) => `  - ${veldfoutTekst(fout, taal)}`).join('\n');
}

/** Een blok gevallen (voor een werker, of in de CLI zelf) telt hoogstens zoveel gevallen, */
const BLOK_GEVALLEN = 256;
/** of ongeveer zoveel tekens invoer (plus één geval): zo blijft het geheugen begrensd. */
const BLOK_TEKENS = 1 << 20;
/** Tegendruk: per werker hoogstens zoveel blokken in behandeling, */
const BLOKKEN_PER_WERKER = 4;
/** en samen hoogstens zoveel tekens invoer (32 Mi); daarna wacht het lezen. */
const TEKENS_IN_BEHANDELING = 1 << 25;

interface Bestandsopties extends GelezenOpties {
  vorm: Uitvoervorm;
  /** Het aantal werkers; 1 beslist in de CLI zelf. */
  parallel: number;
}

/**
 * Beslist de gevallen van een bestand of stdin. Eén waarde is één geval (de motivering, of met
 * --json het resultaat); meer waarden zijn een batch: de gevallen gaan in blokken naar de werkers
 * (of met --parallel 1 naar {@link beoordeelBlok} in deze thread), en hun regels worden in de
 * volgorde van de invoer geschreven, met daarna de samenvatting.
 */
async function beoordeelBestand(regel: Regel, bron: string, opties: Bestandsopties, omgeving: Omgeving): Promise<number> {
  const { vorm } = opties;
  const teksten = TEKSTEN[vorm.taal];
  let eerste: Stroomwaarde | undefined;
  let batch = false;
  let aantal = 0;
  let ongeldig = 0;
  let geenBeleid = 0;
  let intern = 0;
  let gestoptOp: number | undefined;
  const perUitkomst = new Map<string, number>();
  let werkers: Werkers | undefined;
  /** De blokken bij de werkers, in de volgorde van de invoer, met hun aantal tekens invoer. */
  const inBehandeling: { antwoord: Promise<Blokantwoord>; tekens: number }[] = [];
  let tekensInBehandeling = 0;
  let blok: Stroomwaarde[] = [];
  let blokTekens = 0;

  /** Een blok uit deze thread (tekst) of van een werker (bytes). */
  const schrijfBlok = async (resultaat: Blokresultaat | Blokantwoord): Promise<void> => {
    for (const [uitkomst, keer] of resultaat.perUitkomst) perUitkomst.set(uitkomst, (perUitkomst.get(uitkomst) ?? 0) + keer);
    ongeldig += resultaat.ongeldig;
    geenBeleid += resultaat.geenBeleid;
    intern += resultaat.intern;
    await omgeving.schrijf(resultaat.uitvoer);
  };
  const schrijfOudsteBlok = async (): Promise<void> => {
    const { antwoord, tekens } = inBehandeling.shift()!;
    tekensInBehandeling -= tekens;
    await schrijfBlok(await antwoord);
  };
  const verstuurBlok = async (): Promise<void> => {
    const waarden = blok;
    const tekens = blokTekens;
    blok = [];
    blokTekens = 0;
    if (waarden.length === 0) return;
    if (opties.parallel === 1) return schrijfBlok(beoordeelBlok(regel, waarden, opties.regelopties, vorm));
    werkers ??= new Werkers(opties.parallel, {
      regel: regel.beschrijving.id,
      vorm,
      ...(opties.beleidsbron !== undefined ? { beleidsbron: opties.beleidsbron } : {}),
      ...(opties.regelopties?.uitgeslotenStatussen !== undefined ? { uitgeslotenStatussen: [...opties.regelopties.uitgeslotenStatussen] } : {}),
    }, omgeving.werker);
    const antwoord = werkers.beoordeel(waarden);
    antwoord.catch(() => {}); // de fout komt bij het wachten op dit blok; nooit als onafgehandelde afwijzing
    inBehandeling.push({ antwoord, tekens });
    tekensInBehandeling += tekens;
    while (inBehandeling.length >= opties.parallel * BLOKKEN_PER_WERKER || tekensInBehandeling >= TEKENS_IN_BEHANDELING) await schrijfOudsteBlok();
  };
  const voegToe = async (waarde: Stroomwaarde): Promise<void> => {
    blok.push(waarde);
    blokTekens += 'tekst' in waarde ? waarde.tekst.length : 0;
    if (blok.length >= BLOK_GEVALLEN || blokTekens >= BLOK_TEKENS) await verstuurBlok();
  };

  try {
    try {
      const waarden = splitsJson(omgeving.lees(bron), (stroomvorm) => {
        batch = stroomvorm === 'lijst';
      });
      for await (const waarde of waarden) {
        aantal++;
        if ('gestopt' in waarde) gestoptOp = waarde.regel;
        if (!batch && aantal === 1) {
          eerste = waarde; // nog niet te zeggen of er meer volgen
          continue;
        }
        batch = true;
        if (eerste) {
          await voegToe(eerste);
          eerste = undefined;
        }
        await voegToe(waarde);
      }
    } catch (fout) {
      if (fout instanceof Werkerfout) throw fout;
      return leesfout(fout, bron, vorm.taal, omgeving);
    }
    await verstuurBlok();
    while (inBehandeling.length > 0) await schrijfOudsteBlok();
  } catch (fout) {
    // Alleen een fout van een werker; een fout van het lezen of schrijven gaat door naar index.ts.
    if (!(fout instanceof Werkerfout)) throw fout;
    omgeving.meld(`opvangregels: ${teksten.werkerFout(ontsnap(fout.message))}\n`);
    return EXIT.fout;
  } finally {
    await werkers?.stop();
  }

  if (aantal === 0) {
    omgeving.meld(`${batch ? teksten.legeLijst : teksten.legeInvoer}\n`);
    return EXIT.ongeldigeInvoer;
  }
  if (eerste) {
    const { resultaat, intern: internFout } = beoordeelWaarde(regel, eerste, opties.regelopties);
    if (!internFout) return schrijfEnkelGeval(resultaat, vorm, omgeving);
    omgeving.meld(`opvangregels: ${melding(INTERNE_FOUT, vorm.taal)}\n`);
    return EXIT.fout;
  }

  // De samenvatting komt na de regels: meld wacht tot wat al geschreven is, is doorgegeven.
  const uitkomsten = [...perUitkomst].map(([uitkomst, keer]) => `${keer} ${ontsnap(uitkomst)}`).join(', ');
  const gestopt = gestoptOp === undefined ? '' : teksten.gestopt(gestoptOp);
  const interneFouten = intern > 0 ? teksten.interneFouten(intern) : '';
  const zonderBeleid = geenBeleid > 0 ? teksten.geenBeleid(geenBeleid) : '';
  omgeving.meld(`${teksten.samenvatting(aantal, uitkomsten, ongeldig)}${zonderBeleid}${gestopt}${interneFouten}\n`);
  // De ernstigste wint: een interne fout, dan ongeldige invoer, dan geen beleid in werking.
  if (intern > 0) return EXIT.fout;
  if (ongeldig > 0) return EXIT.ongeldigeInvoer;
  return geenBeleid > 0 ? EXIT.geenBeleid : EXIT.gelukt;
}

/**
 * Eén geval: de motivering, of met `--json` het resultaat in dezelfde vorm als een regel van een
 * batch (`{ regelnummer, succes, beoordeling }` of `{ regelnummer, succes, soort, fouten }`),
 * ingesprongen. Geen beleid in werking: de melding wat te doen, exitcode 3.
 */
async function schrijfEnkelGeval(resultaat: Gevalresultaat, vorm: Uitvoervorm, omgeving: Omgeving): Promise<number> {
  if (vorm.brief && resultaat.succes) {
    const geschreven = briefBij(resultaat.beoordeling, vorm.brief);
    if (!geschreven) {
      omgeving.meld(`opvangregels: ${melding(INTERNE_FOUT, vorm.taal)}\n`);
      return EXIT.fout;
    }
    if (vorm.json) {
      await omgeving.schrijf(`${veiligeJson({ ...resultaat, brief: geschreven }, 2)}\n`);
      return EXIT.gelukt;
    }
    // De brief op stdout (voor de cliënt); wat de medewerker moet weten op stderr.
    await omgeving.schrijf(`${geschreven.tekst}\n`);
    if (geschreven.aandachtspunten.length > 0) omgeving.meld(`${TEKSTEN[vorm.taal].aandachtspunten}\n${geschreven.aandachtspunten.map((punt) => `- ${punt}`).join('\n')}\n`);
    return EXIT.gelukt;
  }
  if (vorm.json) await omgeving.schrijf(`${veiligeJson(alsJson(resultaat, vorm.taal), 2)}\n`);
  if (resultaat.succes) {
    if (!vorm.json) await omgeving.schrijf(`${motivering(ontsmet(resultaat.beoordeling), { taal: vorm.taal })}\n`);
    return EXIT.gelukt;
  }
  if (resultaat.soort === 'geen-beleid') {
    omgeving.meld(`${geenBeleidTekst(resultaat.nietInWerking, resultaat.fouten[0]?.pad ?? '', vorm.taal)}\n`);
    return EXIT.geenBeleid;
  }
  omgeving.meld(`${TEKSTEN[vorm.taal].ongeldigeInvoer}\n${veldfoutregels(resultaat.fouten, vorm.taal)}\n`);
  return EXIT.ongeldigeInvoer;
}
