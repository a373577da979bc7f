// Statussen, bronnen, criteria en beleidswaarden in gewone woorden: gedeeld door de regelcatalogus
// (scripts/genereer-regels.ts) en de site (scripts/genereer-site.ts en het script in de browser).
// Alleen de openbare gegevens van de bibliotheek; geen bestanden, geen klok.
import { regioVanBron } from '../src/data/bronnen.js';
import {
  BELEIDSPARAMETERS,
  INGEBOUWD_BELEID,
  OPVANGVORMEN,
  OPVANGVORM_NAMEN,
  schrijfBedrag,
  schrijfDuur,
  zoekBrondocument,
  zoekRegio,
  type Beleid,
  type Bron,
  type Brondocument,
  type BrondocumentId,
  type Criteriumbeschrijving,
  type Duur,
  type EigenBrondocument,
  type Opvangvorm,
  type Parameternaam,
  type Waardestatus,
  type RegelId,
  type Woonsituatie,
  type Gebeurtenissoort,
  type Doelgroep,
} from '../src/index.js';


const STATUSNAMEN: Record<Waardestatus, string> = {
  vastgesteld: 'vastgesteld',
  praktijk: 'praktijk (een beschreven werkwijze)',
  voornemen: 'voornemen (een plan)',
  ambitie: 'ambitie (een doel, geen geldende regel)',
  planningsaanname: 'planningsaanname (een aanname om mee te plannen)',
  interpretatie: 'interpretatie (onze lezing)',
};

const STATUSUITLEG: Record<Waardestatus, string> = {
  vastgesteld: 'Een bron laat zien dat dit is vastgesteld: een wet, besluit, regeling of verordening, of een plan dat op een genoemde datum is vastgesteld.',
  praktijk: 'Zo werkt het nu, zoals een bron het beschrijft (soms een website). Het is geen vastgesteld beleid.',
  voornemen: 'Een plan zegt deze regel te willen invoeren ("die we in 2020 willen implementeren"). De bronnen laten niet zien dat het is vastgesteld.',
  ambitie: 'Een doel waar de regio naartoe werkt. Het is geen geldende regel. Een regel past een ambitie standaard niet toe.',
  planningsaanname: 'Een aanname om mee te plannen. Het is geen geldende regel. Een regel past een planningsaanname standaard niet toe.',
  interpretatie: 'Onze eigen lezing, of een datum die wij kozen, waar de bron zwijgt. De reden staat er altijd bij.',
};

/**
 * De status van een waarde of grondslag in gewone woorden, voor een lezer die de statussen niet
 * kent: het woord dat ook de brief gebruikt ("voornemen"), met een korte uitleg erbij.
 *
 * @example
 * statusNaam('voornemen') //=> 'voornemen (een plan)'
 */
export function statusNaam(status: Waardestatus): string {
  return STATUSNAMEN[status];
}

/**
 * Wat een status betekent, in één of twee korte zinnen (voor de tabel "Hoe vast staat een waarde?").
 *
 * @example
 * statusUitleg('ambitie').startsWith('Een doel') //=> true
 */
export function statusUitleg(status: Waardestatus): string {
  return STATUSUITLEG[status];
}

/**
 * De korte naam van elk ingebouwd brondocument. Het jaar komt erachter, tenzij het al in de naam
 * staat ("Wmo 2015"). Een nieuw document zonder korte naam is een typefout.
 */
export const KORTE_TITELS: Readonly<Record<BrondocumentId, string>> = {
  'integrale-ketenaanpak-mo': 'Ketenaanpak MO',
  'raadsbrief-regioplan-almelo': 'Raadsbrief regioplan Almelo',
  'weer-thuis-in-de-wijk': 'Weer thuis in de wijk',
  'visie-mo-ijssel-vecht': 'Visie MO IJssel-Vecht',
  'wmo-2015': 'Wmo 2015',
  'rvs-herstel-begint-met-een-huis': 'RVS, Herstel begint met een huis',
  'cbs-gemeenten': 'CBS-gemeentelijsten',
  'centrumregeling-ijssel-vecht': 'Centrumregeling IJssel-Vecht',
  'regio-enschede-beschermd-wonen': 'Samenwerking regio Enschede',
  'ethos-light': 'ETHOS Light',
};

/**
 * De korte naam van een brondocument met het jaar: "Ketenaanpak MO (2019)". Een eigen document
 * van een beleid heeft geen korte naam: dan de titel met het jaar. Een onbekend id blijft het id.
 *
 * @param document - het `document` van een {@link Bron}
 * @param eigenDocumenten - de eigen documenten van het beleid, als de bron daarnaar kan verwijzen
 * @example
 * korteTitel('integrale-ketenaanpak-mo') //=> 'Ketenaanpak MO (2019)'
 * korteTitel('wmo-2015') //=> 'Wmo 2015'
 */
