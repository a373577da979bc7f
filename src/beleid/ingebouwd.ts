import type { Bron } from '../types/beoordeling.js';
import type { Beleid } from './beleid.js';
import { diepBevroren } from '../types/bevroren.js';

// Elke waarde hieronder heeft de status die de woorden van haar bron dragen (SPEC §2.5), en een
// `datumkeuze` waar de bron geen dag noemt. Citaten zijn letterlijk; een test vergelijkt ze met
// de brontekst in data/seeds/.

const KETENAANPAK_VOORNEMEN: Bron = {
  document: 'integrale-ketenaanpak-mo',
  onderdeel: 'Beleidsshift: opvang nieuwe stijl',
  citaat: 'Dat alles heeft geleid tot een zestal integrale oplossingen die we in 2020 willen implementeren',
};
const KETENAANPAK_PIJLER_REGIOPLAN: Bron = {
  document: 'raadsbrief-regioplan-almelo',
  onderdeel: '1.1 Van integrale ketenaanpak naar adviesgroep maatschappelijke opvang',
  citaat: 'Een belangrijke pijler uit het Regioplan is om vanuit een gezamenlijke ketenaanpak te werken.',
};
const REGIOPLAN_TOT_EIND_2025: Bron = {
  document: 'raadsbrief-regioplan-almelo',
  onderdeel: 'Inleiding',
  citaat: 'het besluit om het regioplan te verlengen met twee jaar tot en met december 2025',
};

/** Waarom de versnelfondswaarden van 2020 tot 2026 lopen: de bron noemt geen dag en het regioplan eindigt. Ook in docs/regels.md. */
const DATUMKEUZE_VERSNELFONDS =
  "Het plan noemt alleen 'in 2020'; gekozen is 1 januari 2020. De ketenaanpak is een pijler van het regioplan, en dat loopt tot en met december 2025. Geen bron noemt deze waarde daarna. Daarom geldt de waarde tot 1 januari 2026.";

/**
 * De looptijd van de versnelfondswaarden. De bronnen van die looptijd staan in `datumbronnen`:
 * zij onderbouwen de gekozen datums, niet het criterium, en een grond citeert ze niet (audit
 * december 2026, rij 21).
 */
const VERSNELFONDS_PERIODE = {
  vanaf: '2020-01-01',
  tot: '2026-01-01',
  status: 'voornemen',
  datumkeuze: DATUMKEUZE_VERSNELFONDS,
  datumbronnen: [KETENAANPAK_VOORNEMEN, KETENAANPAK_PIJLER_REGIOPLAN, REGIOPLAN_TOT_EIND_2025],
} as const;

/**
 * Waarom de kosten-batenfactor 1 is. Ook in docs/regels.md, want beleidsmakers moeten deze lezing
 * kunnen toetsen. Het doel van het fonds ("hogere kosten te besparen") wordt niet als steun voor
 * factor 1 aangevoerd: bij een besparing die precies gelijk is, zou dat doel net niet gehaald zijn.
 */
const WAAROM_FACTOR_1 =
  "De bron zegt dat het bedrag 'in verhouding' moet staan tot de verwachte besparing, maar noemt geen verhouding. " +
  'Factor 1 is daarom onze keuze: de verwachte besparing moet ten minste even groot zijn als het bedrag dat het fonds geeft. ' +
  'Het is de laagste verhouding waarbij het fonds niet meer kost dan het bespaart. ' +
  'Een gemeente die een andere verhouding vaststelt, geeft die in haar eigen beleid.';
const WAAROM_FACTOR_1_EN =
  "The source says the amount must be 'in proportion' to the expected saving, but gives no ratio. " +
  'Factor 1 is therefore our choice: the expected saving must be at least as large as the amount the fund gives. ' +
  'It is the lowest ratio at which the fund does not cost more than it saves. ' +
  'A municipality that adopts another ratio gives it in its own policy.';

const VISIE_IJSSEL_VECHT_VASTGESTELD: Bron = {
  document: 'visie-mo-ijssel-vecht',
  onderdeel: '1.3 Aangepast proces',
  citaat:
    'Tijdens het regionaal bestuurlijk overleg BW/MO van 22 juni 2023 heeft de visie MO opnieuw voorgelegen ter besluitvorming. De visie MO is regionaal vastgesteld en er is besloten de visie MO in de lokale colleges te laten vaststellen.',
};

