import { describe, expect, it } from 'vitest';
import { splitsJson, StroomFout, type Stroomvorm } from '../../src/cli/json-stroom.js';

async function splits(stukken: string[]): Promise<{ waarden: Array<{ tekst: string; regel: number }>; vorm: Stroomvorm | undefined }> {
  let vorm: Stroomvorm | undefined;
  const waarden = [];
  async function* bron() {
    yield* stukken;
  }
  for await (const waarde of splitsJson(bron(), (gevonden) => (vorm = gevonden))) waarden.push(waarde);
  return { waarden, vorm };
}

/** Knipt een tekst in stukken van `grootte` tekens, om grenzen midden in waarden te testen. */
const geknipt = (tekst: string, grootte: number) => Array.from({ length: Math.ceil(tekst.length / grootte) }, (_, i) => tekst.slice(i * grootte, (i + 1) * grootte));

describe('splitsJson', () => {
  const lijst = '[\n  {"a": "x, ]}", "b": [1, {"c": "\\"}"}]},\n  {"a": 2},\n  3, "vier" , null\n]\n';

  it.each([1, 2, 3, 7, 1000])('splitst een lijst in haar elementen, ook in stukken van %i tekens', async (grootte) => {
    const { waarden, vorm } = await splits(geknipt(lijst, grootte));
    expect(vorm).toBe('lijst');
    expect(waarden.map((waarde) => JSON.parse(waarde.tekst))).toEqual([{ a: 'x, ]}', b: [1, { c: '"}' }] }, { a: 2 }, 3, 'vier', null]);
    expect(waarden.map((waarde) => waarde.regel)).toEqual([2, 3, 4, 4, 4]);
  });

  it.each([1, 5, 1000])('splitst JSON Lines en een object over meerdere regels, in stukken van %i tekens', async (grootte) => {
    const tekst = '\uFEFF{"a": 1}\n{"b":\n  {"c": [2]}\n}\r\n\n true\n';
    const { waarden, vorm } = await splits(geknipt(tekst, grootte));
    expect(vorm).toBe('reeks');
    expect(waarden.map((waarde) => JSON.parse(waarde.tekst))).toEqual([{ a: 1 }, { b: { c: [2] } }, true]);
    expect(waarden.map((waarde) => waarde.regel)).toEqual([1, 2, 6]);
  });

  it('een lege invoer of lege lijst levert niets', async () => {
    expect((await splits([' \n'])).waarden).toEqual([]);
    expect(await splits(['[ ]'])).toEqual({ waarden: [], vorm: 'lijst' });
  });

  it('laat een fout binnen één waarde aan de parser over', async () => {
    expect((await splits(['{"a": }\n{"b": 1}'])).waarden.map((waarde) => waarde.tekst)).toEqual(['{"a": }', '{"b": 1}']);
  });

  it.each([
    ['[{"a": 1}', "de lijst is niet afgesloten met ']'", 1],
    ['[1, 2', "de lijst is niet afgesloten met ']'", 1],
    ['{"a": [1, 2}\n', 'de JSON houdt midden in een waarde op (ontbreekt een }, ] of "?)', 1],
    ['{"a": "open', 'de JSON houdt midden in een waarde op (ontbreekt een }, ] of "?)', 1],
    ['[{"a": 1}\n{"b": 2}]', "verwacht ',' of ']' na een element van de lijst", 2],
    ['[1,,2]', 'lege plek in de lijst (komma zonder element)', 1],
    ['[, 1]', 'lege plek in de lijst (komma zonder element)', 1],
    ['[1, ]', "komma vlak voor ']'", 1],
    ['[1]\nx', 'onverwachte tekst na het einde van de lijst', 2],
    ['[{"a":1}]\n{}', 'onverwachte tekst na het einde van de lijst', 2],
  ])('%j is een structuurfout: %s (regel %i)', async (tekst, melding, regel) => {
    const fout = await splits([tekst]).catch((gegooid: unknown) => gegooid);
    expect(fout).toBeInstanceOf(StroomFout);
    expect(fout).toMatchObject({ message: melding, regel });
  });
});
