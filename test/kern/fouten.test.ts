import { describe, expect, it } from 'vitest';
import { BeleidNietInWerkingFout, OngeldigeInvoerFout } from '../../src/index.js';
import { maakVeilig } from '../../src/types/uitslag.js';

describe('foutklassen en de niet-gooiende vorm', () => {
  it('OngeldigeInvoerFout is een Error met per veld pad en melding in de tekst', () => {
    const fout = new OngeldigeInvoerFout([
      { pad: 'a', melding: 'ontbreekt' },
      { pad: '', melding: 'moet een object zijn' },
    ]);
    expect(fout).toBeInstanceOf(Error);
    expect(fout.name).toBe('OngeldigeInvoerFout');
    expect(fout.message).toBe('Ongeldige invoer: a: ontbreekt; moet een object zijn');
  });

  it('BeleidNietInWerkingFout noemt parameter, beleid en datum, en is ook een OngeldigeInvoerFout', () => {
    const fout = new BeleidNietInWerkingFout({ parameter: 'p', peildatum: '2020-01-01', beleid: 'b', pad: 'ingediendOp' });
    expect(fout).toBeInstanceOf(OngeldigeInvoerFout);
    expect(fout).toMatchObject({ name: 'BeleidNietInWerkingFout', parameter: 'p', peildatum: '2020-01-01', beleid: 'b' });
    expect(fout.fouten).toEqual([{ pad: 'ingediendOp', melding: "geen waarde voor 'p' van 'b' in werking op 2020-01-01" }]);
  });

  it('de veilige vorm geeft succes, of de veldfouten, en gooit programmeerfouten door', () => {
    const regel = (x: number) => {
      if (x < 0) throw new OngeldigeInvoerFout([{ pad: 'x', melding: 'negatief' }]);
      if (x === 0) throw new TypeError('fout in de code');
      return x * 2;
    };
    const veilig = maakVeilig(regel);
    expect(veilig(2)).toEqual({ succes: true, beoordeling: 4 });
    expect(veilig(-1)).toEqual({ succes: false, fouten: [{ pad: 'x', melding: 'negatief' }] });
    expect(() => veilig(0)).toThrow(TypeError);
  });
});
