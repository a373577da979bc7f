// De brief aan de cliënt (SPEC §2.10): het besluit in één zin, alleen de redenen die beslisten, wat
// er nu gebeurt en de bezwaarclausule. Geen bronnen in de tekst, geen statussen, geen lezingen: die
// staan in `aandachtspunten` (voor de medewerker) en in de motivering (het verslag voor het dossier).
import * as z from 'zod/mini';
import { schrijfBedrag } from './calculators/geld.js';
import { schrijfDatum } from './calculators/datum.js';
import { schrijfDuur, type Duur } from './calculators/termijn.js';
import { leesBeoordelingVoorBrief, type GelezenBeoordeling, type GelezenGrond } from './motivering.js';
import { kalenderdatumSchema, valideer } from './kern/valideer.js';
import { zoekBrondocument } from './data/bronnen.js';
import { regioInHetEngels } from './rules/herkomst/criterium.js';
import { OngeldigeInvoerFout } from './types/fouten.js';
import type { Beoordeling } from './types/beoordeling.js';
import type { Tweetalig } from './types/tweetalig.js';

/** Wat alleen de gemeente weet en in de brief hoort. */
export interface Briefgegevens {
  /** De gemeente die de brief stuurt en tekent. `bezwaaradres` is verplicht: een besluit noemt waar bezwaar kan (Awb 3:45). */
  gemeente: {
    /** De naam, zoals zij boven en onder de brief staat, bv. `'Gemeente Wierden'`. */
    naam: string;
    /** Het postadres, als het boven de brief moet staan. */
    adres?: string;
    /** Het telefoonnummer, als het boven de brief moet staan. */
    telefoon?: string;
    /** Waar de cliënt bezwaar maakt (Awb 3:45); verplicht. */
    bezwaaradres: string;
  };
  /** De datum van de brief, `JJJJ-MM-DD` (of een `Date`: dan de Amsterdamse kalenderdatum). De bezwaartermijn loopt vanaf de dag na deze datum. */
  datum: string | Date;
  /** Het kenmerk van de brief, als de gemeente er een gebruikt. */
  kenmerk?: string;
  /** De taal van de brief; standaard `'nl'`. */
  taal?: 'nl' | 'en';
}

/** De brief in delen, en als geheel. */
export interface Brief {
  /** Waar de brief over gaat, bv. "Uw aanvraag voor het versnelfonds". */
  onderwerp: string;
  /** "Geachte heer of mevrouw,". */
  aanhef: string;
  /** Het besluit in één zin, bv. "Wij kennen u € 800,00 toe uit het versnelfonds." */
  besluit: string;
  /** De redenen die beslisten, elk in gewone woorden; bij `aanvullen` de vragen. */
  redenen: string[];
  /** Wat er nu gebeurt. */
  vervolg: string;
  /** De bezwaarclausule, of `null` als de brief geen besluit is (`aanvullen`). */
  bezwaar: string | null;
  /** Korte verwijzingen naar waar het besluit op rust (titel en onderdeel), zonder citaten. */
  grondslagen: string[];
  /** De afsluiting met de naam van de gemeente. */
  slot: string;
  /** De hele brief als tekst. */
  tekst: string;
  /** Wat de medewerker moet weten en niet in de brief hoort: een grondslag die niet is vastgesteld, lezingen, signalen. */
  aandachtspunten: string[];
}

/** Een tekst voor de brief: niet leeg, op één regel, zonder stuur- of opmaaktekens (ze komen in de brief en in de terminal). */
const tekstSchema = z.string().check(z.regex(/\S/, 'mag niet leeg zijn (ook niet alleen spaties)'), z.maxLength(500, 'mag ten hoogste 500 tekens bevatten'), z.regex(/^[^\p{Cc}\p{Cf}]*$/u, 'mag geen regeleinden of andere stuurtekens bevatten'));

