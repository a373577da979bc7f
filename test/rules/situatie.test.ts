import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  classificeerSituatie,
  classificeerSituatieVeilig,
  defineBeleid,
  DOELGROEPEN,
  INGEBOUWD_BELEID,
  GEBEURTENISSOORTEN,
  motivering,
  PROBLEMATIEKEN,
  REGELBESCHRIJVINGEN,
  WOONSITUATIES,
  zoekBrondocument,
  type Feit,
  type Gebeurtenis,
  type SituatieBeoordeling,
  type SituatieInvoer,
} from '../../src/index.js';
import { diepBevroren, veldfoutenVan } from '../helpers.js';

const gebeurtenis = fc.record(
  {
    soort: fc.constantFrom(...GEBEURTENISSOORTEN),
    datum: fc.date({ min: new Date('2015-01-01T12:00:00Z'), max: new Date('2026-12-31T12:00:00Z'), noInvalidDate: true }).map((moment) => moment.toISOString().slice(0, 10)),
  },
  { requiredKeys: ['soort'] },
);

/** Wat in een brief niet mag staan: code-namen, ids, true/false, interne documentnamen. */
const CODE = [/\b[a-z]+[A-Z][A-Za-z]*\b/, /\b[a-z]+\.[a-z]+(?:-[a-z]+)*\b/, /\b(?:true|false)\b/, /\bSPEC\b/, /\bseed\b/i, /'[a-z]+(?:-[a-z]+)+'/, /\.json\b/];

function zonderCode(tekst: string): void {
  for (const patroon of CODE) expect(tekst, `${patroon} in: ${tekst}`).not.toMatch(patroon);
}

const grond = (beoordeling: SituatieBeoordeling, regel: string) => beoordeling.gronden.find((kandidaat) => kandidaat.regel === regel)!;
const keuzes = (beoordeling: SituatieBeoordeling, regel: string) => grond(beoordeling, regel).interpretaties.map((keuze) => keuze.id);
const citaten = (beoordeling: SituatieBeoordeling, regel: string) => grond(beoordeling, regel).bronnen.map((bron) => bron.citaat ?? '');

