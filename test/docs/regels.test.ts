import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { genereerRegelsMarkdown, REGELS_MD } from '../../scripts/genereer-regels.js';
import { BRONDOCUMENTEN, REGELS, REGIOS } from '../../src/index.js';

describe('docs/regels.md', () => {
  const tekst = genereerRegelsMarkdown();

  it('is up-to-date met de code (anders: npm run docs:regels)', () => {
    expect(readFileSync(REGELS_MD, 'utf8')).toBe(tekst);
  });

  it('noemt elke regel, elk criterium, elke regio en elk brondocument', () => {
    for (const { beschrijving } of Object.values(REGELS)) {
      expect(tekst).toContain(`(\`${beschrijving.id}\`)`);
      for (const criterium of beschrijving.criteria) {
        expect(tekst).toContain(`#### ${criterium.titel.nl} (\`${criterium.id}\``);
        expect(tekst).toContain(`Grondslag: \`${criterium.basis.status}\`.`);
        // Elke keuze waar de bronnen zwijgen staat in de sectie van haar regel, met haar id.
        for (const keuze of criterium.keuzes) expect(tekst).toContain(`${keuze.tekst.nl} (\`${keuze.id}\``);
      }
    }
    expect(tekst.match(/^### Keuzes waar de bronnen zwijgen$/gm)).toHaveLength(Object.keys(REGELS).length);
    for (const regio of Object.values(REGIOS)) expect(tekst).toContain(`(\`${regio.id}\`)`);
    for (const document of BRONDOCUMENTEN) expect(tekst).toContain(`| \`${document.id}\` |`);
  });

  it('labelt elke gekozen datum van een waarde als interpretatie, met haar reden', () => {
    expect(tekst).toContain("- Gekozen datum (interpretatie): Het plan noemt alleen 'in 2020'; gekozen is 1 januari 2020.");
    expect(tekst).toContain('status `voornemen`');
  });

  it('toont de interpretatie van IJssel-Vecht 2023-2024 met haar redenering', () => {
    expect(tekst).toContain('**1 januari 2023 tot 1 januari 2025**, status `interpretatie`');
    expect(tekst).toContain('niet los bevestigd');
  });
});
