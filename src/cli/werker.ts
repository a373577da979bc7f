// Een werker van `opvangregels beoordeel --parallel`: beslist blokken gevallen met dezelfde code
// als de CLI zelf (batchregel.ts) en geeft hun uitvoerregels terug. Het beleid komt als de JSON
// uit het bestand en wordt hier opnieuw gecontroleerd: een gecontroleerd Beleid is niet over te
// dragen naar een andere thread (defineBeleid herkent het aan zijn identiteit).
import { parentPort, workerData } from 'node:worker_threads';
import { defineBeleid, zoekRegel, type Regelopties, type Waardestatus } from '../index.js';
import { beoordeelBlok, type Blokresultaat, type Uitvoervorm } from './batchregel.js';
import type { Stroomwaarde } from './json-stroom.js';

/** Wat een werker bij zijn start krijgt. */
export interface Werkeropdracht {
  regel: string;
  /** De JSON van het beleidsbestand (`--beleid`), al gecontroleerd door de CLI. */
  beleidsbron?: unknown;
  uitgeslotenStatussen?: Waardestatus[];
  vorm: Uitvoervorm;
}

/** Een blok gevallen voor een werker, met zijn volgnummer. */
export interface Blokopdracht {
  nummer: number;
  waarden: Stroomwaarde[];
}

/**
 * Het antwoord van een werker op een blok: de uitvoer al als UTF-8-bytes (de werker codeert zelf
 * en draagt de bytes over zonder kopie, zodat de CLI-thread ze alleen nog schrijft).
 */
export interface Blokantwoord extends Omit<Blokresultaat, 'uitvoer'> {
  nummer: number;
  uitvoer: Uint8Array;
}

const opdracht = workerData as Werkeropdracht;
const regel = zoekRegel(opdracht.regel);
let regelopties: Regelopties | undefined;
if (opdracht.beleidsbron !== undefined || opdracht.uitgeslotenStatussen !== undefined) {
  regelopties = {
    ...(opdracht.beleidsbron !== undefined ? { beleid: defineBeleid(opdracht.beleidsbron) } : {}),
    ...(opdracht.uitgeslotenStatussen !== undefined ? { uitgeslotenStatussen: opdracht.uitgeslotenStatussen } : {}),
  };
}

// Een bericht dat niet te lezen is, is een fout van deze werker: de CLI laat dan de hele batch falen.
parentPort!.on('messageerror', (fout) => {
  throw fout;
});
// De uitvoer gaat als UTF-8-bytes terug en wordt overgedragen, niet gekopieerd: coderen en kopiëren
// van de tekst kostte de CLI-thread, die op twee cores met de werkers om tijd concurreert, ruim een
// derde van zijn bezige tijd (70.000 gevallen: 1,9 s vóór deze stap, eenmalig met `node --cpu-prof`;
// nu ~1 s, `npm run bench:profiel -- --batch`).
const codeerder = new TextEncoder();
parentPort!.on('message', (blok: Blokopdracht) => {
  const resultaat = beoordeelBlok(regel, blok.waarden, regelopties, opdracht.vorm);
  const bytes = codeerder.encode(resultaat.uitvoer);
  const antwoord: Blokantwoord = { nummer: blok.nummer, uitvoer: bytes, perUitkomst: resultaat.perUitkomst, ongeldig: resultaat.ongeldig, geenBeleid: resultaat.geenBeleid, intern: resultaat.intern };
  parentPort!.postMessage(antwoord, [bytes.buffer]);
});
