import * as z from 'zod/mini';
import type { Beleid } from '../../beleid/beleid.js';
import { WAARDESTATUSSEN, type Waardestatus } from '../../beleid/gedateerd.js';
import { INGEBOUWD_BELEID, type BeleidId } from '../../beleid/ingebouwd.js';
import { beleidswaardeOp, kiesBeleid, zoekBeleidswaarde } from '../../beleid/opzoeken.js';
import { schrijfDatum } from '../../calculators/datum.js';
import { dagenTussen, schrijfDuur, telDuurOp, type Duur } from '../../calculators/termijn.js';
import { REGIOS } from '../../data/regios.js';
import type { RegioId } from '../../data/regio-ids.js';
import type { Criteriumuitslag } from '../../kern/besluit.js';
import { criteriumuitslag, samenBronnen } from '../../kern/feiten.js';
import { leesOpties, optiesschema } from '../../kern/opties.js';
import { opsomming, statuszin } from '../../kern/teksten.js';
import { valideer } from '../../kern/valideer.js';
import type { Beoordeling, Gemeenteverwijzing } from '../../types/beoordeling.js';
import type { Status } from '../../types/feit.js';
import { OngeldigeInvoerFout } from '../../types/fouten.js';
import { OPVANGVORM_NAMEN, type Herkomstgroep } from '../../types/opvangvorm.js';
import { maakVeilig } from '../../types/uitslag.js';
import type { Tweetalig } from '../beschrijving.js';
import { leesHerkomst, toetsHerkomst, verwijzingNaar, type Regioverwijzing } from '../herkomst/criterium.js';
import { VERBLIJFSTERMIJN_BRONNEN } from './beschrijving.js';
import { VerblijfstermijnInvoerSchema, type GevalideerdeVerblijfstermijnInvoer, type VerblijfstermijnInvoer } from './invoer.js';
import { GEEN_TERMIJNEN, kiesTermijnen, type GeldendeDuur, type Termijnkeuze } from './termijnen.js';

/** De uitkomsten van {@link berekenVerblijfstermijn}. */
export type VerblijfstermijnUitkomst = 'binnen-termijn' | 'termijn-verstreken' | 'geen-termijn' | 'aanvullen';

/** Opties van {@link berekenVerblijfstermijn}. */
export interface VerblijfstermijnOpties {
  /**
   * Het beleid met de verblijfstermijnen: een ingebouwd id of een eigen beleid uit
   * {@link defineBeleid}. Standaard het ingebouwde beleid van de regio (`'almelo'` of
   * `'ijssel-vecht'`); voor een regio zonder ingebouwd beleid geldt dan geen termijn. Het beleid
   * moet voor dezelfde regio gelden (parameter `verblijfsduur.regio`).
   */
  beleid?: BeleidId | Beleid;
  /**
   * Waarden met deze status worden niet toegepast, alsof ze er niet zijn; bv. `['ambitie']`
   * voor een gemeente die alleen vastgesteld beleid en beschreven praktijk wil toepassen. De
   * toelichting noemt wat is weggelaten. Standaard wordt elke status toegepast (en genoemd).
   */
  uitgeslotenStatussen?: readonly Waardestatus[];
}

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

const OPTIESSCHEMA = optiesschema({ uitgeslotenStatussen: z.optional(z.array(z.enum(WAARDESTATUSSEN))) });

/** Het ingebouwde beleid per regio; een regio zonder heeft geen termijnen tenzij de aanroeper een beleid meegeeft. */
const STANDAARDBELEID: Partial<Record<RegioId, BeleidId>> = { almelo: 'almelo', 'ijssel-vecht': 'ijssel-vecht' };

const UITKOMST_PER_STATUS: Record<Status, VerblijfstermijnUitkomst> = {
  voldaan: 'binnen-termijn',
  'niet-voldaan': 'termijn-verstreken',
  'niet-van-toepassing': 'geen-termijn',
  onbekend: 'aanvullen',
};

