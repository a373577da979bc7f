import { besluit, eigenLijst, type Criteriumuitslag } from '../../kern/besluit.js';
import { criteriumuitslag } from '../../kern/feiten.js';
import type { Tweetalig } from '../../types/tweetalig.js';
import type { Regelopties } from '../../kern/opties.js';
import { beleidVoorRegel } from '../../kern/regelbeleid.js';
import { valideer } from '../../kern/valideer.js';
import type { Beoordeling, Bron } from '../../types/beoordeling.js';
import { maakVeilig } from '../../types/uitslag.js';
import { SCHULDEN_BRONNEN, SCHULDHULP, SCHULDHULP_KEUZES } from './beschrijving.js';
import { SchuldhulpInvoerSchema, type SchuldhulpInvoer, type Schuldhulpvorm } from './invoer.js';
import { zonderVervuiling } from '../../kern/schoon-prototype.js';

/**
 * Opties van {@link toetsSchuldhulp}: `beleid` (standaard `'almelo'`: de regel komt uit de ketenaanpak
 * van de centrumregio Almelo) en `uitgeslotenStatussen`. Een eigen beleid moet een grondslag voor de
 * regel geven (`regels.schuldhulp.grondslag`); de gronden rusten dan op dat beleid.
 */
export type SchuldhulpOpties = Regelopties;

/** De uitkomsten van {@link toetsSchuldhulp}. */
export type SchuldhulpUitkomst = 'voldaan' | 'actie-nodig' | 'niet-van-toepassing' | 'aanvullen';

/** Het resultaat van {@link toetsSchuldhulp}. */
export type SchuldhulpBeoordeling = Beoordeling<SchuldhulpUitkomst>;

const REGEL = 'schuldhulp.vorm';

const VORMNAMEN: Record<Exclude<Schuldhulpvorm, 'geen' | 'onbekend'>, Tweetalig> = {
  regulier: { nl: 'reguliere schuldhulpverlening', en: 'regular debt support' },
  'alternatieve-bewindvoering': { nl: 'alternatieve bewindvoering', en: 'alternative budget management' },
  budgetbeheer: { nl: 'budgetbeheer', en: 'budget management' },
};

function uitslag(
  status: Criteriumuitslag['grond']['status'],
  tekst: Tweetalig,
  extra: { bronnen?: readonly Bron[]; ontbrekend?: string[]; keuzes?: string[] } = {},
): Criteriumuitslag {
  // Alleen eigen velden: een standaardwaarde bij destructuring leest anders een vervuild prototype.
  const bronnen = Object.hasOwn(extra, 'bronnen') && extra.bronnen ? extra.bronnen : [SCHULDEN_BRONNEN.iedereen];
  return criteriumuitslag(REGEL, status, tekst, bronnen, [...eigenLijst<string>(extra, 'ontbrekend')], { keuzes: [...eigenLijst<string>(extra, 'keuzes')] });
}

/**
 * Buiten de opvang geldt de eis niet (onze lezing van "in de MO", met kenmerk 5 als reden). Zijn
 * er (misschien) schulden zonder enige hulp, dan wijst de toelichting op alternatieve bewindvoering.
 */
function buitenDeOpvang({ fase, schulden, schuldhulpverlening }: SchuldhulpInvoer): Criteriumuitslag {
  const zonderHulp = schulden !== false && schuldhulpverlening === 'geen';
  const waar: Tweetalig =
    fase === 'dreigend'
      ? { nl: 'De cliënt is nog niet in de opvang: dak- of thuisloosheid dreigt.', en: 'The client is not yet in shelter care: homelessness threatens.' }
      : { nl: 'De cliënt is uit de opvang uitgestroomd.', en: 'The client has left shelter care.' };
  const wijzer: Tweetalig =
    fase === 'dreigend'
      ? { nl: 'Alternatieve bewindvoering kan wel al starten bij een verhoogd risico op dak- en thuisloosheid.', en: 'Alternative budget management can already start at a raised risk of homelessness.' }
      : {
          nl: 'De bron zegt niet of alternatieve bewindvoering na uitstroom nog kan starten. Dreigt er opnieuw dak- of thuisloosheid, dan kan die wel starten.',
          en: 'The source does not say whether alternative budget management can still start after leaving shelter. If homelessness threatens again, it can start.',
        };
  const zinnen = (taal: keyof Tweetalig) =>
    [
      taal === 'nl'
        ? 'De eis dat iedereen met schulden een vorm van schuldhulpverlening heeft, geldt in de opvang.'
        : 'The requirement that everyone with debts has some form of debt support applies in shelter care.',
      waar[taal],
      taal === 'nl' ? 'Hier geldt de eis dus niet.' : 'So the requirement does not apply here.',
      ...(zonderHulp ? [wijzer[taal]] : []),
    ].join(' ');
  return uitslag(
    'niet-van-toepassing',
    { nl: zinnen('nl'), en: zinnen('en') },
    { bronnen: [SCHULDEN_BRONNEN.iedereen, SCHULDEN_BRONNEN.startEnDoor], keuzes: [SCHULDHULP_KEUZES.faseOpvang] },
  );
}

