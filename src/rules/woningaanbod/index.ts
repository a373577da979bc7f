import type { Beleid } from '../../beleid/beleid.js';
import type { GedateerdeWaarde } from '../../beleid/gedateerd.js';
import { isIngebouwdBeleidId } from '../../beleid/ids.js';
import { INGEBOUWD_BELEID, type BeleidId } from '../../beleid/ingebouwd.js';
import { kiesBeleid } from '../../beleid/opzoeken.js';
import { kiesRegio, type GekozenRegio } from '../../beleid/regio.js';
import { dagenTussen, schrijfDuur, telDuurOpVanaf, type Duur } from '../../calculators/termijn.js';
import type { Regio } from '../../data/regios.js';
import type { RegioId } from '../../data/regio-ids.js';
import { kiesWaarde, vereisteWaarde, type Beleidswaarde } from '../../kern/beleidswaarden.js';
import { maakBeoordeling, metVelden, type Criteriumuitslag, type GebruikteWaarde } from '../../kern/besluit.js';
import { criteriumuitslag } from '../../kern/feiten.js';
import { STANDAARD_UITGESLOTEN, leesOpties, type Regelopties } from '../../kern/opties.js';
import { STATUS_IN_WOORDEN, dagenTekst, datumInBeideTalen, duurInBeideTalen } from '../../kern/teksten.js';
import { valideer } from '../../kern/valideer.js';
import type { Beoordeling } from '../../types/beoordeling.js';
import type { Status } from '../../types/feit.js';
import { OngeldigeInvoerFout } from '../../types/fouten.js';
import type { Tweetalig } from '../../types/tweetalig.js';
import { maakVeilig } from '../../types/uitslag.js';
import type { Waardestatus } from '../../types/waardestatus.js';
import { regioInHetEngels, verwijzingNaar, type Regioverwijzing } from '../herkomst/criterium.js';
import { WONINGAANBOD, WONINGAANBOD_DOCUMENT, WONINGAANBOD_KEUZES as K } from './beschrijving.js';
import { WoningaanbodInvoerSchema, type GevalideerdeWoningaanbodInvoer, type WoningaanbodInvoer } from './invoer.js';
import { zonderVervuiling } from '../../kern/schoon-prototype.js';

/** De uitkomsten van {@link berekenWoningaanbod}. */
export type WoningaanbodUitkomst = 'aangeboden' | 'binnen-termijn' | 'termijn-verstreken' | 'geen-termijn' | 'aanvullen';

/**
 * Opties van {@link berekenWoningaanbod}:
 * - `beleid`: het beleid met de termijn voor een woningaanbod, een ingebouwd id of een eigen
 *   beleid uit {@link defineBeleid}. Standaard het ingebouwde beleid van de regio (`'almelo'` of
 *   `'ijssel-vecht'`; alleen `'almelo'` legt een termijn vast); voor een regio zonder ingebouwd
 *   beleid geldt dan geen termijn. Het beleid moet voor dezelfde regio gelden (parameter
 *   `woningaanbod.regio`).
 * - `uitgeslotenStatussen`: een termijn met zo'n status wordt niet toegepast, alsof hij er niet
 *   is; een signaal noemt hem. Standaard `['ambitie', 'planningsaanname']`. De ingebouwde termijn
 *   van Almelo is `'praktijk'`: met `['praktijk']` geldt hij niet.
 */
export type WoningaanbodOpties = Regelopties;

/** Het resultaat van {@link berekenWoningaanbod}. */
export interface WoningaanbodBeoordeling extends Beoordeling<WoningaanbodUitkomst> {
  /** De termijn voor het aanbod die geldt (in Almelo 6 maanden), of `null` als er geen geldt. */
  termijn: Duur | null;
  /** De status van die termijn (`'praktijk'`, ...), of `null` als er geen termijn is. */
  statusVanTermijn: Waardestatus | null;
  /** De laatste dag waarop het aanbod binnen de termijn komt (`JJJJ-MM-DD`): de dag van aanmelding plus de termijn; of `null`. */
  uiterlijkeAanboddatum: string | null;
  /** Kalenderdagen van de peildatum tot de uiterlijke aanboddatum: 0 op die dag, negatief als de termijn verstreken is; of `null`. */
  resterendeDagen: number | null;
  /** De regio van de centrale toegang. */
  regio: Regioverwijzing;
}

