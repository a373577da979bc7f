// Het beleidsbestand in de CLI: lezen, controleren en beschrijven. Geen logica over wat geldig
// is: dat zegt defineBeleid.
import { BELEIDSPARAMETERS, STANDAARD_UITGESLOTEN_STATUSSEN, defineBeleidVeilig, schrijfBedrag, schrijfDuur, zoekGemeente, type Beleid, type Duur, type GedateerdeWaarde, type Parameternaam, type Veldfout } from '../index.js';
import { GEEN_JSON } from './batchregel.js';
import { ontsnap } from './ontsnap.js';

/** Hoe groot een beleidsbestand mag zijn: ruim genoeg voor elke gemeente, klein genoeg om in één keer te lezen. */
export const MAX_BELEIDSBESTAND = 10 * 1024 * 1024;

/**
 * Het resultaat van een beleidsbestand lezen: het beleid met de JSON waaruit het gemaakt is (voor
 * de werkers van --parallel, die het zelf opnieuw controleren), of de fouten (pad en melding).
 */
export type GelezenBeleid = { beleid: Beleid; bron: unknown; fouten: null } | { beleid: null; fouten: Veldfout[] };

/**
 * Leest en controleert een beleidsbestand. Een bestand dat niet te lezen is (niet gevonden, een
 * map) gooit de fout van het lezen door; al het andere (te groot, geen JSON, ongeldig beleid) is
 * een lijst veldfouten.
 */
export async function leesBeleidsbestand(stroom: AsyncIterable<string | Uint8Array>): Promise<GelezenBeleid> {
  const delen: Uint8Array[] = [];
  let lengte = 0;
  for await (const deel of stroom) {
    const bytes = typeof deel === 'string' ? new TextEncoder().encode(deel) : deel;
    lengte += bytes.length;
    if (lengte > MAX_BELEIDSBESTAND) return { beleid: null, fouten: [{ pad: '', melding: `het bestand is groter dan ${MAX_BELEIDSBESTAND / 1024 / 1024} MiB` }] };
    delen.push(bytes);
  }
  const tekst = new TextDecoder('utf-8', { ignoreBOM: false }).decode(Buffer.concat(delen));
  let json: unknown;
  try {
    json = JSON.parse(tekst);
  } catch {
    // Nooit de melding van de parser: die herhaalt een stuk van het bestand.
    return { beleid: null, fouten: [{ pad: '', melding: GEEN_JSON }] };
  }
  const uitslag = defineBeleidVeilig(json);
  return uitslag.succes ? { beleid: uitslag.beleid, bron: json, fouten: null } : { beleid: null, fouten: uitslag.fouten };
}

function periode(waarde: GedateerdeWaarde<unknown>): string {
  return Object.hasOwn(waarde, 'tot') && waarde.tot !== undefined ? `van ${waarde.vanaf} tot ${waarde.tot}` : `vanaf ${waarde.vanaf}`;
}

/** "Weesp (GM0457)": de naam op een dag waarop de code een gemeente was (defineBeleid controleerde dat). */
function gemeente(code: string, datum: string): string {
  return `${zoekGemeente(code, datum).naam} (${code})`;
}

function schrijfWaarde(parameter: Parameternaam, waarde: unknown): string {
  if (parameter === 'versnelfonds.maximumInCenten') return schrijfBedrag(waarde as number);
  if (parameter === 'versnelfonds.beoordelingstermijnInUren') return `${String(waarde)} uur`;
  if (parameter.startsWith('verblijfsduur.') && parameter !== 'verblijfsduur.regio') return schrijfDuur(waarde as Duur);
  if (parameter === 'versnelfonds.kostenBatenFactor') return String(waarde).replace('.', ',');
  return String(waarde);
}

/**
 * Wat een gecontroleerd beleid vastlegt, voor een beleidsmaker: per document, regio en
 * parameter de perioden met hun waarde en status. Elke tekst uit het bestand is ontsnapt.
 */
export function beschrijfBeleid(beleid: Beleid): string {
  const regels = [`Beleid '${ontsnap(beleid.id)}' (versie ${ontsnap(beleid.versie)}): ${ontsnap(beleid.naam)}. Het bestand is geldig.`];
  if (beleid.documenten.length > 0) {
    regels.push('', `Eigen documenten (${beleid.documenten.length}):`);
    for (const document of beleid.documenten) {
      const url = Object.hasOwn(document, 'url') && document.url !== undefined ? `, ${document.url}` : '';
      regels.push(`  ${ontsnap(document.id)}: ${ontsnap(document.titel)} (${ontsnap(document.uitgever)}, ${document.jaar}${ontsnap(url)})`);
    }
  }
  const regioIds = Object.keys(beleid.regios);
  if (regioIds.length > 0) {
    regels.push('', `Eigen regio's (${regioIds.length}):`);
    for (const id of regioIds) {
      const regio = beleid.regios[id]!;
      const centrum = regio.centrumgemeenten.map((code) => gemeente(code, regio.leden[0]!.vanaf)).join(', ');
      regels.push(`  ${id}: ${ontsnap(regio.naam)}; ${regio.centrumgemeenten.length > 1 ? 'centrumgemeenten' : 'centrumgemeente'} ${centrum}`);
      for (const leden of regio.leden) {
        regels.push(`    ${periode(leden)} [${leden.status}]: ${leden.waarde.length} ${leden.waarde.length === 1 ? 'gemeente' : 'gemeenten'}: ${leden.waarde.map((code) => gemeente(code, leden.vanaf)).join(', ')}`);
        if (Object.hasOwn(leden, 'datumkeuze') && leden.datumkeuze !== undefined) regels.push(`      gekozen datum: ${ontsnap(leden.datumkeuze)}`);
      }
    }
  }
  const parameters = (Object.keys(BELEIDSPARAMETERS) as Parameternaam[]).filter((naam) => beleid.parameters[naam] !== undefined);
  regels.push('', parameters.length > 0 ? `Parameters (${parameters.length}):` : 'Parameters: geen.');
  for (const naam of parameters) {
    regels.push(`  ${naam}: ${BELEIDSPARAMETERS[naam].naam.nl}`);
    for (const waarde of beleid.parameters[naam]!) {
      regels.push(`    ${periode(waarde)} [${waarde.status}]: ${ontsnap(schrijfWaarde(naam, waarde.waarde))}`);
      if (Object.hasOwn(waarde, 'datumkeuze') && waarde.datumkeuze !== undefined) regels.push(`      gekozen datum: ${ontsnap(waarde.datumkeuze)}`);
    }
  }
  const alleWaarden: GedateerdeWaarde<unknown>[] = [...parameters.flatMap((naam): readonly GedateerdeWaarde<unknown>[] => beleid.parameters[naam]!), ...regioIds.flatMap((id) => beleid.regios[id]!.leden)];
  const nietToegepast = alleWaarden.filter(
    (waarde) => (STANDAARD_UITGESLOTEN_STATUSSEN as readonly string[]).includes(waarde.status),
  ).length;
  if (nietToegepast > 0) {
    regels.push('', `Let op: ${nietToegepast} ${nietToegepast === 1 ? 'waarde heeft' : 'waarden hebben'} status 'ambitie' of 'planningsaanname'. Een regel past die standaard niet toe (zie --uitgesloten-statussen).`);
  }
  return `${regels.join('\n')}\n`;
}
