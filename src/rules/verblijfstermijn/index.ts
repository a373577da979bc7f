import { vouwNaam } from '../../kern/beleidstekst.js';
import { isIngebouwdBeleidId } from '../../beleid/ids.js';
import type { Beleid } from '../../beleid/beleid.js';
import type { GedateerdeWaarde } from '../../beleid/gedateerd.js';
import type { Waardestatus } from '../../types/waardestatus.js';
import { INGEBOUWD_BELEID, type BeleidId } from '../../beleid/ingebouwd.js';
import { kiesBeleid } from '../../beleid/opzoeken.js';
import { schrijfDatum } from '../../calculators/datum.js';
import { dagenTussen, schrijfDuur, telDuurOpVanaf, type Duur } from '../../calculators/termijn.js';
import { kiesRegio, type GekozenRegio } from '../../beleid/regio.js';
import type { Regio } from '../../data/regios.js';
import type { RegioId } from '../../data/regio-ids.js';
import { eigenLijst, maakBeoordeling, metVelden, type Criteriumuitslag, type GebruikteWaarde } from '../../kern/besluit.js';
import { kiesWaarde, vereisteWaarde } from '../../kern/beleidswaarden.js';
import { magCiteren } from '../../kern/regelbeleid.js';
import { criteriumuitslag } from '../../kern/feiten.js';
import { STANDAARD_UITGESLOTEN, leesOpties, type Regelopties } from '../../kern/opties.js';
import { STATUS_IN_WOORDEN, dagenTekst, datumInBeideTalen, duurInBeideTalen, hoofdletter, waardetoelichting } from '../../kern/teksten.js';
import { valideer } from '../../kern/valideer.js';
import type { Beoordeling, Gemeenteverwijzing } from '../../types/beoordeling.js';
import type { Status } from '../../types/feit.js';
import { OngeldigeInvoerFout } from '../../types/fouten.js';
import { OPVANGVORM_NAMEN } from '../../types/opvangvorm.js';
import { maakVeilig } from '../../types/uitslag.js';
import type { Tweetalig } from '../../types/tweetalig.js';
import { landelijkeToegankelijkheid, leesHerkomst, regioInHetEngels, toetsHerkomst, verwijzingNaar, type GelezenHerkomst, type Herkomstvaststelling, type Regioverwijzing } from '../herkomst/criterium.js';
import { VERBLIJFSTERMIJN, VERBLIJFSTERMIJN_BRONNEN, VERBLIJFSTERMIJN_KEUZES as K } from './beschrijving.js';
import { VerblijfstermijnInvoerSchema, type GevalideerdeVerblijfstermijnInvoer, type VerblijfstermijnInvoer } from './invoer.js';
import { GEEN_TERMIJNEN, TERMIJNGROEPEN, aanbiederVan, kiesTermijnen, latereTermijn, type Termijngroep, type Termijnkeuze, type Termijnwaarde, type Verblijfsduur } from './termijnen.js';
import { zonderVervuiling } from '../../kern/schoon-prototype.js';

/** De uitkomsten van {@link berekenVerblijfstermijn}. */
export type VerblijfstermijnUitkomst = 'binnen-termijn' | 'termijn-verstreken' | 'geen-termijn' | 'aanvullen';

/**
 * Opties van {@link berekenVerblijfstermijn}:
 * - `beleid`: het beleid met de verblijfstermijnen, een ingebouwd id of een eigen beleid uit
 *   {@link defineBeleid}. Standaard het ingebouwde beleid van de regio (`'almelo'` of
 *   `'ijssel-vecht'`); voor een regio zonder ingebouwd beleid geldt dan geen termijn. Het beleid
 *   moet voor dezelfde regio gelden (parameter `verblijfsduur.regio`).
 * - `uitgeslotenStatussen`: termijnen met deze status worden niet toegepast, alsof ze er niet
 *   zijn; een signaal noemt wat is weggelaten. Standaard `['ambitie', 'planningsaanname']`, dus
 *   de 8 weken van IJssel-Vecht (een ambitie) gelden niet; `[]` past elke status toe.
 */
export type VerblijfstermijnOpties = Regelopties;

/** Het resultaat van {@link berekenVerblijfstermijn}. */
export interface VerblijfstermijnBeoordeling extends Beoordeling<VerblijfstermijnUitkomst> {
  /** De maximale verblijfsduur die geldt, of `null` (geen termijn, of de herkomst ontbreekt). */
  maximaleDuur: Duur | null;
  /** De status van die duur (`'praktijk'`, `'ambitie'`, ...), of `null` als er geen duur is. */
  statusVanDuur: Waardestatus | null;
  /** De laatste dag van het verblijf binnen de termijn (`JJJJ-MM-DD`): startdatum plus de duur; of `null`. */
  uiterlijkeVertrekdatum: string | null;
  /** Kalenderdagen van de peildatum tot de uiterlijke vertrekdatum: 0 op die dag, negatief als de termijn verstreken is; of `null`. */
  resterendeDagen: number | null;
  /** De gemeente van herkomst op de peildatum, of `null` als die geen gemeente is (onbekend, buitenland, bijzondere gemeente). */
  gemeente: Gemeenteverwijzing | null;
  /** De regio van de opvang. */
  regio: Regioverwijzing;
}

/** Het ingebouwde beleid per regio; een regio zonder heeft geen termijnen tenzij de aanroeper een beleid meegeeft. */
const STANDAARDBELEID: Partial<Record<RegioId, BeleidId>> = { almelo: 'almelo', 'ijssel-vecht': 'ijssel-vecht' };

const UITKOMST_PER_STATUS: Record<Status, VerblijfstermijnUitkomst> = {
  voldaan: 'binnen-termijn',
  'niet-voldaan': 'termijn-verstreken',
  'niet-van-toepassing': 'geen-termijn',
  onbekend: 'aanvullen',
};

/** Voor wie de termijn geldt: één groep als de herkomst beslist, anders iedereen; of nog onbekend. */
type Groep = Termijngroep | 'iedereen';

const VOOR_GROEP: Record<Termijngroep, Tweetalig> = {
  'binnen-regio': { nl: 'cliënten uit de regio', en: 'clients from the region' },
  'buiten-regio': { nl: 'cliënten van buiten de regio', en: 'clients from outside the region' },
};

const EENHEIDSKEUZE: Partial<Record<Duur['eenheid'], string>> = { weken: K.weken, maanden: K.maanden, nachten: K.nachten };

