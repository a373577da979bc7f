// Genereert docs/regels.md, de regelcatalogus voor beleidsmedewerkers, uit de regelbeschrijvingen,
// de regio-indeling, het ingebouwde beleid en de voorbeelden in examples/. Draai
// `npm run docs:regels`; test/docs/regels.test.ts faalt als het bestand verouderd is.
//
// De tekst is gewone taal (B1, korte zinnen). Technische namen (ids van regels, criteria, keuzes,
// regio's en parameters) staan alleen apart, op een eigen regel "Technische naam: `…`", en in de
// codeblokken voor IT. Een bron staat overal kort ("Ketenaanpak MO (2019), Oplossing 5"), met een
// link naar haar rij in de tabel "Bronnen" achteraan; alleen die tabel geeft de volledige
// verwijzing. De generator leest geen klok: dezelfde code geeft dezelfde tekst.
//
// De functies en constanten die hier geëxporteerd zijn, kan ook een andere generator (zoals die
// van de website) gebruiken: korte bronverwijzingen, de woorden voor een status, de tekst
// "voldaan als" van een criterium, de naam en waarde van een beleidsparameter in gewone woorden.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  BELEIDSPARAMETERS,
  BRONDOCUMENTEN,
  INGEBOUWD_BELEID,
  REGELS,
  REGIOS,
  WAARDESTATUSSEN,
  beoordeelVersnelfonds,
  berekenVerblijfstermijn,
  berekenWoningaanbod,
  classificeerSituatie,
  defineBeleid,
  DOELGROEPEN,
  GEBEURTENISSOORTEN,
  WOONSITUATIES,
  OPVANGVORMEN,
  OPVANGVORM_NAMEN,
  motivering,
  brief as schrijfBrief,
  schrijfDatum,
  schrijfDuur,
  zoekGemeente,
  type Aandachtsgroep,
  type KwetsbareGroep,
  type Beleid,
  type Beoordeling,
  type Bron,
  type Criteriumbeschrijving,
  type Duur,
  type GedateerdeWaarde,
  type Parameternaam,
  type Regelbeschrijving,
  type RegelId,
  type Route,
  type VersnelfondsAanvraag,
} from '../src/index.js';
import { HERINDELINGEN } from '../src/data/gegenereerd.js';

const wortel = join(dirname(fileURLToPath(import.meta.url)), '..');
/** Het pad van de regelcatalogus. */
export const REGELS_MD = join(wortel, 'docs', 'regels.md');

export { statusNaam, statusUitleg, KORTE_TITELS, korteTitel, bronAnker, korteBronverwijzing, bronrij, voldaanAlsTekst, grondslagVanCriterium, regioVanBronTekst, parameterNaam, schrijfParameterwaarde } from './teksten.js';
export type { Verwijzingsopties, Bronrij } from './teksten.js';
import { voorbeeldgevallen } from './voorbeelden.js';

/** De regels met een brief aan de cliënt (SPEC §2.10). */
const REGELS_MET_BRIEF: ReadonlySet<string> = new Set(['versnelfonds', 'verblijfstermijn']);
/** De gemeente van de voorbeeldbrieven: een plaatshouder, geen echt adres. De brief draagt de peildatum als datum (de catalogus hangt niet van de dag af). */
const VOORBEELDGEMEENTE = { gemeente: { naam: 'Gemeente Voorbeeld', bezwaaradres: '[adres voor bezwaar van de gemeente]' }, datum: '2026-12-07' } as const;
import { WOONSITUATIENAMEN, GEBEURTENISNAMEN, DOELGROEPNAMEN, statusNaam, statusUitleg, korteBronverwijzing, bronrij, voldaanAlsTekst, grondslagVanCriterium, regioVanBronTekst, parameterNaam, schrijfParameterwaarde, termijnparameter } from './teksten.js';

/**
 * De uitkomst van een beoordeling in woorden, in één of twee korte zinnen: de uitkomst, welke
 * criteria niet voldaan of onbekend zijn, en welke gegevens nog nodig zijn.
 *
 * @example
 * uitkomstInWoorden(REGELS.herkomst.beoordeel({ gemeenteVanHerkomst: 'Wierden', regio: 'almelo', peildatum: '2024-05-01' }))
 * //=> 'De uitkomst is: **binnen de regio**. Elk criterium is voldaan of niet van toepassing.'
 */
export function uitkomstInWoorden(beoordeling: Beoordeling<string>): string {
  const { beschrijving } = REGELS[beoordeling.regel as RegelId];
  const titel = (id: string) => (beschrijving.criteria.find((criterium) => criterium.id === id)?.titel.nl ?? id).toLowerCase();
  const criteria = beoordeling.gronden.filter((grond) => grond.soort === 'criterium');
  const met = (status: string) => criteria.filter((grond) => grond.status === status).map((grond) => titel(grond.regel));
  const zinnen = [`De uitkomst is: **${beschrijving.uitkomsten[beoordeling.uitkomst]?.nl ?? beoordeling.uitkomst}**.`];
  const nietVoldaan = met('niet-voldaan');
  const onbekend = met('onbekend');
  if (nietVoldaan.length > 0) zinnen.push(`Niet voldaan: ${opsomming(nietVoldaan)}.`);
  if (onbekend.length > 0) zinnen.push(`Onbekend: ${opsomming(onbekend)}.`);
  if (nietVoldaan.length === 0 && onbekend.length === 0) zinnen.push('Elk criterium is voldaan of niet van toepassing.');
  const nodig = beoordeling.ontbrekendeGegevens.map((pad) => beschrijving.velden[pad]?.nl ?? pad);
  if (nodig.length > 0) zinnen.push(`Nog nodig: ${opsomming(nodig)}.`);
  return zinnen.join(' ');
}

/**
 * De citaten die de catalogus zelf in zijn tekst zet (niet uit de regelbeschrijvingen of het
 * beleid). Een test controleert dat ze letterlijk in de brontekst staan.
 */
export const CITATEN_IN_TEKST = {
  eigenGemeente: {
    document: 'visie-mo-ijssel-vecht',
    onderdeel: '5.1 Doel',
    citaat: 'Over vijf jaar worden inwoners opgevangen in hun eigen gemeente en/of keren zij vaker terug naar de gemeente waar ze dakloos zijn geworden',
  },
  terugkeer: {
    document: 'visie-mo-ijssel-vecht',
    onderdeel: '3.2 IJssel-Vecht: zo lang en zo snel mogelijk zelfstandig',
    citaat: 'De cliënt keert (indien mogelijk) terug naar diens gemeente van herkomst',
  },
  iedereGemeente: {
    document: 'raadsbrief-regioplan-almelo',
    onderdeel: '1.1 Van integrale ketenaanpak naar adviesgroep maatschappelijke opvang',
    citaat: 'Iedere gemeente werkt met een versnelfonds',
  },
} as const satisfies Record<string, Bron>;

// ---------------------------------------------------------------------------------------------
// Hulpjes voor de tekst.
// ---------------------------------------------------------------------------------------------

function opsomming(delen: readonly string[]): string {
  return delen.length <= 1 ? (delen[0] ?? '') : `${delen.slice(0, -1).join(', ')} en ${delen.at(-1)!}`;
}