const BriefgegevensSchema = z.strictObject({
  gemeente: z.strictObject({ naam: tekstSchema, adres: z.optional(tekstSchema), telefoon: z.optional(tekstSchema), bezwaaradres: tekstSchema }),
  datum: kalenderdatumSchema,
  kenmerk: z.optional(tekstSchema),
  taal: z.optional(z.enum(['nl', 'en'])),
});

type Taal = 'nl' | 'en';
const t = (tekst: Tweetalig, taal: Taal) => tekst[taal];

/** De vraag per ontbrekend gegeven, voor een brief die om aanvulling vraagt. */
const VRAGEN: Readonly<Record<string, Tweetalig>> = {
  voorliggendeVoorzieningenBenut: { nl: 'Is er nog een andere regeling of voorziening die u eerst kunt gebruiken?', en: 'Is there another scheme or provision you can use first?' },
  voorkomtOfVerkortOpvang: { nl: 'Voorkomt het geld dat u naar de opvang moet, of maakt het uw verblijf daar korter?', en: 'Does the money prevent you from needing shelter, or make your stay there shorter?' },
  verwachteBesparingInCenten: { nl: 'Hoeveel kosten bespaart het geld naar verwachting?', en: 'How much cost is the money expected to save?' },
  gemeenteVanHerkomst: { nl: 'In welke gemeente woonde u voordat u dakloos werd, of dreigt u dakloos te worden?', en: 'In which municipality did you live before you became homeless, or are at risk of becoming homeless?' },
  schulden: { nl: 'Hebt u schulden?', en: 'Do you have debts?' },
  schuldhulpverlenerBetrokken: { nl: 'Helpt een schuldhulpverlener u met uw schulden?', en: 'Is a debt counsellor helping you with your debts?' },
  schuldenTotMinimumTeruggebracht: { nl: 'Zijn uw schulden al zo laag mogelijk gemaakt?', en: 'Have your debts already been brought down as far as possible?' },
  aanbieder: { nl: 'Bij welke organisatie verblijft u in de opvang?', en: 'With which organisation are you staying in the shelter?' },
};

/** Per criterium van het versnelfonds: wat de brief zegt als het niet voldaan is, en als het voldaan is. */
const VERSNELFONDS_REDENEN: Readonly<Record<string, { nee: Tweetalig; ja: Tweetalig }>> = {
  'versnelfonds.laatste-optie': {
    nee: { nl: 'Er is nog een andere regeling of voorziening die u eerst kunt gebruiken. Het versnelfonds is er alleen als dat niet meer kan.', en: 'There is still another scheme or provision you can use first. The fund is only there when that is no longer possible.' },
    ja: { nl: 'Er is geen andere regeling of voorziening meer die u eerst kunt gebruiken.', en: 'There is no other scheme or provision left that you can use first.' },
  },
  'versnelfonds.voorkomen': {
    nee: { nl: 'Het geld voorkomt niet dat u naar de opvang moet, en maakt uw verblijf daar ook niet korter. Daarvoor is het fonds bedoeld.', en: 'The money does not prevent you from needing shelter, nor does it shorten your stay there. That is what the fund is for.' },
    ja: { nl: 'Het geld voorkomt dat u naar de opvang moet, of maakt uw verblijf daar korter.', en: 'The money prevents you from needing shelter, or shortens your stay there.' },
  },
  'versnelfonds.herkomst': {
    nee: { nl: 'U komt niet uit een gemeente waarvoor het fonds is. Het fonds is alleen voor mensen uit die gemeenten.', en: 'You do not come from a municipality the fund is for. The fund is only for people from those municipalities.' },
    ja: { nl: 'U komt uit een gemeente waarvoor het fonds is.', en: 'You come from a municipality the fund is for.' },
  },
  'versnelfonds.kosten-baten': {
    nee: { nl: 'Het geld bespaart naar verwachting minder dan het kost. Het fonds geeft alleen geld als de besparing minstens even groot is.', en: 'The money is expected to save less than it costs. The fund only gives money when the saving is at least as large.' },
    ja: { nl: 'Het geld bespaart naar verwachting minstens evenveel als het kost.', en: 'The money is expected to save at least as much as it costs.' },
  },
  'versnelfonds.schulden': {
    nee: { nl: 'U hebt schulden. Het fonds geeft alleen geld als een schuldhulpverlener u helpt en uw schulden zo laag mogelijk zijn.', en: 'You have debts. The fund only gives money when a debt counsellor is helping you and your debts are as low as possible.' },
    ja: { nl: 'Een schuldhulpverlener helpt u, en uw schulden zijn zo laag mogelijk.', en: 'A debt counsellor is helping you, and your debts are as low as possible.' },
  },
};