export function korteTitel(document: string, eigenDocumenten: readonly EigenBrondocument[] = []): string {
  const ingebouwd = zoekBrondocument(document);
  if (ingebouwd) {
    const naam = KORTE_TITELS[ingebouwd.id as BrondocumentId] ?? ingebouwd.titel;
    return naam.includes(String(ingebouwd.jaar)) ? naam : `${naam} (${ingebouwd.jaar})`;
  }
  const eigen = eigenDocumenten.find((kandidaat) => kandidaat.id === document);
  return eigen ? `${eigen.titel} (${eigen.jaar})` : document;
}

/**
 * Het anker van de rij van een brondocument in de tabel "Bronnen": `bron-<id>`. Een andere
 * generator die dezelfde tabel maakt, gebruikt hetzelfde anker, zodat links blijven werken.
 *
 * @example
 * bronAnker('wmo-2015') //=> 'bron-wmo-2015'
 */
export function bronAnker(document: string): string {
  return `bron-${document}`;
}

/** Opties van {@link korteBronverwijzing}. */
export interface Verwijzingsopties {
  /** De pagina met de tabel "Bronnen"; leeg (standaard) = dezelfde pagina. */
  bronnenpagina?: string;
  /** Het citaat erachter zetten (standaard ja). */
  metCitaat?: boolean;
  /** Eigen documenten van een beleid: een bron daarnaar linkt naar de url van het document, als die er is. */
  eigenDocumenten?: readonly EigenBrondocument[];
}

/**
 * Een bron kort, in Markdown: de korte naam van het document als link naar zijn rij in de tabel
 * "Bronnen", het onderdeel en (standaard) het letterlijke citaat.
 *
 * @example
 * korteBronverwijzing({ document: 'wmo-2015', onderdeel: 'art. 1.2.1 onder b', citaat: 'tot welke hij zich wendt' })
 * //=> '[Wmo 2015](#bron-wmo-2015), art. 1.2.1 onder b: "tot welke hij zich wendt"'
 */
export function korteBronverwijzing(bron: Bron, opties: Verwijzingsopties = {}): string {
  const eigen = opties.eigenDocumenten?.find((document) => document.id === bron.document);
  const doel = zoekBrondocument(bron.document) ? `${opties.bronnenpagina ?? ''}#${bronAnker(bron.document)}` : eigen?.url;
  const naam = korteTitel(bron.document, opties.eigenDocumenten);
  const citaat = opties.metCitaat !== false && bron.citaat ? `: "${bron.citaat}"` : '';
  return `${doel ? `[${naam}](${doel})` : naam}, ${bron.onderdeel}${citaat}`;
}

/** Eén rij van de tabel "Bronnen": de volledige verwijzing naar een brondocument. */
export interface Bronrij {
  /** Het anker van de rij (zie {@link bronAnker}). */
  anker: string;
  /** De korte naam met jaar (zie {@link korteTitel}). */
  korteNaam: string;
  /** De titel zoals het document die zelf voert. */
  titel: string;
  /** Wie het document uitgaf of vaststelde. */
  uitgever: string;
  /** Het jaar van het document. */
  jaar: number;
  /** Waar het document te vinden is, in woorden; `undefined` als de bron dat niet zegt. */
  vindplaats: string | undefined;
  /** Het openbare webadres, als het document er een heeft. */
  url: string | undefined;
}

/**
 * De volledige verwijzing naar een ingebouwd brondocument. Een vindplaats die alleen over de
 * bestanden van dit project gaat (de brontekstverzameling), is voor een lezer niets: die valt weg.
 *
 * @example
 * bronrij(zoekBrondocument('wmo-2015')!).url //=> 'https://wetten.overheid.nl/BWBR0035362'
 */
export function bronrij(document: Brondocument): Bronrij {
  const vindplaats = document.vindplaats !== undefined && !/\bseeds?\b/i.test(document.vindplaats) ? document.vindplaats : undefined;
  return { anker: bronAnker(document.id), korteNaam: korteTitel(document.id), titel: document.titel, uitgever: document.uitgever, jaar: document.jaar, vindplaats, url: document.url };
}

/** Een tekst "voldaan als" zegt zelf al wanneer het criterium voldaan is (of geldt): dan geen voorvoegsel. */
const ZEGT_ZELF_WANNEER = /^(Voldaan als|Altijd voldaan|Niet voldaan|Alleen van toepassing|Zonder |Staat bij|Staat erbij|Wijst )/;