const VOOR_GROEP: Record<Herkomstgroep | 'iedereen', Tweetalig> = {
  iedereen: { nl: 'iedereen', en: 'everyone' },
  'binnen-regio': { nl: 'cliënten uit de regio', en: 'clients from the region' },
  'buiten-regio': { nl: 'cliënten van buiten de regio', en: 'clients from outside the region' },
};

/**
 * Berekent hoe lang een verblijf in de opvang mag duren (SPEC §4.5): de maximale duur die op
 * de peildatum geldt voor de regio, de opvangvorm en, waar die ertoe doet, de herkomst; de
 * uiterlijke vertrekdatum; en de resterende dagen.
 *
 * - `binnen-termijn`: de peildatum ligt niet na de uiterlijke vertrekdatum (op die dag zelf:
 *   `resterendeDagen` 0);
 * - `termijn-verstreken`: vanaf de dag erna (`resterendeDagen` negatief);
 * - `geen-termijn`: er geldt geen maximale duur voor deze regio, vorm en herkomst; er wordt
 *   nooit een termijn van een andere regio of vorm geleend;
 * - `aanvullen`: de herkomst bepaalt de duur (IJssel-Vecht, acute opvang) en is onbekend.
 *
 * De vertrekdatum is de startdatum plus de duur (zie {@link telDuurOp}): 2 nachten → 2 dagen
 * later; 8 weken → 56 dagen later; 9 maanden → dezelfde dag 9 maanden later, of de laatste dag
 * van die maand. De toelichting noemt de status van de duur, zodat niemand een ambitie voor
 * vastgesteld beleid aanziet; met `opties.uitgeslotenStatussen` laat een gemeente zulke
 * waarden weg.
 *
 * @param invoer - zie {@link VerblijfstermijnInvoer}
 * @param opties - `{ beleid, uitgeslotenStatussen }`, zie {@link VerblijfstermijnOpties}
 * @returns de beoordeling met `maximaleDuur`, `uiterlijkeVertrekdatum` en `resterendeDagen`
 * @throws {OngeldigeInvoerFout} bij onjuiste invoer (onbestaande datum, startdatum na de
 *   peildatum, onbekende opvangvorm, regio of gemeente), of een beleid voor een andere regio;
 *   `fouten[].pad` noemt het veld
 * @throws {BeleidNietInWerkingFout} als de herkomst getoetst moet worden maar de regio op de
 *   peildatum geen indeling heeft, of een eigen beleid een termijn zonder regio in werking heeft
 * @example
 * const buitenRegio = { regio: 'ijssel-vecht', opvangvorm: 'acute-opvang', startdatum: '2026-05-03', gemeenteVanHerkomst: 'Almelo', peildatum: '2026-05-05' } as const;
 * const beoordeling = berekenVerblijfstermijn(buitenRegio);
 * beoordeling.uitkomst //=> 'binnen-termijn'
 * beoordeling.maximaleDuur //=> { aantal: 2, eenheid: 'nachten' }
 * beoordeling.uiterlijkeVertrekdatum //=> '2026-05-05'
 * beoordeling.resterendeDagen //=> 0
 * berekenVerblijfstermijn({ ...buitenRegio, peildatum: '2026-05-06' }).uitkomst //=> 'termijn-verstreken'
 * berekenVerblijfstermijn({ ...buitenRegio, gemeenteVanHerkomst: 'Zwolle' }).uiterlijkeVertrekdatum //=> '2026-06-28'
 * berekenVerblijfstermijn({ ...buitenRegio, gemeenteVanHerkomst: 'onbekend' }).ontbrekendeGegevens //=> ['gemeenteVanHerkomst']
 * berekenVerblijfstermijn({ ...buitenRegio, gemeenteVanHerkomst: 'Zwolle' }, { uitgeslotenStatussen: ['ambitie'] }).uitkomst
 * //=> 'geen-termijn'
 * berekenVerblijfstermijn({ regio: 'almelo', opvangvorm: '24-uursopvang', startdatum: '2026-05-31', peildatum: '2026-06-01' }).uiterlijkeVertrekdatum
 * //=> '2027-02-28'
 */
