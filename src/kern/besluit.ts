import type { Beleidsverwijzing, Beoordeling, Grond } from '../types/beoordeling.js';

/**
 * De uitslag van één criterium, zoals een criteriumfunctie die teruggeeft: de {@link Grond}
 * en, als de status `'onbekend'` is, de invoervelden die ontbreken.
 */
export interface Criteriumuitslag {
  grond: Grond;
  ontbrekend: readonly string[];
}

/**
 * De uitkomsten die de gemeenschappelijke combinatie kan geven; `nietVanToepassing` alleen voor
 * regels die een eigen uitkomst hebben als geen enkel criterium van toepassing is.
 */
export interface Uitkomsten<P extends string, N extends string, A extends string, T extends string = never> {
  positief: P;
  negatief: N;
  aanvullen: A;
  nietVanToepassing?: T;
}

/**
 * De ene plek waar criteria tot een uitkomst worden gecombineerd, voor alle regels:
 * een `'niet-voldaan'` beslist negatief (ook als andere feiten nog onbekend zijn); anders
 * maakt een `'onbekend'` de uitkomst `aanvullen`, met precies de blokkerende velden in
 * `ontbrekendeGegevens`; anders is de uitkomst positief. Met `nietVanToepassing` geeft een
 * beoordeling waarin elk criterium `'niet-van-toepassing'` is die uitkomst.
 */
export function besluit<P extends string, N extends string, A extends string, T extends string = never>(
  context: { regel: string; peildatum: string | null; beleid: Beleidsverwijzing | null },
  uitslagen: readonly Criteriumuitslag[],
  uitkomsten: Uitkomsten<P, N, A, T>,
): Beoordeling<P | N | A | T> {
  const gronden = uitslagen.map((uitslag) => uitslag.grond);
  const basis = { regel: context.regel, gronden, peildatum: context.peildatum, beleid: context.beleid };
  if (gronden.some((grond) => grond.status === 'niet-voldaan')) {
    return { ...basis, uitkomst: uitkomsten.negatief, ontbrekendeGegevens: [] };
  }
  const onbekend = uitslagen.filter((uitslag) => uitslag.grond.status === 'onbekend');
  if (onbekend.length > 0) {
    const ontbrekend = [...new Set(onbekend.flatMap((uitslag) => uitslag.ontbrekend))];
    return { ...basis, uitkomst: uitkomsten.aanvullen, ontbrekendeGegevens: ontbrekend };
  }
  if (uitkomsten.nietVanToepassing !== undefined && gronden.every((grond) => grond.status === 'niet-van-toepassing')) {
    return { ...basis, uitkomst: uitkomsten.nietVanToepassing, ontbrekendeGegevens: [] };
  }
  return { ...basis, uitkomst: uitkomsten.positief, ontbrekendeGegevens: [] };
}
