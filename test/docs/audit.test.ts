// docs/audit-2026-12.md zegt per bevinding van de beleidsaudit wat er veranderde, of waarom een
// keuze blijft (issue 25). Deze test houdt dat zo: elke bevinding staat erin, niets is half af,
// en wat de pagina over een bestand of een test zegt, bestaat.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const pagina = readFileSync('docs/audit-2026-12.md', 'utf8');

describe('docs/audit-2026-12.md', () => {
  it('noemt elke bevinding 1 tot en met 33 precies één keer in de tabel, met wat er veranderde', () => {
    const rijen = [...pagina.matchAll(/^\| (\d+) \| [^|]+ \| ([^|]+) \|$/gm)];
    expect(rijen.map(([, nummer]) => Number(nummer))).toEqual(Array.from({ length: 33 }, (_, i) => i + 1));
    for (const [, nummer, antwoord] of rijen) expect(antwoord!.trim().length, `rij ${nummer}`).toBeGreaterThan(20);
  });

  it('is af: geen open plek, en elk genoemd bestand en elke genoemde test bestaat', () => {
    expect(pagina).not.toMatch(/wordt aangevuld/);
    for (const [, pad] of pagina.matchAll(/`((?:test|examples|src|docs)\/[\w./-]+)`/g)) expect(existsSync(pad!), pad).toBe(true);
    for (const [, pad] of pagina.matchAll(/\]\(([\w.-]+\.md)(?:#[\w-]+)?\)/g)) expect(existsSync(`docs/${pad}`), pad).toBe(true);
  });

  it('elke interne link wijst naar een kop op de pagina', () => {
    const koppen = new Set([...pagina.matchAll(/^#{2,4} (.+)$/gm)].map(([, kop]) => kop!.toLowerCase().replace(/[^\p{L}\p{N} -]/gu, '').replace(/ /g, '-')));
    for (const [, anker] of pagina.matchAll(/\]\(#([\w-]+)\)/g)) expect(koppen.has(anker!), anker).toBe(true);
  });
});
