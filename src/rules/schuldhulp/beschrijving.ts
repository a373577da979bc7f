import type { Bron } from '../../types/beoordeling.js';
import { AANVULLEN, type Regelbeschrijving } from '../beschrijving.js';

const OPLOSSING_4 = 'Oplossing 4: Alternatieve bewindvoering';

/** De bronnen van de schuldenregels; de gronden citeren dezelfde. @internal */
export const SCHULDEN_BRONNEN = {
  iedereen: { document: 'integrale-ketenaanpak-mo', onderdeel: `${OPLOSSING_4}, kenmerk 4`, citaat: 'Iedereen in de MO met schulden heeft een vorm van schuldhulpverlening' },
  componenten: {
    document: 'integrale-ketenaanpak-mo',
    onderdeel: `${OPLOSSING_4}, kenmerk 2`,
    citaat: 'Het bestaat uit verschillende componenten die op maat worden in gezet: Budgetbeheer; Schuldsanering; Gefaseerd duurzaam leren omgaan met geld; Aanspreekpunt voor financiële vragen.',
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

/** De beschrijving van de regel schuldhulp (zie {@link toetsSchuldhulp}). */
export const SCHULDHULP: Regelbeschrijving = {
  id: 'schuldhulp',
  functie: 'toetsSchuldhulp',
  titel: { nl: 'Schuldhulp in de opvang', en: 'Debt support in shelter care' },
  omschrijving: {
    nl: "Toetst de eis dat iedereen in de maatschappelijke opvang met schulden een vorm van schuldhulpverlening heeft. De eis geldt in de fase 'opvang'; bij dreigende dakloosheid en na uitstroom is ze niet van toepassing (daar kan alternatieve bewindvoering starten of doorgaan, zie toetsAlternatieveBewindvoering).",
    en: "Tests the requirement that everyone in shelter care with debts has some form of debt support. It applies in the phase 'opvang'; when homelessness threatens and after leaving shelter it does not apply (there alternative budget management can start or continue, see toetsAlternatieveBewindvoering).",
  },
  uitkomsten: {
    voldaan: { nl: 'voldaan', en: 'met' },
    'actie-nodig': { nl: 'actie nodig: regel schuldhulpverlening', en: 'action needed: arrange debt support' },
    'niet-van-toepassing': { nl: 'niet van toepassing', en: 'not applicable' },
    aanvullen: AANVULLEN,
  },
  criteria: [
    {
      id: 'schuldhulp.vorm',
      voldaanAls: {
        nl: "In de fase 'opvang': de cliënt heeft geen schulden (niet van toepassing), of heeft een vorm van schuldhulpverlening: `regulier`, `alternatieve-bewindvoering` of `budgetbeheer`. Schulden met `geen` schuldhulpverlening is niet voldaan (uitkomst `actie-nodig`). Buiten de opvang niet van toepassing.",
        en: "In the phase 'opvang': the client has no debts (not applicable), or has some form of debt support: `regulier`, `alternatieve-bewindvoering` or `budgetbeheer`. Debts with `geen` support is not met (outcome `actie-nodig`). Outside shelter care not applicable.",
      },
      bronnen: [SCHULDEN_BRONNEN.iedereen, SCHULDEN_BRONNEN.componenten],
    },
  ],
};
