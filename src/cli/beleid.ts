// Het beleidsbestand in de CLI: lezen, controleren en beschrijven. Geen logica over wat geldig
// is: dat zegt defineBeleid.
import { BELEIDSPARAMETERS, REGELS, STANDAARD_UITGESLOTEN_STATUSSEN, defineBeleidVeilig, schrijfBedrag, schrijfDatum, schrijfDuur, zoekGemeente, type AflopendDocument, type AflopendeWaarde, type AflopendeWaarden, type Beleid, type Bron, type Duur, type GedateerdeWaarde, type Keuzebeleid, type Parameternaam, type RegelId, type Veldfout } from '../index.js';
import { GEEN_JSON, type Taal } from './batchregel.js';
import { ingebouwdeRegeltekstCiteerbaar } from '../kern/regelbeleid.js';
import { ontsnap } from './ontsnap.js';

/** Hoe groot een beleidsbestand mag zijn: ruim genoeg voor elke gemeente, klein genoeg om in één keer te lezen. */
export const MAX_BELEIDSBESTAND = 10 * 1024 * 1024;

/**
 * Het resultaat van een beleidsbestand lezen: het beleid met de JSON waaruit het gemaakt is (voor
 * de werkers van --parallel, die het zelf opnieuw controleren), of de fouten (pad en melding).
 */
export type GelezenBeleid = { beleid: Beleid; bron: unknown; fouten: null } | { beleid: null; fouten: Veldfout[] };

/**
 * Leest een JSON-bestand van hoogstens `maximum` bytes. Een bestand dat niet te lezen is (niet
 * gevonden, een map) gooit de fout van het lezen door; te groot of geen JSON is een veldfout op
 * het geheel (nooit de melding van de parser: die herhaalt een stuk van het bestand).
 */
export async function leesJsonBestand(stroom: AsyncIterable<string | Uint8Array>, maximum: number): Promise<{ json: unknown } | { fout: Veldfout }> {
  const delen: Uint8Array[] = [];
  let lengte = 0;
  for await (const deel of stroom) {
    const bytes = typeof deel === 'string' ? new TextEncoder().encode(deel) : deel;
    lengte += bytes.length;
    if (lengte > maximum) return { fout: { pad: '', melding: maximum >= 1024 * 1024 ? `het bestand is groter dan ${maximum / 1024 / 1024} MiB` : `het bestand is groter dan ${maximum / 1024} KiB` } };
    delen.push(bytes);
  }
  const tekst = new TextDecoder('utf-8', { ignoreBOM: false }).decode(Buffer.concat(delen));
  try {
    return { json: JSON.parse(tekst) as unknown };
  } catch {
    return { fout: { pad: '', melding: GEEN_JSON } };
  }
}

/**
 * Leest en controleert een beleidsbestand. Een bestand dat niet te lezen is (niet gevonden, een
 * map) gooit de fout van het lezen door; al het andere (te groot, geen JSON, ongeldig beleid) is
 * een lijst veldfouten.
 */
export async function leesBeleidsbestand(stroom: AsyncIterable<string | Uint8Array>): Promise<GelezenBeleid> {
  const gelezen = await leesJsonBestand(stroom, MAX_BELEIDSBESTAND);
  if ('fout' in gelezen) return { beleid: null, fouten: [gelezen.fout] };
  const uitslag = defineBeleidVeilig(gelezen.json);
  return uitslag.succes ? { beleid: uitslag.beleid, bron: gelezen.json, fouten: null } : { beleid: null, fouten: uitslag.fouten };
}

/** De gekozen datum van een periode en de bronnen die haar onderbouwen (niet de waarde: een grond citeert ze niet). */
function gekozenDatum(periode: GedateerdeWaarde<unknown>): string[] {
  if (!Object.hasOwn(periode, 'datumkeuze') || periode.datumkeuze === undefined) return [];
  const bronnen = Object.hasOwn(periode, 'datumbronnen') ? periode.datumbronnen ?? [] : [];
  return [`      gekozen datum: ${ontsnap(periode.datumkeuze)}`, ...bronnen.map((bron) => `        bron van de gekozen datum: ${ontsnap(`${bron.document}, ${bron.onderdeel}`)}`)];
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
  if (parameter.startsWith('verblijfsduur.') && parameter !== 'verblijfsduur.regio') {
    // Een duur die alleen bij één aanbieder geldt, zegt bij wie (zoals de 9 maanden van Humanitas Onder Dak).
    const duur = waarde as Duur & { aanbieder?: string };
    return Object.hasOwn(duur, 'aanbieder') && duur.aanbieder !== undefined ? `${schrijfDuur(duur)}, alleen bij ${duur.aanbieder}` : schrijfDuur(duur);
  }
  if (parameter === 'versnelfonds.kostenBatenFactor') return String(waarde).replace('.', ',');
  if (parameter === 'woningaanbod.uitstroom-beschermd-wonen') return schrijfDuur(waarde as Duur);
  return String(waarde);
}

