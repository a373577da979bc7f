import { OngeldigeInvoerFout, type Veldfout } from './fouten.js';

/**
 * Het resultaat van de niet-gooiende vorm van een regel (`…Veilig`): een beoordeling, of de
 * veldfouten die de gooiende vorm als {@link OngeldigeInvoerFout} zou geven.
 *
 * @typeParam B - het type beoordeling van de regel
 */
export type Uitslag<B> = { succes: true; beoordeling: B } | { succes: false; fouten: Veldfout[] };

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