/**
 * Schrijft de brief aan de cliënt bij een beoordeling van het versnelfonds of de
 * verblijfstermijn (SPEC §2.10), ook bij een beoordeling die als JSON bewaard is. De motivering
 * ({@link motivering}) blijft het volledige verslag voor het dossier; wat de medewerker moet
 * weten, staat in `aandachtspunten`.
 *
 * @param beoordeling - een beoordeling van `versnelfonds` of `verblijfstermijn`
 * @param gegevens - wat alleen de gemeente weet: naam, bezwaaradres, datum van de brief
 * @throws {OngeldigeInvoerFout} bij een andere regel (pad `beoordeling.regel`), of gegevens die niet kloppen (paden onder `gegevens`)
 * @example
 * const beoordeling = beoordeelVersnelfonds({ ingediendOp: '2025-04-05T14:30:00+02:00', vorm: 'gift', bedragInCenten: 80_000, gemeenteVanHerkomst: 'Wierden', voorliggendeVoorzieningenBenut: true, voorkomtOfVerkortOpvang: true, verwachteBesparingInCenten: 90_000, schulden: false });
 * brief(beoordeling, { gemeente: { naam: 'Gemeente Wierden', bezwaaradres: 'Postbus 43, 7640 AA Wierden' }, datum: '2025-04-06' }).besluit
 * //=> 'Wij kennen u € 800,00 toe uit het versnelfonds.'
 */
export function brief(beoordeling: Beoordeling<string>, gegevens: Briefgegevens): Brief {
  let gelezen: GelezenBeoordeling;
  try {
    gelezen = leesBeoordelingVoorBrief(beoordeling);
  } catch (fout) {
    if (fout instanceof OngeldigeInvoerFout) throw new OngeldigeInvoerFout(fout.fouten.map((veldfout) => ({ ...veldfout, pad: veldfout.pad ? `beoordeling.${veldfout.pad}` : 'beoordeling' })));
    throw fout;
  }
  if (gelezen.regel !== 'versnelfonds' && gelezen.regel !== 'verblijfstermijn') {
    throw new OngeldigeInvoerFout([{ pad: 'beoordeling.regel', melding: "moet 'versnelfonds' of 'verblijfstermijn' zijn: alleen die regels beslissen iets over de cliënt" }]);
  }
  const host = controleerBriefgegevens(gegevens);
  const taal: Taal = host.taal ?? 'nl';
  const inhoud = gelezen.regel === 'versnelfonds' ? versnelfondsBrief(gelezen, taal) : verblijfstermijnBrief(gelezen, taal);
  const besluitbrief = gelezen.uitkomst !== 'aanvullen';
  const bezwaar = besluitbrief ? bezwaarclausule(host.gemeente.bezwaaradres, taal) : null;
  const aanhef = taal === 'nl' ? 'Geachte heer of mevrouw,' : 'Dear Sir or Madam,';
  const slot = taal === 'nl' ? `Met vriendelijke groet,\n\n${host.gemeente.naam}` : `Yours faithfully,\n\n${host.gemeente.naam}`;
  const grondslagen = grondslagenVan(gelezen);
  const kop = [host.gemeente.naam, host.gemeente.adres, host.gemeente.telefoon].filter((regel): regel is string => regel !== undefined);
  const datumregel = `${taal === 'nl' ? 'Datum' : 'Date'}: ${schrijfDatum(host.datum, taal)}`;
  const kenmerkregel = host.kenmerk ? [`${taal === 'nl' ? 'Kenmerk' : 'Reference'}: ${host.kenmerk}`] : [];
  const tekst = [
    ...kop,
    '',
    datumregel,
    ...kenmerkregel,
    `${taal === 'nl' ? 'Onderwerp' : 'Subject'}: ${inhoud.onderwerp}`,
    '',
    aanhef,
    '',
    inhoud.besluit,
    '',
    ...(inhoud.redenen.length > 0 ? [...inhoud.redenen.map((reden) => `- ${reden}`), ''] : []),
    inhoud.vervolg,
    ...(bezwaar ? ['', bezwaar] : []),
    '',
    slot,
    ...(grondslagen.length > 0 ? ['', taal === 'nl' ? 'Dit besluit rust op:' : 'This decision rests on:', ...grondslagen.map((grondslag) => `- ${grondslag}`)] : []),
  ].join('\n');
  return { onderwerp: inhoud.onderwerp, aanhef, besluit: inhoud.besluit, redenen: inhoud.redenen, vervolg: inhoud.vervolg, bezwaar, grondslagen, slot, tekst, aandachtspunten: aandachtspunten(gelezen, taal) };
}