// Zonder "geen termijn die nu geldt": de zin over de status zegt al dat het een ambitie is, en wie haar
// op verzoek toepast, moet geen tekst krijgen die de toegepaste termijn ontkent (audit rij 9).
const WAAROM_8_WEKEN = 'De visie noemt dit als ambitie voor 2032: het aanbod waar de regio naartoe werkt.';
const WAAROM_8_WEKEN_EN = 'The visie names this as an ambition for 2032: the offer the region is working towards.';
const DATUMKEUZE_8_WEKEN =
  "Vanaf 22 juni 2023, de dag waarop de visie regionaal is vastgesteld. De visie 'strekt zich uit tot 2032'; gelezen als tot en met 2032, dus tot 1 januari 2033.";

const WAAROM_2_NACHTEN =
  "De werkwijze van de Herberg voor mensen van buiten de regio: '2 nachten/3 dagen' is één verblijf, met vertrek op de derde dag. " +
  'De Herberg lezen wij als de regionale acute opvang: de visie noemt haar als voorbeeld daarvan.';
// Niet 22 juni 2023: de tekst meldt zelf het overleg van 4 juli 2023 (§1.3), dus de tekst die de
// werkwijze beschrijft, is van later dan de regionale vaststelling (audit rij 11).
const WAAROM_2_NACHTEN_EN =
  "The practice of the Herberg for people from outside the region: '2 nachten/3 dagen' is one stay, leaving on the third day. " +
  'We read the Herberg as the regional emergency shelter: the visie names it as an example of that.';
const DATUMKEUZE_2_NACHTEN =
  "De bron noemt geen begindatum van deze werkwijze: zij bestond al toen de tekst werd geschreven ('Hier is verandering ingekomen', 'nu'). " +
  'De tekst meldt het overleg van 4 juli 2023, en is dus van die dag of later. Gekozen is 4 juli 2023: de vroegste dag waarop deze tekst de werkwijze kan beschrijven.';

const WAAROM_9_MAANDEN =
  'Dit is de werkwijze van één aanbieder, Humanitas Onder Dak, in haar 24-uursopvang in Almelo, zoals de bron die in 2018 beschrijft. ' +
  'De bron noemt in Almelo twee organisaties voor opvang; de termijn geldt daarom alleen voor een verblijf bij Humanitas Onder Dak. ' +
  'Geen latere bron in deze regels noemt de termijn. ' +
  'Een raadsbrief van de gemeente Almelo uit 2024 meldt dat de gemeente, Humanitas onder Dak en Beter Wonen in een intentieovereenkomst de ambitie stelden om de opvang om te vormen tot maatschappelijk wonen; wanneer, zegt de brief niet. Over de termijn zegt de brief niets.';
const WAAROM_9_MAANDEN_EN =
  'This is the practice of one provider, Humanitas Onder Dak, in its 24-hour shelter in Almelo, as the source describes it in 2018. ' +
  'The source names two organisations for shelter in Almelo; the term therefore applies only to a stay with Humanitas Onder Dak. ' +
  'No later source in these rules names the term. ' +
  'A council letter of the municipality of Almelo from 2024 reports that the municipality, Humanitas onder Dak and Beter Wonen set the ambition in a letter of intent to turn the shelter into supported living; it does not say when. The letter says nothing about the term.';
const DATUMKEUZE_2018 = 'De bron (april 2018) noemt geen begindatum; gekozen is 1 april 2018, de maand waarin de bron verscheen. De bron noemt geen einde.';
const DATUMKEUZE_9_MAANDEN =
  'De bron (april 2018) noemt geen begindatum; gekozen is 1 april 2018, de maand waarin de bron verscheen. De bron noemt ook geen einde, en geen bron beëindigt de werkwijze: daarom heeft de termijn geen einddatum.';

