import { voerUit, type Omgeving } from '../../src/cli/programma.js';

/** Wat een run van de CLI in het geheugen opleverde. */
export interface Run {
  code: number;
  uit: string;
  fout: string;
}

/**
 * Draait de CLI in het geheugen. `bestanden` zijn de leesbare bestanden (`'-'` is stdin; `'map'`
 * is een map), gelezen in stukken van `stukgrootte` tekens; `kernen` is de standaard van
 * `--parallel` (1: geen werkers); `vandaag` de datum die de klok zou geven; `werker` het bestand van de werker van `--parallel`
 * (weggelaten: uit de bron via tsx).
 */
export async function cli(argumenten: string[], bestanden: Record<string, string> = {}, { stukgrootte = 64, kernen = 1, vandaag = '2026-12-01', werker = undefined as URL | undefined } = {}): Promise<Run> {
  let uit = '';
  let fout = '';
  const omgeving: Omgeving = {
    schrijf: (tekst) => {
      uit += typeof tekst === 'string' ? tekst : new TextDecoder().decode(tekst);
    },
    meld: (tekst) => {
      fout += tekst;
    },
    async *lees(bron) {
      if (bron === 'map') throw Object.assign(new Error('map'), { code: 'EISDIR' });
      const inhoud = bestanden[bron];
      if (inhoud === undefined) throw Object.assign(new Error('niet gevonden'), { code: 'ENOENT' });
      for (let index = 0; index < inhoud.length; index += stukgrootte) yield inhoud.slice(index, index + stukgrootte);
    },
    versie: '9.9.9',
    kernen,
    vandaag: () => vandaag,
    ...(werker ? { werker } : {}),
  };
  const code = await voerUit(argumenten, omgeving);
  return { code, uit, fout };
}