export function berekenVerblijfstermijn(invoer: VerblijfstermijnInvoer, opties?: VerblijfstermijnOpties): VerblijfstermijnBeoordeling {
  const gevalideerd = valideer(VerblijfstermijnInvoerSchema, invoer);
  const gelezenOpties = leesOpties(opties, OPTIESSCHEMA);
  const { regio, opvangvorm, peildatum } = gevalideerd;
  // Een opgegeven gemeente wordt altijd gecontroleerd, ook waar de herkomst de termijn niet bepaalt.
  const herkomst = leesHerkomst(gevalideerd.gemeenteVanHerkomst, peildatum);
  const standaard = STANDAARDBELEID[regio];
  const beleid = gelezenOpties.beleid !== undefined ? kiesBeleid(gelezenOpties.beleid) : standaard ? INGEBOUWD_BELEID[standaard] : null;
  const termijnen = beleid ? kiesTermijnen(beleid, opvangvorm, peildatum, new Set(gelezenOpties.uitgeslotenStatussen)) : GEEN_TERMIJNEN;
  if (beleid) controleerRegioVanBeleid(beleid, regio, peildatum, termijnen);

  const context: Context = { invoer: gevalideerd, beleid, termijnen };
  const herkomstToets = termijnen.herkomstBeslist ? toetsHerkomst(gevalideerd, 'verblijfstermijn.herkomst') : null;
  const herkomstGroep = herkomstToets ? groepVan(herkomstToets.uitslag.grond.status) : null;
  const groep = herkomstGroep ?? 'iedereen';
  // Voor 'iedereen' krijgen beide groepen dezelfde waarde (de herkomst beslist niet).
  const geldend = groep === 'onbekend' ? null : termijnen.perGroep[groep === 'iedereen' ? 'binnen-regio' : groep];
  const herkomstUitslag = herkomstToets && herkomstGroep ? herkomstBepaaltDuur(herkomstToets.uitslag, herkomstGroep) : herkomstDoetNietTerzake(context, geldend);
  const vertrekdatum = geldend ? uiterlijkeVertrekdatum(gevalideerd.startdatum, geldend.waarde.waarde) : null;
  const resterendeDagen = vertrekdatum === null ? null : dagenTussen(peildatum, vertrekdatum);
  const termijnUitslag =
    groep === 'onbekend'
      ? termijnHangtAfVanHerkomst(context)
      : geldend && vertrekdatum !== null && resterendeDagen !== null
        ? termijnGeldt(context, groep, geldend, vertrekdatum, resterendeDagen)
        : geenTermijn(context, groep);

  return {
    regel: 'verblijfstermijn',
    uitkomst: UITKOMST_PER_STATUS[termijnUitslag.grond.status],
    gronden: [herkomstUitslag.grond, termijnUitslag.grond],
    ontbrekendeGegevens: [...new Set([...herkomstUitslag.ontbrekend, ...termijnUitslag.ontbrekend])],
    peildatum,
    beleid: beleid ? { id: beleid.id, versie: beleid.versie } : null,
    maximaleDuur: geldend ? { ...geldend.waarde.waarde } : null,
    statusVanDuur: geldend ? geldend.waarde.status : null,
    uiterlijkeVertrekdatum: vertrekdatum,
    resterendeDagen,
    gemeente: herkomst.gemeente,
    regio: verwijzingNaar(REGIOS[regio]),
  };
}

/**
 * De niet-gooiende vorm van {@link berekenVerblijfstermijn}: `{ succes: true, beoordeling }`
 * of, bij onjuiste invoer, `{ succes: false, fouten }`.
 *
 * @example
 * const uitslag = berekenVerblijfstermijnVeilig({ regio: 'almelo', opvangvorm: 'hotel', startdatum: '2026-02-30', peildatum: '2026-03-01' } as never);
 * uitslag.succes ? [] : uitslag.fouten.map((fout) => fout.pad)
 * //=> ['opvangvorm', 'startdatum']
 */
export const berekenVerblijfstermijnVeilig = /* @__PURE__ */ maakVeilig(berekenVerblijfstermijn);