/** Briefgegevens na de controle: de datum als `JJJJ-MM-DD`. @internal */
export type GecontroleerdeBriefgegevens = Briefgegevens & { datum: string };

/**
 * Controleert de gegevens van de gemeente voor {@link brief}; fouten met paden onder `gegevens`.
 * Ook voor de CLI, die ze eenmaal controleert vóór een batch. @internal
 */
export function controleerBriefgegevens(gegevens: unknown): GecontroleerdeBriefgegevens {
  try {
    return valideer(BriefgegevensSchema, gegevens) as GecontroleerdeBriefgegevens;
  } catch (fout) {
    if (fout instanceof OngeldigeInvoerFout) throw new OngeldigeInvoerFout(fout.fouten.map((veldfout) => ({ ...veldfout, pad: veldfout.pad ? `gegevens.${veldfout.pad}` : 'gegevens' })));
    throw fout;
  }
}

interface Inhoud {
  onderwerp: string;
  besluit: string;
  redenen: string[];
  vervolg: string;
}

const ONBEKENDE_VRAAG: Tweetalig = { nl: 'Wij missen nog een gegeven. Uw contactpersoon vertelt u welk.', en: 'We still lack one piece of information. Your contact person will tell you which.' };

/** De vragen over schulden als ook onbekend is of er schulden zijn: alleen te beantwoorden door wie ze heeft. */
const VRAGEN_ALS_SCHULDEN: Readonly<Record<string, Tweetalig>> = {
  schuldhulpverlenerBetrokken: { nl: 'Als u schulden hebt: helpt een schuldhulpverlener u daarbij?', en: 'If you have debts: is a debt counsellor helping you with them?' },
  schuldenTotMinimumTeruggebracht: { nl: 'Als u schulden hebt: zijn ze al zo laag mogelijk gemaakt?', en: 'If you have debts: have they already been brought down as far as possible?' },
};

/** Per ontbrekend gegeven één vraag, in de volgorde van `ontbrekendeGegevens`. */
function vragen(gelezen: GelezenBeoordeling, taal: Taal): string[] {
  const schuldenOnbekend = gelezen.ontbrekendeGegevens.includes('schulden');
  return gelezen.ontbrekendeGegevens.map((pad) => {
    if (schuldenOnbekend && Object.hasOwn(VRAGEN_ALS_SCHULDEN, pad)) return t(VRAGEN_ALS_SCHULDEN[pad]!, taal);
    // Een pad uit een bewaarde beoordeling dat deze versie niet kent: geen veldnaam in de brief.
    return Object.hasOwn(VRAGEN, pad) ? t(VRAGEN[pad]!, taal) : t(ONBEKENDE_VRAAG, taal);
  });
}

