import { describe, expectTypeOf, it } from 'vitest';
import {
  berekenWoningaanbod,
  berekenWoningaanbodVeilig,
  type Duur,
  type Feit,
  type Parameterwaarde,
  type RegioKeuze,
  type Regelopties,
  type Uitslag,
  type WoningaanbodBeoordeling,
  type WoningaanbodInvoer,
  type WoningaanbodOpties,
  type WoningaanbodUitkomst,
} from '../../src/index.js';

describe('typen van woningaanbod', () => {
  it('de uitkomsten zijn een gesloten unie', () => {
    expectTypeOf<WoningaanbodUitkomst>().toEqualTypeOf<'aangeboden' | 'binnen-termijn' | 'termijn-verstreken' | 'geen-termijn' | 'aanvullen'>();
    // @ts-expect-error geen uitkomst van deze regel
    const onbekend: WoningaanbodUitkomst = 'toekennen';
    void onbekend;
  });

  it('de invoer, de opties, het resultaat en de parameters', () => {
    expectTypeOf<WoningaanbodInvoer['regio']>().toEqualTypeOf<RegioKeuze>();
    expectTypeOf<WoningaanbodInvoer['woningAangeboden']>().toEqualTypeOf<Feit | undefined>();
    expectTypeOf<WoningaanbodOpties>().toEqualTypeOf<Regelopties>();
    expectTypeOf(berekenWoningaanbod).returns.toEqualTypeOf<WoningaanbodBeoordeling>();
    expectTypeOf(berekenWoningaanbodVeilig).returns.toEqualTypeOf<Uitslag<WoningaanbodBeoordeling>>();
    expectTypeOf<WoningaanbodBeoordeling['termijn']>().toEqualTypeOf<Duur | null>();
    expectTypeOf<WoningaanbodBeoordeling['uiterlijkeAanboddatum']>().toEqualTypeOf<string | null>();
    expectTypeOf<Parameterwaarde<'woningaanbod.uitstroom-beschermd-wonen'>>().toEqualTypeOf<Duur>();
    expectTypeOf<Parameterwaarde<'woningaanbod.regio'>>().toEqualTypeOf<RegioKeuze>();
  });
});
