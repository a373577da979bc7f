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
  berekenVerblijfstermijn,
  classificeerSituatie,
  defineBeleid,
  DOELGROEPEN,
  GEBEURTENISSOORTEN,
  WOONSITUATIES,
  OPVANGVORMEN,
  OPVANGVORM_NAMEN,
  motivering,
  schrijfBedrag,
  schrijfDatum,
  schrijfDuur,
  zoekGemeente,
  type Duur,
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
  vastgesteld: 'een bron laat de vaststelling zien: een besluit, regeling, verordening, of een plan dat op een genoemde datum is vastgesteld',
  praktijk: 'de huidige werkwijze zoals een bron die beschrijft (ook een website); geen vastgesteld beleid',
  voornemen: 'een plan zegt deze regel te willen invoeren ("die we in 2020 willen implementeren"); de bronnen tonen geen vaststelling',
  ambitie: 'een gesteld doel; geen geldende regel. Standaard niet toegepast',
  planningsaanname: 'een aanname om mee te plannen; geen geldende regel. Standaard niet toegepast',
  interpretatie: 'onze lezing, of een gekozen datum, waar de bron zwijgt; de reden staat er altijd bij',
};

function citeer(bron: Bron): string {
  return `- ${beschrijfBron(bron)}`;
}

function periode(waarde: GedateerdeWaarde<unknown>): string {
  return `${schrijfDatum(waarde.vanaf)}${waarde.tot ? ` tot ${schrijfDatum(waarde.tot)}` : ', zonder einddatum'}`;
}

/** De gekozen datums van een waarde, gelabeld als interpretatie; leeg als de bron de datums geeft. */
function datumkeuze(waarde: GedateerdeWaarde<unknown>, inspringing: string): string[] {
  return waarde.datumkeuze ? [`${inspringing}- Gekozen datum (interpretatie): ${waarde.datumkeuze}`] : [];
}

/** Een beleidswaarde leesbaar: bedragen in euro's, duren uitgeschreven, de rest als JSON. */
function schrijfWaarde(parameter: string, waarde: unknown): string {
  if (parameter.endsWith('InCenten') && typeof waarde === 'number') return `${schrijfBedrag(waarde)} (\`${waarde}\` cent)`;
  if (parameter.startsWith('verblijfsduur.') && parameter !== 'verblijfsduur.regio') return `${schrijfDuur(waarde as Duur)} (\`${JSON.stringify(waarde)}\`)`;
  return `\`${JSON.stringify(waarde)}\``;
}