/**
 * Berekent hoe lang een verblijf in de opvang mag duren (SPEC §4.5): de maximale duur die op de
 * startdatum gold voor de regio, de opvangvorm en, waar die ertoe doet, de herkomst; de
 * uiterlijke vertrekdatum; en de resterende dagen op de peildatum.
 *
 * - `binnen-termijn`: de peildatum ligt niet na de uiterlijke vertrekdatum (op die dag zelf:
 *   `resterendeDagen` 0);
 * - `termijn-verstreken`: vanaf de dag erna (`resterendeDagen` negatief);
 * - `geen-termijn`: op de startdatum gold geen maximale duur voor deze regio, vorm en herkomst
 *   (ook een verblijf dat begon voordat er een termijn was); er wordt nooit een termijn van een
 *   andere regio of vorm geleend;
 * - `aanvullen`: de herkomst bepaalt de duur (IJssel-Vecht, acute opvang) en is onbekend.
 *
 * De termijn die op de startdatum geldt, geldt voor het hele verblijf; de peildatum zegt alleen
 * welke dag beoordeeld wordt. De herkomst wordt getoetst op de peildatum. Wie uit het buitenland
 * of een bijzondere gemeente komt, komt van buiten de regio en krijgt de termijn voor
 * `buiten-regio`, met een signaal over deze groepen. Standaard worden ambities en
 * planningsaannames niet toegepast (met een signaal); met `uitgeslotenStatussen: []` wel.
 *
 * Noemt het beleid de duur alleen voor één aanbieder (de 9 maanden van Humanitas Onder Dak in
 * Almelo), dan geldt zij alleen als `aanbieder` die aanbieder is; bij een andere aanbieder geldt
 * geen termijn, en zonder aanbieder is de uitkomst `aanvullen` met `'aanbieder'` in
 * `ontbrekendeGegevens`.
 *
 * De vertrekdatum is de startdatum plus de duur (zie {@link telDuurOp}): 2 nachten → 2 dagen
 * later; 8 weken → 56 dagen later; 9 maanden → dezelfde dag 9 maanden later, of de laatste dag
 * van die maand.
 *
 * @param invoer - zie {@link VerblijfstermijnInvoer}
 * @param opties - `{ beleid, uitgeslotenStatussen }`, zie {@link VerblijfstermijnOpties}
 * @returns de beoordeling met `maximaleDuur`, `uiterlijkeVertrekdatum` en `resterendeDagen`
 * @throws {OngeldigeInvoerFout} bij onjuiste invoer (onbestaande datum, startdatum na de
 *   peildatum, onbekende opvangvorm, regio of gemeente), of een beleid voor een andere regio;
 *   `fouten[].pad` noemt het veld
 * @throws {BeleidNietInWerkingFout} als de herkomst getoetst moet worden maar de regio op de
 *   peildatum geen indeling heeft, of een eigen beleid een termijn heeft terwijl op de startdatum
 *   de regio van het beleid niet geldt
 * @example
 * const buitenRegio = { regio: 'ijssel-vecht', opvangvorm: 'acute-opvang', startdatum: '2026-05-03', gemeenteVanHerkomst: 'Almelo', peildatum: '2026-05-05' } as const;
 * const beoordeling = berekenVerblijfstermijn(buitenRegio);
 * beoordeling.uitkomst //=> 'binnen-termijn'
 * beoordeling.maximaleDuur //=> { aantal: 2, eenheid: 'nachten' }
 * beoordeling.uiterlijkeVertrekdatum //=> '2026-05-05'
 * beoordeling.resterendeDagen //=> 0
 * berekenVerblijfstermijn({ ...buitenRegio, peildatum: '2026-05-06' }).uitkomst //=> 'termijn-verstreken'
 * berekenVerblijfstermijn({ ...buitenRegio, gemeenteVanHerkomst: 'Zwolle' }).uitkomst //=> 'geen-termijn'
 * berekenVerblijfstermijn({ ...buitenRegio, gemeenteVanHerkomst: 'Zwolle' }, { uitgeslotenStatussen: [] }).uiterlijkeVertrekdatum //=> '2026-06-28'
 * berekenVerblijfstermijn({ ...buitenRegio, gemeenteVanHerkomst: 'Bonaire' }).uiterlijkeVertrekdatum //=> '2026-05-05'
 * berekenVerblijfstermijn({ ...buitenRegio, gemeenteVanHerkomst: 'onbekend' }).ontbrekendeGegevens //=> ['gemeenteVanHerkomst']
 * berekenVerblijfstermijn({ ...buitenRegio, startdatum: '2023-07-03', peildatum: '2023-07-04' }).uitkomst //=> 'geen-termijn'
 * const almelo = { regio: 'almelo', opvangvorm: '24-uursopvang', startdatum: '2026-05-31', peildatum: '2026-06-01' } as const;
 * berekenVerblijfstermijn({ ...almelo, aanbieder: 'Humanitas Onder Dak' }).uiterlijkeVertrekdatum //=> '2027-02-28'
 * berekenVerblijfstermijn(almelo).ontbrekendeGegevens //=> ['aanbieder']
 * berekenVerblijfstermijn({ ...almelo, aanbieder: 'Een andere aanbieder' }).uitkomst //=> 'geen-termijn'
 */
export function berekenVerblijfstermijn(invoer: VerblijfstermijnInvoer, opties?: VerblijfstermijnOpties): VerblijfstermijnBeoordeling {
  // Met een schoon Object.prototype: geen vreemde naam daarop verandert de uitkomst (SPEC §2.8).
  return zonderVervuiling(() => berekenVerblijfstermijnOpSchoonPrototype(invoer, opties));
}

