import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { transformSync } from 'esbuild';
import { describe, expect, it } from 'vitest';
import * as meldingenEn from '../../src/cli/meldingen-en.js';
import * as bibliotheek from '../../src/index.js';

/** Wat een voorbeeld kan aanroepen: de publieke API, en de Engelse meldingentabel van de CLI (die heeft eigen voorbeelden). */
const api = { ...bibliotheek, ...meldingenEn };

/**
 * Elke `@example` in de TSDoc van src/ wordt hier uitgevoerd tegen de bibliotheek. Een regel
 * `expr //=> waarde` (of `expr` met op de volgende regel `//=> waarde`) wordt een vergelijking;
 * een regel gevolgd door `// gooit: melding` moet een OngeldigeInvoerFout met die melding geven.
 */
function bronbestanden(map: string): string[] {
  return readdirSync(map).flatMap((naam) => {
    const pad = join(map, naam);
    return statSync(pad).isDirectory() ? bronbestanden(pad) : pad.endsWith('.ts') ? [pad] : [];
  });
}

interface Voorbeeld {
  bestand: string;
  regels: string[];
  /** De naam na het commentaarblok (`export function X`, `export const X`, `export class X`). */
  export: string | undefined;
}

function voorbeelden(): Voorbeeld[] {
  const gevonden: Voorbeeld[] = [];
  for (const bestand of bronbestanden('src')) {
    const tekst = readFileSync(bestand, 'utf8');
    for (const blok of tekst.matchAll(/\/\*\*([\s\S]*?)\*\/\s*(?:export\s+(?:async\s+)?(?:function|const|class)\s+(\w+))?/g)) {
      const regels = blok[1]!.split('\n').map((regel) => regel.replace(/^\s*\* ?/, ''));
      const begin = regels.findIndex((regel) => regel.startsWith('@example'));
      if (begin < 0) continue;
      const einde = regels.findIndex((regel, index) => index > begin && regel.startsWith('@'));
      gevonden.push({ bestand, regels: regels.slice(begin + 1, einde < 0 ? undefined : einde).filter((regel) => regel.trim() !== ''), export: blok[2] });
    }
  }
  return gevonden;
}

const leesVectoren = (naam: string) => JSON.parse(readFileSync(`test/vectors/${naam}`, 'utf8')) as unknown;

function alsProgramma(regels: string[]): string {
  const stappen: string[] = [];
  for (const regel of regels) {
    const json = /^import (\w+) from 'opvangregels\/testvectoren\/([\w-]+\.json)'/.exec(regel);
    if (json) stappen.push(`const ${json[1]} = __leesVectoren('${json[2]}');`);
    else if (regel.startsWith('//=>')) stappen.push(`controleer(() => (${stappen.pop()!.replace(/;$/, '')}), () => (${regel.slice(4).trim()}));`);
    else if (regel.startsWith('// gooit:')) stappen.push(`gooit(() => (${stappen.pop()!.replace(/;$/, '')}), ${JSON.stringify(regel.slice(9).trim())});`);
    else if (regel.includes(' //=> ')) {
      const [code, verwacht] = regel.split(' //=> ');
      stappen.push(`controleer(() => (${code!.replace(/;$/, '')}), () => (${verwacht}));`);
    } else stappen.push(regel);
  }
  // Voorbeelden zijn TypeScript (zoals een gebruiker ze overneemt); esbuild haalt de types weg.
  return transformSync(stappen.join('\n'), { loader: 'ts' }).code;
}

const alle = voorbeelden();

describe('de voorbeelden in de TSDoc kloppen', () => {
  it.each(alle.map((voorbeeld) => [`${voorbeeld.bestand} ${voorbeeld.export ?? ''}`, voorbeeld] as const))('%s', (_naam, voorbeeld) => {
    let vergelijkingen = 0;
    const controleer = (werkelijk: () => unknown, verwacht: () => unknown) => {
      vergelijkingen++;
      expect(werkelijk()).toEqual(verwacht());
    };
    const gooit = (actie: () => unknown, melding: string) => {
      vergelijkingen++;
      expect(actie).toThrow(bibliotheek.OngeldigeInvoerFout);
      expect(actie).toThrow(melding);
    };
    const namen = Object.keys(api);
    // eslint-disable-next-line @typescript-eslint/no-implied-eval
    new Function('controleer', 'gooit', '__leesVectoren', ...namen, alsProgramma(voorbeeld.regels))(controleer, gooit, leesVectoren, ...namen.map((naam) => (api as Record<string, unknown>)[naam]));
    expect(vergelijkingen).toBeGreaterThan(0);
  });

  it('elke geëxporteerde functie en klasse heeft een voorbeeld', () => {
    const metVoorbeeld = new Set(alle.map((voorbeeld) => voorbeeld.export));
    const functies = Object.entries(api).filter(([, waarde]) => typeof waarde === 'function').map(([naam]) => naam);
    expect(functies.filter((naam) => !metVoorbeeld.has(naam))).toEqual([]);
  });
});
