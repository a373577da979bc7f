import { LANDELIJK_VASTGESTELD } from '../beschrijving.js';
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
  remigranten: {
    document: 'visie-mo-ijssel-vecht',
    onderdeel: '9.2 Andere groepen die gebruik maken van de opvang, Remigranten',
    citaat: 'Dit zijn mensen die tijdelijk in het buitenland hebben verbleven.',
  },
  /** Wat in de acute opvang van 2032 geregeld wordt (visie §3.2); een document van de regio IJssel-Vecht. */
  regelenInAcuteOpvang: {
    document: 'visie-mo-ijssel-vecht',
    onderdeel: '3.2 IJssel-Vecht: zo lang en zo snel mogelijk zelfstandig',
    citaat:
      'voor wie een identiteitsbewijs, een uitkering en een zorgverzekering wordt geregeld. Tegelijkertijd maakt de CT samen met de inwoner een ondersteuningsplan gemaakt voor de zorgaanbieder die de begeleiding gaat bieden.',
  },
  /** Hetzelfde, in het overzicht onder "Ambitie In 2032". */
  regelenAmbitie2032: {
    document: 'visie-mo-ijssel-vecht',
    onderdeel: 'Bijlage 2 (ambities en doelen)',
    citaat:
      'Het regionale aanbod beperkt zich tot acute opvang, waarin cliënten maximaal 8 weken bed, bad en brood kunnen krijgen en voor wie een identiteitsbewijs, uitkering en zorgverzekering worden geregeld.',
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
  buitenRegio: 'verblijfstermijn.buitenland-als-buiten-regio',
  aanbieder: 'verblijfstermijn.aanbieder-zelfde-naam',
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
      en: 'On the latest departure date itself the stay is still within the term; the day after, the term has passed. The sources only say "maximaal" (at most).',
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
    // Het voorbeeld noemt geen termijn uit een bron: deze lezing staat ook onder het beleid van een andere regio (audit rij 20).
    tekst: {
      nl: 'Een termijn in nachten telt evenveel dagen vanaf de eerste dag: na de laatste nacht is de volgende dag de laatste dag van het verblijf. Zo is bij 5 nachten vanaf 1 mei de laatste dag 6 mei.',
      en: 'A term in nights counts as many days from the first day: after the last night, the next day is the last day of the stay. So with 5 nights from 1 May the last day is 6 May.',
    },
    alsRegel: {
      nl: 'Een termijn in nachten telt evenveel dagen vanaf de eerste dag van het verblijf. De dag na de laatste nacht is de laatste dag van het verblijf. Bij 5 nachten vanaf 1 mei is de laatste dag dus 6 mei.',
      en: 'A term in nights counts as many days from the first day of the stay. The day after the last night is the last day of the stay. With 5 nights from 1 May the last day is therefore 6 May.',
    },
  },
  {
    id: K.aanbieder,
    tekst: {
      nl: 'Een termijn die het beleid alleen voor één aanbieder noemt, geldt als de aanbieder in de invoer dezelfde naam heeft. Hoofdletters en extra spaties tellen niet mee. Staat de ene naam in de andere (zoals "Humanitas" en "Humanitas Onder Dak"), dan is niet zeker of het dezelfde aanbieder is, en vraagt de regel om de volledige naam. De bronnen zeggen niet hoe een aanbieder heet.',
      en: 'A term the policy names for one provider only applies when the provider in the input has the same name. Capitals and extra spaces do not count. When one name contains the other (such as "Humanitas" and "Humanitas Onder Dak"), it is not certain that it is the same provider, and the rule asks for the full name. The sources do not say how a provider is named.',
    },
    alsRegel: {
      nl: 'Een termijn voor één aanbieder geldt als de aanbieder van het verblijf dezelfde naam heeft. Hoofdletters en extra spaties tellen niet mee. Staat de ene naam in de andere, dan is de volledige naam nodig.',
      en: 'A term for one provider applies when the provider of the stay has the same name. Capitals and extra spaces do not count. When one name contains the other, the full name is needed.',
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
        nl: 'Alleen van toepassing als de herkomst de termijn bepaalt: als er voor de opvangvorm een aparte termijn is voor cliënten van buiten of uit de regio (in de regio IJssel-Vecht: de acute opvang). Dan is het voldaan als de gemeente van herkomst op de peildatum bij de regio hoort, en niet voldaan als de cliënt van buiten de regio komt. Wie uit het buitenland of uit een bijzondere gemeente komt, komt ook van buiten de regio en krijgt dezelfde termijn. Eerdere versies gaven hun die termijn niet, maar de visie van IJssel-Vecht maakt die uitzondering niet: "Voor de opvang van mensen van buiten de regio en voor de aanpalende groepen is uiteengezet hoe het proces met betrekking tot het opvangen van mensen van buiten de regio verloopt." (§9.1) Is de herkomst onbekend, dan ontbreken gegevens.',
        en: 'Applies only where origin decides the term: where the type of shelter has a separate term for clients from outside or inside the region (in the IJssel-Vecht region: the emergency shelter). It is then met when the municipality of origin belongs to the region on the reference date, and not met when the client comes from outside the region. Whoever comes from abroad or from a special municipality also comes from outside the region and gets the same term. Earlier versions did not give them that term, but the IJssel-Vecht visie makes no such exception (§9.1 describes one process for people from outside the region and the adjacent groups). An unknown origin means information is missing.',
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
          // Geen verwijzing naar de visie in de tekst: deze lezing staat onder elk beleid met een termijn voor buiten de regio.
          id: K.buitenRegio,
          tekst: {
            nl: 'Wie uit het buitenland of uit een bijzondere gemeente komt, komt niet uit de regio. Daarom geldt de termijn voor cliënten van buiten de regio ook voor hem. De bronnen noemen voor deze groepen geen eigen termijn. Of de werkwijze voor mensen van buiten de regio ook voor hen bedoeld is, zeggen ze niet duidelijk: de visie noemt deze groepen apart, maar zegt ook dat het proces is uiteengezet "voor de opvang van mensen van buiten de regio en voor de aanpalende groepen". Dit is onze lezing.',
            en: 'Whoever comes from abroad or from a special municipality does not come from the region. So the term for clients from outside the region applies to them too. The sources name no term of their own for these groups. Whether the practice for people from outside the region is meant for them too, they do not say clearly: the visie names these groups separately, but also says the process was set out "voor de opvang van mensen van buiten de regio en voor de aanpalende groepen" (for the shelter of people from outside the region and for the adjacent groups). This is our reading.',
          },
          alsRegel: {
            nl: 'Wie uit het buitenland of uit een bijzondere gemeente komt, krijgt de termijn voor cliënten van buiten de regio.',
            en: 'Whoever comes from abroad or from a special municipality gets the term for clients from outside the region.',
          },
        },
      ],
    },
    {
      ...VERBLIJFSTERMIJN_NAMEN.criteria.termijn,
      soort: 'criterium',
      voldaanAls: {
        nl: 'Voldaan als de peildatum niet na de uiterlijke vertrekdatum ligt: de eerste dag van het verblijf plus de maximale duur die op die eerste dag gold. Niet voldaan vanaf de dag erna. Niet van toepassing als op de eerste dag geen maximale duur gold voor deze regio, opvangvorm en herkomst; een ambitie of een aanname om mee te plannen telt standaard niet. Noemt het beleid de duur alleen voor één aanbieder (zoals de 9 maanden van Humanitas Onder Dak in Almelo), dan geldt zij alleen bij die aanbieder: bij een andere aanbieder is het criterium niet van toepassing, en zonder aanbieder in de invoer is het onbekend. Onbekend ook als de duur afhangt van een herkomst die onbekend is. Begon het verblijf voordat er een termijn gold, en is de begindatum van die termijn gekozen omdat de bron geen dag noemt, dan zegt de grond dat.',
        en: 'Met when the reference date is not after the latest departure date: the first day of the stay plus the maximum duration in force on that first day. Not met from the day after. Not applicable when no maximum duration was in force on the first day for this region, type of shelter and origin; by default an ambition or a planning assumption does not count. Where the policy names the duration for one provider only (such as the 9 months of Humanitas Onder Dak in Almelo), it applies only with that provider: with another provider the criterion does not apply, and without a provider in the input it is unknown. Also unknown when the duration depends on an origin that is unknown. Where the stay began before a term applied, and the start date of that term was chosen because the source names no day, the ground says so.',
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
        nl: 'Staat erbij als de herkomst de termijn bepaalt en de cliënt uit het buitenland of uit een bijzondere gemeente (Bonaire, Sint Eustatius of Saba) komt. De visie noemt zulke groepen als groepen die landelijk extra aandacht vragen, omdat de wet- en regelgeving onvoldoende in hen voorziet. Het signaal verandert de termijn niet: voor hen geldt de termijn voor cliënten van buiten de regio.',
        en: 'Given when the origin decides the term and the client comes from abroad or from a special municipality (Bonaire, Sint Eustatius or Saba). The visie names such groups as groups that need extra attention nationally, because laws and regulations do not sufficiently provide for them. The signal does not change the term: the term for clients from outside the region applies to them.',
      },
      bronnen: [VERBLIJFSTERMIJN_BRONNEN.aandachtsgroepen, VERBLIJFSTERMIJN_BRONNEN.remigranten],
      // Dezelfde grondslag als het signaal van de situatieregel over deze groepen: §9 neemt deze punten op
      // "in deze uitwerking" (audit rij 24), en de groepen zijn een landelijk gegeven dat de visie beschrijft.
      basis: LANDELIJK_VASTGESTELD,
      keuzes: [],
    },
    LANDELIJKE_TOEGANKELIJKHEID,
    {
      ...VERBLIJFSTERMIJN_NAMEN.criteria.regelenInAcuteOpvang,
      soort: 'signaal',
      voldaanAls: {
        nl: 'Staat erbij bij een verblijf in de acute opvang van de regio IJssel-Vecht dat begon toen de termijnen van het beleid voor die regio golden, onder het beleid van die regio (of een beleid dat de visie zelf citeert), behalve voor wie van buiten de regio komt: de visie beschrijft het aanbod voor de inwoner van de regio, en wie van buiten komt, krijgt de termijn van 2 nachten. De visie beschrijft als ambitie voor 2032 dat voor wie in de regionale acute opvang verblijft een identiteitsbewijs, een uitkering en een zorgverzekering worden geregeld, en dat de centrale toegang samen met de cliënt een ondersteuningsplan maakt. Het is geen plicht die nu geldt, en het signaal verandert de uitkomst niet.',
        en: 'Given with a stay in the emergency shelter of the IJssel-Vecht region that began while the policy\'s terms for that region applied, under the policy of that region (or a policy that cites the visie itself), except for clients from outside the region: the visie describes the offer for residents of the region, and clients from outside get the term of 2 nights. The visie describes as an ambition for 2032 that an identity document, benefits and health insurance are arranged for whoever stays in the regional emergency shelter, and that the central access point makes a support plan together with the client. It is no duty in force now, and the signal does not change the outcome.',
      },
      bronnen: [VERBLIJFSTERMIJN_BRONNEN.regelenInAcuteOpvang, VERBLIJFSTERMIJN_BRONNEN.regelenAmbitie2032],
      basis: {
        // Zo blijft de status die van deze passage, ook als een beleid een eigen grondslag voor de regel geeft.
        landelijk: true,
        status: 'ambitie',
        reden: {
          nl: "De visie schetst dit als het aanbod in 2032 ('Wij gaan uit dat er nog steeds beperkte acute opvang nodig is in 2032'); bijlage 2 zet het in de kolom Ambitie, bij 2032.",
          en: 'The visie sketches this as the provision in 2032; its appendix 2 puts it in the column Ambitie (ambition), for 2032.',
        },
      },
      keuzes: [],
    },
  ],
  velden: VERBLIJFSTERMIJN_NAMEN.velden,
  vragen: {},
});
