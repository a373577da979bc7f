import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INGEBOUWD_BELEID, REGELBESCHRIJVINGEN, defineBeleid, motivering, wijsRegisseurToe, wijsRegisseurToeVeilig, type BetrokkenOrganisatie, type Bron, type Feit, type RegisseurInvoer } from '../../src/index.js';
import { diepBevroren, veldfoutenVan } from '../helpers.js';

const REGISSEUR = REGELBESCHRIJVINGEN['regisseur']!;

/**
 * Woorden die niet in een brief horen (brieftaal): camelCase-namen, ids met punten, true/false,
 * code tussen backticks, SPEC, seed en bestandsnamen.
 */
function codewoorden(tekst: string): string[] {
  const patronen = [/\b[a-z]+[A-Z]\w*/g, /\b[a-z][\w-]*\.[a-z][\w-]*/g, /\b(?:true|false)\b/g, /`[^`]*`/g, /\bSPEC\b/g, /\bseeds?\b/gi, /\b[\w-]+\.(?:json|ts|js|txt|md)\b/g];
  return patronen.flatMap((patroon) => tekst.match(patroon) ?? []);
}

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

  it('bij een wissel noemt de toelichting van wie naar wie en de warme overdracht, zonder overdrachtsdocument of de bron van oplossing 3', () => {
    const beoordeling = wijsRegisseurToe({ fase: 'opvang', betrokkenOrganisaties: [{ naam: 'Wijkteam', contacturenPerMaand: 8 }, { naam: 'Leger des Heils', contacturenPerMaand: 9 }], huidigeRegisseur: 'Wijkteam' });
    const [contact] = beoordeling.gronden;
    expect(contact!.toelichting).toBe(
      'Leger des Heils heeft 9 contacturen per maand, meer dan Wijkteam (8). De rol gaat over van Wijkteam naar Leger des Heils. Een warme overdracht is nodig. Iedereen moet weten dat Leger des Heils nu de Regisseur MO levert. De cliënt moet een vertrouwensrelatie met de nieuwe regisseur kunnen opbouwen.',
    );
    expect(contact!.toelichting.toLowerCase()).not.toContain('overdrachtsdocument');
    expect(contact!.toelichtingEn.toLowerCase()).not.toContain('document');
    // De overdracht citeert uitgangspunt 2 (wie de regisseur is) en 5 (vertrouwensrelatie), niet oplossing 3.
    expect(contact!.bronnen.map((bron) => bron.onderdeel)).toEqual([
      'Oplossing 1: Regisseur maatschappelijke opvang, uitgangspunt 1',
      'Oplossing 1: Regisseur maatschappelijke opvang, uitgangspunt 2',
      'Oplossing 1: Regisseur maatschappelijke opvang, uitgangspunt 5',
    ]);
    expect(contact!.bronnen[1]!.citaat).toBe('Het moet voor iedereen te allen tijde duidelijk zijn wie de Regisseur MO is');
    expect(contact!.interpretaties.map((keuze) => keuze.id)).toEqual(['regisseur.maat-contacturen', 'regisseur.wissel-bij-meer-uren', 'regisseur.warme-overdracht']);
    const tekst = motivering(beoordeling);
    expect(tekst.split('\n').slice(0, 3)).toEqual(['Regisseur MO: toegewezen', `Beleid: Centrumregio Almelo (versie ${INGEBOUWD_BELEID.almelo.versie})`, 'Regisseur MO: Leger des Heils']);
    expect(tekst).not.toContain('Oplossing 3');
    expect(tekst).toContain('  Interpretatie: Gaat de rol over, dan vragen wij een warme overdracht van de oude naar de nieuwe regisseur.');
    expect(motivering(beoordeling, { taal: 'en' })).toContain('The role passes from Wijkteam to Leger des Heils. A warm handover is needed.');
  });

  it('zonder wissel geen overdracht: geen zin, geen interpretatie en geen bron over de overdracht', () => {
    const beoordeling = wijsRegisseurToe({ fase: 'opvang', betrokkenOrganisaties: [{ naam: 'Wijkteam', contacturenPerMaand: 10 }, { naam: 'Leger des Heils', contacturenPerMaand: 9 }], huidigeRegisseur: 'Wijkteam' });
    const [contact] = beoordeling.gronden;
    expect(beoordeling.uitkomst).toBe('gehandhaafd');
    expect(contact!.toelichting).toBe('Wijkteam heeft 10 contacturen per maand, meer dan Leger des Heils (9). Wijkteam blijft de Regisseur MO.');
    expect(contact!.interpretaties.map((keuze) => keuze.id)).toEqual(['regisseur.maat-contacturen']);
    expect(contact!.bronnen.map((bron) => bron.onderdeel)).toEqual(['Oplossing 1: Regisseur maatschappelijke opvang, uitgangspunt 1']);
  });

  it('een onbesliste gelijke stand noemt wie nog een onbekende vertrouwensrelatie heeft, en waar het plan complexe gevallen legt, zonder te zeggen wie beslist', () => {
    const beoordeling = wijsRegisseurToe({ fase: 'opvang', betrokkenOrganisaties: [{ naam: 'Wijkteam', contacturenPerMaand: 6 }, { naam: 'Tactus', contacturenPerMaand: 6, vertrouwensrelatie: false }] });
    expect(beoordeling.uitkomst).toBe('beslissing-nodig');
    const [contact] = beoordeling.gronden;
    expect(contact!.toelichting).toBe(
      'Tactus en Wijkteam hebben elk 6 contacturen per maand. Van Wijkteam is niet bekend of er een vertrouwensrelatie met de cliënt is. Als dat bekend wordt, kan dat de gelijke stand nog beslissen. Daarom is nu niemand gekozen. Wie de Regisseur MO levert, moet nog gekozen worden.' +
        ' Het plan van de ketenaanpak wil een casuïstiektafel. Die doet volgens het plan alleen de complexe gevallen, vindt altijd een oplossing en mag creatieve oplossingen vinden en inzetten. Het plan zegt niet of een gelijke stand zo’n complex geval is.' +
        ' Volgens het plan werkt de gemeente Almelo al met de Doorbraakmethode: daarin pakt de gemeente alle casussen MO op. In de andere gemeenten van de regio onderzoeken de partners volgens het plan of lastige casuïstiek ook via een casuïstiektafel te doorbreken is.' +
        ' Voor een cliënt in de gemeente Almelo wijst het plan dus de gemeente aan; voor de andere gemeenten regelt het plan het niet. In welke gemeente de cliënt is, weet deze regel niet.' +
        ' De casuïstiektafel is een voornemen; de Doorbraakmethode is de werkwijze van Almelo zoals het plan die in 2019 beschrijft.',
    );
    expect(contact!.toelichtingEn).toContain('The plan does not say whether a tie is such a complex case.');
    // Audit rij 15: geen bewering over wie kiest, en geen citaat voor een punt dat het niet maakt.
    expect(contact!.toelichting).not.toMatch(/moeten samen kiezen|beslist de casuïstiektafel|gaat naar de casuïstiektafel/);
    expect(contact!.bronnen.map((bron) => bron.onderdeel)).toEqual([
      'Oplossing 1: Regisseur maatschappelijke opvang, uitgangspunt 1',
      'Oplossing 6: Casuïstiektafel, kenmerken',
      'Oplossing 6: Casuïstiektafel',
    ]);
    expect(contact!.bronnen[1]!.citaat).toBe(
      'Er wordt altijd een oplossing gevonden; … De casuïstiektafel doet alleen de complexe gevallen; … De casuïstiektafel heeft het mandaat om creatieve oplossingen te vinden en in te zetten',
    );
    expect(contact!.bronnen[2]!.citaat).toMatch(/^De gemeente Almelo werkt al met de ‘Doorbraakmethode’, daarin pakt de gemeente alle casussen MO op\./);
    expect(contact!.interpretaties.map((keuze) => keuze.id)).toEqual(['regisseur.maat-contacturen', 'regisseur.gelijke-stand-onbeslist']);
    expect(contact!.interpretaties[1]!.toelichting).toBe(
      'Beslist ook de vertrouwensrelatie de gelijke stand niet, dan kiest de regel niemand: wie de Regisseur MO levert, moet dan nog gekozen worden. De bronnen wijzen niemand aan die een gelijke stand tussen organisaties beslist.',
    );
  });

  it('alleen wie beslissing-nodig krijgt, leest over de casuïstiektafel en de Doorbraakmethode (eigenschap)', () => {
    fc.assert(
      fc.property(organisaties, fc.option(fc.constantFrom('Wijkteam', 'Tactus'), { nil: undefined }), (lijst, huidige) => {
        const beoordeling = wijsRegisseurToe({ fase: 'opvang', betrokkenOrganisaties: lijst, huidigeRegisseur: huidige });
        const open = beoordeling.uitkomst === 'beslissing-nodig';
        const alles = beoordeling.gronden.map((grond) => `${grond.toelichting} ${grond.toelichtingEn}`).join(' ');
        expect(alles.includes('casuïstiektafel'), beoordeling.uitkomst).toBe(open);
        expect(alles.includes('Doorbraakmethode'), beoordeling.uitkomst).toBe(open);
        expect(beoordeling.gronden.some((grond) => grond.bronnen.some((bron) => bron.onderdeel.startsWith('Oplossing 6'))), beoordeling.uitkomst).toBe(open);
      }),
      { numRuns: 300 },
    );
  });

  describe('de complexe gevallen alleen onder een beleid dat het plan van Almelo mag citeren', () => {
    const GELIJK: RegisseurInvoer = { fase: 'opvang', betrokkenOrganisaties: [{ naam: 'Wijkteam', contacturenPerMaand: 6 }, { naam: 'Tactus', contacturenPerMaand: 6 }] };
    const BESLUIT = { document: 'proef-besluit-regisseur', onderdeel: 'Artikel 1 (proef)', citaat: 'De organisatie met het meeste contact levert de regisseur.' };
    const eigen = (grondslagBronnen: Bron[], criteria?: Record<string, { bronnen: Bron[] }>) =>
      defineBeleid({
        id: 'proef-regisseur',
        versie: '1',
        naam: 'Proefgemeente',
        documenten: [{ id: 'proef-besluit-regisseur', titel: 'Besluit regisseur (proef)', uitgever: 'Gemeente (proef)', jaar: 2026 }],
        parameters: {},
        regels: { regisseur: { grondslag: { status: 'vastgesteld', bronnen: grondslagBronnen }, ...(criteria ? { criteria } : {}) } },
      });
    const noemtComplexeGevallen = (beoordeling: ReturnType<typeof wijsRegisseurToe>) => {
      const [contact] = beoordeling.gronden;
      return [contact!.toelichting.includes('casuïstiektafel'), contact!.toelichtingEn.includes('Doorbraakmethode'), contact!.bronnen.some((bron) => bron.onderdeel.startsWith('Oplossing 6'))];
    };

    it('een eigen beleid dat het plan niet citeert: dezelfde uitkomst, zonder casuïstiektafel of Doorbraakmethode', () => {
      const beoordeling = wijsRegisseurToe(GELIJK, { beleid: eigen([BESLUIT]) });
      expect(beoordeling).toMatchObject({ uitkomst: 'beslissing-nodig', regisseur: null, beleid: { id: 'proef-regisseur' } });
      expect(noemtComplexeGevallen(beoordeling)).toEqual([false, false, false]);
      expect(beoordeling.gronden[0]!.toelichting).toBe('Tactus en Wijkteam hebben elk 6 contacturen per maand. Van Tactus en Wijkteam is niet bekend of er een vertrouwensrelatie met de cliënt is. Als dat bekend wordt, kan dat de gelijke stand nog beslissen. Daarom is nu niemand gekozen. Wie de Regisseur MO levert, moet nog gekozen worden.');
    });

    it('een eigen beleid dat het plan zelf citeert: wel, en onder het ingebouwde beleid van Almelo ook', () => {
      const plan = { document: 'integrale-ketenaanpak-mo', onderdeel: 'Oplossing 1: Regisseur maatschappelijke opvang', citaat: 'De planning is om begin 2020 te starten met een pilot.' };
      expect(noemtComplexeGevallen(wijsRegisseurToe(GELIJK, { beleid: eigen([BESLUIT, plan]) }))).toEqual([true, true, true]);
      expect(noemtComplexeGevallen(wijsRegisseurToe(GELIJK, { beleid: 'almelo' }))).toEqual([true, true, true]);
    });

    it('een eigen regeltekst voor het intensiefste contact vervangt de bronnen: dan ook geen tekst over complexe gevallen', () => {
      const plan = { document: 'integrale-ketenaanpak-mo', onderdeel: 'Oplossing 1: Regisseur maatschappelijke opvang', citaat: 'De planning is om begin 2020 te starten met een pilot.' };
      const beoordeling = wijsRegisseurToe(GELIJK, { beleid: eigen([BESLUIT, plan], { 'regisseur.intensiefste-contact': { bronnen: [BESLUIT] } }) });
      expect(noemtComplexeGevallen(beoordeling)).toEqual([false, false, false]);
      expect(beoordeling.gronden[0]!.bronnen).toEqual([BESLUIT]);
    });
  });

  it('zonder onbekende vertrouwensrelaties noemt de gelijke stand geen hint', () => {
    const geen = wijsRegisseurToe({ fase: 'opvang', betrokkenOrganisaties: [{ naam: 'Wijkteam', contacturenPerMaand: 6, vertrouwensrelatie: false }, { naam: 'Tactus', contacturenPerMaand: 6, vertrouwensrelatie: false }] });
    expect(geen.gronden[0]!.toelichting).toContain('Tactus en Wijkteam hebben elk 6 contacturen per maand. Geen van hen heeft een vertrouwensrelatie met de cliënt. Daarom is nu niemand gekozen.');
    const twee = wijsRegisseurToe({ fase: 'opvang', betrokkenOrganisaties: [{ naam: 'Wijkteam', contacturenPerMaand: 6, vertrouwensrelatie: true }, { naam: 'Tactus', contacturenPerMaand: 6, vertrouwensrelatie: true }, { naam: 'GGZ', contacturenPerMaand: 6 }] });
    expect(twee.gronden[0]!.toelichting).toContain('Meer dan één van hen heeft een vertrouwensrelatie met de cliënt. Daarom is nu niemand gekozen.');
    expect(twee.gronden[0]!.toelichting).not.toContain('niet bekend');
  });

  it.each<[string, RegisseurInvoer, string, string[]]>([
    ['één met de meeste uren, geen huidige', { fase: 'opvang', betrokkenOrganisaties: [{ naam: 'A', contacturenPerMaand: 3 }, { naam: 'B', contacturenPerMaand: 2 }] }, 'toegewezen', ['regisseur.maat-contacturen']],
    ['de huidige heeft de meeste uren', { fase: 'opvang', betrokkenOrganisaties: [{ naam: 'A', contacturenPerMaand: 3 }, { naam: 'B', contacturenPerMaand: 2 }], huidigeRegisseur: 'A' }, 'gehandhaafd', ['regisseur.maat-contacturen']],
    ['gelijke stand met de huidige', { fase: 'opvang', betrokkenOrganisaties: [{ naam: 'A', contacturenPerMaand: 3 }, { naam: 'B', contacturenPerMaand: 3, vertrouwensrelatie: true }], huidigeRegisseur: 'A' }, 'gehandhaafd', ['regisseur.maat-contacturen', 'regisseur.gelijke-stand-huidige']],
    ['gelijke stand, de vertrouwensrelatie beslist', { fase: 'opvang', betrokkenOrganisaties: [{ naam: 'A', contacturenPerMaand: 3 }, { naam: 'B', contacturenPerMaand: 3, vertrouwensrelatie: true }] }, 'toegewezen', ['regisseur.maat-contacturen', 'regisseur.gelijke-stand-vertrouwensrelatie']],
    ['gelijke stand onbeslist', { fase: 'opvang', betrokkenOrganisaties: [{ naam: 'A', contacturenPerMaand: 3 }, { naam: 'B', contacturenPerMaand: 3 }] }, 'beslissing-nodig', ['regisseur.maat-contacturen', 'regisseur.gelijke-stand-onbeslist']],
    ['een ander heeft meer dan de huidige', { fase: 'opvang', betrokkenOrganisaties: [{ naam: 'A', contacturenPerMaand: 3 }, { naam: 'B', contacturenPerMaand: 3.5 }], huidigeRegisseur: 'A' }, 'toegewezen', ['regisseur.maat-contacturen', 'regisseur.wissel-bij-meer-uren', 'regisseur.warme-overdracht']],
    ['de huidige heeft geen contact meer', { fase: 'opvang', betrokkenOrganisaties: [{ naam: 'A', contacturenPerMaand: 0 }, { naam: 'B', contacturenPerMaand: 1 }], huidigeRegisseur: 'A' }, 'toegewezen', ['regisseur.maat-contacturen', 'regisseur.warme-overdracht']],
    ['niemand heeft contact', { fase: 'opvang', betrokkenOrganisaties: [{ naam: 'A', contacturenPerMaand: 0 }], huidigeRegisseur: 'A' }, 'geen-regisseur', ['regisseur.maat-contacturen']],
    ['geen organisaties', { fase: 'opvang', betrokkenOrganisaties: [] }, 'geen-regisseur', []],
  ])('de interpretaties van het intensiefste contact staan er precies als ze gebruikt zijn: %s', (_naam, invoer, uitkomst, keuzes) => {
    const beoordeling = wijsRegisseurToe(invoer);
    expect(beoordeling.uitkomst).toBe(uitkomst);
    expect(beoordeling.gronden[0]!.interpretaties.map((keuze) => keuze.id)).toEqual(keuzes);
    expect(beoordeling.gronden[1]!.interpretaties).toEqual([]);
  });

  it('de grens van de wissel: evenveel uren houdt de huidige, elk deel van een uur meer geeft een wissel', () => {
    const met = (uren: number) => wijsRegisseurToe({ fase: 'opvang', betrokkenOrganisaties: [{ naam: 'Wijkteam', contacturenPerMaand: 8 }, { naam: 'Tactus', contacturenPerMaand: uren }], huidigeRegisseur: 'Wijkteam' });
    expect(met(8)).toMatchObject({ uitkomst: 'gehandhaafd', regisseur: 'Wijkteam', wissel: false, warmeOverdracht: null });
    expect(met(8.25)).toMatchObject({ uitkomst: 'toegewezen', regisseur: 'Tactus', wissel: true, warmeOverdracht: { van: 'Wijkteam', naar: 'Tactus' } });
    expect(met(7.75)).toMatchObject({ uitkomst: 'gehandhaafd', regisseur: 'Wijkteam', wissel: false });
  });

  it('elk criterium rust op een voornemen (de pilot van 2020); bereikbaar en vertrouwensrelatie zijn signalen', () => {
    const beoordeling = wijsRegisseurToe({ fase: 'opvang', betrokkenOrganisaties: [{ naam: 'Wijkteam', contacturenPerMaand: 5, bereikbaar: false, vertrouwensrelatie: false }] });
    expect(beoordeling.gronden.map((grond) => [grond.regel, grond.soort])).toEqual([
      ['regisseur.intensiefste-contact', 'criterium'],
      ['regisseur.elke-fase', 'criterium'],
      ['regisseur.vertrouwensrelatie', 'signaal'],
      ['regisseur.bereikbaar', 'signaal'],
    ]);
    for (const grond of beoordeling.gronden) {
      expect(grond.basis.status).toBe('voornemen');
      expect(grond.basis.toelichting).toContain('een plan met een pilot vanaf begin 2020');
      expect(grond.basis).toMatchObject({ beleid: 'almelo', bronnen: [expect.objectContaining({ document: 'integrale-ketenaanpak-mo', citaat: expect.stringContaining('De planning is om begin 2020 te starten met een pilot.') })] });
      expect(grond.basis.toelichtingEn).not.toBe('');
    }
    expect(beoordeling.gronden[2]!.interpretaties.map((keuze) => keuze.id)).toEqual(['regisseur.vertrouwensrelatie-als-signaal']);
    expect(beoordeling.gronden[3]!.interpretaties).toEqual([]);
    // Een signaal dat niet voldaan is, verandert de uitkomst niet en blokkeert niets.
    expect(beoordeling).toMatchObject({ uitkomst: 'toegewezen', regisseur: 'Wijkteam', ontbrekendeGegevens: [], toegepasteWaarden: [], uitgeslotenWaarden: [], beleid: { id: 'almelo' }, peildatum: null });
    const tekst = motivering(beoordeling);
    const aandachtspunten = tekst.slice(tekst.indexOf('Aandachtspunten:'));
    expect(tekst.indexOf('Aandachtspunten:')).toBeGreaterThan(tekst.indexOf('Gronden:'));
    expect(aandachtspunten).toContain('- Vertrouwensrelatie: Wijkteam heeft nog geen vertrouwensrelatie met de cliënt. Aan die relatie moet nog gewerkt worden.');
    expect(aandachtspunten).toContain('- Bereikbaarheid: Het is niet vastgelegd hoe de Regisseur MO van Wijkteam te bereiken is. De contactgegevens moeten nog worden vastgelegd.');
    expect(tekst).toContain('  Grondslag: voornemen. De regel komt uit de ketenaanpak van de centrumregio Almelo (2019): een plan met een pilot vanaf begin 2020.');
    expect(tekst).toContain('Oplossing 1: Regisseur maatschappelijke opvang: "De planning is om begin 2020 te starten met een pilot."');
    // Een voldane vertrouwensrelatie gebruikt de lezing als signaal niet.
    const vertrouwd = wijsRegisseurToe({ fase: 'opvang', betrokkenOrganisaties: [{ naam: 'Wijkteam', contacturenPerMaand: 5, vertrouwensrelatie: true }] });
    expect(vertrouwd.gronden[2]!.interpretaties).toEqual([]);
  });

  it('de signalen veranderen nooit wie de regisseur is (eigenschap)', () => {
    fc.assert(
      fc.property(organisaties, fc.option(fc.constantFrom('Wijkteam', 'Tactus'), { nil: undefined }), feit, (lijst, huidige, bereikbaar) => {
        const invoer: RegisseurInvoer = { fase: 'opvang', betrokkenOrganisaties: lijst, huidigeRegisseur: huidige };
        const verwacht = wijsRegisseurToe(invoer);
        const anders = wijsRegisseurToe({ ...invoer, betrokkenOrganisaties: lijst.map((organisatie) => ({ ...organisatie, bereikbaar })) });
        expect([anders.uitkomst, anders.regisseur, anders.wissel, anders.kandidaten]).toEqual([verwacht.uitkomst, verwacht.regisseur, verwacht.wissel, verwacht.kandidaten]);
        expect(anders.ontbrekendeGegevens).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('de beschrijving: elke keuze één keer, elk criterium rust op het beleid (het ingebouwde: een voornemen); de catalogustekst noemt geen code', () => {
    expect(REGISSEUR.velden).toEqual({});
    const ids = REGISSEUR.criteria.flatMap((criterium) => criterium.keuzes.map((keuze) => keuze.id));
    expect(new Set(ids).size).toBe(ids.length);
    for (const criterium of REGISSEUR.criteria) {
      expect(criterium.basis).toBe('beleid');
      for (const tekst of [criterium.titel, criterium.voldaanAls, ...criterium.keuzes.map((keuze) => keuze.tekst)]) {
        expect(codewoorden(tekst.nl), tekst.nl).toEqual([]);
        expect(codewoorden(tekst.en), tekst.en).toEqual([]);
      }
      for (const keuze of criterium.keuzes) expect(keuze.id).toMatch(/^regisseur\.[a-z]+(-[a-z]+)*$/);
    }
    expect(codewoorden(REGISSEUR.omschrijving.nl)).toEqual([]);
    expect(codewoorden(REGISSEUR.omschrijving.en)).toEqual([]);
    expect(INGEBOUWD_BELEID.almelo.regels.regisseur?.grondslag.status).toBe('voornemen');
    expect(JSON.stringify(REGISSEUR)).not.toContain('Oplossing 3');
  });

  it('de toelichtingen en de brief van elke testvector zijn in gewone taal, en citeren alleen bronnen uit de beschrijving', () => {
    const vectoren = (JSON.parse(readFileSync('test/vectors/regisseur.json', 'utf8')) as { vectoren: { invoer: RegisseurInvoer; verwacht: { fout?: unknown } }[] }).vectoren;
    const beoordeeld = vectoren.filter((vector) => vector.verwacht.fout === undefined).map((vector) => wijsRegisseurToe(vector.invoer));
    expect(beoordeeld.length).toBeGreaterThan(20);
    for (const beoordeling of beoordeeld) {
      for (const grond of beoordeling.gronden) {
        expect(codewoorden(grond.toelichting), grond.toelichting).toEqual([]);
        expect(codewoorden(grond.toelichtingEn), grond.toelichtingEn).toEqual([]);
        const criterium = REGISSEUR.criteria.find((kandidaat) => kandidaat.id === grond.regel)!;
        for (const bron of grond.bronnen) expect(criterium.bronnen).toContainEqual(bron);
      }
      for (const taal of ['nl', 'en'] as const) {
        const brief = motivering(beoordeling, { taal });
        expect(codewoorden(brief), brief).toEqual([]);
      }
      expect(motivering(beoordeling, { vorm: 'technisch' })).toContain('regisseur.intensiefste-contact');
    }
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
    expect(wijsRegisseurToeVeilig({ fase: 'opvang' } as never)).toEqual({ succes: false, soort: 'ongeldige-invoer', fouten: [{ pad: 'betrokkenOrganisaties', melding: 'ontbreekt' }] });
  });
});
