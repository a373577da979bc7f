// De werkers van `opvangregels beoordeel --parallel N`: N threads die blokken gevallen beslissen.
// De CLI leest en schrijft; de werkers parsen en beslissen. Antwoorden komen per blok terug en
// worden in de volgorde van de invoer geschreven (zie beoordeelBestand in programma.ts).
import { Worker } from 'node:worker_threads';
import type { Blokresultaat } from './batchregel.js';
import type { Stroomwaarde } from './json-stroom.js';
import type { Blokantwoord, Werkeropdracht } from './werker.js';

/** De werker als gebouwd bestand naast dist/cli.js, of (in de tests, uit de bron) via tsx. */
function startWerker(opdracht: Werkeropdracht): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./cli-werker.js', import.meta.url), { workerData: opdracht });
  const tsx = import.meta.resolve('tsx/esm/api');
  const werker = new URL('./werker.ts', import.meta.url).href;
  const start = `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(werker)}); });`;
  return new Worker(start, { eval: true, workerData: opdracht });
}

interface Wachtend {
  klaar: (resultaat: Blokresultaat) => void;
  mislukt: (fout: Error) => void;
}

/**
 * Een vaste groep werkers. `beoordeel` geeft een blok aan de werker met de minste blokken in
 * behandeling; elke werker beantwoordt zijn blokken in de volgorde waarin hij ze kreeg.
 */
export class Werkers {
  private readonly werkers: Worker[];
  private readonly wachtend: Map<number, Wachtend>[];
  private volgende = 0;
  private fout: Error | undefined;

  /** Start `aantal` werkers (ten minste 1) voor deze opdracht. */
  constructor(aantal: number, opdracht: Werkeropdracht) {
    this.werkers = [];
    this.wachtend = [];
    for (let index = 0; index < aantal; index++) {
      const werker = startWerker(opdracht);
      const wachtend = new Map<number, Wachtend>();
      werker.on('message', (antwoord: Blokantwoord) => {
        const bij = wachtend.get(antwoord.nummer);
        wachtend.delete(antwoord.nummer);
        bij?.klaar(antwoord);
      });
      const stop = (fout: Error) => {
        this.fout ??= fout;
        for (const bij of wachtend.values()) bij.mislukt(fout);
        wachtend.clear();
      };
      werker.on('error', stop);
      werker.on('exit', (code) => stop(new Error(`een werker stopte onverwacht (code ${code})`)));
      this.werkers.push(werker);
      this.wachtend.push(wachtend);
    }
  }

  /** Beslist een blok in een werker; de belofte faalt als die werker faalt. */
  beoordeel(waarden: Stroomwaarde[]): Promise<Blokresultaat> {
    if (this.fout) return Promise.reject(this.fout);
    let keuze = 0;
    for (let index = 1; index < this.werkers.length; index++) if (this.wachtend[index]!.size < this.wachtend[keuze]!.size) keuze = index;
    const nummer = this.volgende++;
    return new Promise((klaar, mislukt) => {
      this.wachtend[keuze]!.set(nummer, { klaar, mislukt });
      this.werkers[keuze]!.postMessage({ nummer, waarden });
    });
  }

  /** Stopt elke werker (ook als er nog blokken wachten: die falen dan). */
  async stop(): Promise<void> {
    for (const wachtend of this.wachtend) wachtend.clear();
    await Promise.all(this.werkers.map((werker) => {
      werker.removeAllListeners('exit');
      return werker.terminate();
    }));
  }
}
