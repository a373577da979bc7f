import { diepBevroren } from '../../types/bevroren.js';
import type { Keuzebeschrijving, Regelbeschrijving } from '../../types/regelbeschrijving.js';
import { WONINGAANBOD_NAMEN } from './namen.js';

/**
 * Het document met de afspraak over het woningaanbod (seed 003). Geen criterium citeert het als
 * regeltekst: het citaat noemt het half jaar, en een citaat over een waarde staat alleen waar die
 * waarde is toegepast (SPEC §2.4). De termijn brengt het mee uit het beleid dat hem levert. @internal
 */
export const WONINGAANBOD_DOCUMENT = 'weer-thuis-in-de-wijk';

/** De ids van de keuzes waar de bronnen zwijgen. @internal */
export const WONINGAANBOD_KEUZES = {
  begin: 'woningaanbod.begin-bij-aanmelding',
  termijnOpAanmelding: 'woningaanbod.termijn-op-aanmelddatum',
  laatsteDag: 'woningaanbod.laatste-dag-binnen',
  maanden: 'woningaanbod.maanden-begrensd',
  praktijk: 'woningaanbod.praktijk-is-geen-termijn',
  regio: 'woningaanbod.regio-almelo',
} as const;

const K = WONINGAANBOD_KEUZES;

const TERMIJNKEUZES: readonly Keuzebeschrijving[] = [
  {
    id: K.begin,
    tekst: {
      nl: 'De bron zegt niet vanaf welke dag het half jaar telt. Wij laten de termijn tellen vanaf de dag waarop de centrale toegang de cliënt aanmeldde als uitstromer uit het beschermd wonen: via die toegang komt het aanbod.',
      en: 'The source does not say from which day the half year counts. We let the term count from the day on which the central access point registered the client as leaving supported housing: the offer comes through that access point.',
    },
    alsRegel: {
      nl: 'De termijn telt vanaf de dag waarop de centrale toegang de cliënt aanmeldt als uitstromer uit het beschermd wonen.',
      en: 'The term counts from the day on which the central access point registers the client as leaving supported housing.',
    },
  },
  {
    id: K.termijnOpAanmelding,
    tekst: {
      nl: 'De termijn die gold op de dag van aanmelding, geldt tot het aanbod. Een latere wijziging maakt een lopende termijn niet korter of langer. De bronnen regelen dit niet.',
      en: 'The term in force on the day of registration applies until the offer. A later change does not shorten or lengthen a term that is already running. The sources do not settle this.',
    },
    alsRegel: {
      nl: 'De termijn die gold op de dag van aanmelding, geldt tot het aanbod. Een latere wijziging maakt een lopende termijn niet korter of langer.',
      en: 'The term in force on the day of registration applies until the offer. A later change does not shorten or lengthen a term that is already running.',
    },
  },
  {
    id: K.laatsteDag,
    tekst: {
      nl: 'Op de uiterlijke aanboddatum zelf is het aanbod nog binnen de termijn; de dag erna is de termijn verstreken. De bron zegt alleen "binnen een half jaar".',
      en: 'On the latest offer date itself an offer is still within the term; the day after, the term has passed. The source only says "binnen een half jaar" (within half a year).',
    },
    alsRegel: {
      nl: 'Op de uiterlijke aanboddatum zelf is een aanbod nog binnen de termijn. De dag erna is de termijn verstreken.',
      en: 'On the latest offer date itself an offer is still within the term. The day after, the term has passed.',
    },
  },
  {
    id: K.maanden,
    tekst: {
      nl: 'Een termijn in maanden eindigt op dezelfde dag zoveel maanden later. Bestaat die dag niet, dan is het de laatste dag van die maand: 31 augustus plus 6 maanden is 28 of 29 februari.',
      en: 'A term in months ends on the same day that many months later. Where that day does not exist, it is the last day of that month: 31 August plus 6 months is 28 or 29 February.',
    },
    alsRegel: {
      nl: 'Een termijn in maanden eindigt op dezelfde dag, zoveel maanden later. Bestaat die dag niet in die maand, dan eindigt de termijn op de laatste dag van die maand. Zo is 31 augustus plus 6 maanden 28 of 29 februari.',
      en: 'A term in months ends on the same day, that many months later. Where that day does not exist in that month, the term ends on the last day of that month. So 31 August plus 6 months is 28 or 29 February.',
    },
  },
  {
    id: K.praktijk,
    tekst: {
      nl: 'De bron zegt ook dat het aanbod in de praktijk al na vier à vijf maanden komt. Dat beschrijft wat er meestal gebeurt; de afspraak is het half jaar. Daarom is de termijn een half jaar, en niet vier of vijf maanden.',
      en: 'The source also says that in practice the offer already comes after four to five months. That describes what usually happens; the agreement is the half year. So the term is half a year, not four or five months.',
    },
    alsRegel: {
      nl: 'De termijn is het half jaar van de afspraak. Dat een woning in de praktijk vaak eerder wordt aangeboden, maakt de termijn niet korter.',
      en: 'The term is the half year of the agreement. That a home is often offered sooner in practice does not shorten the term.',
    },
  },
  {
    id: K.regio,
    tekst: {
      nl: 'De bron beschrijft de afspraak bij de centrumgemeente Almelo, waar het Cimot de centrale toegang is. Zij zegt niet voor welke gemeenten de afspraak geldt; het beschermd wonen noemt zij Twente-breed georganiseerd, met veertien gemeenten. Wij passen de afspraak toe in de regio Almelo: de zes gemeenten waarvoor Almelo centrumgemeente is.',
      en: 'The source describes the agreement for the central municipality of Almelo, where the Cimot is the central access point. It does not say for which municipalities the agreement holds; it calls supported housing organised Twente-wide, with fourteen municipalities. We apply it in the Almelo region: the six municipalities for which Almelo is the central municipality.',
    },
    alsRegel: {
      nl: 'De termijn geldt in de regio Almelo: de zes gemeenten waarvoor Almelo centrumgemeente is.',
      en: 'The term applies in the Almelo region: the six municipalities for which Almelo is the central municipality.',
    },
  },
];