function versnelfondsBrief(gelezen: GelezenBeoordeling, taal: Taal): Inhoud {
  const onderwerp = taal === 'nl' ? 'Uw aanvraag voor het versnelfonds' : 'Your request to the acceleration fund';
  const criteria = gelezen.gronden.filter((grond) => grond.soort !== 'signaal' && Object.hasOwn(VERSNELFONDS_REDENEN, grond.regel));
  if (gelezen.uitkomst === 'aanvullen') {
    return {
      onderwerp,
      besluit: taal === 'nl' ? 'Wij kunnen nog niet beslissen over uw aanvraag voor het versnelfonds. Wij hebben eerst antwoord nodig op deze vragen.' : 'We cannot yet decide on your request to the acceleration fund. We first need answers to these questions.',
      redenen: vragen(gelezen, taal),
      vervolg: taal === 'nl' ? 'Geef uw antwoorden aan uw contactpersoon bij de gemeente. Daarna beslissen wij over uw aanvraag.' : 'Give your answers to your contact person at the municipality. We will then decide on your request.',
    };
  }
  if (gelezen.uitkomst === 'afwijzen') {
    return {
      onderwerp,
      besluit: taal === 'nl' ? 'Wij wijzen uw aanvraag voor het versnelfonds af.' : 'We refuse your request to the acceleration fund.',
      redenen: criteria.filter((grond) => grond.status === 'niet-voldaan').map((grond) => t(VERSNELFONDS_REDENEN[grond.regel]!.nee, taal)),
      vervolg: taal === 'nl' ? 'Hebt u vragen over deze brief? Neem dan contact op met uw contactpersoon bij de gemeente.' : 'Do you have questions about this letter? Please contact your contact person at the municipality.',
    };
  }
  const bedrag = gelezen.kenmerken.get('toekenbaarBedragInCenten');
  const gevraagd = gelezen.kenmerken.get('gevraagdBedragInCenten');
  const bedragTekst = typeof bedrag === 'number' ? schrijfBedrag(bedrag, taal) : '';
  const begrensd =
    typeof bedrag === 'number' && typeof gevraagd === 'number' && gevraagd > bedrag
      ? [taal === 'nl' ? `U vroeg ${schrijfBedrag(gevraagd, 'nl')}. Het fonds geeft ten hoogste ${bedragTekst}.` : `You asked for ${schrijfBedrag(gevraagd, 'en')}. The fund gives at most ${bedragTekst}.`]
      : [];
  return {
    onderwerp,
    besluit: taal === 'nl' ? `Wij kennen u ${bedragTekst} toe uit het versnelfonds.` : `We grant you ${bedragTekst} from the acceleration fund.`,
    redenen: [...criteria.filter((grond) => grond.status === 'voldaan').map((grond) => t(VERSNELFONDS_REDENEN[grond.regel]!.ja, taal)), ...begrensd],
    vervolg: taal === 'nl' ? 'Uw contactpersoon bij de gemeente bespreekt met u hoe en wanneer u het geld krijgt.' : 'Your contact person at the municipality will discuss with you how and when you receive the money.',
  };
}

