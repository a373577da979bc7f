import { isKalenderdatum, leesTijdstip, schrijfDatum, schrijfTijdstip } from './calculators/datum.js';
import { DUUREENHEDEN, schrijfDuur, type Duur } from './calculators/termijn.js';
import { schrijfBedrag } from './calculators/geld.js';
import { zoekBrondocument } from './data/bronnen.js';
import { REGELBESCHRIJVINGEN } from './rules/beschrijvingen.js';
import type { Beoordeling, Bron } from './types/beoordeling.js';
import type { Status } from './types/feit.js';
import type { Waardestatus } from './types/waardestatus.js';

/** Opties van {@link motivering}. */
export interface MotiveringOpties {
  /** `'nl'` (standaard) of `'en'`. */
  taal?: 'nl' | 'en';
  /**
   * `'brief'` (standaard): de tekst voor de cliënt, zonder technische namen; `'technisch'`: met
   * de ids van criteria, invoervelden en beleid, voor een ontwikkelaar of een controle.
   */
  vorm?: 'brief' | 'technisch';
}

const STATUSNAMEN: Record<Status, { nl: string; en: string }> = {
  voldaan: { nl: 'voldaan', en: 'met' },
  'niet-voldaan': { nl: 'niet voldaan', en: 'not met' },
  onbekend: { nl: 'onbekend', en: 'unknown' },
  'niet-van-toepassing': { nl: 'niet van toepassing', en: 'not applicable' },
};

/**
 * Regelspecifieke velden die de motivering na de kop noemt, als de beoordeling ze heeft (ook na
 * JSON heen en terug): bedragen in euro's, tijdstippen in Amsterdamse tijd, datums en duren
 * uitgeschreven (15 mei 2026, 2 nachten), en namen. Een veld dat `null` is, wordt overgeslagen.
 */
type Kenmerksoort = 'bedrag' | 'tijdstip' | 'datum' | 'duur' | 'getal' | 'getallen' | 'tekst';

/** Leesbare namen voor tekstwaarden van een kenmerk; een waarde zonder naam wordt zo getoond. */
const OPVANGNAMEN: Readonly<Record<string, { nl: string; en: string }>> = {
  'eigen-gemeente': { nl: 'opvang in de eigen gemeente', en: 'shelter in the own municipality' },
  'lokaal-maatwerk': { nl: 'lokaal maatwerk eerst', en: 'local tailored support first' },
  'regionale-afstemming': { nl: 'regionale afstemming nodig', en: 'regional coordination needed' },
  onbekend: { nl: 'onbekend (de zwaarte van de problemen is niet opgegeven)', en: 'unknown (the severity of the problems was not given)' },
};

const KENMERKEN: ReadonlyArray<{ veld: string; soort: Kenmerksoort; nl: string; en: string; namen?: Readonly<Record<string, { nl: string; en: string }>> }> = [
  { veld: 'regisseur', soort: 'tekst', nl: 'Regisseur MO', en: 'Coordinator (Regisseur MO)' },
  { veld: 'gevraagdBedragInCenten', soort: 'bedrag', nl: 'Gevraagd bedrag', en: 'Requested amount' },
  { veld: 'toekenbaarBedragInCenten', soort: 'bedrag', nl: 'Toekenbaar bedrag', en: 'Grantable amount' },
  { veld: 'beoordelenUiterlijk', soort: 'tijdstip', nl: 'Beoordelen uiterlijk', en: 'Decide by' },
  { veld: 'maximaleDuur', soort: 'duur', nl: 'Maximale verblijfsduur', en: 'Maximum length of stay' },
  { veld: 'uiterlijkeVertrekdatum', soort: 'datum', nl: 'Uiterlijke vertrekdatum', en: 'Latest departure date' },
  { veld: 'resterendeDagen', soort: 'getal', nl: 'Resterende dagen', en: 'Days remaining' },
  { veld: 'ethosLight', soort: 'getal', nl: 'ETHOS Light-categorie', en: 'ETHOS Light category' },
  { veld: 'routes', soort: 'getallen', nl: 'Routes naar dakloosheid', en: 'Routes into homelessness' },
  { veld: 'primaireRoute', soort: 'getal', nl: 'Primaire route', en: 'Primary route' },
  { veld: 'opvang', soort: 'tekst', nl: 'Opvang', en: 'Shelter', namen: OPVANGNAMEN },
];

