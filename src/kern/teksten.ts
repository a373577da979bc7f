import type { GedateerdeWaarde } from '../beleid/gedateerd.js';
import { schrijfDatum } from '../calculators/datum.js';
import { schrijfDuur, type Duur } from '../calculators/termijn.js';
import type { Tweetalig } from '../types/tweetalig.js';
import type { Waardestatus } from '../types/waardestatus.js';

/** De tekst met een hoofdletter aan het begin. */
export function hoofdletter(tekst: string): string {
  return tekst.charAt(0).toUpperCase() + tekst.slice(1);
}

/** Een status in woorden, voor in een zin: "een ambitie", "de werkwijze die de bron beschrijft (praktijk)". */
export const STATUS_IN_WOORDEN: Readonly<Record<Waardestatus, Tweetalig>> = {
  vastgesteld: { nl: 'vastgesteld beleid', en: 'adopted policy' },
  praktijk: { nl: 'de werkwijze die de bron beschrijft (praktijk)', en: 'the practice the source describes' },
  voornemen: { nl: 'een voornemen uit een plan', en: 'an intention from a plan' },
  ambitie: { nl: 'een ambitie', en: 'an ambition' },
  planningsaanname: { nl: 'een aanname om mee te plannen', en: 'a planning assumption' },
  interpretatie: { nl: 'een interpretatie', en: 'an interpretation' },
};

/**
 * Eén of twee korte zinnen die zeggen hoe vast een toegepaste waarde staat, zodat niemand een
 * plan, ambitie of interpretatie voor vastgesteld beleid aanziet; met de toelichting van de
 * waarde als die er is. Leeg bij `'vastgesteld'`. `naam` is de waarde in de brief, bv.
 * "het maximumbedrag". `ingebouwd` zegt of de waarde uit het ingebouwde beleid komt: alleen dan
 * is een interpretatie "van ons"; een eigen beleid legt zijn eigen lezing vast.
 *
 * Geen zin over de looptijd: de grond beslist op de peildatum, en een einddatum die wij kozen
 * (`datumkeuze`) zou als feit in de brief staan. De looptijd en haar keuze staan in de
 * regelcatalogus. In het Engels staat `toelichtingEn`; een eigen beleid zonder Engelse tekst wordt
 * als zijn eigen Nederlandse woorden geciteerd, niet als Engelse zin gebracht.
 */
export function waardezin(naam: Tweetalig, waarde: GedateerdeWaarde<unknown>, taal: 'nl' | 'en', ingebouwd: boolean): string {
  const onderwerp = hoofdletter(naam[taal]);
  if (taal === 'en') {
    const toelichting = waardetoelichting(waarde, 'en');
    const reden = toelichting ? ` ${toelichting}` : '';
    switch (waarde.status) {
      case 'vastgesteld':
        return '';
      case 'praktijk':
        return `${onderwerp} is the practice described in the source, not adopted policy.${reden}`;
      case 'voornemen':
        return `${onderwerp} comes from a plan (an intention); the sources do not show this was adopted.${reden}`;
      case 'ambitie':
        return `${onderwerp} is an ambition, not a rule in force. It was applied because the request asked for ambitions to be applied.${reden}`;
      case 'planningsaanname':
        return `${onderwerp} is a planning assumption, not a rule in force. It was applied because the request asked for planning assumptions to be applied.${reden}`;
      case 'interpretatie':
        return `${onderwerp} is an interpretation${ingebouwd ? ' of ours' : ' in this policy'}.${reden}`;
    }
  }
  const toelichting = waardetoelichting(waarde, 'nl');
  const uitleg = toelichting ? ` ${toelichting}` : '';
  switch (waarde.status) {
    case 'vastgesteld':
      return '';
    case 'praktijk':
      return `${onderwerp} is de werkwijze die de bron beschrijft (praktijk), geen vastgesteld beleid.${uitleg}`;
    case 'voornemen':
      return `${onderwerp} komt uit een plan (voornemen); de bronnen laten niet zien dat dit is vastgesteld.${uitleg}`;
    case 'ambitie':
      return `${onderwerp} is een ambitie, geen geldende regel. Zij is toegepast omdat de aanvraag vroeg om ook ambities toe te passen.${uitleg}`;
    case 'planningsaanname':
      return `${onderwerp} is een aanname om mee te plannen, geen geldende regel. Zij is toegepast omdat de aanvraag vroeg om ook planningsaannames toe te passen.${uitleg}`;
    case 'interpretatie':
      return `${onderwerp} is een interpretatie ${ingebouwd ? 'van ons' : 'in dit beleid'}.${uitleg}`;
  }
}

/**
 * De toelichting van een waarde in de taal van de motivering: in het Engels `toelichtingEn`, of
 * anders de Nederlandse woorden van het beleid als citaat ("The policy says, in Dutch: …"), nooit
 * als Engelse zin. Leeg als de waarde geen toelichting heeft.
 */
export function waardetoelichting(waarde: GedateerdeWaarde<unknown>, taal: 'nl' | 'en'): string {
  const nederlands = Object.hasOwn(waarde, 'toelichting') ? waarde.toelichting ?? '' : '';
  if (taal === 'nl') return nederlands;
  const engels = Object.hasOwn(waarde, 'toelichtingEn') ? waarde.toelichtingEn : undefined;
  return engels ?? (nederlands ? `The policy says, in Dutch: "${nederlands}"` : '');
}

/** Een opsomming met een voegwoord voor het laatste deel: `opsomming(['A', 'B', 'C'], 'of')` is "A, B of C". */
export function opsomming(delen: readonly string[], voegwoord: 'en' | 'of' | 'and'): string {
  if (delen.length <= 1) return delen.join('');
  return `${delen.slice(0, -1).join(', ')} ${voegwoord} ${delen[delen.length - 1]}`;
}

/** Een kalenderdatum `JJJJ-MM-DD` uitgeschreven in beide talen: "15 mei 2026" en "15 May 2026". */
export function datumInBeideTalen(datum: string): Tweetalig {
  return { nl: schrijfDatum(datum, 'nl'), en: schrijfDatum(datum, 'en') };
}

/** Een aantal dagen uitgeschreven: "1 dag", "3 dagen"; "1 day", "3 days". */
export function dagenTekst(aantal: number, taal: 'nl' | 'en'): string {
  return schrijfDuur({ aantal, eenheid: 'dagen' }, taal);
}

/** Een duur uitgeschreven in beide talen: "9 maanden" en "9 months". */
export function duurInBeideTalen(duur: Duur): Tweetalig {
  return { nl: schrijfDuur(duur, 'nl'), en: schrijfDuur(duur, 'en') };
}