function berekenVerblijfstermijnOpSchoonPrototype(invoer: VerblijfstermijnInvoer, opties?: VerblijfstermijnOpties): VerblijfstermijnBeoordeling {
  const gevalideerd = valideer(VerblijfstermijnInvoerSchema, invoer);
  const gelezenOpties = leesOpties(opties);
  const { regio, opvangvorm, startdatum, peildatum } = gevalideerd;
  // Een opgegeven gemeente wordt altijd gecontroleerd, ook waar de herkomst de termijn niet bepaalt.
  const herkomst = leesHerkomst(gevalideerd.gemeenteVanHerkomst, peildatum);
  const standaard = Object.hasOwn(STANDAARDBELEID, regio) ? STANDAARDBELEID[regio as RegioId] : undefined;
  const beleid = gelezenOpties.beleid !== undefined ? kiesBeleid(gelezenOpties.beleid) : standaard ? INGEBOUWD_BELEID[standaard] : null;
  // Een ingebouwde regio, of een eigen regio van het meegegeven beleid.
  const gekozen = kiesRegio(regio, beleid, 'regio');
  // De termijn die op de startdatum geldt, geldt voor het hele verblijf (SPEC §4.5 (0.2)).
  const termijnen = beleid ? kiesTermijnen(beleid, opvangvorm, startdatum, gelezenOpties.uitgesloten) : GEEN_TERMIJNEN;
  const regioVanBeleid = beleid ? controleerRegioVanBeleid(beleid, gelezenOpties.beleid !== undefined, gekozen, startdatum, termijnen, gelezenOpties.uitgesloten) : null;
  const context: Context = { invoer: gevalideerd, regio: gekozen.regio, beleid, termijnen, uitgesloten: gelezenOpties.uitgesloten };

  const toets = termijnen.herkomstBeslist ? toetsHerkomst({ gemeenteVanHerkomst: gevalideerd.gemeenteVanHerkomst, peildatum: gevalideerd.peildatum, regio: gekozen, uitgesloten: gelezenOpties.uitgesloten }, 'verblijfstermijn.herkomst') : null;
  const groep: Groep | 'onbekend' = toets ? groepVan(toets) : 'iedereen';
  const herkomstUitslag = toets ? herkomstBepaaltDuur(toets, groep) : herkomstDoetNietTerzake(context);
  const keuze = groep === 'onbekend' ? null : termijnen.perGroep[groep === 'iedereen' ? 'binnen-regio' : groep];
  const gevonden = keuze?.toegepast ?? null;
  // Een termijn van één aanbieder geldt alleen bij die aanbieder (SPEC §4.5 (0.3)).
  const bijAanbieder = gevonden ? aanbiederPast(gevonden.waarde.waarde, gevalideerd.aanbieder) : 'ja';
  const toegepast = bijAanbieder === 'ja' ? gevonden : null;
  const vertrekdatum = toegepast ? uiterlijkeVertrekdatum(startdatum, toegepast.waarde.waarde) : null;
  const resterendeDagen = vertrekdatum === null ? null : dagenTussen(peildatum, vertrekdatum);
  const termijnUitslag =
    groep === 'onbekend'
      ? termijnHangtAfVanHerkomst(context)
      : gevonden && bijAanbieder !== 'ja'
        ? termijnVanAndereAanbieder(context, groep, gevonden, bijAanbieder)
        : toegepast && vertrekdatum !== null && resterendeDagen !== null
          ? termijnGeldt(context, groep, toegepast, vertrekdatum, resterendeDagen)
          : geenTermijn(context, groep);

  const signalen: Criteriumuitslag[] = [];
  // Bij één bekende groep de waarden die voor die groep zouden gelden; anders die van elke groep.
  const nietToegepast = keuze && groep !== 'iedereen' ? keuze.uitgesloten : uniek(TERMIJNGROEPEN.flatMap((kandidaat) => termijnen.perGroep[kandidaat].uitgesloten));
  if (nietToegepast.length > 0) signalen.push(nietToegepasteWaarden(context, nietToegepast));
  const uitBuitenlandOfBijzondereGemeente = toets !== null && (toets.herkomstsoort === 'buitenland' || toets.herkomstsoort === 'bijzondere-gemeente');
  if (toets && uitBuitenlandOfBijzondereGemeente) signalen.push(aandachtsgroep(toets));
  // Landelijke toegankelijkheid bij elke herkomst van buiten de regio (SPEC §4.1); voor het buitenland en de
  // bijzondere gemeenten zonder belofte van hulp (audit rij 7): zie landelijkeToegankelijkheid.
  if (toets?.uitslag.grond.status === 'niet-voldaan') signalen.push(landelijkeToegankelijkheid(toets.herkomstsoort));
  // Wat de visie in de acute opvang van 2032 wil regelen: alleen waar de visie geciteerd mag worden (een document van de regio).
  // En alleen als de termijnen van het beleid voor deze regio op de startdatum gelden (in het ingebouwde beleid: vanaf de vaststelling van de visie).
  // Niet voor wie van buiten de regio komt: §3.2 beschrijft het aanbod voor "de inwoner", die daarna naar zijn gemeente van
  // herkomst gaat; wie van buiten de regio komt, krijgt 2 nachten, en het aanbod van 8 weken zou de brief tegenspreken.
  const vanBuitenDeRegio = toets?.uitslag.grond.status === 'niet-voldaan';
  if (opvangvorm === 'acute-opvang' && !vanBuitenDeRegio && regioVanBeleid?.waarde.waarde === 'ijssel-vecht' && magCiteren(VERBLIJFSTERMIJN_BRONNEN.regelenInAcuteOpvang, beleid)) signalen.push(regelenInAcuteOpvang());

  const beoordeling = maakBeoordeling(
    VERBLIJFSTERMIJN,
    { peildatum, beleid, waarden: regioVanBeleid ? [regioVanBeleid] : [] },
    [herkomstUitslag, termijnUitslag, ...signalen],
    UITKOMST_PER_STATUS[termijnUitslag.grond.status],
    termijnUitslag.ontbrekend,
  );
  return metVelden(beoordeling, {
    maximaleDuur: toegepast ? { aantal: toegepast.waarde.waarde.aantal, eenheid: toegepast.waarde.waarde.eenheid } : null,
    statusVanDuur: toegepast ? toegepast.waarde.status : null,
    uiterlijkeVertrekdatum: vertrekdatum,
    resterendeDagen,
    gemeente: herkomst.gemeente,
    regio: verwijzingNaar(gekozen.regio),
  });
}

/**
 * De niet-gooiende vorm van {@link berekenVerblijfstermijn}: `{ succes: true, beoordeling }`,
 * of een {@link Mislukking}: `{ succes: false, soort: 'ongeldige-invoer', fouten }` bij onjuiste
 * invoer, of `{ succes: false, soort: 'geen-beleid', fouten, nietInWerking }` als het beleid dat de
 * regel nodig heeft op de peildatum niet in werking is (zie {@link GeenBeleidMislukking}).
 * Gooit alleen bij een programmeerfout.
 * `'geen-beleid'` geeft zij als de herkomst getoetst moet worden en de regio op de peildatum geen
 * indeling heeft, of als de regio van een eigen beleid op de startdatum niet geldt.
 *
 * @example
 * const uitslag = berekenVerblijfstermijnVeilig({ regio: 'almelo', opvangvorm: 'hotel', startdatum: '2026-02-30', peildatum: '2026-03-01' } as never);
 * uitslag.succes ? [] : [uitslag.soort, ...uitslag.fouten.map((fout) => fout.pad)]
 * //=> ['ongeldige-invoer', 'opvangvorm', 'startdatum']
 */