describe('classificeerSituatie', () => {
  it('de toelichting van een primaire route noemt de gebeurtenis in woorden, de datum en alle routes', () => {
    const beoordeling = classificeerSituatie({
      woonsituatie: 'familie-of-vrienden',
      gebeurtenissen: [
        { soort: 'relatiebreuk', datum: '2025-11-02' },
        { soort: 'huisuitzetting', datum: '2026-03-12' },
      ],
    });
    const route = grond(beoordeling, 'situatie.route');
    expect(route.toelichting).toBe(
      'Primaire route 3 (huisuitzetting): de meest recente gebeurtenis met een datum is een huisuitzetting, op 12 maart 2026. Alle routes: 1 (verlies van huisvesting na een ingrijpende gebeurtenis) en 3 (huisuitzetting).',
    );
    expect(route.toelichtingEn).toContain('Primary route 3 (eviction): the most recent dated event is an eviction, on 12 March 2026.');
    // Twee routes: de regel voor de primaire route is een keuze; relatiebreuk is een voorbeeld uit de visie zelf.
    expect(route.interpretaties.map((keuze) => keuze.id)).toEqual(['situatie.primaire-route']);
    expect(route.bronnen.map((bron) => bron.citaat)).toEqual([
      'De Raad voor Volksgezondheid en Samenleving (RVS) ziet vier routes waarlangs dit gebeurt',
      'Route 1: verlies van huisvesting na een ingrijpende gebeurtenis, zoals een relatiebreuk of baanverlies',
      'Route 3: huisuitzetting',
      expect.stringContaining('geen huis kunnen vinden na een life event'),
    ]);
  });

  it('één route: geen keuze voor de primaire route; een gebeurtenis die de visie niet als voorbeeld noemt, wel als keuze', () => {
    const eén = classificeerSituatie({ woonsituatie: 'nachtopvang', gebeurtenissen: [{ soort: 'baanverlies' }] });
    expect(keuzes(eén, 'situatie.route')).toEqual([]);
    const overlijden = classificeerSituatie({ woonsituatie: 'nachtopvang', gebeurtenissen: [{ soort: 'overlijden-naaste', datum: '2026-01-02' }] });
    expect(overlijden.primaireRoute).toBe(1);
    expect(keuzes(overlijden, 'situatie.route')).toEqual(['situatie.route-1-gebeurtenissen']);
    expect(grond(overlijden, 'situatie.route').toelichting).toContain('het overlijden van een naaste, op 2 januari 2026');
  });

  it('zonder datums bij meer routes vraagt de grond om datums', () => {
    const route = classificeerSituatie({ woonsituatie: 'openbare-ruimte', gebeurtenissen: [{ soort: 'baanverlies' }, { soort: 'uitstroom-instelling' }] }).gronden[1]!;
    expect(route).toMatchObject({ regel: 'situatie.route', status: 'onbekend', soort: 'criterium' });
    expect(route.toelichting).toContain('Geef de datums op om de primaire route te bepalen');
  });

  it('een gebeurtenis zonder datum telt niet mee als er een met datum is, en de toelichting zegt dat', () => {
    const beoordeling = classificeerSituatie({ woonsituatie: 'nachtopvang', gebeurtenissen: [{ soort: 'huisuitzetting' }, { soort: 'relatiebreuk', datum: '2024-02-29' }] });
    expect(beoordeling.primaireRoute).toBe(1);
    expect(beoordeling.gronden[1]!.toelichting).toContain('Gebeurtenissen zonder datum tellen niet mee voor de primaire route.');
  });

  it('niet-conventioneel is dakloos: een keuze met haar reden, in de grond en niet in de toelichting', () => {
    const beoordeling = classificeerSituatie({ woonsituatie: 'niet-conventioneel' });
    const woon = grond(beoordeling, 'situatie.woonsituatie');
    expect(beoordeling.uitkomst).toBe('dakloos');
    expect(woon.interpretaties.map((keuze) => keuze.id)).toEqual(['situatie.niet-conventioneel-is-dakloos']);
    expect(woon.interpretaties[0]!.toelichting).toContain('een dak alleen maakt iemand niet thuisloos');
    expect(woon.toelichting).not.toContain('SPEC');
    expect(woon.basis).toEqual({ status: 'vastgesteld', toelichting: '', toelichtingEn: '', bronnen: [], beleid: null });
  });

  it('de begrippen van de visie zelf hebben geen keuze nodig: buiten slapen is dakloos, bij familie thuisloos, een eigen woning gehuisvest', () => {
    for (const woonsituatie of ['openbare-ruimte', 'familie-of-vrienden', 'eigen-woning'] as const) {
      expect(keuzes(classificeerSituatie({ woonsituatie }), 'situatie.woonsituatie'), woonsituatie).toEqual([]);
    }
    expect(keuzes(classificeerSituatie({ woonsituatie: 'nachtopvang' }), 'situatie.woonsituatie')).toEqual(['situatie.opvang-is-dakloos']);
    expect(keuzes(classificeerSituatie({ woonsituatie: 'opvangvoorziening' }), 'situatie.woonsituatie')).toEqual(['situatie.opvang-is-dakloos']);
  });

  it('dreigend dakloos rust op een keuze, niet op een ambitie of ontwikkellijn van de visie', () => {
    const instelling = classificeerSituatie({ woonsituatie: 'instelling-zonder-woning' });
    expect(instelling.uitkomst).toBe('dreigend-dakloos');
    expect(keuzes(instelling, 'situatie.woonsituatie')).toEqual(['situatie.instelling-is-dreigend']);
    expect(citaten(instelling, 'situatie.woonsituatie')).toEqual(['Route 2: geen onderdak na het verlaten van een instelling', 'mensen die uitstromen uit een instelling']);
    const verlies = classificeerSituatie({ woonsituatie: 'eigen-woning-dreigend-verlies' });
    expect(keuzes(verlies, 'situatie.woonsituatie')).toEqual(['situatie.woningverlies-is-dreigend']);
    for (const beoordeling of [instelling, verlies]) {
      for (const bron of beoordeling.gronden.flatMap((kandidaat) => kandidaat.bronnen)) {
        expect(bron.onderdeel).not.toMatch(/Bijlage 2|Ontwikkellijnen/);
        expect(bron.citaat ?? '').not.toMatch(/Niemand wordt ontslagen|minder vaak daadwerkelijk dakloos/);
      }
    }
  });

  it('aandachtsgroepen: uit de doelgroepen en uit route 4, zonder dubbele; een signaal, geen weigering', () => {
    const beoordeling = classificeerSituatie({ woonsituatie: 'nachtopvang', gebeurtenissen: [{ soort: 'terugkeer-uit-buitenland' }], doelgroepen: ['remigrant', 'arbeidsmigrant', 'arbeidsmigrant'] });
    expect(beoordeling.aandachtsgroepen).toEqual(['arbeidsmigrant', 'remigrant']);
    const aandacht = grond(beoordeling, 'situatie.aandachtsgroep');
    expect(aandacht).toMatchObject({ soort: 'signaal', status: 'voldaan', interpretaties: [] });
    expect(aandacht.toelichting).toBe(
      'De cliënt is arbeidsmigrant en remigrant: groepen waarvoor de landelijke wet- en regelgeving volgens de visie MO onvoldoende voorziet. De knelpunten liggen in het landelijke systeem. Dit is een aandachtspunt, geen reden om opvang te weigeren.',
    );
    expect(aandacht.basis.status).toBe('praktijk');
    expect(aandacht.basis.toelichting).toContain('groepen die nu in de opvang gezien worden');
    // Landelijk: de reden citeert niet het eigen proces van de visie van IJssel-Vecht, ook niet in een brief uit Almelo.
    expect(aandacht.basis.toelichting).not.toContain('visie');
    const afgeleid = classificeerSituatie({ woonsituatie: 'nachtopvang', gebeurtenissen: [{ soort: 'terugkeer-uit-buitenland' }] });
    expect(grond(afgeleid, 'situatie.aandachtsgroep').toelichting).toContain('remigrant (want hij of zij is teruggekeerd uit het buitenland)');
    expect(keuzes(afgeleid, 'situatie.aandachtsgroep')).toEqual(['situatie.remigrant-uit-terugkeer']);
    expect(citaten(afgeleid, 'situatie.aandachtsgroep')).toContain('Dit zijn mensen die tijdelijk in het buitenland hebben verbleven.');
  });

  describe('de richting van de opvang (visie MO §5.3 en §5.4): eerst lokaal', () => {
    // De richting komt uit het beleid van IJssel-Vecht: alleen met die regio (of een beleid met een grondslag ervoor).
    const inIJsselVecht = (invoer: SituatieInvoer) => classificeerSituatie({ ...invoer, regio: 'ijssel-vecht' });
    const zwaar = (lokaleMogelijkhedenToereikend?: Feit) => inIJsselVecht({ woonsituatie: 'openbare-ruimte', problematiek: 'zwaar', ...(lokaleMogelijkhedenToereikend === undefined ? {} : { lokaleMogelijkhedenToereikend }) });

    it('zonder regio, of in een regio waarvan het beleid geen richting geeft (Almelo), is er geen richting en geen grond: niet die van IJssel-Vecht geleend', () => {
      for (const regio of [undefined, 'almelo', 'twente', 'enschede']) {
        const beoordeling = classificeerSituatie({ woonsituatie: 'openbare-ruimte', problematiek: 'zwaar', lokaleMogelijkhedenToereikend: false, ...(regio ? { regio } : {}) });
        expect(beoordeling.opvang, regio).toBeNull();
        expect(beoordeling.beleid, regio).toBeNull();
        expect(beoordeling.gronden.map((kandidaat) => kandidaat.regel), regio).not.toContain('situatie.opvang');
        expect(motivering(beoordeling), regio).not.toMatch(/^Opvang:/m);
      }
      const ijsselVecht = zwaar(false);
      expect(ijsselVecht.beleid).toMatchObject({ id: 'ijssel-vecht' });
      expect(grond(ijsselVecht, 'situatie.opvang').basis).toMatchObject({ status: 'vastgesteld', beleid: 'ijssel-vecht' });
      // Een eigen beleid zonder richting naast de regio IJssel-Vecht haalt de richting niet stil weg: een fout die zegt wat te doen.
      const zonderRichting = defineBeleid({ id: 'gemeente-zwolle', versie: '1', naam: 'Gemeente Zwolle', parameters: {} });
      expect(veldfoutenVan(() => classificeerSituatie({ woonsituatie: 'openbare-ruimte', regio: 'ijssel-vecht' }, { beleid: zonderRichting }))[0]!.pad).toBe('opties.beleid');
      expect(classificeerSituatie({ woonsituatie: 'openbare-ruimte', problematiek: 'zwaar' }, { beleid: zonderRichting }).opvang).toBeNull();
      expect(veldfoutenVan(() => classificeerSituatie({ woonsituatie: 'openbare-ruimte', regio: 'utrecht' }))).toEqual([
        { pad: 'regio', melding: "onbekende regio; ingebouwd zijn 'almelo', 'enschede', 'twente', 'ijssel-vecht'; een eigen regio geeft u mee in opties.beleid" },
      ]);
    });

    it('zware problematiek alleen geeft geen regionale afstemming: eerst lokaal maatwerk, met de vraag of dat toereikend is', () => {
      for (const beoordeling of [zwaar(), zwaar('onbekend')]) {
        expect(beoordeling.opvang).toBe('lokaal-maatwerk');
        const opvang = grond(beoordeling, 'situatie.opvang');
        expect(opvang).toMatchObject({ soort: 'signaal', status: 'onbekend' });
        expect(opvang.toelichting).toContain('Verwijzen naar elders is volgens het beleid niet de oplossing: eerst lokaal maatwerk.');
        expect(opvang.toelichting).toContain('Geef op of de lokale mogelijkheden toereikend zijn.');
        expect(opvang.interpretaties.map((keuze) => keuze.id)).toEqual(['situatie.toereikend-is-een-oordeel']);
        expect(opvang.bronnen.map((bron) => bron.citaat)).toEqual([
          'Wanneer ernstige verslaving of psychiatrie in combinatie met multi-problematiek een rol speelt, ligt het ingewikkelder.',
          'Verwijzen naar elders is echter niet de oplossing, maar een verplaatsing van het probleem. [...] Hier zal lokaal maatwerk geleverd moeten en kunnen worden.',
          'Er zijn echter situaties die dermate complex zijn dat lokale mogelijkheden niet toereikend zijn. Regionale afstemming en samenwerking is dan noodzakelijk.',
        ]);
        // Geen aanvullen-uitkomst: de vraag staat in de grond, niet in ontbrekendeGegevens.
        expect(beoordeling.ontbrekendeGegevens).toEqual([]);
      }
    });

    it('zware problematiek en niet toereikend: regionale afstemming; toereikend: lokaal maatwerk, beide voldaan', () => {
      const niet = zwaar(false);
      expect(niet.opvang).toBe('regionale-afstemming');
      expect(grond(niet, 'situatie.opvang')).toMatchObject({ status: 'voldaan', soort: 'signaal' });
      expect(grond(niet, 'situatie.opvang').toelichting).toContain('De lokale mogelijkheden zijn volgens de opgave niet toereikend. Voor zulke situaties noemt het beleid regionale afstemming en samenwerking.');
      expect(citaten(niet, 'situatie.opvang')).not.toContain(expect.stringContaining('Hier zal lokaal maatwerk'));
      const wel = zwaar(true);
      expect(wel.opvang).toBe('lokaal-maatwerk');
      expect(grond(wel, 'situatie.opvang').status).toBe('voldaan');
      expect(citaten(wel, 'situatie.opvang')).not.toContain(expect.stringContaining('dermate complex'));
    });

    it('enkelvoudige problematiek: de eigen gemeente; zegt de invoer dat de lokale mogelijkheden niet toereikend zijn, dan beslist dat feit (SPEC §4.6)', () => {
      const gewoon = inIJsselVecht({ woonsituatie: 'familie-of-vrienden', problematiek: 'enkelvoudig' });
      expect(gewoon.opvang).toBe('eigen-gemeente');
      expect(keuzes(gewoon, 'situatie.opvang')).toEqual([]);
      const niet = inIJsselVecht({ woonsituatie: 'familie-of-vrienden', problematiek: 'enkelvoudig', lokaleMogelijkhedenToereikend: false });
      expect(niet.opvang).toBe('regionale-afstemming');
      expect(keuzes(niet, 'situatie.opvang')).toEqual(['situatie.toereikend-is-een-oordeel']);
      expect(citaten(niet, 'situatie.opvang')).toEqual([expect.stringContaining('dermate complex')]);
      expect(inIJsselVecht({ woonsituatie: 'familie-of-vrienden', lokaleMogelijkhedenToereikend: false }).opvang).toBe('regionale-afstemming');
      expect(inIJsselVecht({ woonsituatie: 'familie-of-vrienden', lokaleMogelijkhedenToereikend: true }).opvang).toBe('onbekend');
    });

    it('een voorbeeldgroep beslist niet zelf; de toelichting zegt wat beslist', () => {
      const beoordeling = inIJsselVecht({ woonsituatie: 'familie-of-vrienden', doelgroepen: ['scheiding'] });
      expect(beoordeling.opvang).toBe('onbekend');
      expect(grond(beoordeling, 'situatie.opvang').toelichting).toContain(
        'Het beleid noemt mensen die in scheiding liggen of gescheiden zijn als voorbeeld van wie in de eigen gemeente opgevangen kan worden. Beslissend is of de cliënt in grote mate zelfredzaam is.',
      );
      expect(keuzes(beoordeling, 'situatie.opvang')).toEqual(['situatie.voorbeeldgroep-beslist-niet']);
      expect(inIJsselVecht({ woonsituatie: 'familie-of-vrienden', doelgroepen: ['scheiding'], problematiek: 'zwaar' }).opvang).toBe('lokaal-maatwerk');
      // Onder een eigen beleid dat de visie niet noemt, zijn de voorbeeldgroepen niet de woorden van dat beleid.
      const eigen = defineBeleid({
        id: 'gemeente-x', versie: '1', naam: 'Gemeente X', parameters: {},
        documenten: [{ id: 'x-besluit', titel: 'Besluit opvang X', uitgever: 'Gemeente X', jaar: 2025 }],
        regels: { situatie: { grondslag: { status: 'vastgesteld', bronnen: [{ document: 'x-besluit', onderdeel: 'Art. 1' }] } } },
      });
      const onderEigen = classificeerSituatie({ woonsituatie: 'familie-of-vrienden', doelgroepen: ['scheiding'] }, { beleid: eigen });
      expect(onderEigen.opvang).toBe('onbekend');
      expect(grond(onderEigen, 'situatie.opvang').toelichting).not.toContain('in scheiding liggen');
      expect(grond(onderEigen, 'situatie.opvang').basis).toMatchObject({ beleid: 'gemeente-x', status: 'vastgesteld' });
    });

    it('de grondslag is de visie, op 22 juni 2023 regionaal vastgesteld; §5.3 en §5.4 spreken in de tegenwoordige tijd (audit, rij 23), dus geen ambitie', () => {
      const basis = grond(zwaar(false), 'situatie.opvang').basis;
      expect(basis).toMatchObject({ status: 'vastgesteld', beleid: 'ijssel-vecht' });
      expect(basis.toelichting).toContain('22 juni 2023');
      expect(basis.bronnen.map((bron) => [bron.document, bron.onderdeel])).toEqual([['visie-mo-ijssel-vecht', '1.3 Aangepast proces']]);
      expect(basis.bronnen[0]!.citaat).toContain('De visie MO is regionaal vastgesteld');
    });
  });

  it('de signalen veranderen de indeling nooit (eigenschap, 500 gevallen)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...WOONSITUATIES),
        fc.uniqueArray(fc.constantFrom(...DOELGROEPEN), { maxLength: 4 }),
        fc.constantFrom(...PROBLEMATIEKEN),
        fc.constantFrom<Feit>(true, false, 'onbekend'),
        fc.array(gebeurtenis, { maxLength: 3 }),
        (woonsituatie, doelgroepen, problematiek, lokaleMogelijkhedenToereikend, gebeurtenissen) => {
          const kaal = classificeerSituatie({ woonsituatie, gebeurtenissen: gebeurtenissen as Gebeurtenis[] });
          const vol = classificeerSituatie({ woonsituatie, gebeurtenissen: gebeurtenissen as Gebeurtenis[], doelgroepen, problematiek, lokaleMogelijkhedenToereikend, regio: 'ijssel-vecht' });
          expect(vol.uitkomst).toBe(kaal.uitkomst);
          expect(vol.ethosLight).toBe(kaal.ethosLight);
          expect(vol.primaireRoute).toBe(kaal.primaireRoute);
          expect(vol.gronden.slice(0, 2)).toEqual(kaal.gronden.slice(0, 2));
          expect(vol.gronden.map((kandidaat) => kandidaat.soort)).toEqual(['criterium', 'criterium', 'signaal', 'signaal']);
          // Regionale afstemming precies als de invoer zegt dat de lokale mogelijkheden niet toereikend zijn; nooit uit de zwaarte alleen.
          expect(vol.opvang === 'regionale-afstemming').toBe(woonsituatie !== 'eigen-woning' && lokaleMogelijkhedenToereikend === false);
          for (const kandidaat of vol.gronden) {
            zonderCode(kandidaat.toelichting);
            zonderCode(kandidaat.toelichtingEn);
            zonderCode(kandidaat.basis.toelichting);
            for (const keuze of kandidaat.interpretaties) zonderCode(keuze.toelichting);
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('de regel hangt niet af van datum of beleid, en ontbrekendeGegevens is altijd leeg (er is geen aanvullen-uitkomst)', () => {
    const beoordeling = classificeerSituatie({ woonsituatie: 'openbare-ruimte', problematiek: 'zwaar' });
    expect(beoordeling).toMatchObject({ regel: 'situatie', peildatum: null, beleid: null, ontbrekendeGegevens: [], toegepasteWaarden: [], uitgeslotenWaarden: [] });
    expect(typeof beoordeling.pakketversie).toBe('string');
  });

  it('elke keuze in de beschrijving wordt ergens gebruikt, en de grondslagen zijn per criterium', () => {
    const beschrijving = REGELBESCHRIJVINGEN.situatie!;
    const gevallen: SituatieInvoer[] = [
      ...WOONSITUATIES.map((woonsituatie) => ({ woonsituatie })),
      { woonsituatie: 'nachtopvang', gebeurtenissen: [{ soort: 'financiele-terugval' }, { soort: 'huisuitzetting', datum: '2026-01-01' }] },
      { woonsituatie: 'nachtopvang', gebeurtenissen: [{ soort: 'terugkeer-uit-buitenland' }], problematiek: 'zwaar', regio: 'ijssel-vecht' },
      { woonsituatie: 'nachtopvang', problematiek: 'enkelvoudig', lokaleMogelijkhedenToereikend: false, regio: 'ijssel-vecht' },
      { woonsituatie: 'nachtopvang', doelgroepen: ['scheiding'], regio: 'ijssel-vecht' },
      { woonsituatie: 'nachtopvang', doelgroepen: ['met-kinderen'] },
    ];
    const gebruikt = new Set(gevallen.flatMap((invoer) => classificeerSituatie(invoer).gronden.flatMap((kandidaat) => kandidaat.interpretaties.map((keuze) => keuze.id))));
    expect([...gebruikt].sort()).toEqual(beschrijving.criteria.flatMap((criterium) => criterium.keuzes.map((keuze) => keuze.id)).sort());
    expect(Object.fromEntries(beschrijving.criteria.map((criterium) => [criterium.id, [criterium.soort, criterium.basis === 'beleid' ? 'beleid' : criterium.basis.status]]))).toEqual({
      'situatie.woonsituatie': ['criterium', 'vastgesteld'],
      'situatie.route': ['criterium', 'vastgesteld'],
      'situatie.aandachtsgroep': ['signaal', 'praktijk'],
      'situatie.opvang': ['signaal', 'beleid'],
    });
    for (const criterium of beschrijving.criteria) {
      for (const tekst of [criterium.basis === 'beleid' ? '' : criterium.basis.reden.nl, ...criterium.keuzes.map((keuze) => keuze.tekst.nl)]) zonderCode(tekst);
    }
  });

  it('elke bron van elke grond verwijst naar een bekend brondocument, voor elke woonsituatie', () => {
    for (const woonsituatie of WOONSITUATIES) {
      for (const grond of classificeerSituatie({ woonsituatie }).gronden) {
        expect(grond.bronnen.length, grond.regel).toBeGreaterThan(0);
        for (const bron of grond.bronnen) expect(zoekBrondocument(bron.document), bron.document).toBeDefined();
      }
    }
  });

  it('neemt Date-objecten aan als Amsterdamse kalenderdatum, en wijzigt de invoer niet', () => {
    const invoer: SituatieInvoer = diepBevroren({
      woonsituatie: 'openbare-ruimte',
      gebeurtenissen: [
        { soort: 'huisuitzetting', datum: new Date('2026-03-12T23:30:00Z') },
        { soort: 'relatiebreuk', datum: '2026-03-13' },
      ],
    });
    // 12 maart 23:30 UTC is 13 maart in Amsterdam: twee routes op dezelfde dag.
    expect(classificeerSituatie(invoer).primaireRoute).toBeNull();
  });

  it('onjuiste invoer: elke fout met het pad', () => {
    expect(veldfoutenVan(() => classificeerSituatie({ woonsituatie: 'nachtopvang', gebeurtenissen: 'relatiebreuk' } as never))).toEqual([{ pad: 'gebeurtenissen', melding: 'moet een lijst zijn' }]);
    expect(veldfoutenVan(() => classificeerSituatie({ woonsituatie: 'nachtopvang', gebeurtenissen: [{ datum: '2026-01-01' }] } as never))).toEqual([{ pad: 'gebeurtenissen.0.soort', melding: 'ontbreekt' }]);
    expect(veldfoutenVan(() => classificeerSituatie(null as never))[0]!.pad).toBe('');
    expect(veldfoutenVan(() => classificeerSituatie({ woonsituatie: 'nachtopvang', lokaleMogelijkhedenToereikend: 'nee' } as never))).toEqual([
      { pad: 'lokaleMogelijkhedenToereikend', melding: "moet true, false of 'onbekend' zijn" },
    ]);
    const uitslag = classificeerSituatieVeilig({ woonsituatie: 'tent' } as never);
    expect(uitslag.succes).toBe(false);
    expect(classificeerSituatieVeilig({ woonsituatie: 'nachtopvang' })).toEqual({ succes: true, beoordeling: classificeerSituatie({ woonsituatie: 'nachtopvang' }) });
  });

  it('de motivering noemt categorie, routes, primaire route en opvang, in nl en en', () => {
    const beoordeling = classificeerSituatie({
      woonsituatie: 'familie-of-vrienden',
      gebeurtenissen: [{ soort: 'relatiebreuk', datum: '2025-11-02' }, { soort: 'huisuitzetting', datum: '2026-03-12' }],
      problematiek: 'zwaar',
      lokaleMogelijkhedenToereikend: false,
      regio: 'ijssel-vecht',
    });
    expect(motivering(beoordeling).split('\n').slice(0, 6)).toEqual([
      'Woonsituatie en route naar dakloosheid: thuisloos',
      `Beleid: Regio IJssel-Vecht (centrumgemeente Zwolle) (versie ${INGEBOUWD_BELEID['ijssel-vecht'].versie})`,
      'ETHOS Light-categorie: 6',
      'Routes naar dakloosheid: 1, 3',
      'Primaire route: 3',
      'Opvang: regionale afstemming nodig',
    ]);
    expect(motivering(beoordeling, { taal: 'en' }).split('\n').slice(0, 3)).toEqual([
      'Housing situation and route into homelessness: houseless (thuisloos)',
      `Policy: Regio IJssel-Vecht (centrumgemeente Zwolle) (version ${INGEBOUWD_BELEID['ijssel-vecht'].versie})`,
      'ETHOS Light category: 6',
    ]);
    expect(motivering(classificeerSituatie({ woonsituatie: 'eigen-woning' })).split('\n')[1]).toBe('');
  });

  it('de brief zet de signalen onder de aandachtspunten, met de grondslag van de richting, zonder code-namen', () => {
    const brief = motivering(classificeerSituatie({ woonsituatie: 'nachtopvang', gebeurtenissen: [{ soort: 'terugkeer-uit-buitenland' }], problematiek: 'zwaar', regio: 'ijssel-vecht' }));
    const [gronden, aandachtspunten] = brief.split('\nAandachtspunten:\n');
    expect(gronden).toContain('- Woonsituatie (voldaan)');
    expect(aandachtspunten).toContain('- Groep met extra aandacht: ');
    expect(aandachtspunten).toContain('- Richting van de opvang: ');
    expect(aandachtspunten).toContain('  Grondslag: vastgesteld. De richting komt uit de visie maatschappelijke opvang van de regio IJssel-Vecht, die op 22 juni 2023 regionaal is vastgesteld.');
    expect(brief).toContain('Opvang: lokaal maatwerk eerst');
    zonderCode(brief);
  });

  it('routes zijn oplopend en uniek, en de primaire route volgt de meest recente datum of is null (eigenschap, 1000 gevallen)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...WOONSITUATIES), fc.array(gebeurtenis, { maxLength: 6 }), (woonsituatie, gebeurtenissen) => {
        const beoordeling = classificeerSituatie({ woonsituatie, gebeurtenissen: gebeurtenissen as Gebeurtenis[] });
        const routeVan = (soort: string) => ({ 'uitstroom-instelling': 2, huisuitzetting: 3, 'terugkeer-uit-buitenland': 4 })[soort] ?? 1;
        const verwachteRoutes = [...new Set(gebeurtenissen.map((g) => routeVan(g.soort)))].sort((a, b) => a - b);
        expect(beoordeling.routes).toEqual(verwachteRoutes);
        const gedateerd = gebeurtenissen.filter((g) => g.datum !== undefined);
        let verwachtPrimair: number | null;
        if (gedateerd.length > 0) {
          const laatste = gedateerd.map((g) => g.datum!).sort().at(-1);
          const opLaatste = new Set(gedateerd.filter((g) => g.datum === laatste).map((g) => routeVan(g.soort)));
          verwachtPrimair = opLaatste.size === 1 ? [...opLaatste][0]! : null;
        } else {
          verwachtPrimair = verwachteRoutes.length === 1 ? verwachteRoutes[0]! : null;
        }
        expect(beoordeling.primaireRoute).toBe(verwachtPrimair);
        expect(beoordeling.gronden[1]!.status).toBe(verwachtPrimair !== null ? 'voldaan' : gebeurtenissen.length === 0 && woonsituatie === 'eigen-woning' ? 'niet-van-toepassing' : 'onbekend');
      }),
      { numRuns: 1000 },
    );
  });
});
