import type { GedateerdeWaarde } from '../beleid/gedateerd.js';
import type { Bron, Gemeenteverwijzing } from '../types/beoordeling.js';
import { REGIOLEDEN } from './gegenereerd.js';
import type { RegioId } from './regio-ids.js';

/** Een regio voor maatschappelijke opvang of beschermd wonen, met gedateerd lidmaatschap. */
export interface Regio {
  /** Id van de regio. */
  id: RegioId;
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
    'Beschermd wonen en maatschappelijke opvang zijn centrumgemeentetaken die de gemeente Almelo [...] uitvoert voor de regio, bestaande uit: Almelo, Hellendoorn, Rijssen-Holten, Tubbergen, Twenterand en Wierden.',
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
const SEED_004_REGIO: Bron = {
  document: 'visie-mo-ijssel-vecht',
  onderdeel: '1.1 Aanleiding',
  citaat: 'bekrachtigd is door alle gemeenteraden in de regio IJssel-Vecht',
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
 * De ingebouwde regio's met hun leden per periode (`data/regios.csv`, met bronnen).
 *
 * - `almelo` en `enschede`: vastgesteld vanaf 2020-01-01.
 * - `twente`: de 14 gemeenten van `almelo` en `enschede` samen, vanaf 2017-01-01, als
 *   beschreven werkwijze (`'praktijk'`).
 * - `ijssel-vecht`: vastgesteld door de centrumregeling vanaf 2025-01-01; in 2023-2024 dezelfde
 *   acht gemeenten als `'interpretatie'` (de samenstelling is voor die jaren niet los bevestigd).
 *
 * Vóór de eerste periode is er geen indeling: {@link bepaalHerkomst} geeft dan een
 * {@link BeleidNietInWerkingFout} in plaats van een geleende indeling.
 */
export const REGIOS: Readonly<Record<RegioId, Regio>> = {
  almelo: {
    id: 'almelo',
    naam: 'regio Almelo',
    centrumgemeenten: [ALMELO],
    leden: [{ vanaf: vanafVan('almelo'), waarde: ledenVan('almelo'), status: 'vastgesteld', bronnen: [SEED_002_SAMENWERKING] }],
  },
  enschede: {
    id: 'enschede',
    naam: 'regio Enschede',
    centrumgemeenten: [ENSCHEDE],
    leden: [{ vanaf: vanafVan('enschede'), waarde: ledenVan('enschede'), status: 'vastgesteld', bronnen: [ENSCHEDE_ACHT_GEMEENTEN] }],
  },
  twente: {
    id: 'twente',
    naam: 'regio Twente',
    centrumgemeenten: [ALMELO, ENSCHEDE],
    leden: [
      {
        vanaf: '2017-01-01',
        waarde: [...ledenVan('almelo'), ...ledenVan('enschede')],
        status: 'praktijk',
        bronnen: [SEED_003_TWENTE, SEED_002_VEERTIEN],
        toelichting:
          'Twente is voor beschermd wonen en de gezamenlijke uitstroomroute de vereniging van de regio’s Almelo en Enschede; de 14 gemeenten staan zo in beide bronnen beschreven.',
      },
    ],
  },
  'ijssel-vecht': {
    id: 'ijssel-vecht',
    naam: 'regio IJssel-Vecht',
    centrumgemeenten: [{ code: 'GM0193', naam: 'Zwolle' }],
    leden: [
      {
        vanaf: vanafVan('ijssel-vecht'),
        tot: '2025-01-01',
        waarde: ledenVan('ijssel-vecht'),
        status: 'interpretatie',
        bronnen: [SEED_004_REGIO],
        toelichting:
          'De samenstelling in 2023 en 2024 is niet los bevestigd; aangenomen is dezelfde acht gemeenten als in de centrumregeling die op 2025-01-01 in werking trad (het convenant van de regio is per 2023 vernieuwd).',
      },
      { vanaf: '2025-01-01', waarde: ledenVan('ijssel-vecht'), status: 'vastgesteld', bronnen: [CENTRUMREGELING_IJSSEL_VECHT] },
    ],
  },
};

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
