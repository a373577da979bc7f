/**
 * Bevriest een waarde en alles wat erin zit (objecten en lijsten), zodat niemand een ingebouwde
 * regio, beleidswaarde of bron kan veranderen (SPEC §2.8). Functies en objecten die al bevroren
 * zijn, blijven zoals ze zijn.
 *
 * @internal
 */
export function diepBevroren<T>(waarde: T): T {
  if (waarde !== null && typeof waarde === 'object' && !Object.isFrozen(waarde)) {
    Object.freeze(waarde);
    for (const deel of Object.values(waarde)) diepBevroren(deel);
  }
  return waarde;
}
