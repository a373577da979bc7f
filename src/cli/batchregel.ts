// Eén geval van de invoer beslissen en als regel van de uitvoer schrijven. Gedeeld door de CLI
// zelf en door zijn werkers (--parallel), zodat beide dezelfde bytes schrijven.
import { BeleidNietInWerkingFout, OngeldigeInvoerFout, type Beoordeling, type BeleidNietInWerking, type Regel, type Regelopties, type Veldfout } from '../index.js';
import { geenBeleidTekst, nietInWerkingVan } from './geen-beleid.js';
import type { Stroomwaarde } from './json-stroom.js';
import { veldfoutInHetEngels, veldmeldingInHetEngels } from './meldingen-en.js';
import { ontsmet, ontsnap, veiligeJson } from './ontsnap.js';
import { brief, type Brief, type GecontroleerdeBriefgegevens } from '../brief.js';

/** De taal van de uitvoer: de motivering, de meldingen en de samenvatting (`--taal`). */
export type Taal = 'nl' | 'en';

/** Hoe een batch geschreven wordt: een regel tekst per geval, of een JSON-object per geval. */
export interface Uitvoervorm {
  json: boolean;
  taal: Taal;
  /** `opvangregels brief`: de gecontroleerde gegevens van de gemeente; per geval de brief in plaats van de toelichting. */
  brief?: GecontroleerdeBriefgegevens;
}

/**
 * De brief bij een beoordeling, met de tekens uit de invoer ontsnapt (zoals de motivering), of
 * `undefined` als de bibliotheek faalt: dan een interne fout voor dit ene geval.
 */
export function briefBij(beoordeling: Beoordeling<string>, gegevens: GecontroleerdeBriefgegevens): Brief | undefined {
  try {
    return brief(ontsmet(beoordeling), gegevens);
  } catch {
    return undefined;
  }
}

/**
 * Eén geval van een batch. `regelnummer` is de regel van de invoer waarop het geval begint
 * (niet `regel`: dat is in een Beoordeling de id van de regel). Een mislukt geval heeft de
 * `soort` van de `…Veilig`-vorm: `'ongeldige-invoer'`, of `'geen-beleid'` met `nietInWerking`.
 */
export type Gevalresultaat =
  | { regelnummer: number; succes: true; beoordeling: Beoordeling<string> }
  | { regelnummer: number; succes: false; soort: 'ongeldige-invoer'; fouten: Veldfout[] }
  | { regelnummer: number; succes: false; soort: 'geen-beleid'; fouten: Veldfout[]; nietInWerking: BeleidNietInWerking };

/** De melding bij een geval dat geen JSON is; nooit de melding van de parser, want die herhaalt een stuk van de invoer. */
export const GEEN_JSON = 'geen geldige JSON';
/** De melding bij een fout in de bibliotheek zelf: dit ene geval, niet de hele batch. */
export const INTERNE_FOUT = 'interne fout bij het beoordelen van dit geval (meld dit als fout in opvangregels)';

/** Beslist één geval uit de stroom. `intern`: de bibliotheek gooide iets anders dan een invoerfout. */
export function beoordeelWaarde(regel: Regel, waarde: Stroomwaarde, regelopties: Regelopties | undefined): { resultaat: Gevalresultaat; intern: boolean } {
  const regelnummer = waarde.regel;
  if ('fout' in waarde) return { resultaat: { regelnummer, succes: false, soort: 'ongeldige-invoer', fouten: [{ pad: '', melding: waarde.fout }] }, intern: false };
  let invoer: unknown;
  try {
    invoer = JSON.parse(waarde.tekst);
  } catch {
    return { resultaat: { regelnummer, succes: false, soort: 'ongeldige-invoer', fouten: [{ pad: '', melding: GEEN_JSON }] }, intern: false };
  }
  try {
    const beoordeling = regelopties === undefined ? regel.beoordeel(invoer) : regel.beoordeel(invoer, regelopties);
    return { resultaat: { regelnummer, succes: true, beoordeling }, intern: false };
  } catch (fout) {
    if (fout instanceof BeleidNietInWerkingFout) return { resultaat: { regelnummer, succes: false, soort: 'geen-beleid', fouten: fout.fouten, nietInWerking: nietInWerkingVan(fout) }, intern: false };
    if (fout instanceof OngeldigeInvoerFout) return { resultaat: { regelnummer, succes: false, soort: 'ongeldige-invoer', fouten: fout.fouten }, intern: false };
    return { resultaat: { regelnummer, succes: false, soort: 'ongeldige-invoer', fouten: [{ pad: '', melding: INTERNE_FOUT }] }, intern: true };
  }
}

/** Een melding van de bibliotheek in de gekozen taal; een melding die de tabel niet kent, blijft Nederlands. */
export function melding(tekst: string, taal: Taal): string {
  return taal === 'en' ? veldmeldingInHetEngels(tekst) ?? tekst : tekst;
}

/** Eén veldfout op één regel: het pad (of "(invoer)") en de melding in de gekozen taal, ontsnapt. */
export function veldfoutTekst(fout: Veldfout, taal: Taal): string {
  return `${fout.pad ? ontsnap(fout.pad) : taal === 'en' ? '(input)' : '(invoer)'}: ${ontsnap(melding(fout.melding, taal))}`;
}

