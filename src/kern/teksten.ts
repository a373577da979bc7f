import type { GedateerdeWaarde } from '../beleid/gedateerd.js';

/**
 * Een zin die zegt hoe vast een gebruikte waarde staat, zodat niemand een ambitie of
 * interpretatie voor vastgesteld beleid aanziet. Leeg bij `'vastgesteld'`.
 */
export function statuszin(waarde: GedateerdeWaarde<unknown>, taal: 'nl' | 'en'): string {
  const uitleg = waarde.toelichting ? ` ${waarde.toelichting}` : '';
  switch (waarde.status) {
    case 'vastgesteld':
      return '';
    case 'praktijk':
      return taal === 'nl' ? ' Dit is de in de bron beschreven werkwijze (praktijk), geen vastgesteld beleid.' : ' This is the practice described in the source, not adopted policy.';
    case 'ambitie':
      return taal === 'nl' ? ' Dit is een ambitie uit de bron, geen vastgesteld beleid.' : ' This is an ambition stated in the source, not adopted policy.';
    case 'planningsaanname':
      return taal === 'nl' ? ` Dit is een planningsaanname.${uitleg}` : ` This is a planning assumption.${uitleg}`;
    case 'interpretatie':
      return taal === 'nl' ? ` Dit is een interpretatie.${uitleg}` : ` This is an interpretation where the source is not explicit; the reasoning (in Dutch):${uitleg}`;
  }
}

/** Een opsomming met een voegwoord voor het laatste deel: `opsomming(['A', 'B', 'C'], 'of')` is "A, B of C". */
export function opsomming(delen: readonly string[], voegwoord: 'en' | 'of' | 'and'): string {
  if (delen.length <= 1) return delen.join('');
  return `${delen.slice(0, -1).join(', ')} ${voegwoord} ${delen[delen.length - 1]}`;
}