/** De parameter met de termijn, en die met de regio waarvoor hij geldt. */
const TERMIJN = 'woningaanbod.uitstroom-beschermd-wonen';
const REGIO = 'woningaanbod.regio';

/** Het ingebouwde beleid per regio; een regio zonder heeft geen termijn tenzij de aanroeper een beleid meegeeft. */
const STANDAARDBELEID: Partial<Record<RegioId, BeleidId>> = { almelo: 'almelo', 'ijssel-vecht': 'ijssel-vecht' };

type Termijnwaarde = Beleidswaarde<typeof TERMIJN>;

/**
 * Berekent tot wanneer een uitstromer uit het beschermd wonen een woning aangeboden moet krijgen
 * volgens de afspraak met de woningcorporaties, en hoe het daar op de peildatum mee staat. In de
 * regio Almelo is de termijn een half jaar (6 maanden) na de aanmelding bij de centrale toegang,
 * het Cimot: een afspraak zoals de bron die in 2018 beschrijft (status `'praktijk'`). De regel
 * geeft een signaal voor wie het aanbod volgt; hij beslist niets over de rechten van de cliënt.
 *
 * - `aangeboden`: de cliënt is een woning aangeboden (`woningAangeboden: true`);
 * - `binnen-termijn`: nog geen aanbod (of niet bekend), en de peildatum ligt niet na de uiterlijke
 *   aanboddatum (op die dag zelf: `resterendeDagen` 0);
 * - `termijn-verstreken`: geen aanbod (`woningAangeboden: false`), vanaf de dag na de uiterlijke
 *   aanboddatum;
 * - `aanvullen`: de termijn is verstreken en het is niet bekend of er een woning is aangeboden
 *   (`ontbrekendeGegevens: ['woningAangeboden']`);
 * - `geen-termijn`: op de dag van aanmelding gold geen termijn voor deze regio (een andere regio,
 *   of een aanmelding vóór de termijn in deze regels begint); er wordt nooit een termijn van een
 *   andere regio geleend.
 *
 * De termijn die op de dag van aanmelding gold, geldt tot het aanbod. Onze lezingen (zie
 * `docs/keuzes.md`): de termijn telt vanaf de aanmelding bij de centrale toegang (de bron zegt
 * niet vanaf wanneer); "in de praktijk na vier à vijf maanden" is een beschrijving, geen termijn;
 * een half jaar is 6 maanden, dezelfde dag 6 maanden later of de laatste dag van die maand (zie
 * {@link telDuurOp}).
 *
 * @param invoer - zie {@link WoningaanbodInvoer}
 * @param opties - `{ beleid, uitgeslotenStatussen }`, zie {@link WoningaanbodOpties}
 * @returns de beoordeling met `termijn`, `uiterlijkeAanboddatum` en `resterendeDagen`
 * @throws {OngeldigeInvoerFout} bij onjuiste invoer (onbestaande datum, aanmelding na de
 *   peildatum, onbekende regio), of een beleid voor een andere regio; `fouten[].pad` noemt het veld
 * @throws {BeleidNietInWerkingFout} als een eigen beleid een termijn heeft terwijl op de dag van
 *   aanmelding de regio van het beleid niet geldt
 * @example
 * const uitstromer = { regio: 'almelo', aangemeldOp: '2026-03-02', peildatum: '2026-09-02', woningAangeboden: false } as const;
 * const beoordeling = berekenWoningaanbod(uitstromer);
 * beoordeling.uitkomst //=> 'binnen-termijn'
 * beoordeling.termijn //=> { aantal: 6, eenheid: 'maanden' }
 * beoordeling.uiterlijkeAanboddatum //=> '2026-09-02'
 * beoordeling.resterendeDagen //=> 0
 * berekenWoningaanbod({ ...uitstromer, peildatum: '2026-09-03' }).uitkomst //=> 'termijn-verstreken'
 * berekenWoningaanbod({ ...uitstromer, woningAangeboden: true }).uitkomst //=> 'aangeboden'
 * berekenWoningaanbod({ ...uitstromer, peildatum: '2026-09-03', woningAangeboden: 'onbekend' }).ontbrekendeGegevens
 * //=> ['woningAangeboden']
 * berekenWoningaanbod({ ...uitstromer, regio: 'ijssel-vecht' }).uitkomst //=> 'geen-termijn'
 * berekenWoningaanbod({ ...uitstromer, aangemeldOp: '2025-08-31' }).uiterlijkeAanboddatum //=> '2026-02-28'
 */