function verblijfstermijnBrief(gelezen: GelezenBeoordeling, taal: Taal): Inhoud {
  const onderwerp = taal === 'nl' ? 'Hoe lang u in de opvang mag blijven' : 'How long you may stay in the shelter';
  const vertrek = gelezen.kenmerken.get('uiterlijkeVertrekdatum');
  const duur = gelezen.kenmerken.get('maximaleDuur') as Duur | undefined;
  const vertrekTekst = typeof vertrek === 'string' ? schrijfDatum(vertrek, taal) : '';
  const duurTekst = duur ? schrijfDuur(duur, taal) : '';
  const vragenOver = taal === 'nl' ? 'Hebt u vragen over deze brief? Neem dan contact op met uw contactpersoon bij de gemeente.' : 'Do you have questions about this letter? Please contact your contact person at the municipality.';
  const termijn = taal === 'nl' ? `U mag ten hoogste ${duurTekst} in de opvang blijven, te rekenen vanaf de eerste dag van uw verblijf.` : `You may stay in the shelter for at most ${duurTekst}, counted from the first day of your stay.`;
  const redenen = [...herkomstreden(gelezen, taal), termijn];
  switch (gelezen.uitkomst) {
    case 'aanvullen':
      return {
        onderwerp,
        besluit: taal === 'nl' ? 'Wij kunnen nog niet zeggen hoe lang u in de opvang mag blijven. Wij hebben eerst antwoord nodig op deze vragen.' : 'We cannot yet say how long you may stay in the shelter. We first need answers to these questions.',
        redenen: vragen(gelezen, taal),
        vervolg: taal === 'nl' ? 'Geef uw antwoorden aan uw contactpersoon bij de gemeente. Daarna krijgt u bericht.' : 'Give your answers to your contact person at the municipality. You will then hear from us.',
      };
    case 'binnen-termijn':
      return {
        onderwerp,
        besluit: taal === 'nl' ? `U mag tot en met ${vertrekTekst} in de opvang blijven.` : `You may stay in the shelter up to and including ${vertrekTekst}.`,
        redenen,
        vervolg: taal === 'nl' ? 'Uw contactpersoon bespreekt met u wat er na die dag gebeurt.' : 'Your contact person will discuss with you what happens after that day.',
      };
    case 'termijn-verstreken':
      return {
        onderwerp,
        besluit: taal === 'nl' ? `U mocht tot en met ${vertrekTekst} in de opvang blijven. Die tijd is voorbij.` : `You could stay in the shelter up to and including ${vertrekTekst}. That time has passed.`,
        redenen,
        vervolg: taal === 'nl' ? 'Uw contactpersoon zoekt samen met u waar u nu terechtkunt. Neem contact op als dat nog niet is gebeurd.' : 'Your contact person will look with you for where you can go now. Please get in touch if that has not happened yet.',
      };
    default:
      return {
        onderwerp,
        besluit: taal === 'nl' ? 'Voor uw verblijf in de opvang geldt geen vaste langste duur.' : 'No fixed maximum length applies to your stay in the shelter.',
        redenen: herkomstreden(gelezen, taal),
        vervolg: vragenOver,
      };
  }
}

/**
 * Waarom deze termijn: alleen als de herkomst de duur bepaalde (de herkomsttoets is dan voldaan of
 * niet voldaan; bij "niet van toepassing" besliste zij niets en staat er niets over in de brief).
 */
function herkomstreden(gelezen: GelezenBeoordeling, taal: Taal): string[] {
  const status = gelezen.gronden.find((grond) => grond.regel === 'verblijfstermijn.herkomst')?.status;
  if (status !== 'voldaan' && status !== 'niet-voldaan') return [];
  const regio = gelezen.regionaam === undefined ? (taal === 'nl' ? 'de regio' : 'the region') : taal === 'nl' ? `de ${gelezen.regionaam}` : regioInHetEngels(gelezen.regionaam);
  const uitRegio = status === 'voldaan';
  const herkomst = taal === 'nl' ? `U kwam ${uitRegio ? '' : 'niet '}uit een gemeente van ${regio}.` : `You ${uitRegio ? '' : 'did not '}${uitRegio ? 'came' : 'come'} from a municipality in ${regio}.`;
  const groep = taal === 'nl' ? (uitRegio ? 'mensen uit de regio' : 'mensen van buiten de regio') : uitRegio ? 'people from the region' : 'people from outside the region';
  const gevolg =
    gelezen.uitkomst === 'geen-termijn'
      ? taal === 'nl' ? `Voor ${groep} geldt geen vaste langste duur.` : `No fixed maximum length applies to ${groep}.`
      : taal === 'nl' ? `Daarom geldt voor u de termijn voor ${groep}.` : `So the term for ${groep} applies to you.`;
  return [`${herkomst} ${gevolg}`];
}

