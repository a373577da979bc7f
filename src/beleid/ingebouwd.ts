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

/** Id van een ingebouwd beleid: `'almelo'` of `'ijssel-vecht'`. */
export type BeleidId = 'almelo' | 'ijssel-vecht';

/**
 * De ingebouwde beleidssets, per id. Hun parameterwaarden komen met de regels die ze
 * gebruiken (versnelfonds, verblijfstermijnen); zie `docs/regels.md` voor wat nu geldt.
 */
export const INGEBOUWD_BELEID: Readonly<Record<BeleidId, Beleid>> = {
  almelo: {
    id: 'almelo',
    versie: '2026-1',
    naam: 'Centrumregio Almelo',
    parameters: {
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
    versie: '2026-1',
    naam: 'Regio IJssel-Vecht (centrumgemeente Zwolle)',
    parameters: {},
  },
};
