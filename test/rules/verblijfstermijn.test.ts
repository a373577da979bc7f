import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BeleidNietInWerkingFout,
  classificeerSituatie,
  berekenVerblijfstermijn,
  berekenVerblijfstermijnVeilig,
  dagenTussen,
  defineBeleid,
  INGEBOUWD_BELEID,
  motivering,
  OPVANGVORMEN,
  telDuurOp,
  zoekBrondocument,
  type Beleid,
  type Grond,
  type VerblijfstermijnInvoer,
} from '../../src/index.js';
import { diepBevroren, veldfoutenVan } from '../helpers.js';

const buitenRegio: VerblijfstermijnInvoer = { regio: 'ijssel-vecht', opvangvorm: 'acute-opvang', startdatum: '2026-05-03', gemeenteVanHerkomst: 'Almelo', peildatum: '2026-05-04' };
const uitRegio: VerblijfstermijnInvoer = { ...buitenRegio, gemeenteVanHerkomst: 'Zwolle' };
const almelo: VerblijfstermijnInvoer = { regio: 'almelo', opvangvorm: '24-uursopvang', aanbieder: 'Humanitas Onder Dak', startdatum: '2026-05-31', peildatum: '2026-06-01' };
const ALLES = { uitgeslotenStatussen: [] } as const;

/** De grond met dit id, of een fout als hij ontbreekt. */
function grond(gronden: readonly Grond[], regel: string): Grond {
  const gevonden = gronden.find((kandidaat) => kandidaat.regel === regel);
  if (!gevonden) throw new Error(`grond '${regel}' ontbreekt; wel: ${gronden.map((kandidaat) => kandidaat.regel).join(', ')}`);
  return gevonden;
}

const regels = (gronden: readonly Grond[]) => gronden.map((kandidaat) => kandidaat.regel);

/** Een eigen beleid voor Enschede met een (fictieve) termijn voor de nachtopvang. */
function enschedeBeleid(extra: Partial<Beleid['parameters']> = {}): Beleid {
  return defineBeleid({
    id: 'voorbeeld-enschede',
    versie: '1',
    naam: 'Voorbeeld Enschede',
    parameters: {
      'verblijfsduur.regio': [{ vanaf: '2026-01-01', waarde: 'enschede', status: 'vastgesteld', bronnen: [{ document: 'regio-enschede-beschermd-wonen', onderdeel: 'Voorbeeld' }] }],
      'verblijfsduur.nachtopvang': [{ vanaf: '2026-01-01', waarde: { aantal: 5, eenheid: 'nachten' }, status: 'vastgesteld', bronnen: [{ document: 'regio-enschede-beschermd-wonen', onderdeel: 'Voorbeeld' }] }],
      ...extra,
    },
  });
}

