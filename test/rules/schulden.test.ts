import { describe, expect, it } from 'vitest';
import {
  FASEN,
  SCHULDHULPVORMEN,
  motivering,
  toetsAlternatieveBewindvoering,
  toetsAlternatieveBewindvoeringVeilig,
  toetsSchuldhulp,
  toetsSchuldhulpVeilig,
  type Feit,
} from '../../src/index.js';
import { diepBevroren, veldfoutenVan } from '../helpers.js';

const FEITEN: Feit[] = [true, false, 'onbekend'];

describe('toetsSchuldhulp', () => {
  it('geeft voor elke combinatie van fase, schulden en vorm een beoordeling zonder datum of beleid, met een bron uit oplossing 4', () => {
    for (const fase of FASEN) {
      for (const schulden of FEITEN) {
        for (const schuldhulpverlening of SCHULDHULPVORMEN) {
          const beoordeling = toetsSchuldhulp({ fase, schulden, schuldhulpverlening });
          expect(beoordeling).toMatchObject({ regel: 'schuldhulp', peildatum: null, beleid: null });
          expect(beoordeling.gronden).toHaveLength(1);
          expect(beoordeling.gronden[0]!.bronnen[0]!.citaat).toBe('Iedereen in de MO met schulden heeft een vorm van schuldhulpverlening');
          // actie-nodig precies in de opvang met schulden en geen enkele vorm
          expect(beoordeling.uitkomst === 'actie-nodig').toBe(fase === 'opvang' && schulden === true && schuldhulpverlening === 'geen');
          expect(beoordeling.ontbrekendeGegevens.length > 0).toBe(beoordeling.uitkomst === 'aanvullen');
        }
      }
    }
  });

  it('noemt in de toelichting wat er moet gebeuren', () => {
    expect(toetsSchuldhulp({ fase: 'opvang', schulden: true, schuldhulpverlening: 'geen' }).gronden[0]!.toelichting).toBe(
      'De cliënt in de opvang heeft schulden maar geen enkele vorm van schuldhulpverlening; regel die (bijvoorbeeld alternatieve bewindvoering).',
    );
    expect(toetsSchuldhulp({ fase: 'opvang', schulden: true, schuldhulpverlening: 'budgetbeheer' }).gronden[0]!.toelichting).toBe(
      'De cliënt in de opvang heeft schulden en een vorm van schuldhulpverlening: budgetbeheer.',
    );
  });

  it('wijst buiten de opvang op alternatieve bewindvoering als er schulden zijn zonder hulp, en alleen dan', () => {
    expect(toetsSchuldhulp({ fase: 'dreigend', schulden: true, schuldhulpverlening: 'geen' }).gronden[0]!.toelichting).toContain('kan al starten bij een verhoogd risico');
    expect(toetsSchuldhulp({ fase: 'na-uitstroom', schulden: 'onbekend', schuldhulpverlening: 'geen' }).gronden[0]!.toelichting).toContain('gaat na uitstroom door naar behoefte');
    expect(toetsSchuldhulp({ fase: 'dreigend', schulden: true, schuldhulpverlening: 'regulier' }).gronden[0]!.toelichting).not.toContain('alternatieve bewindvoering');
    expect(toetsSchuldhulp({ fase: 'dreigend', schulden: false, schuldhulpverlening: 'geen' }).gronden[0]!.toelichting).not.toContain('alternatieve bewindvoering');
  });

  it('schrijft de motivering in nl en en', () => {
    const beoordeling = toetsSchuldhulp({ fase: 'opvang', schulden: true, schuldhulpverlening: 'geen' });
    expect(motivering(beoordeling).split('\n')[0]).toBe('Schuldhulp in de opvang: actie nodig: regel schuldhulpverlening');
    expect(motivering(beoordeling, { taal: 'en' })).toContain('The client in shelter care has debts but no form of debt support');
  });

  it('onjuiste invoer is een fout per veld; bevroren invoer werkt', () => {
    expect(veldfoutenVan(() => toetsSchuldhulp({ fase: 'nazorg', schulden: 'ja', schuldhulpverlening: 'bewind' } as never))).toEqual([
      { pad: 'fase', melding: "moet een van 'dreigend', 'opvang', 'na-uitstroom' zijn" },
      { pad: 'schulden', melding: "moet true, false of 'onbekend' zijn" },
      { pad: 'schuldhulpverlening', melding: "moet een van 'geen', 'regulier', 'alternatieve-bewindvoering', 'budgetbeheer', 'onbekend' zijn" },
    ]);
    expect(toetsSchuldhulp(diepBevroren({ fase: 'opvang', schulden: true, schuldhulpverlening: 'regulier' })).uitkomst).toBe('voldaan');
    expect(toetsSchuldhulpVeilig({ fase: 'opvang', schulden: true } as never)).toEqual({ succes: false, fouten: [{ pad: 'schuldhulpverlening', melding: 'ontbreekt' }] });
  });
});

describe('toetsAlternatieveBewindvoering', () => {
  it('zonder instemming is het nooit mogelijk, in elke fase en bij elke handeling (deelname is vrijwillig)', () => {
    for (const fase of FASEN) {
      for (const handeling of ['starten', 'voortzetten'] as const) {
        for (const behoefte of FEITEN) {
          const beoordeling = toetsAlternatieveBewindvoering({ fase, handeling, toestemming: false, behoefte });
          expect(beoordeling.uitkomst).toBe('niet-mogelijk');
          expect(beoordeling.gronden.find((grond) => grond.regel === 'alternatieve-bewindvoering.toestemming')!.bronnen[0]!.citaat).toBe('Vrijwillige, maar niet vrijblijvende, deelname');
        }
      }
    }
  });

  it('starten na uitstroom beslist de regel niet, en zegt dat met de bron', () => {
    const beoordeling = toetsAlternatieveBewindvoering({ fase: 'na-uitstroom', handeling: 'starten', toestemming: true });
    expect(beoordeling).toMatchObject({ uitkomst: 'niet-voorzien', ontbrekendeGegevens: [] });
    expect(beoordeling.gronden[0]!.toelichting).toContain("toets dan met fase 'dreigend'");
    expect(motivering(beoordeling).split('\n')[0]).toBe('Alternatieve bewindvoering: niet voorzien in de bron (een mens beslist)');
  });

  it('de behoefte telt alleen bij voortzetten na uitstroom', () => {
    expect(toetsAlternatieveBewindvoering({ fase: 'opvang', handeling: 'voortzetten', toestemming: true, behoefte: false }).uitkomst).toBe('mogelijk');
    expect(toetsAlternatieveBewindvoering({ fase: 'na-uitstroom', handeling: 'voortzetten', toestemming: true, behoefte: false }).uitkomst).toBe('niet-mogelijk');
    expect(toetsAlternatieveBewindvoering({ fase: 'na-uitstroom', handeling: 'voortzetten', toestemming: true, behoefte: true }).uitkomst).toBe('mogelijk');
  });

  it('onjuiste invoer is een fout per veld', () => {
    expect(veldfoutenVan(() => toetsAlternatieveBewindvoering({ fase: 'opvang', handeling: 'stoppen', toestemming: 'ja', extra: 1 } as never))).toEqual([
      { pad: 'handeling', melding: "moet een van 'starten', 'voortzetten' zijn" },
      { pad: 'toestemming', melding: "moet true, false of 'onbekend' zijn" },
      { pad: 'extra', melding: 'onbekend veld' },
    ]);
    expect(toetsAlternatieveBewindvoeringVeilig({ fase: 'opvang', handeling: 'starten', toestemming: true }).succes).toBe(true);
  });
});
