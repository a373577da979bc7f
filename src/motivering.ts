import { isKalenderdatum, leesTijdstip, schrijfDatum, schrijfTijdstip } from './calculators/datum.js';
import { DUUREENHEDEN, schrijfDuur, type Duur } from './calculators/termijn.js';
import { schrijfBedrag } from './calculators/geld.js';
import { zoekBrondocument } from './data/bronnen.js';
import { REGELBESCHRIJVINGEN } from './rules/beschrijvingen.js';
import type { Beoordeling, Bron } from './types/beoordeling.js';
import type { Status } from './types/feit.js';

/** Opties van {@link motivering}. */
export interface MotiveringOpties {
  /** `'nl'` (standaard) of `'en'`. */
  taal?: 'nl' | 'en';
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
  'regionale-afstemming': { nl: 'regionale afstemming nodig', en: 'regional coordination needed' },
  onbekend: { nl: 'onbekend (problematiek niet opgegeven)', en: 'unknown (problems not given)' },
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
  nl: { uitkomst: 'Uitkomst', peildatum: 'Peildatum', gronden: 'Gronden', bron: 'Bron', ontbrekend: 'Ontbrekende gegevens', beleid: 'Beleid', versie: 'versie' },
  en: { uitkomst: 'Outcome', peildatum: 'Reference date', gronden: 'Grounds', bron: 'Source', ontbrekend: 'Missing information', beleid: 'Policy', versie: 'version' },
} as const;

/**
 * Schrijft een beoordeling uit als leesbare tekst, geschikt voor een brief (een besluit moet
 * gemotiveerd zijn, Awb art. 3:46): de uitkomst, dan per criterium de uitslag, de toelichting
 * en de bronnen, en welke gegevens nog ontbreken. Nederlands tenzij `taal: 'en'`.
 *
 * @param beoordeling - de beoordeling van een regel (ook na JSON heen en terug)
 * @param opties - `{ taal: 'nl' | 'en' }`
 * @returns de motivering als tekst met regeleinden
 * @example
 * const beoordeling = bepaalHerkomst({ gemeenteVanHerkomst: 'Wierden', regio: 'almelo', peildatum: '2024-05-01' });
 * motivering(beoordeling).split('\n').slice(0, 5)
 * //=> ['Herkomst: binnen de regio', 'Peildatum: 1 mei 2024', '', 'Gronden:', '- herkomst.regio (voldaan): Wierden (GM0189) hoort op 1 mei 2024 bij de regio Almelo (centrumgemeente Almelo).']
 * motivering(beoordeling, { taal: 'en' }).split('\n')[0]
 * //=> 'Origin: within the region'
 */
export function motivering(beoordeling: Beoordeling<string>, opties: MotiveringOpties = {}): string {
  const taal = opties.taal ?? 'nl';
  const koppen = KOPPEN[taal];
  const beschrijving = Object.hasOwn(REGELBESCHRIJVINGEN, beoordeling.regel) ? REGELBESCHRIJVINGEN[beoordeling.regel] : undefined;
  const titel = beschrijving?.titel[taal] ?? beoordeling.regel;
  const uitkomst = (beschrijving && Object.hasOwn(beschrijving.uitkomsten, beoordeling.uitkomst) ? beschrijving.uitkomsten[beoordeling.uitkomst]?.[taal] : undefined) ?? beoordeling.uitkomst;
  const regels = [`${titel}: ${uitkomst}`];
  if (beoordeling.peildatum) regels.push(`${koppen.peildatum}: ${schrijfDatum(beoordeling.peildatum, taal)}`);
  if (beoordeling.beleid) regels.push(`${koppen.beleid}: ${beoordeling.beleid.id} (${koppen.versie} ${beoordeling.beleid.versie})`);
  for (const { veld, soort, namen, ...kop } of KENMERKEN) {
    const waarde = Object.hasOwn(beoordeling, veld) ? (beoordeling as unknown as Record<string, unknown>)[veld] : undefined;
    const naam = namen && typeof waarde === 'string' && Object.hasOwn(namen, waarde) ? namen[waarde]![taal] : undefined;
    const tekst = naam ?? schrijfKenmerk(soort, waarde, taal);
    if (tekst !== undefined) regels.push(`${kop[taal]}: ${tekst}`);
  }
  regels.push('', `${koppen.gronden}:`);
  for (const grond of beoordeling.gronden) {
    const toelichting = taal === 'en' ? grond.toelichtingEn : grond.toelichting;
    regels.push(`- ${grond.regel} (${STATUSNAMEN[grond.status][taal]}): ${toelichting}`);
    for (const bron of grond.bronnen) regels.push(`  ${koppen.bron}: ${beschrijfBron(bron)}`);
  }
  if (beoordeling.ontbrekendeGegevens.length > 0) {
    regels.push('', `${koppen.ontbrekend}: ${beoordeling.ontbrekendeGegevens.join(', ')}`);
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