function inDeOpvang({ schulden, schuldhulpverlening }: SchuldhulpInvoer): Criteriumuitslag {
  if (schulden === false) {
    return uitslag('niet-van-toepassing', { nl: 'De cliënt in de opvang heeft geen schulden. De eis geldt dan niet.', en: 'The client in shelter care has no debts. The requirement then does not apply.' });
  }
  if (schuldhulpverlening !== 'geen' && schuldhulpverlening !== 'onbekend') {
    const vorm = VORMNAMEN[schuldhulpverlening];
    // Budgetbeheer telt als vorm: onze lezing van kenmerk 2 (een onderdeel van alternatieve bewindvoering).
    const budgetbeheer = schuldhulpverlening === 'budgetbeheer';
    const extra = budgetbeheer ? { bronnen: [SCHULDEN_BRONNEN.iedereen, SCHULDEN_BRONNEN.componenten], keuzes: [SCHULDHULP_KEUZES.budgetbeheer] } : {};
    return uitslag(
      'voldaan',
      schulden === true
        ? { nl: `De cliënt in de opvang heeft schulden en een vorm van schuldhulpverlening: ${vorm.nl}.`, en: `The client in shelter care has debts and a form of debt support: ${vorm.en}.` }
        : {
            nl: `Het is niet bekend of de cliënt in de opvang schulden heeft. Er is wel een vorm van schuldhulpverlening: ${vorm.nl}. Aan de eis is dus in elk geval voldaan.`,
            en: `It is not known whether the client in shelter care has debts. There is a form of debt support: ${vorm.en}. So the requirement is met either way.`,
          },
      extra,
    );
  }
  if (schuldhulpverlening === 'geen') {
    return schulden === true
      ? uitslag('niet-voldaan', {
          nl: 'De cliënt in de opvang heeft schulden, maar geen enkele vorm van schuldhulpverlening. Er is een vorm nodig, bijvoorbeeld alternatieve bewindvoering.',
          en: 'The client in shelter care has debts, but no form of debt support. Some form is needed, for example alternative budget management.',
        })
      : uitslag(
          'onbekend',
          {
            nl: 'De cliënt in de opvang heeft geen schuldhulpverlening. Het is niet bekend of er schulden zijn.',
            en: 'The client in shelter care has no debt support. It is not known whether there are debts.',
          },
          { ontbrekend: ['schulden'] },
        );
  }
  return schulden === true
    ? uitslag(
        'onbekend',
        { nl: 'De cliënt in de opvang heeft schulden. Het is niet bekend of er een vorm van schuldhulpverlening is.', en: 'The client in shelter care has debts. It is not known whether there is a form of debt support.' },
        { ontbrekend: ['schuldhulpverlening'] },
      )
    : uitslag(
        'onbekend',
        {
          nl: 'Het is niet bekend of de cliënt in de opvang schulden heeft. Het is ook niet bekend of er een vorm van schuldhulpverlening is.',
          en: 'It is not known whether the client in shelter care has debts. Nor is it known whether there is a form of debt support.',
        },
        { ontbrekend: ['schulden', 'schuldhulpverlening'] },
      );
}

