import type { GedateerdeWaarde } from '../beleid/gedateerd.js';
import type { Bron, Gemeenteverwijzing } from '../types/beoordeling.js';
import { REGIOLEDEN } from './gegenereerd.js';
import { REGIONAMEN, type RegioId, type RegioKeuze } from './regio-ids.js';
import { diepBevroren } from '../types/bevroren.js';

/** Een regio voor maatschappelijke opvang of beschermd wonen, met gedateerd lidmaatschap. */
export interface Regio {
  /** Id van de regio: een ingebouwde {@link RegioId}, of een eigen regio van een beleid. */
  id: RegioKeuze;
  /** Leesbare naam, bv. `'regio Almelo'`. */
  naam: string;
  /** De centrumgemeente(n): één, behalve bij Twente (Almelo en Enschede). */
  centrumgemeenten: readonly Gemeenteverwijzing[];
  /** De CBS-codes van de leden per periode, elk met status en bronnen. */
  leden: readonly GedateerdeWaarde<readonly string[]>[];
}

const SEED_002_SAMENWERKING: Bron = {
  document: 'raadsbrief-regioplan-almelo',
  onderdeel: 'De samenwerking',
  citaat:
    'Beschermd wonen en maatschappelijke opvang zijn centrumgemeentetaken die de gemeente Almelo op basis van de Wet maatschappelijke ondersteuning (Wmo 2015) en bestuurlijke afspraken tussen het Rijk en de VNG uitvoert voor de regio, bestaande uit: Almelo, Hellendoorn, Rijssen-Holten, Tubbergen, Twenterand en Wierden.',
};
const SEED_002_CENTRUMREGELING: Bron = {
  document: 'raadsbrief-regioplan-almelo',
  onderdeel: 'De samenwerking',
  citaat: 'De afspraken zijn vastgelegd in verschillende documenten: de Centrumregeling en Dienstverleningsovereenkomst (2022 – 2026)',
};
const SEED_003_ZES_GEMEENTEN: Bron = {
  document: 'weer-thuis-in-de-wijk',
  onderdeel: 'Intermezzo: Opgave en aanpak in Almelo, Aantal uitstromers',
  citaat: 'De opvang van dak- en thuislozen is regionaal georganiseerd binnen de zes gemeenten van de regio Almelo.',
};
const ENSCHEDE_ACHT_GEMEENTEN: Bron = {
  document: 'regio-enschede-beschermd-wonen',
  onderdeel: 'Samenwerking beschermd wonen',
  citaat: 'Almelo en Enschede verantwoordelijk voor 6 en 8 gemeenten',
};
const SEED_003_TWENTE: Bron = {
  document: 'weer-thuis-in-de-wijk',
  onderdeel: 'Intermezzo: Opgave en aanpak in Almelo, Samenwerking',
  citaat: 'Het beschermd wonen is Twente-breed georganiseerd, met een gezamenlijke aanpak met veertien gemeenten',
};
const SEED_002_VEERTIEN: Bron = {
  document: 'raadsbrief-regioplan-almelo',
  onderdeel: '1.2 Experiment uitstroom Maatschappelijke Opvang Twente',
  citaat: 'uit de maatschappelijke opvang richting één van de 14 Twentse gemeenten',
};
const CENTRUMREGELING_IJSSEL_VECHT: Bron = {
  document: 'centrumregeling-ijssel-vecht',
  onderdeel: 'Deelnemende gemeenten (CVDR732660, in werking 2025-01-01)',
};

const ALMELO = { code: 'GM0141', naam: 'Almelo' };
const ENSCHEDE = { code: 'GM0153', naam: 'Enschede' };

function ledenVan(regio: string): string[] {
  return REGIOLEDEN.filter(([id]) => id === regio).map(([, , code]) => code);
}

function vanafVan(regio: string): string {
  return REGIOLEDEN.filter(([id]) => id === regio).map(([, , , , vanaf]) => vanaf).sort()[0]!;
}

/**
 * De ingebouwde regio's met hun leden per periode (`data/regios.csv`, met bronnen). Elke periode
 * heeft de status die de woorden van haar bron dragen (SPEC §2.5):
 *
 * - `almelo`: van april 2018 tot 2022 `'praktijk'` (de bronnen beschrijven de zes gemeenten); van
 *   2022-01-01 tot 2027-01-01 `'vastgesteld'` (de Centrumregeling 2022 – 2026). Daarna noemt geen
 *   bron de indeling: een peildatum vanaf 2027 is een {@link BeleidNietInWerkingFout}.
 * - `enschede`: `'praktijk'` vanaf 2020-01-01 (websites die de samenwerking beschrijven).
 * - `twente`: de 14 gemeenten van `almelo` en `enschede` samen, vanaf 2017-01-01, `'interpretatie'`:
 *   de bronnen beschrijven veertien Twentse gemeenten, maar noemen ze niet bij naam.
 * - `ijssel-vecht`: vastgesteld door de centrumregeling vanaf 2025-01-01; in 2023-2024 dezelfde
 *   acht gemeenten als `'interpretatie'` (de samenstelling is voor die jaren niet los bevestigd).
 *
 * Vóór de eerste en na de laatste periode is er geen indeling: {@link bepaalHerkomst} geeft dan
 * een {@link BeleidNietInWerkingFout} in plaats van een geleende indeling.
 */