/**
 * Wat een gecontroleerd beleid vastlegt, voor een beleidsmaker: per document, regio en
 * parameter de perioden met hun waarde en status. Elke tekst uit het bestand is ontsnapt.
 * `ingebouwd`: een ingebouwd beleid (geen bestand).
 */
export function beschrijfBeleid(beleid: Beleid, ingebouwd = false): string {
  const regels = [`Beleid '${ontsnap(beleid.id)}' (versie ${ontsnap(beleid.versie)}): ${ontsnap(beleid.naam)}. ${ingebouwd ? 'Dit is een ingebouwd beleid.' : 'Het bestand is geldig.'}`];
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
        regels.push(...gekozenDatum(leden));
      }
    }
  }
  const parameters = (Object.keys(BELEIDSPARAMETERS) as Parameternaam[]).filter((naam) => beleid.parameters[naam] !== undefined);
  regels.push('', parameters.length > 0 ? `Parameters (${parameters.length}):` : 'Parameters: geen.');
  for (const naam of parameters) {
    regels.push(`  ${naam}: ${BELEIDSPARAMETERS[naam].naam.nl}`);
    for (const waarde of beleid.parameters[naam]!) {
      regels.push(`    ${periode(waarde)} [${waarde.status}]: ${ontsnap(schrijfWaarde(naam, waarde.waarde))}`);
      regels.push(...gekozenDatum(waarde));
    }
  }
  regels.push(...beschrijfRegels(beleid, parameters));
  const alleWaarden: GedateerdeWaarde<unknown>[] = [...parameters.flatMap((naam): readonly GedateerdeWaarde<unknown>[] => beleid.parameters[naam]!), ...regioIds.flatMap((id) => beleid.regios[id]!.leden)];
  const nietToegepast = alleWaarden.filter(
    (waarde) => (STANDAARD_UITGESLOTEN_STATUSSEN as readonly string[]).includes(waarde.status),
  ).length;
  if (nietToegepast > 0) {
    regels.push('', `Let op: ${nietToegepast} ${nietToegepast === 1 ? 'waarde heeft' : 'waarden hebben'} status 'ambitie' of 'planningsaanname'. Een regel past die standaard niet toe (zie --uitgesloten-statussen).`);
  }
  return `${regels.join('\n')}\n`;
}

/**
 * Per regel van het beleid (`regels`): de grondslag met status en bronnen, de criteria met een
 * eigen regeltekst en de overgenomen of eigen lezingen; en een waarschuwing als er waarden voor
 * het versnelfonds zijn zonder grondslag voor het fonds (dan beslist het fonds niet onder dit beleid).
 */
