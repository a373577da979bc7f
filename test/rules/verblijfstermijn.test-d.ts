import { describe, expectTypeOf, it } from 'vitest';
import {
  berekenVerblijfstermijn,
  berekenVerblijfstermijnVeilig,
  DUUREENHEDEN,
  HERKOMSTGROEPEN,
  OPVANGVORMEN,
  type Duureenheid,
  type Herkomstgroep,
  type Opvangvorm,
  type Parameterwaarde,
  type Duur,
  type RegioKeuze,
  type Regelopties,
  type ToegepasteWaarde,
  type Uitslag,
  type VerblijfstermijnBeoordeling,
  type VerblijfstermijnOpties,
  type VerblijfstermijnUitkomst,
} from '../../src/index.js';

describe('typen van verblijfstermijn', () => {
  it('de uitkomsten, opvangvormen, eenheden en herkomstgroepen zijn gesloten unies, en de lijsten zijn volledig', () => {
    expectTypeOf<VerblijfstermijnUitkomst>().toEqualTypeOf<'binnen-termijn' | 'termijn-verstreken' | 'geen-termijn' | 'aanvullen'>();
    expectTypeOf<Opvangvorm>().toEqualTypeOf<
      'nachtopvang' | 'passantenplek' | '24-uursopvang' | 'crisisopvang' | 'acute-opvang' | 'doorstroomplek' | 'jongerenopvang' | 'kortdurend-verblijf'
    >();
    expectTypeOf<(typeof OPVANGVORMEN)[number]>().toEqualTypeOf<Opvangvorm>();
    expectTypeOf<Duureenheid>().toEqualTypeOf<'nachten' | 'dagen' | 'weken' | 'maanden'>();
    expectTypeOf<(typeof DUUREENHEDEN)[number]>().toEqualTypeOf<Duureenheid>();
    expectTypeOf<(typeof HERKOMSTGROEPEN)[number]>().toEqualTypeOf<Herkomstgroep>();
  });

  it('de beleidsparameters van de verblijfsduur hebben het juiste waardetype', () => {
    expectTypeOf<Parameterwaarde<'verblijfsduur.acute-opvang.buiten-regio'>>().toEqualTypeOf<Duur & { aanbieder?: string }>();
    expectTypeOf<Parameterwaarde<'verblijfsduur.regio'>>().toEqualTypeOf<RegioKeuze>();
  });

  it('een onbekende opvangvorm of status compileert niet', () => {
    // @ts-expect-error 'hotel' is geen Opvangvorm
    berekenVerblijfstermijn({ regio: 'almelo', opvangvorm: 'hotel', startdatum: '2026-05-01', peildatum: '2026-05-02' });
    // @ts-expect-error 'wens' is geen Waardestatus
    berekenVerblijfstermijn({ regio: 'almelo', opvangvorm: 'nachtopvang', startdatum: '2026-05-01', peildatum: '2026-05-02' }, { uitgeslotenStatussen: ['wens'] });
    // @ts-expect-error 'verblijfsduur.hotel' is geen parameter
    expectTypeOf<Parameterwaarde<'verblijfsduur.hotel'>>().toBeNever();
  });

  it('de opties zijn die van elke regel met beleid, en de beoordeling noemt toegepaste en uitgesloten waarden', () => {
    expectTypeOf<VerblijfstermijnOpties>().toEqualTypeOf<Regelopties>();
    expectTypeOf<VerblijfstermijnBeoordeling['uitgeslotenWaarden']>().toEqualTypeOf<ToegepasteWaarde[]>();
    expectTypeOf<VerblijfstermijnBeoordeling['toegepasteWaarden']>().toEqualTypeOf<ToegepasteWaarde[]>();
    // @ts-expect-error een beleid zonder uitgeslotenStatussen als lijst compileert niet
    berekenVerblijfstermijn({ regio: 'almelo', opvangvorm: 'nachtopvang', startdatum: '2026-05-01', peildatum: '2026-05-02' }, { uitgeslotenStatussen: 'ambitie' });
  });

  it('de veilige vorm geeft een Uitslag van de beoordeling', () => {
    expectTypeOf(berekenVerblijfstermijnVeilig).returns.toEqualTypeOf<Uitslag<VerblijfstermijnBeoordeling>>();
  });
});
