// Een werker van `opvangregels serve` (piscina): beslist verzoeken met dezelfde code als de
// hoofdthread (beslissen.ts). Het beleid van `--beleid` komt als de JSON uit het bestand en wordt
// hier opnieuw gecontroleerd: een gecontroleerd Beleid is niet over te dragen naar een andere thread.
import { workerData } from 'node:worker_threads';
import { defineBeleid } from '../../index.js';
import { beslisVerzoek, type Antwoord, type Dienstbeleid } from './beslissen.js';

/** Wat een werker bij zijn start krijgt. */
export interface Dienstwerkerdata {
  /** De JSON van `--beleid`, al gecontroleerd door de dienst. */
  beleidsbron?: unknown;
  /**
   * Alleen voor de fouttest van de belastingmeting (`bench/dienst.ts`): de werker gooit bij een
   * verzoek waarvan de tekst deze markering bevat. Nooit gezet door `opvangregels serve`, alleen
   * door de omgevingsvariabele `OPVANGREGELS_FOUTPROEF_WERKER`.
   */
  foutproef?: string;
}

/** Eén taak: een verzoek zoals het binnenkwam. */
export interface Dienstopdracht {
  regel: string;
  soort: 'beoordeling' | 'brief';
  tekst: string;
}

const data = (workerData ?? {}) as Dienstwerkerdata;
const standaard: Dienstbeleid = data.beleidsbron !== undefined ? { beleid: defineBeleid(data.beleidsbron) } : {};

/** Beslist één verzoek (de standaardexport is wat piscina aanroept). */
export default function beslis({ regel, soort, tekst }: Dienstopdracht): Antwoord {
  if (data.foutproef !== undefined && tekst.includes(data.foutproef)) throw new Error('fouttest: deze werker gooit');
  return beslisVerzoek(regel, soort, tekst, standaard);
}
