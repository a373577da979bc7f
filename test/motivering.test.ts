import { describe, expect, it } from 'vitest';
import { beoordeelVersnelfonds, berekenWoningaanbod, beschrijfBron, bepaalHerkomst, motivering, type Beoordeling } from '../src/index.js';
import { veldfoutenVan } from './helpers.js';

describe('motivering', () => {
  it('schrijft als brief de uitkomst, peildatum en per criterium de naam, status, toelichting en bron, zonder technische namen', () => {
    const tekst = motivering(bepaalHerkomst({ gemeenteVanHerkomst: 'Wierden', regio: 'almelo', peildatum: '2024-05-01' }));
    expect(tekst.split('\n').slice(0, 5)).toEqual([
      'Herkomst: binnen de regio',
      'Peildatum: 1 mei 2024',
      '',
      'Gronden:',
      '- Herkomst uit de regio (voldaan): Wierden (GM0189) hoort op 1 mei 2024 bij de regio Almelo (centrumgemeente Almelo).',
    ]);
    expect(tekst).toContain('  Bron: Raadsbrief: verlenging regioplan Beschermd wonen en maatschappelijke opvang 2020-2023 tot en met december 2025 (Gemeente Almelo, 2024), De samenwerking: "');
    expect(tekst).not.toContain('herkomst.regio');
    expect(tekst).not.toContain('Ontbrekende gegevens');
    expect(tekst).not.toContain('Aandachtspunten');
  });

  it('de technische vorm noemt de ids van criteria en velden', () => {
    const beoordeling = bepaalHerkomst({ gemeenteVanHerkomst: 'onbekend', regio: 'almelo', peildatum: '2024-05-01' });
    const tekst = motivering(beoordeling, { vorm: 'technisch' });
    expect(tekst).toContain('- herkomst.regio (onbekend): ');
    expect(tekst.endsWith('\n\nOntbrekende gegevens: gemeenteVanHerkomst')).toBe(true);
    expect(motivering(beoordeling).endsWith('\n\nOntbrekende gegevens: de gemeente van herkomst')).toBe(true);
  });

  it("het verslag is de standaard; 'brief' is zijn oude naam en geeft dezelfde tekst", () => {
    const beoordeling = bepaalHerkomst({ gemeenteVanHerkomst: 'Zwolle', regio: 'almelo', peildatum: '2024-05-01' });
    expect(motivering(beoordeling, { vorm: 'verslag' })).toBe(motivering(beoordeling));
    expect(motivering(beoordeling, { vorm: 'brief' })).toBe(motivering(beoordeling));
    expect(motivering(beoordeling, { vorm: 'technisch' })).not.toBe(motivering(beoordeling));
  });

  it('signalen staan apart onder Aandachtspunten', () => {
    const tekst = motivering(bepaalHerkomst({ gemeenteVanHerkomst: 'Zwolle', regio: 'almelo', peildatum: '2024-05-01' }));
    const [gronden, aandachtspunten] = tekst.split('\n\nAandachtspunten:\n');
    expect(gronden).toContain('- Herkomst uit de regio (niet voldaan): Zwolle (GM0193) hoort op 1 mei 2024 niet bij de regio Almelo');
    // Een signaal telt niet mee in de uitkomst: in de brief zonder "(voldaan)" (audit rij 30); technisch met status.
    expect(aandachtspunten).toMatch(/^- Landelijke toegankelijkheid: Van buiten de regio komen is geen reden om eerste opvang te weigeren\./);
    expect(motivering(bepaalHerkomst({ gemeenteVanHerkomst: 'Zwolle', regio: 'almelo', peildatum: '2024-05-01' }), { vorm: 'technisch' })).toContain('\n- landelijke-toegankelijkheid (voldaan): ');
    expect(aandachtspunten).toContain('Wet maatschappelijke ondersteuning 2015 (Rijksoverheid, 2015), art. 1.2.1 onder b (landelijke toegankelijkheid): "tot welke hij zich wendt"');
    expect(gronden).not.toContain('tot welke hij zich wendt');
  });

  it('in het Engels, met ontbrekende gegevens en de grondslag van een niet-vastgestelde indeling', () => {
    const tekst = motivering(bepaalHerkomst({ gemeenteVanHerkomst: 'onbekend', regio: 'ijssel-vecht', peildatum: '2024-03-01' }), { taal: 'en' });
    expect(tekst).toMatch(/^Origin: more information needed\nReference date: 1 March 2024\n\nGrounds:\n- Origin in the region \(unknown\): The municipality of origin is unknown/);
    // Bij een onbekende herkomst is de indeling niet toegepast, en dus niet geciteerd.
    expect(tekst).not.toContain('Source: Centrumregeling regio IJssel-Vecht');
    expect(tekst.endsWith('\n\nMissing information: the municipality of origin')).toBe(true);
    const kampen = motivering(bepaalHerkomst({ gemeenteVanHerkomst: 'Kampen', regio: 'ijssel-vecht', peildatum: '2024-03-01' }), { taal: 'en' });
    expect(kampen).toContain('The composition of the region is an interpretation of ours. For 2023 and 2024 the membership is not separately confirmed.');
    expect(kampen).toContain('  Source: Centrumregeling regio IJssel-Vecht');
  });

  it('werkt ook na JSON heen en terug, en voor een onbekende regel met beleid', () => {
    const beoordeling = JSON.parse(JSON.stringify(bepaalHerkomst({ gemeenteVanHerkomst: 'Saba', regio: 'twente', peildatum: '2025-03-01' }))) as Beoordeling<string>;
    expect(motivering(beoordeling)).toContain('Herkomst: buiten de regio');
    const eigen: Beoordeling<string> = {
      regel: 'eigen-regel',
      uitkomst: 'ja',
      gronden: [
        {
          regel: 'eigen.a',
          status: 'voldaan',
          toelichting: 'ja',
          toelichtingEn: 'yes',
          bronnen: [{ document: 'onbekend-document', onderdeel: '§1' }],
          soort: 'criterium',
          basis: { status: 'voornemen', toelichting: 'Uit een plan.', toelichtingEn: 'From a plan.', bronnen: [], beleid: null },
          interpretaties: [{ id: 'eigen.keuze', soort: 'interpretatie', toelichting: 'Onze keuze.', toelichtingEn: 'Our choice.', beleid: null, bronnen: [] }],
        },
      ],
      ontbrekendeGegevens: [],
      peildatum: null,
      beleid: { id: 'gemeente-x', versie: '3', naam: 'Gemeente X' },
      toegepasteWaarden: [],
      uitgeslotenWaarden: [],
      eigenDocumenten: [],
      pakketversie: '0.0.0',
    };
    expect(motivering(eigen).split('\n')).toEqual([
      'eigen-regel: ja',
      'Beleid: Gemeente X (versie 3)',
      '',
      'Gronden:',
      '- eigen.a (voldaan): ja',
      '  Grondslag: voornemen. Uit een plan.',
      '  Interpretatie: Onze keuze.',
      '  Bron: onbekend-document, §1',
    ]);
    expect(motivering(eigen, { vorm: 'technisch' }).split('\n')[1]).toBe('Beleid: gemeente-x (versie 3)');
    expect(motivering(eigen, { taal: 'en' })).toContain('- eigen.a (met): yes');
  });

  it('een regel- of uitkomstnaam die ook een eigenschap van Object is, wordt gewoon als tekst getoond', () => {
    const vreemd: Beoordeling<string> = { regel: 'toString', uitkomst: 'constructor', gronden: [], ontbrekendeGegevens: [], peildatum: null, beleid: null, toegepasteWaarden: [], uitgeslotenWaarden: [], eigenDocumenten: [], pakketversie: '0.0.0' };
    expect(motivering(vreemd).split('\n')[0]).toBe('toString: constructor');
    const herkomst = { ...bepaalHerkomst({ gemeenteVanHerkomst: 'Saba', regio: 'twente', peildatum: '2025-03-01' }), uitkomst: 'toString' };
    expect(motivering(herkomst as Beoordeling<string>).split('\n')[0]).toBe('Herkomst: toString');
  });

  it('noemt een duur, datum en aantal dagen alleen als ze de juiste vorm hebben (ook na JSON heen en terug)', () => {
    const basis: Beoordeling<string> = { regel: 'verblijfstermijn', uitkomst: 'binnen-termijn', gronden: [], ontbrekendeGegevens: [], peildatum: null, beleid: null, toegepasteWaarden: [], uitgeslotenWaarden: [], eigenDocumenten: [], pakketversie: '0.0.0' };
    const goed = { ...basis, maximaleDuur: { aantal: 1, eenheid: 'weken' }, uiterlijkeVertrekdatum: '2026-05-15', resterendeDagen: 3 };
    expect(motivering(goed).split('\n').slice(1, 4)).toEqual(['Maximale verblijfsduur: 1 week', 'Uiterlijke vertrekdatum: 15 mei 2026', 'Resterende dagen: 3']);
    const fout = { ...basis, maximaleDuur: { aantal: 1, eenheid: 'jaren' }, uiterlijkeVertrekdatum: '2026-02-30', resterendeDagen: 1.5 };
    const leeg = { ...basis, maximaleDuur: null, uiterlijkeVertrekdatum: null, resterendeDagen: null };
    for (const beoordeling of [fout, leeg, { ...basis, maximaleDuur: 'lang' }]) expect(motivering(beoordeling).split('\n')).toHaveLength(1);
  });

  it('beschrijfBron geeft titel, uitgever, jaar, onderdeel en citaat', () => {
    expect(beschrijfBron({ document: 'wmo-2015', onderdeel: 'art. 1.2.1 onder b', citaat: 'tot welke hij zich wendt' })).toBe(
      'Wet maatschappelijke ondersteuning 2015 (Rijksoverheid, 2015), art. 1.2.1 onder b: "tot welke hij zich wendt"',
    );
  });

  it('beschrijfBron leest alleen een eigen citaat (een vervuild Object.prototype voegt er geen toe)', () => {
    Object.defineProperty(Object.prototype, 'citaat', { value: 'VERVUILD', configurable: true, writable: true });
    try {
      expect(beschrijfBron({ document: 'wmo-2015', onderdeel: 'art. 1.2.1 onder b' })).toBe('Wet maatschappelijke ondersteuning 2015 (Rijksoverheid, 2015), art. 1.2.1 onder b');
    } finally {
      delete (Object.prototype as { citaat?: unknown }).citaat;
    }
  });

  it('een beoordeling of opties die niet kloppen, zijn een OngeldigeInvoerFout met pad, nooit een TypeError', () => {
    const beoordeling = bepaalHerkomst({ gemeenteVanHerkomst: 'Wierden', regio: 'almelo', peildatum: '2024-05-01' });
    expect(veldfoutenVan(() => motivering({ ...beoordeling, gronden: undefined } as never))).toEqual([{ pad: 'gronden', melding: 'ontbreekt' }]);
    expect(veldfoutenVan(() => motivering({ ...beoordeling, gronden: [{ ...beoordeling.gronden[0], status: 'ja' }] } as never))).toEqual([
      { pad: 'gronden.0.status', melding: "moet een van 'voldaan', 'niet-voldaan', 'onbekend', 'niet-van-toepassing' zijn" },
    ]);
    expect(veldfoutenVan(() => motivering(beoordeling, { taal: 'de' } as never))).toEqual([{ pad: 'opties.taal', melding: "moet een van 'nl', 'en' zijn" }]);
  });
});