/**
 * Wanneer een criterium voldaan is, als één zin voor de lezer. Veel teksten beginnen al met
 * "Voldaan als …" of "Altijd voldaan …" (of, bij een signaal, "Staat erbij als …"): die blijven
 * zoals ze zijn. Een tekst die alleen de voorwaarde noemt, krijgt "Voldaan als: " ervoor.
 *
 * @example
 * voldaanAlsTekst(REGELS.versnelfonds.beschrijving.criteria[0]!).startsWith('Voldaan als: Voorliggende') //=> true
 * voldaanAlsTekst(REGELS.versnelfonds.beschrijving.criteria[5]!).startsWith('Altijd voldaan') //=> true
 */
export function voldaanAlsTekst(criterium: Criteriumbeschrijving): string {
  const tekst = criterium.voldaanAls.nl;
  return ZEGT_ZELF_WANNEER.test(tekst) ? tekst : `Voldaan als: ${tekst}`;
}

/** Eén grondslag van een ingebouwd beleid voor een regel, voor de catalogus en de site. */
export interface IngebouwdeGrondslag {
  /** De naam van het ingebouwde beleid, bv. "Centrumregio Almelo". */
  beleid: string;
  /** De status in gewone woorden (zie {@link statusNaam}). */
  status: string;
  /** Waarom deze status (leeg als het beleid er geen gaf). */
  toelichting: string;
}

/**
 * Waar een criterium op rust, in gewone woorden (`kort`: alleen de status of "uit het beleid dat
 * beslist"). Rust het op een wet, begrip of ingebouwde toets, dan is `tekst` één zin. Rust het op het beleid van een regio (`basis: 'beleid'`), dan komt de
 * grondslag uit het beleid dat beslist: de zin zegt dat, en `ingebouwd` geeft per ingebouwd beleid
 * de grondslag die het voor de regel vastlegt.
 *
 * @example
 * grondslagVanCriterium('versnelfonds', REGELS.versnelfonds.beschrijving.criteria[0]!).ingebouwd[0]?.status //=> 'voornemen (een plan)'
 */
export function grondslagVanCriterium(regel: RegelId, criterium: Criteriumbeschrijving): { kort: string; tekst: string; ingebouwd: IngebouwdeGrondslag[] } {
  const { basis } = criterium;
  if (basis !== 'beleid') {
    const reden = basis.reden.nl ? ` ${basis.reden.nl}` : '';
    return { kort: statusNaam(basis.status), tekst: `${statusNaam(basis.status)}.${reden}`, ingebouwd: [] };
  }
  const ingebouwd = Object.values(INGEBOUWD_BELEID).flatMap((beleid) => {
    const regelbeleid = Object.hasOwn(beleid.regels, regel) ? beleid.regels[regel] : undefined;
    return regelbeleid ? [{ beleid: beleid.naam, status: statusNaam(regelbeleid.grondslag.status), toelichting: regelbeleid.grondslag.toelichting ?? '' }] : [];
  });
  const zonder =
    criterium.id === 'situatie.kwetsbare-groep'
      ? 'Geeft het beleid geen grondslag voor deze regel, of mag het de visie van IJssel-Vecht niet citeren, dan geeft de regel dit signaal niet.'
      : regel === 'situatie'
      ? 'Geeft het beleid geen grondslag voor deze regel, dan geeft de regel geen richting.'
      : 'Geeft een eigen beleid geen grondslag voor deze regel, dan beslist de regel niet onder dat beleid.';
  return { kort: 'uit het beleid dat beslist', tekst: `uit het beleid dat beslist. ${zonder}`, ingebouwd };
}

/** De regio van een bron als die uit het beleid van één regio komt, in woorden ("alleen onder het beleid van …"), anders leeg. */
export function regioVanBronTekst(bron: Bron): string {
  const regio = regioVanBron(bron);
  return regio ? ` (alleen onder het beleid van ${zoekRegio(regio)?.naam ?? regio}, of een beleid dat dit document zelf noemt)` : '';
}

/** Een parameter voor de maximale verblijfsduur: de opvangvorm en de groep, of `undefined`. */
export function termijnparameter(parameter: string): { vorm: Opvangvorm; groep: 'binnen-regio' | 'buiten-regio' | undefined } | undefined {
  const delen = /^verblijfsduur\.([^.]+)(?:\.(binnen-regio|buiten-regio))?$/.exec(parameter);
  if (!delen || !(OPVANGVORMEN as readonly string[]).includes(delen[1]!)) return undefined;
  return { vorm: delen[1] as Opvangvorm, groep: delen[2] as 'binnen-regio' | 'buiten-regio' | undefined };
}

/**
 * Wat een beleidsparameter is, in gewone woorden: de naam uit de bibliotheek, bij een
 * verblijfsduur met de opvangvorm en voor wie.
 *
 * @example
 * parameterNaam('versnelfonds.maximumInCenten') //=> 'het maximumbedrag van het versnelfonds'
 * parameterNaam('verblijfsduur.acute-opvang.buiten-regio') //=> 'de maximale verblijfsduur in de acute opvang, voor cliënten van buiten de regio'
 */
