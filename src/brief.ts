// De brief aan de cliënt (SPEC §2.10): het besluit in één zin, alleen de redenen die beslisten, wat
// er nu gebeurt en de bezwaarclausule. Geen bronnen in de tekst, geen statussen, geen lezingen: die
// staan in `aandachtspunten` (voor de medewerker) en in de motivering (het verslag voor het dossier).
import * as z from 'zod/mini';
import { schrijfBedrag } from './calculators/geld.js';
import { schrijfDatum } from './calculators/datum.js';
import { DUUREENHEDEN, schrijfDuur, type Duur } from './calculators/termijn.js';
import { GRONDSLAGEN, leesBeoordelingVoorBrief, type GelezenBeoordeling, type GelezenGrond } from './motivering.js';
import { BELEIDSPARAMETERS } from './beleid/parameters.js';
import { kalenderdatumSchema, valideer } from './kern/valideer.js';
import { zoekBrondocument } from './data/bronnen.js';
import { regioInHetEngels } from './rules/herkomst/criterium.js';
import { OngeldigeInvoerFout } from './types/fouten.js';
import type { Beoordeling } from './types/beoordeling.js';
import type { Tweetalig } from './types/tweetalig.js';
import { zonderVervuiling } from './kern/schoon-prototype.js';

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

