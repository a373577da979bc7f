import type { Bron } from '../../types/beoordeling.js';
import type { Keuzebeschrijving } from '../../types/regelbeschrijving.js';
import type { Regelbeschrijving } from '../../types/regelbeschrijving.js';
import { HERKOMST_BRONNEN, LANDELIJKE_TOEGANKELIJKHEID } from '../herkomst/beschrijving.js';
import { diepBevroren } from '../../types/bevroren.js';
import { VERBLIJFSTERMIJN_NAMEN } from './namen.js';

/**
 * De bronnen van de regeltekst van de verblijfstermijnregel. De termijnen zelf brengen hun eigen
 * bronnen mee (uit het beleid dat ze levert); die staan hier dus niet. @internal
 */
export const VERBLIJFSTERMIJN_BRONNEN = {
  aandachtsgroepen: {
    document: 'visie-mo-ijssel-vecht',
    onderdeel: '9.2 Andere groepen die gebruik maken van de opvang',
    citaat: 'Er zijn drie doelgroepen die landelijk extra aandacht vragen omdat de wet- en regelgeving hier onvoldoende in voorziet.',
  },
} as const satisfies Record<string, Bron>;

/** De ids van de keuzes waar de bronnen zwijgen. @internal */
export const VERBLIJFSTERMIJN_KEUZES = {
  startdatum: 'verblijfstermijn.termijn-op-startdatum',
  laatsteDag: 'verblijfstermijn.laatste-dag-binnen',
  weken: 'verblijfstermijn.weken-als-dagen',
  maanden: 'verblijfstermijn.maanden-begrensd',
  nachten: 'verblijfstermijn.nachten-als-dagen',
  herkomstPeildatum: 'verblijfstermijn.herkomst-op-peildatum',
  aandachtsgroep: 'verblijfstermijn.aandachtsgroep-apart',
} as const;

const K = VERBLIJFSTERMIJN_KEUZES;

const TERMIJNKEUZES: readonly Keuzebeschrijving[] = [
  {
    id: K.startdatum,
    tekst: {
      nl: 'De termijn die gold op de eerste dag van het verblijf, geldt voor het hele verblijf. Een latere wijziging maakt een verblijf dat al liep niet korter of langer. De bronnen regelen dit niet.',
      en: 'The term in force on the first day of the stay applies to the whole stay. A later change does not shorten or lengthen a stay that had already begun. The sources do not settle this.',
    },
    alsRegel: {
      nl: 'De termijn die gold op de eerste dag van het verblijf, geldt voor het hele verblijf. Een latere wijziging maakt een verblijf dat al liep niet korter of langer.',
      en: 'The term in force on the first day of the stay applies to the whole stay. A later change does not shorten or lengthen a stay that had already begun.',
    },
  },
  {
    id: K.laatsteDag,
    tekst: {
      nl: 'Op de uiterlijke vertrekdatum zelf is het verblijf nog binnen de termijn; de dag erna is de termijn verstreken. De bronnen zeggen alleen "maximaal".',
      en: 'On the latest departure date itself the stay is still within the term; the day after, the term has passed. The sources only say "at most".',
    },
    alsRegel: {
      nl: 'Op de uiterlijke vertrekdatum zelf is het verblijf nog binnen de termijn. De dag erna is de termijn verstreken.',
      en: 'On the latest departure date itself the stay is still within the term. The day after, the term has passed.',
    },
  },
  {
    id: K.weken,
    tekst: {
      nl: 'Een termijn in weken telt 7 dagen per week vanaf de eerste dag. Zo zijn 8 weken 56 dagen.',
      en: 'A term in weeks counts 7 days per week from the first day. So 8 weeks are 56 days.',
    },
    alsRegel: {
      nl: 'Een termijn in weken telt 7 dagen per week, vanaf de eerste dag van het verblijf. Een termijn van 8 weken is dus 56 dagen.',
      en: 'A term in weeks counts 7 days per week, from the first day of the stay. A term of 8 weeks is therefore 56 days.',
    },
  },
  {
    id: K.maanden,
    tekst: {
      nl: 'Een termijn in maanden eindigt op dezelfde dag zoveel maanden later. Bestaat die dag niet, dan is het de laatste dag van die maand: 31 mei plus 9 maanden is 28 of 29 februari.',
      en: 'A term in months ends on the same day that many months later. Where that day does not exist, it is the last day of that month: 31 May plus 9 months is 28 or 29 February.',
    },
    alsRegel: {
      nl: 'Een termijn in maanden eindigt op dezelfde dag, zoveel maanden later. Bestaat die dag niet in die maand, dan eindigt de termijn op de laatste dag van die maand. Zo is 31 mei plus 9 maanden 28 of 29 februari.',
      en: 'A term in months ends on the same day, that many months later. Where that day does not exist in that month, the term ends on the last day of that month. So 31 May plus 9 months is 28 or 29 February.',
    },
  },
  {
    id: K.nachten,
    tekst: {
      nl: 'Een termijn in nachten telt evenveel dagen vanaf de eerste dag: na de laatste nacht is de volgende dag de laatste dag van het verblijf. Zo zijn 2 nachten 3 dagen.',
      en: 'A term in nights counts as many days from the first day: after the last night, the next day is the last day of the stay. So 2 nights are 3 days.',
    },
    alsRegel: {
      nl: 'Een termijn in nachten telt evenveel dagen vanaf de eerste dag van het verblijf. De dag na de laatste nacht is de laatste dag van het verblijf. Een termijn van 2 nachten is dus 3 dagen.',
      en: 'A term in nights counts as many days from the first day of the stay. The day after the last night is the last day of the stay. A term of 2 nights is therefore 3 days.',
    },
  },
];

