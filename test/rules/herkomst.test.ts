import { describe, expect, it } from 'vitest';
import { BeleidNietInWerkingFout, REGIOS, bepaalHerkomst, bepaalHerkomstVeilig, zoekBrondocument, type HerkomstInvoer, type RegioId } from '../../src/index.js';
import { GEMEENTEN_2023 } from '../../src/data/gegenereerd.js';
import { diepBevroren, veldfoutenVan } from '../helpers.js';

const herkomst = (gemeenteVanHerkomst: string, regio: RegioId, peildatum: string | Date = '2025-06-01') => bepaalHerkomst({ gemeenteVanHerkomst, regio, peildatum });

describe('bepaalHerkomst', () => {
  describe('elke gemeente van elke regio komt uit die regio', () => {
    const gevallen = (Object.keys(REGIOS) as RegioId[]).flatMap((regio) => REGIOS[regio].leden.at(-1)!.waarde.map((code) => [regio, code] as const));
    it.each(gevallen)('%s: %s', (regio, code) => {
      const naam = GEMEENTEN_2023.find(([gemeente]) => gemeente === code)![1];
      const beoordeling = herkomst(naam, regio);
      expect(beoordeling.uitkomst).toBe('binnen-regio');
      expect(beoordeling.gronden).toHaveLength(1);
      expect(beoordeling.gronden[0]).toMatchObject({ regel: 'herkomst.regio', status: 'voldaan' });
      expect(beoordeling.gemeente).toEqual({ code, naam });
      expect(beoordeling.herkomstsoort).toBe('gemeente');
      expect(beoordeling.ontbrekendeGegevens).toEqual([]);
    });
  });

  it('precies de zes gemeenten van de regio Almelo komen uit die regio; de andere 336 niet', () => {
    const binnen = GEMEENTEN_2023.filter(([code]) => herkomst(code, 'almelo').uitkomst === 'binnen-regio').map(([, naam]) => naam);
    expect(binnen.sort()).toEqual(['Almelo', 'Hellendoorn', 'Rijssen-Holten', 'Tubbergen', 'Twenterand', 'Wierden']);
  });

  it.each([
    ['Een cliënt uit Wierden komt uit de regio Almelo', 'Wierden', 'almelo', 'binnen-regio', 'voldaan'],
    ['Een cliënt uit Enschede komt niet uit de regio Almelo', 'Enschede', 'almelo', 'buiten-regio', 'niet-voldaan'],
    ['Een cliënt uit Enschede komt wel uit Twente', 'Enschede', 'twente', 'binnen-regio', 'voldaan'],
    ['Een cliënt uit Zwolle komt niet uit Twente', 'Zwolle', 'twente', 'buiten-regio', 'niet-voldaan'],
    ['Een cliënt uit het buitenland komt uit geen enkele regio', 'buitenland', 'almelo', 'buiten-regio', 'niet-voldaan'],
    ['Een cliënt van Bonaire komt uit geen enkele regio', 'Bonaire', 'ijssel-vecht', 'buiten-regio', 'niet-voldaan'],
    ['Een cliënt van Sint Eustatius komt uit geen enkele regio', 'sint eustatius', 'twente', 'buiten-regio', 'niet-voldaan'],
    ['Een cliënt van Saba komt uit geen enkele regio', 'SABA', 'enschede', 'buiten-regio', 'niet-voldaan'],
    ['Een onbekende herkomst moet worden aangevuld', 'onbekend', 'almelo', 'aanvullen', 'onbekend'],
    ['Een CBS-code zonder voorloopnullen werkt ook', '141', 'almelo', 'binnen-regio', 'voldaan'],
  ] as const)('%s', (_naam, gemeente, regio, uitkomst, status) => {
    const beoordeling = herkomst(gemeente, regio);
    expect(beoordeling.uitkomst).toBe(uitkomst);
    // Elke uitkomst buiten de regio heeft het signaal landelijke toegankelijkheid (SPEC §4.1, 0.2); de andere niet.
    const signaal = uitkomst === 'buiten-regio' ? [['landelijke-toegankelijkheid', 'voldaan', 'signaal']] : [];
    expect(beoordeling.gronden.map((grond) => [grond.regel, grond.status, grond.soort])).toEqual([['herkomst.regio', status, 'criterium'], ...signaal]);
  });

  it('onbekende herkomst vraagt precies om gemeenteVanHerkomst', () => {
    const beoordeling = herkomst('Onbekend', 'almelo');
    expect(beoordeling.ontbrekendeGegevens).toEqual(['gemeenteVanHerkomst']);
    expect(beoordeling).toMatchObject({ herkomstsoort: 'onbekend', gemeente: null, bijzondereGemeente: null });
  });

  it('een bijzondere gemeente wordt als zodanig genoemd en heeft een bron', () => {
    const beoordeling = herkomst('Sint Eustatius', 'almelo');
    expect(beoordeling).toMatchObject({ herkomstsoort: 'bijzondere-gemeente', bijzondereGemeente: 'Sint Eustatius', gemeente: null });
    expect(beoordeling.gronden[0]!.toelichting).toContain('Sint Eustatius is een bijzondere gemeente');
    expect(beoordeling.gronden[0]!.bronnen.map((bron) => bron.document)).toContain('visie-mo-ijssel-vecht');
  });

  it('buitenland heeft geen gemeente en zegt dat in de toelichting', () => {
    const beoordeling = herkomst('Buitenland', 'twente');
    expect(beoordeling).toMatchObject({ herkomstsoort: 'buitenland', gemeente: null });
    expect(beoordeling.gronden[0]!.toelichting).toBe('De cliënt komt uit het buitenland en dus niet uit de regio Twente (centrumgemeenten Almelo en Enschede). De indeling van de regio is een interpretatie van ons. De bronnen beschrijven Twente voor beschermd wonen en de gezamenlijke uitstroomroute als de samenwerking van veertien gemeenten (praktijk). Welke veertien, noemt geen bron: wij lezen ze als de zes van de regio Almelo en de acht van de regio Enschede.');
  });

  it('een opgeheven gemeente telt als haar opvolger, en de herindeling wordt genoemd', () => {
    const beoordeling = herkomst('Weesp', 'almelo', '2022-03-24');
    expect(beoordeling).toMatchObject({
      uitkomst: 'buiten-regio',
      gemeente: { code: 'GM0363', naam: 'Amsterdam' },
      herindeling: { voormaligeGemeente: { code: 'GM0457', naam: 'Weesp' }, datum: '2022-03-24' },
    });
    expect(beoordeling.gronden[0]!.toelichting).toMatch(/^Weesp is op 24 maart 2022 opgegaan in Amsterdam\. Amsterdam \(GM0363\) hoort op 24 maart 2022 niet bij de regio Almelo/);
    expect(beoordeling.gronden[0]!.bronnen.map((bron) => bron.document)).toContain('cbs-gemeenten');
    expect(herkomst('Weesp', 'almelo', '2022-03-23')).toMatchObject({ gemeente: { code: 'GM0457', naam: 'Weesp' }, herindeling: null });
  });

  it('de toelichting noemt gemeente, code, datum en regio; in het Engels ook', () => {
    const [grond] = herkomst('Wierden', 'almelo', '2024-05-01').gronden;
    // Geen einddatum: '(2022 – 2026)' noemt geen dag, en een gekozen einde hoort niet als feit in de brief (audit rij 12).
    expect(grond!.toelichting).toBe('Wierden (GM0189) hoort op 1 mei 2024 bij de regio Almelo (centrumgemeente Almelo).');
    expect(grond!.toelichtingEn).toBe('Wierden (GM0189) belongs to the Almelo region (central municipality Almelo) on 1 May 2024.');
  });

  describe('de regio-indeling geldt per peildatum, aan beide kanten van elke grens', () => {
    it.each([
      ['almelo', 'Wierden', '2018-03-31', '2018-04-01'],
      ['enschede', 'Hengelo', '2019-12-31', '2020-01-01'],
      ['twente', 'Losser', '2016-12-31', '2017-01-01'],
      ['ijssel-vecht', 'Kampen', '2022-12-31', '2023-01-01'],
    ] as const)('%s: op %s geen indeling (fout op peildatum), op %s wel', (regio, gemeente, ervoor, vanaf) => {
      expect(() => herkomst(gemeente, regio, ervoor)).toThrow(BeleidNietInWerkingFout);
      const [fout] = veldfoutenVan(() => herkomst(gemeente, regio, ervoor));
      expect(fout).toMatchObject({ pad: 'peildatum' });
      expect(fout!.melding).toContain(`geen waarde voor 'regio.leden' van '${regio}' in werking op ${ervoor}`);
      expect(herkomst(gemeente, regio, vanaf).uitkomst).toBe('binnen-regio');
    });

    it('IJssel-Vecht in 2024 is een interpretatie en zegt dat; vanaf 2025-01-01 vastgesteld zonder voorbehoud', () => {
      const eind2024 = herkomst('Kampen', 'ijssel-vecht', '2024-12-31').gronden[0]!;
      expect(eind2024.toelichting).toContain('De indeling van de regio is een interpretatie van ons. Voor 2023 en 2024 is de samenstelling niet los bevestigd.');
      expect(eind2024.toelichting).not.toContain('1 januari 2025.');
      // Engels is Engels: de toelichting van de waarde heeft een Engelse tekst (audit rij 32).
      expect(eind2024.toelichtingEn).toContain('The composition of the region is an interpretation of ours. For 2023 and 2024 the membership is not separately confirmed.');
      expect(eind2024.toelichtingEn).not.toMatch(/in Dutch/);
      expect(eind2024.bronnen.map((bron) => bron.document)).toEqual(['centrumregeling-ijssel-vecht']);
      const begin2025 = herkomst('Kampen', 'ijssel-vecht', '2025-01-01').gronden[0]!;
      expect(begin2025.toelichting).toBe('Kampen (GM0166) hoort op 1 januari 2025 bij de regio IJssel-Vecht (centrumgemeente Zwolle).');
      expect(begin2025.bronnen.map((bron) => bron.document)).toEqual(['centrumregeling-ijssel-vecht']);
    });

    it('Twente zegt dat de indeling onze lezing is van veertien gemeenten die de bronnen niet noemen', () => {
      expect(herkomst('Losser', 'twente').gronden[0]!.toelichting).toContain('De indeling van de regio is een interpretatie van ons. De bronnen beschrijven Twente');
    });
  });

  it('een Date als peildatum telt als de Amsterdamse kalenderdatum', () => {
    // 2024-12-31T23:30Z is in Amsterdam al 1 januari 2025: vastgesteld, geen interpretatie meer.
    const beoordeling = herkomst('Kampen', 'ijssel-vecht', new Date('2024-12-31T23:30:00Z'));
    expect(beoordeling.peildatum).toBe('2025-01-01');
    expect(beoordeling.gronden[0]!.toelichting).not.toContain('interpretatie');
  });

  it('geeft regio, peildatum en geen beleid terug, en elke bron is herleidbaar', () => {
    const beoordeling = herkomst('Hardenberg', 'ijssel-vecht', '2025-02-02');
    expect(beoordeling).toMatchObject({ regel: 'herkomst', peildatum: '2025-02-02', beleid: null, regio: { id: 'ijssel-vecht', naam: 'regio IJssel-Vecht', centrumgemeente: 'Zwolle' } });
    expect(herkomst('Almelo', 'twente').regio.centrumgemeente).toBe('Almelo en Enschede');
    for (const bron of beoordeling.gronden.flatMap((grond) => grond.bronnen)) expect(zoekBrondocument(bron.document)).toBeDefined();
  });

  it('hoofdletters in het regio-id maken niet uit, zoals bij gemeentenamen; de beoordeling noemt het id in kleine letters', () => {
    const gewoon = herkomst('Hardenberg', 'ijssel-vecht', '2025-02-02');
    for (const schrijfwijze of ['IJssel-Vecht', 'IJSSEL-VECHT', 'ijssel-Vecht']) {
      expect(bepaalHerkomst({ gemeenteVanHerkomst: 'Hardenberg', regio: schrijfwijze, peildatum: '2025-02-02' })).toEqual(gewoon);
    }
    expect(bepaalHerkomst({ gemeenteVanHerkomst: 'Wierden', regio: 'ALMELO', peildatum: '2024-05-01' }).regio.id).toBe('almelo');
    // Een andere vorm blijft geen regio-id, ook niet met hoofdletters.
    expect(veldfoutenVan(() => bepaalHerkomst({ gemeenteVanHerkomst: 'Wierden', regio: 'IJssel Vecht', peildatum: '2024-05-01' })).map((fout) => fout.pad)).toEqual(['regio']);
  });

  it('werkt met diep bevroren invoer en wijzigt de invoer niet', () => {
    const invoer = diepBevroren({ gemeenteVanHerkomst: 'Tubbergen', regio: 'almelo', peildatum: '2024-01-01' } satisfies HerkomstInvoer);
    const kopie = structuredClone(invoer);
    expect(bepaalHerkomst(invoer).uitkomst).toBe('binnen-regio');
    expect(invoer).toEqual(kopie);
  });

  it('dezelfde invoer geeft hetzelfde antwoord', () => {
    expect(herkomst('Twenterand', 'almelo')).toEqual(herkomst('Twenterand', 'almelo'));
  });

  describe('onjuiste invoer is een fout met het pad, nooit een beslissing', () => {
    it.each([
      ['een tikfout in de gemeente', { gemeenteVanHerkomst: 'Almeloo', regio: 'almelo', peildatum: '2024-05-01' }, [{ pad: 'gemeenteVanHerkomst', melding: "onbekende gemeente 'Almeloo'; bedoelt u 'Almelo'?" }]],
      ['een onbekende regio', { gemeenteVanHerkomst: 'Almelo', regio: 'zwolle', peildatum: '2024-05-01' }, [{ pad: 'regio', melding: "onbekende regio; ingebouwd zijn 'almelo', 'enschede', 'twente', 'ijssel-vecht'; een eigen regio geeft u mee in opties.beleid" }]],
      ['een regio die geen id is', { gemeenteVanHerkomst: 'Almelo', regio: 'Regio Zwolle', peildatum: '2024-05-01' }, [{ pad: 'regio', melding: "moet een regio-id zijn: 'almelo', 'enschede', 'twente', 'ijssel-vecht', of een eigen regio uit het beleid" }]],
      ['een onbestaande datum', { gemeenteVanHerkomst: 'Almelo', regio: 'almelo', peildatum: '2026-02-30' }, [{ pad: 'peildatum', melding: 'is geen bestaande datum' }]],
      ['een lege gemeente', { gemeenteVanHerkomst: '  ', regio: 'almelo', peildatum: '2024-05-01' }, [{ pad: 'gemeenteVanHerkomst', melding: 'moet ten minste 1 teken(s) bevatten' }]],
      ['een gemeente als getal', { gemeenteVanHerkomst: 141, regio: 'almelo', peildatum: '2024-05-01' }, [{ pad: 'gemeenteVanHerkomst', melding: 'moet een tekst zijn' }]],
      ['een gemeente die nog niet bestond', { gemeenteVanHerkomst: 'Maashorst', regio: 'twente', peildatum: '2021-12-31' }, [{ pad: 'gemeenteVanHerkomst', melding: "gemeente 'Maashorst' bestond op 2021-12-31 nog niet (ontstaan op 2022-01-01)" }]],
      ['een onbekend veld', { gemeenteVanHerkomst: 'Almelo', regio: 'almelo', peildatum: '2024-05-01', gemeente: 'x' }, [{ pad: '', melding: 'bevat een onbekend veld' }]],
      ['geen object', 'Almelo', [{ pad: '', melding: 'moet een object zijn' }]],
    ])('%s', (_naam, invoer, fouten) => {
      expect(veldfoutenVan(() => bepaalHerkomst(invoer as never))).toEqual(fouten);
      expect(bepaalHerkomstVeilig(invoer as never)).toEqual({ succes: false, soort: 'ongeldige-invoer', fouten });
    });

    it('ontbrekende velden worden allemaal tegelijk gemeld', () => {
      expect(veldfoutenVan(() => bepaalHerkomst({} as never))).toEqual([
        { pad: 'gemeenteVanHerkomst', melding: 'ontbreekt' },
        { pad: 'regio', melding: 'ontbreekt' },
        { pad: 'peildatum', melding: 'ontbreekt' },
      ]);
    });
  });

  it('de veilige vorm geeft bij goede invoer dezelfde beoordeling', () => {
    const invoer: HerkomstInvoer = { gemeenteVanHerkomst: 'Wierden', regio: 'almelo', peildatum: '2024-05-01' };
    expect(bepaalHerkomstVeilig(invoer)).toEqual({ succes: true, beoordeling: bepaalHerkomst(invoer) });
  });
});

describe('landelijke toegankelijkheid zonder belofte voor wie uit het buitenland of Caribisch Nederland komt (audit december 2026, rij 7)', () => {
  it('een Nederlandse gemeente: "krijgt daar hulp"; buitenland en Bonaire: geen belofte, wel geen reden om te weigeren', () => {
    const signaal = (gemeenteVanHerkomst: string) => bepaalHerkomst({ gemeenteVanHerkomst, regio: 'almelo', peildatum: '2024-05-01' }).gronden.find((grond) => grond.regel === 'landelijke-toegankelijkheid')!;
    expect(signaal('Zwolle').toelichting).toContain('Wie zich bij een gemeente meldt, krijgt daar hulp.');
    for (const herkomst of ['buitenland', 'Bonaire']) {
      expect(signaal(herkomst).toelichting).toBe(
        'Van buiten de regio komen is op zich geen reden om eerste opvang te weigeren. Bij herkomst uit het buitenland of uit Caribisch Nederland hangt de hulp van meer af dan de regio. Dat toetst deze regel niet.',
      );
    }
  });
});
