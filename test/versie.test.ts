import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PAKKETVERSIE, bepaalHerkomst } from '../src/index.js';

describe('de pakketversie in elke beoordeling', () => {
  it('is de versie uit package.json, zodat een beslissing later te herleiden is tot de code die besliste', () => {
    const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    expect(PAKKETVERSIE).toBe(version);
    expect(bepaalHerkomst({ gemeenteVanHerkomst: 'Wierden', regio: 'almelo', peildatum: '2024-05-01' }).pakketversie).toBe(version);
  });
});