function beschrijfRegels(beleid: Beleid, parameters: readonly Parameternaam[]): string[] {
  const regels: string[] = [];
  const ids = Object.keys(beleid.regels) as RegelId[];
  if (ids.length > 0) regels.push('', `Regels (${ids.length}):`);
  const bronnen = (lijst: readonly Bron[]) => lijst.map((bron) => `${ontsnap(bron.document)}, ${ontsnap(bron.onderdeel)}`).join('; ');
  for (const id of ids) {
    const { grondslag, criteria, keuzes } = beleid.regels[id]!;
    regels.push(`  ${id}: grondslag [${grondslag.status}]: ${bronnen(grondslag.bronnen)}`);
    if (Object.hasOwn(grondslag, 'toelichting') && grondslag.toelichting) regels.push(`    toelichting: ${ontsnap(grondslag.toelichting)}`);
    const eigenTekst = Object.keys(criteria ?? {});
    if (eigenTekst.length > 0) regels.push(`    eigen regeltekst: ${eigenTekst.map(ontsnap).join(', ')}`);
    // Een criterium zonder eigen regeltekst waarvan de ingebouwde tekst onder dit beleid niet geciteerd mag worden: de brief noemt daar alleen de grondslag.
    const zonderTekst = REGELS[id].beschrijving.criteria
      .filter((criterium) => criterium.basis === 'beleid' && !eigenTekst.includes(criterium.id) && !ingebouwdeRegeltekstCiteerbaar(criterium, beleid))
      .map((criterium) => criterium.id);
    if (zonderTekst.length > 0) regels.push(`    zonder eigen regeltekst (de brief citeert daar alleen de grondslag): ${zonderTekst.join(', ')}`);
    const lezingen: [string, Keuzebeleid][] = Object.entries(keuzes ?? {});
    const overgenomen = lezingen.filter(([, keuze]) => !('tekst' in keuze)).map(([keuze]) => ontsnap(keuze));
    const eigenWoorden = lezingen.filter(([, keuze]) => 'tekst' in keuze).map(([keuze]) => ontsnap(keuze));
    if (overgenomen.length > 0) regels.push(`    onze lezing overgenomen: ${overgenomen.join(', ')}`);
    if (eigenWoorden.length > 0) regels.push(`    in eigen woorden: ${eigenWoorden.join(', ')}`);
  }
  if (parameters.some((naam) => naam.startsWith('versnelfonds.')) && !Object.hasOwn(beleid.regels, 'versnelfonds')) {
    regels.push('', "Let op: er zijn waarden voor het versnelfonds, maar geen grondslag (regels.versnelfonds.grondslag). Het fonds beslist daarom niet onder dit beleid; zie docs/eigen-beleid.md, deel 6.");
  }
  return regels;
}

const AFLOPEND = {
  nl: {
    kop: (id: string, versie: string, naam: string, ingebouwd: boolean) => `Beleid '${id}' (versie ${versie}): ${naam}${ingebouwd ? ' (ingebouwd)' : ''}.`,
    peildatum: (peildatum: string, dagen: number, grens: string) => `Peildatum ${peildatum}; ${dagen} ${dagen === 1 ? 'dag' : 'dagen'} vooruit, tot en met ${grens}.`,
    lopenAf: (dagen: number, aantal: number) => `Loopt af binnen ${dagen} ${dagen === 1 ? 'dag' : 'dagen'} (${aantal}):`,
    afgelopen: (aantal: number) => `Al afgelopen (${aantal}):`,
    documenten: (aantal: number) => `Documenten die daarna geen toegepaste waarde meer dragen (${aantal}):`,
    regio: 'indeling van regio',
    ingebouwd: 'ingebouwd',
    eigenDocument: 'eigen document',
    laatsteDag: (dag: string, tot: string) => `laatste dag ${dag}, geen waarde vanaf ${tot}`,
    over: (dagen: number) => `over ${dagen} ${dagen === 1 ? 'dag' : 'dagen'}`,
    geleden: (dagen: number) => (dagen === 0 ? 'vandaag' : `${dagen} ${dagen === 1 ? 'dag' : 'dagen'} geleden`),
    daarna: (vanaf: string, status: string) => `daarna vanaf ${vanaf} alleen een waarde met status '${status}', en die status is uitgesloten`,
    gekozenDatum: 'gekozen datum',
    bronnen: 'bronnen',
    niets: (dagen: number) => `Niets loopt binnen ${dagen} ${dagen === 1 ? 'dag' : 'dagen'} af.`,
    letOp: (aantal: number, dagen: number) =>
      `Let op: ${aantal} ${aantal === 1 ? 'waarde of regio-indeling loopt' : 'waarden of regio-indelingen lopen'} binnen ${dagen} ${dagen === 1 ? 'dag' : 'dagen'} af. ` +
      'Daarna geeft een regel die haar nodig heeft "geen beleid in werking" (exitcode 3). Leg in een eigen beleid een periode vast die daarna geldt, en geef het mee met --beleid.',
    nogAfgelopen: 'Wat al is afgelopen, geeft nu al "geen beleid in werking"; een eigen beleid met --beleid vult het aan.',
  },
  en: {
    kop: (id: string, versie: string, naam: string, ingebouwd: boolean) => `Policy '${id}' (version ${versie}): ${naam}${ingebouwd ? ' (built-in)' : ''}.`,
    peildatum: (peildatum: string, dagen: number, grens: string) => `Date ${peildatum}; ${dagen} ${dagen === 1 ? 'day' : 'days'} ahead, up to and including ${grens}.`,
    lopenAf: (dagen: number, aantal: number) => `Ends within ${dagen} ${dagen === 1 ? 'day' : 'days'} (${aantal}):`,
    afgelopen: (aantal: number) => `Already ended (${aantal}):`,
    documenten: (aantal: number) => `Documents that carry no applied value after that (${aantal}):`,
    regio: 'membership of region',
    ingebouwd: 'built-in',
    eigenDocument: 'own document',
    laatsteDag: (dag: string, tot: string) => `last day ${dag}, no value from ${tot}`,
    over: (dagen: number) => `in ${dagen} ${dagen === 1 ? 'day' : 'days'}`,
    geleden: (dagen: number) => (dagen === 0 ? 'today' : `${dagen} ${dagen === 1 ? 'day' : 'days'} ago`),
    daarna: (vanaf: string, status: string) => `after that, from ${vanaf}, only a value with status '${status}', and that status is excluded`,
    gekozenDatum: 'chosen date',
    bronnen: 'sources',
    niets: (dagen: number) => `Nothing ends within ${dagen} ${dagen === 1 ? 'day' : 'days'}.`,
    letOp: (aantal: number, dagen: number) =>
      `Attention: ${aantal} ${aantal === 1 ? 'value or region membership ends' : 'values or region memberships end'} within ${dagen} ${dagen === 1 ? 'day' : 'days'}. ` +
      'After that, a rule that needs it gives "no policy in force" (exit code 3). Lay down a period that applies after that in a policy of your own, and pass it with --beleid.',
    nogAfgelopen: 'What has already ended gives "no policy in force" now; a policy of your own passed with --beleid fills it in.',
  },
} as const satisfies Record<Taal, unknown>;