function hoofdletter(tekst: string): string {
  return tekst.charAt(0).toUpperCase() + tekst.slice(1);
}

function cel(tekst: string): string {
  return tekst.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/** "van 1 januari 2020 tot 1 januari 2022" of "vanaf 1 april 2018, zonder einddatum". */
function periode(waarde: GedateerdeWaarde<unknown>): string {
  return waarde.tot ? `van ${schrijfDatum(waarde.vanaf)} tot ${schrijfDatum(waarde.tot)}` : `vanaf ${schrijfDatum(waarde.vanaf)}, zonder einddatum`;
}

function technisch(naam: string, inspringing = ''): string {
  return `${inspringing}Technische naam: \`${naam}\``;
}

/** Een anker zoals GitHub het van een kop maakt. */
function kopAnker(kop: string): string {
  return kop
    .toLowerCase()
    .replace(/[^\p{L}\p{N} _-]/gu, '')
    .replace(/ /g, '-');
}

/** Hoe een waarde in een codeblok staat: als JSON, of als TypeScript (sleutels zonder aanhalingstekens, tekst tussen enkele). */
type Codetaal = 'json' | 'ts';

/** Een waarde voor een codeblok: kort genoeg op één regel, anders ingesprongen. */
function alsCode(waarde: unknown, taal: Codetaal = 'json', inspringing = ''): string {
  const kort = eenRegel(waarde, taal);
  if (inspringing.length + kort.length <= 96 || typeof waarde !== 'object' || waarde === null) return kort;
  const dieper = `${inspringing}  `;
  const regels = Array.isArray(waarde)
    ? waarde.map((element) => `${dieper}${alsCode(element, taal, dieper)}`)
    : Object.entries(waarde).map(([naam, element]) => `${dieper}${codesleutel(naam, taal)}: ${alsCode(element, taal, dieper)}`);
  return Array.isArray(waarde) ? `[\n${regels.join(',\n')}\n${inspringing}]` : `{\n${regels.join(',\n')}\n${inspringing}}`;
}

function eenRegel(waarde: unknown, taal: Codetaal): string {
  if (Array.isArray(waarde)) return `[${waarde.map((element) => eenRegel(element, taal)).join(', ')}]`;
  if (typeof waarde === 'object' && waarde !== null) {
    const velden = Object.entries(waarde);
    return velden.length === 0 ? '{}' : `{ ${velden.map(([naam, element]) => `${codesleutel(naam, taal)}: ${eenRegel(element, taal)}`).join(', ')} }`;
  }
  if (typeof waarde === 'string' && taal === 'ts') return `'${waarde.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  return JSON.stringify(waarde);
}

function codesleutel(naam: string, taal: Codetaal): string {
  return taal === 'ts' && /^[A-Za-z_$][\w$]*$/.test(naam) ? naam : JSON.stringify(naam);
}

/**
 * Wat de code bij een beoordeling schrijft, als tekstblokken: bij het versnelfonds en de
 * verblijfstermijn eerst de brief aan de cliënt (met een voorbeeldgemeente), dan altijd het
 * volledige verslag voor het dossier (de motivering).
 */
function brief(beoordeling: Beoordeling<string>): string[] {
  const aanDeClient = REGELS_MET_BRIEF.has(beoordeling.regel)
    ? ['De brief aan de cliënt die de code hierbij schrijft (met een voorbeeldgemeente):', '```text', schrijfBrief(beoordeling, { ...VOORBEELDGEMEENTE, datum: beoordeling.peildatum ?? VOORBEELDGEMEENTE.datum }).tekst, '```', '']
    : [];
  return [...aanDeClient, 'Het volledige verslag voor het dossier:', '```text', motivering(beoordeling), '```', ''];
}

function bronregels(bronnen: readonly Bron[], inspringing: string, soort = 'Bron'): string[] {
  return bronnen.map((bron) => `${inspringing}- ${soort}: ${korteBronverwijzing(bron)}`);
}

/** De bronnen van een gekozen datum: zij onderbouwen de looptijd, niet de waarde, en staan in geen grond. */
function datumbronregels(waarde: { datumbronnen?: readonly Bron[] }, inspringing: string): string[] {
  return bronregels(Object.hasOwn(waarde, 'datumbronnen') ? waarde.datumbronnen ?? [] : [], inspringing, 'Bron van de gekozen datum');
}

const sleutel = (bron: Bron) => `${bron.document}|${bron.onderdeel}|${bron.citaat ?? ''}`;

// ---------------------------------------------------------------------------------------------
// Beleidswaarden.
// ---------------------------------------------------------------------------------------------

interface Parameterwaarde {
  beleid: Beleid;
  parameter: Parameternaam;
  waarde: GedateerdeWaarde<unknown>;
}

function parameterwaarden(beleid: Beleid, voorvoegsel: string): Parameterwaarde[] {
  return (Object.entries(beleid.parameters) as Array<[Parameternaam, readonly GedateerdeWaarde<unknown>[]]>)
    .filter(([parameter]) => parameter.startsWith(voorvoegsel))
    .flatMap(([parameter, waarden]) => waarden.map((waarde) => ({ beleid, parameter, waarde })));
}

/**
 * De waarden van een beleid als lijst: per waarde wat ze is, de waarde, de periode, de status,
 * waarom, een gekozen datum en de bronnen. Wat voor alle waarden gelijk is (de periode, de
 * gekozen datum, bronnen), staat één keer bovenaan.
 */
function waardenlijst(waarden: readonly Parameterwaarde[]): string[] {
  const regels: string[] = [];
  const eerste = waarden[0];
  if (!eerste) return regels;
  const meer = waarden.length > 1;
  const zelfdePeriode = meer && waarden.every(({ waarde }) => periode(waarde) === periode(eerste.waarde) && waarde.datumkeuze === eerste.waarde.datumkeuze);
  const gedeeld = meer ? eerste.waarde.bronnen.filter((bron) => waarden.every(({ waarde }) => waarde.bronnen.some((andere) => sleutel(andere) === sleutel(bron)))) : [];
  const gedeeldeSleutels = new Set(gedeeld.map(sleutel));
  if (zelfdePeriode || gedeeld.length > 0) {
    regels.push('Voor alle waarden hieronder geldt:');
    if (zelfdePeriode) {
      regels.push(`- Ze gelden ${periode(eerste.waarde)}.`);
      if (eerste.waarde.datumkeuze) regels.push(`- Gekozen datum (interpretatie): ${eerste.waarde.datumkeuze}`, ...datumbronregels(eerste.waarde, '  '));
    }
    // Een tekstregel ertussen, anders worden de twee lijsten één lijst.
    regels.push(...bronregels(gedeeld, ''), '', 'De waarden zelf:');
  }
  for (const { beleid, parameter, waarde } of waarden) {
    const wanneer = zelfdePeriode ? '' : ` Geldt ${periode(waarde)}.`;
    regels.push(`- **${hoofdletter(parameterNaam(parameter))}: ${schrijfParameterwaarde(parameter, waarde.waarde, beleid)}.**${wanneer} Status: ${statusNaam(waarde.status)}.`);
    regels.push(technisch(parameter, '  - '));
    if (waarde.toelichting) regels.push(`  - Waarom: ${waarde.toelichting}`);
    if (waarde.datumkeuze && !zelfdePeriode) regels.push(`  - Gekozen datum (interpretatie): ${waarde.datumkeuze}`, ...datumbronregels(waarde, '    '));
    regels.push(...bronregels(waarde.bronnen.filter((bron) => !gedeeldeSleutels.has(sleutel(bron))), '  '));
  }
  regels.push('');
  return regels;
}

// ---------------------------------------------------------------------------------------------
// Secties per regel.
// ---------------------------------------------------------------------------------------------

function criteriumsectie(regel: RegelId, criterium: Criteriumbeschrijving, vorige: Criteriumbeschrijving | undefined): string[] {
  const regels = [`#### ${criterium.titel.nl}`, technisch(criterium.id), ''];
  if (criterium.soort === 'signaal') regels.push('Dit is een signaal. Het telt niet mee voor de uitkomst. In het verslag staat het onder "Aandachtspunten"; in de brief aan de cliënt staat het niet (de medewerker ziet het bij de aandachtspunten van de brief).', '');
  regels.push(voldaanAlsTekst(criterium), '');
  const { kort, tekst, ingebouwd } = grondslagVanCriterium(regel, criterium);
  const zelfdeBasis = vorige !== undefined && tekst === grondslagVanCriterium(regel, vorige).tekst && (criterium.basis === 'beleid' || criterium.basis.reden.nl !== '');
  regels.push(`Grondslag: ${zelfdeBasis ? `${kort}, zoals hierboven.` : tekst}`);
  if (!zelfdeBasis && criterium.basis === 'beleid') regels.push(technisch(`regels.${regel}.grondslag`));
  regels.push('');
  if (!zelfdeBasis && ingebouwd.length > 0) {
    regels.push(...ingebouwd.map((grondslag) => `- Onder het ingebouwde beleid ${grondslag.beleid}: ${grondslag.status}.${grondslag.toelichting ? ` ${grondslag.toelichting}` : ''}`), '');
  }
  if (criterium.bronnen.length > 0) {
    const eigenTekst = criterium.basis === 'beleid';
    regels.push(eigenTekst ? 'Bronnen (een beleid kan deze regeltekst vervangen door die van een eigen document):' : 'Bronnen:', ...criterium.bronnen.map((bron) => `- ${korteBronverwijzing(bron)}${regioVanBronTekst(bron)}`));
    if (eigenTekst) regels.push(technisch(`regels.${regel}.criteria.${criterium.id}`));
    regels.push('');
  }
  return regels;
}

/**
 * Per regel één sectie met elke keuze van ons waar de bronnen zwijgen: de keuzes van de criteria,
 * en van de waarden die de regel leest de interpretaties en de gekozen datums.
 */
function keuzesWaarDeBronnenZwijgen(regel: RegelId): string[] {
  const { beschrijving } = REGELS[regel];
  const regels = [
    '### Keuzes waar de bronnen zwijgen',
    '',
    'Hier zeggen de bronnen niets, of niet genoeg. Wat hieronder staat, is daarom onze eigen lezing: een interpretatie, met de reden erbij. Past een beslissing zo\'n keuze toe, dan noemt het verslag haar onder "Interpretatie". In de brief aan de cliënt staat zo\'n lezing niet: de gemeente die de brief tekent, maakt haar tot de hare; de medewerker ziet haar bij de aandachtspunten.',
    '',
  ];
  for (const criterium of beschrijving.criteria) {
    for (const keuze of criterium.keuzes) regels.push(`- **Bij ${criterium.titel.nl.toLowerCase()}.** ${keuze.tekst.nl}`, technisch(keuze.id, '  - '));
  }
  const voorvoegsel = regel === 'versnelfonds' ? 'versnelfonds.' : regel === 'verblijfstermijn' ? 'verblijfsduur.' : regel === 'woningaanbod' ? 'woningaanbod.' : undefined;
  if (voorvoegsel) {
    for (const beleid of Object.values(INGEBOUWD_BELEID)) {
      const waarden = parameterwaarden(beleid, voorvoegsel);
      for (const { parameter, waarde } of waarden) {
        if (waarde.status === 'interpretatie') regels.push(`- **${beleid.naam}, ${parameterNaam(parameter)}: ${schrijfParameterwaarde(parameter, waarde.waarde, beleid)}.** ${waarde.toelichting ?? ''}`);
      }
      // Een gekozen datum die meer waarden delen, staat één keer, met de namen van die waarden.
      const perKeuze = new Map<string, string[]>();
      for (const { parameter, waarde } of waarden) if (waarde.datumkeuze) perKeuze.set(waarde.datumkeuze, [...(perKeuze.get(waarde.datumkeuze) ?? []), parameterNaam(parameter)]);
      for (const [keuze, namen] of perKeuze) regels.push(`- **${beleid.naam}, gekozen datum voor ${opsomming(namen)}.** ${keuze}`);
    }
  }
  if (regel === 'herkomst') {
    for (const regio of Object.values(REGIOS)) {
      for (const waarde of regio.leden) {
        if (waarde.status === 'interpretatie') regels.push(`- **${hoofdletter(regio.naam)}, indeling ${periode(waarde)}.** ${waarde.toelichting ?? ''}`);
        if (waarde.datumkeuze) regels.push(`- **${hoofdletter(regio.naam)}, gekozen datum voor de indeling ${periode(waarde)}.** ${waarde.datumkeuze}`);
      }
    }
  }
  regels.push('');
  return regels;
}

function regioIndeling(): string[] {
  const regels = [
    '### Welke gemeenten bij welke regio horen',
    '',
    'Per regio staan hieronder de gemeenten per periode. De regel gebruikt de indeling die op de peildatum geldt. Valt de peildatum buiten alle perioden, dan geeft de regel geen uitkomst maar een foutmelding. Hij leent dan geen indeling van een andere periode.',
    '',
  ];
  for (const regio of Object.values(REGIOS)) {
    const centrum = regio.centrumgemeenten.map((gemeente) => gemeente.naam);
    regels.push(`#### ${hoofdletter(regio.naam)}`, technisch(regio.id), '', `Centrumgemeente${centrum.length > 1 ? 'n' : ''}: ${opsomming(centrum)}.`, '');
    for (const waarde of regio.leden) {
      const namen = waarde.waarde.map((code) => `${zoekGemeente(code).naam} (${code})`).sort((a, b) => a.localeCompare(b, 'nl'));
      regels.push(`- **${hoofdletter(periode(waarde))}.** Status: ${statusNaam(waarde.status)}. ${namen.length} gemeenten: ${namen.join(', ')}.`);
      if (waarde.toelichting) regels.push(`  - Waarom: ${waarde.toelichting}`);
      if (waarde.datumkeuze) regels.push(`  - Gekozen datum (interpretatie): ${waarde.datumkeuze}`, ...datumbronregels(waarde, '    '));
      regels.push(...bronregels(waarde.bronnen, '  '));
    }
    regels.push('');
  }
  return regels;
}

function herkomst(): string[] {
  const { eigenGemeente, terugkeer } = CITATEN_IN_TEKST;
  return [
    ...regioIndeling(),
    '### Wat is de gemeente van herkomst?',
    '',
    `De gemeente van herkomst is de gemeente waar iemand dakloos is geworden. Zo gebruikt de visie van IJssel-Vecht het woord: "${eigenGemeente.citaat}" (${korteBronverwijzing(eigenGemeente, { metCitaat: false })}), en "${terugkeer.citaat}" (${korteBronverwijzing(terugkeer, { metCitaat: false })}). Een formele definitie geeft de visie niet. Deze lezing is dus een interpretatie.`,
    '',
    'Van buiten de regio komen is geen reden om eerste opvang te weigeren. Daarom staat bij elke uitkomst "buiten de regio" het signaal landelijke toegankelijkheid.',
    '',
    '### Als de herkomst onbekend is of buiten Nederland ligt',
    '',
    "- Staat de gemeente van herkomst niet vast, vul dan 'onbekend' in. De regel raadt nooit. Het criterium is dan onbekend en de uitkomst is \"aanvullen\": het verslag noemt de gemeente van herkomst als ontbrekend gegeven.",
    "- Komt iemand uit het buitenland, vul dan 'buitenland' in. Het buitenland hoort bij geen regio.",
    '- Bonaire, Sint Eustatius en Saba zijn de bijzondere gemeenten (openbare lichamen in Caribisch Nederland). Ze horen bij geen regio. Het verslag noemt ze als bijzondere gemeente.',
    '',
  ];
}

const EIGEN_FONDS = join(wortel, 'examples', 'beleid', 'voorbeeld-eigen-fonds.json');

/** De waarde van een parameter van een beleid op een dag. */
function waardeOp(beleid: Beleid, parameter: Parameternaam, dag: string): GedateerdeWaarde<unknown> {
  const waarden = (beleid.parameters[parameter] ?? []) as readonly GedateerdeWaarde<unknown>[];
  const waarde = waarden.find((kandidaat) => kandidaat.vanaf <= dag && (kandidaat.tot === undefined || dag < kandidaat.tot));
  if (!waarde) throw new Error(`${beleid.id} heeft geen waarde voor ${parameter} op ${dag}`);
  return waarde;
}

/** Het versnelfonds: de waarden die de beslissing sturen, en een eigen fonds als voorbeeld. */
function versnelfonds(): string[] {
  const almelo = INGEBOUWD_BELEID.almelo;
  const maximum = almelo.parameters['versnelfonds.maximumInCenten']![0]!;
  const termijn = almelo.parameters['versnelfonds.beoordelingstermijnInUren']![0]!;
  const factor = almelo.parameters['versnelfonds.kostenBatenFactor']![0]!;
  const eigen = defineBeleid(JSON.parse(readFileSync(EIGEN_FONDS, 'utf8')) as Beleid);
  const dag = '2025-04-05';
  const aanvraag: VersnelfondsAanvraag = {
    ingediendOp: `${dag}T14:30:00+02:00`,
    vorm: 'gift',
    bedragInCenten: 70_000,
    gemeenteVanHerkomst: 'Haaksbergen',
    voorliggendeVoorzieningenBenut: true,
    voorkomtOfVerkortOpvang: true,
    verwachteBesparingInCenten: 60_000,
    schulden: false,
  };
  const metEigen = beoordeelVersnelfonds(aanvraag, { beleid: eigen });
  const metAlmelo = beoordeelVersnelfonds(aanvraag);
  const eigenWaarde = (parameter: Parameternaam) => schrijfParameterwaarde(parameter, waardeOp(eigen, parameter, dag).waarde, eigen);
  const { iedereGemeente } = CITATEN_IN_TEKST;
  return [
    '### De waarden in het ingebouwde beleid',
    '',
    `Het versnelfonds leest zijn waarden uit het beleid. Het ingebouwde beleid is dat van de ${almelo.naam.charAt(0).toLowerCase()}${almelo.naam.slice(1)}.`,
    '',
    technisch(almelo.id),
    '',
    ...waardenlijst(parameterwaarden(almelo, 'versnelfonds.')),
    '### Hoe de regel met deze waarden rekent',
    '',
    'Is het gevraagde bedrag hoger dan het maximum, dan wijst de regel de aanvraag niet af. Hij begrenst het bedrag tot het maximum. Dat het maximum per aanvraag geldt, en dat een hoger bedrag wordt begrensd, zijn interpretaties (zie de keuzes hieronder). Het toekenbare bedrag is het begrensde bedrag als de uitkomst "toekennen" is, en anders € 0,00. De vorm (gift, lening of voorschot) verandert niets aan de criteria of het maximum: de bron noemt ze samen.',
    '',
    `De vereiste besparing is de verhouding (nu ${schrijfParameterwaarde('versnelfonds.kostenBatenFactor', factor.waarde)}) maal het bedrag dat het fonds kan geven, naar boven afgerond op hele centen. De regel rekent exact, zonder afrondingsfouten. Waarom de verhouding ${schrijfParameterwaarde('versnelfonds.kostenBatenFactor', factor.waarde)} is, staat hierboven bij de waarde. Een eigen beleid mag een verhouding met hooguit twee cijfers achter de komma kiezen.`,
    '',
    `Een aanvraag wordt binnen ${termijn.waarde} uur beoordeeld. Dat zijn ${termijn.waarde} verstreken uren na het moment van indienen, in Nederlandse tijd. Bij de overgang naar zomertijd schuift de klok daardoor 25 uur op (29 maart 2025 10:00 wordt 30 maart 2025 11:00). Bij de overgang naar wintertijd schuift de klok 23 uur op.`,
    '',
    `Voor een aanvraag van vóór ${schrijfDatum(maximum.vanaf)} of vanaf ${schrijfDatum(maximum.tot ?? '')} geeft de regel geen uitkomst, maar een foutmelding: dan geldt er geen waarde. De regel vult dan geen standaardbedrag in en leent geen bedrag van een andere periode. Een gemeente die nu een versnelfonds heeft, legt haar eigen waarden en bronnen vast in een eigen beleid.`,
    '',
    '### Voorbeeld: een gemeente met een eigen fonds',
    '',
    `"${iedereGemeente.citaat}" (${korteBronverwijzing(iedereGemeente, { metCitaat: false })}). Een gemeente met een eigen fonds legt haar eigen waarden vast in een eigen beleid, met haar eigen documenten als bron. Het beleid in dit voorbeeld is **verzonnen**, net als het document: een maximum van ${eigenWaarde('versnelfonds.maximumInCenten')}, de ${eigenWaarde('versnelfonds.regio')} en een verhouding van ${eigenWaarde('versnelfonds.kostenBatenFactor')}. Hoe u een eigen regio of eigen termijnen vastlegt en het bestand controleert, staat in de gids [Eigen beleid vastleggen](eigen-beleid.md).`,
    '',
    uitkomstInWoorden(metEigen),
    '',
    ...brief(metEigen),
    `Dezelfde aanvraag met het ingebouwde beleid: de uitkomst is **${REGELS.versnelfonds.beschrijving.uitkomsten[metAlmelo.uitkomst]?.nl ?? metAlmelo.uitkomst}**. ${metAlmelo.gronden.find((grond) => grond.regel === 'versnelfonds.herkomst')?.toelichting ?? ''}`,
    '',
    'Voor IT, de aanroep met het eigen beleid uit het pakket:',
    '```ts',
    "import { beoordeelVersnelfonds, defineBeleid } from 'opvangregels';",
    "import eigenFonds from 'opvangregels/examples/beleid/voorbeeld-eigen-fonds.json' with { type: 'json' };",
    'const beleid = defineBeleid(eigenFonds); // gooit OngeldigeInvoerFout met paden als het niet klopt',
    `beoordeelVersnelfonds(${alsCode(aanvraag, 'ts')}, { beleid });`,
    '```',
    '',
  ];
}

/** De verblijfstermijnen: per beleid welke duur voor wie geldt, hoe er gerekend wordt, en ambities. */
function verblijfstermijn(): string[] {
  const overzicht: string[] = [];
  const details: string[] = [];
  for (const beleid of Object.values(INGEBOUWD_BELEID)) {
    const waarden = parameterwaarden(beleid, 'verblijfsduur.');
    if (waarden.length === 0) continue;
    const regio = schrijfParameterwaarde('verblijfsduur.regio', waardeOp(beleid, 'verblijfsduur.regio', waarden[0]!.waarde.vanaf).waarde, beleid);
    for (const { parameter, waarde } of waarden) {
      const termijn = termijnparameter(parameter);
      if (!termijn) continue;
      const groep = termijn.groep === 'buiten-regio' ? 'van buiten de regio' : termijn.groep === 'binnen-regio' ? 'uit de regio' : 'iedereen';
      // Een duur van één aanbieder (de 9 maanden van Humanitas Onder Dak) geldt alleen bij die aanbieder.
      const aanbieder = (waarde.waarde as { aanbieder?: string }).aanbieder;
      const voorWie = aanbieder === undefined ? groep : `${groep}, alleen bij ${aanbieder}`;
      overzicht.push(`| ${hoofdletter(regio)} | ${OPVANGVORM_NAMEN[termijn.vorm].nl} | ${voorWie} | ${schrijfDuur(waarde.waarde as Duur)} | ${hoofdletter(periode(waarde))} | ${statusNaam(waarde.status)} |`);
    }
    details.push(`#### ${beleid.naam}`, technisch(beleid.id), '', ...waardenlijst(waarden));
  }
  const regioIds = new Set(Object.values(INGEBOUWD_BELEID).flatMap((beleid) => (beleid.parameters['verblijfsduur.regio'] ?? []).map((waarde) => waarde.waarde)));
  const zonder = Object.values(REGIOS).filter((regio) => !regioIds.has(regio.id)).map((regio) => regio.naam);
  const uitRegio = { regio: 'ijssel-vecht', opvangvorm: 'acute-opvang', startdatum: '2026-05-03', gemeenteVanHerkomst: 'Zwolle', peildatum: '2026-05-04' } as const;
  const standaard = berekenVerblijfstermijn(uitRegio);
  const metAmbitie = berekenVerblijfstermijn(uitRegio, { uitgeslotenStatussen: [] });
  const ambitie = INGEBOUWD_BELEID['ijssel-vecht'].parameters['verblijfsduur.acute-opvang']![0]!;
  const aandachtsgroepen = REGELS.verblijfstermijn.beschrijving.criteria.find((criterium) => criterium.id === 'verblijfstermijn.aandachtsgroep')!.bronnen[0]!;
  return [
    '### De termijnen in het ingebouwde beleid',
    '',
    '| Regio | Opvangvorm | Voor wie | Maximale duur | Geldig | Status |',
    '|---|---|---|---|---|---|',
    ...overzicht,
    '',
    `Elke andere combinatie van regio en opvangvorm heeft geen termijn. De regel leent nooit een termijn van een andere regio of opvangvorm. ${hoofdletter(opsomming(zonder.map((naam) => `de ${naam}`)))} ${zonder.length === 1 ? 'heeft' : 'hebben'} geen ingebouwde termijnen.`,
    '',
    'Een termijn voor één groep (cliënten uit de regio, of van buiten de regio) gaat voor de termijn voor iedereen. Verschillen de termijnen per groep, dan bepaalt de herkomst de termijn. Is de herkomst dan onbekend, dan is de uitkomst "aanvullen".',
    '',
    'Een termijn die alleen bij één aanbieder geldt, geldt alleen als de invoer die aanbieder noemt (veld aanbieder). Bij een andere aanbieder geldt er geen termijn. Noemt de invoer geen aanbieder, dan is de uitkomst "aanvullen". De 9 maanden in de 24-uursopvang van Almelo zijn zo\'n termijn: de bron beschrijft ze als de werkwijze van Humanitas Onder Dak, en noemt in Almelo twee organisaties voor opvang.',
    '',
    'Hieronder staan de waarden met hun bronnen.',
    '',
    ...details,
    '### Hoe er gerekend wordt',
    '',
    '- De uiterlijke vertrekdatum is de eerste dag van het verblijf plus de maximale duur, in de Nederlandse kalender. Zomer- en wintertijd tellen niet mee.',
    '- Een aantal nachten of dagen telt evenveel kalenderdagen. Een week telt 7 dagen.',
    '- Een termijn in maanden eindigt op dezelfde dag zoveel maanden later. Bestaat die dag niet, dan is het de laatste dag van die maand. Zo is 31 mei plus 9 maanden 28 februari, in een schrikkeljaar 29 februari.',
    '- Op de uiterlijke vertrekdatum zelf is het verblijf nog binnen de termijn: er resteren dan 0 dagen. De dag erna is de termijn verstreken.',
    '- De termijn die op de eerste dag van het verblijf geldt, geldt voor het hele verblijf. Een latere wijziging van het beleid maakt een verblijf dat al liep dus niet korter of langer. Begon het verblijf voordat er een termijn bestond, dan geldt er geen termijn. Het verslag zegt dan vanaf wanneer het beleid de termijn laat ingaan, en of die datum gekozen is omdat de bron geen dag noemt.',
    '- De peildatum is de dag die wordt beoordeeld. De herkomst wordt op de peildatum getoetst.',
    `- Wie uit het buitenland of uit een bijzondere gemeente (Bonaire, Sint Eustatius of Saba) komt, komt van buiten de regio. Voor hem geldt de termijn voor cliënten van buiten de regio, net als voor wie uit een andere gemeente komt. Eerdere versies gaven deze groepen die termijn niet, maar de visie maakt die uitzondering niet. Zij schrijft: "Voor de opvang van mensen van buiten de regio en voor de aanpalende groepen is uiteengezet hoe het proces met betrekking tot het opvangen van mensen van buiten de regio verloopt." (§9.1) De visie noemt deze groepen wel apart: "${aandachtsgroepen.citaat}" (${korteBronverwijzing(aandachtsgroepen, { metCitaat: false })}) Dat staat in het verslag als aandachtspunt; het verandert de termijn niet.`,
    '- Ligt de eerste dag van het verblijf na de peildatum, dan geeft de regel een foutmelding.',
    '',
    '### Ambities zijn geen termijnen',
    '',
    `Standaard past de regel geen waarde toe met de status ambitie of planningsaanname. Voor een cliënt uit de ${schrijfParameterwaarde('verblijfsduur.regio', 'ijssel-vecht')} in de acute opvang geldt daarom geen termijn. Het verslag noemt de ambitie van ${schrijfDuur(ambitie.waarde)} als aandachtspunt.`,
    '',
    uitkomstInWoorden(standaard),
    '',
    ...brief(standaard),
    'Een gebruiker kan de regel ook elke status laten toepassen, ook een ambitie. Dan geldt de ambitie als termijn, en zegt het verslag dat het een ambitie is (de brief aan de cliënt zegt het niet; de medewerker ziet het bij de aandachtspunten):',
    '',
    uitkomstInWoorden(metAmbitie),
    '',
    ...brief(metAmbitie),
    'Voor IT, de twee aanroepen:',
    '```ts',
    `const geval = ${alsCode(uitRegio, 'ts')};`,
    'berekenVerblijfstermijn(geval); // standaard: een ambitie wordt niet toegepast',
    'berekenVerblijfstermijn(geval, { uitgeslotenStatussen: [] }); // elke status wordt toegepast',
    '```',
    '',
  ];
}

const AANDACHTSGROEPNAMEN: Record<Aandachtsgroep, string> = {
  arbeidsmigrant: 'arbeidsmigrant',
  remigrant: 'remigrant',
  'bijzondere-gemeente': 'uit een bijzondere gemeente',
};

const ROUTENAMEN: Record<Route, string> = {
  1: 'verlies van huisvesting na een ingrijpende gebeurtenis',
  2: 'geen onderdak na het verlaten van een instelling',
  3: 'huisuitzetting',
  4: 'remigratie',
};

const KWETSBARE_GROEPNAMEN: Record<KwetsbareGroep, string> = { kinderen: 'kinderen', jongeren: 'jongeren', vrouwen: 'vrouwen', lhbtiq: "LHBTIQ+'ers" };

/** De indeling van woonsituaties en gebeurtenissen, berekend door de regel zelf. */
function situatie(): string[] {
  const { uitkomsten } = REGELS.situatie.beschrijving;
  const naam = (uitslag: { uitkomst: string }) => uitkomsten[uitslag.uitkomst]?.nl ?? uitslag.uitkomst;
  const woonsituaties = WOONSITUATIES.map((woonsituatie) => {
    const uitslag = classificeerSituatie({ woonsituatie });
    // Bij een niet-conventionele plek beslist het dak boven het hoofd; zonder die opgave: aanvullen.
    const uitkomst =
      uitslag.uitkomst === 'aanvullen'
        ? `${naam(classificeerSituatie({ woonsituatie, dakBovenHetHoofd: false }))} zonder dak boven het hoofd, ${naam(classificeerSituatie({ woonsituatie, dakBovenHetHoofd: true }))} met een dak; niet opgegeven: ${naam(uitslag)}`
        : naam(uitslag);
    return `| ${hoofdletter(WOONSITUATIENAMEN[woonsituatie])} | ${uitkomst} | ${uitslag.ethosLight ?? '—'} |`;
  });
  const gebeurtenissen = GEBEURTENISSOORTEN.map((soort) => {
    const uitslag = classificeerSituatie({ woonsituatie: 'openbare-ruimte', gebeurtenissen: [{ soort }] });
    const route = uitslag.primaireRoute === null ? '—' : `${uitslag.primaireRoute}: ${ROUTENAMEN[uitslag.primaireRoute]}`;
    return `| ${hoofdletter(GEBEURTENISNAMEN[soort])} | ${route} | ${uitslag.aandachtsgroepen.map((groep) => AANDACHTSGROEPNAMEN[groep]).join(', ') || '—'} |`;
  });
  const doelgroepen = DOELGROEPEN.map((doelgroep) => {
    const uitslag = classificeerSituatie({ woonsituatie: 'openbare-ruimte', doelgroepen: [doelgroep], regio: 'ijssel-vecht' });
    const groepen = uitslag.aandachtsgroepen.map((groep) => AANDACHTSGROEPNAMEN[groep]).join(', ');
    const voorbeeld = (['economisch-dakloos', 'scheiding', 'met-kinderen', 'jongere-niet-meer-thuis'] as const).some((groep) => groep === doelgroep);
    const aandacht = groepen ? `ja: ${groepen}` : voorbeeld ? 'nee; een voorbeeld van de visie (5.3), dat niet zelf beslist over de richting van de opvang' : 'nee';
    const kwetsbaar = uitslag.kwetsbareGroepen.map((groep) => KWETSBARE_GROEPNAMEN[groep]).join(', ');
    return `| ${hoofdletter(DOELGROEPNAMEN[doelgroep])} | ${aandacht} | ${kwetsbaar ? `ja: ${kwetsbaar}` : 'nee'} |`;
  });
  return [
    '### Woonsituatie, uitkomst en ETHOS Light',
    '',
    'Deze tabel is door de regel zelf berekend.',
    '',
    '| Waar iemand nu verblijft | Uitkomst | ETHOS Light-categorie |',
    '|---|---|---|',
    ...woonsituaties,
    '',
    '### Gebeurtenissen en routes naar dakloosheid',
    '',
    '| Gebeurtenis | Route | Groep met extra aandacht |',
    '|---|---|---|',
    ...gebeurtenissen,
    '',
    '### Groepen',
    '',
    'De kwetsbare groepen zijn een signaal onder het beleid van IJssel-Vecht (of een beleid dat de visie zelf noemt).',
    '',
    '| Groep | Groep met extra aandacht? | Kwetsbare groep? |',
    '|---|---|---|',
    ...doelgroepen,
    '',
    '### Verder',
    '',
    '- De uitkomst volgt uit de woonsituatie. Alleen bij een caravan, tent, auto of kraakpand zonder opgave of er een dak boven het hoofd is, is de uitkomst "aanvullen", met dat gegeven als ontbrekend. Een onbekende route of richting van de opvang maakt de uitkomst niet "aanvullen"; wel zegt de toelichting bij het criterium wat er zou helpen.',
    '- De indeling hangt niet af van een datum of een beleid. De richting van de opvang en de kwetsbare groepen komen alleen onder een beleid dat ze geeft (dat van IJssel-Vecht); dan noemt het verslag dat beleid. Een peildatum noemt het verslag bij deze regel niet.',
    '',
  ];
}

function voorbeelden(regel: RegelId): string[] {
  return voorbeeldgevallen(regel).flatMap(({ bestand, invoer, beoordeling }, index) => {
    return [`#### Voorbeeld ${index + 1}`, '', uitkomstInWoorden(beoordeling), '', ...brief(beoordeling), 'Invoer voor IT:', '```jsonc', `// examples/${bestand}`, alsCode(invoer), '```', ''];
  });
}

/** Wat een gemeente in een eigen beleid kan vastleggen, in woorden, uit de lijst met parameters. */
function eigenBeleid(): string[] {
  const fonds = (Object.keys(BELEIDSPARAMETERS) as Parameternaam[]).filter((parameter) => parameter.startsWith('versnelfonds.')).map((parameter) => BELEIDSPARAMETERS[parameter].naam.nl);
  return [
    '### Een eigen beleid',
    '',
    `Een gemeente kan haar eigen waarden vastleggen in een eigen beleid. Voor het versnelfonds zijn dat ${opsomming(fonds)}. Voor de verblijfstermijnen legt ze de regio vast waarvoor de termijnen gelden, en per opvangvorm de maximale verblijfsduur: voor iedereen, of apart voor cliënten uit de regio en van buiten de regio. De opvangvormen zijn: ${opsomming(OPVANGVORMEN.map((vorm) => OPVANGVORM_NAMEN[vorm].nl))}.`,
    '',
    'Voor het woningaanbod na beschermd wonen legt ze de regio vast en de termijn waarbinnen een uitstromer een woning aangeboden krijgt.',
    '',
    'Elke waarde krijgt een periode, een status en een bron, net als in het ingebouwde beleid. Hoe dat gaat, staat in de gids [Eigen beleid vastleggen](eigen-beleid.md).',
    '',
  ];
}

/** Het woningaanbod na beschermd wonen: de termijn per beleid, hoe er gerekend wordt, en wat de regel niet zegt. */
function woningaanbod(): string[] {
  const details: string[] = [];
  for (const beleid of Object.values(INGEBOUWD_BELEID)) {
    const waarden = parameterwaarden(beleid, 'woningaanbod.');
    if (waarden.length > 0) details.push(`#### ${beleid.naam}`, technisch(beleid.id), '', ...waardenlijst(waarden));
  }
  const regioIds = new Set(Object.values(INGEBOUWD_BELEID).flatMap((beleid) => (beleid.parameters['woningaanbod.regio'] ?? []).map((waarde) => waarde.waarde)));
  const zonder = Object.values(REGIOS).filter((regio) => !regioIds.has(regio.id)).map((regio) => regio.naam);
  const geval = { regio: 'almelo', aangemeldOp: '2025-08-31', peildatum: '2026-03-01', woningAangeboden: false } as const;
  const verstreken = berekenWoningaanbod(geval);
  return [
    '### De termijn in het ingebouwde beleid',
    '',
    `${hoofdletter(opsomming(zonder.map((naam) => `de ${naam}`)))} ${zonder.length === 1 ? 'heeft' : 'hebben'} geen ingebouwde termijn voor een woningaanbod. Daar is de uitkomst "geen termijn". De regel leent nooit een termijn van een andere regio.`,
    '',
    'Hieronder staan de waarden met hun bronnen.',
    '',
    ...details,
    '### Hoe er gerekend wordt',
    '',
    '- De uiterlijke aanboddatum is de dag van aanmelding bij de centrale toegang plus de termijn, in de Nederlandse kalender.',
    '- Een termijn in maanden eindigt op dezelfde dag zoveel maanden later. Bestaat die dag niet, dan is het de laatste dag van die maand. Zo is 31 augustus plus 6 maanden 28 februari, in een schrikkeljaar 29 februari.',
    '- Op de uiterlijke aanboddatum zelf is de termijn nog niet verstreken: er resteren dan 0 dagen. De dag erna is de termijn verstreken.',
    '- De termijn die op de dag van aanmelding geldt, geldt tot het aanbod. Was de cliënt aangemeld voordat er een termijn bestond, dan geldt er geen termijn.',
    '- Is de cliënt een woning aangeboden, dan is de uitkomst "woning aangeboden". Is het niet bekend, dan zegt de regel binnen de termijn alleen tot wanneer het aanbod kan komen. Na de termijn vraagt hij het na (uitkomst "aanvullen").',
    '- Ligt de dag van aanmelding na de peildatum, dan geeft de regel een foutmelding.',
    '',
    '### Een signaal, geen recht',
    '',
    'De regel zegt tot wanneer het aanbod volgens de afspraak met de woningcorporaties moet komen. Hij beslist niets over de rechten van de cliënt. De afspraak staat in een bron uit 2018 als werkwijze beschreven; de bronnen laten niet zien dat zij is vastgesteld.',
    '',
    uitkomstInWoorden(verstreken),
    '',
    ...brief(verstreken),
    'Voor IT:',
    '```ts',
    `berekenWoningaanbod(${alsCode(geval, 'ts')});`,
    '```',
    '',
  ];
}

const REGELHOOFDSTUK: Partial<Record<RegelId, () => string[]>> = { herkomst, versnelfonds, verblijfstermijn, situatie, woningaanbod };

function regelsectie(beschrijving: Regelbeschrijving): string[] {
  const id = beschrijving.id as RegelId;
  const regels = [
    `## ${beschrijving.titel.nl}`,
    `${technisch(id)} (functie \`${beschrijving.functie}\`)`,
    '',
    beschrijving.omschrijving.nl,
    '',
    `Mogelijke uitkomsten: ${opsomming(Object.values(beschrijving.uitkomsten).map((naam) => `"${naam.nl}"`))}.`,
    '',
    // De ids van de uitkomsten, zoals de API, de testvectoren en de JSON ze noemen (issue 27).
    `Technische naam: ${Object.keys(beschrijving.uitkomsten).map((uitkomst) => `\`${uitkomst}\``).join(', ')} (de uitkomsten, in dezelfde volgorde)`,
    '',
    '### Criteria en signalen',
    '',
  ];
  beschrijving.criteria.forEach((criterium, index) => regels.push(...criteriumsectie(id, criterium, beschrijving.criteria[index - 1])));
  regels.push(...(REGELHOOFDSTUK[id]?.() ?? []));
  regels.push(...keuzesWaarDeBronnenZwijgen(id));
  regels.push('### Uitgewerkte voorbeelden', '', 'De code heeft deze voorbeelden zelf doorgerekend.', '', ...voorbeelden(id));
  return regels;
}

function bronnentabel(): string[] {
  return [
    '## Bronnen',
    '',
    'Elk document waarop een regel, een criterium of een waarde rust. In de rest van de catalogus staat een document kort genoemd, met een link naar zijn rij hier.',
    '',
    '| Kort | Document | Uitgever | Jaar | Waar te vinden |',
    '|---|---|---|---|---|',
    ...BRONDOCUMENTEN.map((document) => {
      const rij = bronrij(document);
      const titel = rij.url ? `[${cel(rij.titel)}](${rij.url})` : cel(rij.titel);
      return `| <a id="${rij.anker}"></a>${cel(rij.korteNaam)} | ${titel} | ${cel(rij.uitgever)} | ${rij.jaar} | ${rij.vindplaats ? cel(rij.vindplaats) : '—'} |`;
    }),
    '',
  ];
}

/** De volledige tekst van docs/regels.md. */
export function genereerRegelsMarkdown(): string {
  // Elk beleidswaarde staat bij haar regel: het versnelfonds of de verblijfstermijnen.
  for (const beleid of Object.values(INGEBOUWD_BELEID)) {
    for (const parameter of Object.keys(beleid.parameters)) {
      if (!parameter.startsWith('versnelfonds.') && !parameter.startsWith('verblijfsduur.') && !parameter.startsWith('woningaanbod.')) throw new Error(`${beleid.id}: ${parameter} hoort bij geen regel van de catalogus`);
    }
  }
  const regelsecties = Object.values(REGELS).map(({ beschrijving }) => regelsectie(beschrijving));
  const inhoud = [
    ...Object.values(REGELS).map(({ beschrijving }) => `- [${beschrijving.titel.nl}](#${kopAnker(beschrijving.titel.nl)})`),
    `- [Ingebouwd beleid](#${kopAnker('Ingebouwd beleid')})`,
    `- [Gemeenten en herindelingen](#${kopAnker('Gemeenten en herindelingen')})`,
    `- [Bronnen](#${kopAnker('Bronnen')})`,
  ];
  const voorbeeldbron = { document: 'integrale-ketenaanpak-mo', onderdeel: 'Oplossing 5: Versnelfonds' };
  const regels: string[] = [
    '# Regelcatalogus opvangregels',
    '',
    '> Deze catalogus komt rechtstreeks uit de code van de bibliotheek. Wijzig hem niet met de hand: een test controleert dat hij gelijk is aan wat de code maakt.',
    '',
    'Deze catalogus is voor beleidsmedewerkers. Per regel leest u wat de regel beslist en welke uitkomsten er zijn. U leest de criteria, elk met de bron waar het op rust. U leest de waarden per regio: de periode waarin ze gelden, hoe vast ze staan en het citaat uit de bron. U leest de keuzes die wij maakten waar de bronnen zwijgen. En u leest voorbeelden die de code zelf heeft doorgerekend, met wat de code erbij schrijft: bij het versnelfonds en de verblijfstermijn de brief aan de cliënt, en bij elke regel het volledige verslag voor het dossier.',
    '',
    '## Zo leest u deze catalogus',
    '',
    '- Bij elke regel, elk criterium en elke keuze staat een "Technische naam". Die is voor IT. U kunt hem overslaan. Ook de codeblokken bij de voorbeelden zijn voor IT.',
    `- Een bron staat kort genoemd, bijvoorbeeld ${korteBronverwijzing(voorbeeldbron)}. De link brengt u naar de tabel [Bronnen](#${kopAnker('Bronnen')}) achteraan, met de volledige verwijzing. Een tekst tussen aanhalingstekens na een bron is een letterlijk citaat.`,
    '- "Van 1 januari 2020 tot 1 januari 2022" betekent: tot en met 31 december 2021.',
    '- De peildatum is de dag waarop een regel beoordeelt.',
    '- Een datum die wij kozen omdat de bron er geen noemt, staat hier als "Gekozen datum (interpretatie)", met de bronnen van die keuze. In de brief aan de cliënt staat zo\'n datum nooit als feit; het verslag noemt haar als gekozen.',
    '- Wat de beleidsaudit van december 2026 vond, en per bevinding wat er veranderde of waarom een keuze blijft: zie [de beleidsaudit van december 2026](audit-2026-12.md).',
    '',
    '### Hoe vast staat een waarde?',
    '',
    'Elke waarde en elk criterium heeft een status. Die zegt hoe vast de bron staat. Het verslag noemt de status als die niet "vastgesteld" is; de brief aan de cliënt noemt geen statussen (de medewerker ziet ze bij de aandachtspunten). Zo ziet niemand een ambitie of een interpretatie aan voor vastgesteld beleid.',
    '',
    '| Status | Wat het betekent |',
    '|---|---|',
    ...WAARDESTATUSSEN.map((status) => `| ${status} | ${statusUitleg(status)} |`),
    '',
    '### Criteria, signalen en uitkomsten',
    '',
    'Een regel toetst criteria. Elk criterium heeft een uitslag: voldaan, niet voldaan, onbekend of niet van toepassing. Onbekend betekent: er ontbreken gegevens.',
    '',
    'Bij de meeste regels geldt: is één criterium niet voldaan, dan is de uitkomst negatief (bijvoorbeeld "afwijzen"), ook als er nog gegevens ontbreken. Is geen criterium niet voldaan, maar wel één onbekend, dan is de uitkomst "aanvullen". Het verslag noemt dan welke gegevens nog nodig zijn; de brief aan de cliënt (versnelfonds, verblijfstermijn) vraagt ernaar, en noemt nog geen besluit.',
    '',
    'Een signaal telt niet mee voor de uitkomst. Het wijst op iets waar u op moet letten. In het verslag staat het onder "Aandachtspunten", zonder uitslag.',
    '',
    '## Inhoud',
    '',
    ...inhoud,
    '',
    ...regelsecties.flat(),
    '## Ingebouwd beleid',
    '',
    'De bibliotheek heeft deze beleidssets ingebouwd. Hun waarden staan hierboven, bij het versnelfonds, bij de verblijfstermijnen en bij het woningaanbod na beschermd wonen.',
    '',
    ...Object.values(INGEBOUWD_BELEID).flatMap((beleid) => {
      const wat = [
        parameterwaarden(beleid, 'versnelfonds.').length > 0 ? 'het versnelfonds' : '',
        parameterwaarden(beleid, 'verblijfsduur.').length > 0 ? 'de verblijfstermijnen' : '',
        parameterwaarden(beleid, 'woningaanbod.').length > 0 ? 'het woningaanbod na beschermd wonen' : '',
      ].filter(Boolean);
      return [`- **${beleid.naam}**, versie ${beleid.versie}: waarden voor ${opsomming(wat)}.`, technisch(beleid.id, '  - ')];
    }),
    '',
    ...eigenBeleid(),
    '## Gemeenten en herindelingen',
    '',
    'De gemeenten komen uit de CBS-lijsten van 2021 (352 gemeenten) en 2023 (342 gemeenten), met de herindelingen daartussen. Latere herindelingen zitten er niet in: de lijst van 2023 geldt vanaf 1 januari 2023 ook voor latere datums. Vóór 2021 wordt de lijst van 2021 gebruikt. Herindelingen van vóór 2021 zitten er niet in.',
    '',
    'Een opgeheven gemeente wordt op en na de datum van de herindeling haar opvolger. Het verslag noemt de herindeling.',
    '',
    '| Datum | Voormalige gemeente | Opvolger |',
    '|---|---|---|',
    ...HERINDELINGEN.map(([datum, code, naam, opvolgerCode, opvolger]) => `| ${schrijfDatum(datum)} | ${naam} (${code}) | ${opvolger} (${opvolgerCode}) |`),
    '',
    "Gangbare namen mogen ook: Den Bosch is 's-Hertogenbosch, Den Haag is 's-Gravenhage. Hoofdletters, accenten en leestekens maken niet uit. Een gemeente mag ook met haar CBS-code: GM0141, 0141 of 141.",
    '',
    ...bronnentabel(),
  ];
  // De inhoudsopgave linkt naar de eerste kop met die tekst: dat moet de kop van het hoofdstuk zijn.
  for (const regel of inhoud) {
    const anker = /\(#([^)]+)\)$/.exec(regel)?.[1];
    const eerste = regels.find((kop) => /^#{1,6} /.test(kop) && kopAnker(kop.replace(/^#+ /, '')) === anker);
    if (!eerste?.startsWith('## ')) throw new Error(`de inhoudsopgave linkt naar ${anker ?? regel}, maar de eerste kop daarmee is geen hoofdstuk`);
  }
  return regels.join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(REGELS_MD, genereerRegelsMarkdown());
  console.log(`geschreven: ${REGELS_MD}`);
}
