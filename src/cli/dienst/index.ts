// `opvangregels serve`: start de dienst, meldt waar hij luistert, en stopt netjes bij SIGTERM of
// SIGINT (geen nieuwe verzoeken, wat loopt maakt af, de werkers stoppen).
import { ontsnap } from '../ontsnap.js';
import { bouwDienst, type Dienstinstellingen } from './app.js';

/** Waar en hoe de dienst luistert. */
export interface Luisteren {
  poort: number;
  adres: string;
}

/**
 * Start de dienst en wacht tot `stop` afloopt (het signaal om te stoppen); geeft dan de exitcode.
 * `meld` schrijft naar stderr: waar de dienst luistert, en dat hij stopt. Nooit de inhoud van een verzoek.
 */
export async function startDienst(instellingen: Dienstinstellingen, luisteren: Luisteren, meld: (tekst: string) => void, stop: () => Promise<string>): Promise<number> {
  const { app, sluit } = bouwDienst(instellingen);
  // Een ruime wachtrij voor nieuwe verbindingen: met de standaard (511) faalden bij 1.000 verbindingen
  // tegelijk honderden verbindingen (`npm run bench:dienst`).
  let adres: string;
  try {
    adres = await app.listen({ port: luisteren.poort, host: luisteren.adres, backlog: 4_096 });
  } catch (fout) {
    await sluit();
    const code = (fout as NodeJS.ErrnoException).code;
    const reden = code === 'EADDRINUSE' ? `poort ${luisteren.poort} is al in gebruik (kies een andere met --poort)` : code === 'EACCES' ? `geen toestemming om op poort ${luisteren.poort} te luisteren` : code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND' ? `adres ${ontsnap(luisteren.adres.length > 200 ? `${luisteren.adres.slice(0, 200)}…` : luisteren.adres)} bestaat niet op deze machine` : `kon niet luisteren (${code ?? 'onbekende fout'})`;
    meld(`opvangregels serve: ${reden}.\n`);
    return 1;
  }
  meld(`opvangregels serve: luistert op ${ontsnap(adres)} (API v1; ${instellingen.werkers} ${instellingen.werkers === 1 ? 'werker' : 'werkers'}${instellingen.beleid ? '; met een eigen beleid' : ''}). Het contract: ${ontsnap(adres)}/v1/openapi.json\n`);
  const signaal = await stop();
  meld(`opvangregels serve: ${signaal} ontvangen; stopt na de lopende verzoeken.\n`);
  await sluit();
  meld('opvangregels serve: gestopt.\n');
  return 0;
}
