import type { Bron } from '../../types/beoordeling.js';
import type { Keuzebeschrijving, Regelbeschrijving } from '../../types/regelbeschrijving.js';
import { diepBevroren } from '../../types/bevroren.js';
import { COMPLEXE_GEVALLEN_BRONNEN } from './complexe-gevallen.js';
import { REGISSEUR_NAMEN } from './namen.js';

const OPLOSSING_1 = 'Oplossing 1: Regisseur maatschappelijke opvang';

/** De bronnen van de regisseursregel; de gronden citeren dezelfde. @internal */
export const REGISSEUR_BRONNEN = {
  rol: {
    document: 'integrale-ketenaanpak-mo',
    onderdeel: `${OPLOSSING_1}, uitgangspunt 1`,
    citaat: 'De Regisseur MO is een rol en geen functie. De organisatie die het intensiefste contact heeft met een cliënt, levert de Regisseur MO',
  },
  bereikbaar: {
    document: 'integrale-ketenaanpak-mo',
    onderdeel: `${OPLOSSING_1}, uitgangspunt 2`,
    citaat: 'Het moet voor iedereen te allen tijde duidelijk zijn wie de Regisseur MO is en hoe deze te bereiken',
  },
  /** Uitgangspunt 2, alleen het deel over wie de regisseur is: voor een wissel van regisseur. */
  duidelijkWie: {
    document: 'integrale-ketenaanpak-mo',
    onderdeel: `${OPLOSSING_1}, uitgangspunt 2`,
    citaat: 'Het moet voor iedereen te allen tijde duidelijk zijn wie de Regisseur MO is',
  },
  elkeFase: {
    document: 'integrale-ketenaanpak-mo',
    onderdeel: `${OPLOSSING_1}, uitgangspunt 3`,
    citaat: 'Er is een Regisseur MO, bij dreigende dak- en thuisloosheid, in de opvang en na uitstroom',
  },
  vertrouwen: { document: 'integrale-ketenaanpak-mo', onderdeel: `${OPLOSSING_1}, uitgangspunt 5`, citaat: 'De Regisseur MO heeft een vertrouwensrelatie met de cliënt.' },
} as const satisfies Record<string, Bron>;