/** Awb 3:45 (waar bezwaar kan) en 6:7 (zes weken); wat een bezwaarschrift moet bevatten (Awb 6:5). */
function bezwaarclausule(adres: string, taal: Taal): string {
  return taal === 'nl'
    ? `Bent u het niet eens met dit besluit? Dan kunt u bezwaar maken. Doe dat binnen zes weken na de datum van deze brief. Stuur uw bezwaar naar: ${adres}. Schrijf erin waarom u het niet eens bent met het besluit. Zet ook uw naam, uw adres, de datum en uw handtekening erop.`
    : `Do you disagree with this decision? Then you can lodge an objection. Do so within six weeks of the date of this letter. Send your objection to: ${adres}. Write why you disagree with the decision. Also include your name, your address, the date and your signature.`;
}

/**
 * De bronnen van de gronden die beslisten, kort: titel en onderdelen, zonder citaat, één regel per
 * document. Een onderdeel dat binnen een al genoemd onderdeel valt ("Oplossing 5: Versnelfonds,
 * criterium 1" binnen "Oplossing 5: Versnelfonds") staat er niet apart. Bij een afwijzing alleen die
 * van de criteria die niet voldaan zijn; bij `aanvullen` geen (de brief is geen besluit).
 */
function grondslagenVan(gelezen: GelezenBeoordeling): string[] {
  if (gelezen.uitkomst === 'aanvullen') return [];
  // Een afwijzing rust op wat niet voldaan is; een toekenning en een termijn op elk criterium dat
  // iets besliste (bij de verblijfstermijn is "niet voldaan" bij de herkomst: van buiten de regio).
  const beslist = (status: string) => (gelezen.uitkomst === 'afwijzen' ? status === 'niet-voldaan' : status === 'voldaan' || status === 'niet-voldaan');
  const perDocument = new Map<string, string[]>();
  for (const grond of gelezen.gronden.filter((kandidaat) => kandidaat.soort !== 'signaal' && beslist(kandidaat.status))) {
    for (const bron of grond.bronnen) {
      const onderdelen = perDocument.get(bron.document) ?? [];
      if (!onderdelen.includes(bron.onderdeel)) onderdelen.push(bron.onderdeel);
      perDocument.set(bron.document, onderdelen);
    }
  }
  return [...perDocument].map(([id, onderdelen]) => {
    const document = gelezen.eigenDocumenten.get(id);
    const titel = document ? document.titel : (zoekBrondocument(id)?.titel ?? id);
    const eigen = onderdelen.filter((onderdeel) => !onderdelen.some((ander) => ander !== onderdeel && onderdeel.startsWith(`${ander}, `)));
    return `${titel}, ${eigen.join('; ')}`;
  });
}

/** Voor de medewerker: grondslagen die niet vastgesteld zijn, lezingen en signalen, elk één keer. */
function aandachtspunten(gelezen: GelezenBeoordeling, taal: Taal): string[] {
  const punten = new Set<string>();
  const tekstVan = (grond: GelezenGrond) => (taal === 'en' ? grond.toelichtingEn : grond.toelichting);
  for (const grond of gelezen.gronden) {
    if (grond.soort === 'signaal') punten.add(tekstVan(grond));
    if (grond.status !== 'niet-van-toepassing' && grond.basis && grond.basis.status !== 'vastgesteld') {
      punten.add(`${taal === 'nl' ? 'Grondslag' : 'Basis'} (${grond.basis.status}): ${taal === 'en' ? grond.basis.toelichtingEn : grond.basis.toelichting}`);
    }
    for (const lezing of grond.interpretaties) punten.add(taal === 'en' ? lezing.toelichtingEn : lezing.toelichting);
  }
  return [...punten];
}