export const berekenVerblijfstermijnVeilig = /* @__PURE__ */ maakVeilig(berekenVerblijfstermijn);

interface Context {
  invoer: GevalideerdeVerblijfstermijnInvoer;
  /** De regio van de opvang: ingebouwd of een eigen regio van het beleid. */
  regio: Regio;
  beleid: Beleid | null;
  termijnen: Termijnkeuze;
  uitgesloten: ReadonlySet<Waardestatus>;
}

type Taal = 'nl' | 'en';

/**
 * Een beleid geeft alleen termijnen voor zijn eigen regio: anders zou een termijn van de ene
 * regio bij de andere worden toegepast. Geeft de regio van het beleid op de startdatum terug,
 * als die er is en wordt toegepast (zij bepaalt voor welke regio de termijnen gelden; met een
 * uitgesloten status geldt zij niet, en dan gelden de termijnen ook niet).
 *
 * Een meegegeven beleid dat helemaal geen verblijfstermijnen vastlegt, zegt niets over een
 * ingebouwde regio: dan is het een fout, geen stille "geen termijn" (de ingebouwde termijnen van
 * die regio zouden anders onopgemerkt wegvallen). Voor een eigen regio van het beleid is het
 * wel een antwoord: dat beleid legt voor zijn regio geen termijn vast.
 */
function controleerRegioVanBeleid(beleid: Beleid, meegegeven: boolean, regio: GekozenRegio, startdatum: string, termijnen: Termijnkeuze, uitgesloten: ReadonlySet<Waardestatus>): GebruikteWaarde | null {
  const perioden = beleid.parameters['verblijfsduur.regio'] ?? [];
  if (perioden.length === 0) {
    if (meegegeven && regio.beleid !== beleid) {
      throw new OngeldigeInvoerFout([
        { pad: 'opties.beleid', melding: `beleid '${beleid.id}' legt geen verblijfstermijnen vast (geen verblijfsduur.regio); laat opties.beleid weg voor de ingebouwde termijnen van regio '${regio.regio.id}'` },
      ]);
    }
    return null;
  }
  // Wordt een termijn toegepast, dan moet ook de regio van de termijnen gelden (en niet uitgesloten zijn).
  const termijnToegepast = TERMIJNGROEPEN.some((groep) => termijnen.perGroep[groep].toegepast !== null);
  const keuze = kiesWaarde(beleid, 'verblijfsduur.regio', startdatum, uitgesloten);
  // vereisteWaarde alleen als de regio ontbreekt of is uitgesloten: dan gooit zij, met de reden.
  const waarde = termijnToegepast && !keuze.toegepast ? vereisteWaarde(beleid, 'verblijfsduur.regio', startdatum, uitgesloten, 'startdatum') : keuze.toegepast;
  // Voor welke regio het beleid zijn termijnen vastlegt, ook als die waarde niet wordt toegepast.
  const genoemd = keuze.toegepast ?? keuze.uitgesloten;
  const regios = genoemd ? [genoemd.waarde.waarde] : perioden.map((periode) => periode.waarde);
  const ander = regios.find((kandidaat) => kandidaat !== regio.regio.id);
  if (ander !== undefined && !regios.includes(regio.regio.id)) {
    throw new OngeldigeInvoerFout([{ pad: 'opties.beleid', melding: `beleid '${beleid.id}' legt verblijfstermijnen vast voor regio '${ander}', niet voor regio '${regio.regio.id}'` }]);
  }
  return waarde;
}

function uiterlijkeVertrekdatum(startdatum: string, duur: Duur): string {
  return telDuurOpVanaf(startdatum, duur, 'startdatum', 'de uiterlijke vertrekdatum zou na het jaar 9999 vallen');
}

/** "de 24-uursopvang van de regio Almelo" */
function plaats({ invoer, regio, beleid }: Context): Tweetalig {
  // Onder een eigen beleid spreekt de brief over dat beleid, niet over wat in de regio geldt (audit rij 5).
  const eigen = beleid !== null && !isIngebouwdBeleidId(beleid.id);
  return {
    nl: `de ${OPVANGVORM_NAMEN[invoer.opvangvorm].nl} van de ${regio.naam}${eigen ? ` volgens ${beleid.naam}` : ''}`,
    en: `the ${OPVANGVORM_NAMEN[invoer.opvangvorm].en} of ${regioInHetEngels(regio.naam)}${eigen ? ` under ${beleid.naam}` : ''}`,
  };
}

/** Dezelfde waarde (parameter en periode) één keer. */
function uniek(waarden: readonly Termijnwaarde[]): Termijnwaarde[] {
  const gezien = new Set<string>();
  return waarden.filter((waarde) => {
    const sleutel = `${waarde.parameter}\u0000${waarde.waarde.vanaf}`;
    if (gezien.has(sleutel)) return false;
    gezien.add(sleutel);
    return true;
  });
}

/**
 * De herkomsttoets kiest de groep: uit de regio (voldaan), van buiten (niet voldaan; ook het
 * buitenland en de bijzondere gemeenten), of nog onbekend.
 */
function groepVan(toets: Herkomstvaststelling): Termijngroep | 'onbekend' {
  const { status } = toets.uitslag.grond;
  if (status === 'voldaan') return 'binnen-regio';
  return status === 'niet-voldaan' ? 'buiten-regio' : 'onbekend';
}

/** Een naam gevouwen zoals elke naam die vergeleken wordt ({@link vouwNaam}), om aanbieders te vergelijken. */
function gewoneNaam(naam: string): string {
  return vouwNaam(naam);
}

/** Of een duur bij de aanbieder van het verblijf hoort: altijd als zij geen aanbieder noemt; `'onbekend'` als de invoer er geen noemt. */
function aanbiederPast(duur: Verblijfsduur, aanbieder: string): 'ja' | 'nee' | 'onbekend' | 'lijkt-op' {
  const vanDuur = aanbiederVan(duur);
  if (vanDuur === null) return 'ja';
  const gegeven = gewoneNaam(aanbieder);
  if (gegeven === 'onbekend') return 'onbekend';
  const gevraagd = gewoneNaam(vanDuur);
  if (gegeven === gevraagd) return 'ja';
  // "Humanitas" voor "Humanitas Onder Dak": niet zeker dezelfde, en niet zeker een andere. Dan geen
  // "andere aanbieder, geen termijn" als feit, maar de vraag om de volledige naam (review van de audit).
  return gegeven.includes(gevraagd) || gevraagd.includes(gegeven) ? 'lijkt-op' : 'nee';
}