interface Context {
  invoer: GevalideerdeVerblijfstermijnInvoer;
  beleid: Beleid | null;
  termijnen: Termijnkeuze;
}

/**
 * Een beleid geeft alleen termijnen voor zijn eigen regio: anders zou een termijn van de ene
 * regio bij de andere worden toegepast.
 */
function controleerRegioVanBeleid(beleid: Beleid, regio: RegioId, peildatum: string, termijnen: Termijnkeuze): void {
  const heeftTermijn = termijnen.perGroep['binnen-regio'] !== null || termijnen.perGroep['buiten-regio'] !== null || termijnen.uitgesloten.length > 0;
  const regioVanBeleid = heeftTermijn ? beleidswaardeOp(beleid, 'verblijfsduur.regio', peildatum) : zoekBeleidswaarde(beleid, 'verblijfsduur.regio', peildatum);
  if (regioVanBeleid && regioVanBeleid.waarde !== regio) {
    throw new OngeldigeInvoerFout([
      { pad: 'opties.beleid', melding: `beleid '${beleid.id}' legt verblijfstermijnen vast voor regio '${regioVanBeleid.waarde}', niet voor regio '${regio}'` },
    ]);
  }
}

function uiterlijkeVertrekdatum(startdatum: string, duur: Duur): string {
  try {
    return telDuurOp(startdatum, duur);
  } catch (fout) {
    if (fout instanceof OngeldigeInvoerFout) throw new OngeldigeInvoerFout([{ pad: 'startdatum', melding: 'de uiterlijke vertrekdatum zou na het jaar 9999 vallen' }]);
    throw fout;
  }
}

/** "de 24-uursopvang van de regio Almelo" */
function plaats({ invoer }: Context): Tweetalig {
  const regio = REGIOS[invoer.regio].naam;
  return {
    nl: `de ${OPVANGVORM_NAMEN[invoer.opvangvorm].nl} van de ${regio}`,
    en: `the ${OPVANGVORM_NAMEN[invoer.opvangvorm].en} of the ${regio.replace(/^regio /, '')} region`,
  };
}

/** "2 nachten (verblijfsduur.acute-opvang.buiten-regio, praktijk)" */
function noemDuur(duur: GeldendeDuur, taal: 'nl' | 'en'): string {
  return `${schrijfDuur(duur.waarde.waarde, taal)} (${duur.parameter}, ${duur.waarde.status})`;
}

function uitgeslotenZin({ termijnen }: Context): Tweetalig {
  if (termijnen.uitgesloten.length === 0) return { nl: '', en: '' };
  return {
    nl: ` Op verzoek buiten beschouwing gelaten (opties.uitgeslotenStatussen): ${opsomming(termijnen.uitgesloten.map((duur) => noemDuur(duur, 'nl')), 'en')}.`,
    en: ` Left out on request (opties.uitgeslotenStatussen): ${opsomming(termijnen.uitgesloten.map((duur) => noemDuur(duur, 'en')), 'and')}.`,
  };
}

/** De herkomsttoets kiest de groep: uit de regio (voldaan), van buiten (niet voldaan) of nog onbekend. */
function groepVan(status: Status): Herkomstgroep | 'onbekend' {
  if (status === 'voldaan') return 'binnen-regio';
  return status === 'niet-voldaan' ? 'buiten-regio' : 'onbekend';
}

function herkomstBepaaltDuur(uitslag: Criteriumuitslag, groep: Herkomstgroep | 'onbekend'): Criteriumuitslag {
  const gevolg: Tweetalig =
    groep === 'onbekend'
      ? { nl: ' Van de herkomst hangt de maximale verblijfsduur af.', en: ' The maximum length of stay depends on the origin.' }
      : { nl: ` Daarom geldt de duur voor ${VOOR_GROEP[groep].nl}.`, en: ` Therefore the duration for ${VOOR_GROEP[groep].en} applies.` };
  return {
    grond: {
      ...uitslag.grond,
      toelichting: `${uitslag.grond.toelichting}${gevolg.nl}`,
      toelichtingEn: `${uitslag.grond.toelichtingEn}${gevolg.en}`,
      bronnen: samenBronnen(VERBLIJFSTERMIJN_BRONNEN.herkomst, uitslag.grond.bronnen),
    },
    ontbrekend: uitslag.ontbrekend,
  };
}

