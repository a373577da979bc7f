import type { Veldfout } from '../types/fouten.js';
import { schrijfPad } from './pad.js';
import { diepBevroren } from '../types/bevroren.js';

/**
 * De grenzen van elke invoer, gecontroleerd vóór de rest van de validatie (SPEC §2.8): zo kan
 * geen invoer een regel laten vastlopen of een `RangeError` geven. Per regel gelden daarbinnen
 * strengere grenzen in de schema's (bv. een naam van hooguit 200 tekens).
 */
export const INVOERGRENZEN = /* @__PURE__ */ diepBevroren({
  /** Tekens in één tekst. */
  tekst: 10_000,
  /** Elementen in één lijst. */
  lijst: 10_000,
  /** Velden in één object. */
  velden: 1_000,
  /** Hoe diep objecten en lijsten genest mogen zijn. */
  diepte: 32,
} as const);

/** De uitkomst van {@link eigenKopie}: de kopie, of de veldfouten. @internal */
export type Kopie = { kopie: unknown; fouten?: undefined } | { kopie?: undefined; fouten: Veldfout[] };

/**
 * Een kopie van de invoer met alleen eigen, opsombare velden, in objecten zonder prototype: een
 * vervuild `Object.prototype` of een geërfd veld verandert zo geen uitkomst, en elke getter wordt
 * precies één keer gelezen. Een `Date` wordt een nieuwe `Date` (een object dat er alleen op lijkt
 * niet). Te lange teksten en lijsten, te veel velden of te diepe nesting zijn veldfouten; een veld
 * dat bij het lezen een fout gooit ook. De meldingen noemen nooit een veldnaam of waarde uit de
 * invoer, alleen het pad van het object waarin het probleem zit.
 *
 * @internal
 */
export function eigenKopie(invoer: unknown): Kopie {
  const fouten: Veldfout[] = [];
  // Eén pad dat meegroeit en krimpt: het wordt alleen bij een fout uitgeschreven.
  const kopie = kopieer(invoer, [], 0, fouten);
  return fouten.length > 0 ? { fouten } : { kopie };
}

function kopieer(waarde: unknown, pad: PropertyKey[], diepte: number, fouten: Veldfout[]): unknown {
  if (typeof waarde === 'string') {
    if (waarde.length > INVOERGRENZEN.tekst) fouten.push({ pad: schrijfPad(pad), melding: `is te lang (meer dan ${INVOERGRENZEN.tekst} tekens)` });
    return waarde;
  }
  if (waarde === null || typeof waarde !== 'object') return waarde;
  if (diepte >= INVOERGRENZEN.diepte) {
    fouten.push({ pad: schrijfPad(pad), melding: `is te diep genest (meer dan ${INVOERGRENZEN.diepte} niveaus)` });
    return undefined;
  }
  try {
    const tijd = echteDatumtijd(waarde);
    if (tijd !== undefined) return new Date(tijd);
    if (Array.isArray(waarde)) {
      if (waarde.length > INVOERGRENZEN.lijst) {
        fouten.push({ pad: schrijfPad(pad), melding: `bevat te veel elementen (meer dan ${INVOERGRENZEN.lijst})` });
        return [];
      }
      const lijst = new Array<unknown>(waarde.length);
      for (let index = 0; index < waarde.length; index++) {
        pad.push(index);
        lijst[index] = kopieer(waarde[index], pad, diepte + 1, fouten);
        pad.pop();
      }
      return lijst;
    }
    const sleutels = Object.keys(waarde);
    if (sleutels.length > INVOERGRENZEN.velden) {
      fouten.push({ pad: schrijfPad(pad), melding: `bevat te veel velden (meer dan ${INVOERGRENZEN.velden})` });
      return Object.create(null);
    }
    const object: Record<string, unknown> = Object.create(null);
    for (const sleutel of sleutels) {
      pad.push(sleutel);
      object[sleutel] = kopieer((waarde as Record<string, unknown>)[sleutel], pad, diepte + 1, fouten);
      pad.pop();
    }
    return object;
  } catch {
    // Een getter of proxy die gooit: het object is niet te lezen. Geen naam of melding uit de invoer.
    pad.length = diepte;
    fouten.push({ pad: schrijfPad(pad), melding: 'kan niet gelezen worden' });
    return undefined;
  }
}

/**
 * De tijd van een echte `Date`, of `undefined`. `Date.prototype.getTime` gooit bij elk ander
 * object, ook bij een object met het prototype van `Date` dat er alleen op lijkt.
 *
 * @internal
 */
export function echteDatumtijd(waarde: object): number | undefined {
  // Eerst de goedkope vraag (zonder fout te gooien); een nagemaakte naam van het type laat
  // getTime alsnog gooien.
  if (Object.prototype.toString.call(waarde) !== '[object Date]') return undefined;
  try {
    return Date.prototype.getTime.call(waarde);
  } catch {
    return undefined;
  }
}
