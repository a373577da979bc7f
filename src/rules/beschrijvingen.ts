import type { Regelbeschrijving } from './beschrijving.js';
import { HERKOMST } from './herkomst/beschrijving.js';

/** De beschrijvingen van alle regels, per id. */
export const REGELBESCHRIJVINGEN: Readonly<Record<string, Regelbeschrijving>> = {
  herkomst: HERKOMST,
};
