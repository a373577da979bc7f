import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { JsonSplitser, MAX_WAARDEBYTES, MELDING, splitsJson, type Stroomvorm, type Stroomwaarde } from '../../src/cli/json-stroom.js';

async function splits(stukken: Array<string | Uint8Array>): Promise<{ waarden: Stroomwaarde[]; vorm: Stroomvorm | undefined }> {
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

/** Knipt in stukken bytes: ook midden in een UTF-8-teken van meer bytes. */
const gekniptInBytes = (tekst: string, grootte: number) => {
  const bytes = Buffer.from(tekst, 'utf8');
  return Array.from({ length: Math.ceil(bytes.length / grootte) }, (_, i) => bytes.subarray(i * grootte, (i + 1) * grootte));
};

/** Kort: `[regel, tekst]` of `[regel, '!' + melding]`. */
const kort = (waarden: Stroomwaarde[]) => waarden.map((waarde) => ('fout' in waarde ? [waarde.regel, `!${waarde.fout}`] : [waarde.regel, waarde.tekst]));

describe('splitsJson: een lijst', () => {
  const lijst = '[\n  {"a": "x, ]}", "b": [1, {"c": "\\"}"}]},\n  {"a": 2},\n  3, "vier" , null\n]\n';

  it.each([1, 2, 3, 7, 1000])('splitst een lijst in haar elementen, ook in stukken van %i tekens', async (grootte) => {
    const { waarden, vorm } = await splits(geknipt(lijst, grootte));
    expect(vorm).toBe('lijst');
    expect(waarden.map((waarde) => JSON.parse((waarde as { tekst: string }).tekst))).toEqual([{ a: 'x, ]}', b: [1, { c: '"}' }] }, { a: 2 }, 3, 'vier', null]);
    expect(waarden.map((waarde) => waarde.regel)).toEqual([2, 3, 4, 4, 4]);
  });

  it('een element dat ongeldig is maar afgesloten is één fout; het volgende element gaat door', async () => {
    const { waarden } = await splits(['[{"a": },\n{"b" 1},\nnot json,\n{"c": 3}]']);
    expect(kort(waarden)).toEqual([
      [1, '{"a": }'],
      [2, '{"b" 1}'],
      [3, 'not json'],
      [4, '{"c": 3}'],
    ]);
  });

  it.each([
    ['[{"a": 1}', [[1, '{"a": 1}'], [1, `!${MELDING.lijstOpen}`]]],
    ['[1, 2', [[1, '1'], [1, '2'], [1, `!${MELDING.lijstOpen}`]]],
    ['[{"a": 1},\n{"b": [1, 2}\n', [[1, '{"a": 1}'], [2, `!${MELDING.elementOpen}`]]],
    ['[{"a": 1},\n{"b": "open\n{"c": 3}]', [[1, '{"a": 1}'], [2, `!${MELDING.tekstOpen}`]]],
    ['[{"a": 1}\n{"b": 2}]', [[1, '{"a": 1}'], [2, `!${MELDING.naElement}`]]],
    ['[1,,2]', [[1, '1'], [1, `!${MELDING.legePlek}`]]],
    ['[, 1]', [[1, `!${MELDING.legePlek}`]]],
    ['[1, ]', [[1, '1'], [1, `!${MELDING.kommaVoorEinde}`]]],
    ['[1]\nx', [[1, '1'], [2, `!${MELDING.naLijst}`]]],
    ['[{"a":1}]\n{}', [[1, '{"a":1}'], [2, `!${MELDING.naLijst}`]]],
  ])('%j: de elementen ervoor blijven, dan één fout met het regelnummer, en de rest wordt niet gelezen', async (tekst, verwacht) => {
    const { waarden } = await splits([tekst]);
    expect(kort(waarden)).toEqual(verwacht);
    expect(waarden.at(-1)).toMatchObject({ gestopt: true });
  });

  it('een element van meer dan de grens is één fout; het wordt overgeslagen zonder het te bewaren, de rest gaat door', async () => {
    const splitser = new JsonSplitser();
    splitser.voeg('[{"a": 1},\n{"naam": "');
    const blok = 'x'.repeat(1 << 16);
    for (let i = 0; i < 160; i++) splitser.voeg(blok); // 10 MiB
    splitser.voeg('", "b": [1, 2]},\n{"c": 3}]\n');
    splitser.sluit();
    expect(kort(splitser.uit)).toEqual([
      [1, '{"a": 1}'],
      [2, `!${MELDING.elementTeLang}`],
      [3, '{"c": 3}'],
    ]);
    expect(splitser.piekBewaard).toBeLessThanOrEqual(MAX_WAARDEBYTES);
  });

  it('na een breuk in de lijst wordt de rest van de invoer niet meer gelezen', async () => {
    async function* bron() {
      yield '[{"a": 1} {"b": 2},\n';
      throw new Error('na de breuk gelezen');
    }
    const waarden = [];
    for await (const waarde of splitsJson(bron())) waarden.push(waarde);
    expect(kort(waarden)).toEqual([
      [1, '{"a": 1}'],
      [1, `!${MELDING.naElement}`],
    ]);
  });

  it('een lege lijst levert niets', async () => {
    expect(await splits(['[ ]'])).toEqual({ waarden: [], vorm: 'lijst' });
  });
});

describe('splitsJson: JSON Lines', () => {
  it.each([1, 5, 1000])('elke regel is een geval; alleen de eerste waarde mag over regels lopen (stukken van %i tekens)', async (grootte) => {
    const tekst = '\uFEFF{"a":\n  {"c": [2]}\n}\r\n{"b": 1}\r\n\n true\n';
    const { waarden, vorm } = await splits(geknipt(tekst, grootte));
    expect(vorm).toBe('reeks');
    expect(waarden.map((waarde) => JSON.parse((waarde as { tekst: string }).tekst))).toEqual([{ a: { c: [2] } }, { b: 1 }, true]);
    expect(waarden.map((waarde) => waarde.regel)).toEqual([1, 4, 6]);
  });

  it('knipt in bytes, ook midden in een teken van meer bytes', async () => {
    const tekst = '{"naam": "Ĳsselmuiden €"}\n{"naam": "😀"}\n';
    for (const grootte of [1, 2, 3]) {
      const { waarden } = await splits(gekniptInBytes(tekst, grootte));
      expect(kort(waarden)).toEqual([
        [1, '{"naam": "Ĳsselmuiden €"}'],
        [2, '{"naam": "😀"}'],
      ]);
    }
  });

  it('een kapotte regel is één geval; de regel erna begint opnieuw', async () => {
    const { waarden } = await splits(['{"a": 1}\nnot json\n{"b": "open\n{"c": [\n{"d": 4}\n{"e": 5} {"f": 6}\n}\n{"g": 7}']);
    expect(kort(waarden)).toEqual([
      [1, '{"a": 1}'],
      [2, 'not json'],
      [3, '{"b": "open'],
      [4, '{"c": ['],
      [5, '{"d": 4}'],
      [6, '{"e": 5} {"f": 6}'],
      [7, '}'],
      [8, '{"g": 7}'],
    ]);
  });

  it('lege regels tellen mee voor het regelnummer', async () => {
    const { waarden } = await splits(['\n\n{"a": 1}\n\n \t\r\n{"b": 2}\n\n']);
    expect(kort(waarden)).toEqual([
      [3, '{"a": 1}'],
      [6, '{"b": 2}'],
    ]);
  });

  it('een eerste waarde die niet sluit: één fout voor haar regel, de regels erna elk apart', async () => {
    const { waarden } = await splits(['\n{"a": [1,\n{"b": 2}\n\n{"c": 3}\n']);
    expect(kort(waarden)).toEqual([
      [2, `!${MELDING.eersteNietAfgesloten}`],
      [3, '{"b": 2}'],
      [5, '{"c": 3}'],
    ]);
  });

  it('een eerste waarde met een tekst die doorloopt tot het einde van de regel: één fout, dan verder', async () => {
    const { waarden } = await splits(['{"a": 1,\n "b": "open\n{"c": 3}\n']);
    expect(kort(waarden)).toEqual([
      [1, `!${MELDING.eersteNietAfgesloten}`],
      [2, ' "b": "open'],
      [3, '{"c": 3}'],
    ]);
  });

  it('een tekst die in de eerste waarde doorloopt tot het regeleinde breekt haar daar af: de aanhalingstekens van de regels erna tellen niet mee', async () => {
    // Liep de tekst door, dan sloot `"]}` op regel 3 de eerste waarde, en was die geldige regel kwijt.
    const { waarden } = await splits(['{"a": [\n"open\n{"k": "]}"}\n{"c": 3}\n']);
    expect(kort(waarden)).toEqual([
      [1, `!${MELDING.eersteNietAfgesloten}`],
      [2, '"open'],
      [3, '{"k": "]}"}'],
      [4, '{"c": 3}'],
    ]);
  });

  it('een eerste waarde die niet sluit binnen de grens: één fout, de bewaarde regels opnieuw, geheugen begrensd', async () => {
    const splitser = new JsonSplitser();
    splitser.voeg('{"open": [\n');
    const regel = `${JSON.stringify({ x: 'y'.repeat(1000) })}\n`;
    const aantal = Math.ceil((2 * MAX_WAARDEBYTES) / regel.length);
    for (let i = 0; i < aantal; i++) splitser.voeg(regel);
    splitser.sluit();
    expect(splitser.uit[0]).toEqual({ regel: 1, fout: MELDING.eersteTeLang });
    expect(splitser.uit.slice(1).map((waarde) => waarde.regel)).toEqual(Array.from({ length: aantal }, (_, i) => i + 2));
    expect(splitser.uit.slice(1).every((waarde) => 'tekst' in waarde && waarde.tekst === regel.trimEnd())).toBe(true);
    expect(splitser.piekBewaard).toBeLessThanOrEqual(MAX_WAARDEBYTES + regel.length);
  });

  it('een regel van 10 MiB zonder regeleinde is één fout; de regel erna wordt gelezen; het geheugen blijft begrensd', async () => {
    const splitser = new JsonSplitser();
    splitser.voeg('{"a": 1}\n{"naam": "');
    const blok = Buffer.alloc(1 << 16, 'x');
    for (let i = 0; i < 160; i++) splitser.voeg(blok);
    splitser.voeg('"}\n{"b": 2}\n');
    splitser.voeg(blok); // en een laatste regel zonder regeleinde, ook te lang
    for (let i = 0; i < 16; i++) splitser.voeg(blok);
    splitser.sluit();
    expect(kort(splitser.uit)).toEqual([
      [1, '{"a": 1}'],
      [2, `!${MELDING.teLang}`],
      [3, '{"b": 2}'],
      [4, `!${MELDING.teLang}`],
    ]);
    expect(splitser.piekBewaard).toBeLessThanOrEqual(MAX_WAARDEBYTES);
  });

  it('een regel van precies de grens gaat nog; één byte meer niet', async () => {
    const precies = `"${'x'.repeat(MAX_WAARDEBYTES - 2)}"`;
    const { waarden } = await splits(gekniptInBytes(`{}\n${precies}\n${precies}x\n{}`, 1 << 16));
    expect(kort(waarden).map(([regel, tekst]) => [regel, (tekst as string).length])).toEqual([
      [1, 2],
      [2, MAX_WAARDEBYTES],
      [3, 1 + MELDING.teLang.length],
      [4, 2],
    ]);
  });

  it('een lege invoer levert niets', async () => {
    expect((await splits([' \n', '', '\n'])).waarden).toEqual([]);
  });
});

/** De garbage collector van V8, ook zonder `--expose-gc` (om geheugen eerlijk te meten). */
function gcFunctie(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

describe('splitsJson: lege regels in een eerste waarde (issue 30, klasse 6)', () => {
  /** `{`, dan `aantal` regeleinden (dus `aantal - 1` lege regels), dan `slot` (in stukken van 64 KiB). */
  function eersteMetLegeRegels(aantal: number, slot = ''): JsonSplitser {
    const splitser = new JsonSplitser();
    splitser.voeg('{\n');
    const blok = Buffer.alloc(1 << 16, '\n');
    for (let rest = aantal - 1; rest > 0; rest -= blok.length) splitser.voeg(rest >= blok.length ? blok : blok.subarray(0, rest));
    splitser.voeg(slot);
    splitser.sluit();
    return splitser;
  }

  // '{' is 1 byte, elke regel erna 1 byte voor het regeleinde plus haar tekst: met k regeleinden
  // en '}' erna is de waarde k + 2 bytes, en staat '}' op regel k + 1.
  it('precies op de grens: `{`, lege regels en `}` in MAX_WAARDEBYTES bytes is één waarde', () => {
    const splitser = eersteMetLegeRegels(MAX_WAARDEBYTES - 2, '}');
    expect(splitser.uit).toHaveLength(1);
    const [waarde] = splitser.uit;
    expect(waarde).toMatchObject({ regel: 1 });
    expect(JSON.parse((waarde as { tekst: string }).tekst)).toEqual({});
    expect(Buffer.byteLength((waarde as { tekst: string }).tekst)).toBe(MAX_WAARDEBYTES);
  });

  it('één lege regel meer: één fout op regel 1, en de `}` erna wordt opnieuw gelezen als eigen regel', () => {
    const splitser = eersteMetLegeRegels(MAX_WAARDEBYTES - 1, '}');
    expect(kort(splitser.uit)).toEqual([
      [1, `!${MELDING.eersteTeLang}`],
      [MAX_WAARDEBYTES, '}'],
    ]);
  });

  it('`{` en twee miljoen lege regels: één fout op regel 1, niets meer, en het geheugen groeit niet met het aantal regels', () => {
    const gc = gcFunctie();
    gc();
    const geheugen = () => {
      const { heapUsed, external } = process.memoryUsage();
      return heapUsed + external;
    };
    const voor = geheugen();
    const splitser = new JsonSplitser();
    splitser.voeg('{\n');
    const blok = Buffer.alloc(1 << 16, '\n');
    let piek = 0;
    for (let gelezen = 0; gelezen < 2_000_000; gelezen += blok.length) {
      splitser.voeg(blok);
      if (gelezen % (1 << 18) === 0) {
        gc();
        piek = Math.max(piek, geheugen() - voor);
      }
    }
    gc();
    piek = Math.max(piek, geheugen() - voor);
    splitser.sluit();
    expect(kort(splitser.uit)).toEqual([[1, `!${MELDING.eersteTeLang}`]]);
    // Vóór issue 30 hield elke lege regel een eigen object vast: ~51 MB voor één miljoen regels.
    // Nu één buffer van ten hoogste MAX_WAARDEBYTES (1 MiB) plus het blok dat gelezen wordt.
    expect(piek).toBeLessThan(8 * 1024 * 1024);
    expect(splitser.piekBewaard).toBeLessThanOrEqual(MAX_WAARDEBYTES);
  });
});

