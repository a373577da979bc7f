import { describe, expect, it, vi } from 'vitest';
import { SchuldhulpInvoerSchema } from '../../src/index.js';
import { valideer } from '../../src/kern/valideer.js';
import { veldfoutenVan } from '../helpers.js';

// Gooit de gecompileerde vorm onverhoopt (een fout in de compiler van zod), dan beslist de gewone
// parse van zod: geldige invoer wordt nooit geweigerd, ongeldige krijgt de Nederlandse meldingen.
// (Weigert de gecompileerde vorm, dan parseert zod zelf opnieuw met de gewone parse; dat toont
// test/kern/compilatie.test.ts met een verfijning die twee keer loopt.)
vi.mock('../../src/kern/compilatie.js', () => ({
  gecompileerd: () => ({
    safeParse: () => {
      throw new TypeError('stuk in de gecompileerde vorm');
    },
  }),
}));

const geldig = { fase: 'opvang', schulden: true, schuldhulpverlening: 'geen' };

describe('valideer als de gecompileerde vorm gooit', () => {
  it('neemt geldige invoer aan met de gewone parse', () => {
    expect(valideer(SchuldhulpInvoerSchema, geldig)).toEqual(geldig);
  });

  it('geeft ongeldige invoer de Nederlandse meldingen van de gewone parse', () => {
    expect(veldfoutenVan(() => valideer(SchuldhulpInvoerSchema, { ...geldig, fase: 'x', schulden: 'ja' }))).toEqual([
      { pad: 'fase', melding: "moet een van 'dreigend', 'opvang', 'na-uitstroom' zijn" },
      { pad: 'schulden', melding: "moet true, false of 'onbekend' zijn" },
    ]);
  });
});
