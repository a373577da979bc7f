import { isIngebouwdBeleidId } from '../../beleid/ids.js';
import type { Beleid } from '../../beleid/beleid.js';
import type { GedateerdeWaarde } from '../../beleid/gedateerd.js';
import type { Waardestatus } from '../../types/waardestatus.js';
import { INGEBOUWD_BELEID, type BeleidId } from '../../beleid/ingebouwd.js';
import { kiesBeleid } from '../../beleid/opzoeken.js';
import { schrijfDatum } from '../../calculators/datum.js';
import { dagenTussen, schrijfDuur, telDuurOp, type Duur } from '../../calculators/termijn.js';
import { kiesRegio, type GekozenRegio } from '../../beleid/regio.js';
import type { Regio } from '../../data/regios.js';
import type { RegioId } from '../../data/regio-ids.js';
import { eigenLijst, maakBeoordeling, metVelden, type Criteriumuitslag, type GebruikteWaarde } from '../../kern/besluit.js';
import { kiesWaarde, vereisteWaarde } from '../../kern/beleidswaarden.js';
import { criteriumuitslag } from '../../kern/feiten.js';
import { STANDAARD_UITGESLOTEN, leesOpties, type Regelopties } from '../../kern/opties.js';
import { STATUS_IN_WOORDEN, hoofdletter } from '../../kern/teksten.js';
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
import { GEEN_TERMIJNEN, TERMIJNGROEPEN, kiesTermijnen, latereTermijn, type Termijngroep, type Termijnkeuze, type Termijnwaarde } from './termijnen.js';

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
  aandachtsgroep: { nl: 'wie uit het buitenland of uit een bijzondere gemeente komt', en: 'whoever comes from abroad or from a special municipality' },
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
 * of een bijzondere gemeente komt, krijgt geen termijn voor `buiten-regio`, alleen een termijn
 * voor iedereen (met een signaal). Standaard worden ambities en planningsaannames niet
 * toegepast (met een signaal); met `uitgeslotenStatussen: []` wel.
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
 * berekenVerblijfstermijn({ ...buitenRegio, gemeenteVanHerkomst: 'Bonaire' }).uitkomst //=> 'geen-termijn'
 * berekenVerblijfstermijn({ ...buitenRegio, gemeenteVanHerkomst: 'onbekend' }).ontbrekendeGegevens //=> ['gemeenteVanHerkomst']
 * berekenVerblijfstermijn({ ...buitenRegio, startdatum: '2023-06-01', peildatum: '2023-06-22' }).uitkomst //=> 'geen-termijn'
 * berekenVerblijfstermijn({ regio: 'almelo', opvangvorm: '24-uursopvang', startdatum: '2026-05-31', peildatum: '2026-06-01' }).uiterlijkeVertrekdatum
 * //=> '2027-02-28'
 */
