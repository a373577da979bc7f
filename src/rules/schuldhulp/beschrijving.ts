import type { Bron } from '../../types/beoordeling.js';
import type { Regelbeschrijving } from '../../types/regelbeschrijving.js';
import { diepBevroren } from '../../types/bevroren.js';
import { SCHULDHULP_NAMEN } from './namen.js';

const OPLOSSING_4 = 'Oplossing 4: Alternatieve bewindvoering';

/** De bronnen van de schuldenregels; de gronden citeren dezelfde. @internal */
export const SCHULDEN_BRONNEN = {
  iedereen: { document: 'integrale-ketenaanpak-mo', onderdeel: `${OPLOSSING_4}, kenmerk 4`, citaat: 'Iedereen in de MO met schulden heeft een vorm van schuldhulpverlening' },
  componenten: {
    document: 'integrale-ketenaanpak-mo',
    onderdeel: `${OPLOSSING_4}, kenmerk 2`,
    citaat: 'Het bestaat uit verschillende componenten die op maat worden in gezet: − Budgetbeheer; − Schuldsanering; − Gefaseerd duurzaam leren omgaan met geld; − Aanspreekpunt voor financiële vragen.',
  },
  vrijwillig: { document: 'integrale-ketenaanpak-mo', onderdeel: `${OPLOSSING_4}, kenmerk 1`, citaat: 'Vrijwillige, maar niet vrijblijvende, deelname' },
  opMaat: {
    document: 'integrale-ketenaanpak-mo',
    onderdeel: `${OPLOSSING_4}, kenmerk 3`,
    citaat: 'Op maat naar behoefte van de cliënt: zwaar in het begin en licht aan het eind. Met mogelijkheid om tussentijds op- of af te schalen',
  },
  startEnDoor: {
    document: 'integrale-ketenaanpak-mo',
    onderdeel: `${OPLOSSING_4}, kenmerk 5`,
    citaat: 'Alternatieve bewindvoering kan starten bij een verhoogd risico op dak- en thuisloosheid en gaat (naar behoefte) door nadat iemand uit de MO is uitgestroomd.',
  },
} as const satisfies Record<string, Bron>;

/** De ids van de keuzes van de regel schuldhulp. @internal */
export const SCHULDHULP_KEUZES = {
  faseOpvang: 'schuldhulp.fase-opvang',
  budgetbeheer: 'schuldhulp.budgetbeheer',
} as const;

/** De beschrijving van de regel schuldhulp (zie {@link toetsSchuldhulp}). */
export const SCHULDHULP: Regelbeschrijving = /* @__PURE__ */ diepBevroren({
  id: 'schuldhulp',
  functie: 'toetsSchuldhulp',
  titel: SCHULDHULP_NAMEN.titel,
  omschrijving: {
    nl: 'Toetst de eis dat iedereen in de maatschappelijke opvang met schulden een vorm van schuldhulpverlening heeft. De eis geldt in de opvang. Bij dreigende dakloosheid en na uitstroom geldt ze niet; daar kan alternatieve bewindvoering starten of doorgaan (zie de regel alternatieve bewindvoering).',
    en: 'Tests the requirement that everyone in shelter care with debts has some form of debt support. The requirement applies in shelter care. When homelessness threatens and after leaving shelter it does not apply; there alternative budget management can start or continue (see the rule on alternative budget management).',
  },
  uitkomsten: SCHULDHULP_NAMEN.uitkomsten,
  criteria: [
    {
      ...SCHULDHULP_NAMEN.criteria.vorm,
      soort: 'criterium',
      voldaanAls: {
        nl: 'De cliënt is in de opvang en heeft schulden, en heeft een vorm van schuldhulpverlening: reguliere schuldhulpverlening, alternatieve bewindvoering of budgetbeheer. Heeft de cliënt schulden en geen enkele vorm, dan is het criterium niet voldaan en is actie nodig. Zonder schulden, bij dreigende dakloosheid en na uitstroom is het criterium niet van toepassing.',
        en: 'The client is in shelter care and has debts, and has some form of debt support: regular debt support, alternative budget management or budget management. If the client has debts and no form at all, the criterion is not met and action is needed. Without debts, when homelessness threatens and after leaving shelter the criterion does not apply.',
      },
      bronnen: [SCHULDEN_BRONNEN.iedereen, SCHULDEN_BRONNEN.componenten, SCHULDEN_BRONNEN.startEnDoor],
      basis: 'beleid',
      keuzes: [
        {
          id: SCHULDHULP_KEUZES.faseOpvang,
          tekst: {
            nl: 'Wij lezen "in de MO" als: in de maatschappelijke opvang. De bron noemt de fasen ervoor en erna apart, bij alternatieve bewindvoering: die "kan starten bij een verhoogd risico op dak- en thuisloosheid" en gaat door "nadat iemand uit de MO is uitgestroomd". Daarom geldt de eis niet bij dreigende dakloosheid en niet na uitstroom.',
            en: 'We read "in de MO" as: in shelter care. The source treats the phases before and after separately, for alternative budget management: it "kan starten bij een verhoogd risico op dak- en thuisloosheid" (can start at a raised risk of homelessness) and continues "nadat iemand uit de MO is uitgestroomd" (after someone has left shelter care). So the requirement does not apply when homelessness threatens, nor after leaving shelter.',
          },
          alsRegel: {
            nl: 'De eis dat iemand met schulden een vorm van schuldhulpverlening heeft, geldt in de maatschappelijke opvang. Bij dreigende dakloosheid en na uitstroom geldt de eis niet.',
            en: 'The requirement that someone with debts has some form of debt support applies in shelter care. When homelessness threatens and after leaving shelter the requirement does not apply.',
          },
        },
        {
          id: SCHULDHULP_KEUZES.budgetbeheer,
          tekst: {
            nl: 'Wij tellen budgetbeheer als een vorm van schuldhulpverlening. De bron noemt budgetbeheer als een van de onderdelen van alternatieve bewindvoering, maar zegt niet of budgetbeheer alleen genoeg is.',
            en: 'We count budget management as a form of debt support. The source names budget management as one of the components of alternative budget management, but does not say whether budget management on its own is enough.',
          },
          alsRegel: {
            nl: 'Budgetbeheer telt als een vorm van schuldhulpverlening. Ook budgetbeheer alleen is genoeg.',
            en: 'Budget management counts as a form of debt support. Budget management on its own is also enough.',
          },
        },
      ],
    },
  ],
  velden: SCHULDHULP_NAMEN.velden,
  vragen: { schulden: { nl: 'Heeft de cliënt schulden?', en: 'Does the client have debts?' } },
});