/** Waarden als code, gescheiden door komma's: `` `a`, `b` ``. */
function alsCode(waarden: readonly string[]): string {
  return waarden.map((waarde) => `\`${waarde}\``).join(', ');
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
      regels.push(...datumkeuze(waarde, '  '));
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
    ingediendOp: '2025-04-05T14:30:00+02:00',
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
    `In het ingebouwde beleid \`almelo\` is het maximum ${schrijfBedrag(maximum.waarde)}, van ${periode(maximum)}, status \`${maximum.status}\`: de waarde komt uit een plan van de ketenaanpak, en de bronnen laten niet zien dat ze is vastgesteld. Dat het maximum per aanvraag geldt, en dat een hoger bedrag wordt begrensd in plaats van afgewezen, zijn interpretaties (zie de keuzes hierboven). \`toekenbaarBedragInCenten\` is het begrensde bedrag als de uitkomst \`toekennen\` is, anders 0. De vorm (gift, lening of voorschot) verandert niets aan de criteria of het maximum: de bron noemt ze samen.`,
    '',
    `**Tot 1 januari 2026.** ${maximum.datumkeuze ?? ''} Een aanvraag van vóór 1 januari 2020 of vanaf 1 januari 2026 is een fout (\`BeleidNietInWerkingFout\`, pad \`ingediendOp\`), geen stille standaard en geen geleend bedrag. Een gemeente die nu een versnelfonds heeft, legt haar eigen waarden en bronnen vast in een eigen beleid.`,
    '',
    'Een aanvraag wordt binnen 24 uur beoordeeld: `beoordelenUiterlijk` is `ingediendOp` plus 24 verstreken uren, in Amsterdamse tijd. Over de overgang naar zomertijd schuift de klok 25 uur op (29 maart 2025 10:00 → 30 maart 2025 11:00), over de overgang naar wintertijd 23 uur.',
    '',
    '### Waarom de kosten-batenfactor 1 is',
    '',
    `Status \`${factor.status}\`. ${factor.toelichting ?? ''}`,
    '',
    'De vereiste besparing is factor × toekenbaar bedrag, naar boven afgerond op hele centen, en wordt exact (zonder afrondingsfouten) vergeleken. Een eigen beleid mag een factor met hooguit twee decimalen kiezen.',
    '',
    '### Voorbeeld: een gemeente met een eigen fonds',
    '',
    '"Iedere gemeente werkt met een versnelfonds" (raadsbrief regioplan Almelo). Een gemeente met een eigen fonds legt haar waarden vast in een eigen beleid, met haar eigen documenten als bron, en geeft dat mee als `opties.beleid` (in de CLI: `--beleid`). Dit voorbeeld heeft **fictieve** waarden en een fictief document: een maximum van € 500,00, de regio Enschede en een factor 1,5. Het staat in het pakket als `opvangregels/examples/beleid/voorbeeld-eigen-fonds.json`. Een eigen regio, eigen termijnen en hoe u het bestand controleert: zie de gids [Eigen beleid vastleggen](eigen-beleid.md).',
    '',
    '```ts',
    "import { beoordeelVersnelfonds, defineBeleid } from 'opvangregels';",
    "import eigenFonds from 'opvangregels/examples/beleid/voorbeeld-eigen-fonds.json' with { type: 'json' };",
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

/** De verblijfstermijnen: per beleid welke duur voor wie geldt, hoe er gerekend wordt, en hoe een gemeente statussen uitsluit. */
function verblijfstermijn(): string[] {
  const rijen: string[] = [];
  for (const beleid of Object.values(INGEBOUWD_BELEID)) {
    for (const [naam, waarden] of Object.entries(beleid.parameters) as Array<[string, readonly GedateerdeWaarde<unknown>[]]>) {
      const delen = /^verblijfsduur\.([^.]+)(?:\.(binnen-regio|buiten-regio))?$/.exec(naam);
      if (!delen || naam === 'verblijfsduur.regio') continue;
      const vorm = OPVANGVORM_NAMEN[delen[1] as (typeof OPVANGVORMEN)[number]].nl;
      const voorWie = delen[2] === 'buiten-regio' ? 'van buiten de regio' : delen[2] === 'binnen-regio' ? 'uit de regio' : 'iedereen';
      for (const waarde of waarden) {
        rijen.push(`| \`${beleid.id}\` | ${vorm} | ${voorWie} | ${schrijfDuur(waarde.waarde as Duur)} | ${periode(waarde)} | \`${waarde.status}\` | ${cel(waarde.bronnen.map((bron) => `${bron.onderdeel}${bron.citaat ? `: "${bron.citaat}"` : ''}`).join('; '))} |`);
      }
    }
  }
  const uitRegio = { regio: 'ijssel-vecht', opvangvorm: 'acute-opvang', startdatum: '2026-05-03', gemeenteVanHerkomst: 'Zwolle', peildatum: '2026-05-04' } as const;
  const standaard = berekenVerblijfstermijn(uitRegio);
  const metAmbitie = berekenVerblijfstermijn(uitRegio, { uitgeslotenStatussen: [] });
  return [
    '### De termijnen in het ingebouwde beleid',
    '',
    '| beleid | opvangvorm | voor wie | maximale duur | geldig | status | bron |',
    '|---|---|---|---|---|---|---|',
    ...rijen,
    '',
    'Elke andere combinatie van regio en opvangvorm heeft geen termijn (`geen-termijn`); een termijn van een andere regio of opvangvorm wordt nooit geleend. De regio\'s `enschede` en `twente` hebben geen ingebouwd beleid met termijnen. Een waarde per herkomstgroep (`verblijfsduur.<opvangvorm>.buiten-regio` of `.binnen-regio`) gaat voor de waarde voor iedereen (`verblijfsduur.<opvangvorm>`); verschillen de twee groepen, dan bepaalt de herkomst de termijn en is een onbekende herkomst `aanvullen`.',
    '',
    '### Hoe er gerekend wordt',
    '',
    '- De uiterlijke vertrekdatum is de startdatum plus de duur, in de Amsterdamse kalender: N nachten of N dagen zijn N kalenderdagen, N weken zijn 7 × N kalenderdagen, N maanden is dezelfde dag N maanden later of, als die dag er niet is, de laatste dag van die maand (31 mei + 9 maanden = 28 februari, in een schrikkeljaar 29 februari). Zomer- en wintertijd doen er niet toe.',
    '- Op de vertrekdatum zelf is het verblijf nog `binnen-termijn` (`resterendeDagen` 0); de dag erna is de termijn verstreken (`resterendeDagen` -1).',
    '- De duur die op de **startdatum** geldt, geldt voor het hele verblijf: een latere wijziging van het beleid maakt een verblijf dat al begon niet korter of langer. Begon het verblijf voordat er een termijn bestond, dan heeft het geen termijn (`geen-termijn`), en de toelichting zegt vanaf wanneer de termijn geldt. De peildatum zegt alleen welke dag wordt beoordeeld; de herkomst wordt op de peildatum getoetst.',
    '- Het buitenland en de bijzondere gemeenten (Bonaire, Sint Eustatius, Saba): de waarde voor cliënten van buiten de regio is er niet voor hen. De visie noemt hen apart, als groepen "waar de wet- en regelgeving onvoldoende in voorziet" (§9.2). Voor hen geldt de waarde voor iedereen als die er is, anders geen termijn, met een signaal.',
    '- Een startdatum na de peildatum is een fout op `startdatum`.',
    '',
    '### Waarom zo gelezen',
    '',
    ...(['verblijfsduur.acute-opvang.buiten-regio', 'verblijfsduur.acute-opvang'] as const).map((naam) => `- \`ijssel-vecht\`, \`${naam}\`: ${INGEBOUWD_BELEID['ijssel-vecht'].parameters[naam]![0]!.toelichting ?? ''}`),
    `- \`almelo\`, \`verblijfsduur.24-uursopvang\`: ${INGEBOUWD_BELEID.almelo.parameters['verblijfsduur.24-uursopvang']![0]!.toelichting ?? ''}`,
    '',
    '### Ambities zijn geen termijnen',
    '',
    'Standaard past de regel geen waarde toe met de status `ambitie` of `planningsaanname` (`uitgeslotenStatussen` is standaard `[\'ambitie\', \'planningsaanname\']`). Zo geldt voor een cliënt uit de regio IJssel-Vecht in de acute opvang geen termijn; een signaal noemt de ambitie van 8 weken:',
    '',
    '```ts',
    `berekenVerblijfstermijn(${JSON.stringify(uitRegio)});`,
    '```',
    '',
    '```text',
    motivering(standaard),
    '```',
    '',
    'Met `uitgeslotenStatussen: []` past de regel elke status toe, ook de ambitie; de toelichting zegt dan dat het een ambitie is:',
    '',
    '```text',
    motivering(metAmbitie),
    '```',
    '',
  ];
}

/** De indeling van woonsituaties en gebeurtenissen, berekend door de regel zelf, en de keuzes waar de bronnen zwijgen. */
function situatie(): string[] {
  const woonsituaties = WOONSITUATIES.map((woonsituatie) => {
    const uitslag = classificeerSituatie({ woonsituatie });
    return `| \`${woonsituatie}\` | \`${uitslag.uitkomst}\` | ${uitslag.ethosLight ?? '—'} |`;
  });
  const gebeurtenissen = GEBEURTENISSOORTEN.map((soort) => {
    const uitslag = classificeerSituatie({ woonsituatie: 'openbare-ruimte', gebeurtenissen: [{ soort }] });
    return `| \`${soort}\` | ${uitslag.primaireRoute ?? '—'} | ${alsCode(uitslag.aandachtsgroepen) || '—'} |`;
  });
  const doelgroepen = DOELGROEPEN.map((doelgroep) => {
    const uitslag = classificeerSituatie({ woonsituatie: 'openbare-ruimte', doelgroepen: [doelgroep] });
    return `| \`${doelgroep}\` | ${alsCode(uitslag.aandachtsgroepen) || 'geen (voorbeeldgroep uit §5.3; beslist niet zelf over de opvang)'} |`;
  });
  return [
    '### Woonsituatie, uitkomst en ETHOS Light',
    '',
    '| woonsituatie | uitkomst | ETHOS Light |',
    '|---|---|---|',
    ...woonsituaties,
    '',
    '### Gebeurtenissen en routes',
    '',
    '| gebeurtenis | RVS-route | aandachtsgroep |',
    '|---|---|---|',
    ...gebeurtenissen,
    '',
    'Route 1: geen huis kunnen vinden na een ingrijpende gebeurtenis; route 2: een instelling verlaten zonder adequate nazorg; route 3: een huisuitzetting; route 4: terugkeer uit het buitenland zonder adequate hulp.',
    '',
    '### Doelgroepen',
    '',
    '| doelgroep | aandachtsgroep |',
    '|---|---|',
    ...doelgroepen,
    '',
    '### Verder',
    '',
    '- De uitkomst volgt altijd uit de woonsituatie; een onbekende route of opvangrichting maakt de uitkomst niet `aanvullen`. `ontbrekendeGegevens` is daarom altijd leeg, en de toelichting van het criterium zegt wat er zou helpen.',
    '- De regel hangt niet af van een datum of beleid: `peildatum` en `beleid` in het resultaat zijn `null`.',
    '',
  ];
}

/**
 * Per regel één sectie met elke keuze van ons waar de bronnen zwijgen: de keuzes van de criteria,
 * en van de waarden die de regel leest de interpretaties en gekozen datums.
 */
function keuzesWaarDeBronnenZwijgen(regel: string): string[] {
  const { beschrijving } = REGELS[regel as keyof typeof REGELS];
  const regels = ['### Keuzes waar de bronnen zwijgen', '', 'Elk punt is een interpretatie van ons (status `interpretatie`). Een beslissing die er een toepast, noemt haar in de grond.', ''];
  for (const criterium of beschrijving.criteria) {
    for (const keuze of criterium.keuzes) regels.push(`- ${keuze.tekst.nl} (\`${keuze.id}\`, bij ${criterium.titel.nl.toLowerCase()})`);
  }
  const voorvoegsel = regel === 'versnelfonds' ? 'versnelfonds.' : regel === 'verblijfstermijn' ? 'verblijfsduur.' : null;
  if (voorvoegsel) {
    for (const beleid of Object.values(INGEBOUWD_BELEID)) {
      for (const [naam, waarden] of Object.entries(beleid.parameters) as Array<[string, readonly GedateerdeWaarde<unknown>[]]>) {
        if (!naam.startsWith(voorvoegsel)) continue;
        for (const waarde of waarden) {
          if (waarde.status === 'interpretatie') regels.push(`- ${beleid.naam}, \`${naam}\` = ${schrijfWaarde(naam, waarde.waarde)}: ${waarde.toelichting ?? ''}`);
          if (waarde.datumkeuze) regels.push(`- ${beleid.naam}, \`${naam}\`, gekozen datum: ${waarde.datumkeuze}`);
        }
      }
    }
  }
  if (regel === 'herkomst') {
    for (const regio of Object.values(REGIOS)) {
      for (const waarde of regio.leden) {
        if (waarde.status === 'interpretatie') regels.push(`- ${regio.naam}, indeling ${periode(waarde)}: ${waarde.toelichting ?? ''}`);
        if (waarde.datumkeuze) regels.push(`- ${regio.naam}, indeling ${periode(waarde)}, gekozen datum: ${waarde.datumkeuze}`);
      }
    }
  }
  regels.push('');
  return regels;
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
    regels.push('### Criteria en signalen', '');
    for (const criterium of beschrijving.criteria) {
      const signaal = criterium.soort === 'signaal';
      regels.push(
        `#### ${criterium.titel.nl} (\`${criterium.id}\`${signaal ? ', signaal' : ''})`,
        '',
        `${signaal ? 'Waarop het wijst (een signaal verandert de uitkomst nooit)' : 'Wanneer voldaan'}: ${criterium.voldaanAls.nl}`,
        '',
        `Grondslag: \`${criterium.basis.status}\`.${criterium.basis.reden.nl ? ` ${criterium.basis.reden.nl}` : ''}`,
        '',
      );
      if (criterium.bronnen.length > 0) regels.push('Bronnen van de regeltekst:', '', ...criterium.bronnen.map(citeer), '');
    }
    regels.push(...keuzesWaarDeBronnenZwijgen(beschrijving.id));
    if (beschrijving.id === 'herkomst') {
      regels.push(...regioIndeling());
      regels.push(
        '### Wat is de gemeente van herkomst?',
        '',
        'De visie MO van IJssel-Vecht gebruikt "gemeente van herkomst" voor de gemeente waar iemand dakloos is geworden: "Over vijf jaar worden inwoners opgevangen in hun eigen gemeente en/of keren zij vaker terug naar de gemeente waar ze dakloos zijn geworden" (§5.1), naast "De cliënt keert (indien mogelijk) terug naar diens gemeente van herkomst" (§3.2). Een formele definitie geeft de visie niet; deze lezing is een interpretatie. Is de gemeente van herkomst niet vastgesteld, geef dan `\'onbekend\'` op: de regel raadt nooit. Van buiten de regio komen is geen reden om eerste opvang te weigeren; elke uitkomst `buiten-regio` heeft daarom het signaal landelijke toegankelijkheid.',
        '',
        '### Bijzondere waarden van `gemeenteVanHerkomst`',
        '',
        "- `'onbekend'`: het criterium is `onbekend`; de uitkomst is `aanvullen` met `ontbrekendeGegevens: ['gemeenteVanHerkomst']`.",
        "- `'buitenland'`: buiten elke regio.",
        "- `'Bonaire'`, `'Sint Eustatius'`, `'Saba'`: de bijzondere gemeenten (openbare lichamen in Caribisch Nederland); buiten elke regio, en zo genoemd in het resultaat (`herkomstsoort: 'bijzondere-gemeente'`).",
        '',
      );
    }
    if (beschrijving.id === 'versnelfonds') regels.push(...versnelfonds());
    if (beschrijving.id === 'verblijfstermijn') regels.push(...verblijfstermijn());
    if (beschrijving.id === 'situatie') regels.push(...situatie());
    regels.push('### Uitgewerkte voorbeelden', '', ...voorbeelden(beschrijving.id));
  }

  regels.push('## Beleid', '', 'De ingebouwde beleidssets. Een gemeente kan een eigen beleid vastleggen met `defineBeleid` (zie de README).', '');
  for (const beleid of Object.values(INGEBOUWD_BELEID)) {
    const parameters = Object.entries(beleid.parameters) as Array<[string, readonly GedateerdeWaarde<unknown>[]]>;
    regels.push(`### ${beleid.naam} (\`${beleid.id}\`, versie ${beleid.versie})`, '');
    if (parameters.length === 0) regels.push('Geen parameterwaarden.', '');
    for (const [naam, waarden] of parameters) {
      regels.push(`- \`${naam}\``);
      for (const waarde of waarden) {
        regels.push(`  - ${periode(waarde)}: ${schrijfWaarde(naam, waarde.waarde)}, status \`${waarde.status}\`${waarde.toelichting ? `. ${waarde.toelichting}` : ''}`);
        regels.push(...datumkeuze(waarde, '    '));
        for (const bron of waarde.bronnen) regels.push(`    ${citeer(bron)}`);
      }
    }
  }
  regels.push('### Parameters die een beleid kan vastleggen', '', '| parameter | betekenis |', '|---|---|');
  // De verblijfsduur per opvangvorm staat er één keer, met <opvangvorm> voor elk van de acht vormen.
  const perVorm = new RegExp(`^verblijfsduur\\.(${OPVANGVORMEN.join('|')})(\\.|$)`);
  const rijen = new Map<string, string>();
  for (const [naam, { omschrijving }] of Object.entries(BELEIDSPARAMETERS)) {
    const vorm = perVorm.exec(naam)?.[1];
    const sjabloon = vorm ? naam.replace(vorm, '<opvangvorm>') : naam;
    const algemeen = vorm
      ? omschrijving.replaceAll(`verblijfsduur.${vorm}`, 'verblijfsduur.<opvangvorm>').replaceAll(OPVANGVORM_NAMEN[vorm as (typeof OPVANGVORMEN)[number]].nl, 'opvangvorm')
      : omschrijving;
    if (!rijen.has(sjabloon)) rijen.set(sjabloon, algemeen);
  }
  regels.push(...[...rijen].map(([naam, omschrijving]) => `| \`${naam}\` | ${cel(omschrijving)} |`), '');
  regels.push(`\`<opvangvorm>\` is een van ${alsCode(OPVANGVORMEN)}.`, '');

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
