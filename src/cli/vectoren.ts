// `opvangregels vectoren --tegen <url>`: de meegeleverde testvectoren tegen elk systeem met het
// HTTP-contract van `opvangregels serve` (POST /v1/<regel>/beoordelingen met { invoer, opties? }).
// Alleen het contract telt (uitkomst, status per criterium, ontbrekende gegevens, de contractvelden,
// de paden van fouten); de boekhouding van deze bibliotheek (`verwacht.extra`) niet. Het vergelijken
// zelf doet voerTestvectorsUit, dezelfde code als voor een implementatie in JavaScript.
import { voerTestvectorsUit, type Testverslag } from '../index.js';

/** Hoe het systeem gevraagd wordt; standaard `fetch`. */
export type Haal = (url: string, init: { method: 'POST'; headers: Record<string, string>; body: string; signal: AbortSignal }) => Promise<{ status: number; text(): Promise<string> }>;

/** Eén testvectorbestand zoals gelezen: de naam van het bestand en de JSON. */
export interface Vectorbestand {
  bestand: string;
  json: { regel: string; vectoren: Array<{ naam: string; invoer: unknown; opties?: unknown }> };
}

/** Hoe lang één verzoek mag duren. */
const TIJD_PER_VERZOEK = 10_000;

/** Wat het systeem antwoordde, zoals voerTestvectorsUit het verwacht: een beoordeling, `{ fouten }`, of een fout die gegooid wordt. */
type Antwoordwaarde = { waarde: unknown } | { gooi: Error };

/**
 * Eén verzoek. 200: de beoordeling. Een probleem met `invalidParams`: `{ fouten }` met de paden
 * zoals de vectoren ze noemen (zonder `invoer.` vooraan). Al het andere is een fout van dit geval
 * (met de HTTP-status, nooit de inhoud van het antwoord: die kan van alles bevatten).
 */
async function vraag(haal: Haal, basis: string, regel: string, invoer: unknown, opties: unknown): Promise<Antwoordwaarde> {
  let antwoord;
  try {
    antwoord = await haal(`${basis}/v1/${encodeURIComponent(regel)}/beoordelingen`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json, application/problem+json' },
      body: JSON.stringify(opties === undefined ? { invoer } : { invoer, opties }),
      signal: AbortSignal.timeout(TIJD_PER_VERZOEK),
    });
  } catch (fout) {
    return { gooi: new Error(`geen antwoord (${fout instanceof Error ? fout.name : 'fout'})`) };
  }
  let json: unknown;
  try {
    json = JSON.parse(await antwoord.text());
  } catch {
    return { gooi: new Error(`HTTP ${antwoord.status} zonder JSON`) };
  }
  if (antwoord.status === 200) return { waarde: json };
  const parameters = typeof json === 'object' && json !== null ? (json as { invalidParams?: unknown }).invalidParams : undefined;
  if ((antwoord.status === 400 || antwoord.status === 422) && Array.isArray(parameters)) {
    const fouten = parameters.map((parameter) => {
      const naam = typeof parameter === 'object' && parameter !== null ? (parameter as { name?: unknown }).name : undefined;
      return { pad: typeof naam === 'string' ? naam.replace(/^invoer(\.|$)/, '') : '' };
    });
    return { waarde: { fouten } };
  }
  return { gooi: new Error(`HTTP ${antwoord.status}`) };
}

/**
 * Of er op `basis` iets antwoordt: één verzoek (het eerste geval), en elk HTTP-antwoord telt, ook
 * een fout. Zo meldt de toetser "antwoordt niet" één keer in plaats van een fout per geval.
 */
export async function antwoordtOp(basis: string, bestand: Vectorbestand, haal: Haal): Promise<true | string> {
  const vector = bestand.json.vectoren[0];
  if (!vector) return true;
  const antwoord = await vraag(haal, basis, bestand.json.regel, vector.invoer, vector.opties);
  return 'gooi' in antwoord && antwoord.gooi.message.startsWith('geen antwoord') ? antwoord.gooi.message : true;
}

/**
 * Draait de vectoren van elk bestand tegen het systeem op `basis` (bv. `http://localhost:8080`),
 * `gelijktijdig` verzoeken tegelijk, en vergelijkt alleen het contract.
 */
export async function voerVectorenUitTegen(basis: string, bestanden: readonly Vectorbestand[], haal: Haal, gelijktijdig = 8): Promise<Testverslag[]> {
  const verslagen: Testverslag[] = [];
  for (const { json } of bestanden) {
    const antwoorden: Antwoordwaarde[] = new Array(json.vectoren.length);
    let volgende = 0;
    const loper = async () => {
      while (volgende < json.vectoren.length) {
        const index = volgende++;
        const vector = json.vectoren[index]!;
        antwoorden[index] = await vraag(haal, basis, json.regel, vector.invoer, vector.opties);
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, gelijktijdig) }, loper));
    // voerTestvectorsUit vraagt de gevallen in volgorde: het n-de antwoord hoort bij het n-de geval.
    let teller = 0;
    verslagen.push(
      voerTestvectorsUit(
        json,
        () => {
          const antwoord = antwoorden[teller++]!;
          if ('gooi' in antwoord) throw antwoord.gooi;
          return antwoord.waarde;
        },
        { alleenContract: true },
      ),
    );
  }
  return verslagen;
}

/** Tekst voor XML (element of attribuut): &, <, >, " en ' als entiteit, en tekens die XML niet toestaat weg. */
function xml(tekst: string): string {
  return tekst
    .replace(/[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** De verslagen als JUnit XML (één testsuite per regel, één testcase per vector), voor een CI-server. */
export function junitXml(verslagen: readonly Testverslag[], basis: string): string {
  const totaal = verslagen.reduce((som, verslag) => som + verslag.uitslagen.length, 0);
  const gefaald = verslagen.reduce((som, verslag) => som + verslag.uitslagen.filter((uitslag) => !uitslag.geslaagd).length, 0);
  const suites = verslagen.map((verslag) => {
    const fouten = verslag.uitslagen.filter((uitslag) => !uitslag.geslaagd).length;
    const gevallen = verslag.uitslagen.map((uitslag) => {
      const kop = `    <testcase classname="opvangregels.${xml(verslag.regel)}" name="${xml(uitslag.naam)}"`;
      if (uitslag.geslaagd) return `${kop}/>`;
      const bericht = uitslag.verschillen.join('; ');
      return `${kop}>\n      <failure message="${xml(bericht)}">${xml(uitslag.verschillen.join('\n'))}</failure>\n    </testcase>`;
    });
    return `  <testsuite name="${xml(verslag.regel)}" tests="${verslag.uitslagen.length}" failures="${fouten}" errors="0">\n${gevallen.join('\n')}\n  </testsuite>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="opvangregels testvectoren tegen ${xml(basis)}" tests="${totaal}" failures="${gefaald}" errors="0">\n${suites.join('\n')}\n</testsuites>\n`;
}
