import { describe, expect, it } from 'vitest';
import { REGELS } from '../../src/index.js';
import { REGELONDERDELEN } from '../../src/beleid/regelonderdelen.js';
import { technischeNamen } from '../docs/identificatie.js';

// Neemt een beleid een keuze over, dan staat haar `alsRegel` in de brief als "Regel van het beleid"
// (SPEC §2.9). Dan zegt de bron van het beleid het: de regel noemt dus geen reden over de bronnen,
// geen "wij", en geen technische naam. Zie Keuzebeschrijving.alsRegel.

const keuzes = Object.values(REGELS).flatMap((regel) => regel.beschrijving.criteria.flatMap((criterium) => criterium.keuzes.map((keuze) => [keuze.id, keuze] as const)));

describe('elke keuze heeft een regel: de lezing als regeltekst, zonder de reden', () => {
  it('de keuzes zijn precies die welke een beleid kan overnemen', () => {
    expect(keuzes.map(([id]) => id).sort()).toEqual(Object.values(REGELONDERDELEN).flatMap((onderdelen) => [...onderdelen.keuzes]).sort());
    expect(keuzes.length).toBeGreaterThan(30);
  });

  it.each(keuzes)('%s', (_id, keuze) => {
    const { alsRegel: regel, tekst } = keuze;
    expect(regel.nl.trim().length).toBeGreaterThan(0);
    expect(regel.en.trim().length).toBeGreaterThan(0);
    expect(regel.nl).not.toBe(tekst.nl);
    expect(regel.en).not.toBe(tekst.en);
    // Geen "wij", geen reden over de bronnen: de bron van het beleid zegt het nu.
    expect(regel.nl).not.toMatch(/\b(wij|we|ons|onze)\b/i);
    expect(regel.nl).not.toMatch(/bron(nen)? (zegt|zeggen|noemt|noemen) niet/i);
    expect(regel.nl).not.toMatch(/zwijg/i);
    expect(regel.nl).not.toMatch(/\b(lezen|lees|leest)\b/i);
    expect(regel.en).not.toMatch(/\b(we|us|our)\b/i);
    expect(regel.en).not.toMatch(/sources? (does|do) not (say|name|give|settle)|silent/i);
    // Geen technische namen (camelCase, ids met punten, true/false): de tekst komt in een brief.
    expect(technischeNamen(regel.nl)).toEqual([]);
    expect(technischeNamen(regel.en)).toEqual([]);
  });
});
