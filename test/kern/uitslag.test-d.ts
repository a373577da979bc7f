import { describe, expectTypeOf, it } from 'vitest';
import {
  aflopendeWaarden,
  beoordeelVersnelfondsVeilig,
  defineBeleidVeilig,
  type AflopendeWaarden,
  type Beleid,
  type BeleidId,
  type BeleidNietInWerking,
  type BeleidUitslag,
  type GeenBeleidMislukking,
  type Mislukking,
  type MislukteUitslag,
  type OngeldigeInvoerMislukking,
  type Uitslag,
  type VersnelfondsBeoordeling,
} from '../../src/index.js';

describe('de mislukte uitslag van een …Veilig-vorm', () => {
  it('is een gesloten unie op soort; nietInWerking alleen bij geen-beleid', () => {
    expectTypeOf(beoordeelVersnelfondsVeilig).returns.toEqualTypeOf<Uitslag<VersnelfondsBeoordeling>>();
    expectTypeOf<Mislukking['soort']>().toEqualTypeOf<'ongeldige-invoer' | 'geen-beleid'>();
    expectTypeOf<MislukteUitslag>().toEqualTypeOf<Mislukking>();
    const uitslag = beoordeelVersnelfondsVeilig({} as never);
    if (!uitslag.succes) {
      // @ts-expect-error: pas na het kiezen van de soort
      void uitslag.nietInWerking;
      if (uitslag.soort === 'geen-beleid') {
        expectTypeOf(uitslag).toEqualTypeOf<GeenBeleidMislukking>();
        expectTypeOf(uitslag.nietInWerking).toEqualTypeOf<BeleidNietInWerking>();
      } else {
        expectTypeOf(uitslag).toEqualTypeOf<OngeldigeInvoerMislukking>();
      }
    }
  });

  it('defineBeleidVeilig kan alleen ongeldige invoer geven', () => {
    expectTypeOf(defineBeleidVeilig).returns.toEqualTypeOf<BeleidUitslag>();
    const uitslag = defineBeleidVeilig({});
    if (!uitslag.succes) expectTypeOf(uitslag.soort).toEqualTypeOf<'ongeldige-invoer'>();
  });

  it('aflopendeWaarden geeft een overzicht', () => {
    expectTypeOf(aflopendeWaarden).returns.toEqualTypeOf<AflopendeWaarden>();
    expectTypeOf(aflopendeWaarden).parameter(0).toEqualTypeOf<BeleidId | Beleid>();
  });
});
