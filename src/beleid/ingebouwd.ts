import type { Bron } from '../types/beoordeling.js';
import type { Beleid } from './beleid.js';

const VERSNELFONDS: Bron = {
  document: 'integrale-ketenaanpak-mo',
  onderdeel: 'Oplossing 5: Versnelfonds',
  citaat: 'In dat geval kan het fonds een gift, lening of voorschot verstrekken tot een maximum van € 1.000,-.',
};
const IMPLEMENTATIE_2020: Bron = {
  document: 'integrale-ketenaanpak-mo',
  onderdeel: 'Samengevat (de zes oplossingen)',
  citaat: 'een zestal integrale oplossingen die we in 2020 willen implementeren',
};

/**
 * Waarom de kosten-batenfactor 1 is. Ook in docs/regels.md, want beleidsmakers moeten deze
 * lezing kunnen toetsen.
 */
const WAAROM_FACTOR_1 =
  "De bron eist dat 'de injectie in verhouding moet staan tot de verwachte besparing aan maatschappelijke kosten', maar noemt geen verhouding. " +
  "Wij lezen 'in verhouding' als: de verwachte besparing is ten minste even groot als het bedrag dat het fonds verstrekt (factor 1). " +
  "Dat sluit aan bij het doel van het fonds, 'kleine investeringen om hogere kosten te besparen': het fonds geeft geen geld uit dat naar verwachting meer kost dan het bespaart. " +
  'Een strengere verhouding (bv. 2) staat nergens in de bronnen en zou aanvragen afwijzen die volgens de bron in aanmerking komen. ' +
  'Een gemeente die een andere verhouding hanteert, legt die vast in een eigen beleid (defineBeleid).';

const VISIE_IJSSEL_VECHT_VASTGESTELD: Bron = {
  document: 'visie-mo-ijssel-vecht',
  onderdeel: '1.3 Aangepast proces',
  citaat: 'Tijdens het regionaal bestuurlijk overleg BW/MO van 22 juni 2023 heeft de visie MO opnieuw voorgelegen ter besluitvorming. De visie MO is regionaal vastgesteld',
};

/** Waarom de 2 nachten van buiten de regio zo gerekend worden en vanaf wanneer. Ook in docs/regels.md. */
const WAAROM_2_NACHTEN =
  "'2 nachten/3 dagen' beschrijft één verblijf: aankomst op de eerste dag, twee nachten, vertrek op de derde dag. " +
  'Gerekend wordt met 2 nachten: de uiterlijke vertrekdatum is de startdatum plus 2 kalenderdagen (de derde dag). ' +
  "Volgens de bron gold deze werkwijze al vóór de visie ('Hier is verandering ingekomen'); 22 juni 2023, de datum waarop de visie regionaal is vastgesteld, is de vroegste datum waarop de bron haar bevestigt.";

/** Waarom de 8 weken een ambitie zijn en vanaf wanneer ze in het beleid staan. Ook in docs/regels.md. */
const WAAROM_8_WEKEN =
  'De visie MO beschrijft de 8 weken als het regionale aanbod waar de regio naartoe werkt (ambitie voor 2032, Bijlage 2), niet als een termijn die nu al wordt toegepast. ' +
  'De waarde staat erin vanaf 22 juni 2023, de datum waarop de visie regionaal is vastgesteld; een gemeente die alleen vastgesteld beleid en praktijk wil toepassen, sluit de status ambitie uit (opties.uitgeslotenStatussen).';

/** Waarom de 9 maanden praktijk zijn en vanaf wanneer. Ook in docs/regels.md. */
const WAAROM_9_MAANDEN =
  'De bron (april 2018) beschrijft de werkwijze van de opvang in Almelo, Humanitas Onder Dak: geen regionaal vastgesteld beleid. ' +
  'De waarde geldt vanaf 1 april 2018, de maand waarin de bron verscheen; of de termijn daarna is veranderd, zegt geen van de bronnen.';

const ALMELO_REGIONAAL: Bron = {
  document: 'weer-thuis-in-de-wijk',
  onderdeel: 'Intermezzo: Opgave en aanpak in Almelo',
  citaat: 'De opvang van dak- en thuislozen is regionaal georganiseerd binnen de zes gemeenten van de regio Almelo.',
};

