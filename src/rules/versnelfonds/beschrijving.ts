import type { Bron } from '../../types/beoordeling.js';
import type { Criteriumbeschrijving, Regelbeschrijving } from '../../types/regelbeschrijving.js';
import { HERKOMST_BRONNEN, LANDELIJKE_TOEGANKELIJKHEID } from '../herkomst/beschrijving.js';
import { diepBevroren } from '../../types/bevroren.js';
import { VERSNELFONDS_NAMEN } from './namen.js';

const OPLOSSING_5 = 'Oplossing 5: Versnelfonds';

/**
 * De bronnen van de regeltekst per criterium. Een citaat over een waarde (het maximum van
 * € 1.000, de regio Almelo) hoort bij die beleidswaarde en staat alleen in een grond als die
 * waarde is toegepast (SPEC §2.4). @internal
 */
export const VERSNELFONDS_BRONNEN = {
  laatsteOptie: [
    {
      document: 'integrale-ketenaanpak-mo',
      onderdeel: OPLOSSING_5,
      citaat: 'Het versnelfonds kan worden ingezet als laatste optie, wanneer voorliggende voorzieningen geen optie (meer) zijn.',
    },
  ],
  voorkomen: [
    { document: 'integrale-ketenaanpak-mo', onderdeel: `${OPLOSSING_5}, criterium 1`, citaat: 'Voorkomen: geen of minder lang een beroep op de maatschappelijke opvang' },
  ],
  herkomst: [{ document: 'integrale-ketenaanpak-mo', onderdeel: `${OPLOSSING_5}, criterium 2`, citaat: 'Herkomst: de cliënten moeten komen uit het werkgebied van de centrumgemeente' }],
  kostenBaten: [
    {
      document: 'integrale-ketenaanpak-mo',
      onderdeel: `${OPLOSSING_5}, criterium 3`,
      citaat: 'Kosten-baten: de injectie moet in verhouding staan tot de verwachte besparing aan maatschappelijke kosten',
    },
  ],
  schulden: [
    {
      document: 'integrale-ketenaanpak-mo',
      onderdeel: `${OPLOSSING_5}, criterium 4`,
      citaat: 'Schulden: bij schulden moet een schuldhulpverlener betrokken zijn en schulden tot een minimum teruggedrongen zijn.',
    },
  ],
  maximum: [{ document: 'integrale-ketenaanpak-mo', onderdeel: OPLOSSING_5, citaat: 'In dat geval kan het fonds een gift, lening of voorschot verstrekken tot een maximum' }],
  /** "kan" en "moet": het fonds kán geven, een aanvraag moet aan de criteria voldoen (SPEC §4.2). */
  bevoegdheid: [
    { document: 'integrale-ketenaanpak-mo', onderdeel: OPLOSSING_5, citaat: 'In dat geval kan het fonds een gift, lening of voorschot verstrekken' },
    { document: 'integrale-ketenaanpak-mo', onderdeel: OPLOSSING_5, citaat: 'Criteria waaraan een aanvraag moet voldoen zijn:' },
  ],
} as const satisfies Record<string, readonly Bron[]>;