function schrijfKenmerk(soort: Kenmerksoort, waarde: unknown, taal: 'nl' | 'en'): string | undefined {
  if (soort === 'tekst') return typeof waarde === 'string' ? waarde : undefined;
  if (soort === 'bedrag') return Number.isSafeInteger(waarde) ? schrijfBedrag(waarde as number, taal) : undefined;
  if (soort === 'getal') return Number.isSafeInteger(waarde) ? String(waarde) : undefined;
  if (soort === 'getallen') return Array.isArray(waarde) && waarde.length > 0 && waarde.every(Number.isSafeInteger) ? waarde.join(', ') : undefined;
  if (soort === 'duur') return isDuur(waarde) ? schrijfDuur(waarde, taal) : undefined;
  if (typeof waarde !== 'string') return undefined;
  if (soort === 'datum') return isKalenderdatum(waarde) ? schrijfDatum(waarde, taal) : undefined;
  const tijdstip = leesTijdstip(waarde);
  return 'ms' in tijdstip ? `${schrijfTijdstip(tijdstip.ms, taal)} (${taal === 'nl' ? 'Nederlandse tijd' : 'Amsterdam time'})` : undefined;
}

function isDuur(waarde: unknown): waarde is Duur {
  if (typeof waarde !== 'object' || waarde === null) return false;
  const { aantal, eenheid } = waarde as Record<string, unknown>;
  return Number.isSafeInteger(aantal) && (DUUREENHEDEN as readonly unknown[]).includes(eenheid);
}

const KOPPEN = {
  nl: { peildatum: 'Peildatum', gronden: 'Gronden', signalen: 'Aandachtspunten', bron: 'Bron', grondslag: 'Grondslag', interpretatie: 'Interpretatie', ontbrekend: 'Ontbrekende gegevens', beleid: 'Beleid', versie: 'versie', zoalsHierboven: 'zoals hierboven' },
  en: { peildatum: 'Reference date', gronden: 'Grounds', signalen: 'Points of attention', bron: 'Source', grondslag: 'Basis', interpretatie: 'Interpretation', ontbrekend: 'Missing information', beleid: 'Policy', versie: 'version', zoalsHierboven: 'as above' },
} as const;

const GRONDSLAGEN: Record<Waardestatus, { nl: string; en: string }> = {
  vastgesteld: { nl: 'vastgesteld', en: 'adopted' },
  praktijk: { nl: 'praktijk', en: 'practice' },
  voornemen: { nl: 'voornemen', en: 'intention' },
  ambitie: { nl: 'ambitie', en: 'ambition' },
  planningsaanname: { nl: 'planningsaanname', en: 'planning assumption' },
  interpretatie: { nl: 'interpretatie', en: 'interpretation' },
};

/**
 * Schrijft een beoordeling uit als leesbare tekst, geschikt voor een brief (een besluit moet
 * gemotiveerd zijn, Awb art. 3:46): de uitkomst, dan per criterium de uitslag, de toelichting,
 * de grondslag als die niet vastgesteld is, onze interpretaties en de bronnen; daarna de
 * signalen onder "Aandachtspunten", en welke gegevens nog ontbreken. In de brief staat een
 * grondslag of bron die al eerder stond kort ("zoals hierboven"). Nederlands tenzij
 * `taal: 'en'`. Standaard de brief, zonder technische namen; `vorm: 'technisch'` noemt ook de
 * ids van criteria, velden en beleid.
 *
 * @param beoordeling - de beoordeling van een regel (ook na JSON heen en terug)
 * @param opties - `{ taal: 'nl' | 'en', vorm: 'brief' | 'technisch' }`
 * @returns de motivering als tekst met regeleinden
 * @example
 * const beoordeling = bepaalHerkomst({ gemeenteVanHerkomst: 'Wierden', regio: 'almelo', peildatum: '2024-05-01' });
 * motivering(beoordeling).split('\n').slice(0, 4)
 * //=> ['Herkomst: binnen de regio', 'Peildatum: 1 mei 2024', '', 'Gronden:']
 * motivering(beoordeling, { vorm: 'technisch' }).split('\n')[4]?.startsWith('- herkomst.regio (voldaan): Wierden (GM0189) hoort op 1 mei 2024 bij de regio Almelo')
 * //=> true
 * motivering(beoordeling, { taal: 'en' }).split('\n')[0]
 * //=> 'Origin: within the region'
 */
