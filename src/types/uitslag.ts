import { BeleidNietInWerkingFout, OngeldigeInvoerFout, nietInWerkingVan, type BeleidNietInWerking, type Veldfout } from './fouten.js';

/** Een geslaagde {@link Uitslag}: de beoordeling. */
export interface GeslaagdeUitslag<B> {
  /** Altijd `true`. */
  succes: true;
  /** De beoordeling, zoals de gooiende vorm die teruggeeft. */
  beoordeling: B;
}

/** Een {@link Mislukking} door onjuiste invoer: wat de gooiende vorm als {@link OngeldigeInvoerFout} zou geven. */
export interface OngeldigeInvoerMislukking {
  /** Altijd `false`. */
  succes: false;
  /** Altijd `'ongeldige-invoer'`: verbeter de invoer (de velden staan in `fouten`). */
  soort: 'ongeldige-invoer';
  /** De veldfouten, zoals in {@link OngeldigeInvoerFout.fouten}. */
  fouten: Veldfout[];
}

/**
 * Een {@link Mislukking} omdat op de peildatum geen beleid in werking is (SPEC §2.11): de invoer
 * klopt, maar er is geen waarde of regio-indeling om mee te beslissen. Wat de gooiende vorm als
 * {@link BeleidNietInWerkingFout} zou geven.
 */
export interface GeenBeleidMislukking {
  /** Altijd `false`. */
  succes: false;
  /** Altijd `'geen-beleid'`: geef een eigen beleid mee, of kies een peildatum waarop het beleid geldt. */
  soort: 'geen-beleid';
  /** De veldfout op het datumveld, zoals in {@link OngeldigeInvoerFout.fouten} (zo ook sinds 0.2). */
  fouten: Veldfout[];
  /** Wat ontbrak en wanneer er wél waarden zijn vastgelegd. */
  nietInWerking: BeleidNietInWerking;
}

/**
 * Een mislukte {@link Uitslag} van de niet-gooiende vorm van een regel (`…Veilig`), naar
 * `soort`:
 *
 * - `'ongeldige-invoer'` ({@link OngeldigeInvoerMislukking}): de invoer klopt niet; `fouten`
 *   noemt elk veld;
 * - `'geen-beleid'` ({@link GeenBeleidMislukking}): de invoer klopt, maar op de peildatum is geen
 *   beleidswaarde of regio-indeling in werking; `nietInWerking` zegt welke en wanneer wél.
 *
 * Beide hebben `fouten` (zoals in 0.2), zodat code die alleen `fouten` leest blijft werken.
 *
 * @example
 * const aanvraag = {
 *   ingediendOp: '2026-12-01T10:00:00+01:00', vorm: 'gift', bedragInCenten: 50_000, gemeenteVanHerkomst: 'Wierden',
 *   voorliggendeVoorzieningenBenut: true, voorkomtOfVerkortOpvang: true, verwachteBesparingInCenten: 450_000, schulden: false,
 * } as const;
 * const uitslag = beoordeelVersnelfondsVeilig(aanvraag);
 * uitslag.succes ? null : uitslag.soort
 * //=> 'geen-beleid'
 * uitslag.succes || uitslag.soort !== 'geen-beleid' ? null : uitslag.nietInWerking.vastgelegdTot
 * //=> '2026-01-01'
 * const fout = beoordeelVersnelfondsVeilig({ ...aanvraag, bedragInCenten: 0 });
 * fout.succes ? null : [fout.soort, fout.fouten[0]?.pad]
 * //=> ['ongeldige-invoer', 'bedragInCenten']
 */
export type Mislukking = OngeldigeInvoerMislukking | GeenBeleidMislukking;

/**
 * De mislukte {@link Uitslag}: een andere naam voor {@link Mislukking} (zo heette zij in 0.2, toen
 * zij alleen `fouten` had).
 */
export type MislukteUitslag = Mislukking;

/**
 * Het resultaat van de niet-gooiende vorm van een regel (`…Veilig`): `{ succes: true, beoordeling }`,
 * of een {@link Mislukking}: `{ succes: false, soort: 'ongeldige-invoer', fouten }` of
 * `{ succes: false, soort: 'geen-beleid', fouten, nietInWerking }`.
 *
 * @typeParam B - het type beoordeling van de regel
 */
export type Uitslag<B> = GeslaagdeUitslag<B> | Mislukking;

/**
 * De {@link Mislukking} bij een fout van een regel: `'geen-beleid'` voor een
 * {@link BeleidNietInWerkingFout}, `'ongeldige-invoer'` voor elke andere
 * {@link OngeldigeInvoerFout}; `undefined` voor elke andere fout (een programmeerfout).
 *
 * @internal
 */
export function mislukkingVan(fout: unknown): Mislukking | undefined {
  if (fout instanceof BeleidNietInWerkingFout) return { succes: false, soort: 'geen-beleid', fouten: fout.fouten, nietInWerking: nietInWerkingVan(fout) };
  if (fout instanceof OngeldigeInvoerFout) return { succes: false, soort: 'ongeldige-invoer', fouten: fout.fouten };
  return undefined;
}

/**
 * Maakt van een gooiende regel de niet-gooiende vorm. Alleen {@link OngeldigeInvoerFout} (en dus
 * ook {@link BeleidNietInWerkingFout}) wordt een {@link Mislukking}; elke andere fout is een
 * programmeerfout en wordt doorgegooid.
 *
 * @internal
 */
export function maakVeilig<A extends unknown[], B>(regel: (...args: A) => B): (...args: A) => Uitslag<B> {
  return (...args: A) => {
    try {
      return { succes: true, beoordeling: regel(...args) };
    } catch (fout) {
      const mislukking = mislukkingVan(fout);
      if (mislukking) return mislukking;
      throw fout;
    }
  };
}
