import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { motivering, wijsRegisseurToe, wijsRegisseurToeVeilig, type BetrokkenOrganisatie, type Feit, type RegisseurInvoer } from '../../src/index.js';
import { diepBevroren, veldfoutenVan } from '../helpers.js';

const feit = fc.constantFrom<Feit>(true, false, 'onbekend');
const organisaties = fc.uniqueArray(
  fc.record({
    naam: fc.constantFrom('Wijkteam', 'Leger des Heils', 'Tactus', 'GGZ', 'Humanitas', 'Stadsbank'),
    contacturenPerMaand: fc.constantFrom(0, 1, 2.5, 6, 8, 9),
    bereikbaar: feit,
    vertrouwensrelatie: feit,
  }),
  { selector: (organisatie) => organisatie.naam, maxLength: 6 },
);

describe('wijsRegisseurToe', () => {
  it('de toelichting noemt de uren die beslisten', () => {
    const beoordeling = wijsRegisseurToe({
      fase: 'opvang',
      betrokkenOrganisaties: [
        { naam: 'Wijkteam', contacturenPerMaand: 8 },
        { naam: 'Leger des Heils', contacturenPerMaand: 9 },
      ],
    });
    expect(beoordeling.gronden[0]!.toelichting).toBe('Leger des Heils heeft 9 contacturen per maand, meer dan Wijkteam (8).');
    expect(beoordeling.gronden[0]!.toelichtingEn).toBe('Leger des Heils has 9 contact hours a month, more than Wijkteam (8).');
  });

  it('bij een wissel noemt de toelichting van wie naar wie en de warme overdracht, met de bron van oplossing 3', () => {
    const beoordeling = wijsRegisseurToe({ fase: 'opvang', betrokkenOrganisaties: [{ naam: 'Wijkteam', contacturenPerMaand: 8 }, { naam: 'Leger des Heils', contacturenPerMaand: 9 }], huidigeRegisseur: 'Wijkteam' });
    expect(beoordeling.gronden[0]!.toelichting).toContain('De rol gaat over van Wijkteam naar Leger des Heils; een warme overdracht met een overdrachtsdocument is nodig.');
    expect(beoordeling.gronden[0]!.bronnen.map((bron) => bron.onderdeel)).toContain('Oplossing 3: Goede overdracht/regionale uitstroom MO');
    const tekst = motivering(beoordeling);
    expect(tekst.split('\n').slice(0, 2)).toEqual(['Regisseur MO: toegewezen', 'Regisseur MO: Leger des Heils']);
    expect(motivering(beoordeling, { taal: 'en' })).toContain('The role passes from Wijkteam to Leger des Heils; a warm handover with a handover document is needed.');
  });

  it('een onbesliste gelijke stand noemt wie nog een onbekende vertrouwensrelatie heeft', () => {
    const beoordeling = wijsRegisseurToe({ fase: 'opvang', betrokkenOrganisaties: [{ naam: 'Wijkteam', contacturenPerMaand: 6 }, { naam: 'Tactus', contacturenPerMaand: 6, vertrouwensrelatie: false }] });
    expect(beoordeling.uitkomst).toBe('beslissing-nodig');
    expect(beoordeling.gronden[0]!.toelichting).toContain('Van Wijkteam is niet bekend of er een vertrouwensrelatie is');
  });

  it('de volgorde van de organisaties verandert nooit het antwoord (eigenschap, 1000 gevallen)', () => {
    fc.assert(
      fc.property(organisaties, fc.option(fc.constantFrom('Wijkteam', 'Tactus', 'Elders'), { nil: undefined }), fc.constantFrom('dreigend', 'opvang', 'na-uitstroom' as const), (lijst, huidige, fase) => {
        const invoer: RegisseurInvoer = { fase, betrokkenOrganisaties: lijst as BetrokkenOrganisatie[], huidigeRegisseur: huidige };
        const verwacht = wijsRegisseurToe(invoer);
        return fc.assert(
          fc.property(fc.shuffledSubarray(lijst, { minLength: lijst.length, maxLength: lijst.length }), (geschud) => {
            expect(wijsRegisseurToe({ ...invoer, betrokkenOrganisaties: geschud })).toEqual(verwacht);
          }),
          { numRuns: 3 },
        ) === undefined;
      }),
      { numRuns: 1000 },
    );
  });

  it('kiest nooit stilzwijgend: de regisseur heeft altijd de meeste uren, en bij beslissing-nodig is er geen regisseur (eigenschap)', () => {
    fc.assert(
      fc.property(organisaties, (lijst) => {
        const beoordeling = wijsRegisseurToe({ fase: 'opvang', betrokkenOrganisaties: lijst });
        const hoogste = Math.max(0, ...lijst.map((organisatie) => organisatie.contacturenPerMaand));
        if (beoordeling.regisseur !== null) expect(lijst.find((organisatie) => organisatie.naam === beoordeling.regisseur)!.contacturenPerMaand).toBe(hoogste);
        if (beoordeling.uitkomst === 'beslissing-nodig') expect(beoordeling.kandidaten.length).toBeGreaterThan(1);
        expect(beoordeling.uitkomst === 'geen-regisseur').toBe(hoogste === 0);
      }),
      { numRuns: 1000 },
    );
  });

  it('onjuiste invoer is een fout per veld, zonder namen te herhalen; bevroren invoer werkt', () => {
    expect(veldfoutenVan(() => wijsRegisseurToe({ fase: 'opvang', betrokkenOrganisaties: [{ naam: 'Wijkteam', contacturenPerMaand: 2 }, { naam: ' WIJKTEAM', contacturenPerMaand: 3 }] }))).toEqual([
      { pad: 'betrokkenOrganisaties.1.naam', melding: 'komt al voor (betrokkenOrganisaties.0.naam)' },
    ]);
    expect(veldfoutenVan(() => wijsRegisseurToe({ fase: 'opvang', betrokkenOrganisaties: [{ naam: 'A', contacturenPerMaand: Number.NaN }, { naam: 'B', contacturenPerMaand: '8' as never }, { naam: 'C', contacturenPerMaand: 745 }] }))).toEqual([
      { pad: 'betrokkenOrganisaties.0.contacturenPerMaand', melding: 'moet een getal zijn' },
      { pad: 'betrokkenOrganisaties.1.contacturenPerMaand', melding: 'moet een getal zijn' },
      { pad: 'betrokkenOrganisaties.2.contacturenPerMaand', melding: 'kan niet meer zijn dan 744 (de uren van een maand)' },
    ]);
    const bevroren = diepBevroren({ fase: 'opvang' as const, betrokkenOrganisaties: [{ naam: 'Wijkteam', contacturenPerMaand: 2 }], huidigeRegisseur: null });
    expect(wijsRegisseurToe(bevroren).regisseur).toBe('Wijkteam');
    expect(wijsRegisseurToeVeilig({ fase: 'opvang' } as never)).toEqual({ succes: false, fouten: [{ pad: 'betrokkenOrganisaties', melding: 'ontbreekt' }] });
  });
});