/** Id van een ingebouwd beleid: `'almelo'` of `'ijssel-vecht'`. */
export type BeleidId = 'almelo' | 'ijssel-vecht';

/**
 * De ingebouwde beleidssets, per id: de waarden van het versnelfonds en de verblijfstermijnen
 * met hun status en bronnen; zie `docs/regels.md` voor wat nu geldt.
 */
export const INGEBOUWD_BELEID: Readonly<Record<BeleidId, Beleid>> = {
  almelo: {
    id: 'almelo',
    versie: '2026-2',
    naam: 'Centrumregio Almelo',
    parameters: {
      'verblijfsduur.regio': [{ vanaf: '2018-04-01', waarde: 'almelo', status: 'praktijk', bronnen: [ALMELO_REGIONAAL] }],
      'verblijfsduur.24-uursopvang': [
        {
          vanaf: '2018-04-01',
          waarde: { aantal: 9, eenheid: 'maanden' },
          status: 'praktijk',
          toelichting: WAAROM_9_MAANDEN,
          bronnen: [
            {
              document: 'weer-thuis-in-de-wijk',
              onderdeel: 'Intermezzo: Opgave en aanpak in Almelo',
              citaat: 'In de Almelose maatschappelijke opvang Humanitas Onder Dak is het verblijf in de 24 uursopvang maximaal negen maanden',
            },
          ],
        },
      ],
      'versnelfonds.maximumInCenten': [{ vanaf: '2020-01-01', waarde: 100_000, status: 'vastgesteld', bronnen: [VERSNELFONDS, IMPLEMENTATIE_2020] }],
      'versnelfonds.beoordelingstermijnInUren': [
        {
          vanaf: '2020-01-01',
          waarde: 24,
          status: 'vastgesteld',
          bronnen: [
            { document: 'integrale-ketenaanpak-mo', onderdeel: 'Oplossing 5: Versnelfonds', citaat: 'Omdat het versnelfonds ook bedoeld is om erger te voorkomen, worden aanvragen binnen 24 uur beoordeeld.' },
            IMPLEMENTATIE_2020,
          ],
        },
      ],
      'versnelfonds.regio': [
        {
          vanaf: '2020-01-01',
          waarde: 'almelo',
          status: 'vastgesteld',
          bronnen: [
            { document: 'integrale-ketenaanpak-mo', onderdeel: 'Oplossing 5: Versnelfonds, criterium 2', citaat: 'Herkomst: de cliënten moeten komen uit het werkgebied van de centrumgemeente Almelo' },
            IMPLEMENTATIE_2020,
          ],
        },
      ],
      'versnelfonds.kostenBatenFactor': [
        {
          vanaf: '2020-01-01',
          waarde: 1,
          status: 'interpretatie',
          toelichting: WAAROM_FACTOR_1,
          bronnen: [
            {
              document: 'integrale-ketenaanpak-mo',
              onderdeel: 'Oplossing 5: Versnelfonds, criterium 3',
              citaat: 'Kosten-baten: de injectie moet in verhouding staan tot de verwachte besparing aan maatschappelijke kosten',
            },
            { document: 'integrale-ketenaanpak-mo', onderdeel: 'Samengevat (de zes oplossingen)', citaat: 'Versnelfonds: kleine investeringen om hogere kosten te besparen' },
          ],
        },
      ],
    },
  },
  'ijssel-vecht': {
    id: 'ijssel-vecht',
    versie: '2026-2',
    naam: 'Regio IJssel-Vecht (centrumgemeente Zwolle)',
    parameters: {
      'verblijfsduur.regio': [{ vanaf: '2023-06-22', waarde: 'ijssel-vecht', status: 'vastgesteld', bronnen: [VISIE_IJSSEL_VECHT_VASTGESTELD] }],
      'verblijfsduur.acute-opvang': [
        {
          vanaf: '2023-06-22',
          waarde: { aantal: 8, eenheid: 'weken' },
          status: 'ambitie',
          toelichting: WAAROM_8_WEKEN,
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
            VISIE_IJSSEL_VECHT_VASTGESTELD,
          ],
        },
      ],
      'verblijfsduur.acute-opvang.buiten-regio': [
        {
          vanaf: '2023-06-22',
          waarde: { aantal: 2, eenheid: 'nachten' },
          status: 'praktijk',
          toelichting: WAAROM_2_NACHTEN,
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
};