const criteria: Criteriumbeschrijving[] = [
  {
    ...VERSNELFONDS_NAMEN.criteria.laatsteOptie,
    soort: 'criterium',
    voldaanAls: {
      nl: 'Voorliggende voorzieningen zijn geen optie (meer); het fonds is de laatste optie.',
      en: 'Provisions that come first are no (longer an) option; the fund is the last resort.',
    },
    bronnen: VERSNELFONDS_BRONNEN.laatsteOptie,
    basis: 'beleid',
    keuzes: [
      {
        id: 'versnelfonds.laatste-optie-als-eis',
        tekst: {
          nl: 'De zin over de laatste optie staat vóór de lijst met criteria. Wij toetsen hem als eis: is er nog een voorziening die eerst komt en een optie is, dan wordt de aanvraag afgewezen.',
          en: 'The sentence on the last resort stands before the list of criteria. We test it as a requirement: if a provision that comes first is still an option, the request is refused.',
        },
        alsRegel: {
          nl: 'Het fonds is de laatste optie. Dat is een eis: is er nog een voorziening die eerst komt en een optie is, dan wordt de aanvraag afgewezen.',
          en: 'The fund is the last resort. That is a requirement: if a provision that comes first is still an option, the request is refused.',
        },
      },
    ],
  },
  {
    ...VERSNELFONDS_NAMEN.criteria.voorkomen,
    soort: 'criterium',
    voldaanAls: {
      nl: 'De aanvraag voorkomt een beroep op de maatschappelijke opvang of maakt het korter.',
      en: 'The request prevents or shortens a stay in shelter care.',
    },
    bronnen: VERSNELFONDS_BRONNEN.voorkomen,
    basis: 'beleid',
    keuzes: [],
  },
  {
    ...VERSNELFONDS_NAMEN.criteria.herkomst,
    soort: 'criterium',
    voldaanAls: {
      nl: 'De gemeente van herkomst hoort op de dag van de aanvraag bij de regio van het fonds (in het ingebouwde beleid de regio Almelo). Het is dezelfde toets als bij de regel herkomst. Is de herkomst onbekend, dan is het criterium onbekend.',
      en: "The municipality of origin belongs to the fund's region on the day of the request (in the built-in policy the Almelo region). It is the same test as in the origin rule. An unknown origin leaves the criterion unknown.",
    },
    bronnen: [...VERSNELFONDS_BRONNEN.herkomst, HERKOMST_BRONNEN.bijzondereGemeenten, HERKOMST_BRONNEN.herindelingen],
    basis: 'beleid',
    keuzes: [
      {
        id: 'versnelfonds.werkgebied',
        tekst: {
          nl: "Het 'werkgebied van de centrumgemeente' lezen wij als de gemeenten die op de dag van de aanvraag bij de regio van het fonds horen. Welke gemeente telt, zegt het plan niet; het fonds is ook voor wie nog niet dakloos is. Wij toetsen de gemeente van herkomst die de aanvraag opgeeft.",
          en: "We read 'the working area of the central municipality' as the municipalities that belong to the fund's region on the day of the request. Which municipality counts, the plan does not say; the fund is also for people who are not yet homeless. We test the municipality of origin that the request gives.",
        },
        alsRegel: {
          nl: 'Het werkgebied van de centrumgemeente bestaat uit de gemeenten die op de dag van de aanvraag bij de regio van het fonds horen. Getoetst wordt de gemeente van herkomst die de aanvraag opgeeft.',
          en: "The working area of the central municipality consists of the municipalities that belong to the fund's region on the day of the request. The municipality of origin given in the request is tested.",
        },
      },
    ],
  },
  {
    ...VERSNELFONDS_NAMEN.criteria.kostenBaten,
    soort: 'criterium',
    voldaanAls: {
      nl: 'De verwachte besparing is ten minste de kosten-batenfactor maal het bedrag dat het fonds kan geven, naar boven afgerond op hele centen. In het ingebouwde beleid is de factor 1: een interpretatie van "in verhouding".',
      en: 'The expected saving is at least the cost-benefit factor times the amount the fund can give, rounded up to whole cents. In the built-in policy the factor is 1: an interpretation of "in proportion".',
    },
    bronnen: VERSNELFONDS_BRONNEN.kostenBaten,
    basis: 'beleid',
    keuzes: [
      {
        id: 'versnelfonds.besparing-tegen-toekenbaar-bedrag',
        tekst: {
          nl: 'De besparing wordt vergeleken met het bedrag dat het fonds kan geven (na begrenzing tot het maximum), niet met het gevraagde bedrag. Het vereiste bedrag wordt naar boven afgerond op hele centen.',
          en: 'The saving is compared with the amount the fund can give (after capping at the maximum), not with the amount requested. The required amount is rounded up to whole cents.',
        },
        alsRegel: {
          nl: 'De verwachte besparing wordt vergeleken met het bedrag dat het fonds kan geven, na begrenzing tot het maximum. Zij wordt niet vergeleken met het gevraagde bedrag. De besparing die nodig is, wordt naar boven afgerond op hele centen.',
          en: 'The expected saving is compared with the amount the fund can give, after capping at the maximum. It is not compared with the amount requested. The saving required is rounded up to whole cents.',
        },
      },
    ],
  },
  {
    ...VERSNELFONDS_NAMEN.criteria.schulden,
    soort: 'criterium',
    voldaanAls: {
      nl: 'Zonder schulden is het criterium niet van toepassing. Met schulden is het voldaan als er een schuldhulpverlener betrokken is én de schulden tot een minimum zijn teruggebracht. Is één van die twee niet zo, dan is het niet voldaan. Is niet bekend of er schulden zijn, maar zijn beide andere feiten wel zo, dan is het criterium in elk geval voldaan.',
      en: 'Without debts the criterion does not apply. With debts it is met when a debt counsellor is involved and the debts have been brought to a minimum. If either is not the case, it is not met. If it is unknown whether there are debts but both other facts hold, the criterion is met either way.',
    },
    bronnen: VERSNELFONDS_BRONNEN.schulden,
    basis: 'beleid',
    keuzes: [
      {
        id: 'versnelfonds.minimum-als-oordeel',
        tekst: {
          nl: "De bron noemt geen bedrag voor 'tot een minimum teruggedrongen'. Of dat zo is, is een oordeel van de aanvrager of de schuldhulpverlener.",
          en: "The source names no amount for 'brought to a minimum'. Whether that is so is a judgement of the applicant or the debt counsellor.",
        },
        alsRegel: {
          nl: 'Of de schulden tot een minimum zijn teruggebracht, is een oordeel van de aanvrager of de schuldhulpverlener. Er geldt geen vast bedrag.',
          en: 'Whether the debts have been brought to a minimum is a judgement of the applicant or the debt counsellor. No fixed amount applies.',
        },
      },
    ],
  },
  {
    ...VERSNELFONDS_NAMEN.criteria.maximum,
    soort: 'criterium',
    voldaanAls: {
      nl: 'Altijd voldaan: een hoger bedrag wordt niet afgewezen, maar begrensd tot het maximum dat op de dag van de aanvraag geldt. De toelichting zegt of het bedrag is begrensd.',
      en: 'Always met: a higher amount is not refused but capped at the maximum in force on the day of the request. The explanation says whether the amount was capped.',
    },
    bronnen: VERSNELFONDS_BRONNEN.maximum,
    basis: 'beleid',
    keuzes: [
      {
        id: 'versnelfonds.begrenzen',
        tekst: {
          nl: "'Tot een maximum van' lezen wij zo: een hoger bedrag wordt niet afgewezen, maar begrensd tot het maximum.",
          en: "We read 'up to a maximum of' as: a higher amount is not refused but capped at the maximum.",
        },
        alsRegel: {
          nl: 'Is het gevraagde bedrag hoger dan het maximum, dan wordt de aanvraag niet afgewezen. Het bedrag wordt dan begrensd tot het maximum.',
          en: 'If the amount requested is higher than the maximum, the request is not refused. The amount is then capped at the maximum.',
        },
      },
      {
        id: 'versnelfonds.per-aanvraag',
        tekst: {
          nl: 'Het maximum geldt per aanvraag. De bron zegt niet of het per aanvraag, per cliënt of per jaar geldt.',
          en: 'The maximum applies per request. The source does not say whether it applies per request, per client or per year.',
        },
        alsRegel: {
          nl: 'Het maximum geldt per aanvraag.',
          en: 'The maximum applies per request.',
        },
      },
    ],
  },
  {
    ...VERSNELFONDS_NAMEN.criteria.bevoegdheid,
    soort: 'signaal',
    voldaanAls: {
      nl: 'Staat erbij als aan alle criteria is voldaan. Het fonds kán dan het bedrag geven; geven is een bevoegdheid van wie over het fonds beslist, geen recht van de aanvrager.',
      en: 'Given when all criteria are met. The fund can then give the amount; giving is a power of whoever decides on the fund, not an entitlement of the applicant.',
    },
    bronnen: VERSNELFONDS_BRONNEN.bevoegdheid,
    basis: 'beleid',
    keuzes: [
      {
        id: 'versnelfonds.kan-is-bevoegdheid',
        tekst: {
          nl: "De bron zegt dat het fonds geld 'kan' geven, en noemt criteria waaraan een aanvraag 'moet' voldoen. Wij lezen de criteria als voorwaarden, niet als een recht: ook als aan alle criteria is voldaan, beslist wie over het fonds gaat of het fonds geeft.",
          en: "The source says the fund 'can' give money, and names criteria a request 'must' meet. We read the criteria as conditions, not as an entitlement: even when all criteria are met, whoever decides on the fund decides whether the fund gives.",
        },
        alsRegel: {
          nl: 'De criteria zijn voorwaarden, geen recht. Ook als aan alle criteria is voldaan, beslist wie over het fonds gaat of het fonds geeft.',
          en: 'The criteria are conditions, not an entitlement. Even when all criteria are met, whoever decides on the fund decides whether the fund gives.',
        },
      },
    ],
  },
  LANDELIJKE_TOEGANKELIJKHEID,
];