/** Citeert de bron van de duur die voor iedereen geldt, of anders waar de bronnen termijnen noemen. */
function herkomstDoetNietTerzake(context: Context, geldend: GeldendeDuur | null): Criteriumuitslag {
  const waar = plaats(context);
  return criteriumuitslag(
    'verblijfstermijn.herkomst',
    'niet-van-toepassing',
    {
      nl: `De herkomst bepaalt de verblijfsduur in ${waar.nl} niet: er is geen aparte duur voor cliënten van buiten of uit de regio.`,
      en: `The origin does not decide the length of stay in ${waar.en}: there is no separate duration for clients from outside or inside the region.`,
    },
    geldend?.waarde.bronnen ?? VERBLIJFSTERMIJN_BRONNEN.termijn,
  );
}

function termijnGeldt(context: Context, groep: Herkomstgroep | 'iedereen', duur: GeldendeDuur, vertrekdatum: string, resterendeDagen: number): Criteriumuitslag {
  const { invoer } = context;
  const waar = plaats(context);
  const [peil, start, vertrek, vanaf] = [invoer.peildatum, invoer.startdatum, vertrekdatum, duur.waarde.vanaf].map((datum) => ({
    nl: schrijfDatum(datum, 'nl'),
    en: schrijfDatum(datum, 'en'),
  })) as [Tweetalig, Tweetalig, Tweetalig, Tweetalig];
  const dagen = (aantal: number, taal: 'nl' | 'en') => schrijfDuur({ aantal, eenheid: 'dagen' }, taal);
  const rest: Tweetalig =
    resterendeDagen > 0
      ? { nl: `op de peildatum ${peil.nl} ${resterendeDagen === 1 ? 'resteert' : 'resteren'} nog ${dagen(resterendeDagen, 'nl')}`, en: `on the reference date ${peil.en}, ${dagen(resterendeDagen, 'en')} remain` }
      : resterendeDagen === 0
        ? { nl: `de peildatum ${peil.nl} is de laatste dag binnen de termijn`, en: `the reference date ${peil.en} is the last day within the term` }
        : { nl: `de peildatum ${peil.nl} ligt ${dagen(-resterendeDagen, 'nl')} na die datum: de termijn is verstreken`, en: `the reference date ${peil.en} is ${dagen(-resterendeDagen, 'en')} after that date: the term has passed` };
  const overgang: Tweetalig =
    duur.waarde.vanaf > invoer.startdatum
      ? {
          nl: ` Let op: deze duur geldt pas vanaf ${vanaf.nl}, na de startdatum; de bronnen zeggen niet of hij ook geldt voor een verblijf dat eerder begon.`,
          en: ` Note: this duration applies only from ${vanaf.en}, after the start date; the sources do not say whether it also applies to a stay that began earlier.`,
        }
      : { nl: '', en: '' };
  const uitgesloten = uitgeslotenZin(context);
  return criteriumuitslag(
    'verblijfstermijn.termijn',
    resterendeDagen >= 0 ? 'voldaan' : 'niet-voldaan',
    {
      nl:
        `Voor ${VOOR_GROEP[groep].nl} is de maximale verblijfsduur in ${waar.nl} ${schrijfDuur(duur.waarde.waarde, 'nl')} (beleid '${duur.beleid}', ${duur.parameter}, vanaf ${vanaf.nl}). ` +
        `Vanaf de startdatum ${start.nl} is de uiterlijke vertrekdatum ${vertrek.nl}; ${rest.nl}.${overgang.nl}${statuszin(duur.waarde, 'nl')}${uitgesloten.nl}`,
      en:
        `For ${VOOR_GROEP[groep].en} the maximum length of stay in ${waar.en} is ${schrijfDuur(duur.waarde.waarde, 'en')} (policy '${duur.beleid}', ${duur.parameter}, from ${vanaf.en}). ` +
        `From the start date ${start.en} the latest departure date is ${vertrek.en}; ${rest.en}.${overgang.en}${statuszin(duur.waarde, 'en')}${uitgesloten.en}`,
    },
    [...duur.waarde.bronnen],
  );
}