/** Het schema van {@link Briefgegevens} (ook voor het OpenAPI-document van de dienst). @internal */
export const BriefgegevensSchema = /* @__PURE__ */ z.strictObject({
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
  gemeenteVanHerkomst: { nl: 'In welke gemeente woonde u toen u dakloos werd, of dakloos dreigde te worden?', en: 'In which municipality did you live when you became homeless, or were at risk of becoming homeless?' },
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
  // Met een schoon Object.prototype: geen vreemde naam daarop verandert de uitkomst (SPEC §2.8).
  return zonderVervuiling(() => briefOpSchoonPrototype(beoordeling, gegevens));
}

function briefOpSchoonPrototype(beoordeling: Beoordeling<string>, gegevens: Briefgegevens): Brief {
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
  controleerVolledig(gelezen);
  if (gelezen.peildatum !== null && host.datum < gelezen.peildatum) {
    throw new OngeldigeInvoerFout([{ pad: 'gegevens.datum', melding: 'ligt vóór de datum waarover de beoordeling gaat (de peildatum): een brief kan niet eerder zijn dan de beslissing' }]);
  }
  const taal: Taal = host.taal ?? 'nl';
  const inhoud = gelezen.regel === 'versnelfonds' ? versnelfondsBrief(gelezen, taal) : verblijfstermijnBrief(gelezen, taal);
  // `aanvullen` vraagt nog iets; `geen-termijn` zegt alleen dat er geen langste duur is: geen van beide is een besluit.
  const besluitbrief = gelezen.uitkomst !== 'aanvullen' && gelezen.uitkomst !== 'geen-termijn';
  const bezwaar = besluitbrief ? bezwaarclausule(host.gemeente.bezwaaradres, host.kenmerk !== undefined, taal) : null;
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
  return { onderwerp: inhoud.onderwerp, aanhef, besluit: inhoud.besluit, redenen: inhoud.redenen, vervolg: inhoud.vervolg, bezwaar, grondslagen, slot, tekst, aandachtspunten: aandachtspunten(gelezen, host.datum, taal) };
}

/** Briefgegevens na de controle: de datum als `JJJJ-MM-DD`. @internal */
export type GecontroleerdeBriefgegevens = Briefgegevens & { datum: string };

/**
 * Controleert de gegevens van de gemeente voor {@link brief}; fouten met paden onder `gegevens`.
 * Ook voor de CLI, die ze eenmaal controleert vóór een batch. @internal
 */
export function controleerBriefgegevens(gegevens: unknown): GecontroleerdeBriefgegevens {
  // Met een schoon Object.prototype: geen vreemde naam daarop verandert de uitkomst (SPEC §2.8).
  return zonderVervuiling(() => controleerBriefgegevensOpSchoonPrototype(gegevens));
}

function controleerBriefgegevensOpSchoonPrototype(gegevens: unknown): GecontroleerdeBriefgegevens {
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

/** Het vervolg van een brief zonder eigen vervolgstap (een afwijzing, geen termijn). */
const VRAGEN_OVER_DEZE_BRIEF: Tweetalig = { nl: 'Hebt u vragen over deze brief? Neem dan contact op met uw contactpersoon bij de gemeente.', en: 'Do you have questions about this letter? Please contact your contact person at the municipality.' };

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

/** De verhouding die het beleid toepaste (`versnelfonds.kostenBatenFactor`), of 1 als de beoordeling haar niet noemt. */
function factorVan(gelezen: GelezenBeoordeling): number {
  const waarde = gelezen.toegepast.find((toegepast) => toegepast.parameter === 'versnelfonds.kostenBatenFactor')?.waarde;
  return typeof waarde === 'number' && Number.isFinite(waarde) && waarde >= 0 ? waarde : 1;
}

/** De reden bij het criterium kosten-baten, met de factor van het beleid als die niet 1 is ("1,5 keer"). */
function kostenBatenReden(factor: number, voldaan: boolean, taal: Taal): string {
  if (factor === 1) return t(VERSNELFONDS_REDENEN['versnelfonds.kosten-baten']![voldaan ? 'ja' : 'nee'], taal);
  const keer = taal === 'nl' ? `${String(factor).replace('.', ',')} keer` : `${factor} times`;
  if (voldaan) return taal === 'nl' ? `Het geld bespaart naar verwachting minstens ${keer} wat het kost.` : `The money is expected to save at least ${keer} what it costs.`;
  return taal === 'nl'
    ? `Het geld bespaart naar verwachting minder dan ${keer} wat het kost. Het fonds geeft alleen geld als de besparing minstens zo groot is.`
    : `The money is expected to save less than ${keer} what it costs. The fund only gives money when the saving is at least that large.`;
}

/** De reden bij een criterium van het versnelfonds dat besliste. */
function versnelfondsReden(gelezen: GelezenBeoordeling, grond: GelezenGrond, taal: Taal): string {
  const voldaan = grond.status === 'voldaan';
  if (grond.regel === 'versnelfonds.kosten-baten') return kostenBatenReden(factorVan(gelezen), voldaan, taal);
  return t(VERSNELFONDS_REDENEN[grond.regel]![voldaan ? 'ja' : 'nee'], taal);
}

/** Het besluit bij een toekenning, naar de vorm: een gift, een lening of een voorschot. */
function toekenning(vorm: GelezenBeoordeling['vorm'], bedrag: string, taal: Taal): { besluit: string; uitleg: string[] } {
  if (vorm === 'lening') {
    return taal === 'nl'
      ? { besluit: `Wij geven u een lening van ${bedrag} uit het versnelfonds.`, uitleg: ['Een lening betaalt u terug. Uw contactpersoon spreekt met u af hoe.'] }
      : { besluit: `We grant you a loan of ${bedrag} from the acceleration fund.`, uitleg: ['You pay a loan back. Your contact person will agree with you how.'] };
  }
  if (vorm === 'voorschot') {
    return taal === 'nl'
      ? { besluit: `Wij geven u een voorschot van ${bedrag} uit het versnelfonds.`, uitleg: ['Een voorschot wordt later verrekend. Uw contactpersoon legt u uit hoe.'] }
      : { besluit: `We grant you an advance of ${bedrag} from the acceleration fund.`, uitleg: ['An advance is settled later. Your contact person will explain how.'] };
  }
  return taal === 'nl' ? { besluit: `Wij kennen u ${bedrag} toe uit het versnelfonds.`, uitleg: [] } : { besluit: `We grant you ${bedrag} from the acceleration fund.`, uitleg: [] };
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
      redenen: criteria.filter((grond) => grond.status === 'niet-voldaan').map((grond) => versnelfondsReden(gelezen, grond, taal)),
      vervolg: t(VRAGEN_OVER_DEZE_BRIEF, taal),
    };
  }
  const bedrag = gelezen.kenmerken.get('toekenbaarBedragInCenten');
  const gevraagd = gelezen.kenmerken.get('gevraagdBedragInCenten');
  const bedragTekst = typeof bedrag === 'number' ? schrijfBedrag(bedrag, taal) : '';
  const begrensd =
    typeof bedrag === 'number' && typeof gevraagd === 'number' && gevraagd > bedrag
      ? [taal === 'nl' ? `U vroeg ${schrijfBedrag(gevraagd, 'nl')}. Het fonds geeft ten hoogste ${bedragTekst}.` : `You asked for ${schrijfBedrag(gevraagd, 'en')}. The fund gives at most ${bedragTekst}.`]
      : [];
  const { besluit, uitleg } = toekenning(gelezen.vorm, bedragTekst, taal);
  return {
    onderwerp,
    besluit,
    redenen: [...criteria.filter((grond) => grond.status === 'voldaan').map((grond) => versnelfondsReden(gelezen, grond, taal)), ...begrensd, ...uitleg],
    vervolg: taal === 'nl' ? 'Uw contactpersoon bij de gemeente bespreekt met u hoe en wanneer u het geld krijgt.' : 'Your contact person at the municipality will discuss with you how and when you receive the money.',
  };
}