/** De beschrijving van de regel versnelfonds (zie {@link beoordeelVersnelfonds}). */
export const VERSNELFONDS: Regelbeschrijving = /* @__PURE__ */ diepBevroren({
  id: 'versnelfonds',
  functie: 'beoordeelVersnelfonds',
  titel: VERSNELFONDS_NAMEN.titel,
  omschrijving: {
    nl: 'Beoordeelt een aanvraag bij het versnelfonds: een gift, lening of voorschot als laatste optie, tot een maximum, te beoordelen binnen 24 uur na indiening. De bedragen, de termijn en de regio gelden op de dag waarop de aanvraag binnenkwam (in Nederlandse tijd). De termijn telt in verstreken uren: over een wissel van zomer- en wintertijd verschuift de klok dus 23 of 25 uur.',
    en: 'Decides a request to the acceleration fund: a gift, loan or advance as a last resort, up to a maximum, to be decided within 24 hours of submission. The amounts, the period and the region are those in force on the day the request came in (Dutch time). The period counts elapsed hours, so across a daylight-saving change the wall clock moves 23 or 25 hours.',
  },
  uitkomsten: VERSNELFONDS_NAMEN.uitkomsten,
  criteria,
  velden: VERSNELFONDS_NAMEN.velden,
  vragen: {
    voorliggendeVoorzieningenBenut: { nl: 'Zijn de voorzieningen die eerst komen al benut, of geen optie (meer)?', en: 'Have the provisions that come first been used, or are they no (longer an) option?' },
    voorkomtOfVerkortOpvang: { nl: 'Voorkomt de aanvraag een verblijf in de opvang, of maakt zij het korter?', en: 'Does the request prevent a stay in shelter, or make it shorter?' },
    schulden: { nl: 'Heeft de cliënt schulden?', en: 'Does the client have debts?' },
    schuldhulpverlenerBetrokken: { nl: 'Is er een schuldhulpverlener betrokken?', en: 'Is a debt counsellor involved?' },
    schuldenTotMinimumTeruggebracht: { nl: 'Zijn de schulden tot een minimum teruggebracht?', en: 'Have the debts been brought to a minimum?' },
  },
});
