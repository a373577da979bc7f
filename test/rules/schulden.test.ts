import { describe, expect, it } from 'vitest';
import {
  FASEN,
  REGELBESCHRIJVINGEN,
  SCHULDHULPVORMEN,
  defineBeleid,
  motivering,
  toetsAlternatieveBewindvoering,
  toetsAlternatieveBewindvoeringVeilig,
  toetsSchuldhulp,
  toetsSchuldhulpVeilig,
  type Feit,
} from '../../src/index.js';
import { ALTERNATIEVE_BEWINDVOERING } from '../../src/rules/alternatieve-bewindvoering/beschrijving.js';
import { SCHULDHULP } from '../../src/rules/schuldhulp/beschrijving.js';
import { diepBevroren, veldfoutenVan } from '../helpers.js';

const FEITEN: Feit[] = [true, false, 'onbekend'];
const HANDELINGEN = ['starten', 'voortzetten'] as const;
const PILOT = 'De planning is om begin 2020 in nauwe samenwerking met het Schuldenlab Almelo te starten met een pilot.';

/** Alle beoordelingen van beide regels, voor elke geldige combinatie van invoer. */
function alleBeoordelingen() {
  const lijst = [];
  for (const fase of FASEN) {
    for (const schulden of FEITEN) for (const schuldhulpverlening of SCHULDHULPVORMEN) lijst.push(toetsSchuldhulp({ fase, schulden, schuldhulpverlening }));
    for (const handeling of HANDELINGEN) {
      for (const toestemming of FEITEN) for (const behoefte of FEITEN) lijst.push(toetsAlternatieveBewindvoering({ fase, handeling, toestemming, behoefte }));
    }
  }
  return lijst;
}