describe('berekenVerblijfstermijn', () => {
  it('van buiten de regio: de toelichting noemt de duur, de eerste dag, de vertrekdatum en de rest; de zin over de praktijk komt van de waarde', () => {
    const buiten = berekenVerblijfstermijn(buitenRegio);
    const termijn = grond(buiten.gronden, 'verblijfstermijn.termijn');
    expect(termijn.toelichting).toMatch(
      /^Voor cliënten van buiten de regio is de maximale verblijfsduur in de acute opvang van de regio IJssel-Vecht 2 nachten\. De bron noemt geen datums voor deze termijn; volgens de looptijd die daarom gekozen is, gold zij op de eerste dag van het verblijf, 3 mei 2026\. Zij geldt voor het hele verblijf\. De uiterlijke vertrekdatum is 5 mei 2026\. Op de peildatum, 4 mei 2026, resteert nog 1 dag\. De maximale verblijfsduur is de werkwijze die de bron beschrijft \(praktijk\), geen vastgesteld beleid\./,
    );
    expect(termijn.bronnen.map((bron) => bron.onderdeel)).toEqual(['9.1 Opvang van mensen buiten de regio']);
    // Een begindatum die de bron zelf noemt, is een feit: dan "Die termijn gold op de eerste dag" (eigen beleid zonder datumkeuze).
    const bron = [{ document: 'centrumregeling-ijssel-vecht', onderdeel: 'Voorbeeld' }];
    const vastgesteld = defineBeleid({
      id: 'termijn-met-datum',
      versie: '1',
      naam: 'Termijn met een datum uit de bron',
      documenten: [],
      regios: {},
      parameters: {
        'verblijfsduur.regio': [{ vanaf: '2024-01-01', waarde: 'ijssel-vecht', status: 'vastgesteld', bronnen: bron }],
        'verblijfsduur.nachtopvang': [{ vanaf: '2024-01-01', waarde: { aantal: 5, eenheid: 'nachten' }, status: 'vastgesteld', bronnen: bron }],
      },
    });
    const metDatum = grond(berekenVerblijfstermijn({ ...buitenRegio, opvangvorm: 'nachtopvang' }, { beleid: vastgesteld }).gronden, 'verblijfstermijn.termijn');
    expect(metDatum.toelichting).toContain('Die termijn gold op de eerste dag van het verblijf, 3 mei 2026, en geldt voor het hele verblijf.');
    expect(termijn.interpretaties.map((keuze) => keuze.id)).toEqual([
      'verblijfstermijn.termijn-op-startdatum',
      'verblijfstermijn.laatste-dag-binnen',
      'verblijfstermijn.nachten-als-dagen',
    ]);
    expect(termijn.toelichting).toContain('De Herberg lezen wij als de regionale acute opvang: de visie noemt haar als voorbeeld daarvan.');
    expect(buiten.statusVanDuur).toBe('praktijk');
    expect(buiten.toegepasteWaarden.map((waarde) => waarde.parameter)).toEqual(['regio.ijssel-vecht.leden', 'verblijfsduur.acute-opvang.buiten-regio', 'verblijfsduur.regio']);
    expect(buiten.uitgeslotenWaarden).toEqual([]);
    expect(regels(buiten.gronden)).toEqual(['verblijfstermijn.herkomst', 'verblijfstermijn.termijn', 'landelijke-toegankelijkheid']);
    expect(grond(buiten.gronden, 'landelijke-toegankelijkheid').soort).toBe('signaal');
  });

  it('de herkomstgrond zegt welke termijn telt, citeert de regio-indeling en noemt de keuze voor de peildatum', () => {
    const herkomst = grond(berekenVerblijfstermijn(buitenRegio).gronden, 'verblijfstermijn.herkomst');
    expect(herkomst.status).toBe('niet-voldaan');
    expect(herkomst.toelichting).toBe('Almelo (GM0141) hoort op 4 mei 2026 niet bij de regio IJssel-Vecht (centrumgemeente Zwolle). Daarom gaat het om de termijn voor cliënten van buiten de regio.');
    expect(herkomst.bronnen.map((bron) => bron.document)).toEqual(['centrumregeling-ijssel-vecht']);
    expect(herkomst.interpretaties.map((keuze) => keuze.id)).toEqual(['verblijfstermijn.herkomst-op-peildatum']);
    const uit = grond(berekenVerblijfstermijn(uitRegio).gronden, 'verblijfstermijn.herkomst');
    expect(uit.status).toBe('voldaan');
    expect(uit.toelichting).toMatch(/hoort op 4 mei 2026 bij de regio IJssel-Vecht .*Daarom gaat het om de termijn voor cliënten uit de regio\.$/);
  });

  describe('de 8 weken van IJssel-Vecht zijn een ambitie', () => {
    it('standaard: uit de regio geen termijn, ook na 8 weken, met een signaal dat de ambitie noemt en citeert', () => {
      for (const peildatum of ['2026-05-03', '2026-06-28', '2026-06-29', '2027-05-03']) {
        const beoordeling = berekenVerblijfstermijn({ ...uitRegio, peildatum });
        expect(beoordeling, peildatum).toMatchObject({ uitkomst: 'geen-termijn', maximaleDuur: null, statusVanDuur: null, uiterlijkeVertrekdatum: null, resterendeDagen: null });
      }
      const beoordeling = berekenVerblijfstermijn({ ...uitRegio, peildatum: '2026-06-29' });
      expect(regels(beoordeling.gronden)).toEqual(['verblijfstermijn.herkomst', 'verblijfstermijn.termijn', 'verblijfstermijn.niet-toegepaste-waarde', 'verblijfstermijn.regelen-in-acute-opvang']);
      const signaal = grond(beoordeling.gronden, 'verblijfstermijn.niet-toegepaste-waarde');
      expect(signaal).toMatchObject({ soort: 'signaal', status: 'voldaan' });
      expect(signaal.toelichting).toContain('een maximale verblijfsduur van 8 weken. Dat is een ambitie, geen geldende termijn. Daarom is die niet toegepast.');
      expect(signaal.toelichting).toContain('2032');
      expect(signaal.bronnen.map((bron) => bron.onderdeel)).toContain('Bijlage 2 (ambities en doelen)');
      expect(beoordeling.uitgeslotenWaarden).toEqual([expect.objectContaining({ parameter: 'verblijfsduur.acute-opvang', status: 'ambitie', waarde: { aantal: 8, eenheid: 'weken' }, beleid: 'ijssel-vecht' })]);
      expect(beoordeling.toegepasteWaarden.map((waarde) => waarde.parameter)).not.toContain('verblijfsduur.acute-opvang');
      const termijn = grond(beoordeling.gronden, 'verblijfstermijn.termijn');
      expect(termijn.status).toBe('niet-van-toepassing');
      expect(termijn.toelichting).toContain('zie de aandachtspunten');
      // De termijngrond citeert geen getal dat niet geldt, en zeker niet de 9 maanden van Almelo.
      expect(termijn.bronnen).toEqual([]);
      expect(motivering(beoordeling)).toMatch(/Aandachtspunten:\n- Niet toegepaste termijn[^:\n]*: Het beleid noemt/);
    });

    it('met uitgeslotenStatussen [] gelden de 8 weken weer: binnen tot en met de 56e dag, verstreken de dag erna', () => {
      expect(berekenVerblijfstermijn({ ...uitRegio, peildatum: '2026-06-28' }, ALLES)).toMatchObject({ uitkomst: 'binnen-termijn', resterendeDagen: 0, uiterlijkeVertrekdatum: '2026-06-28', statusVanDuur: 'ambitie' });
      const verstreken = berekenVerblijfstermijn({ ...uitRegio, peildatum: '2026-06-29' }, ALLES);
      expect(verstreken).toMatchObject({ uitkomst: 'termijn-verstreken', resterendeDagen: -1, maximaleDuur: { aantal: 8, eenheid: 'weken' }, uitgeslotenWaarden: [] });
      expect(regels(verstreken.gronden)).toEqual(['verblijfstermijn.herkomst', 'verblijfstermijn.termijn', 'verblijfstermijn.regelen-in-acute-opvang']);
      const termijn = grond(verstreken.gronden, 'verblijfstermijn.termijn');
      expect(termijn.toelichting).toContain('De maximale verblijfsduur is een ambitie, geen geldende regel. Zij is toegepast omdat de aanvraag vroeg om ook ambities toe te passen.');
      expect(termijn.interpretaties.map((keuze) => keuze.id)).toContain('verblijfstermijn.weken-als-dagen');
      expect(termijn.toelichting).not.toContain('Herberg');
      expect(verstreken.toegepasteWaarden.map((waarde) => waarde.parameter)).toContain('verblijfsduur.acute-opvang');
    });

    it('alleen de ambitie uitsluiten werkt als de standaard; van buiten de regio blijven de 2 nachten gelden', () => {
      expect(berekenVerblijfstermijn(uitRegio, { uitgeslotenStatussen: ['ambitie'] })).toEqual(berekenVerblijfstermijn(uitRegio));
      expect(berekenVerblijfstermijn(buitenRegio)).toMatchObject({ uitkomst: 'binnen-termijn', maximaleDuur: { aantal: 2, eenheid: 'nachten' } });
    });
  });

  describe('buitenland en bijzondere gemeenten komen van buiten de regio en krijgen de 2 nachten (audit rij 8)', () => {
    it.each(['Bonaire', 'Sint Eustatius', 'Saba', 'buitenland'])('%s: de 2 nachten, met een signaal over de groep en landelijke toegankelijkheid zonder belofte van hulp', (gemeenteVanHerkomst) => {
      const beoordeling = berekenVerblijfstermijn({ ...buitenRegio, gemeenteVanHerkomst, startdatum: '2026-07-01', peildatum: '2026-07-04' });
      // Op de vierde dag verstreken, zoals voor wie uit Almelo komt (vóór deze wijziging: geen termijn).
      expect(beoordeling).toMatchObject({ uitkomst: 'termijn-verstreken', maximaleDuur: { aantal: 2, eenheid: 'nachten' }, uiterlijkeVertrekdatum: '2026-07-03', resterendeDagen: -1, gemeente: null });
      expect(berekenVerblijfstermijn({ ...buitenRegio, gemeenteVanHerkomst, startdatum: '2026-07-01', peildatum: '2026-07-03' })).toMatchObject({ uitkomst: 'binnen-termijn', resterendeDagen: 0 });
      expect(regels(beoordeling.gronden)).toEqual(['verblijfstermijn.herkomst', 'verblijfstermijn.termijn', 'verblijfstermijn.aandachtsgroep', 'landelijke-toegankelijkheid']);
      // Van buiten de regio is geen reden om te weigeren (SPEC §4.1), maar voor deze groepen zonder belofte (audit rij 7).
      expect(grond(beoordeling.gronden, 'landelijke-toegankelijkheid').toelichting).toContain('hangt de hulp van meer af dan de regio');
      const signaal = grond(beoordeling.gronden, 'verblijfstermijn.aandachtsgroep');
      expect(signaal).toMatchObject({ soort: 'signaal', basis: { status: 'vastgesteld' } });
      // Dezelfde grondslag als het signaal van de situatieregel over deze groepen (audit rij 24).
      expect(signaal.basis).toEqual(classificeerSituatie({ woonsituatie: 'nachtopvang', doelgroepen: ['remigrant'] }).gronden.find((kandidaat) => kandidaat.regel === 'situatie.aandachtsgroep')!.basis);
      expect(signaal.bronnen[0]).toEqual({
        document: 'visie-mo-ijssel-vecht',
        onderdeel: '9.2 Andere groepen die gebruik maken van de opvang',
        citaat: 'Er zijn drie doelgroepen die landelijk extra aandacht vragen omdat de wet- en regelgeving hier onvoldoende in voorziet.',
      });
      // Een signaal, geen grond voor een uitzondering; en geen belofte van hulp bij elke gemeente (audit rij 7).
      expect(signaal.toelichting).not.toMatch(/Daarom/);
      expect(signaal.toelichting).toContain('Dit signaal verandert de termijn niet');
      expect(signaal.basis.toelichting).not.toMatch(/niet opgenomen|geen besluit/);
      for (const kandidaat of beoordeling.gronden) expect(kandidaat.toelichting).not.toContain('krijgt daar hulp');
      const herkomst = grond(beoordeling.gronden, 'verblijfstermijn.herkomst');
      expect(herkomst.status).toBe('niet-voldaan');
      expect(herkomst.toelichting).toContain('Daarom gaat het om de termijn voor cliënten van buiten de regio.');
      // Onze lezing, als lezing gelabeld.
      expect(herkomst.interpretaties).toEqual([expect.objectContaining({ id: 'verblijfstermijn.buitenland-als-buiten-regio', soort: 'interpretatie' })]);
      expect(beoordeling.toegepasteWaarden.map((waarde) => waarde.parameter)).toContain('verblijfsduur.acute-opvang.buiten-regio');
    });

    it('het signaal bij het buitenland citeert ook de remigranten en zegt dat de invoer niet zegt of de cliënt daarbij hoort', () => {
      const signaal = grond(berekenVerblijfstermijn({ ...buitenRegio, gemeenteVanHerkomst: 'buitenland' }).gronden, 'verblijfstermijn.aandachtsgroep');
      expect(signaal.bronnen.map((bron) => bron.onderdeel)).toEqual(['9.2 Andere groepen die gebruik maken van de opvang', '9.2 Andere groepen die gebruik maken van de opvang, Remigranten']);
      expect(signaal.toelichting).toContain("Of de cliënt tot zo'n groep hoort, zegt de invoer niet.");
      const bonaire = grond(berekenVerblijfstermijn({ ...buitenRegio, gemeenteVanHerkomst: 'Bonaire' }).gronden, 'verblijfstermijn.aandachtsgroep');
      expect(bonaire.toelichting).toMatch(/^De cliënt komt uit Bonaire, een bijzondere gemeente\./);
    });

    it('van buiten de regio uit een Nederlandse gemeente: wel landelijke toegankelijkheid, geen signaal over de groepen', () => {
      const beoordeling = berekenVerblijfstermijn(buitenRegio);
      expect(regels(beoordeling.gronden)).toContain('landelijke-toegankelijkheid');
      expect(regels(beoordeling.gronden)).not.toContain('verblijfstermijn.aandachtsgroep');
    });

    it('met uitgeslotenStatussen [] blijven het 2 nachten (de waarde voor buiten de regio gaat voor de 8 weken)', () => {
      const beoordeling = berekenVerblijfstermijn({ ...buitenRegio, gemeenteVanHerkomst: 'Bonaire', startdatum: '2026-07-01', peildatum: '2026-07-04' }, ALLES);
      expect(beoordeling).toMatchObject({ uitkomst: 'termijn-verstreken', maximaleDuur: { aantal: 2, eenheid: 'nachten' }, uiterlijkeVertrekdatum: '2026-07-03' });
    });

    it('waar de herkomst de termijn niet bepaalt, is er geen signaal over deze groepen: in Almelo gelden de 9 maanden van Humanitas Onder Dak voor iedereen', () => {
      const beoordeling = berekenVerblijfstermijn({ ...almelo, gemeenteVanHerkomst: 'Bonaire' });
      expect(beoordeling).toMatchObject({ uitkomst: 'binnen-termijn', maximaleDuur: { aantal: 9, eenheid: 'maanden' } });
      expect(regels(beoordeling.gronden)).toEqual(['verblijfstermijn.herkomst', 'verblijfstermijn.termijn']);
    });
  });

  describe('de termijn die op de startdatum gold, geldt voor het hele verblijf', () => {
    it('een verblijf dat begon voordat de 2 nachten golden (4 juli 2023), heeft geen termijn, ook op en na de dag dat ze ingaan; de grond zegt dat die datum gekozen is (audit rij 10 en 11)', () => {
      const utrecht = { ...buitenRegio, gemeenteVanHerkomst: 'Utrecht', startdatum: '2023-07-03' };
      for (const peildatum of ['2023-07-03', '2023-07-04', '2023-07-07', '2024-06-01']) {
        expect(berekenVerblijfstermijn({ ...utrecht, peildatum }).uitkomst, peildatum).toBe('geen-termijn');
      }
      const termijn = grond(berekenVerblijfstermijn({ ...utrecht, peildatum: '2023-07-07' }).gronden, 'verblijfstermijn.termijn');
      expect(termijn.toelichting).toBe(
        'Het verblijf begon op 3 juli 2023. Deze regels laten een termijn van 2 nachten voor cliënten van buiten de regio in de acute opvang van de regio IJssel-Vecht ingaan op 4 juli 2023. De bron noemt geen begindatum; die datum is gekozen. Voor een verblijf dat eerder begon, rekenen zij geen termijn. Er geldt dus geen termijn voor dit verblijf.',
      );
      // Nooit meer als feit: "Op die dag gold nog geen maximale verblijfsduur".
      expect(termijn.toelichting).not.toContain('gold');
      expect(termijn.interpretaties.map((keuze) => keuze.id)).toEqual(['verblijfstermijn.termijn-op-startdatum']);
      // Onder een eigen beleid koos dat beleid de datum: dan "Het beleid laat", niet "Deze regels laten".
      const bron = [{ document: 'centrumregeling-ijssel-vecht', onderdeel: 'Voorbeeld' }];
      const eigen = defineBeleid({
        id: 'eigen-gekozen-datum',
        versie: '1',
        naam: 'Eigen beleid met een gekozen begindatum',
        documenten: [],
        regios: {},
        parameters: {
          'verblijfsduur.regio': [{ vanaf: '2024-01-01', waarde: 'ijssel-vecht', status: 'vastgesteld', bronnen: bron }],
          'verblijfsduur.nachtopvang': [{ vanaf: '2024-06-01', waarde: { aantal: 5, eenheid: 'nachten' }, status: 'vastgesteld', bronnen: bron, datumkeuze: 'Gekozen: de eerste dag na de bekendmaking.' }],
        },
      });
      const eigenTekst = grond(berekenVerblijfstermijn({ ...utrecht, opvangvorm: 'nachtopvang', startdatum: '2024-05-01', peildatum: '2024-05-03' }, { beleid: eigen }).gronden, 'verblijfstermijn.termijn').toelichting;
      expect(eigenTekst).toContain('Het beleid laat een termijn van 5 nachten in de nachtopvang');
      expect(eigenTekst).toContain('Voor een verblijf dat eerder begon, rekent het beleid geen termijn.');
      // Op de eerste dag van de 2 nachten begonnen: die gelden.
      expect(berekenVerblijfstermijn({ ...utrecht, startdatum: '2023-07-04', peildatum: '2023-07-07' })).toMatchObject({ uitkomst: 'termijn-verstreken', uiterlijkeVertrekdatum: '2023-07-06', resterendeDagen: -1 });
    });

    it('de begindatum van de 2 nachten is niet meer 22 juni 2023: de tekst meldt zelf het overleg van 4 juli 2023 (audit rij 11)', () => {
      const [periode] = INGEBOUWD_BELEID['ijssel-vecht'].parameters['verblijfsduur.acute-opvang.buiten-regio'] ?? [];
      expect(periode).toMatchObject({ vanaf: '2023-07-04', status: 'praktijk' });
      expect(periode?.datumkeuze).toContain('4 juli 2023');
      expect(periode?.datumkeuze).not.toContain('22 juni');
      expect(berekenVerblijfstermijn({ ...buitenRegio, gemeenteVanHerkomst: 'Utrecht', startdatum: '2023-06-22', peildatum: '2023-06-25' }).uitkomst).toBe('geen-termijn');
    });

    it('een begindatum die de bron zelf geeft (een eigen beleid zonder datumkeuze), staat er als feit', () => {
      const termijn = grond(berekenVerblijfstermijn({ regio: 'enschede', opvangvorm: 'nachtopvang', startdatum: '2025-12-31', peildatum: '2026-01-02' }, { beleid: enschedeBeleid() }).gronden, 'verblijfstermijn.termijn');
      expect(termijn.toelichting).toMatch(/Op die dag gold nog geen maximale verblijfsduur .* Een termijn van 5 nachten geldt pas voor een verblijf dat op of na 1 januari 2026 begint\./);
    });

    it('de 9 maanden van Almelo: begonnen op 31 maart 2018 geen termijn, op 1 april 2018 wel', () => {
      expect(berekenVerblijfstermijn({ ...almelo, startdatum: '2018-03-31', peildatum: '2019-02-01' }).uitkomst).toBe('geen-termijn');
      expect(berekenVerblijfstermijn({ ...almelo, startdatum: '2018-04-01', peildatum: '2019-02-01' })).toMatchObject({ uitkomst: 'termijn-verstreken', uiterlijkeVertrekdatum: '2019-01-01' });
    });

    it('een ambitie die eindigt, geldt nog voor een verblijf dat ervoor begon (met []): de 8 weken tot 1 januari 2033', () => {
      const tot = INGEBOUWD_BELEID['ijssel-vecht'].parameters['verblijfsduur.acute-opvang']?.[0]?.tot;
      expect(tot).toBe('2033-01-01');
      expect(berekenVerblijfstermijn({ ...uitRegio, startdatum: '2032-12-31', peildatum: '2033-02-24' }, ALLES)).toMatchObject({ uitkomst: 'binnen-termijn', uiterlijkeVertrekdatum: '2033-02-25' });
      expect(berekenVerblijfstermijn({ ...uitRegio, startdatum: '2033-01-01', peildatum: '2033-01-02' }, ALLES).uitkomst).toBe('geen-termijn');
    });

    it('een eigen beleid dat de termijn wijzigt: een lopend verblijf houdt de oude termijn, een nieuw verblijf krijgt de nieuwe', () => {
      const bron = [{ document: 'regio-enschede-beschermd-wonen', onderdeel: 'Voorbeeld' }];
      const beleid = enschedeBeleid({
        'verblijfsduur.nachtopvang': [
          { vanaf: '2026-01-01', tot: '2026-03-01', waarde: { aantal: 5, eenheid: 'nachten' }, status: 'vastgesteld', bronnen: bron },
          { vanaf: '2026-03-01', waarde: { aantal: 30, eenheid: 'dagen' }, status: 'vastgesteld', bronnen: bron },
        ],
      });
      const invoer: VerblijfstermijnInvoer = { regio: 'enschede', opvangvorm: 'nachtopvang', startdatum: '2026-02-27', peildatum: '2026-03-05' };
      expect(berekenVerblijfstermijn(invoer, { beleid })).toMatchObject({ uitkomst: 'termijn-verstreken', maximaleDuur: { aantal: 5, eenheid: 'nachten' }, uiterlijkeVertrekdatum: '2026-03-04' });
      expect(berekenVerblijfstermijn({ ...invoer, startdatum: '2026-03-01' }, { beleid })).toMatchObject({ uitkomst: 'binnen-termijn', maximaleDuur: { aantal: 30, eenheid: 'dagen' }, uiterlijkeVertrekdatum: '2026-03-31' });
    });
  });

  it('onbekende herkomst: aanvullen; de toelichting noemt elke mogelijke termijn en de ambitie staat bij de aandachtspunten', () => {
    const beoordeling = berekenVerblijfstermijn({ ...buitenRegio, gemeenteVanHerkomst: 'onbekend' });
    expect(beoordeling).toMatchObject({ uitkomst: 'aanvullen', ontbrekendeGegevens: ['gemeenteVanHerkomst'], maximaleDuur: null, uiterlijkeVertrekdatum: null, resterendeDagen: null });
    const termijn = grond(beoordeling.gronden, 'verblijfstermijn.termijn');
    expect(termijn.toelichting).toContain('voor cliënten van buiten de regio 2 nachten, met als uiterlijke vertrekdatum 5 mei 2026');
    expect(termijn.toelichting).toContain('voor cliënten uit de regio geen termijn');
    expect(grond(beoordeling.gronden, 'verblijfstermijn.niet-toegepaste-waarde').toelichting).toContain('8 weken');
    expect(motivering(beoordeling)).toContain('Ontbrekende gegevens: de gemeente van herkomst');
    const { gemeenteVanHerkomst: _weg, ...zonder } = buitenRegio;
    expect(berekenVerblijfstermijn(zonder)).toEqual(beoordeling);
    // Met [] hangt het af van 2 nachten of 8 weken.
    expect(grond(berekenVerblijfstermijn(zonder, ALLES).gronden, 'verblijfstermijn.termijn').toelichting).toContain('voor cliënten uit de regio 8 weken, met als uiterlijke vertrekdatum 28 juni 2026');
  });

  it('waar geen termijn geldt, zegt de regel dat, leent hij er geen en citeert hij niets van een andere regio of vorm', () => {
    const zonderBeleid = berekenVerblijfstermijn({ ...almelo, regio: 'enschede' });
    expect(zonderBeleid).toMatchObject({ uitkomst: 'geen-termijn', beleid: null, maximaleDuur: null, statusVanDuur: null, toegepasteWaarden: [] });
    expect(grond(zonderBeleid.gronden, 'verblijfstermijn.termijn').toelichting).toBe(
      'Voor de regio Enschede zijn in deze regels geen verblijfstermijnen vastgelegd. Er geldt dus geen maximale verblijfsduur in de 24-uursopvang van de regio Enschede. Een termijn van een andere regio wordt niet gebruikt.',
    );
    const andereVorm = berekenVerblijfstermijn({ ...uitRegio, opvangvorm: '24-uursopvang' });
    expect(andereVorm).toMatchObject({ uitkomst: 'geen-termijn', beleid: { id: 'ijssel-vecht', versie: INGEBOUWD_BELEID['ijssel-vecht'].versie, naam: INGEBOUWD_BELEID['ijssel-vecht'].naam } });
    expect(grond(andereVorm.gronden, 'verblijfstermijn.termijn').toelichting).toBe(
      'Er geldt geen maximale verblijfsduur in de 24-uursopvang van de regio IJssel-Vecht. Er geldt dus geen termijn. Een termijn van een andere regio of opvangvorm wordt niet gebruikt.',
    );
    for (const invoer of [{ ...uitRegio, opvangvorm: '24-uursopvang' as const }, uitRegio, { ...uitRegio, gemeenteVanHerkomst: 'Bonaire' }, { ...buitenRegio, gemeenteVanHerkomst: 'onbekend' }]) {
      for (const kandidaat of berekenVerblijfstermijn(invoer).gronden) {
        expect(kandidaat.bronnen.map((bron) => bron.document), `${invoer.opvangvorm} ${invoer.gemeenteVanHerkomst} ${kandidaat.regel}`).not.toContain('weer-thuis-in-de-wijk');
        expect(kandidaat.toelichting).not.toMatch(/9 maanden|negen maanden/);
      }
    }
  });

  it('de 9 maanden van Almelo: de grond zegt dat het de praktijk van één aanbieder is, en citeert alleen Almelo', () => {
    const beoordeling = berekenVerblijfstermijn(almelo);
    const termijn = grond(beoordeling.gronden, 'verblijfstermijn.termijn');
    expect(termijn.toelichting).toContain('Humanitas Onder Dak');
    expect(termijn.toelichting).toContain('(praktijk)');
    expect(termijn.interpretaties.map((keuze) => keuze.id)).toContain('verblijfstermijn.maanden-begrensd');
    expect(termijn.bronnen.map((bron) => bron.document)).not.toContain('visie-mo-ijssel-vecht');
    expect(grond(beoordeling.gronden, 'verblijfstermijn.herkomst')).toMatchObject({ status: 'niet-van-toepassing', bronnen: [] });
  });

  it('elke opvangvorm zonder waarde in het beleid geeft geen-termijn, in elke regio; met [] ook de acute opvang van IJssel-Vecht', () => {
    for (const [opties, metTermijn] of [
      [undefined, new Set(['almelo:24-uursopvang'])],
      [ALLES, new Set(['almelo:24-uursopvang', 'ijssel-vecht:acute-opvang'])],
    ] as const) {
      for (const regio of ['almelo', 'enschede', 'twente', 'ijssel-vecht'] as const) {
        for (const opvangvorm of OPVANGVORMEN) {
          const uitkomst = berekenVerblijfstermijn({ ...uitRegio, regio, opvangvorm, aanbieder: 'Humanitas Onder Dak' }, opties).uitkomst;
          expect(uitkomst, `${regio} ${opvangvorm} ${JSON.stringify(opties)}`).toBe(metTermijn.has(`${regio}:${opvangvorm}`) ? 'binnen-termijn' : 'geen-termijn');
        }
      }
    }
  });

  describe('opties.uitgeslotenStatussen', () => {
    it('zonder praktijk: de herkomst beslist niet meer, want dan geldt de waarde voor iedereen; het signaal noemt de 2 nachten', () => {
      const beoordeling = berekenVerblijfstermijn({ ...buitenRegio, gemeenteVanHerkomst: 'onbekend' }, { uitgeslotenStatussen: ['praktijk'] });
      expect(beoordeling).toMatchObject({ uitkomst: 'binnen-termijn', maximaleDuur: { aantal: 8, eenheid: 'weken' }, statusVanDuur: 'ambitie' });
      expect(grond(beoordeling.gronden, 'verblijfstermijn.herkomst').status).toBe('niet-van-toepassing');
      expect(grond(beoordeling.gronden, 'verblijfstermijn.niet-toegepaste-waarde').toelichting).toContain(
        'Het beleid noemt voor cliënten van buiten de regio in de acute opvang van de regio IJssel-Vecht een maximale verblijfsduur van 2 nachten. Dat is de werkwijze die de bron beschrijft (praktijk). Op verzoek zijn termijnen met deze status niet toegepast.',
      );
      const almeloZonder = berekenVerblijfstermijn(almelo, { uitgeslotenStatussen: ['praktijk'] });
      expect(almeloZonder.uitkomst).toBe('geen-termijn');
      expect(almeloZonder.uitgeslotenWaarden.map((waarde) => waarde.parameter)).toEqual(['verblijfsduur.24-uursopvang']);
    });

    it('zonder praktijk en ambitie: nergens een ingebouwde termijn', () => {
      const opties = { uitgeslotenStatussen: ['praktijk', 'ambitie'] as const };
      expect(berekenVerblijfstermijn(buitenRegio, opties).uitkomst).toBe('geen-termijn');
      expect(berekenVerblijfstermijn(uitRegio, opties).uitkomst).toBe('geen-termijn');
      expect(berekenVerblijfstermijn(almelo, opties).uitkomst).toBe('geen-termijn');
    });

    it('van buiten de regio maakt het niet uit of de ambitie wordt uitgesloten', () => {
      for (const uitgeslotenStatussen of [[], ['interpretatie', 'planningsaanname']] as const) {
        expect(berekenVerblijfstermijn(buitenRegio, { uitgeslotenStatussen })).toEqual(berekenVerblijfstermijn(buitenRegio));
      }
    });

    it('een uitgesloten status geldt ook voor de regio van de termijnen en de indeling van de regio', () => {
      // De 2 nachten (praktijk) gelden, maar de regio van de termijnen (vastgesteld) niet: dan geldt geen termijn, en dat is een fout.
      const fout = veldfoutenVan(() => berekenVerblijfstermijn(buitenRegio, { uitgeslotenStatussen: ['vastgesteld'] }));
      expect(fout).toEqual([{ pad: 'startdatum', melding: `geen waarde voor 'verblijfsduur.regio' van 'ijssel-vecht' in werking op ${buitenRegio.startdatum} (de waarde die dan geldt heeft status 'vastgesteld', en die status is uitgesloten)` }]);
    });

    it('onjuiste opties zijn een fout met het pad', () => {
      expect(veldfoutenVan(() => berekenVerblijfstermijn(buitenRegio, { uitgeslotenStatussen: ['wens'] } as never))[0]!.pad).toBe('opties.uitgeslotenStatussen.0');
      expect(veldfoutenVan(() => berekenVerblijfstermijn(buitenRegio, { uitgeslotenStatussen: 'ambitie' } as never))[0]!.pad).toBe('opties.uitgeslotenStatussen');
      expect(veldfoutenVan(() => berekenVerblijfstermijn(buitenRegio, { statussen: [] } as never))[0]!.pad).toBe('opties');
      expect(veldfoutenVan(() => berekenVerblijfstermijn(buitenRegio, 'ijssel-vecht' as never))[0]!.pad).toBe('opties');
    });
  });

  describe('opties.beleid', () => {
    it('een eigen beleid voor een andere regio geeft daar zijn termijn, met de grenzen op de eerste en laatste dag', () => {
      const beleid = enschedeBeleid();
      const invoer: VerblijfstermijnInvoer = { regio: 'enschede', opvangvorm: 'nachtopvang', startdatum: '2026-03-01', peildatum: '2026-03-06' };
      expect(berekenVerblijfstermijn(invoer, { beleid })).toMatchObject({ uitkomst: 'binnen-termijn', uiterlijkeVertrekdatum: '2026-03-06', resterendeDagen: 0, beleid: { id: 'voorbeeld-enschede', versie: '1' } });
      expect(berekenVerblijfstermijn({ ...invoer, peildatum: '2026-03-07' }, { beleid }).uitkomst).toBe('termijn-verstreken');
      expect(berekenVerblijfstermijn({ ...invoer, startdatum: '2025-12-30', peildatum: '2025-12-31' }, { beleid }).uitkomst).toBe('geen-termijn');
    });

    it('een beleid voor een andere regio is een fout op opties.beleid: een termijn wordt nooit geleend', () => {
      expect(veldfoutenVan(() => berekenVerblijfstermijn(uitRegio, { beleid: 'almelo' }))).toEqual([
        { pad: 'opties.beleid', melding: "beleid 'almelo' legt verblijfstermijnen vast voor regio 'almelo', niet voor regio 'ijssel-vecht'" },
      ]);
      expect(veldfoutenVan(() => berekenVerblijfstermijn({ ...almelo, regio: 'enschede' }, { beleid: INGEBOUWD_BELEID.almelo }))[0]!.pad).toBe('opties.beleid');
      expect(veldfoutenVan(() => berekenVerblijfstermijn(uitRegio, { beleid: 'zwolle' as never }))[0]!.pad).toBe('opties.beleid');
    });

    it('een meegegeven beleid zonder verblijfstermijnen is een fout bij een ingebouwde regio: de ingebouwde termijnen vallen niet stil weg', () => {
      const zonder = defineBeleid({ id: 'alleen-fonds', versie: '1', naam: 'Alleen een fonds', parameters: {} });
      expect(veldfoutenVan(() => berekenVerblijfstermijn(uitRegio, { beleid: zonder }))).toEqual([
        { pad: 'opties.beleid', melding: "beleid 'alleen-fonds' legt geen verblijfstermijnen vast (geen verblijfsduur.regio); laat opties.beleid weg voor de ingebouwde termijnen van regio 'ijssel-vecht'" },
      ]);
      // Zonder opties.beleid gelden de ingebouwde termijnen van de regio (hier 2 nachten van buiten de regio).
      expect(veldfoutenVan(() => berekenVerblijfstermijn(buitenRegio, { beleid: zonder }))[0]!.pad).toBe('opties.beleid');
      expect(berekenVerblijfstermijn(buitenRegio).uitkomst).toBe('binnen-termijn');
    });

    it('een termijn wordt alleen toegepast als de regio van de termijnen ook geldt: een uitgesloten status daarvan is een fout', () => {
      const enschedeVerblijf: VerblijfstermijnInvoer = { regio: 'enschede', opvangvorm: 'nachtopvang', startdatum: '2026-03-01', peildatum: '2026-03-06' };
      const beleid = enschedeBeleid();
      const regio = beleid.parameters['verblijfsduur.regio']![0]!;
      const ambitieus = defineBeleid({ ...beleid, id: 'ambitieuze-regio', parameters: { ...beleid.parameters, 'verblijfsduur.regio': [{ ...regio, status: 'ambitie' }] } });
      expect(veldfoutenVan(() => berekenVerblijfstermijn(enschedeVerblijf, { beleid: ambitieus }))[0]).toMatchObject({ pad: 'startdatum', melding: expect.stringContaining("geen waarde voor 'verblijfsduur.regio' van 'ambitieuze-regio'") });
      expect(berekenVerblijfstermijn(enschedeVerblijf, { beleid: ambitieus, uitgeslotenStatussen: [] }).uitkomst).toBe(berekenVerblijfstermijn(enschedeVerblijf, { beleid }).uitkomst);
    });

    it('defineBeleid weigert een verblijfsduur zonder verblijfsduur.regio', () => {
      const { 'verblijfsduur.regio': _regio, ...zonderRegio } = enschedeBeleid().parameters;
      expect(veldfoutenVan(() => defineBeleid({ id: 'zonder-regio', versie: '1', naam: 'Zonder regio', parameters: zonderRegio }))).toEqual([
        { pad: 'parameters.verblijfsduur.regio', melding: 'is verplicht naast een verblijfsduur: zeg voor welke regio de termijnen gelden' },
      ]);
    });

    it('een termijn in werking terwijl de regio van het beleid op de startdatum nog niet geldt, is een BeleidNietInWerkingFout op startdatum', () => {
      const beleid = enschedeBeleid({
        'verblijfsduur.regio': [{ vanaf: '2026-02-01', waarde: 'enschede', status: 'vastgesteld', bronnen: [{ document: 'regio-enschede-beschermd-wonen', onderdeel: 'Voorbeeld' }] }],
      });
      const invoer: VerblijfstermijnInvoer = { regio: 'enschede', opvangvorm: 'nachtopvang', startdatum: '2026-01-10', peildatum: '2026-02-01' };
      // De startdatum telt, niet de peildatum: ook op 1 februari is het nog een fout.
      expect(() => berekenVerblijfstermijn(invoer, { beleid })).toThrow(BeleidNietInWerkingFout);
      expect(berekenVerblijfstermijn({ ...invoer, startdatum: '2026-02-01', peildatum: '2026-02-07' }, { beleid }).uitkomst).toBe('termijn-verstreken');
      expect(berekenVerblijfstermijn({ ...invoer, startdatum: '2026-02-01', peildatum: '2026-02-06' }, { beleid }).uitkomst).toBe('binnen-termijn');
    });

    it('een onjuiste waarde in een eigen beleid wordt geweigerd met het pad', () => {
      const fouten = veldfoutenVan(() =>
        defineBeleid({
          id: 'fout',
          versie: '1',
          naam: 'Fout',
          parameters: {
            'verblijfsduur.regio': [{ vanaf: '2026-01-01', waarde: 'enschede', status: 'vastgesteld', bronnen: [{ document: 'wmo-2015', onderdeel: 'x' }] }],
            'verblijfsduur.nachtopvang': [{ vanaf: '2026-01-01', waarde: { aantal: 0, eenheid: 'jaren' } as never, status: 'vastgesteld', bronnen: [{ document: 'wmo-2015', onderdeel: 'x' }] }],
          },
        }),
      );
      expect(fouten.map((fout) => fout.pad)).toEqual(['parameters.verblijfsduur.nachtopvang.0.waarde.aantal', 'parameters.verblijfsduur.nachtopvang.0.waarde.eenheid']);
    });
  });

  describe('invoer', () => {
    it('neemt Date-objecten aan als Amsterdamse kalenderdatum', () => {
      const beoordeling = berekenVerblijfstermijn({ ...buitenRegio, startdatum: new Date('2026-05-02T22:30:00Z'), peildatum: new Date('2026-05-04T21:59:00Z') });
      expect(beoordeling).toMatchObject({ peildatum: '2026-05-04', uiterlijkeVertrekdatum: '2026-05-05', resterendeDagen: 1 });
    });

    it('wijzigt de invoer niet (diep bevroren invoer werkt)', () => {
      expect(berekenVerblijfstermijn(diepBevroren({ ...buitenRegio }))).toEqual(berekenVerblijfstermijn(buitenRegio));
    });

    it('startdatum na de peildatum: een fout op startdatum; dezelfde dag mag', () => {
      expect(veldfoutenVan(() => berekenVerblijfstermijn({ ...almelo, startdatum: '2026-06-02' }))).toEqual([
        { pad: 'startdatum', melding: 'ligt na de peildatum (2026-06-01); een verblijf kan niet beoordeeld worden voordat het begint' },
      ]);
      expect(berekenVerblijfstermijn({ ...almelo, startdatum: '2026-06-01' }).resterendeDagen).toBe(dagenTussen('2026-06-01', '2027-03-01'));
    });

    it('meldt elke foute datum apart, zonder een verzonnen vergelijking ertussen', () => {
      expect(veldfoutenVan(() => berekenVerblijfstermijn({ ...almelo, startdatum: '2026-02-30', peildatum: 'gisteren' }))).toEqual([
        { pad: 'startdatum', melding: 'is geen bestaande datum' },
        { pad: 'peildatum', melding: 'moet een datum zijn in de vorm JJJJ-MM-DD' },
      ]);
    });

    it('een onbekende gemeente krijgt een suggestie, ook waar de herkomst de termijn niet bepaalt', () => {
      expect(veldfoutenVan(() => berekenVerblijfstermijn({ ...almelo, gemeenteVanHerkomst: 'Almeloo' }))).toEqual([{ pad: 'gemeenteVanHerkomst', melding: "onbekende gemeente 'Almeloo'; bedoelt u 'Almelo'?" }]);
    });

    it('de niet-gooiende vorm geeft de fouten terug', () => {
      const uitslag = berekenVerblijfstermijnVeilig({ ...almelo, regio: 'zwolle' } as never);
      expect(uitslag).toEqual({ succes: false, soort: 'ongeldige-invoer', fouten: [{ pad: 'regio', melding: "onbekende regio; ingebouwd zijn 'almelo', 'enschede', 'twente', 'ijssel-vecht'; een eigen regio geeft u mee in opties.beleid" }] });
      expect(berekenVerblijfstermijnVeilig(almelo)).toEqual({ succes: true, beoordeling: berekenVerblijfstermijn(almelo) });
    });
  });

  it('de motivering noemt de duur, de vertrekdatum op zijn Nederlands en de resterende dagen', () => {
    const ijsselVecht = INGEBOUWD_BELEID['ijssel-vecht'];
    const tekst = motivering(berekenVerblijfstermijn({ ...buitenRegio, peildatum: '2026-05-06' }));
    expect(tekst.split('\n').slice(0, 6)).toEqual([
      'Verblijfstermijn: termijn verstreken',
      'Peildatum: 6 mei 2026',
      `Beleid: ${ijsselVecht.naam} (versie ${ijsselVecht.versie})`,
      'Maximale verblijfsduur: 2 nachten',
      'Uiterlijke vertrekdatum: 5 mei 2026',
      'Resterende dagen: -1',
    ]);
    const engels = motivering(berekenVerblijfstermijn(almelo), { taal: 'en' });
    expect(engels.split('\n').slice(0, 6)).toEqual([
      'Length of stay: within the term',
      'Reference date: 1 June 2026',
      `Policy: ${INGEBOUWD_BELEID.almelo.naam} (version ${INGEBOUWD_BELEID.almelo.versie})`,
      'Maximum length of stay: 9 months',
      'Latest departure date: 28 February 2027',
      'Days remaining: 272',
    ]);
    expect(motivering(berekenVerblijfstermijn({ ...almelo, regio: 'enschede' }))).not.toContain('Uiterlijke vertrekdatum');
  });

  it('de brief noemt geen code: geen parameternamen, ids, optienamen of true/false in de toelichtingen', () => {
    const gevallen: [VerblijfstermijnInvoer, { uitgeslotenStatussen: readonly ('praktijk' | 'ambitie')[] }?][] = [
      [buitenRegio],
      [uitRegio],
      [uitRegio, ALLES],
      [{ ...buitenRegio, gemeenteVanHerkomst: 'Bonaire' }],
      [{ ...buitenRegio, gemeenteVanHerkomst: 'onbekend' }],
      [{ ...buitenRegio, gemeenteVanHerkomst: 'onbekend' }, { uitgeslotenStatussen: ['praktijk'] }],
      [{ ...buitenRegio, startdatum: '2023-06-01', peildatum: '2023-06-22' }],
      [almelo],
      [{ ...almelo, regio: 'enschede' }],
      [{ ...uitRegio, opvangvorm: '24-uursopvang' }],
    ];
    for (const [invoer, opties] of gevallen) {
      const beoordeling = berekenVerblijfstermijn(invoer, opties);
      for (const tekst of [...beoordeling.gronden.flatMap((kandidaat) => [kandidaat.toelichting, kandidaat.toelichtingEn]), motivering(beoordeling)]) {
        expect(tekst).not.toMatch(/\b[a-z]+[A-Z]\w*\b|verblijfsduur\.|verblijfstermijn\.|opties|beleid '|\btrue\b|\bfalse\b|opvangregels|SPEC|seed/);
      }
    }
  });

  it('elke bron van elke grond verwijst naar een bekend brondocument, en elke grond noemt zijn soort en grondslag', () => {
    for (const invoer of [buitenRegio, uitRegio, almelo, { ...buitenRegio, gemeenteVanHerkomst: 'onbekend' }, { ...buitenRegio, gemeenteVanHerkomst: 'Saba' }, { ...almelo, regio: 'enschede' as const }]) {
      for (const kandidaat of berekenVerblijfstermijn(invoer).gronden) {
        for (const bron of kandidaat.bronnen) expect(zoekBrondocument(bron.document), bron.document).toBeDefined();
        expect(['criterium', 'signaal']).toContain(kandidaat.soort);
        expect(kandidaat.basis.status).toBeDefined();
      }
    }
  });

  it('binnen-termijn precies tot en met de vertrekdatum, en resterendeDagen is het verschil (eigenschap, 1000 gevallen)', () => {
    const datum = fc.date({ min: new Date('2019-01-01T12:00:00Z'), max: new Date('2030-12-31T12:00:00Z'), noInvalidDate: true }).map((moment) => moment.toISOString().slice(0, 10));
    fc.assert(
      fc.property(datum, fc.integer({ min: 0, max: 400 }), fc.constantFrom('Zwolle', 'Almelo', 'buitenland'), (start, dagenLater, gemeenteVanHerkomst) => {
        const peildatum = telDuurOp(start, { aantal: dagenLater, eenheid: 'dagen' });
        for (const invoer of [
          { ...almelo, startdatum: start, peildatum },
          { ...buitenRegio, gemeenteVanHerkomst, startdatum: start, peildatum },
        ]) {
          const beoordeling = berekenVerblijfstermijn(invoer);
          if (beoordeling.uiterlijkeVertrekdatum === null) {
            expect(beoordeling.uitkomst).toBe('geen-termijn');
            continue;
          }
          expect(beoordeling.uiterlijkeVertrekdatum).toBe(telDuurOp(start, beoordeling.maximaleDuur!));
          expect(beoordeling.resterendeDagen).toBe(dagenTussen(peildatum, beoordeling.uiterlijkeVertrekdatum));
          expect(beoordeling.uitkomst).toBe(peildatum <= beoordeling.uiterlijkeVertrekdatum ? 'binnen-termijn' : 'termijn-verstreken');
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe('onder een eigen beleid spreekt de brief over dat beleid (audit rij 5)', () => {
  it('"geen termijn" zegt volgens welk beleid, niet dat er in de regio niets gold', () => {
    const wierden = defineBeleid({
      id: 'gemeente-wierden',
      versie: '1',
      naam: 'Gemeente Wierden',
      documenten: [{ id: 'w-regeling', titel: 'Regeling opvang Wierden', uitgever: 'Gemeente Wierden', jaar: 2025 }],
      parameters: {
        'verblijfsduur.regio': [{ vanaf: '2026-01-01', waarde: 'almelo', status: 'vastgesteld', bronnen: [{ document: 'w-regeling', onderdeel: 'Art. 1' }] }],
        'verblijfsduur.24-uursopvang': [{ vanaf: '2026-01-01', waarde: { aantal: 6, eenheid: 'maanden' }, status: 'vastgesteld', bronnen: [{ document: 'w-regeling', onderdeel: 'Art. 2' }] }],
      },
    });
    const invoer = { regio: 'almelo', opvangvorm: '24-uursopvang', startdatum: '2025-12-01', gemeenteVanHerkomst: 'Wierden', peildatum: '2026-03-01' } as const;
    const eigen = berekenVerblijfstermijn(invoer, { beleid: wierden });
    expect(eigen.gronden.find((grond) => grond.regel === 'verblijfstermijn.termijn')!.toelichting).toContain('Op die dag gold nog geen maximale verblijfsduur in de 24-uursopvang van de regio Almelo volgens Gemeente Wierden.');
    // Onder het ingebouwde beleid blijft het de regio zelf.
    expect(berekenVerblijfstermijn({ ...invoer, startdatum: '2026-01-05', peildatum: '2026-01-06' }).gronden.map((grond) => grond.toelichting).join(' ')).not.toContain('volgens');
  });
});

describe('de 9 maanden van Almelo gelden alleen bij Humanitas Onder Dak (audit rij 2, 3 en 26)', () => {
  const zonderAanbieder: VerblijfstermijnInvoer = { regio: 'almelo', opvangvorm: '24-uursopvang', startdatum: '2026-05-31', peildatum: '2027-03-01' };

  it('een naam die in die van de aanbieder staat (of andersom): aanvullen, geen "andere aanbieder" als feit', () => {
    for (const aanbieder of ['Humanitas', 'humanitas onder dak almelo']) {
      const beoordeling = berekenVerblijfstermijn({ ...zonderAanbieder, aanbieder });
      expect(beoordeling).toMatchObject({ uitkomst: 'aanvullen', ontbrekendeGegevens: ['aanbieder'], maximaleDuur: null });
      const termijn = grond(beoordeling.gronden, 'verblijfstermijn.termijn');
      expect(termijn.toelichting).toContain('De opgegeven aanbieder heeft niet precies die naam. Of het verblijf bij Humanitas Onder Dak is, is daardoor niet zeker.');
      expect(termijn.toelichting).not.toContain('andere aanbieder');
    }
    // Een naam die er niet in staat, is een andere aanbieder; dezelfde naam met andere hoofdletters is dezelfde.
    expect(berekenVerblijfstermijn({ ...zonderAanbieder, aanbieder: 'Leger des Heils' }).uitkomst).toBe('geen-termijn');
    expect(berekenVerblijfstermijn({ ...zonderAanbieder, aanbieder: 'humanitas  onder dak' }).maximaleDuur).toEqual({ aantal: 9, eenheid: 'maanden' });
  });

  it('zonder aanbieder (of "onbekend"): aanvullen met de aanbieder, geen stille 9 maanden', () => {
    for (const invoer of [zonderAanbieder, { ...zonderAanbieder, aanbieder: 'onbekend' }, { ...zonderAanbieder, aanbieder: ' Onbekend ' }]) {
      const beoordeling = berekenVerblijfstermijn(invoer);
      expect(beoordeling).toMatchObject({ uitkomst: 'aanvullen', ontbrekendeGegevens: ['aanbieder'], maximaleDuur: null, uiterlijkeVertrekdatum: null, resterendeDagen: null });
      const termijn = grond(beoordeling.gronden, 'verblijfstermijn.termijn');
      expect(termijn.status).toBe('onbekend');
      expect(termijn.toelichting).toMatch(/^In de 24-uursopvang van de regio Almelo noemt het beleid een maximale verblijfsduur van 9 maanden alleen bij Humanitas Onder Dak\. Bij welke aanbieder dit verblijf is, is onbekend\./);
      expect(motivering(beoordeling)).toContain('Ontbrekende gegevens: de aanbieder van de opvang');
    }
  });

  it('bij een andere aanbieder: geen termijn, ook na 9 maanden, en de grond zegt waarom', () => {
    const beoordeling = berekenVerblijfstermijn({ ...zonderAanbieder, aanbieder: 'Een andere opvangorganisatie' });
    expect(beoordeling).toMatchObject({ uitkomst: 'geen-termijn', ontbrekendeGegevens: [], maximaleDuur: null, statusVanDuur: null });
    const termijn = grond(beoordeling.gronden, 'verblijfstermijn.termijn');
    expect(termijn.toelichting).toContain('Dit verblijf is bij een andere aanbieder. Voor die aanbieder noemt het beleid geen termijn. Er geldt dus geen termijn.');
    // De naam uit de invoer komt niet in de tekst (vrije tekst).
    expect(termijn.toelichting).not.toContain('Een andere opvangorganisatie');
    expect(termijn.interpretaties.map((keuze) => keuze.id)).toEqual(['verblijfstermijn.aanbieder-zelfde-naam']);
  });

  it('bij Humanitas Onder Dak (hoofdletters en spaties tellen niet) de 9 maanden; op 28 februari binnen, de dag erna verstreken', () => {
    expect(berekenVerblijfstermijn({ ...zonderAanbieder, aanbieder: '  humanitas   onder DAK ', peildatum: '2027-02-28' })).toMatchObject({ uitkomst: 'binnen-termijn', resterendeDagen: 0, maximaleDuur: { aantal: 9, eenheid: 'maanden' } });
    const verstreken = berekenVerblijfstermijn({ ...zonderAanbieder, aanbieder: 'Humanitas Onder Dak' });
    expect(verstreken).toMatchObject({ uitkomst: 'termijn-verstreken', resterendeDagen: -1 });
    // maximaleDuur is een Duur, zonder de aanbieder; de toegepaste waarde noemt haar wel.
    expect(verstreken.maximaleDuur).toEqual({ aantal: 9, eenheid: 'maanden' });
    expect(verstreken.toegepasteWaarden.find((waarde) => waarde.parameter === 'verblijfsduur.24-uursopvang')?.waarde).toEqual({ aantal: 9, eenheid: 'maanden', aanbieder: 'Humanitas Onder Dak' });
    const termijn = grond(verstreken.gronden, 'verblijfstermijn.termijn');
    expect(termijn.toelichting).toMatch(/^In de 24-uursopvang van de regio Almelo bij Humanitas Onder Dak is de maximale verblijfsduur 9 maanden\./);
    expect(termijn.interpretaties.map((keuze) => keuze.id)).toContain('verblijfstermijn.aanbieder-zelfde-naam');
  });

  it('de grond citeert alleen de passage van 2018 over Humanitas Onder Dak, niet de raadsbrief van 2024', () => {
    const termijn = grond(berekenVerblijfstermijn({ ...zonderAanbieder, aanbieder: 'Humanitas Onder Dak' }).gronden, 'verblijfstermijn.termijn');
    expect(termijn.bronnen).toEqual([
      {
        document: 'weer-thuis-in-de-wijk',
        onderdeel: 'Intermezzo: Opgave en aanpak in Almelo, Vraag en aanbod woningen',
        citaat: 'In de Almelose maatschappelijke opvang Humanitas Onder Dak is het verblijf in de 24 uursopvang maximaal negen maanden',
      },
    ]);
    // De reden noemt de drie partijen van de intentieovereenkomst, zonder datum, en zegt dat de brief niets over de termijn zegt.
    expect(termijn.toelichting).toContain('de gemeente, Humanitas onder Dak en Beter Wonen in een intentieovereenkomst');
    expect(termijn.toelichting).toContain('Over de termijn zegt de brief niets.');
    expect(termijn.toelichting).not.toContain('In 2024 melden de gemeente en Humanitas Onder Dak');
  });

  it('de termijn heeft geen einddatum: de bron noemt geen einde, en de gekozen begindatum zegt dat', () => {
    const [periode] = INGEBOUWD_BELEID.almelo.parameters['verblijfsduur.24-uursopvang'] ?? [];
    expect(periode).toMatchObject({ vanaf: '2018-04-01', status: 'praktijk', waarde: { aantal: 9, eenheid: 'maanden', aanbieder: 'Humanitas Onder Dak' } });
    expect(periode && Object.hasOwn(periode, 'tot')).toBe(false);
    expect(periode?.datumkeuze).toContain('geen einddatum');
  });

  it('een eigen beleid zonder aanbieder bij de duur: de termijn geldt bij elke aanbieder, ook zonder aanbieder in de invoer', () => {
    const invoer: VerblijfstermijnInvoer = { regio: 'enschede', opvangvorm: 'nachtopvang', startdatum: '2026-05-01', peildatum: '2026-05-02' };
    expect(berekenVerblijfstermijn(invoer, { beleid: enschedeBeleid() })).toMatchObject({ uitkomst: 'binnen-termijn', ontbrekendeGegevens: [] });
    expect(berekenVerblijfstermijn({ ...invoer, aanbieder: 'Wie dan ook' }, { beleid: enschedeBeleid() }).uitkomst).toBe('binnen-termijn');
  });

  it('een eigen beleid met een aanbieder bij de duur: alleen daar, en defineBeleid weigert een lege of te lange aanbieder', () => {
    const bron = [{ document: 'regio-enschede-beschermd-wonen', onderdeel: 'Voorbeeld' }];
    const beleid = enschedeBeleid({ 'verblijfsduur.nachtopvang': [{ vanaf: '2026-01-01', waarde: { aantal: 5, eenheid: 'nachten', aanbieder: 'De Zon' }, status: 'vastgesteld', bronnen: bron }] });
    const invoer: VerblijfstermijnInvoer = { regio: 'enschede', opvangvorm: 'nachtopvang', startdatum: '2026-05-01', peildatum: '2026-05-02' };
    expect(berekenVerblijfstermijn({ ...invoer, aanbieder: 'de zon' }, { beleid }).uitkomst).toBe('binnen-termijn');
    expect(berekenVerblijfstermijn({ ...invoer, aanbieder: 'De Maan' }, { beleid }).uitkomst).toBe('geen-termijn');
    expect(berekenVerblijfstermijn(invoer, { beleid }).ontbrekendeGegevens).toEqual(['aanbieder']);
    for (const aanbieder of ['', 'x'.repeat(201), 'De\nZon']) {
      const fout = veldfoutenVan(() => enschedeBeleid({ 'verblijfsduur.nachtopvang': [{ vanaf: '2026-01-01', waarde: { aantal: 5, eenheid: 'nachten', aanbieder }, status: 'vastgesteld', bronnen: bron }] }));
      expect(fout.map((veld) => veld.pad), JSON.stringify(aanbieder)).toEqual(['parameters.verblijfsduur.nachtopvang.0.waarde.aanbieder']);
    }
  });

  it('een onjuiste aanbieder in de invoer is een fout op aanbieder', () => {
    for (const aanbieder of ['', '   ', 'x'.repeat(201), 'Humanitas\nOnder Dak', 5]) {
      const uitslag = berekenVerblijfstermijnVeilig({ ...zonderAanbieder, aanbieder } as never);
      expect(uitslag.succes ? [] : uitslag.fouten.map((fout) => fout.pad), JSON.stringify(aanbieder)).toEqual(['aanbieder']);
    }
  });
});

describe('een ambitie die op verzoek is toegepast (audit rij 9)', () => {
  it('de grond zegt één keer dat de ambitie op verzoek is toegepast, en nooit "de termijn is verstreken" naast "geen termijn die nu geldt"', () => {
    const beoordeling = berekenVerblijfstermijn({ ...uitRegio, peildatum: '2026-06-29' }, ALLES);
    expect(beoordeling.uitkomst).toBe('termijn-verstreken');
    const termijn = grond(beoordeling.gronden, 'verblijfstermijn.termijn');
    expect(termijn.toelichting).not.toContain('De termijn is verstreken');
    expect(termijn.toelichting).not.toContain('geen termijn die nu geldt');
    expect(termijn.toelichting.split('toegepast omdat de aanvraag vroeg om ook ambities toe te passen')).toHaveLength(2);
    expect(termijn.toelichting).toMatch(/^Voor cliënten uit de regio noemt het beleid in de acute opvang van de regio IJssel-Vecht een maximale verblijfsduur van 8 weken\. Gerekend vanaf de eerste dag van het verblijf, 3 mei 2026, is de uiterlijke vertrekdatum dan 28 juni 2026\. De peildatum, 29 juni 2026, ligt 1 dag na die datum\./);
    const tekst = motivering(beoordeling);
    expect(tekst).not.toContain('geen termijn die nu geldt');
    expect(tekst).not.toContain('Het is geen termijn');
    // Een termijn die wel geldt (praktijk), houdt "De termijn is verstreken".
    expect(grond(berekenVerblijfstermijn({ ...buitenRegio, peildatum: '2026-05-06' }).gronden, 'verblijfstermijn.termijn').toelichting).toContain('De termijn is verstreken.');
  });
});

describe('een verslag over Almelo noemt de visie van IJssel-Vecht niet (audit rij 20)', () => {
  it.each([
    ['de 9 maanden', { aanbieder: 'Humanitas Onder Dak' }],
    ['zonder aanbieder', {}],
    ['een andere aanbieder', { aanbieder: 'Een andere opvangorganisatie' }],
    ['uit Bonaire', { aanbieder: 'Humanitas Onder Dak', gemeenteVanHerkomst: 'Bonaire' }],
  ])('%s: geen citaat, parafrase of lezing uit de visie', (_naam, extra) => {
    const beoordeling = berekenVerblijfstermijn({ regio: 'almelo', opvangvorm: '24-uursopvang', startdatum: '2026-05-31', peildatum: '2026-06-01', ...extra });
    for (const taal of ['nl', 'en'] as const) {
      const tekst = motivering(beoordeling, { taal });
      expect(tekst).not.toMatch(/IJssel-Vecht|Herberg|visie|2 nachten|3 dagen|nights/i);
    }
    for (const kandidaat of beoordeling.gronden) expect(kandidaat.bronnen.map((bron) => bron.document)).not.toContain('visie-mo-ijssel-vecht');
  });

  it('een eigen Almelo-termijn in nachten krijgt de rekenregel zonder de 2 nachten van de Herberg', () => {
    const bron = [{ document: 'weer-thuis-in-de-wijk', onderdeel: 'Voorbeeld' }];
    const beleid = defineBeleid({
      id: 'voorbeeld-almelo-nachten',
      versie: '1',
      naam: 'Voorbeeld Almelo',
      parameters: {
        'verblijfsduur.regio': [{ vanaf: '2026-01-01', waarde: 'almelo', status: 'vastgesteld', bronnen: bron }],
        'verblijfsduur.nachtopvang': [{ vanaf: '2026-01-01', waarde: { aantal: 3, eenheid: 'nachten' }, status: 'vastgesteld', bronnen: bron }],
      },
    });
    const beoordeling = berekenVerblijfstermijn({ regio: 'almelo', opvangvorm: 'nachtopvang', startdatum: '2026-05-01', peildatum: '2026-05-02' }, { beleid });
    expect(motivering(beoordeling)).not.toMatch(/IJssel-Vecht|Herberg|visie|2 nachten/);
    expect(grond(beoordeling.gronden, 'verblijfstermijn.termijn').interpretaties.map((keuze) => keuze.id)).toContain('verblijfstermijn.nachten-als-dagen');
  });
});

describe('wat de visie in de acute opvang wil regelen: een signaal onder het beleid van IJssel-Vecht (audit, volledigheid)', () => {
  it('staat bij een verblijf in de acute opvang van IJssel-Vecht van wie niet van buiten de regio komt, met status ambitie, letterlijke citaten, en verandert de uitkomst niet', () => {
    for (const invoer of [uitRegio, { ...buitenRegio, gemeenteVanHerkomst: 'onbekend' }]) {
      const beoordeling = berekenVerblijfstermijn(invoer);
      const signaal = grond(beoordeling.gronden, 'verblijfstermijn.regelen-in-acute-opvang');
      expect(signaal).toMatchObject({ soort: 'signaal', status: 'voldaan', basis: { status: 'ambitie' } });
      expect(signaal.toelichting).toContain('een identiteitsbewijs, een uitkering en een zorgverzekering');
      expect(signaal.toelichting).toContain('ondersteuningsplan');
      expect(signaal.toelichting).toContain('Dit is een ambitie, geen plicht of recht dat nu geldt.');
      expect(signaal.bronnen.map((bron) => bron.onderdeel)).toEqual(['3.2 IJssel-Vecht: zo lang en zo snel mogelijk zelfstandig', 'Bijlage 2 (ambities en doelen)']);
      // Zonder het signaal dezelfde uitkomst.
      expect(beoordeling.uitkomst).toBe(berekenVerblijfstermijn(invoer, { uitgeslotenStatussen: ['ambitie', 'planningsaanname'] }).uitkomst);
    }
  });

  it('staat er niet bij een andere opvangvorm, een andere regio, een verblijf van vóór de visie, of onder een eigen beleid dat de visie niet citeert', () => {
    const zonder = (invoer: VerblijfstermijnInvoer, opties?: Parameters<typeof berekenVerblijfstermijn>[1]) => expect(regels(berekenVerblijfstermijn(invoer, opties).gronden)).not.toContain('verblijfstermijn.regelen-in-acute-opvang');
    // Wie van buiten de regio komt, krijgt 2 nachten: het aanbod van §3.2 ("de inwoner", 8 weken) zou de brief tegenspreken.
    zonder(buitenRegio);
    zonder({ ...buitenRegio, gemeenteVanHerkomst: 'buitenland' });
    zonder({ ...buitenRegio, opvangvorm: 'nachtopvang' });
    zonder({ ...buitenRegio, regio: 'almelo' });
    zonder({ ...uitRegio, startdatum: '2023-06-21', peildatum: '2023-06-22' });
    const bron = [{ document: 'centrumregeling-ijssel-vecht', onderdeel: 'Voorbeeld' }];
    const eigen = defineBeleid({
      id: 'voorbeeld-zwolle',
      versie: '1',
      naam: 'Voorbeeld Zwolle',
      parameters: {
        'verblijfsduur.regio': [{ vanaf: '2026-01-01', waarde: 'ijssel-vecht', status: 'vastgesteld', bronnen: bron }],
        'verblijfsduur.acute-opvang': [{ vanaf: '2026-01-01', waarde: { aantal: 4, eenheid: 'weken' }, status: 'vastgesteld', bronnen: bron }],
      },
    });
    zonder(uitRegio, { beleid: eigen });
    // Wel met [] bij de ingebouwde ambitie: het signaal hangt niet af van de uitgesloten statussen.
    expect(regels(berekenVerblijfstermijn(uitRegio, ALLES).gronden)).toContain('verblijfstermijn.regelen-in-acute-opvang');
  });
});
