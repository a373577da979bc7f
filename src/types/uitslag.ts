import { OngeldigeInvoerFout, type Veldfout } from './fouten.js';

/** Een geslaagde {@link Uitslag}: de beoordeling. */
export interface GeslaagdeUitslag<B> {
  /** Altijd `true`. */
  succes: true;
  /** De beoordeling, zoals de gooiende vorm die teruggeeft. */
  beoordeling: B;
}

/** Een mislukte {@link Uitslag}: de veldfouten. */
export interface MislukteUitslag {
  /** Altijd `false`. */
  succes: false;
  /** De veldfouten, zoals in {@link OngeldigeInvoerFout.fouten}. */
  fouten: Veldfout[];
}

/**
 * Het resultaat van de niet-gooiende vorm van een regel (`…Veilig`): een beoordeling, of de
 * veldfouten die de gooiende vorm als {@link OngeldigeInvoerFout} zou geven.
 *
 * @typeParam B - het type beoordeling van de regel
 */
export type Uitslag<B> = GeslaagdeUitslag<B> | MislukteUitslag;

/**
 * Maakt van een gooiende regel de niet-gooiende vorm. Alleen {@link OngeldigeInvoerFout}
 * (en dus ook {@link BeleidNietInWerkingFout}) wordt een `{ succes: false }`; elke andere
 * fout is een programmeerfout en wordt doorgegooid.
 *
 * @internal
 */
export function maakVeilig<A extends unknown[], B>(regel: (...args: A) => B): (...args: A) => Uitslag<B> {
  return (...args: A) => {
    try {
      return { succes: true, beoordeling: regel(...args) };
    } catch (fout) {
      if (fout instanceof OngeldigeInvoerFout) return { succes: false, fouten: fout.fouten };
      throw fout;
    }
  };
}
