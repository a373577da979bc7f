import type { Regelbeschrijving } from '../../types/regelbeschrijving.js';
import { COMPLEXE_GEVALLEN_BRONNEN } from '../regisseur/complexe-gevallen.js';
import { SCHULDEN_BRONNEN } from '../schuldhulp/beschrijving.js';
import { diepBevroren } from '../../types/bevroren.js';
import { ALTERNATIEVE_BEWINDVOERING_NAMEN } from './namen.js';

/** De ids van de keuzes van de regel alternatieve bewindvoering. @internal */
export const BEWINDVOERING_KEUZES = {
  startenInOpvang: 'alternatieve-bewindvoering.starten-in-opvang',
  startenNaUitstroom: 'alternatieve-bewindvoering.starten-na-uitstroom',
  doorgaanNaarBehoefte: 'alternatieve-bewindvoering.doorgaan-naar-behoefte',
} as const;

/** De beschrijving van de regel alternatieve bewindvoering (zie {@link toetsAlternatieveBewindvoering}). */
export const ALTERNATIEVE_BEWINDVOERING: Regelbeschrijving = /* @__PURE__ */ diepBevroren({
  id: 'alternatieve-bewindvoering',
  functie: 'toetsAlternatieveBewindvoering',
  titel: ALTERNATIEVE_BEWINDVOERING_NAMEN.titel,
  omschrijving: {
    nl: 'Zegt of alternatieve bewindvoering (bewindvoering met een leercomponent) in een fase kan starten of doorgaan. Ze kan starten bij een verhoogd risico op dak- en thuisloosheid en in de opvang. Na uitstroom gaat ze door zolang de cliënt er behoefte aan heeft. Deelname is vrijwillig. Of ze ná uitstroom nog kan starten, zegt de bron niet: dan is de uitkomst "niet voorzien" en beslist een mens. Onder het beleid van Almelo noemt de grond dan waar het plan complexe gevallen legt (de casuïstiektafel en, in Almelo, de Doorbraakmethode), zonder te zeggen dat deze vraag zo’n geval is.',
    en: 'Says whether alternative budget management (budget management with a learning component) can start or continue in a phase. It can start at a raised risk of homelessness and in shelter care. After leaving shelter it continues as long as the client needs it. Participation is voluntary. Whether it can still start after leaving shelter the source does not say: the outcome is then "niet voorzien" (not provided for) and a person decides. Under the Almelo policy the ground then names where the plan puts complex cases (the case table and, in Almelo, the Doorbraakmethode), without saying that this question is such a case.',
  },
  uitkomsten: ALTERNATIEVE_BEWINDVOERING_NAMEN.uitkomsten,
  criteria: [
    {
      ...ALTERNATIEVE_BEWINDVOERING_NAMEN.criteria.fase,
      soort: 'criterium',
      voldaanAls: {
        nl: 'Starten kan bij dreigende dak- of thuisloosheid en in de opvang. Doorgaan kan in elke fase. Starten na uitstroom staat niet in de bron: het criterium is dan onbekend en de uitkomst is "niet voorzien". Onder het beleid van Almelo noemt de grond dan waar het plan complexe gevallen legt: de casuïstiektafel (een voornemen) en, in de gemeente Almelo, de Doorbraakmethode (de werkwijze die het plan beschrijft). Het plan zegt niet of deze vraag zo’n geval is.',
        en: 'Starting is possible when homelessness threatens and in shelter care. Continuing is possible in every phase. Starting after leaving shelter is not in the source: the criterion is then unknown and the outcome is "niet voorzien" (not provided for). Under the Almelo policy the ground then names where the plan puts complex cases: the case table (an intention) and, in the municipality of Almelo, the Doorbraakmethode (the way of working the plan describes). The plan does not say whether this question is such a case.',
      },
      bronnen: [SCHULDEN_BRONNEN.startEnDoor, SCHULDEN_BRONNEN.opMaat, SCHULDEN_BRONNEN.iedereen, ...COMPLEXE_GEVALLEN_BRONNEN],
      basis: 'beleid',
      keuzes: [
        {
          id: BEWINDVOERING_KEUZES.startenInOpvang,
          tekst: {
            nl: 'De bron zegt niet met zoveel woorden dat alternatieve bewindvoering in de opvang kan starten. Wij lezen dat wel zo: ze kan al starten bij een verhoogd risico op dak- en thuisloosheid, en iedereen in de opvang met schulden hoort een vorm van schuldhulpverlening te hebben.',
            en: 'The source does not say in so many words that alternative budget management can start in shelter care. We do read it that way: it can already start at a raised risk of homelessness, and everyone in shelter care with debts should have some form of debt support.',
          },
          alsRegel: {
            nl: 'Alternatieve bewindvoering kan ook in de opvang starten.',
            en: 'Alternative budget management can also start in shelter care.',
          },
        },
        {
          id: BEWINDVOERING_KEUZES.startenNaUitstroom,
          tekst: {
            nl: 'De bron zegt wanneer alternatieve bewindvoering kan starten (bij een verhoogd risico op dak- en thuisloosheid) en dat ze na uitstroom doorgaat. Of ze na uitstroom nog kan starten, zegt het niet. Daarom beslist deze regel dat niet: de uitkomst is "niet voorzien" en een mens beslist.',
            en: 'The source says when alternative budget management can start (at a raised risk of homelessness) and that it continues after leaving shelter. Whether it can still start after leaving shelter, it does not say. So this rule does not decide that: the outcome is "niet voorzien" (not provided for) and a person decides.',
          },
          alsRegel: {
            nl: 'Of alternatieve bewindvoering na uitstroom nog kan starten, beslist een mens, niet deze regel. De uitkomst is dan "niet voorzien".',
            en: 'Whether alternative budget management can still start after leaving shelter is decided by a person, not by this rule. The outcome is then "niet voorzien" (not provided for).',
          },
        },
      ],
    },
    {
      ...ALTERNATIEVE_BEWINDVOERING_NAMEN.criteria.toestemming,
      soort: 'criterium',
      voldaanAls: {
        nl: 'De cliënt stemt in. Deelname is vrijwillig, maar niet vrijblijvend.',
        en: 'The client consents. Participation is voluntary, though not without obligation.',
      },
      bronnen: [SCHULDEN_BRONNEN.vrijwillig],
      basis: 'beleid',
      keuzes: [],
    },
    {
      ...ALTERNATIEVE_BEWINDVOERING_NAMEN.criteria.behoefte,
      soort: 'criterium',
      voldaanAls: {
        nl: 'Alleen bij doorgaan na uitstroom: de cliënt heeft er nog behoefte aan. In de andere gevallen is het criterium niet van toepassing; daar wordt de hulp op maat zwaarder of lichter.',
        en: 'Only when continuing after leaving shelter: the client still needs it. Otherwise the criterion does not apply; there the support is made heavier or lighter as needed.',
      },
      bronnen: [SCHULDEN_BRONNEN.startEnDoor, SCHULDEN_BRONNEN.opMaat],
      basis: 'beleid',
      keuzes: [
        {
          id: BEWINDVOERING_KEUZES.doorgaanNaarBehoefte,
          tekst: {
            nl: 'De bron zegt dat alternatieve bewindvoering na uitstroom "(naar behoefte)" doorgaat. Wij lezen dat zo: na uitstroom gaat ze alleen door zolang de cliënt er nog behoefte aan heeft; vóór uitstroom gaat ze door en bepaalt de behoefte alleen hoe zwaar de hulp is.',
            en: 'The source says that alternative budget management continues "(naar behoefte)" (as needed) after leaving shelter. We read this as: after leaving shelter it continues only while the client still needs it; before leaving shelter it continues and the need only sets how heavy the support is.',
          },
          alsRegel: {
            nl: 'Na uitstroom gaat alternatieve bewindvoering alleen door zolang de cliënt er nog behoefte aan heeft. Vóór uitstroom gaat zij door; de behoefte bepaalt dan alleen hoe zwaar de hulp is.',
            en: 'After leaving shelter, alternative budget management continues only while the client still needs it. Before leaving shelter it continues; the need then only sets how heavy the support is.',
          },
        },
      ],
    },
  ],
  velden: ALTERNATIEVE_BEWINDVOERING_NAMEN.velden,
  vragen: {
    toestemming: { nl: 'Stemt de cliënt in met (verdere) deelname aan alternatieve bewindvoering?', en: 'Does the client consent to (further) participation in alternative budget management?' },
    behoefte: { nl: 'Heeft de cliënt na uitstroom nog behoefte aan alternatieve bewindvoering?', en: 'Does the client still need alternative budget management after leaving shelter?' },
  },
});
