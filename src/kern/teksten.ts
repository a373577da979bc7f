import type { GedateerdeWaarde } from '../beleid/gedateerd.js';
import type { Tweetalig } from '../types/tweetalig.js';

function hoofdletter(tekst: string): string {
  return tekst.charAt(0).toUpperCase() + tekst.slice(1);
}

/**
 * Eén of twee korte zinnen die zeggen hoe vast een toegepaste waarde staat, zodat niemand een
 * plan, ambitie of interpretatie voor vastgesteld beleid aanziet; met de toelichting van de
 * waarde als die er is. Leeg bij `'vastgesteld'`. `naam` is de waarde in de brief, bv.
 * "het maximumbedrag".
 */
export function waardezin(naam: Tweetalig, waarde: GedateerdeWaarde<unknown>, taal: 'nl' | 'en'): string {
  const uitleg = waarde.toelichting ? ` ${waarde.toelichting}` : '';
  const onderwerp = hoofdletter(naam[taal]);
  if (taal === 'en') {
    const reden = waarde.toelichting ? ` The reasoning, in Dutch: ${waarde.toelichting}` : '';
    switch (waarde.status) {
      case 'vastgesteld':
        return '';
      case 'praktijk':
        return `${onderwerp} is the practice described in the source, not adopted policy.${reden}`;
      case 'voornemen':
        return `${onderwerp} comes from a plan (an intention); the sources do not show it was adopted.${reden}`;
      case 'ambitie':
        return `${onderwerp} is an ambition, not a rule in force; it was applied because that was asked for.${reden}`;
      case 'planningsaanname':
        return `${onderwerp} is a planning assumption, not a rule in force; it was applied because that was asked for.${reden}`;
      case 'interpretatie':
        return `${onderwerp} is our interpretation where the source is not explicit.${reden}`;
    }
  }
  switch (waarde.status) {
    case 'vastgesteld':
      return '';
    case 'praktijk':
      return `${onderwerp} is de werkwijze die de bron beschrijft (praktijk), geen vastgesteld beleid.${uitleg}`;
    case 'voornemen':
      return `${onderwerp} komt uit een plan (voornemen); de bronnen laten niet zien dat het is vastgesteld.${uitleg}`;
    case 'ambitie':
      return `${onderwerp} is een ambitie, geen geldende regel; ze is toegepast omdat daarom is gevraagd.${uitleg}`;
    case 'planningsaanname':
      return `${onderwerp} is een aanname om mee te plannen, geen geldende regel; ze is toegepast omdat daarom is gevraagd.${uitleg}`;
    case 'interpretatie':
      return `${onderwerp} is een interpretatie: de bron zegt het niet precies.${uitleg}`;
  }
}

/** Een opsomming met een voegwoord voor het laatste deel: `opsomming(['A', 'B', 'C'], 'of')` is "A, B of C". */
export function opsomming(delen: readonly string[], voegwoord: 'en' | 'of' | 'and'): string {
  if (delen.length <= 1) return delen.join('');
  return `${delen.slice(0, -1).join(', ')} ${voegwoord} ${delen[delen.length - 1]}`;
}