/** De keuzes van de regel waar de bronnen zwijgen (onze interpretaties), op id. @internal */
export const REGISSEUR_KEUZES = {
  maat: {
    id: 'regisseur.maat-contacturen',
    tekst: {
      nl: 'Wij meten het intensiefste contact in contacturen per maand. De bron zegt niet hoe je dat meet; uren zijn te tellen en te vergelijken. Wie 0 uur contact heeft, kan de rol niet leveren.',
      en: 'We measure the most intensive contact in contact hours a month. The source does not say how to measure it; hours can be counted and compared. An organisation with 0 hours of contact cannot provide the role.',
    },
    alsRegel: {
      nl: 'Het intensiefste contact wordt gemeten in contacturen per maand. Een organisatie met 0 uur contact kan de rol niet leveren.',
      en: 'The most intensive contact is measured in contact hours a month. An organisation with 0 hours of contact cannot provide the role.',
    },
  },
  gelijkHuidige: {
    id: 'regisseur.gelijke-stand-huidige',
    tekst: {
      nl: 'Hebben meer organisaties de meeste uren, en is de huidige regisseur daarbij? Dan blijft de huidige regisseur. De bron zegt niets over een gelijke stand; zo houdt de cliënt het vertrouwde aanspreekpunt.',
      en: 'If several organisations share the most hours and the current coordinator is one of them, the current coordinator stays. The source says nothing about a tie; this way the client keeps a familiar contact person.',
    },
    alsRegel: {
      nl: 'Hebben meer organisaties de meeste contacturen, en is de huidige regisseur daarbij? Dan blijft de huidige regisseur.',
      en: 'If several organisations share the most contact hours and the current coordinator is one of them, the current coordinator stays.',
    },
  },
  gelijkVertrouwen: {
    id: 'regisseur.gelijke-stand-vertrouwensrelatie',
    tekst: {
      nl: 'Is de huidige regisseur niet bij de gelijken, dan kiezen wij de enige van hen met een vertrouwensrelatie met de cliënt. De bron zegt dat de Regisseur MO zo’n relatie heeft; een gelijke stand regelt het niet.',
      en: 'If the current coordinator is not among those tied, we choose the only one of them with a trust relationship with the client. The source says the Regisseur MO has such a relationship; it does not settle ties.',
    },
    alsRegel: {
      nl: 'Hebben meer organisaties de meeste contacturen, en is de huidige regisseur daar niet bij? Dan krijgt de enige van hen met een vertrouwensrelatie met de cliënt de rol.',
      en: 'If several organisations share the most contact hours and the current coordinator is not one of them, the only one of them with a trust relationship with the client gets the role.',
    },
  },
  gelijkOnbeslist: {
    id: 'regisseur.gelijke-stand-onbeslist',
    tekst: {
      nl: 'Beslist ook de vertrouwensrelatie de gelijke stand niet, dan kiest de regel niemand: wie de Regisseur MO levert, moet dan nog gekozen worden. De bronnen wijzen niemand aan die een gelijke stand tussen organisaties beslist.',
      en: 'If the trust relationship does not settle the tie either, the rule chooses nobody: who provides the Regisseur MO must then still be chosen. The sources name nobody who settles a tie between organisations.',
    },
    alsRegel: {
      nl: 'Beslist ook de vertrouwensrelatie de gelijke stand niet, dan kiest de regel niemand. Wie de Regisseur MO levert, moet dan nog gekozen worden.',
      en: 'If the trust relationship does not settle the tie either, the rule chooses nobody. Who provides the Regisseur MO must then still be chosen.',
    },
  },
  wissel: {
    id: 'regisseur.wissel-bij-meer-uren',
    tekst: {
      nl: 'De rol gaat pas naar een ander als die meer contacturen heeft dan de huidige regisseur. Elk verschil telt. De bron noemt geen drempel en geen wachttijd.',
      en: 'The role only passes to another organisation if it has more contact hours than the current coordinator. Any difference counts. The source gives no threshold and no waiting time.',
    },
    alsRegel: {
      nl: 'De rol gaat pas naar een andere organisatie als die meer contacturen heeft dan de huidige regisseur. Elk verschil telt. Er geldt geen drempel en geen wachttijd.',
      en: 'The role only passes to another organisation if it has more contact hours than the current coordinator. Any difference counts. There is no threshold and no waiting time.',
    },
  },
  overdracht: {
    id: 'regisseur.warme-overdracht',
    tekst: {
      nl: 'Gaat de rol over, dan vragen wij een warme overdracht van de oude naar de nieuwe regisseur. De bron zegt niets over een overdracht tussen regisseurs. Wel zegt zij dat iedereen moet weten wie de regisseur is, en dat de regisseur een vertrouwensrelatie met de cliënt heeft.',
      en: 'When the role passes, we ask for a warm handover from the old to the new coordinator. The source says nothing about a handover between coordinators. It does say that everyone must know who the coordinator is, and that the coordinator has a trust relationship with the client.',
    },
    alsRegel: {
      nl: 'Gaat de rol over, dan is een warme overdracht van de oude naar de nieuwe regisseur nodig.',
      en: 'When the role passes, a warm handover from the old to the new coordinator is needed.',
    },
  },
  vertrouwenSignaal: {
    id: 'regisseur.vertrouwensrelatie-als-signaal',
    tekst: {
      nl: 'Zonder vertrouwensrelatie blijft de keuze van de regisseur staan. De bron laat de organisatie met het intensiefste contact de regisseur leveren. Wij lezen de vertrouwensrelatie daarom als iets om aan te werken, niet als een voorwaarde.',
      en: 'Without a trust relationship the choice of coordinator stands. The source has the organisation with the most intensive contact provide the coordinator. So we read the trust relationship as something to work on, not as a condition.',
    },
    alsRegel: {
      nl: 'De vertrouwensrelatie is geen voorwaarde, maar iets om aan te werken. Zonder vertrouwensrelatie blijft de keuze van de regisseur staan.',
      en: 'The trust relationship is not a condition but something to work on. Without a trust relationship the choice of coordinator stands.',
    },
  },
} as const satisfies Record<string, Keuzebeschrijving>;