/** De beschrijving van de regel woningaanbod (zie {@link berekenWoningaanbod}). */
export const WONINGAANBOD: Regelbeschrijving = /* @__PURE__ */ diepBevroren({
  id: 'woningaanbod',
  functie: 'berekenWoningaanbod',
  titel: WONINGAANBOD_NAMEN.titel,
  omschrijving: {
    nl: 'Berekent tot wanneer een uitstromer uit het beschermd wonen een woning aangeboden moet krijgen volgens de afspraak met de woningcorporaties, en of die termijn op de peildatum nog loopt. In de regio Almelo is dat een half jaar na de aanmelding bij de centrale toegang, het Cimot: een afspraak zoals een bron die in 2018 beschrijft. De regel geeft een signaal; hij beslist niets over de rechten van de cliënt. Geldt er geen termijn, dan zegt de regel dat; hij leent nooit een termijn van een andere regio.',
    en: 'Computes by when someone leaving supported housing should be offered a home under the agreement with the housing corporations, and whether that term is still running on the reference date. In the Almelo region that is half a year after registration with the central access point, the Cimot: an agreement as a source describes it in 2018. The rule gives a signal; it decides nothing about the rights of the client. Where no term applies the rule says so; it never borrows a term from another region.',
  },
  uitkomsten: WONINGAANBOD_NAMEN.uitkomsten,
  criteria: [
    {
      ...WONINGAANBOD_NAMEN.criteria.termijn,
      soort: 'criterium',
      voldaanAls: {
        nl: 'Voldaan als de peildatum niet na de uiterlijke aanboddatum ligt: de dag van aanmelding bij de centrale toegang plus de termijn die op die dag gold. Niet voldaan vanaf de dag erna. Niet van toepassing als op de dag van aanmelding geen termijn gold voor deze regio (een termijn met een uitgesloten status telt niet), en als de cliënt een woning is aangeboden en de peildatum na de uiterlijke aanboddatum ligt: wanneer het aanbod kwam, zegt de invoer niet.',
        en: 'Met when the reference date is not after the latest offer date: the day of registration with the central access point plus the term in force on that day. Not met from the day after. Not applicable when no term was in force for this region on the day of registration (a term with an excluded status does not count), and when the client has been offered a home and the reference date is after the latest offer date: the input does not say when the offer came.',
      },
      bronnen: [],
      basis: {
        status: 'vastgesteld',
        reden: {
          nl: 'De toets telt de termijn op bij de dag van aanmelding. Hoe vast die termijn staat (een afspraak in de praktijk, of vastgesteld), zegt de zin bij de termijn.',
          en: 'The test adds the term to the day of registration. How firm that term is (an agreement in practice, or adopted) is stated with the term.',
        },
      },
      keuzes: TERMIJNKEUZES,
    },
    {
      ...WONINGAANBOD_NAMEN.criteria.aanbod,
      soort: 'criterium',
      voldaanAls: {
        nl: 'Voldaan als de cliënt een woning is aangeboden; dan is de uitkomst "woning aangeboden". Niet voldaan als dat nog niet is gebeurd: binnen de termijn kan het aanbod nog komen, daarna is de termijn verstreken zonder aanbod. Is het niet bekend, dan zegt de regel binnen de termijn alleen tot wanneer het aanbod kan komen; na de termijn ontbreken gegevens. Niet van toepassing als er geen termijn geldt.',
        en: 'Met when the client has been offered a home; the outcome is then "woning aangeboden" (home offered). Not met when that has not happened yet: within the term the offer can still come, after it the term has passed without an offer. When it is not known, within the term the rule only says by when the offer can come; after the term information is missing. Not applicable when no term applies.',
      },
      bronnen: [],
      basis: {
        status: 'vastgesteld',
        reden: {
          nl: 'De toets kijkt alleen of er een woning is aangeboden. Hoe vast de afspraak staat, zegt de zin bij de termijn.',
          en: 'The test only looks at whether a home has been offered. How firm the agreement is, is stated with the term.',
        },
      },
      keuzes: [],
    },
    {
      ...WONINGAANBOD_NAMEN.criteria.nietToegepasteWaarde,
      soort: 'signaal',
      voldaanAls: {
        nl: 'Staat erbij als een termijn zou gelden, maar niet is toegepast omdat de aanvrager zijn status uitsloot (standaard een ambitie of een aanname om mee te plannen). Het signaal noemt de termijn. De beslissing is genomen alsof de termijn er niet is.',
        en: 'Given when a term would apply but was not applied because the caller excluded its status (by default an ambition or a planning assumption). The signal names the term. The decision is made as if the term did not exist.',
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
  ],
  velden: WONINGAANBOD_NAMEN.velden,
  vragen: {
    woningAangeboden: { nl: 'Is de cliënt al een woning aangeboden?', en: 'Has the client already been offered a home?' },
  },
});