/** Wat niet in een brief hoort (SPEC §2.4 (0.2)): code-namen, ids, waarden uit de code, interne namen. */
const NIET_IN_DE_BRIEF: readonly RegExp[] = [
  /\b[a-z]+[A-Z][A-Za-z]*\b/, // camelCase
  /\b[a-z]+(?:-[a-z]+)*\.[a-z]+(?:-[a-z]+)*\b/, // een id met een punt
  /\b(?:true|false)\b/,
  /\bSPEC\b|\bseed\b/i,
  /\b[\w-]+\.(?:ts|js|json|md|txt)\b/,
  /'[a-z-]+'/, // een waarde uit de code tussen aanhalingstekens
  /`/,
];

function zonderCode(tekst: string): string | undefined {
  return NIET_IN_DE_BRIEF.find((patroon) => patroon.test(tekst))?.source;
}

describe('toetsSchuldhulp', () => {
  it('geeft voor elke combinatie van fase, schulden en vorm een beoordeling zonder datum of beleid, met een bron uit oplossing 4', () => {
    for (const fase of FASEN) {
      for (const schulden of FEITEN) {
        for (const schuldhulpverlening of SCHULDHULPVORMEN) {
          const beoordeling = toetsSchuldhulp({ fase, schulden, schuldhulpverlening });
          expect(beoordeling).toMatchObject({ regel: 'schuldhulp', peildatum: null, beleid: { id: 'almelo' }, toegepasteWaarden: [], uitgeslotenWaarden: [] });
          expect(typeof beoordeling.pakketversie).toBe('string');
          expect(beoordeling.gronden).toHaveLength(1);
          expect(beoordeling.gronden[0]!.bronnen[0]!.citaat).toBe('Iedereen in de MO met schulden heeft een vorm van schuldhulpverlening');
          // actie-nodig precies in de opvang met schulden en geen enkele vorm
          expect(beoordeling.uitkomst === 'actie-nodig').toBe(fase === 'opvang' && schulden === true && schuldhulpverlening === 'geen');
          expect(beoordeling.ontbrekendeGegevens.length > 0).toBe(beoordeling.uitkomst === 'aanvullen');
          // de eis geldt alleen in de opvang (onze lezing van "in de MO")
          if (fase !== 'opvang') expect(beoordeling.uitkomst).toBe('niet-van-toepassing');
        }
      }
    }
  });

  it('de grondslag is een voornemen: het plan voor een pilot, met het citaat', () => {
    const grond = toetsSchuldhulp({ fase: 'opvang', schulden: true, schuldhulpverlening: 'geen' }).gronden[0]!;
    expect(grond).toMatchObject({ soort: 'criterium', basis: { status: 'voornemen', beleid: 'almelo' } });
    expect(grond.basis.bronnen.map((bron) => bron.citaat)).toEqual([PILOT]);
    expect(grond.basis.toelichtingEn).toContain('pilot');
    expect(SCHULDHULP.criteria.map((criterium) => criterium.basis)).toEqual(['beleid']);
  });

  it('noemt de lezing van de fasen precies buiten de opvang, met kenmerk 5 als bron', () => {
    for (const fase of FASEN) {
      for (const schulden of FEITEN) {
        for (const schuldhulpverlening of SCHULDHULPVORMEN) {
          const grond = toetsSchuldhulp({ fase, schulden, schuldhulpverlening }).gronden[0]!;
          const ids = grond.interpretaties.map((keuze) => keuze.id);
          expect(ids.includes('schuldhulp.fase-opvang')).toBe(fase !== 'opvang');
          expect(grond.bronnen.some((bron) => bron.onderdeel.endsWith('kenmerk 5'))).toBe(fase !== 'opvang');
          // budgetbeheer als vorm: alleen waar het de uitkomst draagt (in de opvang, met (misschien) schulden)
          const budgetbeheer = fase === 'opvang' && schulden !== false && schuldhulpverlening === 'budgetbeheer';
          expect(ids.includes('schuldhulp.budgetbeheer')).toBe(budgetbeheer);
          expect(grond.bronnen.some((bron) => bron.onderdeel.endsWith('kenmerk 2'))).toBe(budgetbeheer);
        }
      }
    }
    const buiten = toetsSchuldhulp({ fase: 'dreigend', schulden: true, schuldhulpverlening: 'regulier' }).gronden[0]!;
    expect(buiten.interpretaties[0]!.toelichting).toMatch(/^Wij lezen "in de MO" als: in de maatschappelijke opvang\./);
  });

  it('noemt in de toelichting wat er moet gebeuren, in gewone zinnen', () => {
    const zonderHulp = toetsSchuldhulp({ fase: 'opvang', schulden: true, schuldhulpverlening: 'geen' }).gronden[0]!;
    // Wat ontbreekt en wat nodig is, geen opdracht aan de medewerker (audit rij 29).
    expect(zonderHulp.toelichting).toBe('De cliënt in de opvang heeft schulden, maar geen enkele vorm van schuldhulpverlening. Er is een vorm nodig, bijvoorbeeld alternatieve bewindvoering.');
    expect(zonderHulp.toelichtingEn).toBe('The client in shelter care has debts, but no form of debt support. Some form is needed, for example alternative budget management.');
    expect(toetsSchuldhulp({ fase: 'opvang', schulden: true, schuldhulpverlening: 'budgetbeheer' }).gronden[0]!.toelichting).toBe(
      'De cliënt in de opvang heeft schulden en een vorm van schuldhulpverlening: budgetbeheer.',
    );
    expect(toetsSchuldhulp({ fase: 'na-uitstroom', schulden: true, schuldhulpverlening: 'regulier' }).gronden[0]!.toelichting).toBe(
      'De eis dat iedereen met schulden een vorm van schuldhulpverlening heeft, geldt in de opvang. De cliënt is uit de opvang uitgestroomd. Hier geldt de eis dus niet.',
    );
    expect(toetsSchuldhulp({ fase: 'dreigend', schulden: false, schuldhulpverlening: 'geen' }).gronden[0]!.toelichting).toBe(
      'De eis dat iedereen met schulden een vorm van schuldhulpverlening heeft, geldt in de opvang. De cliënt is nog niet in de opvang: dak- of thuisloosheid dreigt. Hier geldt de eis dus niet.',
    );
  });

  it('wijst buiten de opvang op alternatieve bewindvoering als er schulden kunnen zijn zonder hulp, en alleen dan', () => {
    expect(toetsSchuldhulp({ fase: 'dreigend', schulden: true, schuldhulpverlening: 'geen' }).gronden[0]!.toelichting).toContain(
      'Alternatieve bewindvoering kan wel al starten bij een verhoogd risico op dak- en thuisloosheid.',
    );
    expect(toetsSchuldhulp({ fase: 'na-uitstroom', schulden: 'onbekend', schuldhulpverlening: 'geen' }).gronden[0]!.toelichting).toContain(
      'De bron zegt niet of alternatieve bewindvoering na uitstroom nog kan starten. Dreigt er opnieuw dak- of thuisloosheid, dan kan die wel starten.',
    );
    expect(toetsSchuldhulp({ fase: 'dreigend', schulden: true, schuldhulpverlening: 'regulier' }).gronden[0]!.toelichting).not.toContain('alternatieve bewindvoering');
    expect(toetsSchuldhulp({ fase: 'dreigend', schulden: false, schuldhulpverlening: 'geen' }).gronden[0]!.toelichting).not.toContain('alternatieve bewindvoering');
    expect(toetsSchuldhulp({ fase: 'na-uitstroom', schulden: true, schuldhulpverlening: 'onbekend' }).gronden[0]!.toelichting).not.toContain('alternatieve bewindvoering');
  });

  it('schrijft de brief in nl en en, met grondslag, interpretatie en de namen van ontbrekende gegevens', () => {
    const beoordeling = toetsSchuldhulp({ fase: 'opvang', schulden: true, schuldhulpverlening: 'geen' });
    const brief = motivering(beoordeling).split('\n');
    expect(brief[0]).toBe('Schuldhulp in de opvang: schuldhulpverlening nodig');
    expect(motivering(beoordeling, { taal: 'en' }).split('\n')[0]).toBe('Debt support in shelter care: debt support needed');
    expect(brief).toContain('- Vorm van schuldhulpverlening (niet voldaan): De cliënt in de opvang heeft schulden, maar geen enkele vorm van schuldhulpverlening. Er is een vorm nodig, bijvoorbeeld alternatieve bewindvoering.');
    expect(brief.some((regel) => regel.startsWith('  Grondslag: voornemen. De regel komt uit de ketenaanpak van de centrumregio Almelo (2019): een plan voor een pilot, nog geen vastgestelde regel.'))).toBe(true);
    expect(motivering(beoordeling, { taal: 'en' })).toContain('The client in shelter care has debts, but no form of debt support');
    const budget = motivering(toetsSchuldhulp({ fase: 'opvang', schulden: 'onbekend', schuldhulpverlening: 'budgetbeheer' }));
    expect(budget).toContain('  Interpretatie: Wij tellen budgetbeheer als een vorm van schuldhulpverlening.');
    const aanvullen = toetsSchuldhulp({ fase: 'opvang', schulden: 'onbekend', schuldhulpverlening: 'onbekend' });
    expect(motivering(aanvullen).split('\n').at(-1)).toBe('Ontbrekende gegevens: of de cliënt schulden heeft, welke vorm van schuldhulpverlening de cliënt heeft');
    expect(motivering(aanvullen, { vorm: 'technisch' }).split('\n').at(-1)).toBe('Ontbrekende gegevens: schulden, schuldhulpverlening');
    expect(motivering(aanvullen, { vorm: 'technisch' })).toContain('- schuldhulp.vorm (onbekend): ');
  });

  it('onjuiste invoer is een fout per veld; bevroren invoer werkt', () => {
    expect(veldfoutenVan(() => toetsSchuldhulp({ fase: 'nazorg', schulden: 'ja', schuldhulpverlening: 'bewind' } as never))).toEqual([
      { pad: 'fase', melding: "moet een van 'dreigend', 'opvang', 'na-uitstroom' zijn" },
      { pad: 'schulden', melding: "moet true, false of 'onbekend' zijn" },
      { pad: 'schuldhulpverlening', melding: "moet een van 'geen', 'regulier', 'alternatieve-bewindvoering', 'budgetbeheer', 'onbekend' zijn" },
    ]);
    expect(toetsSchuldhulp(diepBevroren({ fase: 'opvang', schulden: true, schuldhulpverlening: 'regulier' })).uitkomst).toBe('voldaan');
    expect(toetsSchuldhulpVeilig({ fase: 'opvang', schulden: true } as never)).toEqual({ succes: false, soort: 'ongeldige-invoer', fouten: [{ pad: 'schuldhulpverlening', melding: 'ontbreekt' }] });
  });
});

describe('toetsAlternatieveBewindvoering', () => {
  it('zonder instemming is het nooit mogelijk, in elke fase en bij elke handeling (deelname is vrijwillig)', () => {
    for (const fase of FASEN) {
      for (const handeling of HANDELINGEN) {
        for (const behoefte of FEITEN) {
          const beoordeling = toetsAlternatieveBewindvoering({ fase, handeling, toestemming: false, behoefte });
          expect(beoordeling.uitkomst).toBe('niet-mogelijk');
          expect(beoordeling.gronden.find((grond) => grond.regel === 'alternatieve-bewindvoering.toestemming')!.bronnen[0]!.citaat).toBe('Vrijwillige, maar niet vrijblijvende, deelname');
        }
      }
    }
  });

  it('elke grond rust op het plan voor een pilot (voornemen) van het ingebouwde beleid almelo, dat de beslissing noemt', () => {
    const beoordeling = toetsAlternatieveBewindvoering({ fase: 'dreigend', handeling: 'starten', toestemming: true });
    expect(beoordeling).toMatchObject({ uitkomst: 'mogelijk', peildatum: null, beleid: { id: 'almelo' }, toegepasteWaarden: [], uitgeslotenWaarden: [] });
    for (const grond of beoordeling.gronden) {
      expect(grond).toMatchObject({ soort: 'criterium', basis: { status: 'voornemen', beleid: 'almelo' } });
      expect(grond.basis.bronnen.map((bron) => bron.citaat)).toEqual([PILOT]);
    }
    expect(ALTERNATIEVE_BEWINDVOERING.criteria.map((criterium) => criterium.basis)).toEqual(['beleid', 'beleid', 'beleid']);
  });

  it('noemt elke lezing precies in de beslissing die haar gebruikt', () => {
    for (const fase of FASEN) {
      for (const handeling of HANDELINGEN) {
        for (const behoefte of FEITEN) {
          const beoordeling = toetsAlternatieveBewindvoering({ fase, handeling, toestemming: true, behoefte });
          const ids = beoordeling.gronden.flatMap((grond) => grond.interpretaties.map((keuze) => keuze.id));
          expect(ids.includes('alternatieve-bewindvoering.starten-in-opvang')).toBe(handeling === 'starten' && fase === 'opvang');
          expect(ids.includes('alternatieve-bewindvoering.starten-na-uitstroom')).toBe(handeling === 'starten' && fase === 'na-uitstroom');
          expect(ids.includes('alternatieve-bewindvoering.doorgaan-naar-behoefte')).toBe(handeling === 'voortzetten');
        }
      }
    }
  });

  it('starten na uitstroom beslist de regel niet, en zegt dat in gewone woorden met de bron, en waar het plan complexe gevallen legt', () => {
    const beoordeling = toetsAlternatieveBewindvoering({ fase: 'na-uitstroom', handeling: 'starten', toestemming: true });
    expect(beoordeling).toMatchObject({ uitkomst: 'niet-voorzien', ontbrekendeGegevens: [] });
    expect(beoordeling.gronden[0]!.toelichting).toBe(
      'De bron laat alternatieve bewindvoering starten bij een verhoogd risico op dak- en thuisloosheid, en na uitstroom doorgaan. Ze zegt niet of ze na uitstroom nog kan starten. Daarom beslist een mens. Dreigt er opnieuw dak- of thuisloosheid, dan kan ze wel starten.' +
        ' Het plan van de ketenaanpak wil een casuïstiektafel. Die doet volgens het plan alleen de complexe gevallen, vindt altijd een oplossing en mag creatieve oplossingen vinden en inzetten. Het plan zegt niet of deze vraag zo’n complex geval is.' +
        ' Volgens het plan werkt de gemeente Almelo al met de Doorbraakmethode: daarin pakt de gemeente alle casussen MO op. In de andere gemeenten van de regio onderzoeken de partners volgens het plan of lastige casuïstiek ook via een casuïstiektafel te doorbreken is.' +
        ' Voor een cliënt in de gemeente Almelo wijst het plan dus de gemeente aan; voor de andere gemeenten regelt het plan het niet. In welke gemeente de cliënt is, weet deze regel niet.' +
        ' De casuïstiektafel is een voornemen; de Doorbraakmethode is de werkwijze van Almelo zoals het plan die in 2019 beschrijft.',
    );
    expect(beoordeling.gronden[0]!.toelichtingEn).toContain('The plan does not say whether this question is such a complex case.');
    expect(beoordeling.gronden[0]!.bronnen.map((bron) => bron.onderdeel)).toEqual(['Oplossing 4: Alternatieve bewindvoering, kenmerk 5', 'Oplossing 6: Casuïstiektafel, kenmerken', 'Oplossing 6: Casuïstiektafel']);
    expect(beoordeling.gronden[0]!.interpretaties.map((keuze) => keuze.id)).toEqual(['alternatieve-bewindvoering.starten-na-uitstroom']);
    expect(motivering(beoordeling).split('\n')[0]).toBe('Alternatieve bewindvoering: niet voorzien in de bron (een mens beslist)');
    // een bekend niet-voldaan beslist ook hier; een onbekende instemming niet
    expect(toetsAlternatieveBewindvoering({ fase: 'na-uitstroom', handeling: 'starten', toestemming: false }).uitkomst).toBe('niet-mogelijk');
    expect(toetsAlternatieveBewindvoering({ fase: 'na-uitstroom', handeling: 'starten', toestemming: 'onbekend' })).toMatchObject({ uitkomst: 'niet-voorzien', ontbrekendeGegevens: [] });
  });

  it('alleen bij niet-voorzien noemt de grond de casuïstiektafel en de Doorbraakmethode', () => {
    for (const fase of FASEN) {
      for (const handeling of HANDELINGEN) {
        for (const toestemming of FEITEN) {
          for (const behoefte of FEITEN) {
            const beoordeling = toetsAlternatieveBewindvoering({ fase, handeling, toestemming, behoefte });
            const alles = beoordeling.gronden.map((grond) => `${grond.toelichting} ${grond.toelichtingEn}`).join(' ');
            const open = beoordeling.uitkomst === 'niet-voorzien';
            expect(alles.includes('casuïstiektafel'), `${fase} ${handeling} ${beoordeling.uitkomst}`).toBe(open);
            expect(alles.includes('Doorbraakmethode')).toBe(open);
            expect(beoordeling.gronden.some((grond) => grond.bronnen.some((bron) => bron.onderdeel.startsWith('Oplossing 6')))).toBe(open);
          }
        }
      }
    }
  });

  it('onder een eigen beleid dat het plan van Almelo niet citeert: niet voorzien, zonder casuïstiektafel of Doorbraakmethode; citeert het beleid het plan wel, dan wel', () => {
    const besluit = { document: 'proef-besluit-bewind', onderdeel: 'Artikel 1 (proef)', citaat: 'Alternatieve bewindvoering kan starten bij dreigende dakloosheid.' };
    const plan = { document: 'integrale-ketenaanpak-mo', onderdeel: 'Oplossing 4: Alternatieve bewindvoering', citaat: PILOT };
    const eigen = (bronnen: (typeof besluit)[]) =>
      defineBeleid({
        id: 'proef-bewind',
        versie: '1',
        naam: 'Proefgemeente',
        documenten: [{ id: 'proef-besluit-bewind', titel: 'Besluit bewind (proef)', uitgever: 'Gemeente (proef)', jaar: 2026 }],
        parameters: {},
        regels: { 'alternatieve-bewindvoering': { grondslag: { status: 'vastgesteld', bronnen } } },
      });
    const invoer = { fase: 'na-uitstroom', handeling: 'starten', toestemming: true } as const;
    const zonder = toetsAlternatieveBewindvoering(invoer, { beleid: eigen([besluit]) });
    expect(zonder.uitkomst).toBe('niet-voorzien');
    expect(zonder.gronden[0]!.toelichting).toBe(
      'De bron laat alternatieve bewindvoering starten bij een verhoogd risico op dak- en thuisloosheid, en na uitstroom doorgaan. Ze zegt niet of ze na uitstroom nog kan starten. Daarom beslist een mens. Dreigt er opnieuw dak- of thuisloosheid, dan kan ze wel starten.',
    );
    expect(zonder.gronden.flatMap((grond) => grond.bronnen).some((bron) => bron.document === 'integrale-ketenaanpak-mo')).toBe(false);
    const met = toetsAlternatieveBewindvoering(invoer, { beleid: eigen([besluit, plan]) });
    expect(met.gronden[0]!.toelichting).toContain('Volgens het plan werkt de gemeente Almelo al met de Doorbraakmethode');
    expect(met.gronden[0]!.bronnen.map((bron) => bron.onderdeel)).toContain('Oplossing 6: Casuïstiektafel');
  });

  it('de namen van de uitkomsten van schuldhulp, alternatieve bewindvoering en regisseur zijn gewone woorden: geen dubbele punt, geen opdracht (audit rij 30)', () => {
    for (const regel of [SCHULDHULP, ALTERNATIEVE_BEWINDVOERING, REGELBESCHRIJVINGEN['regisseur']!]) {
      for (const [uitkomst, naam] of Object.entries(regel.uitkomsten)) {
        for (const tekst of [naam.nl, naam.en]) {
          expect(tekst, `${regel.id} ${uitkomst}`).not.toContain(':');
          expect(tekst, `${regel.id} ${uitkomst}`).not.toMatch(/\b(regel|arrange|moet|must)\b/i);
        }
      }
    }
    expect(REGELBESCHRIJVINGEN['regisseur']!.uitkomsten['geen-regisseur']).toEqual({ nl: 'geen regisseur (niemand heeft contact met de cliënt)', en: 'no coordinator (nobody has contact with the client)' });
  });

  it('de behoefte telt alleen bij voortzetten na uitstroom', () => {
    expect(toetsAlternatieveBewindvoering({ fase: 'opvang', handeling: 'voortzetten', toestemming: true, behoefte: false }).uitkomst).toBe('mogelijk');
    expect(toetsAlternatieveBewindvoering({ fase: 'dreigend', handeling: 'voortzetten', toestemming: true, behoefte: false }).uitkomst).toBe('mogelijk');
    expect(toetsAlternatieveBewindvoering({ fase: 'na-uitstroom', handeling: 'voortzetten', toestemming: true, behoefte: false }).uitkomst).toBe('niet-mogelijk');
    expect(toetsAlternatieveBewindvoering({ fase: 'na-uitstroom', handeling: 'voortzetten', toestemming: true, behoefte: true }).uitkomst).toBe('mogelijk');
    const onbekend = toetsAlternatieveBewindvoering({ fase: 'na-uitstroom', handeling: 'voortzetten', toestemming: true });
    expect(onbekend).toMatchObject({ uitkomst: 'aanvullen', ontbrekendeGegevens: ['behoefte'] });
    expect(motivering(onbekend).split('\n').at(-1)).toBe('Ontbrekende gegevens: of de cliënt na uitstroom nog behoefte heeft aan alternatieve bewindvoering');
    expect(motivering(onbekend)).toContain('- Behoefte na uitstroom (onbekend): ');
  });

  it('onjuiste invoer is een fout per veld', () => {
    expect(veldfoutenVan(() => toetsAlternatieveBewindvoering({ fase: 'opvang', handeling: 'stoppen', toestemming: 'ja', extra: 1 } as never))).toEqual([
      { pad: 'handeling', melding: "moet een van 'starten', 'voortzetten' zijn" },
      { pad: 'toestemming', melding: "moet true, false of 'onbekend' zijn" },
      { pad: '', melding: 'bevat een onbekend veld' },
    ]);
    expect(toetsAlternatieveBewindvoeringVeilig({ fase: 'opvang', handeling: 'starten', toestemming: true }).succes).toBe(true);
  });
});

describe('de brieftaal van beide regels', () => {
  it('de controle zelf vangt code in een tekst', () => {
    expect(zonderCode('zie toetsAlternatieveBewindvoering')).toBeDefined();
    expect(zonderCode("toets dan met fase 'dreigend'")).toBeDefined();
    expect(zonderCode('de grond regisseur.bereikbaar')).toBeDefined();
    expect(zonderCode('behoefte is true')).toBeDefined();
    expect(zonderCode('De cliënt stemt in. Deelname is vrijwillig, maar niet vrijblijvend.')).toBeUndefined();
  });

  it('geen toelichting, grondslag, interpretatie of brief bevat code, in nl en en', () => {
    for (const beoordeling of alleBeoordelingen()) {
      const teksten = [
        ...beoordeling.gronden.flatMap((grond) => [grond.toelichting, grond.toelichtingEn, grond.basis.toelichting, grond.basis.toelichtingEn, ...grond.interpretaties.flatMap((keuze) => [keuze.toelichting, keuze.toelichtingEn])]),
        motivering(beoordeling),
        motivering(beoordeling, { taal: 'en' }),
      ];
      for (const tekst of teksten) expect(zonderCode(tekst), tekst).toBeUndefined();
      for (const tekst of teksten) expect(tekst).not.toMatch(/hier de cliënt|hier dak- of thuisloosheid/);
    }
  });

  it('elke keuze in de beschrijvingen is in gewone woorden en heeft een id van de regel', () => {
    for (const beschrijving of [SCHULDHULP, ALTERNATIEVE_BEWINDVOERING]) {
      for (const criterium of beschrijving.criteria) {
        if (criterium.basis !== 'beleid') expect(zonderCode(criterium.basis.reden.nl)).toBeUndefined();
        for (const keuze of criterium.keuzes) {
          expect(keuze.id.startsWith(`${beschrijving.id}.`)).toBe(true);
          expect(zonderCode(keuze.tekst.nl), keuze.tekst.nl).toBeUndefined();
          expect(zonderCode(keuze.tekst.en), keuze.tekst.en).toBeUndefined();
        }
      }
      for (const naam of Object.values(beschrijving.velden)) expect(zonderCode(naam.nl)).toBeUndefined();
    }
  });
});
