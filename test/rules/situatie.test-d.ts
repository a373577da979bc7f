import { match } from 'ts-pattern';
import { describe, expectTypeOf, it } from 'vitest';
import {
  classificeerSituatie,
  classificeerSituatieVeilig,
  DOELGROEPEN,
  GEBEURTENISSOORTEN,
  WOONSITUATIES,
  type Doelgroep,
  type EthosLight,
  type Feit,
  type Gebeurtenissoort,
  type KwetsbareGroep,
  type Opvangrichting,
  type Route,
  type SituatieBeoordeling,
  type SituatieInvoer,
  type SituatieUitkomst,
  type Uitslag,
  type Woonsituatie,
} from '../../src/index.js';

describe('typen van situatie', () => {
  it('de uitkomsten, woonsituaties, gebeurtenissen, routes en categorieën zijn gesloten unies, en de lijsten zijn volledig', () => {
    expectTypeOf<SituatieUitkomst>().toEqualTypeOf<'dakloos' | 'thuisloos' | 'dreigend-dakloos' | 'gehuisvest' | 'aanvullen'>();
    expectTypeOf<Woonsituatie>().toEqualTypeOf<
      | 'openbare-ruimte'
      | 'nachtopvang'
      | 'opvangvoorziening'
      | 'instelling-zonder-woning'
      | 'niet-conventioneel'
      | 'familie-of-vrienden'
      | 'eigen-woning-dreigend-verlies'
      | 'eigen-woning'
    >();
    expectTypeOf<Gebeurtenissoort>().toEqualTypeOf<
      'relatiebreuk' | 'baanverlies' | 'overlijden-naaste' | 'financiele-terugval' | 'einde-werkgebonden-huisvesting' | 'uitstroom-instelling' | 'huisuitzetting' | 'terugkeer-uit-buitenland'
    >();
    expectTypeOf<(typeof WOONSITUATIES)[number]>().toEqualTypeOf<Woonsituatie>();
    expectTypeOf<(typeof GEBEURTENISSOORTEN)[number]>().toEqualTypeOf<Gebeurtenissoort>();
    expectTypeOf<(typeof DOELGROEPEN)[number]>().toEqualTypeOf<Doelgroep>();
    expectTypeOf<Route>().toEqualTypeOf<1 | 2 | 3 | 4>();
    expectTypeOf<EthosLight>().toEqualTypeOf<1 | 2 | 3 | 4 | 5 | 6>();
  });

  it('een match die een woonsituatie of gebeurtenis mist, compileert niet (zo bewaakt .exhaustive() de regel)', () => {
    const woonsituatie = 'nachtopvang' as Woonsituatie;
    match(woonsituatie)
      .with('openbare-ruimte', 'nachtopvang', 'opvangvoorziening', 'niet-conventioneel', () => 'dakloos')
      .with('familie-of-vrienden', () => 'thuisloos')
      .with('instelling-zonder-woning', 'eigen-woning-dreigend-verlies', () => 'dreigend-dakloos')
      // @ts-expect-error 'eigen-woning' ontbreekt
      .exhaustive();
    const soort = 'relatiebreuk' as Gebeurtenissoort;
    match(soort)
      .with('relatiebreuk', 'baanverlies', 'overlijden-naaste', 'financiele-terugval', 'einde-werkgebonden-huisvesting', () => 1)
      .with('uitstroom-instelling', () => 2)
      .with('huisuitzetting', () => 3)
      // @ts-expect-error 'terugkeer-uit-buitenland' ontbreekt
      .exhaustive();
  });

  it('een onbekende woonsituatie of gebeurtenis compileert niet', () => {
    // @ts-expect-error 'hotel' is geen Woonsituatie
    classificeerSituatie({ woonsituatie: 'hotel' });
    // @ts-expect-error 'brand' is geen Gebeurtenissoort
    classificeerSituatie({ woonsituatie: 'nachtopvang', gebeurtenissen: [{ soort: 'brand' }] });
  });

  it('de richting van de opvang kent lokaal maatwerk, en of de lokale mogelijkheden toereikend zijn is een optioneel feit', () => {
    expectTypeOf<Opvangrichting>().toEqualTypeOf<'eigen-gemeente' | 'lokaal-maatwerk' | 'regionale-afstemming' | 'onbekend'>();
    expectTypeOf<SituatieBeoordeling['opvang']>().toEqualTypeOf<Opvangrichting | null>();
    expectTypeOf<SituatieInvoer['lokaleMogelijkhedenToereikend']>().toEqualTypeOf<Feit | undefined>();
    classificeerSituatie({ woonsituatie: 'nachtopvang', problematiek: 'zwaar', lokaleMogelijkhedenToereikend: false });
    classificeerSituatie({ woonsituatie: 'nachtopvang', problematiek: 'zwaar', lokaleMogelijkhedenToereikend: 'onbekend' });
    // @ts-expect-error 'nee' is geen Feit
    classificeerSituatie({ woonsituatie: 'nachtopvang', lokaleMogelijkhedenToereikend: 'nee' });
  });

  it('een niet-conventionele plek vraagt een optioneel feit over het dak; de kwetsbare groepen zijn een gesloten unie', () => {
    expectTypeOf<SituatieInvoer['dakBovenHetHoofd']>().toEqualTypeOf<Feit | undefined>();
    expectTypeOf<KwetsbareGroep>().toEqualTypeOf<'kinderen' | 'jongeren' | 'vrouwen' | 'lhbtiq'>();
    expectTypeOf<SituatieBeoordeling['kwetsbareGroepen']>().toEqualTypeOf<KwetsbareGroep[]>();
    classificeerSituatie({ woonsituatie: 'niet-conventioneel', dakBovenHetHoofd: true, doelgroepen: ['vrouw', 'lhbtiq', 'jongere'] });
    // @ts-expect-error 'ja' is geen Feit
    classificeerSituatie({ woonsituatie: 'niet-conventioneel', dakBovenHetHoofd: 'ja' });
    // @ts-expect-error 'man' is geen Doelgroep
    classificeerSituatie({ woonsituatie: 'nachtopvang', doelgroepen: ['man'] });
  });

  it('de veilige vorm geeft een Uitslag van de beoordeling', () => {
    expectTypeOf(classificeerSituatieVeilig).returns.toEqualTypeOf<Uitslag<SituatieBeoordeling>>();
  });
});
