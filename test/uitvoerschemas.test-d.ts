import type * as z from 'zod/mini';
import { describe, expectTypeOf, it } from 'vitest';
import type {
  AlternatieveBewindvoeringBeoordeling,
  Beoordeling,
  Beoordelingschemas,
  HerkomstBeoordeling,
  RegelId,
  RegisseurBeoordeling,
  SchuldhulpBeoordeling,
  SituatieBeoordeling,
  VerblijfstermijnBeoordeling,
  VersnelfondsBeoordeling,
  WoningaanbodBeoordeling,
} from '../src/index.js';
import { BEOORDELINGSCHEMAS, zoekRegel } from '../src/index.js';
import type { GEBOUWDE_SCHEMAS } from '../src/rules/uitvoerschemas.js';

/** `T` zonder `readonly`, diep: zod leidt veranderbare velden af, EigenBrondocument heeft `readonly` velden. */
type Veranderbaar<T> = T extends string | number | boolean | null ? T : T extends readonly (infer E)[] ? Veranderbaar<E>[] : T extends object ? { -readonly [K in keyof T]: Veranderbaar<T[K]> } : T;
/** Het type dat zod afleidt uit het gebouwde schema van een regel. */
type Afgeleid<R extends RegelId> = Veranderbaar<z.output<(typeof GEBOUWDE_SCHEMAS)[R]>>;

describe('de typen van de uitvoerschema’s', () => {
  it('het afgeleide type van elk schema is precies het type van de beoordeling: geen veld meer of minder, niets ruimer of nauwer', () => {
    expectTypeOf<Afgeleid<'herkomst'>>().toEqualTypeOf<Veranderbaar<HerkomstBeoordeling>>();
    expectTypeOf<Afgeleid<'versnelfonds'>>().toEqualTypeOf<Veranderbaar<VersnelfondsBeoordeling>>();
    expectTypeOf<Afgeleid<'schuldhulp'>>().toEqualTypeOf<Veranderbaar<SchuldhulpBeoordeling>>();
    expectTypeOf<Afgeleid<'alternatieve-bewindvoering'>>().toEqualTypeOf<Veranderbaar<AlternatieveBewindvoeringBeoordeling>>();
    expectTypeOf<Afgeleid<'regisseur'>>().toEqualTypeOf<Veranderbaar<RegisseurBeoordeling>>();
    expectTypeOf<Afgeleid<'verblijfstermijn'>>().toEqualTypeOf<Veranderbaar<VerblijfstermijnBeoordeling>>();
    expectTypeOf<Afgeleid<'situatie'>>().toEqualTypeOf<Veranderbaar<SituatieBeoordeling>>();
    expectTypeOf<Afgeleid<'woningaanbod'>>().toEqualTypeOf<Veranderbaar<WoningaanbodBeoordeling>>();
  });

  it('BEOORDELINGSCHEMAS heeft precies één schema per regel, en parse geeft de beoordeling van die regel', () => {
    expectTypeOf<keyof Beoordelingschemas>().toEqualTypeOf<RegelId>();
    expectTypeOf<keyof typeof GEBOUWDE_SCHEMAS>().toEqualTypeOf<RegelId>();
    expectTypeOf(BEOORDELINGSCHEMAS.versnelfonds.parse({})).toEqualTypeOf<VersnelfondsBeoordeling>();
    expectTypeOf(zoekRegel('herkomst').uitvoerSchema.parse({})).toEqualTypeOf<Beoordeling<string>>();
  });
});
