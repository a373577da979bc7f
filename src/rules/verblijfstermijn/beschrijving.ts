import type { Bron } from '../../types/beoordeling.js';
import { AANVULLEN, type Regelbeschrijving } from '../beschrijving.js';

/** De bronnen van de verblijfstermijnregel; een grond met een geldende duur citeert de bronnen van die beleidswaarde. @internal */
export const VERBLIJFSTERMIJN_BRONNEN = {
  herkomst: [
    {
      document: 'visie-mo-ijssel-vecht',
      onderdeel: '9.1 Opvang van mensen buiten de regio',
      citaat: 'De landelijke toegankelijkheidsregels worden nu strikt gehanteerd waardoor mensen van buiten de regio nog slechts 2 nachten/3 dagen opvang in de Herberg ontvangen.',
    },
  ],
  /** Waar de termijnen in de bronnen staan; een grond zonder geldende duur citeert deze. */
  termijn: [
    {
      document: 'visie-mo-ijssel-vecht',
      onderdeel: 'Bijlage 2 (ambities en doelen)',
      citaat: 'Het regionale aanbod beperkt zich tot acute opvang, waarin cliënten maximaal 8 weken bed, bad en brood kunnen krijgen',
    },
    {
      document: 'visie-mo-ijssel-vecht',
      onderdeel: '9.1 Opvang van mensen buiten de regio',
      citaat: 'mensen van buiten de regio nog slechts 2 nachten/3 dagen opvang in de Herberg ontvangen',
    },
    {
      document: 'weer-thuis-in-de-wijk',
      onderdeel: 'Intermezzo: Opgave en aanpak in Almelo',
      citaat: 'In de Almelose maatschappelijke opvang Humanitas Onder Dak is het verblijf in de 24 uursopvang maximaal negen maanden',
    },
  ],
} as const satisfies Record<string, readonly Bron[]>;

/** De beschrijving van de regel verblijfstermijn (zie {@link berekenVerblijfstermijn}). */
export const VERBLIJFSTERMIJN: Regelbeschrijving = {
  id: 'verblijfstermijn',
  functie: 'berekenVerblijfstermijn',
  titel: { nl: 'Verblijfstermijn', en: 'Length of stay' },
  omschrijving: {
    nl: 'Berekent hoe lang een verblijf in de opvang mag duren: de maximale duur die op de peildatum geldt voor de regio, de opvangvorm en (waar die ertoe doet) de herkomst, de uiterlijke vertrekdatum (startdatum plus de duur: nachten en dagen als kalenderdagen, weken als 7 dagen, maanden naar dezelfde dag, begrensd op de laatste dag van de maand) en de resterende dagen. Op de vertrekdatum zelf is het verblijf nog binnen de termijn; de dag erna is de termijn verstreken. Geldt er geen termijn, dan zegt de regel dat, en leent hij nooit een termijn van een andere regio of opvangvorm.',
    en: 'Computes how long a stay in shelter care may last: the maximum duration in force on the reference date for the region, the type of shelter and (where it matters) the origin, the latest departure date (start date plus the duration: nights and days as calendar days, weeks as 7 days, months to the same day, capped at the last day of the month) and the days remaining. On the departure date itself the stay is still within the term; the day after, the term has passed. Where no term applies the rule says so, and never borrows a term from another region or type of shelter.',
  },
  uitkomsten: {
    'binnen-termijn': { nl: 'binnen de termijn', en: 'within the term' },
    'termijn-verstreken': { nl: 'termijn verstreken', en: 'term exceeded' },
    'geen-termijn': { nl: 'geen termijn (er geldt geen maximale verblijfsduur)', en: 'no term (no maximum length of stay applies)' },
    aanvullen: AANVULLEN,
  },
  criteria: [
    {
      id: 'verblijfstermijn.herkomst',
      voldaanAls: {
        nl: 'Alleen van toepassing als de herkomst de termijn bepaalt: als het beleid voor de opvangvorm een aparte duur heeft voor cliënten van buiten of uit de regio (parameter `verblijfsduur.<opvangvorm>.buiten-regio` of `.binnen-regio`; in `ijssel-vecht` de acute opvang). Dan is het voldaan als de gemeente van herkomst op de peildatum bij de regio hoort en niet voldaan als de cliënt van buiten de regio komt (ook uit het buitenland of een bijzondere gemeente); zo kiest het de duur. Een onbekende herkomst maakt de uitkomst `aanvullen`.',
        en: 'Applies only where origin decides the term: where the policy has a separate duration for clients from outside or inside the region (parameter `verblijfsduur.<opvangvorm>.buiten-regio` or `.binnen-regio`; in `ijssel-vecht` the emergency shelter). It is then met when the municipality of origin belongs to the region on the reference date and not met when the client comes from outside the region (also from abroad or a special municipality); that chooses the duration. An unknown origin makes the outcome `aanvullen`.',
      },
      bronnen: VERBLIJFSTERMIJN_BRONNEN.herkomst,
    },
    {
      id: 'verblijfstermijn.termijn',
      voldaanAls: {
        nl: 'Voldaan als de peildatum niet na de uiterlijke vertrekdatum ligt (startdatum plus de maximale duur uit het beleid); niet voldaan vanaf de dag erna. Niet van toepassing als op de peildatum geen maximale duur geldt voor deze regio, opvangvorm en herkomst (ook als de enige waarde een uitgesloten status heeft); onbekend als de duur van de onbekende herkomst afhangt. De toelichting noemt de status van de duur (praktijk, ambitie, ...).',
        en: 'Met when the reference date is not after the latest departure date (start date plus the maximum duration from the policy); not met from the day after. Does not apply when no maximum duration is in force on the reference date for this region, type of shelter and origin (also when the only value has an excluded status); unknown when the duration depends on the unknown origin. The explanation names the status of the duration (practice, ambition, ...).',
      },
      bronnen: VERBLIJFSTERMIJN_BRONNEN.termijn,
    },
  ],
};
