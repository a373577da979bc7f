/**
 * Bevriest een waarde en alles wat erin zit (objecten en lijsten), zodat niemand een ingebouwde
 * regio, beleidswaarde of bron kan veranderen (SPEC §2.8). Functies en objecten die al bevroren
 * zijn, blijven zoals ze zijn. Gewone objecten verliezen hun prototype (ze hebben dan geen
 * `hasOwnProperty` meer: gebruik `Object.hasOwn`).
 *
 * @internal
 */
export function diepBevroren<T>(waarde: T): T {
  if (waarde !== null && typeof waarde === 'object' && !Object.isFrozen(waarde)) {
    // Zonder prototype: een weggelaten veld (bv. `tot` van een periode zonder einde) leest zo
    // nooit een waarde van een vervuild Object.prototype.
    if (Object.getPrototypeOf(waarde) === Object.prototype) Object.setPrototypeOf(waarde, null);
    Object.freeze(waarde);
    for (const deel of Object.values(waarde)) diepBevroren(deel);
  }
  return waarde;
}

/**
 * Bevriest een register en elk item erin diep, behalve de velden met deze namen: zod-schema's,
 * waarin zod zijn eigen gegevens bijhoudt en die dus niet bevroren mogen worden.
 *
 * @internal
 */
export function bevrorenBehalve<R extends Record<string, object>>(register: R, behalve: readonly string[]): Readonly<R> {
  for (const item of Object.values(register)) {
    for (const [sleutel, deel] of Object.entries(item)) if (!behalve.includes(sleutel)) diepBevroren(deel);
    Object.freeze(item);
  }
  return Object.freeze(register);
}