/** De beschrijving van de regel verblijfstermijn (zie {@link berekenVerblijfstermijn}). */
export const VERBLIJFSTERMIJN: Regelbeschrijving = /* @__PURE__ */ diepBevroren({
  id: 'verblijfstermijn',
  functie: 'berekenVerblijfstermijn',
  titel: VERBLIJFSTERMIJN_NAMEN.titel,
  omschrijving: {
    nl: 'Berekent hoe lang een verblijf in de opvang mag duren. De termijn is de maximale duur die gold op de eerste dag van het verblijf, voor de regio, de opvangvorm en (waar die ertoe doet) de herkomst. Daaruit volgen de uiterlijke vertrekdatum en de resterende dagen op de peildatum. Een ambitie of een aanname om mee te plannen is standaard geen termijn. Geldt er geen termijn, dan zegt de regel dat; hij leent nooit een termijn van een andere regio of opvangvorm.',
    en: 'Computes how long a stay in shelter care may last. The term is the maximum duration in force on the first day of the stay, for the region, the type of shelter and (where it matters) the origin. From it follow the latest departure date and the days remaining on the reference date. By default an ambition or a planning assumption is no term. Where no term applies the rule says so; it never borrows a term from another region or type of shelter.',
  },
  uitkomsten: VERBLIJFSTERMIJN_NAMEN.uitkomsten,
  criteria: [
    {
      ...VERBLIJFSTERMIJN_NAMEN.criteria.herkomst,
      soort: 'criterium',
      voldaanAls: {
        nl: 'Alleen van toepassing als de herkomst de termijn bepaalt: als er voor de opvangvorm een aparte termijn is voor cliënten van buiten of uit de regio (in de regio IJssel-Vecht: de acute opvang). Dan is het voldaan als de gemeente van herkomst op de peildatum bij de regio hoort, en niet voldaan als de cliënt van buiten de regio komt. Wie uit het buitenland of uit een bijzondere gemeente komt, komt ook niet uit de regio, maar krijgt niet de termijn voor mensen van buiten de regio. Is de herkomst onbekend, dan ontbreken gegevens.',
        en: 'Applies only where origin decides the term: where the type of shelter has a separate term for clients from outside or inside the region (in the IJssel-Vecht region: the emergency shelter). It is then met when the municipality of origin belongs to the region on the reference date, and not met when the client comes from outside the region. Whoever comes from abroad or from a special municipality does not come from the region either, but does not get the term for people from outside the region. An unknown origin means information is missing.',
      },
      bronnen: [HERKOMST_BRONNEN.bijzondereGemeenten, HERKOMST_BRONNEN.herindelingen],
      basis: {
        status: 'vastgesteld',
        reden: {
          nl: 'De toets vergelijkt de gemeente van herkomst met de indeling van de regio. Hoe vast die indeling staat, staat bij de indeling.',
          en: 'The test compares the municipality of origin with the composition of the region. How firm that composition is, is stated with the composition.',
        },
      },
      keuzes: [
        {
          id: K.herkomstPeildatum,
          tekst: {
            nl: 'De herkomst wordt getoetst aan de indeling van de regio op de peildatum. De bronnen zeggen niet welke dag telt.',
            en: 'The origin is tested against the composition of the region on the reference date. The sources do not say which day counts.',
          },
          alsRegel: {
            nl: 'De herkomst wordt getoetst aan de indeling van de regio zoals die op de peildatum is.',
            en: 'The origin is tested against the composition of the region as it is on the reference date.',
          },
        },
        {
          id: K.aandachtsgroep,
          tekst: {
            nl: 'De korte termijn voor mensen van buiten de regio geldt niet voor wie uit het buitenland of uit een bijzondere gemeente komt. De bron noemt die termijn voor "mensen van buiten de regio" en behandelt deze groepen apart, als groepen waarvoor de regels onvoldoende voorzien.',
            en: 'The short term for people from outside the region does not apply to whoever comes from abroad or from a special municipality. The source gives that term for "people from outside the region" and treats these groups apart, as groups the rules do not sufficiently provide for.',
          },
          alsRegel: {
            nl: 'De korte termijn voor mensen van buiten de regio geldt niet voor wie uit het buitenland of uit een bijzondere gemeente komt.',
            en: 'The short term for people from outside the region does not apply to people who come from abroad or from a special municipality.',
          },
        },
      ],
    },
    {
      ...VERBLIJFSTERMIJN_NAMEN.criteria.termijn,
      soort: 'criterium',
      voldaanAls: {
        nl: 'Voldaan als de peildatum niet na de uiterlijke vertrekdatum ligt: de eerste dag van het verblijf plus de maximale duur die op die eerste dag gold. Niet voldaan vanaf de dag erna. Niet van toepassing als op de eerste dag geen maximale duur gold voor deze regio, opvangvorm en herkomst; een ambitie of een aanname om mee te plannen telt standaard niet. Onbekend als de duur afhangt van een herkomst die onbekend is.',
        en: 'Met when the reference date is not after the latest departure date: the first day of the stay plus the maximum duration in force on that first day. Not met from the day after. Not applicable when no maximum duration was in force on the first day for this region, type of shelter and origin; by default an ambition or a planning assumption does not count. Unknown when the duration depends on an origin that is unknown.',
      },
      bronnen: [],
      basis: {
        status: 'vastgesteld',
        reden: {
          nl: 'De toets telt de maximale duur op bij de eerste dag van het verblijf. Hoe vast die duur staat (praktijk, ambitie of vastgesteld), zegt de zin bij de duur.',
          en: 'The test adds the maximum duration to the first day of the stay. How firm that duration is (practice, ambition or adopted) is stated with the duration.',
        },
      },
      keuzes: TERMIJNKEUZES,
    },
    {
      ...VERBLIJFSTERMIJN_NAMEN.criteria.nietToegepasteWaarde,
      soort: 'signaal',
      voldaanAls: {
        nl: 'Staat erbij als een termijn zou gelden, maar niet is toegepast omdat hij geen geldende regel is: standaard een ambitie of een aanname om mee te plannen, of een andere status die de aanvrager uitsloot. Het signaal noemt de termijn en waar hij staat. De beslissing is genomen alsof de termijn er niet is.',
        en: 'Given when a term would apply but was not applied because it is not a rule in force: by default an ambition or a planning assumption, or another status the caller excluded. The signal names the term and where it is written. The decision is made as if the term did not exist.',
      },
      bronnen: [],
      basis: {
        status: 'vastgesteld',
        reden: {
          nl: 'Het signaal noemt alleen wat er in de bron staat en hoe vast het staat. Het verandert de uitkomst niet.',
          en: 'The signal only names what the source says and how firm it is. It does not change the outcome.',
        },
      },
      keuzes: [],
    },
    {
      ...VERBLIJFSTERMIJN_NAMEN.criteria.aandachtsgroep,
      soort: 'signaal',
      voldaanAls: {
        nl: 'Staat erbij als de herkomst de termijn bepaalt en de cliënt uit het buitenland of uit een bijzondere gemeente (Bonaire, Sint Eustatius of Saba) komt. Voor deze groepen voorzien de landelijke regels onvoldoende. Daarom krijgen zij niet de termijn voor mensen van buiten de regio; alleen een termijn voor iedereen geldt voor hen.',
        en: 'Given when the origin decides the term and the client comes from abroad or from a special municipality (Bonaire, Sint Eustatius or Saba). The national rules do not sufficiently provide for these groups. Therefore they do not get the term for people from outside the region; only a term for everyone applies to them.',
      },
      bronnen: [VERBLIJFSTERMIJN_BRONNEN.aandachtsgroepen],
      basis: {
        landelijk: true,
        status: 'praktijk',
        reden: {
          nl: 'Dit beschrijft groepen die zich bij de opvang melden en voor wie de landelijke regels tekortschieten. Het is een beschrijving van de praktijk, geen besluit.',
          en: 'This describes groups who come to the shelter and for whom the national rules fall short. It describes practice; it is not a decision.',
        },
      },
      keuzes: [],
    },
    LANDELIJKE_TOEGANKELIJKHEID,
  ],
  velden: VERBLIJFSTERMIJN_NAMEN.velden,
  vragen: {},
});
