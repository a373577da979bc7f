import { describe, expectTypeOf, it } from 'vitest';
import { bepaalHerkomst, bepaalHerkomstVeilig, type HerkomstUitkomst, type Herkomstsoort, type RegioId, type RegioKeuze, type HerkomstInvoer, type Status, type Uitslag, type HerkomstBeoordeling } from '../../src/index.js';

describe('typen van herkomst', () => {
  it('de uitkomsten, statussen en regio-ids zijn gesloten unies', () => {
    expectTypeOf<HerkomstUitkomst>().toEqualTypeOf<'binnen-regio' | 'buiten-regio' | 'aanvullen'>();
    expectTypeOf<Status>().toEqualTypeOf<'voldaan' | 'niet-voldaan' | 'onbekend' | 'niet-van-toepassing'>();
    expectTypeOf<RegioId>().toEqualTypeOf<'almelo' | 'enschede' | 'twente' | 'ijssel-vecht'>();
    expectTypeOf<Herkomstsoort>().toEqualTypeOf<'gemeente' | 'bijzondere-gemeente' | 'buitenland' | 'onbekend'>();
  });

  it('een regio is een ingebouwde id of een eigen id (tekst); een onbekende uitkomst compileert niet', () => {
    expectTypeOf<HerkomstInvoer['regio']>().toEqualTypeOf<RegioKeuze>();
    // Een eigen regio komt uit opties.beleid: het id is tekst, en de regel controleert het.
    expectTypeOf(bepaalHerkomst).toBeCallableWith({ gemeenteVanHerkomst: 'Zwolle', regio: 'regio-deventer', peildatum: '2025-01-01' }, { beleid: 'almelo' });
    // @ts-expect-error een regio is tekst, geen getal
    bepaalHerkomst({ gemeenteVanHerkomst: 'Zwolle', regio: 7, peildatum: '2025-01-01' });
    // @ts-expect-error peildatum is verplicht
    bepaalHerkomst({ gemeenteVanHerkomst: 'Zwolle', regio: 'ijssel-vecht' });
    const uitkomst: HerkomstUitkomst = bepaalHerkomst({ gemeenteVanHerkomst: 'Zwolle', regio: 'ijssel-vecht', peildatum: new Date() }).uitkomst;
    // @ts-expect-error 'toekennen' is geen uitkomst van herkomst
    const fout: typeof uitkomst = 'toekennen';
    void fout;
  });

  it('de veilige vorm geeft een Uitslag van de beoordeling', () => {
    expectTypeOf(bepaalHerkomstVeilig).returns.toEqualTypeOf<Uitslag<HerkomstBeoordeling>>();
  });
});