function verblijfstermijnBrief(gelezen: GelezenBeoordeling, taal: Taal): Inhoud {
  const onderwerp = taal === 'nl' ? 'Hoe lang u in de opvang mag blijven' : 'How long you may stay in the shelter';
  const vertrek = gelezen.kenmerken.get('uiterlijkeVertrekdatum');
  const duur = gelezen.kenmerken.get('maximaleDuur') as Duur | undefined;
  const vertrekTekst = typeof vertrek === 'string' ? schrijfDatum(vertrek, taal) : '';
  const duurTekst = duur ? schrijfDuur(duur, taal) : '';
  const voorbij = gelezen.uitkomst === 'termijn-verstreken';
  // Nachten: de vertrekdatum is de ochtend na de laatste nacht. "Tot en met" die dag zou een nacht
  // te veel beloven; daarom "op die dag vertrekt u".
  const nachten = duur?.eenheid === 'nachten';
  const termijn = nachten
    ? []
    : [taal === 'nl' ? `U ${voorbij ? 'mocht' : 'mag'} ten hoogste ${duurTekst} in de opvang blijven, te rekenen vanaf de eerste dag van uw verblijf.` : `You ${voorbij ? 'could' : 'may'} stay in the shelter for at most ${duurTekst}, counted from the first day of your stay.`];
  const redenen = [...herkomstreden(gelezen, taal), ...termijn];
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
        besluit: nachten
          ? taal === 'nl' ? `U mag ${duurTekst} in de opvang blijven. Op ${vertrekTekst} vertrekt u.` : `You may stay in the shelter for ${duurTekst}. You leave on ${vertrekTekst}.`
          : taal === 'nl' ? `U mag tot en met ${vertrekTekst} in de opvang blijven.` : `You may stay in the shelter up to and including ${vertrekTekst}.`,
        redenen,
        vervolg: taal === 'nl' ? 'Uw contactpersoon bespreekt met u wat er daarna gebeurt.' : 'Your contact person will discuss with you what happens after that.',
      };
    case 'termijn-verstreken':
      return {
        onderwerp,
        besluit: nachten
          ? taal === 'nl' ? `U mocht ${duurTekst} in de opvang blijven. U moest op ${vertrekTekst} vertrekken.` : `You could stay in the shelter for ${duurTekst}. You had to leave on ${vertrekTekst}.`
          : taal === 'nl' ? `U mocht tot en met ${vertrekTekst} in de opvang blijven. Die tijd is voorbij.` : `You could stay in the shelter up to and including ${vertrekTekst}. That time has passed.`,
        redenen,
        vervolg: taal === 'nl' ? 'Uw contactpersoon zoekt samen met u waar u nu terechtkunt. Neem contact op als dat nog niet is gebeurd.' : 'Your contact person will look with you for where you can go now. Please get in touch if that has not happened yet.',
      };
    default:
      return {
        onderwerp,
        besluit: taal === 'nl' ? 'Er is geen vaste einddatum voor uw verblijf in de opvang.' : 'There is no fixed end date for your stay in the shelter.',
        redenen: herkomstreden(gelezen, taal),
        vervolg: t(VRAGEN_OVER_DEZE_BRIEF, taal),
      };
  }
}

/**
 * Een bewaarde beoordeling zonder wat de brief moet noemen, geeft geen brief met gaten maar een
 * fout: een toekenning zonder bedrag, een termijn zonder vertrekdatum of duur, een afwijzing
 * zonder een criterium dat niet voldaan is en dat deze versie kent.
 */