/**
 * Wat {@link aflopendeWaarden} vond, voor een beleidsmaker: wat binnen de termijn afloopt, wat al
 * is afgelopen en welke documenten dan geen waarde meer dragen, met de datums in woorden en wat
 * te doen. Elke tekst uit het beleid is ontsnapt.
 */
export function beschrijfAflopend(overzicht: AflopendeWaarden, taal: Taal): string {
  const t = AFLOPEND[taal];
  const d = (datum: string) => schrijfDatum(datum, taal);
  const { beleid, binnenDagen } = overzicht;
  const waarde = (item: AflopendeWaarde): string[] => {
    const wat = item.soort === 'regio' ? `${t.regio} ${ontsnap(item.naam)}` : ontsnap(item.naam);
    const wanneer = item.dagen > 0 ? t.over(item.dagen) : t.geleden(-item.dagen);
    const regels = [`  ${wat} [${item.status}${item.ingebouwd ? `, ${t.ingebouwd}` : ''}]: ${t.laatsteDag(d(item.laatsteDag), d(item.tot))} (${wanneer})`];
    if (item.daarna) regels.push(`    ${t.daarna(d(item.daarna.vanaf), item.daarna.status)}`);
    if (item.datumkeuze !== null) regels.push(`    ${t.gekozenDatum}: ${ontsnap(item.datumkeuze)}`);
    regels.push(`    ${t.bronnen}: ${item.documenten.map(ontsnap).join(', ')}`);
    return regels;
  };
  const document = (item: AflopendDocument): string => {
    const wanneer = item.dagen > 0 ? t.over(item.dagen) : t.geleden(-item.dagen);
    return `  ${ontsnap(item.document)} (${ontsnap(item.titel)}${item.ingebouwd ? '' : `, ${t.eigenDocument}`}): ${t.laatsteDag(d(item.laatsteDag), d(item.tot))} (${wanneer})`;
  };

  const regels = [t.kop(ontsnap(beleid.id), ontsnap(beleid.versie), ontsnap(beleid.naam), overzicht.ingebouwd), t.peildatum(d(overzicht.peildatum), binnenDagen, d(overzicht.grens))];
  if (overzicht.lopenAf.length > 0) regels.push('', t.lopenAf(binnenDagen, overzicht.lopenAf.length), ...overzicht.lopenAf.flatMap(waarde));
  if (overzicht.afgelopen.length > 0) regels.push('', t.afgelopen(overzicht.afgelopen.length), ...overzicht.afgelopen.flatMap(waarde));
  const documenten = [...overzicht.documenten.lopenAf, ...overzicht.documenten.afgelopen];
  if (documenten.length > 0) regels.push('', t.documenten(documenten.length), ...documenten.map(document));
  regels.push('', overzicht.lopenAf.length > 0 ? t.letOp(overzicht.lopenAf.length, binnenDagen) : t.niets(binnenDagen));
  if (overzicht.afgelopen.length > 0) regels.push(t.nogAfgelopen);
  return `${regels.join('\n')}\n`;
}
