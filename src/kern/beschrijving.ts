import * as z from 'zod/mini';

/**
 * Een kopie van `schema` met een beschrijving voor het JSON Schema (`z.toJSONSchema`), zoals
 * `.check(z.meta(...))`, maar zonder een controle toe te voegen. Een `meta`-controle doet bij het
 * parsen niets, maar `z.compile` kan haar niet compileren en laat dan het hele veld door de trage
 * weg van zod lopen (zie `valideer`). De kopie erft de beschrijving van `schema` (zoals bij
 * `.check`) en vult die aan; `schema` zelf verandert niet.
 *
 * @internal
 */
/* @__NO_SIDE_EFFECTS__ */
export function beschreven<S extends z.ZodMiniType>(schema: S, metadata: z.core.GlobalMeta): S {
  const kopie = schema.clone();
  z.globalRegistry.add(kopie, metadata);
  return kopie;
}
