import { describe, expect, it } from 'vitest';
import { besluit, type Criteriumuitslag } from '../../src/kern/besluit.js';
import type { Status } from '../../src/index.js';

const context = { regel: 'proef', peildatum: '2026-01-01', beleid: null };
const uitkomsten = { positief: 'ja', negatief: 'nee', aanvullen: 'aanvullen' } as const;
const uitslag = (id: string, status: Status, ontbrekend: string[] = []): Criteriumuitslag => ({
  grond: { regel: id, status, toelichting: id, toelichtingEn: id, bronnen: [] },
  ontbrekend,
});

describe('de gemeenschappelijke combinatie van criteria', () => {
  it('alles voldaan of niet van toepassing geeft de positieve uitkomst zonder ontbrekende gegevens', () => {
    const beoordeling = besluit(context, [uitslag('a', 'voldaan'), uitslag('b', 'niet-van-toepassing')], uitkomsten);
    expect(beoordeling.uitkomst).toBe('ja');
    expect(beoordeling.ontbrekendeGegevens).toEqual([]);
  });

  it('een niet-voldaan criterium beslist negatief, ook als andere feiten nog onbekend zijn', () => {
    const beoordeling = besluit(context, [uitslag('a', 'onbekend', ['x']), uitslag('b', 'niet-voldaan')], uitkomsten);
    expect(beoordeling.uitkomst).toBe('nee');
    expect(beoordeling.ontbrekendeGegevens).toEqual([]);
  });

  it('een onbekend criterium zonder niet-voldaan geeft aanvullen met precies de blokkerende velden, uniek en in volgorde', () => {
    const beoordeling = besluit(
      context,
      [uitslag('a', 'onbekend', ['x', 'y']), uitslag('b', 'voldaan', ['genegeerd']), uitslag('c', 'onbekend', ['y', 'z'])],
      uitkomsten,
    );
    expect(beoordeling.uitkomst).toBe('aanvullen');
    expect(beoordeling.ontbrekendeGegevens).toEqual(['x', 'y', 'z']);
  });

  it('neemt regel, peildatum, beleid en de gronden in volgorde over', () => {
    const beoordeling = besluit({ ...context, beleid: { id: 'b', versie: '1' } }, [uitslag('a', 'voldaan'), uitslag('b', 'voldaan')], uitkomsten);
    expect(beoordeling).toMatchObject({ regel: 'proef', peildatum: '2026-01-01', beleid: { id: 'b', versie: '1' } });
    expect(beoordeling.gronden.map((grond) => grond.regel)).toEqual(['a', 'b']);
  });
});

describe('een eigen uitkomst als geen enkel criterium van toepassing is', () => {
  const metNvt = { ...uitkomsten, nietVanToepassing: 'nvt' } as const;

  it('alle criteria niet van toepassing geeft die uitkomst', () => {
    expect(besluit(context, [uitslag('a', 'niet-van-toepassing'), uitslag('b', 'niet-van-toepassing')], metNvt).uitkomst).toBe('nvt');
  });

  it('één voldaan criterium ernaast geeft de positieve uitkomst; zonder de optie ook', () => {
    expect(besluit(context, [uitslag('a', 'niet-van-toepassing'), uitslag('b', 'voldaan')], metNvt).uitkomst).toBe('ja');
    expect(besluit(context, [uitslag('a', 'niet-van-toepassing')], uitkomsten).uitkomst).toBe('ja');
  });
});