export function berekenWoningaanbod(invoer: WoningaanbodInvoer, opties?: WoningaanbodOpties): WoningaanbodBeoordeling {
  // Met een schoon Object.prototype: geen vreemde naam daarop verandert de uitkomst (SPEC §2.8).
  return zonderVervuiling(() => berekenWoningaanbodOpSchoonPrototype(invoer, opties));
}

function berekenWoningaanbodOpSchoonPrototype(invoer: WoningaanbodInvoer, opties?: WoningaanbodOpties): WoningaanbodBeoordeling {
  const gevalideerd = valideer(WoningaanbodInvoerSchema, invoer);
  const gelezenOpties = leesOpties(opties);
  const { regio, aangemeldOp, peildatum } = gevalideerd;
  const standaard = Object.hasOwn(STANDAARDBELEID, regio) ? STANDAARDBELEID[regio as RegioId] : undefined;
  const beleid = gelezenOpties.beleid !== undefined ? kiesBeleid(gelezenOpties.beleid) : standaard ? INGEBOUWD_BELEID[standaard] : null;
  const gekozen = kiesRegio(regio, beleid, 'regio');
  // De termijn die op de dag van aanmelding geldt, geldt tot het aanbod (keuze termijn-op-aanmelddatum).
  const keuze = beleid ? kiesWaarde(beleid, TERMIJN, aangemeldOp, gelezenOpties.uitgesloten) : { toegepast: null, uitgesloten: null };
  const regioVanBeleid = beleid ? controleerRegioVanBeleid(beleid, gelezenOpties.beleid !== undefined, gekozen, aangemeldOp, keuze.toegepast !== null, gelezenOpties.uitgesloten) : null;
  const context: Context = { invoer: gevalideerd, regio: gekozen.regio, beleid, uitgesloten: gelezenOpties.uitgesloten };

  const toegepast = keuze.toegepast;
  const aanboddatum = toegepast ? uiterlijkeAanboddatum(aangemeldOp, toegepast.waarde.waarde) : null;
  const resterendeDagen = aanboddatum === null ? null : dagenTussen(peildatum, aanboddatum);
  const uitslagen: Criteriumuitslag[] =
    toegepast && aanboddatum !== null && resterendeDagen !== null
      ? [termijnGeldt(context, toegepast, aanboddatum, resterendeDagen), aanbod(gevalideerd.woningAangeboden, resterendeDagen, toegepast)]
      : [geenTermijn(context, keuze.uitgesloten !== null), aanbodZonderTermijn()];
  if (keuze.uitgesloten) uitslagen.push(nietToegepasteWaarde(context, keuze.uitgesloten));

  const uitkomst = uitkomstVan(toegepast !== null, gevalideerd.woningAangeboden === 'onbekend' ? 'onbekend' : gevalideerd.woningAangeboden, resterendeDagen ?? 0);
  const beoordeling = maakBeoordeling(
    WONINGAANBOD,
    { peildatum, beleid, waarden: regioVanBeleid ? [regioVanBeleid] : [] },
    uitslagen,
    uitkomst,
    uitkomst === 'aanvullen' ? ['woningAangeboden'] : [],
  );
  return metVelden(beoordeling, {
    termijn: toegepast ? { ...toegepast.waarde.waarde } : null,
    statusVanTermijn: toegepast ? toegepast.waarde.status : null,
    uiterlijkeAanboddatum: aanboddatum,
    resterendeDagen,
    regio: verwijzingNaar(gekozen.regio),
  });
}

