// De werkers van `opvangregels beoordeel --parallel N`: tot N threads die blokken gevallen beslissen.
// De CLI leest en schrijft; de werkers parsen en beslissen. Antwoorden komen per blok terug en
// worden in de volgorde van de invoer geschreven (zie beoordeelBestand in programma.ts).
import { Worker } from 'node:worker_threads';
import type { Stroomwaarde } from './json-stroom.js';
import type { Blokantwoord, Werkeropdracht } from './werker.js';

/**
 * De werker: `bestand` als dat gegeven is, anders het gebouwde bestand naast dist/cli.js, of (uit
 * de bron) `werker.ts` via tsx.
 */
function startWerker(opdracht: Werkeropdracht, bestand?: URL): Worker {
  if (bestand !== undefined) return new Worker(bestand, { workerData: opdracht });
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./cli-werker.js', import.meta.url), { workerData: opdracht });
  const tsx = import.meta.resolve('tsx/esm/api');
  const werker = new URL('./werker.ts', import.meta.url).href;
  const start = `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(werker)}); });`;
  return new Worker(start, { eval: true, workerData: opdracht });
}

/** Een fout van een werker (hij kon niet starten, stopte, of een bericht was niet te lezen); geen fout van het lezen of schrijven. */
export class Werkerfout extends Error {
  override readonly name = 'Werkerfout';
}

/** Een blok dat bij een werker ligt: zijn belofte afmaken of laten falen. */
interface Openstaand {
  klaar: (antwoord: Blokantwoord) => void;
  faal: (fout: Werkerfout) => void;
}

/** Eén werker met de blokken die hij nog moet beantwoorden, op volgnummer. */
interface Werkerplek {
  werker: Worker;
  openstaand: Map<number, Openstaand>;
}

/**
 * Een groep van hoogstens `maximum` werkers. Een werker start pas als elke gestarte werker al een
 * blok heeft: een kleine batch start er dus niet meer dan hij blokken heeft. `beoordeel` geeft een
 * blok aan de werker met de minste openstaande blokken; elke werker beantwoordt zijn blokken in de
 * volgorde waarin hij ze kreeg.
 */
export class Werkers {
  private readonly plekken: Werkerplek[] = [];
  private volgnummer = 0;
  private fout: Werkerfout | undefined;

  /**
   * @param maximum - het hoogste aantal werkers (ten minste 1)
   * @param bestand - het bestand van de werker; weggelaten: zie {@link startWerker}
   */
  constructor(
    private readonly maximum: number,
    private readonly opdracht: Werkeropdracht,
    private readonly bestand?: URL,
  ) {}

  /** Beslist een blok in een werker; de belofte faalt met een {@link Werkerfout} als een werker faalt. */
  beoordeel(waarden: Stroomwaarde[]): Promise<Blokantwoord> {
    if (this.fout) return Promise.reject(this.fout);
    const plek = this.kiesPlek();
    const nummer = this.volgnummer++;
    return new Promise((klaar, faal) => {
      plek.openstaand.set(nummer, { klaar, faal });
      plek.werker.postMessage({ nummer, waarden });
    });
  }

  /** Hoeveel werkers er gestart zijn (hoogstens het maximum). */
  get gestart(): number {
    return this.plekken.length;
  }

  /** Stopt elke werker; blokken die nog openstaan, worden niet meer beantwoord. */
  async stop(): Promise<void> {
    await Promise.all(
      this.plekken.map((plek) => {
        plek.openstaand.clear();
        plek.werker.removeAllListeners('exit');
        return plek.werker.terminate();
      }),
    );
  }

  /** De werker met de minste openstaande blokken; een nieuwe als die er een heeft en er nog plaats is. */
  private kiesPlek(): Werkerplek {
    let keuze = this.plekken[0];
    for (const plek of this.plekken) if (plek.openstaand.size < keuze!.openstaand.size) keuze = plek;
    if (keuze && (keuze.openstaand.size === 0 || this.plekken.length >= this.maximum)) return keuze;
    return this.startPlek();
  }

  private startPlek(): Werkerplek {
    const werker = startWerker(this.opdracht, this.bestand);
    const plek: Werkerplek = { werker, openstaand: new Map() };
    werker.on('message', (antwoord: Blokantwoord) => {
      const open = plek.openstaand.get(antwoord.nummer);
      plek.openstaand.delete(antwoord.nummer);
      open?.klaar(antwoord);
    });
    const faalAlles = (reden: string) => {
      this.fout ??= new Werkerfout(reden);
      for (const open of plek.openstaand.values()) open.faal(this.fout);
      plek.openstaand.clear();
    };
    werker.on('error', (fout) => faalAlles(fout.message));
    werker.on('messageerror', (fout) => faalAlles(`een bericht van een werker was niet te lezen: ${fout.message}`));
    werker.on('exit', (code) => faalAlles(`een werker stopte onverwacht (code ${code})`));
    this.plekken.push(plek);
    return plek;
  }
}
