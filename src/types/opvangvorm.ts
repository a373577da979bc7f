import type { Tweetalig } from './tweetalig.js';
import { diepBevroren } from './bevroren.js';

/**
 * De vormen van opvang waarvoor een maximale verblijfsduur kan gelden (SPEC §4.5):
 * - `'nachtopvang'`: alleen een slaapplaats voor de nacht;
 * - `'passantenplek'`: een korte plek voor iemand op doorreis of van buiten de regio;
 * - `'24-uursopvang'`: opvang met verblijf de hele dag (in Almelo: Humanitas Onder Dak);
 * - `'crisisopvang'`: opvang direct na een crisis;
 * - `'acute-opvang'`: de regionale acute opvang (in IJssel-Vecht: "bed, bad en brood", bijvoorbeeld in de Herberg);
 * - `'doorstroomplek'`: een plek om door te stromen naar eigen woonruimte;
 * - `'jongerenopvang'`: opvang voor jongeren;
 * - `'kortdurend-verblijf'`: een kort verblijf met begeleiding.
 */
export type Opvangvorm =
  | 'nachtopvang'
  | 'passantenplek'
  | '24-uursopvang'
  | 'crisisopvang'
  | 'acute-opvang'
  | 'doorstroomplek'
  | 'jongerenopvang'
  | 'kortdurend-verblijf';

/** Alle waarden van {@link Opvangvorm}. */
export const OPVANGVORMEN = /* @__PURE__ */ diepBevroren([
  'nachtopvang',
  'passantenplek',
  '24-uursopvang',
  'crisisopvang',
  'acute-opvang',
  'doorstroomplek',
  'jongerenopvang',
  'kortdurend-verblijf',
] as const satisfies readonly Opvangvorm[]);

/**
 * Voor wie een verblijfsduur geldt als die van de herkomst afhangt: cliënten uit de regio
 * (`'binnen-regio'`) of van daarbuiten (`'buiten-regio'`, ook het buitenland en de bijzondere
 * gemeenten).
 */
export type Herkomstgroep = 'binnen-regio' | 'buiten-regio';

/** Alle waarden van {@link Herkomstgroep}. */
export const HERKOMSTGROEPEN = /* @__PURE__ */ diepBevroren(['binnen-regio', 'buiten-regio'] as const satisfies readonly Herkomstgroep[]);

/** De leesbare naam van elke {@link Opvangvorm}, in het Nederlands en het Engels. */
export const OPVANGVORM_NAMEN: Readonly<Record<Opvangvorm, Tweetalig>> = /* @__PURE__ */ diepBevroren({
  nachtopvang: { nl: 'nachtopvang', en: 'night shelter' },
  passantenplek: { nl: 'passantenplek', en: 'transit place' },
  '24-uursopvang': { nl: '24-uursopvang', en: '24-hour shelter' },
  crisisopvang: { nl: 'crisisopvang', en: 'crisis shelter' },
  'acute-opvang': { nl: 'acute opvang', en: 'emergency shelter' },
  doorstroomplek: { nl: 'doorstroomplek', en: 'move-on place' },
  jongerenopvang: { nl: 'jongerenopvang', en: 'youth shelter' },
  'kortdurend-verblijf': { nl: 'kortdurend verblijf', en: 'short stay' },
});
