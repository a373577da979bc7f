// Genereert docs/regels.md, de regelcatalogus voor beleidsmakers, uit de regelbeschrijvingen,
// de regio-indeling, het ingebouwde beleid en de voorbeelden in examples/. Draai
// `npm run docs:regels`; test/docs/regels.test.ts faalt als het bestand verouderd is.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  BELEIDSPARAMETERS,
  BRONDOCUMENTEN,
  INGEBOUWD_BELEID,
  REGELS,
  REGIOS,
  WAARDESTATUSSEN,
  beschrijfBron,
  beoordeelVersnelfonds,
  defineBeleid,
  motivering,
  schrijfBedrag,
  schrijfDatum,
  zoekGemeente,
  type Beleid,
  type Bron,
  type GedateerdeWaarde,
  type VersnelfondsAanvraag,
  type Waardestatus,
} from '../src/index.js';
import { HERINDELINGEN } from '../src/data/gegenereerd.js';

const wortel = join(dirname(fileURLToPath(import.meta.url)), '..');
export const REGELS_MD = join(wortel, 'docs', 'regels.md');

const STATUSUITLEG: Record<Waardestatus, string> = {
  vastgesteld: 'vastgesteld beleid (een besluit, regeling of regioplan)',
  praktijk: 'de huidige werkwijze zoals een bron die beschrijft; geen vastgesteld beleid',
  ambitie: 'een gesteld doel; nog geen vastgesteld beleid',
  planningsaanname: 'een aanname om mee te plannen',
  interpretatie: 'onze lezing waar de bron vaag is; de redenering staat er altijd bij',
};

function citeer(bron: Bron): string {
  return `- ${beschrijfBron(bron)}`;
}

function periode(waarde: GedateerdeWaarde<unknown>): string {
  return `${schrijfDatum(waarde.vanaf)}${waarde.tot ? ` tot ${schrijfDatum(waarde.tot)}` : ', zonder einddatum'}`;
}

/** Een beleidswaarde leesbaar: bedragen in euro's, de rest als JSON. */
function schrijfWaarde(parameter: string, waarde: unknown): string {
  return parameter.endsWith('InCenten') && typeof waarde === 'number' ? `${schrijfBedrag(waarde)} (\`${waarde}\` cent)` : `\`${JSON.stringify(waarde)}\``;
}