/** Een resultaat zoals de JSON-uitvoer het schrijft: de meldingen van de fouten in de gekozen taal. */
export function alsJson(resultaat: Gevalresultaat, taal: Taal): Gevalresultaat {
  return resultaat.succes || taal === 'nl' ? resultaat : { ...resultaat, fouten: resultaat.fouten.map(veldfoutInHetEngels) };
}

/**
 * Eén regel van de batchuitvoer, met regeleinde: met `json` het resultaat als JSON op één regel,
 * anders `regelnummer<TAB>uitkomst<TAB>toelichting` (of `ongeldig` met de veldfouten, of
 * `geen-beleid` met de melding wat ontbrak en wat te doen).
 */
export function batchregel(resultaat: Gevalresultaat, vorm: Uitvoervorm, geschreven?: Brief): string {
  if (geschreven && resultaat.succes) return briefregels(resultaat.regelnummer, resultaat.beoordeling, geschreven, vorm.json);
  if (vorm.json) return `${veiligeJson(alsJson(resultaat, vorm.taal))}\n`;
  if (resultaat.succes) {
    const toelichting = resultaat.beoordeling.gronden.map((grond) => (vorm.taal === 'en' ? grond.toelichtingEn : grond.toelichting)).join(' ');
    return `${resultaat.regelnummer}\t${ontsnap(resultaat.beoordeling.uitkomst)}\t${ontsnap(toelichting)}\n`;
  }
  if (resultaat.soort === 'geen-beleid') return `${resultaat.regelnummer}\tgeen-beleid\t${geenBeleidTekst(resultaat.nietInWerking, resultaat.fouten[0]?.pad ?? '', vorm.taal)}\n`;
  return `${resultaat.regelnummer}\tongeldig\t${resultaat.fouten.map((fout) => veldfoutTekst(fout, vorm.taal)).join('; ')}\n`;
}

/**
 * Een geval van `opvangregels brief` in een batch: met `json` één regel
 * `{ regelnummer, succes: true, beoordeling, brief }`; anders een kopregel
 * `regelnummer<TAB>uitkomst` en de brief eronder, elke regel ingesprongen met twee spaties (zo is
 * elke regel die met een cijfer begint de kop van een geval). De aandachtspunten staan alleen in de
 * JSON.
 */
function briefregels(regelnummer: number, beoordeling: Beoordeling<string>, geschreven: Brief, json: boolean): string {
  if (json) return `${veiligeJson({ regelnummer, succes: true, beoordeling, brief: geschreven })}\n`;
  return `${regelnummer}\t${ontsnap(beoordeling.uitkomst)}\n${geschreven.tekst.split('\n').map((regel) => (regel === '' ? '' : `  ${regel}`)).join('\n')}\n\n`;
}

/** Wat een blok gevallen opleverde: de uitvoer in volgorde en de tellingen voor de samenvatting. */
export interface Blokresultaat {
  uitvoer: string;
  /** Per uitkomst het aantal, in de volgorde waarin de uitkomsten voor het eerst voorkwamen. */
  perUitkomst: [uitkomst: string, aantal: number][];
  ongeldig: number;
  /** Gevallen zonder beleid in werking (SPEC §2.11); niet meegeteld in `ongeldig`. */
  geenBeleid: number;
  intern: number;
}

/** Beslist een blok gevallen en schrijft hun regels; in een werker en (met --parallel 1) in de CLI zelf. */
export function beoordeelBlok(regel: Regel, waarden: readonly Stroomwaarde[], regelopties: Regelopties | undefined, vorm: Uitvoervorm): Blokresultaat {
  let uitvoer = '';
  const perUitkomst = new Map<string, number>();
  let ongeldig = 0;
  let geenBeleid = 0;
  let intern = 0;
  for (const waarde of waarden) {
    const beslist = beoordeelWaarde(regel, waarde, regelopties);
    let { resultaat } = beslist;
    let internFout = beslist.intern;
    // `opvangregels brief`: faalt de brief (een fout in de bibliotheek), dan een interne fout voor dit geval.
    const geschreven = vorm.brief && resultaat.succes ? briefBij(resultaat.beoordeling, vorm.brief) : undefined;
    if (vorm.brief && resultaat.succes && !geschreven) {
      resultaat = { regelnummer: resultaat.regelnummer, succes: false, soort: 'ongeldige-invoer', fouten: [{ pad: '', melding: INTERNE_FOUT }] };
      internFout = true;
    }
    if (internFout) intern++;
    if (resultaat.succes) perUitkomst.set(resultaat.beoordeling.uitkomst, (perUitkomst.get(resultaat.beoordeling.uitkomst) ?? 0) + 1);
    else if (resultaat.soort === 'geen-beleid') geenBeleid++;
    else ongeldig++;
    uitvoer += batchregel(resultaat, vorm, geschreven);
  }
  return { uitvoer, perUitkomst: [...perUitkomst], ongeldig, geenBeleid, intern };
}