/**
 * De niet-gooiende vorm van {@link berekenWoningaanbod}: `{ succes: true, beoordeling }`, of een
 * {@link Mislukking}: `{ succes: false, soort: 'ongeldige-invoer', fouten }` bij onjuiste invoer,
 * of `{ succes: false, soort: 'geen-beleid', fouten, nietInWerking }` als het beleid dat de regel
 * nodig heeft niet in werking is (zie {@link GeenBeleidMislukking}). Gooit alleen bij een
 * programmeerfout.
 *
 * @example
 * const uitslag = berekenWoningaanbodVeilig({ regio: 'almelo', aangemeldOp: '2026-02-30', peildatum: '2026-03-01', woningAangeboden: 'ja' } as never);
 * uitslag.succes ? [] : [uitslag.soort, ...uitslag.fouten.map((fout) => fout.pad)]
 * //=> ['ongeldige-invoer', 'aangemeldOp', 'woningAangeboden']
 */
export const berekenWoningaanbodVeilig = /* @__PURE__ */ maakVeilig(berekenWoningaanbod);

interface Context {
  invoer: GevalideerdeWoningaanbodInvoer;
  /** De regio van de centrale toegang: ingebouwd of een eigen regio van het beleid. */
  regio: Regio;
  beleid: Beleid | null;
  uitgesloten: ReadonlySet<Waardestatus>;
}

type Taal = 'nl' | 'en';

/**
 * De uitkomst: zonder termijn `geen-termijn`; met een aanbod `aangeboden`; anders beslist de
 * datum. Is het aanbod onbekend, dan zegt de regel binnen de termijn alleen dat die loopt, en
 * vraagt hij erna om het feit: of de afspraak is nagekomen, hangt ervan af.
 */
function uitkomstVan(termijn: boolean, aangeboden: boolean | 'onbekend', resterendeDagen: number): WoningaanbodUitkomst {
  if (!termijn) return 'geen-termijn';
  if (aangeboden === true) return 'aangeboden';
  if (resterendeDagen >= 0) return 'binnen-termijn';
  return aangeboden === false ? 'termijn-verstreken' : 'aanvullen';
}

/**
 * Een beleid geeft alleen een termijn voor zijn eigen regio: anders zou de termijn van de ene
 * regio bij de andere worden toegepast. Als bij de verblijfstermijn (zie daar): een meegegeven
 * beleid zonder `woningaanbod.regio` is bij een ingebouwde regio een fout, geen stille "geen
 * termijn"; bij een eigen regio van dat beleid is het een antwoord.
 */
function controleerRegioVanBeleid(beleid: Beleid, meegegeven: boolean, regio: GekozenRegio, aangemeldOp: string, termijnToegepast: boolean, uitgesloten: ReadonlySet<Waardestatus>): GebruikteWaarde | null {
  const perioden = beleid.parameters[REGIO] ?? [];
  if (perioden.length === 0) {
    if (meegegeven && regio.beleid !== beleid) {
      throw new OngeldigeInvoerFout([
        { pad: 'opties.beleid', melding: `beleid '${beleid.id}' legt geen termijn voor een woningaanbod vast (geen woningaanbod.regio); laat opties.beleid weg voor de ingebouwde termijn van regio '${regio.regio.id}'` },
      ]);
    }
    return null;
  }
  const keuze = kiesWaarde(beleid, REGIO, aangemeldOp, uitgesloten);
  // vereisteWaarde alleen als de regio ontbreekt of is uitgesloten terwijl de termijn geldt: dan gooit zij, met de reden.
  const waarde = termijnToegepast && !keuze.toegepast ? vereisteWaarde(beleid, REGIO, aangemeldOp, uitgesloten, 'aangemeldOp') : keuze.toegepast;
  const genoemd = keuze.toegepast ?? keuze.uitgesloten;
  const regios = genoemd ? [genoemd.waarde.waarde] : perioden.map((periode) => periode.waarde);
  const ander = regios.find((kandidaat) => kandidaat !== regio.regio.id);
  if (ander !== undefined && !regios.includes(regio.regio.id)) {
    throw new OngeldigeInvoerFout([{ pad: 'opties.beleid', melding: `beleid '${beleid.id}' legt een termijn voor een woningaanbod vast voor regio '${ander}', niet voor regio '${regio.regio.id}'` }]);
  }
  return waarde;
}