function cel(tekst: string): string {
  return tekst.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function regioIndeling(): string[] {
  const regels = [
    '### Regio-indeling (`regio.leden`)',
    '',
    'Per regio de gemeenten per periode. `tot` is de eerste dag waarop de indeling niet meer geldt. Op een peildatum buiten alle perioden geeft de regel een fout (`BeleidNietInWerkingFout`, pad `peildatum`) in plaats van een indeling te lenen.',
    '',
  ];
  for (const regio of Object.values(REGIOS)) {
    regels.push(`#### ${regio.naam} (\`${regio.id}\`), centrumgemeente${regio.centrumgemeenten.length > 1 ? 'n' : ''} ${regio.centrumgemeenten.map((gemeente) => gemeente.naam).join(' en ')}`, '');
    for (const waarde of regio.leden) {
      const namen = waarde.waarde.map((code) => `${zoekGemeente(code).naam} (${code})`).sort((a, b) => a.localeCompare(b, 'nl'));
      regels.push(`- **${periode(waarde)}**, status \`${waarde.status}\`: ${namen.join(', ')}.`);
      if (waarde.toelichting) regels.push(`  - Toelichting: ${waarde.toelichting}`);
      for (const bron of waarde.bronnen) regels.push(`  ${citeer(bron)}`);
    }
    regels.push('');
  }
  return regels;
}

const EIGEN_FONDS = join(wortel, 'examples', 'beleid', 'voorbeeld-eigen-fonds.json');

/** Het versnelfonds: de waarden die de beslissing sturen, en een eigen fonds als voorbeeld. */
function versnelfonds(): string[] {
  const almelo = INGEBOUWD_BELEID.almelo.parameters;
  const maximum = almelo['versnelfonds.maximumInCenten']![0]!;
  const factor = almelo['versnelfonds.kostenBatenFactor']![0]!;
  const eigen = defineBeleid(JSON.parse(readFileSync(EIGEN_FONDS, 'utf8')) as Beleid);
  const aanvraag: VersnelfondsAanvraag = {
    ingediendOp: '2026-04-05T14:30:00+02:00',
    vorm: 'gift',
    bedragInCenten: 70_000,
    gemeenteVanHerkomst: 'Haaksbergen',
    voorliggendeVoorzieningenBenut: true,
    voorkomtOfVerkortOpvang: true,
    verwachteBesparingInCenten: 60_000,
    schulden: false,
  };
  const metAlmelo = beoordeelVersnelfonds(aanvraag);
  return [
    '### Maximum en beoordelingstermijn',
    '',
    `In het ingebouwde beleid \`almelo\` is het maximum ${schrijfBedrag(maximum.waarde)} per aanvraag, vanaf ${periode(maximum)}, status \`${maximum.status}\`. Een hoger bedrag wordt niet afgewezen maar begrensd; \`toekenbaarBedragInCenten\` is het begrensde bedrag als de uitkomst \`toekennen\` is, anders 0. De vorm (gift, lening of voorschot) verandert niets aan de criteria of het maximum: de bron noemt ze samen.`,
    '',
    'Een aanvraag wordt binnen 24 uur beoordeeld: `beoordelenUiterlijk` is `ingediendOp` plus 24 verstreken uren, in Amsterdamse tijd. Over de overgang naar zomertijd schuift de klok 25 uur op (28 maart 2026 10:00 → 29 maart 2026 11:00), over de overgang naar wintertijd 23 uur. Een aanvraag van vóór de eerste waarde (vóór 1 januari 2020) is een fout (`BeleidNietInWerkingFout`, pad `ingediendOp`), geen stille standaard.',
    '',
    '### Waarom de kosten-batenfactor 1 is',
    '',
    `Status \`${factor.status}\`. ${factor.toelichting ?? ''}`,
    '',
    'De vereiste besparing is factor × toekenbaar bedrag, naar boven afgerond op hele centen, en wordt exact (zonder afrondingsfouten) vergeleken. Een eigen beleid mag een factor met hooguit twee decimalen kiezen.',
    '',
    '### Voorbeeld: een gemeente met een eigen fonds',
    '',
    '"Iedere gemeente werkt met een versnelfonds" (raadsbrief regioplan Almelo). Een gemeente met een eigen fonds legt haar waarden vast in een eigen beleid en geeft dat mee als `opties.beleid`. Dit voorbeeld heeft **fictieve** waarden: een maximum van € 500,00, de regio Enschede en een factor 1,5. Het staat in `examples/beleid/voorbeeld-eigen-fonds.json`:',
    '',
    '```ts',
    "import eigenFonds from './examples/beleid/voorbeeld-eigen-fonds.json';",
    'const beleid = defineBeleid(eigenFonds); // gooit OngeldigeInvoerFout met paden als het niet klopt',
    `beoordeelVersnelfonds(${JSON.stringify(aanvraag)}, { beleid });`,
    '```',
    '',
    '```text',
    motivering(beoordeelVersnelfonds(aanvraag, { beleid: eigen })),
    '```',
    '',
    `Dezelfde aanvraag met het ingebouwde beleid \`almelo\`: uitkomst \`${metAlmelo.uitkomst}\`. ${metAlmelo.gronden.find((grond) => grond.regel === 'versnelfonds.herkomst')?.toelichting ?? ''}`,
    '',
  ];
}

function voorbeelden(regel: string): string[] {
  const bestanden = readdirSync(join(wortel, 'examples'))
    .filter((naam) => naam.startsWith(`${regel}-`) && naam.endsWith('.json'))
    .sort();
  return bestanden.flatMap((bestand) => {
    const invoer = JSON.parse(readFileSync(join(wortel, 'examples', bestand), 'utf8')) as unknown;
    const beoordeling = REGELS[regel as keyof typeof REGELS].beoordeel(invoer);
    return [`#### \`examples/${bestand}\``, '', '```json', JSON.stringify(invoer, null, 2), '```', '', '```text', motivering(beoordeling), '```', ''];
  });
}

/** De volledige tekst van docs/regels.md. */
export function genereerRegelsMarkdown(): string {
  const regels: string[] = [
    '# Regelcatalogus opvangregels',
    '',
    '> Gegenereerd uit de regelbeschrijvingen, de data en het beleid van de bibliotheek met `npm run docs:regels`. Niet met de hand wijzigen: een test faalt als dit bestand niet meer overeenkomt met de code.',
    '',
    'Deze catalogus is voor beleidsmakers: per regel wat hij beslist, de criteria met hun bron, de waarden per regio met geldigheid, status en citaat, en uitgewerkte voorbeelden die de code zelf heeft berekend.',
    '',
    '## Hoe vast staat een waarde?',
    '',
    'Elke waarde draagt een status. De toelichting van een beslissing noemt die status als ze niet `vastgesteld` is, zodat niemand een ambitie of interpretatie voor vastgesteld beleid aanziet.',
    '',
    '| status | betekenis |',
    '|---|---|',
    ...WAARDESTATUSSEN.map((status) => `| \`${status}\` | ${STATUSUITLEG[status]} |`),
    '',
    'Een criterium heeft een van vier uitslagen: `voldaan`, `niet-voldaan`, `onbekend` (er ontbreken gegevens) of `niet-van-toepassing`. Eén `niet-voldaan` beslist de uitkomst negatief, ook als andere feiten nog onbekend zijn; anders maakt een `onbekend` de uitkomst "aanvullen", met precies de ontbrekende velden.',
    '',
  ];

  for (const { beschrijving } of Object.values(REGELS)) {
    regels.push(`## ${beschrijving.titel.nl} (\`${beschrijving.id}\`)`, '', `Functie: \`${beschrijving.functie}\`. ${beschrijving.omschrijving.nl}`, '', '### Uitkomsten', '');
    regels.push('| uitkomst | betekenis |', '|---|---|', ...Object.entries(beschrijving.uitkomsten).map(([uitkomst, naam]) => `| \`${uitkomst}\` | ${cel(naam.nl)} |`), '');
    regels.push('### Criteria', '');
    for (const criterium of beschrijving.criteria) {
      regels.push(`#### \`${criterium.id}\``, '', `Voldaan als: ${criterium.voldaanAls.nl}`, '', 'Bronnen:', '', ...criterium.bronnen.map(citeer), '');
    }
    if (beschrijving.id === 'herkomst') {
      regels.push(...regioIndeling());
      regels.push(
        '### Bijzondere waarden van `gemeenteVanHerkomst`',
        '',
        "- `'onbekend'`: het criterium is `onbekend`; de uitkomst is `aanvullen` met `ontbrekendeGegevens: ['gemeenteVanHerkomst']`.",
        "- `'buitenland'`: buiten elke regio.",
        "- `'Bonaire'`, `'Sint Eustatius'`, `'Saba'`: de bijzondere gemeenten (openbare lichamen in Caribisch Nederland); buiten elke regio, en zo genoemd in het resultaat (`herkomstsoort: 'bijzondere-gemeente'`).",
        '',
      );
    }
    if (beschrijving.id === 'versnelfonds') regels.push(...versnelfonds());
    regels.push('### Uitgewerkte voorbeelden', '', ...voorbeelden(beschrijving.id));
  }

  regels.push('## Beleid', '', 'De ingebouwde beleidssets. Een gemeente kan een eigen beleid vastleggen met `defineBeleid` (zie de README).', '');
  for (const beleid of Object.values(INGEBOUWD_BELEID)) {
    const parameters = Object.entries(beleid.parameters) as Array<[string, readonly GedateerdeWaarde<unknown>[]]>;
    regels.push(`### ${beleid.naam} (\`${beleid.id}\`, versie ${beleid.versie})`, '');
    if (parameters.length === 0) regels.push('Nog geen parameterwaarden: die komen met de regels die ze gebruiken (verblijfstermijnen).', '');
    for (const [naam, waarden] of parameters) {
      regels.push(`- \`${naam}\``);
      for (const waarde of waarden) {
        regels.push(`  - ${periode(waarde)}: ${schrijfWaarde(naam, waarde.waarde)}, status \`${waarde.status}\`${waarde.toelichting ? `. ${waarde.toelichting}` : ''}`);
        for (const bron of waarde.bronnen) regels.push(`    ${citeer(bron)}`);
      }
    }
  }
  regels.push('### Parameters die een beleid kan vastleggen', '', '| parameter | betekenis |', '|---|---|');
  regels.push(...Object.entries(BELEIDSPARAMETERS).map(([naam, { omschrijving }]) => `| \`${naam}\` | ${cel(omschrijving)} |`), '');

  regels.push(
    '## Gemeentedata',
    '',
    'De gemeenten komen uit de CBS-lijsten van 2021 (352 gemeenten) en 2023 (342 gemeenten), met de herindelingen daartussen. Latere herindelingen zitten er niet in: de lijst van 2023 geldt vanaf 1 januari 2023 ook voor latere datums. Vóór 2021 wordt de lijst van 2021 gebruikt; herindelingen van vóór 2021 zitten er niet in. Een opgeheven gemeente wordt op en na de herindelingsdatum haar opvolger, en het resultaat noemt de herindeling.',
    '',
    '| datum | voormalige gemeente | opvolger |',
    '|---|---|---|',
    ...HERINDELINGEN.map(([datum, code, naam, opvolgerCode, opvolger]) => `| ${schrijfDatum(datum)} | ${naam} (${code}) | ${opvolger} (${opvolgerCode}) |`),
    '',
    'Gangbare namen: `Den Bosch` is \'s-Hertogenbosch, `Den Haag` is \'s-Gravenhage. Namen zijn ongevoelig voor hoofdletters, accenten en leestekens; codes mogen als `GM0141`, `0141` of `141`.',
    '',
    '## Brondocumenten',
    '',
    '| id | document | uitgever | jaar |',
    '|---|---|---|---|',
    ...BRONDOCUMENTEN.map((document) => `| \`${document.id}\` | ${cel(document.titel)}${'vindplaats' in document ? ` (${cel(document.vindplaats)})` : ''} | ${cel(document.uitgever)} | ${document.jaar} |`),
    '',
  );
  return regels.join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(REGELS_MD, genereerRegelsMarkdown());
  console.log(`geschreven: ${REGELS_MD}`);
}