/** " bij Humanitas Onder Dak" als de duur alleen bij één aanbieder geldt, anders leeg. */
function bij(duur: Verblijfsduur, taal: Taal): string {
  const aanbieder = aanbiederVan(duur);
  return aanbieder === null ? '' : `${taal === 'nl' ? ' bij' : ' with'} ${aanbieder}`;
}

function herkomstBepaaltDuur(toets: Herkomstvaststelling, groep: Groep | 'onbekend'): Criteriumuitslag {
  const gemeente = toets.herkomstsoort === 'gemeente';
  const gevolg: Tweetalig =
    groep === 'onbekend'
      ? { nl: 'Van de herkomst hangt de maximale verblijfsduur af.', en: 'The maximum length of stay depends on the origin.' }
      : groep === 'iedereen'
        ? { nl: '', en: '' }
        : groep === 'buiten-regio' && !gemeente
          ? {
              nl: `Wie uit het buitenland of uit een bijzondere gemeente komt, komt ook van buiten de regio. Daarom gaat het om de termijn voor ${VOOR_GROEP[groep].nl}.`,
              en: `Whoever comes from abroad or from a special municipality also comes from outside the region. Therefore the term for ${VOOR_GROEP[groep].en} is the one that counts.`,
            }
          : { nl: `Daarom gaat het om de termijn voor ${VOOR_GROEP[groep].nl}.`, en: `Therefore the term for ${VOOR_GROEP[groep].en} is the one that counts.` };
  const { uitslag } = toets;
  const keuzes = [...(gemeente ? [K.herkomstPeildatum] : []), ...(groep === 'buiten-regio' && !gemeente ? [K.buitenRegio] : [])];
  return {
    grond: {
      regel: uitslag.grond.regel,
      status: uitslag.grond.status,
      toelichting: [uitslag.grond.toelichting, gevolg.nl].filter(Boolean).join(' '),
      toelichtingEn: [uitslag.grond.toelichtingEn, gevolg.en].filter(Boolean).join(' '),
      bronnen: uitslag.grond.bronnen,
    },
    ontbrekend: uitslag.ontbrekend,
    ...(Object.hasOwn(uitslag, 'waarden') ? { waarden: uitslag.waarden } : {}),
    keuzes: [...eigenLijst<string>(uitslag, 'keuzes'), ...keuzes],
  };
}

/** Geen bron: geen passage zegt dat de herkomst hier niet telt; dat volgt uit het ontbreken van een aparte termijn. */
function herkomstDoetNietTerzake(context: Context): Criteriumuitslag {
  const waar = plaats(context);
  return criteriumuitslag(
    'verblijfstermijn.herkomst',
    'niet-van-toepassing',
    {
      nl: `De herkomst maakt geen verschil voor de verblijfsduur in ${waar.nl}: voor een verblijf dat op deze eerste dag begon, is er geen aparte termijn voor cliënten van buiten of uit de regio.`,
      en: `The origin makes no difference to the length of stay in ${waar.en}: for a stay that began on this first day, there is no separate term for clients from outside or inside the region.`,
    },
    [],
  );
}

/** "Voor cliënten uit de regio is de maximale verblijfsduur in X 8 weken." */
function maximum(groep: Groep, waar: Tweetalig, lengte: Tweetalig): Tweetalig {
  if (groep === 'iedereen') return { nl: `In ${waar.nl} is de maximale verblijfsduur ${lengte.nl}.`, en: `In ${waar.en} the maximum length of stay is ${lengte.en}.` };
  return { nl: `Voor ${VOOR_GROEP[groep].nl} is de maximale verblijfsduur in ${waar.nl} ${lengte.nl}.`, en: `For ${VOOR_GROEP[groep].en} the maximum length of stay in ${waar.en} is ${lengte.en}.` };
}

/** "Voor cliënten uit de regio noemt het beleid in X een maximale verblijfsduur van 8 weken.": voor een duur die geen geldende regel is. */
function genoemd(groep: Groep, waar: Tweetalig, lengte: Tweetalig): Tweetalig {
  if (groep === 'iedereen') return { nl: `Het beleid noemt in ${waar.nl} een maximale verblijfsduur van ${lengte.nl}.`, en: `The policy names in ${waar.en} a maximum length of stay of ${lengte.en}.` };
  return {
    nl: `Voor ${VOOR_GROEP[groep].nl} noemt het beleid in ${waar.nl} een maximale verblijfsduur van ${lengte.nl}.`,
    en: `For ${VOOR_GROEP[groep].en} the policy names in ${waar.en} a maximum length of stay of ${lengte.en}.`,
  };
}

/** De plaats met de aanbieder van de duur erbij: "de 24-uursopvang van de regio Almelo bij Humanitas Onder Dak". */
function plaatsBij(context: Context, duur: Verblijfsduur): Tweetalig {
  const waar = plaats(context);
  return { nl: `${waar.nl}${bij(duur, 'nl')}`, en: `${waar.en}${bij(duur, 'en')}` };
}