/**
 * Toetst de eis "Iedereen in de MO met schulden heeft een vorm van schuldhulpverlening"
 * (Integrale ketenaanpak MO, oplossing 4). Criterium: `schuldhulp.vorm`. Onder het ingebouwde beleid rust het op een
 * voornemen (oplossing 4 is een plan voor een pilot).
 *
 * - in de fase `'opvang'` met schulden: een vorm van schuldhulpverlening → `voldaan`; `'geen'` →
 *   `actie-nodig`; onbekend → `aanvullen`;
 * - zonder schulden, of in de fase `'dreigend'` of `'na-uitstroom'` → `niet-van-toepassing` (onze
 *   lezing `schuldhulp.fase-opvang`: "in de MO" is in de opvang; de toelichting wijst dan op
 *   alternatieve bewindvoering als er schulden kunnen zijn zonder hulp);
 * - `'budgetbeheer'` telt als vorm (onze lezing `schuldhulp.budgetbeheer`);
 * - onbekende schulden met een vorm van schuldhulpverlening → `voldaan` (in elk geval).
 *
 * Hangt niet van een datum af (`peildatum` is `null`). De regel beslist onder een beleid
 * (standaard het ingebouwde `'almelo'`, dat `beleid` noemt): de grondslag, de regeltekst en de
 * lezingen die het beleid overnam, komen uit dat beleid (SPEC §2.9).
 *
 * @param invoer - zie {@link SchuldhulpInvoer}
 * @param opties - `{ beleid, uitgeslotenStatussen }`, zie {@link SchuldhulpOpties}
 * @throws {OngeldigeInvoerFout} bij onjuiste invoer; `fouten[].pad` noemt het veld; op `opties.beleid`
 *   als het beleid geen `regels.schuldhulp.grondslag` geeft (ook `'ijssel-vecht'`)
 * @throws {BeleidNietInWerkingFout} als de grondslag een uitgesloten status heeft (`uitgeslotenStatussen`)
 * @example
 * toetsSchuldhulp({ fase: 'opvang', schulden: true, schuldhulpverlening: 'geen' }).uitkomst
 * //=> 'actie-nodig'
 * toetsSchuldhulp({ fase: 'opvang', schulden: true, schuldhulpverlening: 'budgetbeheer' }).uitkomst
 * //=> 'voldaan'
 * toetsSchuldhulp({ fase: 'opvang', schulden: 'onbekend', schuldhulpverlening: 'geen' }).ontbrekendeGegevens
 * //=> ['schulden']
 * toetsSchuldhulp({ fase: 'dreigend', schulden: true, schuldhulpverlening: 'geen' }).uitkomst
 * //=> 'niet-van-toepassing'
 * // Zonder opties beslist de regel onder het ingebouwde beleid van Almelo, en noemt het.
 * toetsSchuldhulp({ fase: 'dreigend', schulden: true, schuldhulpverlening: 'geen' }).beleid?.id
 * //=> 'almelo'
 */
export function toetsSchuldhulp(invoer: SchuldhulpInvoer, opties?: SchuldhulpOpties): SchuldhulpBeoordeling {
  // Met een schoon Object.prototype: geen vreemde naam daarop verandert de uitkomst (SPEC §2.8).
  return zonderVervuiling(() => toetsSchuldhulpOpSchoonPrototype(invoer, opties));
}

function toetsSchuldhulpOpSchoonPrototype(invoer: SchuldhulpInvoer, opties?: SchuldhulpOpties): SchuldhulpBeoordeling {
  const gevalideerd = valideer(SchuldhulpInvoerSchema, invoer);
  const beleid = beleidVoorRegel(opties, 'schuldhulp', 'almelo');
  const criterium = gevalideerd.fase === 'opvang' ? inDeOpvang(gevalideerd) : buitenDeOpvang(gevalideerd);
  return besluit(SCHULDHULP, { peildatum: null, beleid }, [criterium], {
    positief: 'voldaan',
    negatief: 'actie-nodig',
    aanvullen: 'aanvullen',
    nietVanToepassing: 'niet-van-toepassing',
  });
}

/**
 * De niet-gooiende vorm van {@link toetsSchuldhulp}: `{ succes: true, beoordeling }`,
 * of een {@link Mislukking}: `{ succes: false, soort: 'ongeldige-invoer', fouten }` bij onjuiste
 * invoer, of `{ succes: false, soort: 'geen-beleid', fouten, nietInWerking }` als het beleid dat de
 * regel nodig heeft op de peildatum niet in werking is (zie {@link GeenBeleidMislukking}).
 * Gooit alleen bij een programmeerfout.
 *
 * @example
 * const uitslag = toetsSchuldhulpVeilig({ fase: 'opvang', schulden: 'ja', schuldhulpverlening: 'geen' } as never);
 * uitslag.succes ? uitslag.beoordeling.uitkomst : uitslag.fouten
 * //=> [{ pad: 'schulden', melding: "moet true, false of 'onbekend' zijn" }]
 * uitslag.succes ? null : uitslag.soort
 * //=> 'ongeldige-invoer'
 */
export const toetsSchuldhulpVeilig = /* @__PURE__ */ maakVeilig(toetsSchuldhulp);