/** De beschrijving van de regel regisseur (zie {@link wijsRegisseurToe}). */
export const REGISSEUR: Regelbeschrijving = /* @__PURE__ */ diepBevroren({
  id: 'regisseur',
  functie: 'wijsRegisseurToe',
  titel: REGISSEUR_NAMEN.titel,
  omschrijving: {
    nl: 'Wijst de rol van Regisseur MO toe aan de betrokken organisatie met het intensiefste contact: de meeste contacturen per maand. Bij een gelijke stand blijft de huidige regisseur. Is die er niet bij, dan krijgt de enige met een vertrouwensrelatie de rol. Anders beslissen mensen; onder het beleid van Almelo noemt de grond dan waar het plan complexe gevallen legt (de casuïstiektafel en, in Almelo, de Doorbraakmethode), zonder te zeggen dat een gelijke stand zo’n geval is. De huidige regisseur houdt de rol, tenzij een ander meer contact heeft. Het maakt niet uit in welke volgorde de organisaties genoemd worden. Gaat de rol over, dan is een warme overdracht nodig. Onder het ingebouwde beleid van de centrumregio Almelo rust de regel op een plan met een pilot uit 2020 (een voornemen).',
    en: 'Assigns the role of Regisseur MO to the involved organisation with the most intensive contact: the most contact hours a month. On a tie the current coordinator stays. If the current one is not among them, the only one with a trust relationship gets the role. Otherwise people decide; under the Almelo policy the ground then names where the plan puts complex cases (the case table and, in Almelo, the Doorbraakmethode), without saying that a tie is such a case. The current coordinator keeps the role unless another has more contact. It does not matter in which order the organisations are named. When the role passes, a warm handover is needed. Under the built-in policy of the Almelo central region the rule rests on a plan with a pilot from 2020 (an intention).',
  },
  uitkomsten: REGISSEUR_NAMEN.uitkomsten,
  criteria: [
    {
      ...REGISSEUR_NAMEN.criteria.intensiefsteContact,
      soort: 'criterium',
      voldaanAls: {
        nl: 'Er is één organisatie met de meeste contacturen per maand (meer dan 0). Of de gelijke stand is beslist: de huidige regisseur blijft, of alleen één van de gelijken heeft een vertrouwensrelatie. Een gelijke stand die zo niet te beslissen is, is onbekend. Onder het beleid van Almelo noemt de grond dan waar het plan complexe gevallen legt: de casuïstiektafel (een voornemen) en, in de gemeente Almelo, de Doorbraakmethode (de werkwijze die het plan beschrijft). Het plan zegt niet of een gelijke stand zo’n geval is. Heeft niemand contact, dan is het criterium niet voldaan.',
        en: 'There is one organisation with the most contact hours a month (more than 0). Or the tie was settled: the current coordinator stays, or only one of those tied has a trust relationship. A tie that cannot be settled this way is unknown. Under the Almelo policy the ground then names where the plan puts complex cases: the case table (an intention) and, in the municipality of Almelo, the Doorbraakmethode (the way of working the plan describes). The plan does not say whether a tie is such a case. If nobody has contact, the criterion is not met.',
      },
      bronnen: [REGISSEUR_BRONNEN.rol, REGISSEUR_BRONNEN.vertrouwen, REGISSEUR_BRONNEN.duidelijkWie, ...COMPLEXE_GEVALLEN_BRONNEN],
      basis: 'beleid',
      keuzes: [REGISSEUR_KEUZES.maat, REGISSEUR_KEUZES.gelijkHuidige, REGISSEUR_KEUZES.gelijkVertrouwen, REGISSEUR_KEUZES.gelijkOnbeslist, REGISSEUR_KEUZES.wissel, REGISSEUR_KEUZES.overdracht],
    },
    {
      ...REGISSEUR_NAMEN.criteria.elkeFase,
      soort: 'criterium',
      voldaanAls: {
        nl: 'Er is in de fase van de cliënt een Regisseur MO: bij dreigende dak- en thuisloosheid, in de opvang of na uitstroom.',
        en: "There is a Regisseur MO in the client's phase: while homelessness threatens, in shelter or after leaving shelter.",
      },
      bronnen: [REGISSEUR_BRONNEN.elkeFase],
      basis: 'beleid',
      keuzes: [],
    },
    {
      ...REGISSEUR_NAMEN.criteria.vertrouwensrelatie,
      soort: 'signaal',
      voldaanAls: {
        nl: 'De gekozen regisseur heeft een vertrouwensrelatie met de cliënt. Dit is een aandachtspunt: zonder vertrouwensrelatie blijft de toewijzing staan, maar moet er aan de relatie gewerkt worden.',
        en: 'The chosen coordinator has a trust relationship with the client. This is a point of attention: without a trust relationship the assignment stands, but the relationship needs work.',
      },
      bronnen: [REGISSEUR_BRONNEN.vertrouwen],
      basis: 'beleid',
      keuzes: [REGISSEUR_KEUZES.vertrouwenSignaal],
    },
    {
      ...REGISSEUR_NAMEN.criteria.bereikbaar,
      soort: 'signaal',
      voldaanAls: {
        nl: 'Het is vastgelegd hoe de gekozen regisseur te bereiken is. Dit is een aandachtspunt: is het niet vastgelegd of niet bekend, dan moeten de contactgegevens worden vastgelegd. De toewijzing blijft staan.',
        en: 'It is recorded how to reach the chosen coordinator. This is a point of attention: if it is not recorded or not known, the contact details must be recorded. The assignment stands.',
      },
      bronnen: [REGISSEUR_BRONNEN.bereikbaar],
      basis: 'beleid',
      keuzes: [],
    },
  ],
  // De signalen blokkeren niets: geen invoerveld kan in ontbrekendeGegevens staan.
  velden: REGISSEUR_NAMEN.velden,
  vragen: {
    'betrokkenOrganisaties.bereikbaar': { nl: 'Is vastgelegd hoe de regisseur van deze organisatie te bereiken is?', en: "Is it recorded how to reach this organisation's coordinator?" },
    'betrokkenOrganisaties.vertrouwensrelatie': { nl: 'Heeft deze organisatie een vertrouwensrelatie met de cliënt?', en: 'Does this organisation have a trust relationship with the client?' },
  },
});