describe('de brief herhaalt zich niet', () => {
  it('een grondslag of bron die al eerder in de brief stond, staat er de tweede keer kort; de technische vorm houdt alles voluit', () => {
    const beoordeling = beoordeelVersnelfonds({
      ingediendOp: '2025-04-05T14:30:00+02:00',
      vorm: 'gift',
      bedragInCenten: 80_000,
      gemeenteVanHerkomst: 'Wierden',
      voorliggendeVoorzieningenBenut: true,
      voorkomtOfVerkortOpvang: true,
      verwachteBesparingInCenten: 90_000,
      schulden: false,
    });
    const brief = motivering(beoordeling).split('\n');
    const grondslagen = brief.filter((regel) => regel.startsWith('  Grondslag: '));
    expect(grondslagen[0]).toMatch(/^ {2}Grondslag: voornemen\. De criteria komen uit de ketenaanpak van de centrumregio Almelo \(2019\): een plan voor 2020\..* \(bron: .*Beleidsshift: opvang nieuwe stijl: "Dat alles heeft geleid tot een zestal integrale oplossingen/);
    expect(grondslagen.slice(1).every((regel) => regel === '  Grondslag: voornemen, zoals hierboven.')).toBe(true);
    // De schuldengrond is niet van toepassing: zijn grondslag droeg niets bij en staat er niet.
    // Het signaal over de bevoegdheid rust op dezelfde grondslag, en staat er dus ook (kort).
    expect(grondslagen).toHaveLength(beoordeling.gronden.filter((grond) => grond.status !== 'niet-van-toepassing').length);
    // Elke bron staat er één keer; de bronnen van de looptijd (het regioplan tot en met december 2025)
    // onderbouwen een gekozen datum, niet een criterium, en staan niet in de brief (audit rij 21).
    const bronnen = brief.filter((regel) => regel.startsWith('  Bron: '));
    expect(new Set(bronnen).size).toBe(bronnen.length);
    expect(brief.join('\n')).not.toContain('verlengen met twee jaar');
    expect(brief.join('\n')).not.toContain('Een belangrijke pijler uit het Regioplan');
    expect(brief.join('\n')).not.toMatch(/geldt tot 1 januari 2026/);
    const technisch = motivering(beoordeling, { vorm: 'technisch' }).split('\n');
    expect(technisch.some((regel) => regel.includes('zoals hierboven'))).toBe(false);
  });
});

describe('de kop van de motivering noemt wat bij de uitkomst past (audit december 2026, rij 27)', () => {
  it('geen "Toekenbaar bedrag" vóór een toekenning, en geen "Resterende dagen" nadat een woning is aangeboden', () => {
    const aanvraag = { ingediendOp: '2025-04-05T14:30:00+02:00', vorm: 'gift', bedragInCenten: 80_000, gemeenteVanHerkomst: 'Wierden', voorliggendeVoorzieningenBenut: true, voorkomtOfVerkortOpvang: true, verwachteBesparingInCenten: 90_000, schulden: false } as const;
    expect(motivering(beoordeelVersnelfonds(aanvraag))).toContain('\nToekenbaar bedrag: € 800,00\n');
    const aanvullen = beoordeelVersnelfonds({ ...aanvraag, verwachteBesparingInCenten: 'onbekend' });
    expect(aanvullen.uitkomst).toBe('aanvullen');
    expect(motivering(aanvullen)).not.toContain('Toekenbaar bedrag');
    const afwijzen = beoordeelVersnelfonds({ ...aanvraag, gemeenteVanHerkomst: 'Zwolle' });
    expect(motivering(afwijzen)).not.toContain('Toekenbaar bedrag');
    const uitstromer = { regio: 'almelo', aangemeldOp: '2025-11-03', peildatum: '2026-03-16' } as const;
    const loopt = motivering(berekenWoningaanbod({ ...uitstromer, woningAangeboden: false }));
    expect(loopt).toContain('\nUiterlijke aanboddatum: 3 mei 2026\nResterende dagen: 48');
    const aangeboden = motivering(berekenWoningaanbod({ ...uitstromer, woningAangeboden: true }));
    expect(aangeboden).toContain('\nUiterlijke aanboddatum: 3 mei 2026');
    expect(aangeboden).not.toContain('Resterende dagen');
  });
});
