// De Engelse meldingentabel van de CLI (src/cli/meldingen-en.ts), getoetst aan de meldingen die de
// bibliotheek echt maakt: de fout-gevallen van de meegeleverde testvectoren, een reeks foute
// invoer per regel, foute beleidsdefinities, de andere openbare functies, de CLI-meldingen en
// willekeurige invoer (fast-check). Geen melding hier is met de hand overgeschreven, behalve in
// de tabel met voorbeelden.
import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { GEEN_JSON, INTERNE_FOUT } from '../../src/cli/batchregel.js';
import { leesBeleidsbestand, leesJsonBestand } from '../../src/cli/beleid.js';
import { JsonSplitser, MAX_WAARDEBYTES, MELDING } from '../../src/cli/json-stroom.js';
import { MELDINGPATRONEN, VASTE_MELDINGEN, veldfoutInHetEngels, veldmeldingInHetEngels } from '../../src/cli/meldingen-en.js';
import { GEMEENTEN_2023, OPGEHEVEN_SINDS_2021 } from '../../src/data/gegenereerd.js';
import {
  INGEBOUWD_BELEID,
  aflopendeWaarden,
  OngeldigeInvoerFout,
  REGELS,
  beleidswaardeOp,
  bepaalHerkomst,
  beschrijfBron,
  brief,
  defineBeleid,
  defineBeleidVeilig,
  motivering,
  schrijfTijdstip,
  telDuurOp,
  voerTestvectorsUit,
  zoekGemeente,
  zoekRegel,
  type Duur,
  type RegelId,
} from '../../src/index.js';
import { GELDIGE_INVOER } from '../eigenschappen/invoer.js';

// ---------------------------------------------------------------------------------------------
// Nederlands dat is blijven staan
// ---------------------------------------------------------------------------------------------