function controleerVolledig(gelezen: GelezenBeoordeling): void {
  const ontbreekt = (veld: string, waarom: string) => {
    throw new OngeldigeInvoerFout([{ pad: `beoordeling.${veld}`, melding: waarom }]);
  };
  if (gelezen.regel === 'versnelfonds') {
    if (gelezen.uitkomst === 'toekennen' && typeof gelezen.kenmerken.get('toekenbaarBedragInCenten') !== 'number') ontbreekt('toekenbaarBedragInCenten', 'ontbreekt: een toekenning zonder bedrag geeft geen brief');
    const kent = gelezen.gronden.some((grond) => grond.status === 'niet-voldaan' && Object.hasOwn(VERSNELFONDS_REDENEN, grond.regel));
    if (gelezen.uitkomst === 'afwijzen' && !kent) ontbreekt('gronden', 'noemt geen bekend criterium dat niet voldaan is: de brief kan de reden van de afwijzing niet noemen');
    if (!['toekennen', 'afwijzen', 'aanvullen'].includes(gelezen.uitkomst)) ontbreekt('uitkomst', "moet 'toekennen', 'afwijzen' of 'aanvullen' zijn");
  } else {
    if (!['binnen-termijn', 'termijn-verstreken', 'geen-termijn', 'aanvullen'].includes(gelezen.uitkomst)) ontbreekt('uitkomst', "moet 'binnen-termijn', 'termijn-verstreken', 'geen-termijn' of 'aanvullen' zijn");
    if (gelezen.uitkomst === 'binnen-termijn' || gelezen.uitkomst === 'termijn-verstreken') {
      if (typeof gelezen.kenmerken.get('uiterlijkeVertrekdatum') !== 'string') ontbreekt('uiterlijkeVertrekdatum', 'ontbreekt: een termijn zonder vertrekdatum geeft geen brief');
      if (gelezen.kenmerken.get('maximaleDuur') === undefined) ontbreekt('maximaleDuur', 'ontbreekt: een termijn zonder duur geeft geen brief');
    }
  }
  if (gelezen.uitkomst === 'aanvullen' && gelezen.ontbrekendeGegevens.length === 0) ontbreekt('ontbrekendeGegevens', 'is leeg: een brief die om aanvulling vraagt, moet zeggen waarom');
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

/**
 * Awb 3:45 (waar bezwaar kan) en 6:7 (zes weken); wat een bezwaarschrift moet bevatten (Awb 6:5:
 * naam en adres, de dagtekening, welk besluit, waarom, de handtekening).
 */
function bezwaarclausule(adres: string, metKenmerk: boolean, taal: Taal): string {
  const welk = taal === 'nl' ? `Noem de datum${metKenmerk ? ' en het kenmerk' : ''} van deze brief, of stuur een kopie mee.` : `Give the date${metKenmerk ? ' and reference' : ''} of this letter, or enclose a copy.`;
  return taal === 'nl'
    ? `Bent u het niet eens met dit besluit? Dan kunt u bezwaar maken. Doe dat binnen zes weken na de datum van deze brief. Stuur uw bezwaar naar: ${adres}. Schrijf erin waarom u het niet eens bent met het besluit. ${welk} Zet ook uw naam, uw adres, de datum van vandaag en uw handtekening erop.`
    : `Do you disagree with this decision? Then you can lodge an objection. Do so within six weeks of the date of this letter. Send your objection to: ${adres}. Write why you disagree with the decision. ${welk} Also include your name, your address, today's date and your signature.`;
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

/**
 * Voor de medewerker, elk één keer: grondslagen die niet vastgesteld zijn, toegepaste waarden die
 * niet vastgesteld zijn (een praktijk, een ambitie, een aangenomen indeling), lezingen, signalen,
 * en een brief die later is dan de dag waarover de beoordeling gaat.
 */
function aandachtspunten(gelezen: GelezenBeoordeling, briefdatum: string, taal: Taal): string[] {
  const punten = new Set<string>();
  const tekstVan = (grond: GelezenGrond) => (taal === 'en' ? grond.toelichtingEn : grond.toelichting);
  if (gelezen.uitkomst === 'geen-termijn') {
    punten.add(taal === 'nl' ? 'Voor dit verblijf noemt het beleid geen langste duur. De brief zegt dat alleen; het is geen besluit en heeft daarom geen bezwaarclausule.' : 'For this stay the policy names no maximum length. The letter only says so; it is not a decision and so has no objection clause.');
  }
  if (gelezen.regel === 'verblijfstermijn' && gelezen.peildatum !== null && briefdatum > gelezen.peildatum && gelezen.uitkomst !== 'aanvullen') {
    punten.add(
      taal === 'nl'
        ? `De beoordeling gaat over ${schrijfDatum(gelezen.peildatum, 'nl')}; de brief is van ${schrijfDatum(briefdatum, 'nl')}. Loopt het verblijf nog, beoordeel het dan op de datum van de brief.`
        : `The decision is about ${schrijfDatum(gelezen.peildatum, 'en')}; the letter is dated ${schrijfDatum(briefdatum, 'en')}. If the stay is still going on, decide it again on the date of the letter.`,
    );
  }
  // Eerst waar het besluit op rust (grondslagen, dan toegepaste waarden), dan onze lezingen, dan de signalen.
  for (const grond of gelezen.gronden) {
    if (grond.status !== 'niet-van-toepassing' && grond.basis && grond.basis.status !== 'vastgesteld') {
      punten.add(`${taal === 'nl' ? 'Grondslag' : 'Basis'} (${GRONDSLAGEN[grond.basis.status][taal]}): ${taal === 'en' ? grond.basis.toelichtingEn : grond.basis.toelichting}`);
    }
  }
  for (const toegepast of gelezen.toegepast) {
    if (toegepast.status === 'vastgesteld') continue;
    const status = GRONDSLAGEN[toegepast.status][taal];
    const naam = parameternaam(toegepast.parameter, taal);
    const waarde = waardetekst(toegepast.parameter, toegepast.waarde, taal);
    punten.add(taal === 'nl' ? `Toegepast, maar niet vastgesteld (${status}): ${naam}${waarde ? `, ${waarde}` : ''}. De brief noemt het als regel.` : `Applied, but not adopted (${status}): ${naam}${waarde ? `, ${waarde}` : ''}. The letter states it as a rule.`);
  }
  for (const grond of gelezen.gronden) for (const lezing of grond.interpretaties) punten.add(taal === 'en' ? lezing.toelichtingEn : lezing.toelichting);
  for (const grond of gelezen.gronden) if (grond.soort === 'signaal') punten.add(tekstVan(grond));
  return [...punten];
}

/** De naam van een toegepaste parameter: uit de lijst met parameters, of de indeling van een regio. */
function parameternaam(parameter: string, taal: Taal): string {
  if (Object.hasOwn(BELEIDSPARAMETERS, parameter)) return BELEIDSPARAMETERS[parameter as keyof typeof BELEIDSPARAMETERS].naam[taal];
  if (/^regio\.[^.]+\.leden$/.test(parameter)) return taal === 'nl' ? 'welke gemeenten bij de regio horen' : 'which municipalities belong to the region';
  return taal === 'nl' ? 'een waarde van het beleid' : 'a value of the policy';
}

/** Een korte waarde voor de medewerker: een bedrag, een duur of een getal; anders niets. */
function waardetekst(parameter: string, waarde: unknown, taal: Taal): string {
  if (typeof waarde === 'number' && Number.isFinite(waarde)) {
    if (parameter.endsWith('InCenten') && Number.isSafeInteger(waarde)) return schrijfBedrag(waarde, taal);
    if (parameter.endsWith('InUren')) return taal === 'nl' ? `${waarde} uur` : `${waarde} ${waarde === 1 ? 'hour' : 'hours'}`;
    return taal === 'nl' ? String(waarde).replace('.', ',') : String(waarde);
  }
  if (typeof waarde === 'object' && waarde !== null && !Array.isArray(waarde)) {
    const { aantal, eenheid } = waarde as { aantal?: unknown; eenheid?: unknown };
    if (Number.isSafeInteger(aantal) && (DUUREENHEDEN as readonly unknown[]).includes(eenheid)) return schrijfDuur(waarde as Duur, taal);
  }
  return '';
}
