// Issue 30, klasse 2: een gat in een lijst leest geen geërfde index. De kopie van de invoer
// (src/kern/eigen-kopie.ts) leest alleen eigen indexen; een gat wordt `undefined`, dus een
// veldfout op dat element, wat er ook op Array.prototype staat.
import { afterEach, describe, expect, it } from 'vitest';
import { OngeldigeInvoerFout, REGELS, wijsRegisseurToe, type RegelId } from '../../src/index.js';
import { meegeleverdeVectoren } from '../helpers.js';

const VECTOREN = meegeleverdeVectoren();

const arrayPrototype = Array.prototype as unknown as Record<number, unknown>;

afterEach(() => {
  for (let index = 0; index < 20; index++) delete arrayPrototype[index];
});

/** Een beoordeling of de veldfouten, als JSON. */
function antwoord(regel: RegelId, invoer: unknown, opties?: unknown): unknown {
  try {
    return JSON.parse(JSON.stringify(REGELS[regel].beoordeel(invoer, opties))) as unknown;
  } catch (fout) {
    if (fout instanceof OngeldigeInvoerFout) return { fouten: fout.fouten };
    throw fout;
  }
}

/** Elke lijst op het hoogste niveau van elke vector, met elke plek daarin. */
const GATEN = VECTOREN.flatMap((vector) =>
  Object.entries(vector.invoer)
    .filter(([, waarde]) => Array.isArray(waarde) && waarde.length > 0)
    .flatMap(([veld, waarde]) => (waarde as unknown[]).map((element, plek) => ({ vector, veld, plek, element }))),
);

describe('een gat in een lijst leest nooit een geërfde index', () => {
  it('er zijn gaten te maken in elke lijst die een invoer heeft (regisseur, situatie)', () => {
    expect(new Set(GATEN.map((gat) => gat.veld))).toEqual(new Set(['betrokkenOrganisaties', 'gebeurtenissen', 'doelgroepen']));
    expect(GATEN.length).toBeGreaterThan(50);
  });

  it('elk gat in elke lijst van elke vector, met het weggelaten element op Array.prototype: dezelfde fout als een expliciet undefined', () => {
    for (const { vector, veld, plek, element } of GATEN) {
      const lijst = [...(vector.invoer[veld] as unknown[])];
      const metUndefined = [...lijst];
      metUndefined[plek] = undefined;
      delete lijst[plek];
      expect(Object.hasOwn(lijst, plek)).toBe(false);
      const verwacht = antwoord(vector.regel, { ...vector.invoer, [veld]: metUndefined }, vector.opties);
      // Een gat is nooit een beslissing: het element ontbreekt.
      expect(verwacht, `${vector.naam}: ${veld}.${plek}`).toHaveProperty('fouten');
      expect((verwacht as { fouten: Array<{ pad: string }> }).fouten.map((fout) => fout.pad), `${vector.naam}: ${veld}.${plek}`).toContain(`${veld}.${plek}`);
      arrayPrototype[plek] = element;
      const gekregen = antwoord(vector.regel, { ...vector.invoer, [veld]: lijst }, vector.opties);
      delete arrayPrototype[plek];
      expect(gekregen, `${vector.naam}: ${veld}.${plek}`).toEqual(verwacht);
    }
  });

  it('de reproductie: een gat in betrokkenOrganisaties zet geen organisatie die niemand stuurde in de regie', () => {
    const vector = VECTOREN.find((kandidaat) => kandidaat.regel === 'regisseur' && (kandidaat.invoer.betrokkenOrganisaties as unknown[]).length >= 2 && Object.hasOwn(antwoord('regisseur', kandidaat.invoer, kandidaat.opties) as object, 'uitkomst'))!;
    const [eerste, ...rest] = vector.invoer.betrokkenOrganisaties as unknown[];
    // Een lijst met een gat op plek 0 en de echte organisatie op Array.prototype[0].
    const metGat = new Array<unknown>(rest.length + 1);
    rest.forEach((organisatie, plek) => (metGat[plek + 1] = organisatie));
    arrayPrototype[0] = eerste;
    let uitkomst: unknown;
    try {
      uitkomst = wijsRegisseurToe({ ...vector.invoer, betrokkenOrganisaties: metGat } as never);
    } catch (fout) {
      uitkomst = fout;
    } finally {
      delete arrayPrototype[0];
    }
    expect(uitkomst).toBeInstanceOf(OngeldigeInvoerFout);
    expect((uitkomst as OngeldigeInvoerFout).fouten.map((fout) => fout.pad)).toContain('betrokkenOrganisaties.0');
  });

  it('een gat in een lijst van de opties (uitgeslotenStatussen) is een fout op dat element', () => {
    const vector = VECTOREN.find((kandidaat) => kandidaat.regel === 'versnelfonds')!;
    arrayPrototype[0] = 'ambitie';
    let uitkomst: unknown;
    try {
      // eslint-disable-next-line no-sparse-arrays
      uitkomst = antwoord('versnelfonds', vector.invoer, { uitgeslotenStatussen: [, 'planningsaanname'] });
    } finally {
      delete arrayPrototype[0];
    }
    expect(uitkomst).toEqual({ fouten: [expect.objectContaining({ pad: 'opties.uitgeslotenStatussen.0' })] });
  });
});