function termijnGeldt(context: Context, groep: Groep, toegepast: Termijnwaarde, vertrekdatum: string, resterendeDagen: number): Criteriumuitslag {
  const { invoer } = context;
  const [peil, start, vertrek] = [invoer.peildatum, invoer.startdatum, vertrekdatum].map(datumInBeideTalen) as [Tweetalig, Tweetalig, Tweetalig];
  const duurVanBeleid = toegepast.waarde.waarde;
  // Een ambitie of planningsaanname die op verzoek is toegepast: de zin over de status (bij de waarde) zegt dat één keer;
  // deze tekst noemt haar geen geldende termijn en zegt niet "de termijn is verstreken" (audit rij 9).
  const opVerzoek = STANDAARD_UITGESLOTEN.has(toegepast.waarde.status);
  const rest: Tweetalig =
    resterendeDagen > 0
      ? { nl: `Op de peildatum, ${peil.nl}, ${resterendeDagen === 1 ? 'resteert' : 'resteren'} nog ${dagenTekst(resterendeDagen, 'nl')}.`, en: `On the reference date, ${peil.en}, ${dagenTekst(resterendeDagen, 'en')} ${resterendeDagen === 1 ? 'remains' : 'remain'}.` }
      : resterendeDagen === 0
        ? opVerzoek
          ? { nl: `De peildatum, ${peil.nl}, is die datum.`, en: `The reference date, ${peil.en}, is that date.` }
          : { nl: `De peildatum, ${peil.nl}, is de laatste dag binnen de termijn.`, en: `The reference date, ${peil.en}, is the last day within the term.` }
        : opVerzoek
          ? { nl: `De peildatum, ${peil.nl}, ligt ${dagenTekst(-resterendeDagen, 'nl')} na die datum.`, en: `The reference date, ${peil.en}, is ${dagenTekst(-resterendeDagen, 'en')} after that date.` }
          : {
              nl: `De peildatum, ${peil.nl}, ligt ${dagenTekst(-resterendeDagen, 'nl')} na die datum. De termijn is verstreken.`,
              en: `The reference date, ${peil.en}, is ${dagenTekst(-resterendeDagen, 'en')} after that date. The term has passed.`,
            };
  const waar = plaatsBij(context, duurVanBeleid);
  const lengte = duurInBeideTalen(duurVanBeleid);
  const eenheid = EENHEIDSKEUZE[duurVanBeleid.eenheid];
  const tekst: Tweetalig = opVerzoek
    ? (() => {
        const kop = genoemd(groep, waar, lengte);
        return {
          nl: `${kop.nl} Gerekend vanaf de eerste dag van het verblijf, ${start.nl}, is de uiterlijke vertrekdatum dan ${vertrek.nl}. ${rest.nl}`,
          en: `${kop.en} Counted from the first day of the stay, ${start.en}, the latest departure date is then ${vertrek.en}. ${rest.en}`,
        };
      })()
    : (() => {
        const kop = maximum(groep, waar, lengte);
        // Noemt de bron geen datums (datumkeuze), dan is "gold op de eerste dag" onze lezing, geen feit uit de bron
        // (audit december 2026, rijen 2 en 10): zo staat het er ook.
        const gekozen = Object.hasOwn(toegepast.waarde, 'datumkeuze') && toegepast.waarde.datumkeuze !== undefined;
        const gold: Tweetalig = gekozen
          ? {
              nl: `De bron noemt geen datums voor deze termijn; volgens de looptijd die daarom gekozen is, gold zij op de eerste dag van het verblijf, ${start.nl}. Zij geldt voor het hele verblijf.`,
              en: `The source gives no dates for this term; by the period chosen for that reason, it was in force on the first day of the stay, ${start.en}. It applies to the whole stay.`,
            }
          : { nl: `Die termijn gold op de eerste dag van het verblijf, ${start.nl}, en geldt voor het hele verblijf.`, en: `That term was in force on the first day of the stay, ${start.en}, and applies to the whole stay.` };
        return {
          nl: `${kop.nl} ${gold.nl} De uiterlijke vertrekdatum is ${vertrek.nl}. ${rest.nl}`,
          en: `${kop.en} ${gold.en} The latest departure date is ${vertrek.en}. ${rest.en}`,
        };
      })();
  return criteriumuitslag('verblijfstermijn.termijn', resterendeDagen >= 0 ? 'voldaan' : 'niet-voldaan', tekst, [], [], {
    waarden: [toegepast],
    keuzes: [K.startdatum, K.laatsteDag, ...(eenheid ? [eenheid] : []), ...(aanbiederVan(duurVanBeleid) !== null ? [K.aanbieder] : [])],
  });
}

/**
 * De duur die zou gelden, noemt het beleid alleen voor één aanbieder, en het verblijf is bij een
 * andere aanbieder (geen termijn) of de invoer noemt geen aanbieder (onbekend). De waarde is
 * toegepast: haar aanbieder besliste. Zo citeert de grond haar bron en zegt hij hoe vast zij staat;
 * een vertrekdatum is er niet.
 */
function termijnVanAndereAanbieder(context: Context, groep: Groep, gevonden: Termijnwaarde, bijAanbieder: 'nee' | 'onbekend' | 'lijkt-op'): Criteriumuitslag {
  const duurVanBeleid = gevonden.waarde.waarde;
  const lengte = duurInBeideTalen(duurVanBeleid);
  const waar = plaats(context);
  const aanbieder = aanbiederVan(duurVanBeleid) ?? '';
  const kop: Tweetalig = {
    nl: `${hoofdletter(voor(groep, 'nl'))}${groep === 'iedereen' ? 'In' : 'in'} ${waar.nl} noemt het beleid een maximale verblijfsduur van ${lengte.nl} alleen bij ${aanbieder}.`,
    en: `${hoofdletter(voor(groep, 'en'))}${groep === 'iedereen' ? 'In' : 'in'} ${waar.en} the policy names a maximum length of stay of ${lengte.en} only with ${aanbieder}.`,
  };
  if (bijAanbieder !== 'nee') {
    const waarom: Tweetalig =
      bijAanbieder === 'lijkt-op'
        ? {
            nl: `De opgegeven aanbieder heeft niet precies die naam. Of het verblijf bij ${aanbieder} is, is daardoor niet zeker. Zolang dat niet vaststaat, is de termijn niet te bepalen.`,
            en: `The provider given does not have exactly that name. So it is not certain that the stay is with ${aanbieder}. Until that is established, the term cannot be determined.`,
          }
        : { nl: 'Bij welke aanbieder dit verblijf is, is onbekend. Zolang dat onbekend is, is de termijn niet te bepalen.', en: 'With which provider this stay is, is unknown. While that is unknown, the term cannot be determined.' };
    return criteriumuitslag(
      'verblijfstermijn.termijn',
      'onbekend',
      {
        nl: `${kop.nl} ${waarom.nl}`,
        en: `${kop.en} ${waarom.en}`,
      },
      [],
      ['aanbieder'],
      { waarden: [gevonden], keuzes: [K.aanbieder] },
    );
  }
  return criteriumuitslag(
    'verblijfstermijn.termijn',
    'niet-van-toepassing',
    {
      nl: `${kop.nl} Dit verblijf is bij een andere aanbieder. Voor die aanbieder noemt het beleid geen termijn. Er geldt dus geen termijn.`,
      en: `${kop.en} This stay is with another provider. The policy names no term for that provider. So no term applies.`,
    },
    [],
    [],
    { waarden: [gevonden], keuzes: [K.aanbieder] },
  );
}

/** "voor cliënten uit de regio " of leeg (iedereen). */
function voor(groep: Groep, taal: Taal): string {
  return groep === 'iedereen' ? '' : `${taal === 'nl' ? 'voor' : 'for'} ${VOOR_GROEP[groep][taal]} `;
}