function geenTermijn(context: Context, groep: Herkomstgroep | 'iedereen'): Criteriumuitslag {
  const { invoer, beleid } = context;
  const waar = plaats(context);
  const peil = { nl: schrijfDatum(invoer.peildatum, 'nl'), en: schrijfDatum(invoer.peildatum, 'en') };
  const uitgesloten = uitgeslotenZin(context);
  const tekst: Tweetalig = beleid
    ? {
        nl: `Beleid '${beleid.id}' legt op ${peil.nl} geen maximale verblijfsduur vast voor ${VOOR_GROEP[groep].nl} in ${waar.nl}; er geldt dus geen termijn, en er wordt er geen geleend van een andere regio of opvangvorm.${uitgesloten.nl}`,
        en: `Policy '${beleid.id}' sets no maximum length of stay on ${peil.en} for ${VOOR_GROEP[groep].en} in ${waar.en}; so no term applies, and none is borrowed from another region or type of shelter.${uitgesloten.en}`,
      }
    : {
        nl: `Voor de ${REGIOS[invoer.regio].naam} heeft opvangregels geen ingebouwd beleid met verblijfstermijnen; er geldt dus geen maximale verblijfsduur in ${waar.nl}, en er wordt er geen geleend van een andere regio. Een eigen termijn legt een gemeente vast in een eigen beleid (opties.beleid).`,
        en: `opvangregels has no built-in policy with lengths of stay for the ${REGIOS[invoer.regio].naam.replace(/^regio /, '')} region; so no maximum length of stay applies in ${waar.en}, and none is borrowed from another region. A municipality sets its own term in its own policy (opties.beleid).`,
      };
  return criteriumuitslag('verblijfstermijn.termijn', 'niet-van-toepassing', tekst, VERBLIJFSTERMIJN_BRONNEN.termijn);
}

function termijnHangtAfVanHerkomst(context: Context): Criteriumuitslag {
  const { invoer, termijnen } = context;
  const waar = plaats(context);
  const mogelijkheid = (groep: Herkomstgroep, taal: 'nl' | 'en'): string => {
    const duur = termijnen.perGroep[groep];
    const voor = VOOR_GROEP[groep][taal];
    if (!duur) return taal === 'nl' ? `voor ${voor} geen termijn` : `for ${voor} no term`;
    const vertrek = schrijfDatum(uiterlijkeVertrekdatum(invoer.startdatum, duur.waarde.waarde), taal);
    return taal === 'nl' ? `voor ${voor} ${noemDuur(duur, 'nl')}, dus uiterlijk tot ${vertrek}` : `for ${voor} ${noemDuur(duur, 'en')}, so until ${vertrek} at the latest`;
  };
  const uitgesloten = uitgeslotenZin(context);
  return criteriumuitslag(
    'verblijfstermijn.termijn',
    'onbekend',
    {
      nl: `De maximale verblijfsduur in ${waar.nl} hangt af van de herkomst: ${mogelijkheid('buiten-regio', 'nl')}; ${mogelijkheid('binnen-regio', 'nl')}. Zolang de herkomst onbekend is, is de termijn niet te bepalen.${uitgesloten.nl}`,
      en: `The maximum length of stay in ${waar.en} depends on the origin: ${mogelijkheid('buiten-regio', 'en')}; ${mogelijkheid('binnen-regio', 'en')}. While the origin is unknown, the term cannot be determined.${uitgesloten.en}`,
    },
    samenBronnen(...(['buiten-regio', 'binnen-regio'] as const).map((groep) => termijnen.perGroep[groep]?.waarde.bronnen ?? VERBLIJFSTERMIJN_BRONNEN.termijn)),
    ['gemeenteVanHerkomst'],
  );
}