export function berekenVerblijfstermijn(invoer: VerblijfstermijnInvoer, opties?: VerblijfstermijnOpties): VerblijfstermijnBeoordeling {
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
  const toegepast = keuze?.toegepast ?? null;
  const vertrekdatum = toegepast ? uiterlijkeVertrekdatum(startdatum, toegepast.waarde.waarde) : null;
  const resterendeDagen = vertrekdatum === null ? null : dagenTussen(peildatum, vertrekdatum);
  const termijnUitslag =
    groep === 'onbekend'
      ? termijnHangtAfVanHerkomst(context)
      : toegepast && vertrekdatum !== null && resterendeDagen !== null
        ? termijnGeldt(context, groep, toegepast, vertrekdatum, resterendeDagen)
        : geenTermijn(context, groep);

  const signalen: Criteriumuitslag[] = [];
  // Bij één bekende groep de waarden die voor die groep zouden gelden; anders die van elke groep.
  const nietToegepast = keuze && groep !== 'iedereen' ? keuze.uitgesloten : uniek(TERMIJNGROEPEN.flatMap((kandidaat) => termijnen.perGroep[kandidaat].uitgesloten));
  if (nietToegepast.length > 0) signalen.push(nietToegepasteWaarden(context, nietToegepast));
  if (toets && groep === 'aandachtsgroep') signalen.push(aandachtsgroep(toets));
  if (toets?.uitslag.grond.status === 'niet-voldaan') signalen.push(landelijkeToegankelijkheid());

  const beoordeling = maakBeoordeling(
    VERBLIJFSTERMIJN,
    { peildatum, beleid, waarden: regioVanBeleid ? [regioVanBeleid] : [] },
    [herkomstUitslag, termijnUitslag, ...signalen],
    UITKOMST_PER_STATUS[termijnUitslag.grond.status],
    termijnUitslag.ontbrekend,
  );
  return metVelden(beoordeling, {
    maximaleDuur: toegepast ? { ...toegepast.waarde.waarde } : null,
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
  try {
    return telDuurOp(startdatum, duur);
  } catch (fout) {
    if (fout instanceof OngeldigeInvoerFout) throw new OngeldigeInvoerFout([{ pad: 'startdatum', melding: 'de uiterlijke vertrekdatum zou na het jaar 9999 vallen' }]);
    throw fout;
  }
}

function datum(waarde: string): Tweetalig {
  return { nl: schrijfDatum(waarde, 'nl'), en: schrijfDatum(waarde, 'en') };
}

function duur(waarde: Duur): Tweetalig {
  return { nl: schrijfDuur(waarde, 'nl'), en: schrijfDuur(waarde, 'en') };
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

/** De herkomsttoets kiest de groep: uit de regio (voldaan), van buiten (niet voldaan), de aandachtsgroep, of nog onbekend. */
function groepVan(toets: Herkomstvaststelling): Termijngroep | 'onbekend' {
  const { status } = toets.uitslag.grond;
  if (status === 'voldaan') return 'binnen-regio';
  if (status !== 'niet-voldaan') return 'onbekend';
  return toets.herkomstsoort === 'gemeente' ? 'buiten-regio' : 'aandachtsgroep';
}

function herkomstBepaaltDuur(toets: Herkomstvaststelling, groep: Groep | 'onbekend'): Criteriumuitslag {
  const gevolg: Tweetalig =
    groep === 'onbekend'
      ? { nl: 'Van de herkomst hangt de maximale verblijfsduur af.', en: 'The maximum length of stay depends on the origin.' }
      : groep === 'aandachtsgroep'
        ? {
            nl: 'De termijn voor cliënten van buiten de regio geldt niet voor wie uit het buitenland of uit een bijzondere gemeente komt. Daarom telt alleen een termijn die voor iedereen geldt.',
            en: 'The term for clients from outside the region does not apply to whoever comes from abroad or from a special municipality. Therefore only a term that applies to everyone counts.',
          }
        : groep === 'iedereen'
          ? { nl: '', en: '' }
          : { nl: `Daarom gaat het om de termijn voor ${VOOR_GROEP[groep].nl}.`, en: `Therefore the term for ${VOOR_GROEP[groep].en} is the one that counts.` };
  const { uitslag } = toets;
  const keuzes = [...(toets.herkomstsoort === 'gemeente' ? [K.herkomstPeildatum] : []), ...(groep === 'aandachtsgroep' ? [K.aandachtsgroep] : [])];
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
      nl: `De herkomst maakt geen verschil voor de verblijfsduur in ${waar.nl}: er is geen aparte termijn voor cliënten van buiten of uit de regio.`,
      en: `The origin makes no difference to the length of stay in ${waar.en}: there is no separate term for clients from outside or inside the region.`,
    },
    [],
  );
}

/** "Voor cliënten uit de regio is de maximale verblijfsduur in X 8 weken." */
function maximum(groep: Groep, waar: Tweetalig, lengte: Tweetalig): Tweetalig {
  if (groep === 'iedereen') return { nl: `In ${waar.nl} is de maximale verblijfsduur ${lengte.nl}.`, en: `In ${waar.en} the maximum length of stay is ${lengte.en}.` };
  if (groep === 'aandachtsgroep') {
    return { nl: `De maximale verblijfsduur voor iedereen in ${waar.nl} is ${lengte.nl}.`, en: `The maximum length of stay for everyone in ${waar.en} is ${lengte.en}.` };
  }
  return { nl: `Voor ${VOOR_GROEP[groep].nl} is de maximale verblijfsduur in ${waar.nl} ${lengte.nl}.`, en: `For ${VOOR_GROEP[groep].en} the maximum length of stay in ${waar.en} is ${lengte.en}.` };
}

function termijnGeldt(context: Context, groep: Groep, toegepast: Termijnwaarde, vertrekdatum: string, resterendeDagen: number): Criteriumuitslag {
  const { invoer } = context;
  const [peil, start, vertrek] = [invoer.peildatum, invoer.startdatum, vertrekdatum].map(datum) as [Tweetalig, Tweetalig, Tweetalig];
  const dagen = (aantal: number, taal: Taal) => schrijfDuur({ aantal, eenheid: 'dagen' }, taal);
  const rest: Tweetalig =
    resterendeDagen > 0
      ? { nl: `Op de peildatum, ${peil.nl}, ${resterendeDagen === 1 ? 'resteert' : 'resteren'} nog ${dagen(resterendeDagen, 'nl')}.`, en: `On the reference date, ${peil.en}, ${dagen(resterendeDagen, 'en')} ${resterendeDagen === 1 ? 'remains' : 'remain'}.` }
      : resterendeDagen === 0
        ? { nl: `De peildatum, ${peil.nl}, is de laatste dag binnen de termijn.`, en: `The reference date, ${peil.en}, is the last day within the term.` }
        : {
            nl: `De peildatum, ${peil.nl}, ligt ${dagen(-resterendeDagen, 'nl')} na die datum. De termijn is verstreken.`,
            en: `The reference date, ${peil.en}, is ${dagen(-resterendeDagen, 'en')} after that date. The term has passed.`,
          };
  const kop = maximum(groep, plaats(context), duur(toegepast.waarde.waarde));
  const eenheid = EENHEIDSKEUZE[toegepast.waarde.waarde.eenheid];
  return criteriumuitslag(
    'verblijfstermijn.termijn',
    resterendeDagen >= 0 ? 'voldaan' : 'niet-voldaan',
    {
      nl: `${kop.nl} Die termijn gold op de eerste dag van het verblijf, ${start.nl}, en geldt voor het hele verblijf. De uiterlijke vertrekdatum is ${vertrek.nl}. ${rest.nl}`,
      en: `${kop.en} That term was in force on the first day of the stay, ${start.en}, and applies to the whole stay. The latest departure date is ${vertrek.en}. ${rest.en}`,
    },
    [],
    [],
    { waarden: [toegepast], keuzes: [K.startdatum, K.laatsteDag, ...(eenheid ? [eenheid] : [])] },
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
  const later = groepen
    .map((kandidaat) => latereTermijn(beleid, invoer.opvangvorm, invoer.startdatum, kandidaat, uitgesloten))
    .reduce<GedateerdeWaarde<Duur> | null>((vroegste, waarde) => (waarde !== null && (vroegste === null || waarde.vanaf < vroegste.vanaf) ? waarde : vroegste), null);
  const geen: Tweetalig = {
    nl: groep === 'iedereen' ? `Er geldt geen maximale verblijfsduur in ${waar.nl}.` : `Voor ${VOOR_GROEP[groep].nl}${groep === 'aandachtsgroep' ? ',' : ''} geldt er geen maximale verblijfsduur in ${waar.nl}.`,
    en: hoofdletter(`${voor(groep, 'en')}no maximum length of stay applies in ${waar.en}.`),
  };
  if (later) {
    const start = datum(invoer.startdatum);
    const vanaf = datum(later.vanaf);
    const welke: Tweetalig = groep === 'iedereen' ? { nl: 'Een termijn', en: 'A term' } : { nl: `Een termijn van ${schrijfDuur(later.waarde, 'nl')}`, en: `A term of ${schrijfDuur(later.waarde, 'en')}` };
    return regel(
      {
        nl: `Het verblijf begon op ${start.nl}. Op die dag gold ${voor(groep, 'nl')}nog geen maximale verblijfsduur in ${waar.nl}. ${welke.nl} geldt pas voor een verblijf dat op of na ${vanaf.nl} begint. Er geldt dus geen termijn voor dit verblijf.`,
        en: `The stay began on ${start.en}. On that day no maximum length of stay was yet in force ${voor(groep, 'en')}in ${waar.en}. ${welke.en} applies only to a stay that begins on or after ${vanaf.en}. So no term applies to this stay.`,
      },
      [K.startdatum],
    );
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
    const lengte = schrijfDuur(toegepast.waarde.waarde, taal);
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
    ['gemeenteVanHerkomst'],
  );
}

/** Het signaal bij elke termijn die zou gelden maar een uitgesloten status heeft; het citeert die termijn. */
function nietToegepasteWaarden(context: Context, waarden: readonly Termijnwaarde[]): Criteriumuitslag {
  const waar = plaats(context);
  const zin = (waarde: Termijnwaarde, taal: Taal): string => {
    const wie = waarde.parameter.endsWith('.binnen-regio') ? VOOR_GROEP['binnen-regio'][taal] : waarde.parameter.endsWith('.buiten-regio') ? VOOR_GROEP['buiten-regio'][taal] : taal === 'nl' ? 'iedereen' : 'everyone';
    const lengte = schrijfDuur(waarde.waarde.waarde, taal);
    const status = STATUS_IN_WOORDEN[waarde.waarde.status][taal];
    const standaard = STANDAARD_UITGESLOTEN.has(waarde.waarde.status);
    if (taal === 'en') {
      const waarom = standaard ? `That is ${status}, not a term in force. So it was not applied.` : `That is ${status}; on request, terms with this status were not applied.`;
      return `The policy names for ${wie} in ${waar.en} a maximum length of stay of ${lengte}. ${waarom}${waarde.waarde.toelichting ? ` The reasoning, in Dutch: ${waarde.waarde.toelichting}` : ''}`;
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

/** Het signaal bij het buitenland of een bijzondere gemeente (visie MO §9.2). */
function aandachtsgroep(herkomst: GelezenHerkomst): Criteriumuitslag {
  const wie: Tweetalig =
    herkomst.herkomstsoort === 'bijzondere-gemeente'
      ? { nl: `De cliënt komt uit ${herkomst.bijzondereGemeente}, een bijzondere gemeente.`, en: `The client comes from ${herkomst.bijzondereGemeente}, a special municipality.` }
      : { nl: 'De cliënt komt uit het buitenland.', en: 'The client comes from abroad.' };
  return criteriumuitslag(
    'verblijfstermijn.aandachtsgroep',
    'voldaan',
    {
      nl: `${wie.nl} Voor deze groep voorziet de landelijke wet- en regelgeving onvoldoende. Daarom geldt voor deze cliënt niet de termijn voor mensen van buiten de regio, maar alleen een termijn voor iedereen.`,
      en: `${wie.en} National laws and regulations do not sufficiently provide for this group. Therefore the term for people from outside the region does not apply to this client; only a term for everyone does.`,
    },
    [VERBLIJFSTERMIJN_BRONNEN.aandachtsgroepen],
  );
}