function geenTermijn(context: Context, groep: Groep): Criteriumuitslag {
  const { invoer, regio, beleid, termijnen, uitgesloten } = context;
  const waar = plaats(context);
  const regel = (tekst: Tweetalig, keuzes: string[] = []) => criteriumuitslag('verblijfstermijn.termijn', 'niet-van-toepassing', tekst, [], [], { keuzes });
  if (!beleid) {
    return regel({
      nl: `Voor de ${regio.naam} zijn in deze regels geen verblijfstermijnen vastgelegd. Er geldt dus geen maximale verblijfsduur in ${waar.nl}. Een termijn van een andere regio wordt niet gebruikt.`,
      en: `No terms of stay are recorded in these rules for ${regioInHetEngels(regio.naam)}. So no maximum length of stay applies in ${waar.en}. A term of another region is not used.`,
    });
  }
  const groepen = groep === 'iedereen' ? TERMIJNGROEPEN : [groep];
  // De vroegste latere termijn; reduce leest geen index van een lege lijst (die een vervuild prototype zou lezen).
  const perGroep = groepen.map((kandidaat) => ({ groep: kandidaat, waarde: latereTermijn(beleid, invoer.opvangvorm, invoer.startdatum, kandidaat, uitgesloten) }));
  const vroegste = perGroep.reduce<{ groep: Groep; waarde: GedateerdeWaarde<Verblijfsduur> | null }>(
    (eerder, kandidaat) => (kandidaat.waarde !== null && (eerder.waarde === null || kandidaat.waarde.vanaf < eerder.waarde.vanaf) ? kandidaat : eerder),
    { groep, waarde: null },
  );
  const later = vroegste.waarde;
  // Geldt de latere termijn maar voor één groep (de 2 nachten voor wie van buiten de regio komt), dan zegt de grond
  // voor wie: anders leest een cliënt uit de regio een termijn die nooit de zijne wordt (review van de audit).
  const voorWie: Groep = groep === 'iedereen' && perGroep.some((kandidaat) => kandidaat.waarde !== later) ? vroegste.groep : groep;
  const geen: Tweetalig = {
    nl: groep === 'iedereen' ? `Er geldt geen maximale verblijfsduur in ${waar.nl}.` : `Voor ${VOOR_GROEP[groep].nl} geldt er geen maximale verblijfsduur in ${waar.nl}.`,
    en: hoofdletter(`${voor(groep, 'en')}no maximum length of stay applies in ${waar.en}.`),
  };
  if (later) {
    const start = datumInBeideTalen(invoer.startdatum);
    const vanaf = datumInBeideTalen(later.vanaf);
    const welke: Tweetalig = {
      nl: `een termijn van ${schrijfDuur(later.waarde, 'nl')}${bij(later.waarde, 'nl')}`,
      en: `a term of ${schrijfDuur(later.waarde, 'en')}${bij(later.waarde, 'en')}`,
    };
    // Een gekozen begindatum is geen feit over de regio: de grond zegt dat zij gekozen is (audit rij 10),
    // en wie koos: in het ingebouwde beleid deze regels, in een eigen beleid dat beleid.
    const gekozen = Object.hasOwn(later, 'datumkeuze') && later.datumkeuze !== undefined;
    const kiezer = isIngebouwdBeleidId(beleid.id)
      ? { nl: 'Deze regels laten', nlRekent: 'rekenen zij', en: 'These rules start', enRekent: 'they count' }
      : { nl: 'Het beleid laat', nlRekent: 'rekent het beleid', en: 'The policy starts', enRekent: 'the policy counts' };
    const tekst: Tweetalig = gekozen
      ? {
          nl: `Het verblijf begon op ${start.nl}. ${kiezer.nl} ${welke.nl} ${voor(voorWie, 'nl')}in ${waar.nl} ingaan op ${vanaf.nl}. De bron noemt geen begindatum; die datum is gekozen. Voor een verblijf dat eerder begon, ${kiezer.nlRekent} geen termijn. Er geldt dus geen termijn voor dit verblijf.`,
          en: `The stay began on ${start.en}. ${kiezer.en} ${welke.en} ${voor(voorWie, 'en')}in ${waar.en} on ${vanaf.en}. The source names no start date; that date was chosen. For a stay that began earlier, ${kiezer.enRekent} no term. So no term applies to this stay.`,
        }
      : {
          nl: `Het verblijf begon op ${start.nl}. Op die dag gold ${voor(groep, 'nl')}nog geen maximale verblijfsduur in ${waar.nl}. ${hoofdletter(welke.nl)} ${voor(voorWie, 'nl')}geldt pas voor een verblijf dat op of na ${vanaf.nl} begint. Er geldt dus geen termijn voor dit verblijf.`,
          en: `The stay began on ${start.en}. On that day no maximum length of stay was yet in force ${voor(groep, 'en')}in ${waar.en}. ${hoofdletter(welke.en)} ${voor(voorWie, 'en')}applies only to a stay that begins on or after ${vanaf.en}. So no term applies to this stay.`,
        };
    return regel(tekst, [K.startdatum]);
  }
  const nietToegepast = groepen.some((kandidaat) => termijnen.perGroep[kandidaat].uitgesloten.length > 0);
  const gevolg: Tweetalig = nietToegepast
    ? { nl: 'De termijn die het beleid noemt, is geen geldende regel en is niet toegepast (zie de aandachtspunten). Er geldt dus geen termijn.', en: 'The term the policy names is not a rule in force and was not applied (see the points of attention). So no term applies.' }
    : { nl: 'Er geldt dus geen termijn. Een termijn van een andere regio of opvangvorm wordt niet gebruikt.', en: 'So no term applies. A term of another region or type of shelter is not used.' };
  return regel({ nl: `${geen.nl} ${gevolg.nl}`, en: `${geen.en} ${gevolg.en}` });
}

function termijnHangtAfVanHerkomst(context: Context): Criteriumuitslag {
  const { invoer, termijnen } = context;
  const waar = plaats(context);
  const mogelijkheid = (groep: Termijngroep, taal: Taal): string => {
    const toegepast = termijnen.perGroep[groep].toegepast;
    const wie = VOOR_GROEP[groep][taal];
    if (!toegepast) return taal === 'nl' ? `voor ${wie} geen termijn` : `for ${wie} no term`;
    const lengte = `${schrijfDuur(toegepast.waarde.waarde, taal)}${bij(toegepast.waarde.waarde, taal)}`;
    const vertrek = schrijfDatum(uiterlijkeVertrekdatum(invoer.startdatum, toegepast.waarde.waarde), taal);
    return taal === 'nl' ? `voor ${wie} ${lengte}, met als uiterlijke vertrekdatum ${vertrek}` : `for ${wie} ${lengte}, with ${vertrek} as the latest departure date`;
  };
  const lijst = (taal: Taal) => TERMIJNGROEPEN.map((groep) => mogelijkheid(groep, taal)).join('; ');
  return criteriumuitslag(
    'verblijfstermijn.termijn',
    'onbekend',
    {
      nl: `De maximale verblijfsduur in ${waar.nl} hangt af van de herkomst: ${lijst('nl')}. Zolang de herkomst onbekend is, is de termijn niet te bepalen.`,
      en: `The maximum length of stay in ${waar.en} depends on the origin: ${lijst('en')}. While the origin is unknown, the term cannot be determined.`,
    },
    [],
    // Noemt een van de mogelijke termijnen een aanbieder en de invoer niet, dan ontbreekt die ook.
    [
      'gemeenteVanHerkomst',
      ...(invoer.aanbieder === 'onbekend' && TERMIJNGROEPEN.some((groep) => { const toegepast = termijnen.perGroep[groep].toegepast; return toegepast !== null && aanbiederVan(toegepast.waarde.waarde) !== null; }) ? ['aanbieder'] : []),
    ],
  );
}