function uiterlijkeAanboddatum(aangemeldOp: string, duur: Duur): string {
  return telDuurOpVanaf(aangemeldOp, duur, 'aangemeldOp', 'de uiterlijke aanboddatum zou na het jaar 9999 vallen');
}

/** "de regio Almelo", met het eigen beleid erbij als dat de termijn geeft. */
function plaats({ regio, beleid }: Context): Tweetalig {
  const eigen = beleid !== null && !isIngebouwdBeleidId(beleid.id);
  return { nl: `de ${regio.naam}${eigen ? ` volgens ${beleid.naam}` : ''}`, en: `${regioInHetEngels(regio.naam)}${eigen ? ` under ${beleid.naam}` : ''}` };
}

/** De lezingen bij een toegepaste termijn; die over de bron van Almelo alleen als de termijn die bron citeert. */
function termijnkeuzes(context: Context, toegepast: Termijnwaarde): string[] {
  const keuzes: string[] = [K.begin, K.termijnOpAanmelding, K.laatsteDag];
  if (toegepast.waarde.waarde.eenheid === 'maanden') keuzes.push(K.maanden);
  if (toegepast.waarde.bronnen.some((bron) => bron.document === WONINGAANBOD_DOCUMENT)) {
    keuzes.push(K.praktijk);
    if (context.regio.id === 'almelo') keuzes.push(K.regio);
  }
  return keuzes;
}

function termijnGeldt(context: Context, toegepast: Termijnwaarde, aanboddatum: string, resterendeDagen: number): Criteriumuitslag {
  const { invoer } = context;
  const [peil, aangemeld, uiterlijk] = [invoer.peildatum, invoer.aangemeldOp, aanboddatum].map(datumInBeideTalen) as [Tweetalig, Tweetalig, Tweetalig];
  const waar = plaats(context);
  const lengte = duurInBeideTalen(toegepast.waarde.waarde);
  const kop: Tweetalig = {
    nl: `Voor uitstromers uit het beschermd wonen in ${waar.nl} is de termijn voor een woningaanbod ${lengte.nl}. De centrale toegang meldde de cliënt aan op ${aangemeld.nl}. Het aanbod moet dan uiterlijk op ${uiterlijk.nl} komen.`,
    en: `For people leaving supported housing in ${waar.en} the term for a housing offer is ${lengte.en}. The central access point registered the client on ${aangemeld.en}. The offer is then due by ${uiterlijk.en} at the latest.`,
  };
  const aangeboden = invoer.woningAangeboden === true;
  let status: Status;
  let rest: Tweetalig;
  if (aangeboden && resterendeDagen < 0) {
    // Wanneer het aanbod kwam, zegt de invoer niet: of het op tijd was, is dus niet te toetsen.
    status = 'niet-van-toepassing';
    rest = {
      nl: `De cliënt is een woning aangeboden. Wanneer dat was, is niet gegeven. Daarom toetst deze regel niet of het aanbod binnen de termijn kwam.`,
      en: `The client has been offered a home. When that happened is not given. So this rule does not test whether the offer came within the term.`,
    };
  } else if (aangeboden) {
    status = 'voldaan';
    rest = { nl: `Op de peildatum, ${peil.nl}, is de cliënt al een woning aangeboden. Het aanbod kwam dus binnen de termijn.`, en: `By the reference date, ${peil.en}, the client has already been offered a home. So the offer came within the term.` };
  } else if (resterendeDagen > 0) {
    status = 'voldaan';
    rest = {
      nl: `Op de peildatum, ${peil.nl}, ${resterendeDagen === 1 ? 'resteert' : 'resteren'} nog ${dagenTekst(resterendeDagen, 'nl')}.`,
      en: `On the reference date, ${peil.en}, ${dagenTekst(resterendeDagen, 'en')} ${resterendeDagen === 1 ? 'remains' : 'remain'}.`,
    };
  } else if (resterendeDagen === 0) {
    status = 'voldaan';
    rest = { nl: `De peildatum, ${peil.nl}, is de laatste dag binnen de termijn.`, en: `The reference date, ${peil.en}, is the last day within the term.` };
  } else {
    status = 'niet-voldaan';
    rest = {
      nl: `De peildatum, ${peil.nl}, ligt ${dagenTekst(-resterendeDagen, 'nl')} na die datum. De termijn is verstreken.`,
      en: `The reference date, ${peil.en}, is ${dagenTekst(-resterendeDagen, 'en')} after that date. The term has passed.`,
    };
  }
  return criteriumuitslag('woningaanbod.termijn', status, { nl: `${kop.nl} ${rest.nl}`, en: `${kop.en} ${rest.en}` }, [], [], { waarden: [toegepast], keuzes: termijnkeuzes(context, toegepast) });
}