/** Gemeentenamen komen ongewijzigd terug ("Dijk en Waard", "Bergen op Zoom"): die tellen niet als Nederlands. */
const GEMEENTENAMEN = [...GEMEENTEN_2023, ...OPGEHEVEN_SINDS_2021].map(([, naam]) => naam).sort((a, b) => b.length - a.length);
const GEMEENTENAAM = new RegExp(GEMEENTENAMEN.map((naam) => naam.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');

/**
 * Nederlandse woorden die in geen Engelse melding horen. Een woord telt alleen los (tussen
 * niet-letters) en buiten wat de melding overneemt: waarden tussen aanhalingstekens, ids en paden
 * (met een punt, streepje, liggend streepje of cijfer), `{ … }` en gemeentenamen.
 */
const NEDERLANDSE_WOORDEN: ReadonlySet<string> = new Set(
  (
    'moet mag kan kon zijn ontbreekt een het de en van tot op uit naar te dan bij voor met na niet geen bedoelt opgegaan waarde waarden ' +
    'gelden geldt bevat bevatten heeft hebben lijst tekst getal geheel veld velden gemeente bestaat bestond deze die dit staat ligt liggen verplicht laat ' +
    'ingebouwd ingebouwde onbekend onbekende hooguit minste hoogste wordt worden gelezen lege vorm tijdstip jaren jaar periode tijdzone fout fouten regel ' +
    'regio beleid eigen vorige bestaande sleutel gevallen tekens elementen niveaus uren maand afgesloten breekt komma bestand groter kleiner mist bv ' +
    'ongeldig ongeldige lid haar zou vallen valt zeg kies verbeter nog eerst ook alleen spaties leeg gewone functie kring gegevens webadres begint ' +
    'streepjes kleine cijfers regeleinden stuurtekens lezing waarom overlapt loopt langer einde gat eindigt eerder decimalen opties neemt vertrekdatum ' +
    'uiterlijke negatief meer komt al verblijf beoordeeld voordat legt vast termijnen verblijfstermijnen interne meld beoordelen geval ' +
    'grondslag keuze keuzes criterium rust rusten fonds raadsbesluit regeltekst vervangen overnemen uitgesloten waarop hoe als zoals instelt geeft'
  ).split(' '),
);

/** De Nederlandse woorden die in een Engelse tekst zijn blijven staan (leeg als er geen zijn). */
function nederlandsIn(engels: string): string[] {
  const zonderOvergenomen = engels
    // De naam van een onbekende gemeente is vrije tekst uit de invoer (ook met aanhalingstekens erin).
    .replace(/^unknown municipality '.*?'(?=; did you mean '|$)/s, 'unknown municipality ')
    .replace(GEMEENTENAAM, ' ')
    .replace(/'[^']*'/g, ' ')
    .replace(/\{[^}]*\}/g, ' ')
    .replace(/\S*[.\-_\d]\S*/g, ' ');
  const woorden = zonderOvergenomen.toLowerCase().split(/[^\p{L}]+/u).filter((woord) => NEDERLANDSE_WOORDEN.has(woord));
  const tekens = ['JJJJ', 'UU:MM', 'bv.'].filter((teken) => engels.includes(teken));
  return [...woorden, ...tekens];
}

/** Wat er mis is met de vertaling van een melding, of `null` als ze goed is. */
function probleemMet(melding: string): string | null {
  const engels = veldmeldingInHetEngels(melding);
  if (engels === undefined) return 'geen vertaling';
  if (engels === melding) return 'ongewijzigd';
  const woorden = nederlandsIn(engels);
  return woorden.length > 0 ? `Nederlands blijft staan (${woorden.join(', ')}): ${JSON.stringify(engels)}` : null;
}

function rapport(meldingen: Iterable<string>, herkomst: (melding: string) => string = () => ''): string[] {
  const problemen: string[] = [];
  for (const melding of meldingen) {
    const probleem = probleemMet(melding);
    if (probleem) problemen.push(`${JSON.stringify(melding)}${herkomst(melding)}: ${probleem}`);
  }
  return problemen;
}

// ---------------------------------------------------------------------------------------------
// De verzameling: echte meldingen van de bibliotheek
// ---------------------------------------------------------------------------------------------

/** Per melding waar ze voor het eerst vandaan kwam. */
type Corpus = Map<string, string>;

/** De meldingen van een OngeldigeInvoerFout; elke andere fout gaat door (en laat de test falen). */
function meldingenVan(actie: () => unknown): string[] {
  try {
    const uitslag = actie();
    // Een …Veilig-uitslag of defineBeleidVeilig: de fouten staan in de uitslag.
    if (typeof uitslag === 'object' && uitslag !== null && Object.hasOwn(uitslag, 'fouten')) return (uitslag as { fouten: Array<{ melding: string }> }).fouten.map((fout) => fout.melding);
    return [];
  } catch (fout) {
    if (fout instanceof OngeldigeInvoerFout) return fout.fouten.map((veldfout) => veldfout.melding);
    throw fout;
  }
}

/** Een bron van meldingen: een naam en een actie die (meestal) een OngeldigeInvoerFout gooit. */
type Geval = readonly [naam: string, actie: () => unknown];

const HERKOMST = { gemeenteVanHerkomst: 'Wierden', regio: 'almelo', peildatum: '2024-05-01' };
const AANVRAAG = {
  ingediendOp: '2025-04-05T14:30:00+02:00',
  vorm: 'gift',
  bedragInCenten: 120_000,
  gemeenteVanHerkomst: 'Almelo',
  voorliggendeVoorzieningenBenut: true,
  voorkomtOfVerkortOpvang: true,
  verwachteBesparingInCenten: 450_000,
  schulden: false,
};
const VERBLIJF = { regio: 'ijssel-vecht', opvangvorm: 'acute-opvang', startdatum: '2025-06-01', gemeenteVanHerkomst: 'Zwolle', peildatum: '2025-06-02' };

/** Per regel een geldige invoer; elk veld wordt hieronder vervangen door foute waarden. */
const GOEDE_INVOER: Readonly<Record<RegelId, Record<string, unknown>>> = {
  herkomst: HERKOMST,
  versnelfonds: AANVRAAG,
  schuldhulp: { fase: 'opvang', schulden: true, schuldhulpverlening: 'geen' },
  'alternatieve-bewindvoering': { fase: 'na-uitstroom', handeling: 'voortzetten', toestemming: true, behoefte: 'onbekend' },
  regisseur: { fase: 'opvang', betrokkenOrganisaties: [{ naam: 'Wijkteam', contacturenPerMaand: 4, bereikbaar: true }], huidigeRegisseur: 'Wijkteam' },
  verblijfstermijn: VERBLIJF,
  situatie: { woonsituatie: 'nachtopvang', gebeurtenissen: [{ soort: 'relatiebreuk', datum: '2025-01-01' }], doelgroepen: ['scheiding'], problematiek: 'zwaar', lokaleMogelijkhedenToereikend: false, regio: 'ijssel-vecht' },
  woningaanbod: { regio: 'almelo', aangemeldOp: '2025-03-03', peildatum: '2025-06-02', woningAangeboden: false },
};

const REGEL_IDS = Object.keys(REGELS) as RegelId[];

/** Een object waarvan het lezen van een veld gooit. */
const gooiend = (): object =>
  new Proxy(
    {},
    {
      ownKeys: () => {
        throw new Error('kapot');
      },
    },
  );

/** Een object met een getter die gooit. */
const metGetter = (): object =>
  Object.defineProperty({}, 'x', {
    enumerable: true,
    get() {
      throw new Error('kapot');
    },
  });

const genest = (diepte: number): unknown => (diepte === 0 ? 1 : { a: genest(diepte - 1) });

/** Foute waarden voor elk veld: verkeerde typen, onmogelijke datums en tijdstippen, onbekende gemeenten en regio's, te lang. */
const FOUTE_WAARDEN: readonly unknown[] = [
  undefined,
  null,
  -1,
  0,
  1.5,
  1e300,
  Number.NaN,
  '',
  '   ',
  'x',
  true,
  [],
  {},
  [1],
  'a'.repeat(201),
  new Date(Number.NaN),
  new Date(-1e15),
  new Date('2025-04-05T12:00:00Z'),
  '2026-02-30',
  '2026-13-01',
  '0000-01-01',
  '1-1-2025',
  '2026-03-29T02:30:00',
  '2026-02-30T10:00:00Z',
  '2026-04-05T24:00:00+02:00',
  '2026-04-05T12:00:00+15:00',
  '0000-12-31T12:00:00Z',
  '9999-12-31T23:30:00Z',
  '2025-04-05',
  'Almeloo',
  'Xyzzyq',
  "'s-Hertogenbos",
  'Bergen',
  'Nuenen Gerwen',
  'GM9999',
  '9999',
  'Dijk en Waard',
  'Amsterdam-Amstelland',
  'utrecht',
  'Utrecht!',
  'onbekend',
  'jaren',
];

/** Een eigen beleid (het voorbeeld uit de package) met een eigen regio, documenten en waarden. */
const VOORBEELD_TEKST = readFileSync(new URL('../../examples/beleid/amsterdam-amstelland.json', import.meta.url), 'utf8');
const voorbeeld = (): Record<string, any> => JSON.parse(VOORBEELD_TEKST);
const eigenBeleid = defineBeleid(voorbeeld());
const leegBeleid = defineBeleid({ id: 'gemeente-leeg', versie: '1', naam: 'Leeg', parameters: {} });
const ZES = ['GM0358', 'GM0362', 'GM0363', 'GM0384', 'GM0437', 'GM0451'];
const eigenBron = { document: 'voorbeeld-beleidsregels-mo-amsterdam-amstelland', onderdeel: 'Artikel 2' };
const periode = (vanaf: string, waarde: unknown, extra: Record<string, unknown> = {}) => ({ vanaf, waarde, status: 'vastgesteld', bronnen: [eigenBron], ...extra });
function metRegio(regio: Record<string, unknown>): Record<string, any> {
  const definitie = voorbeeld();
  definitie.regios['amsterdam-amstelland'] = { ...definitie.regios['amsterdam-amstelland'], ...regio };
  return definitie;
}
function metParameter(naam: string, wijzig: (perioden: Array<Record<string, any>>) => void): Record<string, any> {
  const definitie = voorbeeld();
  wijzig(definitie.parameters[naam]);
  return definitie;
}
/** Het voorbeeld met `regels` gewijzigd (het voorbeeld geeft `regels.versnelfonds.grondslag`). */
function metRegels(wijzig: (regels: Record<string, any>) => void): Record<string, any> {
  const definitie = voorbeeld();
  wijzig(definitie.regels);
  return definitie;
}
/** Een bron naar het eigen fondsdocument van het voorbeeld. */
const fondsBron = { document: 'voorbeeld-regeling-versnelfonds-amsterdam', onderdeel: 'Artikel 3' };
/** Het voorbeeld met een eigen fonds bij raadsbesluit, met een grondslag die nog een voornemen is. */
const fondsMetVoornemen = (() => {
  const definitie = JSON.parse(readFileSync(new URL('../../examples/beleid/voorbeeld-raadsbesluit-fonds.json', import.meta.url), 'utf8')) as Record<string, any>;
  definitie.regels.versnelfonds.grondslag = { ...definitie.regels.versnelfonds.grondslag, status: 'voornemen', toelichting: 'Het raadsbesluit is nog niet genomen.' };
  return defineBeleid(definitie);
})();
const elfRegios = defineBeleid({
  ...voorbeeld(),
  // Elk een eigen naam: twee regio's met dezelfde naam zijn in een brief niet te onderscheiden.
  regios: Object.fromEntries(Array.from({ length: 11 }, (_, index) => [`regio-${index}`, { ...voorbeeld().regios['amsterdam-amstelland'], naam: `regio ${index}` }])),
  parameters: {},
});

/** Foute beleidsdefinities: vorm en samenhang (zie test/beleid/schema.test.ts en eigen-beleid.test.ts). */
const FOUTE_BELEIDEN: ReadonlyArray<readonly [string, unknown]> = [
  ['geen object', 5],
  ['null', null],
  ['leeg', {}],
  ['onbekende velden', { ...voorbeeld(), a: 1, b: 2 }],
  ['een id met hoofdletters', { ...voorbeeld(), id: 'Gemeente Deventer' }],
  ['een te lang id', { ...voorbeeld(), id: 'a'.repeat(201) }],
  ['een ingebouwd beleid-id', { ...voorbeeld(), id: 'almelo' }],
  ['een lege versie', { ...voorbeeld(), versie: '   ' }],
  ['een te lange naam', { ...voorbeeld(), naam: 'a'.repeat(501) }],
  ['een naam met een regeleinde', { ...voorbeeld(), naam: 'a\nb' }],
  ['een naam van alleen onzichtbare tekens', { ...voorbeeld(), naam: '\u3164\u2800' }],
  ['een naam zonder letter of cijfer', { ...voorbeeld(), naam: '—' }],
  ['een naam die met een los accent begint', { ...voorbeeld(), naam: '\u0301Wierden' }],
  ['een naam met een Cyrillische a', { ...voorbeeld(), naam: 'Gemeente Wierdеn' }],
  ['een toelichting met een eigen bronregel', { ...voorbeeld(), regels: { ...voorbeeld().regels, versnelfonds: { ...voorbeeld().regels.versnelfonds, grondslag: { ...voorbeeld().regels.versnelfonds.grondslag, toelichting: 'Zie. Bron: de wet' } } } }],
  ['een citaat met dubbele aanhalingstekens', metRegels((regels) => (regels.versnelfonds.grondslag.bronnen = [{ ...fondsBron, citaat: 'a" b' }]))],
  ['een onderdeel met een puntkomma', metRegels((regels) => (regels.versnelfonds.grondslag.bronnen = [{ ...fondsBron, onderdeel: 'Artikel 3; Artikel 4' }]))],
  ['een document dat een ingebouwd document nadoet', { ...voorbeeld(), documenten: [...voorbeeld().documenten, { id: 'mijn-wmo', titel: 'Wet maatschappelijke ondersteuning 2015', uitgever: 'Rijksoverheid', jaar: 2015 }] }],
  ['twee documenten die hetzelfde zijn', { ...voorbeeld(), documenten: [...voorbeeld().documenten, { id: 'een', titel: 'Besluit', uitgever: 'Raad', jaar: 2020 }, { id: 'twee', titel: 'BESLUIT', uitgever: 'Ra\u0301ad', jaar: 2020 }] }],
  ['een regio met de naam van een ingebouwde regio', metRegio({ naam: 'Regio Almelo' })],
  ['een verblijfsduur van meer dan honderd jaar', (() => { const bestand = voorbeeld(); bestand.parameters['verblijfsduur.24-uursopvang'][0].waarde = { aantal: 1_201, eenheid: 'maanden' }; return bestand; })()],
  ['een onbekende parameter', { ...voorbeeld(), parameters: { 'versnelfonds.bonus': [] } }],
  ['parameters als lijst', { ...voorbeeld(), parameters: [] }],
  ['een lege periodenlijst', metParameter('versnelfonds.maximumInCenten', (perioden) => perioden.splice(0))],
  ['een bedrag als tekst', metParameter('versnelfonds.maximumInCenten', (perioden) => (perioden[0]!.waarde = '750'))],
  ['een gebroken bedrag', metParameter('versnelfonds.maximumInCenten', (perioden) => (perioden[0]!.waarde = 750.5))],
  ['een bedrag van 0', metParameter('versnelfonds.maximumInCenten', (perioden) => (perioden[0]!.waarde = 0))],
  ['een reusachtig bedrag', metParameter('versnelfonds.maximumInCenten', (perioden) => (perioden[0]!.waarde = 1e300))],
  ['een negatieve factor', metParameter('versnelfonds.kostenBatenFactor', (perioden) => (perioden[0]!.waarde = -1))],
  ['een te grote factor', metParameter('versnelfonds.kostenBatenFactor', (perioden) => (perioden[0]!.waarde = 1001))],
  ['een factor met drie decimalen', metParameter('versnelfonds.kostenBatenFactor', (perioden) => (perioden[0]!.waarde = 1.125))],
  ['een onbekende duureenheid', metParameter('verblijfsduur.24-uursopvang', (perioden) => (perioden[0]!.waarde = { aantal: 6, eenheid: 'jaren' }))],
  ['een te lange duur', metParameter('verblijfsduur.24-uursopvang', (perioden) => (perioden[0]!.waarde = { aantal: 100_001, eenheid: 'dagen' }))],
  ['een duur met een extra veld', metParameter('verblijfsduur.24-uursopvang', (perioden) => (perioden[0]!.waarde = { aantal: 6, eenheid: 'dagen', x: 1 }))],
  ['een onbekende status', metParameter('versnelfonds.maximumInCenten', (perioden) => (perioden[0]!.status = 'besloten'))],
  ['een interpretatie zonder toelichting', metParameter('versnelfonds.maximumInCenten', (perioden) => (perioden[0]!.status = 'interpretatie', delete perioden[0]!.toelichting))],
  ['een periode zonder bronnen', metParameter('versnelfonds.maximumInCenten', (perioden) => (perioden[0]!.bronnen = []))],
  ['te veel bronnen', metParameter('versnelfonds.maximumInCenten', (perioden) => (perioden[0]!.bronnen = Array.from({ length: 101 }, () => eigenBron)))],
  ['een bron zonder onderdeel', metParameter('versnelfonds.maximumInCenten', (perioden) => (perioden[0]!.bronnen = [{ document: 'wmo-2015' }]))],
  ['een datum in de verkeerde vorm', metParameter('versnelfonds.maximumInCenten', (perioden) => (perioden[0]!.vanaf = '1-1-2025'))],
  ['een onbestaande datum', metParameter('versnelfonds.maximumInCenten', (perioden) => (perioden[0]!.vanaf = '2025-02-30'))],
  ['tot niet na vanaf', metParameter('versnelfonds.maximumInCenten', (perioden) => (perioden[0]!.tot = perioden[0]!.vanaf))],
  ['twee perioden met dezelfde vanaf', metParameter('versnelfonds.maximumInCenten', (perioden) => perioden.push({ ...perioden[0]! }))],
  ['een periode na een periode zonder einde', metParameter('versnelfonds.maximumInCenten', (perioden) => perioden.push({ ...perioden[0]!, vanaf: '2030-01-01' }))],
  ['een regioparameter die geen id is', metParameter('versnelfonds.regio', (perioden) => (perioden[0]!.waarde = 'Amsterdam'))],
  ['een regioparameter naar een onbekende regio', metParameter('versnelfonds.regio', (perioden) => (perioden[0]!.waarde = 'utrecht'))],
  ['een verblijfsduur zonder verblijfsduur.regio', (() => { const bestand = voorbeeld(); delete bestand.parameters['verblijfsduur.regio']; return bestand; })()],
  ['een document-id van een ingebouwd document', { ...voorbeeld(), documenten: [{ id: 'wmo-2015', titel: 'T', uitgever: 'U', jaar: 2025 }] }],
  ['een dubbel document-id', { ...voorbeeld(), documenten: [...voorbeeld().documenten, voorbeeld().documenten[0]] }],
  ['een document zonder uitgever en jaar', { ...voorbeeld(), documenten: [{ id: 'd', titel: 'T' }] }],
  ['een document met een onmogelijk jaar', { ...voorbeeld(), documenten: [{ id: 'd', titel: 'T', uitgever: 'U', jaar: 99 }, { id: 'e', titel: 'T', uitgever: 'U', jaar: 10_000 }, { id: 'f', titel: 'T', uitgever: 'U', jaar: 2025.5 }] }],
  ['een url zonder protocol', { ...voorbeeld(), documenten: [{ id: 'd', titel: 'T', uitgever: 'U', jaar: 2025, url: 'www.example.org' }] }],
  ['een regio-id van een ingebouwde regio', { ...voorbeeld(), regios: { twente: voorbeeld().regios['amsterdam-amstelland'] } }],
  ['een regio-id dat geen id is', { ...voorbeeld(), regios: { 'Regio X': voorbeeld().regios['amsterdam-amstelland'] } }],
  ['een te lang regio-id', { ...voorbeeld(), regios: { ['a'.repeat(201)]: voorbeeld().regios['amsterdam-amstelland'] } }],
  ['een regio-id __proto__', (() => { const bestand = voorbeeld(); bestand.regios = JSON.parse(`{"__proto__": ${JSON.stringify(bestand.regios['amsterdam-amstelland'])}}`); return bestand; })()],
  ['een regio zonder centrumgemeente', metRegio({ centrumgemeenten: [] })],
  ['een CBS-code in de verkeerde vorm', metRegio({ leden: [periode('2023-01-01', ['0363'])] })],
  ['een onbekende CBS-code', metRegio({ leden: [periode('2023-01-01', ['GM0363', 'GM9999'])] })],
  ['een gemeente twee keer in een periode', metRegio({ leden: [periode('2023-01-01', ['GM0363', 'GM0363'])] })],
  ['een centrumgemeente twee keer', metRegio({ centrumgemeenten: ['GM0363', 'GM0363'] })],
  ['een centrumgemeente die geen lid is', metRegio({ leden: [periode('2023-01-01', ['GM0362'])] })],
  ['Weesp tot na de herindeling', metRegio({ leden: [periode('2021-01-01', [...ZES, 'GM0457'], { tot: '2022-03-25' })] })],
  ['Weesp na de herindeling', metRegio({ leden: [periode('2023-01-01', [...ZES, 'GM0457'])] })],
  ['Dijk en Waard vóór haar ontstaan', metRegio({ centrumgemeenten: ['GM1980'], leden: [periode('2021-12-31', ['GM1980'])] })],
  ['leden met een gat', metRegio({ leden: [periode('2022-01-01', ZES, { tot: '2022-06-01' }), periode('2022-07-01', ZES)] })],
  ['leden die overlappen', metRegio({ leden: [periode('2022-01-01', ZES, { tot: '2023-06-01' }), periode('2023-01-01', ZES)] })],
  ['een bron van een indeling naar een onbekend document', metRegio({ leden: [periode('2023-01-01', ZES, { bronnen: [{ document: 'raadsbesluit-x', onderdeel: '1' }] })] })],
  ['meer dan 100 samenhangfouten', metRegio({ leden: [periode('2023-01-01', [...ZES, ...Array.from({ length: 150 }, (_, index) => `GM${9000 + index}`)])] })],
  ['een grondslag met status voornemen zonder toelichting', metRegels((regels) => ((regels.versnelfonds.grondslag.status = 'voornemen'), delete regels.versnelfonds.grondslag.toelichting))],
  ['een grondslag zonder status en bronnen', metRegels((regels) => (regels.versnelfonds.grondslag = { status: 'besloten', bronnen: [] }))],
  ['een onbekende regel in regels', metRegels((regels) => (regels.onbekend = regels.versnelfonds))],
  ['een criterium-id __proto__', metRegels((regels) => (regels.versnelfonds.criteria = JSON.parse(`{"__proto__": {"bronnen": ${JSON.stringify([fondsBron])}}}`)))],
  ['een keuze-id __proto__', metRegels((regels) => (regels.versnelfonds.keuzes = JSON.parse('{"__proto__": {"overgenomen": true}}')))],
  ['een criterium-id dat geen id is', metRegels((regels) => (regels.versnelfonds.criteria = { 'Laatste Optie': { bronnen: [fondsBron] } }))],
  ['een keuze-id zonder punt', metRegels((regels) => (regels.versnelfonds.keuzes = { begrenzen: { overgenomen: true } }))],
  ['een criterium dat niet bij de regel hoort', metRegels((regels) => (regels.versnelfonds.criteria = { 'versnelfonds.bonus': { bronnen: [fondsBron] } }))],
  ['een criterium zonder bronnen', metRegels((regels) => (regels.versnelfonds.criteria = { 'versnelfonds.maximum': { bronnen: [] } }))],
  ['keuzes voor een regel zonder keuzes', metRegels((regels) => (regels.herkomst = { grondslag: regels.versnelfonds.grondslag, keuzes: { 'herkomst.regio': { overgenomen: true } } }))],
  ['een keuze die niet bij de regel hoort', metRegels((regels) => (regels.versnelfonds.keuzes = { 'versnelfonds.bonus': { overgenomen: true } }))],
  ['een keuze die niet overgenomen is en geen tekst heeft', metRegels((regels) => (regels.versnelfonds.keuzes = { 'versnelfonds.begrenzen': { overgenomen: false } }))],
  [
    'bronnen van regels naar een onbekend document',
    metRegels((regels) => {
      const onbekend = [{ document: 'raadsbesluit-x', onderdeel: '1' }];
      regels.versnelfonds.grondslag.bronnen = onbekend;
      regels.versnelfonds.criteria = { 'versnelfonds.maximum': { bronnen: onbekend } };
      regels.versnelfonds.keuzes = { 'versnelfonds.begrenzen': { overgenomen: true, bronnen: onbekend } };
    }),
  ],
  ['te veel velden', Object.fromEntries(Array.from({ length: 1001 }, (_, index) => [`v${index}`, 1]))],
  ['te diep genest', { ...voorbeeld(), parameters: genest(40) }],
  ['een getter die gooit', { ...voorbeeld(), parameters: metGetter() }],
];

/** Foute opgeslagen beoordelingen voor motivering (zie test/robuustheid/motivering-vectoren.test.ts). */
function motiveringGevallen(): Geval[] {
  const herkomst = JSON.parse(JSON.stringify(bepaalHerkomst(HERKOMST))) as Record<string, any>;
  const grond = herkomst.gronden[0];
  const fonds = JSON.parse(JSON.stringify(REGELS.versnelfonds.beoordeel({ ...AANVRAAG, gemeenteVanHerkomst: 'Diemen' }, { beleid: eigenBeleid }))) as Record<string, any>;
  const [document] = fonds.eigenDocumenten;
  const met = (wijziging: Record<string, unknown>, opties?: unknown): Geval => [`motivering ${JSON.stringify(Object.keys(wijziging))}`, () => motivering({ ...herkomst, ...wijziging } as never, opties as never)];
  const bronnen = Array.from({ length: 5000 }, () => ({ document: 'x', onderdeel: 'y' }));
  return [
    ['motivering zonder beoordeling', () => motivering(undefined as never)],
    ['motivering van een getal', () => motivering(5 as never)],
    met({ regel: 5, uitkomst: undefined, gronden: {}, ontbrekendeGegevens: 'x' }),
    met({ gronden: [null, { ...grond, status: 'x', soort: 'x', basis: { status: 'x' }, interpretaties: {}, bronnen: [{ document: 'wmo-2015', onderdeel: 5, citaat: null }] }] }),
    met({ peildatum: '2024-13-01', beleid: 'x' }),
    met({ peildatum: undefined, beleid: { id: 'x', naam: 5 } }),
    met({ gronden: new Array(2 ** 32 - 1) }),
    met({ gronden: [{ ...grond, toelichting: 'a'.repeat(10_001) }] }),
    met({ gronden: Array.from({ length: 101 }, () => ({ ...grond, toelichting: 'a'.repeat(10_000) })) }),
    met({ gronden: [{ ...grond, bronnen }, { ...grond, bronnen }, { ...grond, bronnen }] }),
    met({ ontbrekendeGegevens: Array.from({ length: 500 }, () => 1) }),
    met({ gronden: [Object.defineProperty({ ...grond }, 'regel', { enumerable: true, get: () => 'x' })] }),
    met({ gronden: [gooiend()] }),
    met({}, { taal: 'fr', vorm: 'x' }),
    met({}, null),
    met({}, { a: 1 }),
    met({}, { a: 1, b: 2 }),
    met({}, gooiend()),
    met({ eigenDocumenten: [document, document] }),
    met({ eigenDocumenten: [{ id: 'wmo-2015', titel: 'Nep', uitgever: 'Nep', jaar: 2025 }] }),
    met({ eigenDocumenten: [{ id: 'X Y', titel: 'a\nb', uitgever: 5, jaar: '2025', url: 'javascript:x' }, { id: 'z' }] }),
    ['beschrijfBron zonder lijst', () => beschrijfBron({ document: 'x', onderdeel: 'y' }, null as never)],
    ['beschrijfBron met null', () => beschrijfBron({ document: 'x', onderdeel: 'y' }, [null] as never)],
    ['beschrijfBron met een Proxy', () => beschrijfBron({ document: 'x', onderdeel: 'y' }, gooiend() as never)],
  ];
}

/** Foute testvectorbestanden voor voerTestvectorsUit (zie test/testvectoren.test.ts). */
function testvectorGevallen(): Geval[] {
  const vector = { naam: 'x', invoer: HERKOMST, verwacht: { uitkomst: 'binnen-regio', gronden: { 'herkomst.regio': 'voldaan' } } };
  const bestand = (vectoren: unknown[], extra: Record<string, unknown> = {}) => ({ regel: 'herkomst', formaat: 1, vectoren, ...extra });
  const deze = (regel: string, invoer: unknown, opties?: unknown) => zoekRegel(regel).beoordeel(invoer, opties);
  const kring: Record<string, unknown> = {};
  kring.zelf = kring;
  return [
    ['voerTestvectorsUit zonder functie', () => voerTestvectorsUit(bestand([vector]), 5 as never)],
    ['voerTestvectorsUit: geen object', () => voerTestvectorsUit(5, deze)],
    ['voerTestvectorsUit: formaat 2 zonder vectoren', () => voerTestvectorsUit(bestand([], { formaat: 2, regel: '' }), deze)],
    ['voerTestvectorsUit: een lege naam en een foute verwachting', () => voerTestvectorsUit(bestand([{ ...vector, naam: '  ' }, { ...vector, verwacht: { fout: {} } }, { ...vector, verwacht: 5 }]), deze)],
    ['voerTestvectorsUit: een verwachting die geen JSON is', () => voerTestvectorsUit(bestand([{ ...vector, verwacht: kring }, { ...vector, verwacht: { uitkomst: 'x', gronden: {}, n: 10n } }]), deze)],
    ['voerTestvectorsUit: sleutels die geen criterium-id zijn', () => voerTestvectorsUit(bestand([{ ...vector, verwacht: JSON.parse('{"uitkomst": "x", "gronden": {"__proto__": "voldaan", "": "voldaan"}, "velden": {"__proto__": 1}}') }]), deze)],
    ['voerTestvectorsUit: een getter', () => voerTestvectorsUit(Object.defineProperty(bestand([vector]), 'regel', { enumerable: true, get: () => 'herkomst' }), deze)],
    ['voerTestvectorsUit: te veel gevallen', () => voerTestvectorsUit(bestand(new Array(10_001).fill(null)), deze)],
    ['voerTestvectorsUit: een Proxy', () => voerTestvectorsUit(gooiend(), deze)],
    ['voerTestvectorsUit: opties die geen object zijn', () => voerTestvectorsUit(bestand([vector]), deze, 5 as never)],
    ['voerTestvectorsUit: foute opties', () => voerTestvectorsUit(bestand([vector]), deze, { alleenContract: 'ja', x: 1 } as never)],
    ['voerTestvectorsUit: opties met een getter', () => voerTestvectorsUit(bestand([vector]), deze, Object.defineProperty({}, 'alleenContract', { enumerable: true, get: () => true }))],
    ['voerTestvectorsUit: opties als Proxy', () => voerTestvectorsUit(bestand([vector]), deze, gooiend() as never)],
  ];
}

/** De andere openbare functies met eigen meldingen. */
/** De foute gegevens en beoordelingen van `brief` (src/brief.ts). */
function briefGevallen(): Geval[] {
  const versnelfonds = zoekRegel('versnelfonds').beoordeel({ ingediendOp: '2025-04-05T14:30:00+02:00', vorm: 'gift', bedragInCenten: 80_000, gemeenteVanHerkomst: 'Wierden', voorliggendeVoorzieningenBenut: true, voorkomtOfVerkortOpvang: true, verwachteBesparingInCenten: 90_000, schulden: false });
  const gemeente = { naam: 'Gemeente X', bezwaaradres: 'Postbus 1' };
  return [
    ['brief bij een andere regel', () => brief(bepaalHerkomst(HERKOMST), { gemeente, datum: '2026-01-01' })],
    ['brief zonder gegevens', () => brief(versnelfonds, undefined as never)],
    ['brief met foute gegevens', () => brief(versnelfonds, { gemeente: { naam: '', adres: 'a\nb', telefoon: 'x'.repeat(501), extra: 1 }, datum: '2026-02-30', taal: 'fr', kenmerk: 5 } as never)],
    ['brief met een datum in een andere vorm', () => brief(versnelfonds, { gemeente, datum: '1 januari' })],
    ['brief bij een beoordeling die er geen is', () => brief({ regel: 'versnelfonds' } as never, { gemeente, datum: '2026-01-01' })],
  ];
}

function andereGevallen(): Geval[] {
  return [
    ['zoekGemeente zonder naam', () => zoekGemeente('', '2026-02-30')],
    ['zoekGemeente met een getal', () => zoekGemeente(5 as never)],
    ['zoekGemeente met een te lange naam', () => zoekGemeente('a'.repeat(201))],
    ['telDuurOp zonder duur', () => telDuurOp('2026-01-01', undefined as never)],
    ['zoekRegel zonder tekst', () => zoekRegel(Object.create(null) as never)],
    ['beschrijfBron zonder bron', () => beschrijfBron(undefined as never)],
    ['schrijfTijdstip na 9999', () => schrijfTijdstip(8.64e15)],
    ['zoekGemeente met een onbekende code', () => zoekGemeente('GM9999')],
    ['zoekGemeente met een tikfout', () => zoekGemeente('Zwole')],
    ['zoekGemeente met drie suggesties', () => zoekGemeente('Berge')],
    ['zoekGemeente vóór het ontstaan', () => zoekGemeente('Dijk en Waard', '2021-06-01')],
    ['telDuurOp met een onbestaande datum', () => telDuurOp('2026-02-30', { aantal: 1, eenheid: 'dagen' })],
    ['telDuurOp met een negatief aantal', () => telDuurOp('2026-01-01', { aantal: -1, eenheid: 'dagen' })],
    ['telDuurOp met een onbekende eenheid', () => telDuurOp('2026-01-01', { aantal: 1, eenheid: 'jaren' } as unknown as Duur)],
    ['telDuurOp tot na 9999', () => telDuurOp('9999-12-01', { aantal: 2, eenheid: 'maanden' })],
    ['beleidswaardeOp vóór de eerste waarde', () => beleidswaardeOp(INGEBOUWD_BELEID.almelo, 'versnelfonds.maximumInCenten', '2019-06-01')],
    ['beleidswaardeOp zonder enige waarde', () => beleidswaardeOp(leegBeleid, 'versnelfonds.maximumInCenten', '2026-01-01')],
    ['zoekRegel met een onbekend id', () => zoekRegel('onbekend')],
    ['aflopendeWaarden met een onbestaande peildatum', () => aflopendeWaarden('almelo', '2026-02-30', 1)],
    ['aflopendeWaarden met een negatief aantal dagen', () => aflopendeWaarden('almelo', '2026-01-01', -1)],
    ['aflopendeWaarden tot na 9999', () => aflopendeWaarden('almelo', '9999-12-31', 1)],
    ['aflopendeWaarden met een onbekend beleid', () => aflopendeWaarden('x' as never, '2026-01-01', 1)],
    ['aflopendeWaarden met opties die geen object zijn', () => aflopendeWaarden('almelo', '2026-01-01', 1, 5 as never)],
    ['aflopendeWaarden met een onbekende status', () => aflopendeWaarden('almelo', '2026-01-01', 1, { uitgeslotenStatussen: ['x'] as never })],
    ['versnelfonds met een beleid zonder fonds', () => REGELS.versnelfonds.beoordeel(AANVRAAG, { beleid: leegBeleid })],
    ['versnelfonds: een termijn die na 9999 zou eindigen', () => REGELS.versnelfonds.beoordeel({ ...AANVRAAG, gemeenteVanHerkomst: 'Diemen', ingediendOp: '9999-12-31T20:00:00+01:00' }, { beleid: eigenBeleid })],
    ['versnelfonds na het eigen fonds', () => REGELS.versnelfonds.beoordeel({ ...AANVRAAG, gemeenteVanHerkomst: 'Diemen', ingediendOp: '2019-01-01T12:00:00+01:00' }, { beleid: eigenBeleid })],
    ['herkomst: een eigen regio zonder beleid', () => REGELS.herkomst.beoordeel({ ...HERKOMST, regio: 'utrecht' })],
    ['herkomst: een beleid zonder eigen regio', () => REGELS.herkomst.beoordeel({ ...HERKOMST, regio: 'utrecht' }, { beleid: leegBeleid })],
    ['herkomst: een beleid met een eigen regio', () => REGELS.herkomst.beoordeel({ ...HERKOMST, regio: 'utrecht' }, { beleid: eigenBeleid })],
    ['herkomst: een beleid met elf eigen regio\'s', () => REGELS.herkomst.beoordeel({ ...HERKOMST, regio: 'utrecht' }, { beleid: elfRegios })],
    ['herkomst: een eigen regio vóór haar indeling', () => REGELS.herkomst.beoordeel({ gemeenteVanHerkomst: 'Diemen', regio: 'amsterdam-amstelland', peildatum: '2020-12-31' }, { beleid: eigenBeleid })],
    ['herkomst: een opgeheven gemeente vóór het ontstaan van de opvolger', () => REGELS.herkomst.beoordeel({ ...HERKOMST, gemeenteVanHerkomst: 'Dijk en Waard', peildatum: '2021-12-31' })],
    ['regisseur: een beleid zonder grondslag voor de regel', () => REGELS.regisseur.beoordeel(GOEDE_INVOER.regisseur, { beleid: eigenBeleid })],
    ['schuldhulp: een beleid zonder grondslag voor de regel', () => REGELS.schuldhulp.beoordeel(GOEDE_INVOER.schuldhulp, { beleid: 'ijssel-vecht' })],
    ['regisseur: een uitgesloten grondslag (zonder peildatum)', () => REGELS.regisseur.beoordeel(GOEDE_INVOER.regisseur, { uitgeslotenStatussen: ['voornemen'] })],
    ['versnelfonds: een uitgesloten grondslag', () => REGELS.versnelfonds.beoordeel({ ...AANVRAAG, gemeenteVanHerkomst: 'Zwolle', ingediendOp: '2026-02-02T10:00:00+01:00' }, { beleid: fondsMetVoornemen, uitgeslotenStatussen: ['voornemen'] })],
    ['situatie: een onbekende regio', () => REGELS.situatie.beoordeel({ woonsituatie: 'openbare-ruimte', regio: 'utrecht' })],
    ['situatie: een onbekende regio onder een beleid met een eigen regio', () => REGELS.situatie.beoordeel({ woonsituatie: 'openbare-ruimte', regio: 'utrecht' }, { beleid: eigenBeleid })],
    ['situatie: een onbekende regio onder een beleid zonder eigen regio', () => REGELS.situatie.beoordeel({ woonsituatie: 'openbare-ruimte', regio: 'utrecht' }, { beleid: leegBeleid })],
    ['situatie: een regio die geen id is', () => REGELS.situatie.beoordeel({ woonsituatie: 'openbare-ruimte', regio: 'Utrecht!' })],
    ['situatie: een beleid zonder richting naast de regio ijssel-vecht', () => REGELS.situatie.beoordeel({ woonsituatie: 'openbare-ruimte', regio: 'ijssel-vecht' }, { beleid: leegBeleid })],
    ['verblijfstermijn: startdatum na peildatum', () => REGELS.verblijfstermijn.beoordeel({ ...VERBLIJF, startdatum: '2025-06-03' })],
    ['verblijfstermijn: een beleid zonder termijnen', () => REGELS.verblijfstermijn.beoordeel({ ...VERBLIJF, regio: 'almelo' }, { beleid: leegBeleid })],
    ['verblijfstermijn: een beleid voor een andere regio', () => REGELS.verblijfstermijn.beoordeel({ ...VERBLIJF, regio: 'almelo', opvangvorm: '24-uursopvang' }, { beleid: eigenBeleid })],
    ['verblijfstermijn: een vertrekdatum na 9999', () => REGELS.verblijfstermijn.beoordeel({ ...VERBLIJF, gemeenteVanHerkomst: 'Almelo', startdatum: '9999-12-30', peildatum: '9999-12-31' })],
    ['woningaanbod: aanmelding na peildatum', () => REGELS.woningaanbod.beoordeel({ regio: 'almelo', aangemeldOp: '2025-06-03', peildatum: '2025-06-02' })],
    ['woningaanbod: een beleid zonder termijn', () => REGELS.woningaanbod.beoordeel({ regio: 'almelo', aangemeldOp: '2025-06-01', peildatum: '2025-06-02' }, { beleid: leegBeleid })],
    ['woningaanbod: een beleid voor een andere regio', () => REGELS.woningaanbod.beoordeel({ regio: 'ijssel-vecht', aangemeldOp: '2025-06-01', peildatum: '2025-06-02' }, { beleid: 'almelo' })],
    ['woningaanbod: een aanboddatum na 9999', () => REGELS.woningaanbod.beoordeel({ regio: 'almelo', aangemeldOp: '9999-12-30', peildatum: '9999-12-31' })],
    ['woningaanbod: een termijn zonder regio', () => defineBeleid({ id: 'gemeente-x', versie: '1', naam: 'X', parameters: { 'woningaanbod.uitstroom-beschermd-wonen': [{ vanaf: '2025-01-01', waarde: { aantal: 3, eenheid: 'maanden' }, status: 'vastgesteld', bronnen: [{ document: 'weer-thuis-in-de-wijk', onderdeel: 'x' }] }] } })],
    ['regisseur: dubbele namen', () => REGELS.regisseur.beoordeel({ fase: 'opvang', betrokkenOrganisaties: [{ naam: 'GGZ', contacturenPerMaand: 1 }, { naam: ' ggz ', contacturenPerMaand: 2 }] })],
    ['regisseur: te veel uren en negatieve uren', () => REGELS.regisseur.beoordeel({ fase: 'opvang', betrokkenOrganisaties: [{ naam: 'A', contacturenPerMaand: 745 }, { naam: 'B', contacturenPerMaand: -1 }, { naam: 'C', contacturenPerMaand: '3' }] })],
    ['regisseur: te veel organisaties', () => REGELS.regisseur.beoordeel({ fase: 'opvang', betrokkenOrganisaties: Array.from({ length: 1001 }, (_, index) => ({ naam: `o${index}`, contacturenPerMaand: 1 })) })],
    ['een te grote invoer', () => REGELS.situatie.beoordeel({ woonsituatie: 'nachtopvang', x: Array.from({ length: 21 }, () => new Array(10_000).fill(0)) })],
    ['een te lange tekst', () => REGELS.situatie.beoordeel({ woonsituatie: 'x'.repeat(10_001) })],
    ['een te lange lijst', () => REGELS.situatie.beoordeel({ woonsituatie: 'nachtopvang', doelgroepen: new Array(10_001).fill('scheiding') })],
    ['te veel velden', () => REGELS.situatie.beoordeel(Object.fromEntries(Array.from({ length: 1001 }, (_, index) => [`v${index}`, 1])))],
    ['te diep genest', () => REGELS.situatie.beoordeel({ woonsituatie: genest(40) })],
    ['een getter die gooit', () => REGELS.situatie.beoordeel(metGetter())],
    ['een waarde waarop zod zelf gooit', () => REGELS.herkomst.beoordeel({ ...HERKOMST, gemeenteVanHerkomst: { length: {} } })],
  ];
}

/** Per regel: de invoer als geheel fout, elk veld vervangen door elke foute waarde, en foute opties. */
function regelGevallen(): Geval[] {
  const gevallen: Geval[] = [];
  for (const id of REGEL_IDS) {
    const regel = REGELS[id];
    const goed = GOEDE_INVOER[id];
    for (const geheel of [undefined, null, 5, 'x', [], {}, { ...goed, onbekend: 1 }, { ...goed, a: 1, b: 2 }]) gevallen.push([`${id}: ${String(geheel)}`, () => regel.beoordeel(geheel)]);
    const velden = [...Object.keys(goed), ...(id === 'regisseur' ? ['betrokkenOrganisaties.0.naam', 'betrokkenOrganisaties.0.contacturenPerMaand', 'betrokkenOrganisaties.0.bereikbaar'] : [])];
    if (id === 'situatie') velden.push('gebeurtenissen.0.soort', 'gebeurtenissen.0.datum', 'doelgroepen.0');
    for (const veld of velden) {
      for (const waarde of FOUTE_WAARDEN) {
        const invoer = structuredClone(goed);
        const delen = veld.split('.');
        let plek: Record<string, unknown> = invoer;
        for (const deel of delen.slice(0, -1)) plek = plek[deel] as Record<string, unknown>;
        if (waarde === undefined) delete plek[delen[delen.length - 1]!];
        else plek[delen[delen.length - 1]!] = waarde;
        gevallen.push([`${id}.${veld} = ${String(waarde).slice(0, 20)}`, () => regel.beoordeel(invoer)]);
      }
    }
    if (regel.leestBeleid) {
      for (const opties of [null, 'almelo', [], { beleid: null }, { beleid: 'onbekend' }, { beleid: 5 }, { beleid: { id: 'x' } }, { uitgeslotenStatussen: ['besloten'] }, { uitgeslotenStatussen: 'ambitie' }, { x: 1 }, gooiend()]) {
        gevallen.push([`${id} met opties ${String(opties)}`, () => regel.beoordeel(goed, opties)]);
      }
    }
  }
  return gevallen;
}

/** De fout-gevallen van de meegeleverde testvectoren, met hun opties. */
function vectorGevallen(): Geval[] {
  return readdirSync('test/vectors')
    .filter((naam) => naam.endsWith('.json'))
    .flatMap((bestand) => {
      const inhoud = JSON.parse(readFileSync(`test/vectors/${bestand}`, 'utf8')) as { regel: RegelId; vectoren: Array<{ naam: string; invoer: unknown; opties?: unknown; verwacht: object }> };
      return inhoud.vectoren
        .filter((vector) => Object.hasOwn(vector.verwacht, 'fout'))
        .map((vector): Geval => [`${bestand}: ${vector.naam}`, () => (vector.opties === undefined ? REGELS[inhoud.regel].beoordeel(vector.invoer) : REGELS[inhoud.regel].beoordeel(vector.invoer, vector.opties))]);
    });
}

/** De meldingen van de splitser van de CLI (src/cli/json-stroom.ts), uit kapotte invoer. */
function splitserMeldingen(): string[] {
  const groot = 'a'.repeat(MAX_WAARDEBYTES + 10);
  const invoer = [
    `{}\n"${groot}"\n{}`,
    `["${groot}"]`,
    '{"a":\n1',
    `{\n"a": "${groot}"`,
    '["abc\n"]',
    '[{"a": 1',
    '[1, 2',
    '[{} {}]',
    '[1,,2]',
    '[1,]',
    '[1] x',
  ];
  return invoer.flatMap((tekst) => {
    const splitser = new JsonSplitser();
    splitser.voeg(tekst);
    splitser.sluit();
    return splitser.uit.flatMap((waarde) => ('fout' in waarde ? [waarde.fout] : []));
  });
}

/** De meldingen van het beleidsbestand in de CLI (src/cli/beleid.ts): geen JSON, te groot, ongeldig. */
async function beleidsbestandMeldingen(): Promise<string[]> {
  const MIB = new Uint8Array(1024 * 1024);
  async function* stroom(...delen: Array<string | Uint8Array>) {
    yield* delen;
  }
  const uitslagen = await Promise.all([
    leesBeleidsbestand(stroom('{ kapot')),
    leesBeleidsbestand(stroom(...Array.from({ length: 11 }, () => MIB))),
    leesBeleidsbestand(stroom('{"id": "Almelo"}')),
  ]);
  // Het gemeentebestand van `opvangregels brief` is kleiner: zijn grens staat in KiB.
  const gemeente = await leesJsonBestand(stroom(new Uint8Array(70 * 1024)), 64 * 1024);
  return [...uitslagen.flatMap((uitslag) => (uitslag.fouten ?? []).map((fout) => fout.melding)), ...('fout' in gemeente ? [gemeente.fout.melding] : [])];
}

/** `GEEN_JSON` en `INTERNE_FOUT` van src/cli/batchregel.ts (INTERNE_FOUT komt alleen bij een fout in de bibliotheek zelf). */
function programmaMeldingen(): string[] {
  return [GEEN_JSON, INTERNE_FOUT];
}

// ---------------------------------------------------------------------------------------------
// Welke ingang van de tabel een melding vertaalt
// ---------------------------------------------------------------------------------------------

/** De ingang (vaste tekst of patroon) die een melding vertaalt, zoals veldmeldingInHetEngels zoekt. */
function ingangVan(melding: string): string | undefined {
  if (VASTE_MELDINGEN.has(melding)) return `vast: ${melding}`;
  for (const [regexp, inHetEngels] of MELDINGPATRONEN) {
    const delen = regexp.exec(melding);
    if (delen && inHetEngels(delen) !== undefined) return `patroon: ${regexp.source}`;
  }
  return undefined;
}

const ALLE_INGANGEN = [...[...VASTE_MELDINGEN.keys()].map((melding) => `vast: ${melding}`), ...MELDINGPATRONEN.map(([regexp]) => `patroon: ${regexp.source}`)];

// ---------------------------------------------------------------------------------------------
// De voorbeelden: Nederlands → verwacht Engels, exact
// ---------------------------------------------------------------------------------------------

const VOORBEELDEN: ReadonlyArray<readonly [nl: string, en: string]> = [
  [
    "beleid 'gemeente-leeg' geeft geen grondslag voor de richting van de opvang (regels.situatie.grondslag), het beleid van regio 'ijssel-vecht' wel: laat opties.beleid weg voor de richting van die regio, of laat het veld 'regio' weg",
    "policy 'gemeente-leeg' gives no basis for the direction of shelter (regels.situatie.grondslag), the policy of region 'ijssel-vecht' does: leave opties.beleid out for the direction of that region, or leave out the field 'regio'",
  ],
  // src/kern/schoon-prototype.ts
  [
    'kan niet veilig gecontroleerd worden: Object.prototype draagt een eigen veld dat niet tijdelijk weg kan (niet configureerbaar of bevroren)',
    'cannot be checked safely: Object.prototype carries a field of its own that cannot be set aside for a moment (not configurable, or frozen)',
  ],
  // src/kern/valideer.ts
  ['ontbreekt', 'is missing'],
  ['moet een tekst zijn', 'must be a string'],
  ['moet een getal zijn', 'must be a number'],
  ['moet een geheel getal zijn', 'must be an integer'],
  ['moet true of false zijn', 'must be true or false'],
  ['moet een object zijn', 'must be an object'],
  ['moet een lijst zijn', 'must be an array'],
  ['moet een datum zijn', 'must be a date'],
  ['moet van type bigint zijn', 'must be of type bigint'],
  ["moet een van 'gift', 'lening' zijn", "must be one of 'gift', 'lening'"],
  ["moet een van '1' zijn", "must be one of '1'"],
  ['moet ten minste 1 teken(s) bevatten', 'must contain at least 1 character(s)'],
  ['moet ten minste 2 element(en) bevatten', 'must contain at least 2 element(s)'],
  ['mag ten hoogste 200 teken(s) bevatten', 'may contain at most 200 character(s)'],
  ['mag ten hoogste 1000 element(en) bevatten', 'may contain at most 1000 element(s)'],
  ['mag ten hoogste 10000 tekens bevatten', 'may contain at most 10000 characters'],
  ['mag ten hoogste 10000 elementen bevatten', 'may contain at most 10000 elements'],
  ['mag ten hoogste 10000 gevallen bevatten', 'may contain at most 10000 cases'],
  ['moet ten minste 1000 zijn', 'must be at least 1000'],
  ['moet groter dan 0 zijn', 'must be greater than 0'],
  ['moet ten hoogste 9007199254740991 zijn', 'must be at most 9007199254740991'],
  ['moet kleiner dan 1.5 zijn', 'must be less than 1.5'],
  ['moet ten minste -9007199254740991 zijn', 'must be at least -9007199254740991'],
  ['heeft niet de vorm email', 'does not have the format email'],
  ['bevat een onbekend veld', 'contains an unknown field'],
  ['bevat 3 onbekende velden', 'contains 3 unknown fields'],
  [
    'heeft een ongeldige sleutel: een sleutel moet uit kleine letters, cijfers en streepjes bestaan, bv. gemeente-deventer',
    'has an invalid key: a key must consist of lowercase letters, digits and hyphens, e.g. gemeente-deventer',
  ],
  ['heeft een ongeldige sleutel: een sleutel mag ten hoogste 200 teken(s) bevatten', 'has an invalid key: a key may contain at most 200 character(s)'],
  ['heeft een ongeldige sleutel: een sleutel heeft niet de juiste vorm', 'has an invalid key: a key does not have the right shape'],
  ['heeft een ongeldige sleutel: een sleutel moet uit kleine letters, cijfers en streepjes bestaan', 'has an invalid key: a key must consist of lowercase letters, digits and hyphens'],
  ['heeft niet de juiste vorm', 'does not have the right shape'],
  ['heeft geen geldige vorm', 'does not have a valid shape'],
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
  ['is te groot (meer dan 200000 waarden)', 'is too large (more than 200000 values)'],
  ['bevat een tekst die te lang is (meer dan 10000 tekens)', 'contains a string that is too long (more than 10000 characters)'],
  ['is te diep genest (meer dan 32 niveaus)', 'is nested too deeply (more than 32 levels)'],
  ['bevat een lijst met te veel elementen (meer dan 10000)', 'contains an array with too many elements (more than 10000)'],
  ['bevat een object met te veel velden (meer dan 1000)', 'contains an object with too many fields (more than 1000)'],
  ['bevat een waarde die niet gelezen kan worden', 'contains a value that cannot be read'],
  // src/calculators/termijn.ts
  ['moet een bestaande datum JJJJ-MM-DD zijn', 'must be an existing date YYYY-MM-DD'],
  ['moet een geheel getal van 0 tot en met 100000 zijn', 'must be an integer from 0 to 100000'],
  ['valt na het jaar 9999', 'falls after the year 9999'],
  // src/data/gemeenten.ts
  ['moet een gemeentenaam of CBS-code zijn', 'must be a municipality name or CBS code'],
  ['moet een bestaande datum zijn in de vorm JJJJ-MM-DD', 'must be an existing date in the form YYYY-MM-DD'],
  ["onbekende gemeentecode 'GM9999'", "unknown municipality code 'GM9999'"],
  ["onbekende gemeente 'Almeloo'; bedoelt u 'Almelo'?", "unknown municipality 'Almeloo'; did you mean 'Almelo'?"],
  ["onbekende gemeente 'Xyzzyq'", "unknown municipality 'Xyzzyq'"],
  ["onbekende gemeente 'Berge'; bedoelt u 'Bergeijk', 'Bergen (L.)' of 'Bergen (NH.)'?", "unknown municipality 'Berge'; did you mean 'Bergeijk', 'Bergen (L.)' or 'Bergen (NH.)'?"],
  ["onbekende gemeente ''s-Hertogenbos'; bedoelt u ''s-Hertogenbosch'?", "unknown municipality ''s-Hertogenbos'; did you mean ''s-Hertogenbosch'?"],
  ["onbekende gemeente 'Nuenen Gerwen'; bedoelt u 'Nuenen, Gerwen en Nederwetten' of 'Son en Breugel'?", "unknown municipality 'Nuenen Gerwen'; did you mean 'Nuenen, Gerwen en Nederwetten' or 'Son en Breugel'?"],
  ["onbekende gemeente 'a'; bedoelt u 'b'?'", "unknown municipality 'a'; bedoelt u 'b'?'"],
  ["onbekende gemeente 'x\ny'", "unknown municipality 'x\ny'"],
  ["gemeente 'Dijk en Waard' bestond op 2021-12-31 nog niet (ontstaan op 2022-01-01)", "municipality 'Dijk en Waard' did not exist yet on 2021-12-31 (it came into being on 2022-01-01)"],
  ['GM1980 (Dijk en Waard) bestaat pas vanaf 2022-01-01; laat de periode op of na die dag beginnen', 'GM1980 (Dijk en Waard) only exists from 2022-01-01; let the period begin on or after that day'],
  [
    'GM0457 (Weesp) bestaat niet meer: op 2022-03-24 opgegaan in Amsterdam (GM0363); neem in deze periode GM0363 op in plaats van GM0457',
    'GM0457 (Weesp) no longer exists: it merged into Amsterdam (GM0363) on 2022-03-24; include GM0363 in this period instead of GM0457',
  ],
  [
    'GM0001 (Oud (L.)) bestaat niet meer: op 2022-01-01 opgegaan in een andere gemeente; neem in deze periode de opvolger op in plaats van GM0001',
    'GM0001 (Oud (L.)) no longer exists: it merged into another municipality on 2022-01-01; include the successor in this period instead of GM0001',
  ],
  [
    'GM0457 (Weesp) is op 2022-03-24 opgegaan in Amsterdam (GM0363); laat de periode uiterlijk op 2022-03-24 eindigen en neem daarna GM0363 op',
    'GM0457 (Weesp) merged into Amsterdam (GM0363) on 2022-03-24; let the period end on 2022-03-24 at the latest and include GM0363 after that',
  ],
  // src/beleid/define-beleid.ts, src/beleid/parameters.ts, src/kern/regio-schema.ts
  ['moet uit kleine letters, cijfers en streepjes bestaan, bv. gemeente-deventer', 'must consist of lowercase letters, digits and hyphens, e.g. gemeente-deventer'],
  ['mag geen regeleinden of andere stuurtekens bevatten', 'must not contain line breaks or other control characters'],
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
  ['de beoordelingstermijn zou na het jaar 9999 eindigen', 'the period for deciding would end after the year 9999'],
  [
    "heeft de titel, uitgever en het jaar van het ingebouwde document wmo-2015; verwijs met document: 'wmo-2015' naar dat document",
    "has the title, publisher and year of the built-in document wmo-2015; refer to that document with document: 'wmo-2015'",
  ],
  ['heeft dezelfde titel, uitgever en hetzelfde jaar als documenten.0', 'has the same title, publisher and year as documenten.0'],
  ['heeft dezelfde naam als de regio almelo', 'has the same name as the region almelo'],
  ["moet 'versnelfonds' of 'verblijfstermijn' zijn: alleen die regels beslissen iets over de cliënt", "must be 'versnelfonds' or 'verblijfstermijn': only those rules decide something about the client"],
  ["moet een duur zijn, bv. { aantal: 2, eenheid: 'nachten' }", "must be a duration, e.g. { aantal: 2, eenheid: 'nachten' }"],
  ['moet een tekst zijn: het id van een regel', 'must be a string: the id of a rule'],
  ['moet een bron zijn: { document, onderdeel, citaat? } met teksten', 'must be a source: { document, onderdeel, citaat? } with strings'],
  ['moet een tijdstip zijn in milliseconden sinds 1970, in de jaren 1 tot en met 9999', 'must be an instant in milliseconds since 1970, in the years 1 to 9999'],
  ['is te lang voor een gemeentenaam: ten hoogste 200 tekens', 'is too long for a municipality name: at most 200 characters'],
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
  ['en nog 50 fouten; verbeter eerst deze 100', 'and 50 more errors; fix these 100 first'],
  [
    "botst met een ingebouwd beleid-id ('almelo', 'ijssel-vecht', 'ingebouwd'); kies een eigen id, bv. gemeente-deventer",
    "clashes with a built-in policy id ('almelo', 'ijssel-vecht', 'ingebouwd'); choose an id of your own, e.g. gemeente-deventer",
  ],
  ['botst met een ingebouwd brondocument (BRONDOCUMENTEN); kies een eigen id', 'clashes with a built-in source document (BRONDOCUMENTEN); choose an id of your own'],
  ['staat al eerder in documenten', 'already appears earlier in documenten'],
  ['staat al eerder in centrumgemeenten', 'already appears earlier in centrumgemeenten'],
  ['staat al eerder in eigenDocumenten', 'already appears earlier in eigenDocumenten'],
  ['staat al eerder in deze periode', 'already appears earlier in this period'],
  ['onbekend brondocument: geen ingebouwd document (BRONDOCUMENTEN) en niet in documenten van dit beleid', 'unknown source document: not a built-in document (BRONDOCUMENTEN) and not in documenten of this policy'],
  ["botst met een ingebouwde regio ('almelo', 'enschede', 'twente', 'ijssel-vecht'); kies een eigen id", "clashes with a built-in region ('almelo', 'enschede', 'twente', 'ijssel-vecht'); choose an id of your own"],
  [
    'is geen lid van de regio in de periode vanaf 2022-03-24 (leden.1); een centrumgemeente hoort bij haar regio',
    'is not a member of the region in the period from 2022-03-24 (leden.1); a central municipality belongs to its region',
  ],
  [
    "onbekende regio: geen ingebouwde regio ('almelo', 'enschede', 'twente', 'ijssel-vecht') en niet in regios van dit beleid",
    "unknown region: not a built-in region ('almelo', 'enschede', 'twente', 'ijssel-vecht') and not in regios of this policy",
  ],
  ['mag hooguit twee decimalen hebben', 'may have at most two decimals'],
  // src/beleid/define-beleid.ts: regels
  ["is verplicht als de status niet 'vastgesteld' is: leg uit hoe vast de grondslag staat", "is required when the status is not 'vastgesteld': explain how firm the basis is"],
  ['heeft een ongeldige sleutel: een criterium-id zoals versnelfonds.laatste-optie', 'has an invalid key: a criterion id such as versnelfonds.laatste-optie'],
  ['heeft een ongeldige sleutel: een keuze-id zoals versnelfonds.begrenzen', 'has an invalid key: a choice id such as versnelfonds.begrenzen'],
  ['heeft een ongeldige sleutel: een sleutel moet een id zijn als versnelfonds.laatste-optie', 'has an invalid key: a key must be an id like versnelfonds.laatste-optie'],
  [
    'is geen criterium van de regel versnelfonds waarvan een beleid de regeltekst kan vervangen; kies uit versnelfonds.laatste-optie, versnelfonds.voorkomen, versnelfonds.maximum',
    'is not a criterion of the rule versnelfonds whose rule text a policy can replace; choose from versnelfonds.laatste-optie, versnelfonds.voorkomen, versnelfonds.maximum',
  ],
  ['is geen criterium van de regel herkomst waarvan een beleid de regeltekst kan vervangen; kies uit herkomst.regio', 'is not a criterion of the rule herkomst whose rule text a policy can replace; choose from herkomst.regio'],
  ['de regel herkomst heeft geen keuzes om over te nemen', 'the rule herkomst has no choices to adopt'],
  [
    'is geen keuze van de regel alternatieve-bewindvoering; kies uit alternatieve-bewindvoering.starten-in-opvang, alternatieve-bewindvoering.doorgaan-naar-behoefte',
    'is not a choice of the rule alternatieve-bewindvoering; choose from alternatieve-bewindvoering.starten-in-opvang, alternatieve-bewindvoering.doorgaan-naar-behoefte',
  ],
  [
    "moet een regio-id zijn: 'almelo', 'enschede', 'twente', 'ijssel-vecht', of een eigen regio uit het beleid",
    "must be a region id: 'almelo', 'enschede', 'twente', 'ijssel-vecht', or a region of your own from the policy",
  ],
  // src/types/fouten.ts, src/beleid/gedateerd.ts, src/kern/beleidswaarden.ts, src/rules/herkomst/criterium.ts
  ["geen waarde voor 'x' van 'almelo' in werking op 2026-01-01", "no value for 'x' of 'almelo' in force on 2026-01-01"],
  [
    "geen waarde voor 'versnelfonds.maximumInCenten' van 'gemeente-leeg' in werking op 2026-01-01 (er is geen enkele waarde vastgelegd)",
    "no value for 'versnelfonds.maximumInCenten' of 'gemeente-leeg' in force on 2026-01-01 (no value at all has been laid down)",
  ],
  [
    "geen waarde voor 'regio.leden' van 'ijssel-vecht' in werking op 2022-12-31 (waarden gelden van 2023-01-01 tot 2025-01-01, vanaf 2025-01-01)",
    "no value for 'regio.leden' of 'ijssel-vecht' in force on 2022-12-31 (values apply from 2023-01-01 until 2025-01-01, from 2025-01-01 onwards)",
  ],
  [
    "geen waarde voor 'versnelfonds.maximumInCenten' van 'almelo' in werking op 2025-04-05 (de waarde die dan geldt heeft status 'voornemen', en die status is uitgesloten)",
    "no value for 'versnelfonds.maximumInCenten' of 'almelo' in force on 2025-04-05 (the value that applies then has status 'voornemen', and that status is excluded)",
  ],
  [
    "geen waarde voor 'regio.leden' van 'amsterdam-amstelland' in werking op 2025-01-01 (de indeling die dan geldt heeft status 'planningsaanname', en die status is uitgesloten)",
    "no value for 'regio.leden' of 'amsterdam-amstelland' in force on 2025-01-01 (the region membership that applies then has status 'planningsaanname', and that status is excluded)",
  ],
  // src/kern/regelbeleid.ts (vereisteGrondslag): met een peildatum (versnelfonds) en zonder (regisseur: een lege datum)
  [
    "geen waarde voor 'regels.versnelfonds.grondslag' van 'voorbeeld-gemeente-raadsbesluit' in werking op 2026-02-02 (de grondslag heeft status 'voornemen', en die status is uitgesloten)",
    "no value for 'regels.versnelfonds.grondslag' of 'voorbeeld-gemeente-raadsbesluit' in force on 2026-02-02 (the basis has status 'voornemen', and that status is excluded)",
  ],
  [
    "geen waarde voor 'regels.regisseur.grondslag' van 'almelo' in werking (de grondslag heeft status 'voornemen', en die status is uitgesloten)",
    "no value for 'regels.regisseur.grondslag' of 'almelo' in force (the basis has status 'voornemen', and that status is excluded)",
  ],
  [
    "beleid 'voorbeeld-amsterdam-amstelland' geeft geen grondslag voor de regel regisseur (regels.regisseur.grondslag): zeg in het beleid waarop de regel rust, bv. een raadsbesluit; of laat opties.beleid weg: dan beslist de regel onder het ingebouwde beleid 'almelo'",
    "policy 'voorbeeld-amsterdam-amstelland' gives no basis for the rule regisseur (regels.regisseur.grondslag): say in the policy what the rule rests on, e.g. a council decision; or leave opties.beleid out: then the rule decides under the built-in policy 'almelo'",
  ],
  [
    "beleid 'ijssel-vecht' geeft geen grondslag voor de regel alternatieve-bewindvoering (regels.alternatieve-bewindvoering.grondslag): zeg in het beleid waarop de regel rust, bv. een raadsbesluit; of laat opties.beleid weg: dan beslist de regel onder het ingebouwde beleid 'almelo'",
    "policy 'ijssel-vecht' gives no basis for the rule alternatieve-bewindvoering (regels.alternatieve-bewindvoering.grondslag): say in the policy what the rule rests on, e.g. a council decision; or leave opties.beleid out: then the rule decides under the built-in policy 'almelo'",
  ],
  // src/kern/opties.ts, src/beleid/opzoeken.ts, src/beleid/regio.ts, src/rules/register.ts
  ['moet een object zijn, bv. { beleid: "almelo" }', 'must be an object, e.g. { beleid: "almelo" }'],
  ["moet een object zijn, bv. { taal: 'en' }", "must be an object, e.g. { taal: 'en' }"],
  ['moet een object zijn, bv. { uitgeslotenStatussen: [] }', 'must be an object, e.g. { uitgeslotenStatussen: [] }'],
  ["moet een lijst zijn met statussen uit 'vastgesteld', 'ambitie'", "must be a list of statuses from 'vastgesteld', 'ambitie'"],
  ['kan niet gelezen worden', 'cannot be read'],
  ["moet een beleid-id zijn (bv. 'almelo') of een beleid; laat het veld weg voor het standaardbeleid", "must be a policy id (e.g. 'almelo') or a policy; leave the field out for the default policy"],
  ["onbekend beleid; ingebouwd zijn 'almelo', 'ijssel-vecht'", "unknown policy; the built-in policies are 'almelo', 'ijssel-vecht'"],
  [
    "onbekende regio; ingebouwd zijn 'almelo', 'enschede', 'twente', 'ijssel-vecht'; een eigen regio geeft u mee in opties.beleid",
    "unknown region; the built-in regions are 'almelo', 'enschede', 'twente', 'ijssel-vecht'; pass a region of your own in opties.beleid",
  ],
  [
    "onbekende regio; ingebouwd zijn 'almelo', 'enschede', 'twente', 'ijssel-vecht'; beleid 'gemeente-leeg' heeft geen eigen regio's",
    "unknown region; the built-in regions are 'almelo', 'enschede', 'twente', 'ijssel-vecht'; policy 'gemeente-leeg' has no regions of its own",
  ],
  [
    "onbekende regio; ingebouwd zijn 'almelo', 'enschede', 'twente', 'ijssel-vecht'; eigen regio's van beleid 'voorbeeld-amsterdam-amstelland': 'amsterdam-amstelland'",
    "unknown region; the built-in regions are 'almelo', 'enschede', 'twente', 'ijssel-vecht'; the regions of policy 'voorbeeld-amsterdam-amstelland' are 'amsterdam-amstelland'",
  ],
  [
    "onbekende regio; ingebouwd zijn 'almelo'; eigen regio's van beleid 'b': 'r-0', 'r-1', …",
    "unknown region; the built-in regions are 'almelo'; the regions of policy 'b' are 'r-0', 'r-1', …",
  ],
  ["onbekende regel; bekend zijn 'herkomst', 'versnelfonds'", "unknown rule; the known rules are 'herkomst', 'versnelfonds'"],
  // src/rules/*
  ["moet een geheel getal van ten minste 0 zijn (eurocent) of 'onbekend'", "must be an integer of at least 0 (euro cents) or 'onbekend'"],
  ['mag niet negatief zijn', 'must not be negative'],
  ['kan niet meer zijn dan 744 (de uren van een maand)', 'cannot be more than 744 (the hours in a month)'],
  ['komt al voor (betrokkenOrganisaties.0.naam)', 'already occurs (betrokkenOrganisaties.0.naam)'],
  ['ligt na de peildatum (2026-06-01); een verblijf kan niet beoordeeld worden voordat het begint', 'is after the peildatum (2026-06-01); a stay cannot be assessed before it begins'],
  [
    "beleid 'gemeente-leeg' legt geen verblijfstermijnen vast (geen verblijfsduur.regio); laat opties.beleid weg voor de ingebouwde termijnen van regio 'almelo'",
    "policy 'gemeente-leeg' sets no lengths of stay (no verblijfsduur.regio); leave opties.beleid out for the built-in lengths of stay of region 'almelo'",
  ],
  [
    "beleid 'voorbeeld-amsterdam-amstelland' legt verblijfstermijnen vast voor regio 'amsterdam-amstelland', niet voor regio 'almelo'",
    "policy 'voorbeeld-amsterdam-amstelland' sets lengths of stay for region 'amsterdam-amstelland', not for region 'almelo'",
  ],
  ['de uiterlijke vertrekdatum zou na het jaar 9999 vallen', 'the latest departure date would fall after the year 9999'],
  ['de uiterlijke aanboddatum zou na het jaar 9999 vallen', 'the latest offer date would fall after the year 9999'],
  ['ligt na de peildatum (2025-06-02); een termijn kan niet beoordeeld worden voordat de aanmelding er is', 'is after the peildatum (2025-06-02); a term cannot be assessed before the registration exists'],
  [
    "beleid 'gemeente-leeg' legt geen termijn voor een woningaanbod vast (geen woningaanbod.regio); laat opties.beleid weg voor de ingebouwde termijn van regio 'almelo'",
    "policy 'gemeente-leeg' sets no term for a housing offer (no woningaanbod.regio); leave opties.beleid out for the built-in term of region 'almelo'",
  ],
  [
    "beleid 'almelo' legt een termijn voor een woningaanbod vast voor regio 'almelo', niet voor regio 'ijssel-vecht'",
    "policy 'almelo' sets a term for a housing offer for region 'almelo', not for region 'ijssel-vecht'",
  ],
  // src/motivering.ts
  ['moet een gewone waarde zijn, geen getter of setter', 'must be a plain value, not a getter or setter'],
  ['is te groot: ten hoogste 1000000 tekens tekst samen', 'is too large: at most 1000000 characters of text in total'],
  ['is te groot: ten hoogste 10000 elementen in alle lijsten samen', 'is too large: at most 10000 elements in all arrays together'],
  ['kon niet gelezen worden', 'could not be read'],
  ['1 onbekend veld', '1 unknown field'],
  ['2 onbekende velden', '2 unknown fields'],
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
  // src/cli
  ['geen geldige JSON', 'not valid JSON'],
  ['interne fout bij het beoordelen van dit geval (meld dit als fout in opvangregels)', 'internal error while assessing this case (please report this as a bug in opvangregels)'],
  ['het bestand is groter dan 10 MiB', 'the file is larger than 10 MiB'],
  ['het bestand is groter dan 64 KiB', 'the file is larger than 64 KiB'],
  ['regel te lang (meer dan 1048576 bytes)', 'line too long (more than 1048576 bytes)'],
  ['element van de lijst te lang (meer dan 1048576 bytes)', 'element of the list too long (more than 1048576 bytes)'],
  ['geen geldige JSON: de waarde die hier begint wordt niet afgesloten (ontbreekt een }, ] of "?)', 'not valid JSON: the value that starts here is not closed (is a }, ] or " missing?)'],
  ['geen geldige JSON: de waarde die hier begint is na 1048576 bytes nog niet afgesloten', 'not valid JSON: the value that starts here is still not closed after 1048576 bytes'],
  ['de lijst breekt af: een tekst loopt door tot het einde van de regel (ontbreekt een "?); de rest is niet gelezen', 'the list breaks off: a string runs on to the end of the line (is a " missing?); the rest was not read'],
  ['de lijst breekt af: dit element wordt niet afgesloten (ontbreekt een }, ] of "?); de rest is niet gelezen', 'the list breaks off: this element is not closed (is a }, ] or " missing?); the rest was not read'],
  ["de lijst is niet afgesloten met ']'", "the list is not closed with ']'"],
  ["de lijst breekt af: verwacht ',' of ']' na een element; de rest is niet gelezen", "the list breaks off: expected ',' or ']' after an element; the rest was not read"],
  ['de lijst breekt af: lege plek in de lijst (komma zonder element); de rest is niet gelezen', 'the list breaks off: an empty slot in the list (a comma without an element); the rest was not read'],
  ["de lijst breekt af: komma vlak voor ']'; de rest is niet gelezen", "the list breaks off: a comma just before ']'; the rest was not read"],
  ['tekst na het einde van de lijst; die is niet gelezen', 'text after the end of the list; it was not read'],
];

/**
 * Ingangen die de verzameling niet kan maken: de bibliotheek heeft de melding, maar geen invoer
 * bereikt haar (een zod-melding die geen schema gebruikt, een opvolger die in de gegevens altijd
 * bekend is, een fout in de bibliotheek zelf). Ze zijn alleen met een voorbeeld gedekt. Een
 * voorbeeld per ingang; de test zegt het als de verzameling er een toch maakt.
 */
const ALLEEN_MET_VOORBEELD: readonly string[] = [
  // centenSchema({ nulToegestaan: true }) staat alleen in versnelfonds, met een eigen melding.
  'moet een geheel getal van ten minste 0 zijn (eurocent)',
  'moet een datum zijn',
  'moet van type bigint zijn',
  'heeft niet de vorm email',
  'heeft niet de juiste vorm',
  'is ongeldig',
  'interne fout bij het beoordelen van dit geval (meld dit als fout in opvangregels)',
  // Alleen met een bevroren of niet-configureerbaar vervuild Object.prototype: dat kan in dit proces
  // niet (test/robuustheid/prototype-namen.test.ts maakt het in een eigen proces).
  'kan niet veilig gecontroleerd worden: Object.prototype draagt een eigen veld dat niet tijdelijk weg kan (niet configureerbaar of bevroren)',
];

// ---------------------------------------------------------------------------------------------

describe('veldmeldingInHetEngels: de voorbeelden', () => {
  it.each(VOORBEELDEN)('%s', (nl, en) => {
    expect(veldmeldingInHetEngels(nl)).toBe(en);
  });

  it('de voorbeelden zelf laten geen Nederlands staan', () => {
    expect(rapport(VOORBEELDEN.map(([nl]) => nl))).toEqual([]);
  });

  it('de woordenlijst herkent elke Nederlandse melding als Nederlands (een onvertaalde melding valt dus op)', () => {
    expect(VOORBEELDEN.filter(([nl]) => nederlandsIn(nl).length === 0).map(([nl]) => nl)).toEqual([]);
  });

  it('elke ingang van de tabel heeft ten minste één voorbeeld', () => {
    const gedekt = new Set(VOORBEELDEN.map(([nl]) => ingangVan(nl)));
    expect(ALLE_INGANGEN.filter((ingang) => !gedekt.has(ingang))).toEqual([]);
  });

  it('overgenomen delen (namen, getallen, datums, ids, waarden) komen ongewijzigd terug', () => {
    // Waarden tussen aanhalingstekens (zonder spatie), CBS-codes, datums en getallen; de volgorde kan in het Engels anders zijn.
    const delen = (tekst: string) => (tekst.match(/'[^'\s;]*'|GM\d{4}|\d{4}-\d{2}-\d{2}|\d+/g) ?? []).sort();
    for (const [nl] of VOORBEELDEN) expect(delen(veldmeldingInHetEngels(nl) ?? ''), nl).toEqual(delen(nl));
  });
});

describe('veldmeldingInHetEngels: onbekende tekst', () => {
  it.each([
    '',
    'iets anders',
    'Ontbreekt',
    'ontbreekt ',
    ' ontbreekt',
    'is missing',
    'moet een van zijn',
    'moet ten minste veel zijn',
    "geen waarde voor 'x' van 'y' in werking op 2026-01-01 (een onbekende aanvulling)",
    "geen waarde voor 'x' van 'y' in werking op 2026-01-01 (waarden gelden ooit)",
    'heeft een ongeldige sleutel: een sleutel die niemand kent',
    "onbekende gemeente 'Almeloo'; bedoelt u iets?",
    "geen waarde voor 'x' van 'y' in werking op 2026-01 (de grondslag heeft status 'voornemen', en die status is uitgesloten)",
    "beleid 'x' geeft geen grondslag voor de regel regisseur (regels.schuldhulp.grondslag): zeg in het beleid waarop de regel rust, bv. een raadsbesluit; of laat opties.beleid weg: dan beslist de regel onder het ingebouwde beleid 'almelo'",
    'is geen keuze van de regel versnelfonds; kies uit ',
    'is geen criterium van de regel Versnelfonds waarvan een beleid de regeltekst kan vervangen; kies uit versnelfonds.maximum',
    'GM0457 (Weesp) bestaat niet meer',
    '__proto__',
    'constructor',
    'toString',
  ])('%j geeft undefined', (tekst) => {
    expect(veldmeldingInHetEngels(tekst)).toBeUndefined();
  });

  it('een gemeentenaam vol aanhalingstekens en komma\'s blijft snel en blijft staan', () => {
    const naam = "', '".repeat(15);
    const [melding] = meldingenVan(() => zoekGemeente(naam));
    const begin = performance.now();
    expect(veldmeldingInHetEngels(melding!)).toMatch(/^unknown municipality '/);
    expect(veldmeldingInHetEngels(`${melding!.slice(0, -1)}; bedoelt u ${"'a', ".repeat(40)}`)).toBeUndefined();
    expect(performance.now() - begin).toBeLessThan(100);
  });

  it('een waarde die geen tekst is, geeft undefined', () => {
    expect(veldmeldingInHetEngels(undefined as never)).toBeUndefined();
    expect(veldmeldingInHetEngels(5 as never)).toBeUndefined();
  });

  it('veldfoutInHetEngels vertaalt de melding en houdt het pad; een onbekende melding blijft Nederlands', () => {
    expect(veldfoutInHetEngels({ pad: 'schulden', melding: 'ontbreekt' })).toEqual({ pad: 'schulden', melding: 'is missing' });
    expect(veldfoutInHetEngels({ pad: '', melding: 'iets anders' })).toEqual({ pad: '', melding: 'iets anders' });
  });
});

describe('veldmeldingInHetEngels: elke melding die de bibliotheek maakt', () => {
  const bibliotheek: Corpus = new Map();
  const cli: Corpus = new Map();
  const zonderMelding: string[] = [];

  function verzamel(corpus: Corpus, gevallen: readonly Geval[], moetMelden = true): void {
    for (const [naam, actie] of gevallen) {
      const meldingen = meldingenVan(actie);
      if (meldingen.length === 0 && moetMelden) zonderMelding.push(naam);
      for (const melding of meldingen) if (!corpus.has(melding)) corpus.set(melding, naam);
    }
  }

  beforeAll(async () => {
    verzamel(bibliotheek, vectorGevallen());
    verzamel(bibliotheek, FOUTE_BELEIDEN.map(([naam, definitie]): Geval => [`defineBeleidVeilig: ${naam}`, () => defineBeleidVeilig(definitie)]));
    verzamel(bibliotheek, motiveringGevallen());
    verzamel(bibliotheek, testvectorGevallen());
    verzamel(bibliotheek, andereGevallen());
    verzamel(bibliotheek, briefGevallen());
    // Niet elke foute waarde is fout in elk veld (een Date is een goede peildatum, 'onbekend' een goede herkomst).
    verzamel(bibliotheek, regelGevallen(), false);
    for (const melding of [...splitserMeldingen(), ...Object.values(MELDING), ...(await beleidsbestandMeldingen())]) if (!cli.has(melding)) cli.set(melding, 'src/cli');
    for (const melding of programmaMeldingen()) if (!cli.has(melding)) cli.set(melding, 'src/cli/batchregel.ts');
  });

  it('elke handgeschreven foute invoer gaf ten minste één melding', () => {
    expect(zonderMelding).toEqual([]);
  });

  it('de woordenlijst herkent elke verzamelde melding als Nederlands', () => {
    expect([...bibliotheek.keys(), ...cli.keys()].filter((melding) => nederlandsIn(melding).length === 0)).toEqual([]);
  });

  it('elke melding heeft een Engelse tekst, anders dan de Nederlandse, zonder Nederlandse woorden', () => {
    const herkomst = (melding: string) => ` (uit ${bibliotheek.get(melding) ?? cli.get(melding)})`;
    expect(rapport([...bibliotheek.keys(), ...cli.keys()], herkomst)).toEqual([]);
    // Zoveel verschillende meldingen; een daling zegt dat de verzameling minder is gaan dekken.
    expect(bibliotheek.size).toBeGreaterThan(150);
  });

  it('de splitser gaf elke vaste melding van json-stroom', () => {
    expect(new Set(splitserMeldingen())).toEqual(new Set(Object.values(MELDING)));
  });

  it('de verzameling bereikt elke ingang van de tabel, behalve de ingangen die alleen een voorbeeld hebben', () => {
    const bereikt = new Set([...bibliotheek.keys(), ...cli.keys()].map(ingangVan));
    const alleenVoorbeeld = new Set(ALLEEN_MET_VOORBEELD.map(ingangVan));
    expect(ALLEEN_MET_VOORBEELD.map(ingangVan)).not.toContain(undefined);
    expect(ALLE_INGANGEN.filter((ingang) => !bereikt.has(ingang) && !alleenVoorbeeld.has(ingang)), 'een ingang die niets vertaalt wat de bibliotheek maakt').toEqual([]);
    // Zonder GEEN_JSON en INTERNE_FOUT: INTERNE_FOUT maakt alleen een fout in de bibliotheek zelf.
    const bereiktZonderProgramma = new Set([...bibliotheek.keys(), ...[...cli].filter(([, waar]) => waar !== 'src/cli/batchregel.ts').map(([melding]) => melding)].map(ingangVan));
    expect(ALLEEN_MET_VOORBEELD.filter((melding) => bereiktZonderProgramma.has(ingangVan(melding))), 'de verzameling maakt deze toch: haal ze uit ALLEEN_MET_VOORBEELD').toEqual([]);
  });
});

describe('veldmeldingInHetEngels: willekeurige invoer (fast-check)', () => {
  /** Hoeveel meldingen de eigenschappen zagen: zonder meldingen bewijzen ze niets. */
  const gezien = new Set<string>();
  /** De onvertaalde meldingen die een regel of defineBeleidVeilig geeft; een andere fout dan OngeldigeInvoerFout laat de eigenschap falen. */
  const onvertaald = (actie: () => unknown) => {
    const meldingen = meldingenVan(actie);
    for (const melding of meldingen) gezien.add(melding);
    return rapport(meldingen);
  };
  const iets = fc.anything({ withDate: true, withSparseArray: true, withNullPrototype: true, maxDepth: 3 });
  const regelId = fc.constantFrom(...REGEL_IDS);
  /** Een foute waarde: iets willekeurigs, een tekst (ook als gemeentenaam), of een waarde uit FOUTE_WAARDEN. */
  const fout = fc.oneof(iets, fc.string({ maxLength: 30 }), fc.constantFrom(...FOUTE_WAARDEN));

  it('willekeurige invoer en opties voor elke regel', () => {
    fc.assert(
      fc.property(regelId, iets, fc.option(iets, { nil: undefined }), (id, invoer, opties) => {
        const regel = REGELS[id];
        expect(onvertaald(() => (opties === undefined ? regel.beoordeel(invoer) : regel.beoordeel(invoer, opties)))).toEqual([]);
      }),
      { numRuns: 80 },
    );
  });

  it('een geldige invoer met één veld vervangen door een foute waarde', () => {
    fc.assert(
      fc.property(
        regelId.chain((id) => fc.tuple(fc.constant(id), GELDIGE_INVOER[id])),
        fc.nat(),
        fout,
        ([id, invoer], keuze, waarde) => {
          const velden = [...Object.keys(invoer), 'onbekend'];
          const veld = velden[keuze % velden.length]!;
          expect(onvertaald(() => REGELS[id].beoordeel({ ...invoer, [veld]: waarde }))).toEqual([]);
        },
      ),
      { numRuns: 120 },
    );
  });

  it('defineBeleidVeilig met iets willekeurigs, of het voorbeeld met één veld vervangen', () => {
    const paden = [['id'], ['versie'], ['naam'], ['parameters'], ['documenten'], ['regios'], ['parameters', 'versnelfonds.maximumInCenten'], ['parameters', 'versnelfonds.regio'], ['documenten', '0'], ['regios', 'amsterdam-amstelland'], ['regios', 'amsterdam-amstelland', 'leden'], ['regios', 'amsterdam-amstelland', 'centrumgemeenten'], ['regels'], ['regels', 'versnelfonds'], ['regels', 'versnelfonds', 'grondslag'], ['regels', 'versnelfonds', 'grondslag', 'status'], ['regels', 'versnelfonds', 'criteria'], ['regels', 'versnelfonds', 'keuzes'], ['regels', 'regisseur'], ['onbekend']];
    fc.assert(
      fc.property(fc.option(iets, { nil: undefined }), fc.constantFrom(...paden), fout, (geheel, pad, waarde) => {
        let definitie: unknown = geheel;
        if (geheel === undefined) {
          const bestand = voorbeeld();
          let plek: Record<string, any> = bestand;
          for (const deel of pad.slice(0, -1)) plek = plek[deel];
          plek[pad[pad.length - 1]!] = waarde;
          definitie = bestand;
        }
        expect(onvertaald(() => defineBeleidVeilig(definitie))).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it('de eigenschappen zagen samen veel verschillende meldingen', () => {
    expect(gezien.size).toBeGreaterThan(15);
  });
});