// De termijn voor een woningaanbod na beschermd wonen (regel woningaanbod, issue 25).
const WONINGAANBOD_AFSPRAAK: Bron = {
  document: 'weer-thuis-in-de-wijk',
  onderdeel: 'Intermezzo: Opgave en aanpak in Almelo, Vraag en aanbod woningen',
  citaat:
    'Met de woningcorporaties is afgesproken dat uitstromers uit het beschermd wonen via de centrale toegang van het Cimot binnen een half jaar een woning krijgen aangeboden; in de praktijk gebeurt dit al na vier à vijf maanden.',
};
const WONINGAANBOD_UITSTROOMPROCES: Bron = {
  document: 'weer-thuis-in-de-wijk',
  onderdeel: 'Intermezzo: Opgave en aanpak in Almelo, Klantreis',
  citaat: 'Vanaf 2017 geldt binnen de centrumgemeente Almelo een nieuw proces voor de uitstroom uit het beschermd wonen.',
};
const DATUMKEUZE_WONINGAANBOD = 'De bron (april 2018) noemt geen begindatum; gekozen is 1 april 2018, de maand waarin de bron verscheen.';
const WAAROM_HALF_JAAR =
  'Dit is een afspraak met de woningcorporaties zoals de bron die in 2018 beschrijft: uitstromers uit het beschermd wonen krijgen via de centrale toegang, het Cimot, binnen een half jaar een woning aangeboden. Een half jaar is hier 6 maanden. ' +
  'Geen latere bron in deze regels noemt de afspraak. Deze regel zegt alleen tot wanneer het aanbod volgens die afspraak moet komen. Hij beslist niets over de rechten van de cliënt.';
const WAAROM_HALF_JAAR_EN =
  'This is an agreement with the housing corporations as the source describes it in 2018: people leaving supported housing are offered a home within half a year, through the central access point, the Cimot. Half a year is taken as 6 months. ' +
  'No later source in these rules names the agreement. This rule only says by when the offer is due under that agreement. It decides nothing about the rights of the client.';

const ALMELO_REGIONAAL: Bron = {
  document: 'weer-thuis-in-de-wijk',
  onderdeel: 'Intermezzo: Opgave en aanpak in Almelo, Aantal uitstromers',
  citaat: 'De opvang van dak- en thuislozen is regionaal georganiseerd binnen de zes gemeenten van de regio Almelo.',
};

/**
 * De grondslagen van de regels die op de ketenaanpak van de centrumregio Almelo rusten (SPEC §2.9):
 * het ingebouwde beleid `almelo` geeft ze, zodat een ander beleid ze met een eigen grondslag kan
 * vervangen en een brief onder dat beleid nooit op het plan van Almelo rust.
 */
const KETENAANPAK = 'integrale-ketenaanpak-mo';
const GRONDSLAG_VERSNELFONDS = {
  status: 'voornemen',
  toelichting: 'De criteria komen uit de ketenaanpak van de centrumregio Almelo (2019): een plan voor 2020. De bronnen laten niet zien dat ze zo zijn vastgesteld.',
  toelichtingEn: 'The criteria come from the chain approach of the Almelo central region (2019): a plan for 2020. The sources do not show that they were adopted this way.',
  bronnen: [KETENAANPAK_VOORNEMEN],
} as const;
const GRONDSLAG_REGISSEUR = {
  status: 'voornemen',
  toelichting: 'De regel komt uit de ketenaanpak van de centrumregio Almelo (2019): een plan met een pilot vanaf begin 2020. De bronnen laten niet zien dat de Regisseur MO daarna is vastgesteld of zo werkt.',
  toelichtingEn: 'The rule comes from the chain approach of the Almelo central region (2019): a plan with a pilot from early 2020. The sources do not show that the Regisseur MO was adopted or works this way since.',
  bronnen: [{ document: KETENAANPAK, onderdeel: 'Oplossing 1: Regisseur maatschappelijke opvang', citaat: 'De planning is om begin 2020 te starten met een pilot.' }],
} as const;
const GRONDSLAG_SCHULDEN = {
  status: 'voornemen',
  toelichting: 'De regel komt uit de ketenaanpak van de centrumregio Almelo (2019): een plan voor een pilot, nog geen vastgestelde regel. De bronnen laten niet zien dat dit is ingevoerd.',
  toelichtingEn: 'The rule comes from the chain approach of the Almelo central region (2019): a plan for a pilot, not yet an adopted rule. The sources do not show that it was introduced.',
  bronnen: [{ document: KETENAANPAK, onderdeel: 'Oplossing 4: Alternatieve bewindvoering', citaat: 'De planning is om begin 2020 in nauwe samenwerking met het Schuldenlab Almelo te starten met een pilot.' }],
} as const;

export type { BeleidId } from './ids.js';
import { alsGecontroleerd, type BeleidId } from './ids.js';

/**
 * De ingebouwde beleidssets, per id: de waarden van het versnelfonds en de verblijfstermijnen
 * met hun status en bronnen; zie `docs/regels.md` voor wat nu geldt.
 */