export const REGIOS: Readonly<Record<RegioId, Regio>> = /* @__PURE__ */ diepBevroren({
  almelo: {
    id: 'almelo',
    naam: REGIONAMEN.almelo,
    centrumgemeenten: [ALMELO],
    leden: [
      {
        // Vanaf april 2018, net als de regio van de ingebouwde verblijfstermijn (`verblijfsduur.regio`):
        // dezelfde bron, dezelfde dag (audit december 2026, rij 14). data/regios.csv noemt 2020.
        vanaf: '2018-04-01',
        tot: '2022-01-01',
        waarde: ledenVan('almelo'),
        status: 'praktijk',
        bronnen: [SEED_003_ZES_GEMEENTEN, SEED_002_SAMENWERKING],
        toelichting: 'Vóór 2022 beschrijven de bronnen de opvang in de zes gemeenten van de regio Almelo als werkwijze. De namen van de zes komen uit de raadsbrief van 2024.',
        toelichtingEn: 'Before 2022 the sources describe shelter care in the six municipalities of the Almelo region as a practice. The names of the six come from the council letter of 2024.',
        datumkeuze: 'De bron van april 2018 beschrijft de regionale opvang in de zes gemeenten al; gekozen is 1 april 2018, de maand waarin zij verscheen. Tot 1 januari 2022, het begin van de centrumregeling.',
      },
      {
        vanaf: '2022-01-01',
        tot: '2027-01-01',
        waarde: ledenVan('almelo'),
        status: 'vastgesteld',
        bronnen: [SEED_002_SAMENWERKING, SEED_002_CENTRUMREGELING],
        datumkeuze: "'(2022 – 2026)' noemt geen dagen: gelezen als 1 januari 2022 tot en met 31 december 2026. Geen bron noemt de indeling daarna.",
      },
    ],
  },
  enschede: {
    id: 'enschede',
    naam: REGIONAMEN.enschede,
    centrumgemeenten: [ENSCHEDE],
    leden: [
      {
        vanaf: vanafVan('enschede'),
        waarde: ledenVan('enschede'),
        status: 'praktijk',
        bronnen: [ENSCHEDE_ACHT_GEMEENTEN],
        toelichting: 'De bron is een beschrijving op de websites van de gemeente Borne en WoON Twente, geen besluit. Zij noemt acht gemeenten rond de centrumgemeente Enschede.',
        toelichtingEn: 'The source is a description on the websites of the municipality of Borne and WoON Twente, not a decision. It names eight municipalities around the central municipality Enschede.',
        datumkeuze: 'De websites noemen geen datum; gekozen is 1 januari 2020, de begindatum in de gegevens.',
      },
    ],
  },
  twente: {
    id: 'twente',
    naam: REGIONAMEN.twente,
    centrumgemeenten: [ALMELO, ENSCHEDE],
    leden: [
      {
        vanaf: '2017-01-01',
        waarde: [...ledenVan('almelo'), ...ledenVan('enschede')],
        status: 'interpretatie',
        bronnen: [SEED_003_TWENTE, SEED_002_VEERTIEN],
        toelichting:
          'De bronnen beschrijven Twente voor beschermd wonen en de gezamenlijke uitstroomroute als de samenwerking van veertien gemeenten (praktijk). Welke veertien, noemt geen bron: wij lezen ze als de zes van de regio Almelo en de acht van de regio Enschede.',
        toelichtingEn:
          'The sources describe Twente, for sheltered housing and the shared outflow route, as the cooperation of fourteen municipalities (practice). No source names the fourteen: we read them as the six of the Almelo region and the eight of the Enschede region.',
        datumkeuze: 'De bron beschrijft de Twentse samenwerking al eind 2016; gekozen is 1 januari 2017, het eerste jaar dat zij beschrijft.',
      },
    ],
  },
  'ijssel-vecht': {
    id: 'ijssel-vecht',
    naam: REGIONAMEN['ijssel-vecht'],
    centrumgemeenten: [{ code: 'GM0193', naam: 'Zwolle' }],
    leden: [
      {
        vanaf: vanafVan('ijssel-vecht'),
        tot: '2025-01-01',
        waarde: ledenVan('ijssel-vecht'),
        status: 'interpretatie',
        bronnen: [CENTRUMREGELING_IJSSEL_VECHT],
        toelichting:
          'Voor 2023 en 2024 is de samenstelling niet los bevestigd. Aangenomen is dezelfde acht gemeenten als in de centrumregeling die op 1 januari 2025 in werking trad.',
        toelichtingEn: 'For 2023 and 2024 the membership is not separately confirmed. We assume the same eight municipalities as in the central-municipality arrangement in force from 1 January 2025.',
        datumkeuze: 'Vanaf 1 januari 2023, het jaar waarin het convenant van de regio is vernieuwd.',
      },
      { vanaf: '2025-01-01', waarde: ledenVan('ijssel-vecht'), status: 'vastgesteld', bronnen: [CENTRUMREGELING_IJSSEL_VECHT] },
    ],
  },
});

/**
 * Zoekt een ingebouwde regio op id.
 *
 * @param id - bv. `'almelo'`
 * @returns de regio, of `undefined` als het id onbekend is
 * @example
 * zoekRegio('ijssel-vecht')?.centrumgemeenten[0]?.naam //=> 'Zwolle'
 */
export function zoekRegio(id: string): Regio | undefined {
  return Object.prototype.hasOwnProperty.call(REGIOS, id) ? REGIOS[id as RegioId] : undefined;
}