/**
 * Of er een woning is aangeboden. De grond citeert de afspraak die het beleid met de termijn
 * meebrengt: het aanbod is wat die afspraak vraagt (dus geen citaat van een ander beleid).
 */
function aanbod(aangeboden: boolean | 'onbekend', resterendeDagen: number, toegepast: Termijnwaarde): Criteriumuitslag {
  const regel = 'woningaanbod.aanbod';
  const afspraak = toegepast.waarde.bronnen;
  if (aangeboden === true) return criteriumuitslag(regel, 'voldaan', { nl: 'De cliënt is een woning aangeboden.', en: 'The client has been offered a home.' }, afspraak);
  const loopt = resterendeDagen >= 0;
  if (aangeboden === false) {
    return criteriumuitslag(
      regel,
      'niet-voldaan',
      loopt
        ? { nl: 'De cliënt is nog geen woning aangeboden. Dat kan nog binnen de termijn.', en: 'The client has not yet been offered a home. That can still happen within the term.' }
        : { nl: 'De cliënt is nog geen woning aangeboden, en de termijn is verstreken.', en: 'The client has not yet been offered a home, and the term has passed.' },
      afspraak,
    );
  }
  return criteriumuitslag(
    regel,
    'onbekend',
    loopt
      ? {
          nl: 'Het is niet bekend of de cliënt al een woning is aangeboden. De termijn loopt nog. Daarom zegt deze regel alleen tot wanneer het aanbod kan komen.',
          en: 'It is not known whether the client has already been offered a home. The term is still running. So this rule only says by when the offer can come.',
        }
      : {
          nl: 'Het is niet bekend of de cliënt al een woning is aangeboden. De termijn is verstreken. Of de afspraak is nagekomen, hangt daarvan af.',
          en: 'It is not known whether the client has already been offered a home. The term has passed. Whether the agreement was kept depends on that.',
        },
    [],
    loopt ? [] : ['woningAangeboden'],
  );
}

function aanbodZonderTermijn(): Criteriumuitslag {
  return criteriumuitslag(
    'woningaanbod.aanbod',
    'niet-van-toepassing',
    { nl: 'Er geldt geen termijn voor een woningaanbod. Daarom toetst deze regel niet of er een woning is aangeboden.', en: 'No term for a housing offer applies. So this rule does not test whether a home has been offered.' },
    [],
  );
}

/** De eerste termijn die pas na de dag van aanmelding ingaat (en geen uitgesloten status heeft). */
function latereTermijn(beleid: Beleid, aangemeldOp: string, uitgesloten: ReadonlySet<Waardestatus>): GedateerdeWaarde<Duur> | null {
  let eerste: GedateerdeWaarde<Duur> | null = null;
  for (const periode of beleid.parameters[TERMIJN] ?? []) {
    if (periode.vanaf <= aangemeldOp || uitgesloten.has(periode.status)) continue;
    if (!eerste || periode.vanaf < eerste.vanaf) eerste = periode;
  }
  return eerste;
}

