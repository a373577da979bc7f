import type { Veldfout } from '../types/fouten.js';
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
  /** Hoeveel waarden (teksten, getallen, objecten, lijsten) de hele invoer hooguit telt. */
  waarden: 200_000,
} as const);

/**
 * De uitkomst van {@link eigenKopie}: de kopie, of de veldfouten. Beide velden staan er altijd,
 * als eigen velden: een vervuild `Object.prototype.fouten` kan zo niets beslissen. @internal
 */
export type Kopie = { kopie: unknown; fouten: null } | { kopie: undefined; fouten: Veldfout[] };

/**
 * Een kopie van de invoer met alleen eigen, opsombare velden, in objecten zonder prototype: een
 * vervuild `Object.prototype` of een geërfd veld verandert zo geen uitkomst, en elke getter wordt
 * precies één keer gelezen. Een `Date` wordt een nieuwe `Date` (een object dat er alleen op lijkt
 * niet). Te lange teksten en lijsten, te veel velden of te diepe nesting zijn veldfouten; een veld
 * dat bij het lezen een fout gooit ook, en een invoer met meer dan 200.000 waarden (ook via
 * gedeelde verwijzingen). De meldingen staan op de invoer als geheel (pad `''`) en noemen nooit
 * een veldnaam of waarde uit de invoer. Na de eerste fout stopt het kopiëren.
 *
 * @internal
 */
export function eigenKopie(invoer: unknown): Kopie {
  const toestand: Toestand = { fouten: [], waarden: 0 };
  const kopie = kopieer(invoer, 0, toestand);
  return toestand.fouten.length > 0 ? { kopie: undefined, fouten: toestand.fouten } : { kopie, fouten: null };
}

interface Toestand {
  fouten: Veldfout[];
  waarden: number;
}

/**
 * Een fout van de kopie zelf staat op de invoer als geheel (pad `''`): het pad naar de plek zou
 * de naam van een onbekend veld kunnen bevatten, en die herhalen we nooit.
 */
function meld(toestand: Toestand, melding: string): void {
  if (!toestand.fouten.some((fout) => fout.melding === melding)) toestand.fouten.push({ pad: '', melding });
}

function kopieer(waarde: unknown, diepte: number, toestand: Toestand): unknown {
  if (++toestand.waarden > INVOERGRENZEN.waarden) {
    meld(toestand, `is te groot (meer dan ${INVOERGRENZEN.waarden} waarden)`);
    return undefined;
  }
  if (typeof waarde === 'string') {
    if (waarde.length > INVOERGRENZEN.tekst) meld(toestand, `bevat een tekst die te lang is (meer dan ${INVOERGRENZEN.tekst} tekens)`);
    return waarde;
  }
  if (waarde === null || typeof waarde !== 'object') return waarde;
  if (diepte >= INVOERGRENZEN.diepte) {
    meld(toestand, `is te diep genest (meer dan ${INVOERGRENZEN.diepte} niveaus)`);
    return undefined;
  }
  try {
    const tijd = echteDatumtijd(waarde);
    if (tijd !== undefined) return new Date(tijd);
    if (Array.isArray(waarde)) {
      if (waarde.length > INVOERGRENZEN.lijst) {
        meld(toestand, `bevat een lijst met te veel elementen (meer dan ${INVOERGRENZEN.lijst})`);
        return [];
      }
      // Alleen eigen indexen: een gat leest anders een geërfde index van een vervuild
      // Array.prototype (een organisatie die niemand stuurde). Een gat wordt `undefined`, en dus
      // een veldfout ("ontbreekt") op dat element.
      const lijst = new Array<unknown>(waarde.length);
      for (let index = 0; index < waarde.length && toestand.fouten.length === 0; index++) {
        lijst[index] = Object.hasOwn(waarde, index) ? kopieer(waarde[index], diepte + 1, toestand) : undefined;
      }
      return lijst;
    }
    const sleutels = Object.keys(waarde);
    if (sleutels.length > INVOERGRENZEN.velden) {
      meld(toestand, `bevat een object met te veel velden (meer dan ${INVOERGRENZEN.velden})`);
      return Object.create(null);
    }
    // Zonder prototype, maar in de snelle vorm van V8: Object.create(null) geeft een object in
    // woordenboekvorm, waarop zod ~1,3–1,8× trager leest. Een eigen veld `__proto__` blijft een gewoon veld.
    const object: Record<string, unknown> = Object.setPrototypeOf({}, null);
    for (const sleutel of sleutels) {
      if (toestand.fouten.length > 0) break;
      object[sleutel] = kopieer((waarde as Record<string, unknown>)[sleutel], diepte + 1, toestand);
    }
    return object;
  } catch {
    // Een getter of proxy die gooit: niet te lezen. Geen naam of melding uit de invoer.
    meld(toestand, 'bevat een waarde die niet gelezen kan worden');
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