export function parameterNaam(parameter: Parameternaam): string {
  const termijn = termijnparameter(parameter);
  if (!termijn) return BELEIDSPARAMETERS[parameter].naam.nl;
  const voorWie = termijn.groep === 'buiten-regio' ? 'voor cliënten van buiten de regio' : termijn.groep === 'binnen-regio' ? 'voor cliënten uit de regio' : 'voor iedereen';
  return `de maximale verblijfsduur in de ${OPVANGVORM_NAMEN[termijn.vorm].nl}, ${voorWie}`;
}

/**
 * Een beleidswaarde in gewone woorden: bedragen in euro's, duren uitgeschreven, een regio met
 * haar naam, een factor met een komma.
 *
 * @param beleid - het beleid van de waarde, voor de naam van een eigen regio
 * @example
 * schrijfParameterwaarde('versnelfonds.maximumInCenten', 100000) //=> '€ 1.000,00'
 * schrijfParameterwaarde('verblijfsduur.regio', 'ijssel-vecht') //=> 'regio IJssel-Vecht'
 */
export function schrijfParameterwaarde(parameter: Parameternaam, waarde: unknown, beleid?: Beleid): string {
  if (parameter === 'versnelfonds.maximumInCenten') return schrijfBedrag(waarde as number);
  if (parameter === 'versnelfonds.beoordelingstermijnInUren') return `${String(waarde)} uur`;
  if (parameter === 'versnelfonds.kostenBatenFactor') return String(waarde).replace('.', ',');
  if (parameter === 'versnelfonds.regio' || parameter === 'verblijfsduur.regio' || parameter === 'woningaanbod.regio') return beleid?.regios[waarde as string]?.naam ?? zoekRegio(waarde as string)?.naam ?? String(waarde);
  return schrijfDuur(waarde as Duur);
}

/** Elke woonsituatie in gewone woorden. */
export const WOONSITUATIENAMEN: Record<Woonsituatie, string> = {
  'openbare-ruimte': 'slaapt buiten',
  nachtopvang: 'in de nachtopvang',
  opvangvoorziening: 'in een opvangvoorziening',
  'instelling-zonder-woning': 'verlaat een instelling zonder woning',
  'niet-conventioneel': 'in een caravan, tent, auto of kraakpand, bij gebrek aan woonruimte',
  'familie-of-vrienden': 'tijdelijk bij familie of vrienden',
  'eigen-woning-dreigend-verlies': 'eigen woning die verloren dreigt te gaan',
  'eigen-woning': 'eigen woning',
};

/** Elke soort gebeurtenis in gewone woorden. */
export const GEBEURTENISNAMEN: Record<Gebeurtenissoort, string> = {
  relatiebreuk: 'een relatiebreuk',
  baanverlies: 'het verlies van werk',
  'overlijden-naaste': 'het overlijden van een naaste',
  'financiele-terugval': 'een financiële terugval',
  'einde-werkgebonden-huisvesting': 'het einde van huisvesting bij het werk',
  'uitstroom-instelling': 'het verlaten van een instelling',
  huisuitzetting: 'een huisuitzetting',
  'terugkeer-uit-buitenland': 'de terugkeer uit het buitenland',
};

/** Elke doelgroep in gewone woorden. */
export const DOELGROEPNAMEN: Record<Doelgroep, string> = {
  'economisch-dakloos': 'economisch daklozen',
  scheiding: 'mensen die in scheiding liggen of gescheiden zijn',
  'met-kinderen': 'gezinnen en alleenstaanden met kinderen',
  'jongere-niet-meer-thuis': 'jongeren (18 tot 25 jaar) die niet meer thuis kunnen wonen',
  arbeidsmigrant: 'arbeidsmigranten',
  remigrant: 'remigranten',
  'bijzondere-gemeente': 'mensen uit een bijzondere gemeente (Bonaire, Sint Eustatius of Saba)',
  jongere: 'jongeren',
  vrouw: 'vrouwen',
  lhbtiq: "LHBTIQ+'ers",
};

/**
 * De naam van een keuzewaarde in een formulier: een woonsituatie, gebeurtenis of doelgroep in
 * gewone woorden; anders de waarde met spaties in plaats van streepjes ("24-uursopvang" blijft).
 */
export function keuzenaam(waarde: string): string {
  const namen: Readonly<Record<string, string>> = { ...WOONSITUATIENAMEN, ...GEBEURTENISNAMEN, ...DOELGROEPNAMEN };
  if (Object.hasOwn(namen, waarde)) return namen[waarde]!;
  if (Object.hasOwn(OPVANGVORM_NAMEN, waarde)) return OPVANGVORM_NAMEN[waarde as Opvangvorm].nl;
  return waarde.replace(/-(?=[a-z])/g, ' ');
}