export const INGEBOUWD_BELEID: Readonly<Record<BeleidId, Beleid>> = /* @__PURE__ */ ingebouwd({
  almelo: {
    id: 'almelo',
    versie: '2026-3',
    naam: 'Centrumregio Almelo',
    documenten: [],
    regios: {},
    regels: {
      versnelfonds: { grondslag: GRONDSLAG_VERSNELFONDS },
      regisseur: { grondslag: GRONDSLAG_REGISSEUR },
      schuldhulp: { grondslag: GRONDSLAG_SCHULDEN },
      'alternatieve-bewindvoering': { grondslag: GRONDSLAG_SCHULDEN },
    },
    parameters: {
      'verblijfsduur.regio': [{ vanaf: '2018-04-01', waarde: 'almelo', status: 'praktijk', datumkeuze: DATUMKEUZE_2018, bronnen: [ALMELO_REGIONAAL] }],
      'verblijfsduur.24-uursopvang': [
        {
          vanaf: '2018-04-01',
          // Alleen bij deze aanbieder (SPEC §4.5 (0.3)): de bron noemt twee organisaties voor opvang in Almelo.
          waarde: { aantal: 9, eenheid: 'maanden', aanbieder: 'Humanitas Onder Dak' },
          status: 'praktijk',
          toelichting: WAAROM_9_MAANDEN,
          toelichtingEn: WAAROM_9_MAANDEN_EN,
          datumkeuze: DATUMKEUZE_9_MAANDEN,
          bronnen: [
            {
              document: 'weer-thuis-in-de-wijk',
              onderdeel: 'Intermezzo: Opgave en aanpak in Almelo, Vraag en aanbod woningen',
              citaat: 'In de Almelose maatschappelijke opvang Humanitas Onder Dak is het verblijf in de 24 uursopvang maximaal negen maanden',
            },
          ],
        },
      ],
      'woningaanbod.regio': [{ vanaf: '2018-04-01', waarde: 'almelo', status: 'praktijk', datumkeuze: DATUMKEUZE_WONINGAANBOD, bronnen: [WONINGAANBOD_UITSTROOMPROCES] }],
      'woningaanbod.uitstroom-beschermd-wonen': [
        {
          vanaf: '2018-04-01',
          waarde: { aantal: 6, eenheid: 'maanden' },
          status: 'praktijk',
          toelichting: WAAROM_HALF_JAAR,
          toelichtingEn: WAAROM_HALF_JAAR_EN,
          datumkeuze: DATUMKEUZE_WONINGAANBOD,
          bronnen: [WONINGAANBOD_AFSPRAAK],
        },
      ],
      'versnelfonds.maximumInCenten': [
        {
          ...VERSNELFONDS_PERIODE,
          waarde: 100_000,
          bronnen: [
            { document: 'integrale-ketenaanpak-mo', onderdeel: 'Oplossing 5: Versnelfonds', citaat: 'In dat geval kan het fonds een gift, lening of voorschot verstrekken tot een maximum van € 1.000,-.' },
          ],
        },
      ],
      'versnelfonds.beoordelingstermijnInUren': [
        {
          ...VERSNELFONDS_PERIODE,
          waarde: 24,
          bronnen: [
            { document: 'integrale-ketenaanpak-mo', onderdeel: 'Oplossing 5: Versnelfonds', citaat: 'Omdat het versnelfonds ook bedoeld is om erger te voorkomen, worden aanvragen binnen 24 uur beoordeeld.' },
          ],
        },
      ],
      'versnelfonds.regio': [
        {
          ...VERSNELFONDS_PERIODE,
          waarde: 'almelo',
          bronnen: [
            { document: 'integrale-ketenaanpak-mo', onderdeel: 'Oplossing 5: Versnelfonds, criterium 2', citaat: 'Herkomst: de cliënten moeten komen uit het werkgebied van de centrumgemeente Almelo' },
          ],
        },
      ],
      'versnelfonds.kostenBatenFactor': [
        {
          ...VERSNELFONDS_PERIODE,
          waarde: 1,
          status: 'interpretatie',
          toelichting: WAAROM_FACTOR_1,
          toelichtingEn: WAAROM_FACTOR_1_EN,
          bronnen: [
            {
              document: 'integrale-ketenaanpak-mo',
              onderdeel: 'Oplossing 5: Versnelfonds, criterium 3',
              citaat: 'Kosten-baten: de injectie moet in verhouding staan tot de verwachte besparing aan maatschappelijke kosten',
            },
          ],
        },
      ],
    },
  },
  'ijssel-vecht': {
    id: 'ijssel-vecht',
    versie: '2026-3',
    naam: 'Regio IJssel-Vecht (centrumgemeente Zwolle)',
    documenten: [],
    regios: {},
    regels: {
      // Alleen de richting van de opvang (visie §5.3 en §5.4) is regionaal; de rest van de regel situatie is landelijk.
      situatie: {
        grondslag: {
          status: 'vastgesteld',
          toelichting: 'De richting van de opvang en de kwetsbare groepen komen uit de visie maatschappelijke opvang van de regio IJssel-Vecht, die op 22 juni 2023 regionaal is vastgesteld. Dat de colleges haar daarna ook lokaal vaststelden, laten de bronnen niet zien. Het zijn een richting en aandachtspunten voor de opvang, geen termijn of recht.',
          toelichtingEn: 'The direction of shelter and the vulnerable groups come from the shelter care visie of the IJssel-Vecht region, adopted regionally on 22 June 2023. The sources do not show that the municipal executives then also adopted it locally. They are a direction and points of attention for shelter, not a term or an entitlement.',
          bronnen: [VISIE_IJSSEL_VECHT_VASTGESTELD],
        },
      },
    },
    parameters: {
      'verblijfsduur.regio': [{ vanaf: '2023-06-22', waarde: 'ijssel-vecht', status: 'vastgesteld', bronnen: [VISIE_IJSSEL_VECHT_VASTGESTELD] }],
      'verblijfsduur.acute-opvang': [
        {
          vanaf: '2023-06-22',
          tot: '2033-01-01',
          waarde: { aantal: 8, eenheid: 'weken' },
          status: 'ambitie',
          toelichting: WAAROM_8_WEKEN,
          toelichtingEn: WAAROM_8_WEKEN_EN,
          datumkeuze: DATUMKEUZE_8_WEKEN,
          bronnen: [
            {
              document: 'visie-mo-ijssel-vecht',
              onderdeel: '3.2 IJssel-Vecht: zo lang en zo snel mogelijk zelfstandig',
              citaat: 'Er wordt uitgegaan van een beperkte regionale acute opvang (bijvoorbeeld in de Herberg) van 32 plekken, waarin cliënten maximaal acht weken bed, bad en brood krijgen',
            },
            {
              document: 'visie-mo-ijssel-vecht',
              onderdeel: 'Bijlage 2 (ambities en doelen)',
              citaat: 'Het regionale aanbod beperkt zich tot acute opvang, waarin cliënten maximaal 8 weken bed, bad en brood kunnen krijgen',
            },
          ],
          // De bronnen van de gekozen looptijd, niet van de waarde (audit rij 21): de visie van 22 juni 2023 "tot 2032".
          datumbronnen: [{ document: 'visie-mo-ijssel-vecht', onderdeel: '3.3 Ontwikkellijnen', citaat: 'De regiovisie strekt zich uit tot 2032.' }, VISIE_IJSSEL_VECHT_VASTGESTELD],
        },
      ],
      'verblijfsduur.acute-opvang.buiten-regio': [
        {
          vanaf: '2023-07-04',
          waarde: { aantal: 2, eenheid: 'nachten' },
          status: 'praktijk',
          toelichting: WAAROM_2_NACHTEN,
          toelichtingEn: WAAROM_2_NACHTEN_EN,
          datumkeuze: DATUMKEUZE_2_NACHTEN,
          bronnen: [
            {
              document: 'visie-mo-ijssel-vecht',
              onderdeel: '9.1 Opvang van mensen buiten de regio',
              citaat:
                'De landelijke toegankelijkheidsregels worden nu strikt gehanteerd waardoor mensen van buiten de regio nog slechts 2 nachten/3 dagen opvang in de Herberg ontvangen. Deze lijn zal doorgezet worden.',
            },
          ],
        },
      ],
    },
  },
});

/** Bevriest de ingebouwde beleidssets diep en legt vast dat elk gecontroleerd is (zie {@link isGecontroleerdBeleid}). */
function ingebouwd(sets: Record<BeleidId, Beleid>): Readonly<Record<BeleidId, Beleid>> {
  const bevroren = diepBevroren(sets);
  for (const beleid of Object.values(bevroren)) alsGecontroleerd(beleid);
  return bevroren;
}