export function motivering(beoordeling: Beoordeling<string>, opties: MotiveringOpties = {}): string {
  const taal = opties.taal ?? 'nl';
  const technisch = opties.vorm === 'technisch';
  const koppen = KOPPEN[taal];
  const beschrijving = Object.hasOwn(REGELBESCHRIJVINGEN, beoordeling.regel) ? REGELBESCHRIJVINGEN[beoordeling.regel] : undefined;
  const titel = beschrijving?.titel[taal] ?? beoordeling.regel;
  const uitkomst = (beschrijving && Object.hasOwn(beschrijving.uitkomsten, beoordeling.uitkomst) ? beschrijving.uitkomsten[beoordeling.uitkomst]?.[taal] : undefined) ?? beoordeling.uitkomst;
  const regels = [`${titel}: ${uitkomst}`];
  if (beoordeling.peildatum) regels.push(`${koppen.peildatum}: ${schrijfDatum(beoordeling.peildatum, taal)}`);
  if (beoordeling.beleid) {
    const naam = technisch || typeof beoordeling.beleid.naam !== 'string' ? beoordeling.beleid.id : beoordeling.beleid.naam;
    regels.push(`${koppen.beleid}: ${naam} (${koppen.versie} ${beoordeling.beleid.versie})`);
  }
  for (const { veld, soort, namen, ...kop } of KENMERKEN) {
    const waarde = Object.hasOwn(beoordeling, veld) ? (beoordeling as unknown as Record<string, unknown>)[veld] : undefined;
    const naam = namen && typeof waarde === 'string' && Object.hasOwn(namen, waarde) ? namen[waarde]![taal] : undefined;
    const tekst = naam ?? schrijfKenmerk(soort, waarde, taal);
    if (tekst !== undefined) regels.push(`${kop[taal]}: ${tekst}`);
  }
  const criteria = beoordeling.gronden.filter((grond) => grond.soort !== 'signaal');
  const signalen = beoordeling.gronden.filter((grond) => grond.soort === 'signaal');
  // In de brief staat een grondslag of bron die al eerder in de brief stond, kort: "zoals hierboven".
  const eerder = new Set<string>();
  const alsNieuw = (tekst: string, kort: string) => {
    if (technisch || !eerder.has(tekst)) {
      eerder.add(tekst);
      return tekst;
    }
    return kort;
  };
  for (const [kop, gronden] of [[koppen.gronden, criteria], [koppen.signalen, signalen]] as const) {
    if (gronden.length === 0) continue;
    regels.push('', `${kop}:`);
    for (const grond of gronden) {
      const criterium = beschrijving?.criteria.find((kandidaat) => kandidaat.id === grond.regel);
      const naam = technisch || !criterium ? grond.regel : criterium.titel[taal];
      regels.push(`- ${naam} (${STATUSNAMEN[grond.status]?.[taal] ?? grond.status}): ${taal === 'en' ? grond.toelichtingEn : grond.toelichting}`);
      // De grondslag van een criterium dat niet van toepassing is, droeg niets bij aan de beslissing.
      if (grond.basis && grond.basis.status !== 'vastgesteld' && grond.status !== 'niet-van-toepassing') {
        const status = GRONDSLAGEN[grond.basis.status]?.[taal] ?? grond.basis.status;
        regels.push(`  ${koppen.grondslag}: ${alsNieuw(`${status}. ${taal === 'en' ? grond.basis.toelichtingEn : grond.basis.toelichting}`, `${status}, ${koppen.zoalsHierboven}.`)}`);
      }
      for (const keuze of grond.interpretaties ?? []) regels.push(`  ${koppen.interpretatie}: ${taal === 'en' ? keuze.toelichtingEn : keuze.toelichting}`);
      for (const bron of grond.bronnen) regels.push(`  ${koppen.bron}: ${alsNieuw(beschrijfBron(bron), `${bron.onderdeel}, ${koppen.zoalsHierboven}`)}`);
    }
  }
  if (beoordeling.ontbrekendeGegevens.length > 0) {
    const velden = beoordeling.ontbrekendeGegevens.map((pad) => (!technisch && beschrijving && Object.hasOwn(beschrijving.velden, pad) ? beschrijving.velden[pad]![taal] : pad));
    regels.push('', `${koppen.ontbrekend}: ${velden.join(', ')}`);
  }
  return regels.join('\n');
}

/**
 * Een bron als verwijzing: titel, uitgever en jaar van het document, het onderdeel en het citaat.
 *
 * @param bron - een {@link Bron}
 * @example
 * beschrijfBron({ document: 'wmo-2015', onderdeel: 'art. 1.2.1 onder b', citaat: 'tot welke hij zich wendt' })
 * //=> 'Wet maatschappelijke ondersteuning 2015 (Rijksoverheid, 2015), art. 1.2.1 onder b: "tot welke hij zich wendt"'
 */
export function beschrijfBron(bron: Bron): string {
  const document = zoekBrondocument(bron.document);
  const verwijzing = document ? `${document.titel} (${document.uitgever}, ${document.jaar})` : bron.document;
  return `${verwijzing}, ${bron.onderdeel}${bron.citaat ? `: "${bron.citaat}"` : ''}`;
}
