import { describe, expect, it } from 'vitest';
import { enVanFeiten, toetsFeit } from '../../src/kern/feiten.js';

describe('driewaardige logica', () => {
  it.each([
    [[true, true], true],
    [[true, 'onbekend'], 'onbekend'],
    [['onbekend', false], false],
    [[false, true], false],
    [['onbekend', 'onbekend'], 'onbekend'],
    [[], true],
  ] as const)('en(%j) = %j', (feiten, verwacht) => {
    expect(enVanFeiten(feiten)).toBe(verwacht);
  });

  it('toetsFeit zet waar/onwaar/onbekend om in een status, en noemt het veld alleen als het onbekend is', () => {
    const tekst = { nl: 'x', en: 'x' };
    const criterium = { regel: 'r.c', pad: 'veld', bronnen: [], waar: tekst, onwaar: tekst, onbekend: tekst };
    expect(toetsFeit(true, criterium)).toMatchObject({ grond: { status: 'voldaan' }, ontbrekend: [] });
    expect(toetsFeit(false, criterium)).toMatchObject({ grond: { status: 'niet-voldaan' }, ontbrekend: [] });
    expect(toetsFeit('onbekend', criterium)).toMatchObject({ grond: { status: 'onbekend' }, ontbrekend: ['veld'] });
  });
});
