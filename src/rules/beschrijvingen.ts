import type { Regelbeschrijving } from '../types/regelbeschrijving.js';
import { HERKOMST } from './herkomst/beschrijving.js';
import { VERSNELFONDS } from './versnelfonds/beschrijving.js';
import { SCHULDHULP } from './schuldhulp/beschrijving.js';
import { ALTERNATIEVE_BEWINDVOERING } from './alternatieve-bewindvoering/beschrijving.js';
import { REGISSEUR } from './regisseur/beschrijving.js';
import { SITUATIE } from './situatie/beschrijving.js';
import { VERBLIJFSTERMIJN } from './verblijfstermijn/beschrijving.js';
import { WONINGAANBOD } from './woningaanbod/beschrijving.js';
import { diepBevroren } from '../types/bevroren.js';

/** De beschrijvingen van alle regels, per id. */
export const REGELBESCHRIJVINGEN: Readonly<Record<string, Regelbeschrijving>> = /* @__PURE__ */ diepBevroren({
  herkomst: HERKOMST,
  versnelfonds: VERSNELFONDS,
  schuldhulp: SCHULDHULP,
  'alternatieve-bewindvoering': ALTERNATIEVE_BEWINDVOERING,
  regisseur: REGISSEUR,
  verblijfstermijn: VERBLIJFSTERMIJN,
  situatie: SITUATIE,
  woningaanbod: WONINGAANBOD,
});