/** Het signaal bij elke termijn die zou gelden maar een uitgesloten status heeft; het citeert die termijn. */
function nietToegepasteWaarden(context: Context, waarden: readonly Termijnwaarde[]): Criteriumuitslag {
  const waar = plaats(context);
  const zin = (waarde: Termijnwaarde, taal: Taal): string => {
    const wie = waarde.parameter.endsWith('.binnen-regio') ? VOOR_GROEP['binnen-regio'][taal] : waarde.parameter.endsWith('.buiten-regio') ? VOOR_GROEP['buiten-regio'][taal] : taal === 'nl' ? 'iedereen' : 'everyone';
    const lengte = `${schrijfDuur(waarde.waarde.waarde, taal)}${bij(waarde.waarde.waarde, taal)}`;
    const status = STATUS_IN_WOORDEN[waarde.waarde.status][taal];
    const standaard = STANDAARD_UITGESLOTEN.has(waarde.waarde.status);
    if (taal === 'en') {
      const waarom = standaard ? `That is ${status}, not a term in force. So it was not applied.` : `That is ${status}; on request, terms with this status were not applied.`;
      return `The policy names for ${wie} in ${waar.en} a maximum length of stay of ${lengte}. ${waarom}${waarde.waarde.toelichting ? ` ${waardetoelichting(waarde.waarde, 'en')}` : ''}`;
    }
    const waarom = standaard ? `Dat is ${status}, geen geldende termijn. Daarom is die niet toegepast.` : `Dat is ${status}. Op verzoek zijn termijnen met deze status niet toegepast.`;
    return `Het beleid noemt voor ${wie} in ${waar.nl} een maximale verblijfsduur van ${lengte}. ${waarom}${waarde.waarde.toelichting ? ` ${waarde.waarde.toelichting}` : ''}`;
  };
  return criteriumuitslag(
    'verblijfstermijn.niet-toegepaste-waarde',
    'voldaan',
    { nl: waarden.map((waarde) => zin(waarde, 'nl')).join(' '), en: waarden.map((waarde) => zin(waarde, 'en')).join(' ') },
    [],
    [],
    { uitgesloten: waarden },
  );
}

/**
 * Het signaal bij het buitenland of een bijzondere gemeente (visie MO §9.2): alleen een signaal.
 * De termijn is die voor cliënten van buiten de regio; de visie maakt voor deze groepen geen
 * uitzondering (audit rij 8).
 */
function aandachtsgroep(herkomst: GelezenHerkomst): Criteriumuitslag {
  const tekst: Tweetalig =
    herkomst.herkomstsoort === 'bijzondere-gemeente'
      ? {
          nl: `De cliënt komt uit ${herkomst.bijzondereGemeente}, een bijzondere gemeente. De visie noemt mensen uit een bijzondere gemeente als een groep die landelijk extra aandacht vraagt, omdat de wet- en regelgeving onvoldoende in haar voorziet.`,
          en: `The client comes from ${herkomst.bijzondereGemeente}, a special municipality. The visie names people from a special municipality as a group that needs extra attention nationally, because laws and regulations do not sufficiently provide for it.`,
        }
      : {
          nl: 'De cliënt komt uit het buitenland. De visie noemt onder meer remigranten, mensen die tijdelijk in het buitenland hebben verbleven, als een groep die landelijk extra aandacht vraagt, omdat de wet- en regelgeving onvoldoende in haar voorziet. Of de cliënt tot zo\'n groep hoort, zegt de invoer niet.',
          en: 'The client comes from abroad. The visie names among others remigrants, people who stayed abroad for a time, as a group that needs extra attention nationally, because laws and regulations do not sufficiently provide for it. The input does not say whether the client belongs to such a group.',
        };
  const bronnen = herkomst.herkomstsoort === 'bijzondere-gemeente' ? [VERBLIJFSTERMIJN_BRONNEN.aandachtsgroepen] : [VERBLIJFSTERMIJN_BRONNEN.aandachtsgroepen, VERBLIJFSTERMIJN_BRONNEN.remigranten];
  return criteriumuitslag(
    'verblijfstermijn.aandachtsgroep',
    'voldaan',
    {
      nl: `${tekst.nl} Dit signaal verandert de termijn niet: die is dezelfde als voor andere cliënten van buiten de regio.`,
      en: `${tekst.en} This signal does not change the term: it is the same as for other clients from outside the region.`,
    },
    bronnen,
  );
}

/** Het signaal bij de acute opvang van IJssel-Vecht: wat de visie als ambitie voor 2032 in die opvang wil regelen (§3.2, bijlage 2). */
function regelenInAcuteOpvang(): Criteriumuitslag {
  return criteriumuitslag(
    'verblijfstermijn.regelen-in-acute-opvang',
    'voldaan',
    {
      nl: 'De visie beschrijft als ambitie voor 2032 dat in de regionale acute opvang voor de cliënt een identiteitsbewijs, een uitkering en een zorgverzekering worden geregeld. De centrale toegang maakt dan samen met de cliënt een ondersteuningsplan voor de zorgaanbieder die de begeleiding gaat bieden. Dit is een ambitie, geen plicht of recht dat nu geldt. Het verandert de termijn niet.',
      en: 'The visie describes as an ambition for 2032 that an identity document, benefits and health insurance are arranged for the client in the regional emergency shelter. The central access point then makes a support plan with the client for the care provider that will give the support. This is an ambition, not a duty or right in force now. It does not change the term.',
    },
    [VERBLIJFSTERMIJN_BRONNEN.regelenInAcuteOpvang, VERBLIJFSTERMIJN_BRONNEN.regelenAmbitie2032],
  );
}