function geenTermijn(context: Context, nietToegepast: boolean): Criteriumuitslag {
  const { invoer, regio, beleid, uitgesloten } = context;
  const waar = plaats(context);
  const regel = (tekst: Tweetalig, keuzes: string[] = []) => criteriumuitslag('woningaanbod.termijn', 'niet-van-toepassing', tekst, [], [], { keuzes });
  const later = beleid && !nietToegepast ? latereTermijn(beleid, invoer.aangemeldOp, uitgesloten) : null;
  if (later) {
    const aangemeld = datumInBeideTalen(invoer.aangemeldOp);
    // Een gekozen begindatum noemt de grond niet als feit: die staat met haar reden in de regelcatalogus.
    const vanaf: Tweetalig = Object.hasOwn(later, 'datumkeuze') && later.datumkeuze !== undefined
      ? {
          nl: 'De termijn in deze regels geldt pas voor een latere aanmelding. Zijn begindatum is gekozen, omdat de bron geen begindatum noemt; of de afspraak eerder gold, zeggen de bronnen niet.',
          en: 'The term in these rules applies only to a later registration. Its start date was chosen, because the source gives none; whether the agreement applied earlier, the sources do not say.',
        }
      : { nl: `Een termijn geldt pas voor een aanmelding op of na ${datumInBeideTalen(later.vanaf).nl}.`, en: `A term applies only to a registration on or after ${datumInBeideTalen(later.vanaf).en}.` };
    return regel(
      {
        nl: `De centrale toegang meldde de cliënt aan op ${aangemeld.nl}. Voor die dag rekenen deze regels nog geen termijn voor een woningaanbod in ${waar.nl}. ${vanaf.nl} Er geldt dus geen termijn voor deze aanmelding.`,
        en: `The central access point registered the client on ${aangemeld.en}. For that day these rules count no term for a housing offer yet in ${waar.en}. ${vanaf.en} So no term applies to this registration.`,
      },
      [K.termijnOpAanmelding],
    );
  }
  if (nietToegepast) {
    return regel({
      nl: `De termijn voor een woningaanbod die het beleid voor ${waar.nl} noemt, is niet toegepast (zie de aandachtspunten). Er geldt dus geen termijn.`,
      en: `The term for a housing offer that the policy names for ${waar.en} was not applied (see the points of attention). So no term applies.`,
    });
  }
  if (!beleid || (beleid.parameters[TERMIJN] ?? []).length === 0) {
    return regel({
      nl: `Voor de ${regio.naam} is in deze regels geen termijn voor een woningaanbod vastgelegd. Er geldt dus geen termijn. Een termijn van een andere regio wordt niet gebruikt.`,
      en: `No term for a housing offer is recorded in these rules for ${regioInHetEngels(regio.naam)}. So no term applies. A term of another region is not used.`,
    });
  }
  return regel({
    nl: `Op de dag van aanmelding gold geen termijn voor een woningaanbod in ${waar.nl}. Er geldt dus geen termijn. Een termijn van een andere regio wordt niet gebruikt.`,
    en: `On the day of registration no term for a housing offer was in force in ${waar.en}. So no term applies. A term of another region is not used.`,
  });
}

/** Het signaal bij een termijn die zou gelden maar een uitgesloten status heeft; het citeert die termijn. */
function nietToegepasteWaarde(context: Context, waarde: Termijnwaarde): Criteriumuitslag {
  const waar = plaats(context);
  const zin = (taal: Taal): string => {
    const lengte = schrijfDuur(waarde.waarde.waarde, taal);
    const status = STATUS_IN_WOORDEN[waarde.waarde.status][taal];
    const standaard = STANDAARD_UITGESLOTEN.has(waarde.waarde.status);
    if (taal === 'en') {
      const waarom = standaard ? `That is ${status}, not a term in force. So it was not applied.` : `That is ${status}; on request, terms with this status were not applied.`;
      const engels = Object.hasOwn(waarde.waarde, 'toelichtingEn') ? waarde.waarde.toelichtingEn : undefined;
      const uitleg = engels ? ` ${engels}` : waarde.waarde.toelichting ? ` The policy explains, in Dutch: "${waarde.waarde.toelichting}"` : '';
      return `The policy names for ${waar.en} a term for a housing offer of ${lengte}. ${waarom}${uitleg}`;
    }
    const waarom = standaard ? `Dat is ${status}, geen geldende termijn. Daarom is die niet toegepast.` : `Dat is ${status}. Op verzoek zijn termijnen met deze status niet toegepast.`;
    return `Het beleid noemt voor ${waar.nl} een termijn voor een woningaanbod van ${lengte}. ${waarom}${waarde.waarde.toelichting ? ` ${waarde.waarde.toelichting}` : ''}`;
  };
  return criteriumuitslag('woningaanbod.niet-toegepaste-waarde', 'voldaan', { nl: zin('nl'), en: zin('en') }, [], [], { uitgesloten: [waarde] });
}
