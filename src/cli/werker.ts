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

/** Het antwoord van een werker op een blok. */
export interface Blokantwoord extends Blokresultaat {
  nummer: number;
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
parentPort!.on('message', (blok: Blokopdracht) => {
  const antwoord: Blokantwoord = { nummer: blok.nummer, ...beoordeelBlok(regel, blok.waarden, regelopties, opdracht.vorm) };
  parentPort!.postMessage(antwoord);
});
