import { readFileSync } from 'node:fs';
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
    ]);
  });

  it('geen RVS-"citaat" dat niet letterlijk in een bron staat: de routes citeren de visie §2.3 (regressie: audit 2026-12 rij 22)', () => {
    const beoordeling = classificeerSituatie({ woonsituatie: 'nachtopvang', gebeurtenissen: [{ soort: 'relatiebreuk' }, { soort: 'uitstroom-instelling' }, { soort: 'huisuitzetting' }, { soort: 'terugkeer-uit-buitenland' }] });
    const route = grond(beoordeling, 'situatie.route');
    expect(route.bronnen.map((bron) => bron.document)).toEqual(Array(5).fill('visie-mo-ijssel-vecht'));
    expect(route.bronnen.every((bron) => bron.onderdeel === '2.3 Routes naar dakloosheid')).toBe(true);
    const alleBronnen = Object.values(REGELBESCHRIJVINGEN.situatie!.criteria).flatMap((criterium) => criterium.bronnen);
    expect(alleBronnen.filter((bron) => bron.document === 'rvs-herstel-begint-met-een-huis')).toEqual([]);
    expect(alleBronnen.map((bron) => bron.citaat ?? '').join('\n')).not.toContain('life event');
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

  describe('een caravan, tent, auto of kraakpand: de invoer zegt of er een dak is (audit 2026-12 rij 16)', () => {
    it('zonder dak is het dakloos, met dak thuisloos; beide ETHOS Light 5, met de keuze en alleen het begrip dat beslist', () => {
      const zonder = classificeerSituatie({ woonsituatie: 'niet-conventioneel', dakBovenHetHoofd: false });
      expect([zonder.uitkomst, zonder.ethosLight, zonder.ontbrekendeGegevens]).toEqual(['dakloos', 5, []]);
      expect(citaten(zonder, 'situatie.woonsituatie')[0]).toContain('letterlijk geen dak boven het hoofd');
      expect(citaten(zonder, 'situatie.woonsituatie').join(' ')).not.toContain('thuisloos');
      const met = classificeerSituatie({ woonsituatie: 'niet-conventioneel', dakBovenHetHoofd: true });
      expect([met.uitkomst, met.ethosLight, met.ontbrekendeGegevens]).toEqual(['thuisloos', 5, []]);
      expect(citaten(met, 'situatie.woonsituatie')[0]).toContain('(nog) wel een dak boven hun hoofd');
      expect(citaten(met, 'situatie.woonsituatie').join(' ')).not.toContain('letterlijk geen dak');
      for (const beoordeling of [zonder, met]) {
        const woon = grond(beoordeling, 'situatie.woonsituatie');
        expect(woon.status).toBe('voldaan');
        expect(woon.interpretaties.map((keuze) => keuze.id)).toEqual(['situatie.niet-conventioneel-naar-dak']);
        expect(woon.basis).toEqual({ status: 'vastgesteld', toelichting: '', toelichtingEn: '', bronnen: [], beleid: null });
      }
      expect(grond(met, 'situatie.woonsituatie').toelichting).toContain('Dat is thuisloos: wel een dak, maar geen eigen woonruimte');
    });

    it('zegt de invoer het niet, dan raadt de regel niet: aanvullen, met het dak als ontbrekend gegeven (vroeger: altijd dakloos)', () => {
      for (const invoer of [{ woonsituatie: 'niet-conventioneel' }, { woonsituatie: 'niet-conventioneel', dakBovenHetHoofd: 'onbekend' }] as const) {
        const beoordeling = classificeerSituatie(invoer);
        expect(beoordeling.uitkomst).toBe('aanvullen');
        expect(beoordeling.ethosLight).toBe(5);
        expect(beoordeling.ontbrekendeGegevens).toEqual(['dakBovenHetHoofd']);
        const woon = grond(beoordeling, 'situatie.woonsituatie');
        expect(woon.status).toBe('onbekend');
        expect(woon.toelichting).toContain('Geef op of er een dak boven het hoofd is.');
        expect(woon.toelichting).not.toMatch(/Dat is (dakloos|thuisloos)/);
      }
      // Een onbekende route maakt de uitkomst niet aanvullen; alleen het dak bij deze woonsituatie.
      expect(classificeerSituatie({ woonsituatie: 'openbare-ruimte' }).uitkomst).toBe('dakloos');
    });

    it('het dak telt alleen bij een niet-conventionele plek: buiten slapen blijft dakloos, bij familie thuisloos', () => {
      for (const dakBovenHetHoofd of [true, false, 'onbekend'] as const) {
        expect(classificeerSituatie({ woonsituatie: 'openbare-ruimte', dakBovenHetHoofd }).uitkomst).toBe('dakloos');
        expect(classificeerSituatie({ woonsituatie: 'familie-of-vrienden', dakBovenHetHoofd }).uitkomst).toBe('thuisloos');
        expect(classificeerSituatie({ woonsituatie: 'nachtopvang', dakBovenHetHoofd }).ontbrekendeGegevens).toEqual([]);
      }
    });

    it('de keuze voor de opvang zegt dat het onze lezing is, en claimt niet dat ETHOS Light de opvang dakloos noemt', () => {
      const keuze = grond(classificeerSituatie({ woonsituatie: 'opvangvoorziening' }), 'situatie.woonsituatie').interpretaties[0]!;
      expect(keuze.toelichting).toContain('dit is onze lezing');
      expect(keuze.toelichting).not.toContain('telt de opvang bij de dakloosheid');
      expect(keuze.toelichting).toContain('Dat zegt niet of het dakloos of thuisloos is in de zin van de visie.');
      expect(keuze.toelichtingEn).toContain('this is our reading');
      // Geen bron over de acute opvang van IJssel-Vecht (§2.1) voor de nachtopvang.
      const nacht = classificeerSituatie({ woonsituatie: 'nachtopvang' });
      expect(grond(nacht, 'situatie.woonsituatie').bronnen.map((bron) => bron.onderdeel)).toEqual(['Begrippen', 'Categorie 2']);
    });
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
      'De cliënt is arbeidsmigrant en remigrant: groepen waarvoor de landelijke wet- en regelgeving volgens de visie MO onvoldoende voorziet. De knelpunten liggen in het landelijke systeem. Dit is een aandachtspunt; het verandert de indeling niet.',
    );
    // §9 neemt deze groepen op "in deze uitwerking" van de vastgestelde visie: geen "geen besluit" of "praktijk" meer (audit 2026-12 rij 24).
    expect(aandacht.basis).toEqual({ status: 'vastgesteld', toelichting: '', toelichtingEn: '', bronnen: [], beleid: null });
    // Landelijk: onder elk beleid dezelfde grondslag, ook in Almelo.
    expect(grond(classificeerSituatie({ woonsituatie: 'nachtopvang', doelgroepen: ['remigrant'], regio: 'almelo' }), 'situatie.aandachtsgroep').basis.status).toBe('vastgesteld');
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

    it('enkelvoudige problematiek: de eigen gemeente, ook als de lokale mogelijkheden niet toereikend heten; regionaal alleen bij zware problemen (audit 2026-12 rij 17)', () => {
      const gewoon = inIJsselVecht({ woonsituatie: 'familie-of-vrienden', problematiek: 'enkelvoudig' });
      expect(gewoon.opvang).toBe('eigen-gemeente');
      expect(keuzes(gewoon, 'situatie.opvang')).toEqual([]);
      // Het geval van de audit: een zelfredzaam gezin met kinderen, lokale mogelijkheden niet toereikend.
      const gezin = inIJsselVecht({ woonsituatie: 'familie-of-vrienden', problematiek: 'enkelvoudig', doelgroepen: ['met-kinderen'], lokaleMogelijkhedenToereikend: false });
      expect(gezin.opvang).toBe('eigen-gemeente');
      const opvang = grond(gezin, 'situatie.opvang');
      expect(opvang.status).toBe('voldaan');
      expect(opvang.toelichting).toContain('Het beleid wijst dan op opvang in de eigen gemeente');
      expect(opvang.toelichting).toContain('Voor gezinnen onderstreept het beleid de opvang in de eigen gemeente.');
      expect(opvang.toelichting).toContain('Wij lezen dat als: regionale afstemming alleen bij zware problemen. Daarom blijft de richting hier de eigen gemeente. Of de cliënt toch regionaal opgevangen moet worden, beslist een mens.');
      expect(opvang.toelichting).not.toContain('Voor zulke situaties noemt het beleid regionale afstemming');
      expect(keuzes(gezin, 'situatie.opvang')).toEqual(['situatie.regionaal-alleen-bij-zwaar']);
      expect(citaten(gezin, 'situatie.opvang')).toContain('Hiermee wordt dan ook de wenselijkheid/noodzaak van opvang in de eigen gemeente onderstreept.');
      // De andere kant van de grens: zwaar en niet toereikend blijft regionale afstemming.
      expect(zwaar(false).opvang).toBe('regionale-afstemming');
      expect(keuzes(zwaar(false), 'situatie.opvang')).toEqual(['situatie.toereikend-is-een-oordeel', 'situatie.regionaal-alleen-bij-zwaar']);
      // Zonder zwaarte kiest de regel niet: onbekend, met de vraag naar de zwaarte (vroeger: regionale afstemming).
      const zonderZwaarte = inIJsselVecht({ woonsituatie: 'familie-of-vrienden', lokaleMogelijkhedenToereikend: false });
      expect(zonderZwaarte.opvang).toBe('onbekend');
      expect(grond(zonderZwaarte, 'situatie.opvang').toelichting).toContain('Geef de zwaarte van de problemen op.');
      expect(grond(zonderZwaarte, 'situatie.opvang').toelichting).toContain('Of dat zo is, hangt dus ook af van de zwaarte.');
      expect(inIJsselVecht({ woonsituatie: 'familie-of-vrienden', lokaleMogelijkhedenToereikend: true }).opvang).toBe('onbekend');
      // Zonder 'met-kinderen' geen gezinnenzin en geen gezinnenbron.
      const alleen = inIJsselVecht({ woonsituatie: 'familie-of-vrienden', problematiek: 'enkelvoudig', lokaleMogelijkhedenToereikend: false });
      expect(grond(alleen, 'situatie.opvang').toelichting).not.toContain('gezinnen');
      expect(citaten(alleen, 'situatie.opvang')).not.toContain(expect.stringContaining('wenselijkheid/noodzaak'));
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

    it('overal dezelfde grondslag voor de richting en de kwetsbare groepen: in de grond, het ingebouwde beleid en de catalogus; nergens ambitie (audit 2026-12 rij 23)', () => {
      const beoordeling = inIJsselVecht({ woonsituatie: 'openbare-ruimte', problematiek: 'enkelvoudig', doelgroepen: ['vrouw'] });
      for (const regel of ['situatie.opvang', 'situatie.kwetsbare-groep']) expect(grond(beoordeling, regel).basis.status, regel).toBe('vastgesteld');
      expect(INGEBOUWD_BELEID['ijssel-vecht'].regels.situatie?.grondslag.status).toBe('vastgesteld');
      for (const criterium of REGELBESCHRIJVINGEN.situatie!.criteria) {
        expect(criterium.basis === 'beleid' ? 'beleid' : criterium.basis.status, criterium.id).not.toBe('ambitie');
        for (const keuze of criterium.keuzes) expect(keuze.tekst.nl, keuze.id).not.toMatch(/ambitie/i);
      }
      const catalogus = readFileSync(new URL('../../docs/regels.md', import.meta.url), 'utf8');
      for (const kop of ['#### Richting van de opvang', '#### Kwetsbare groep']) {
        const begin = catalogus.indexOf(kop);
        const einde = Math.min(...['\n#### ', '\n### '].map((volgende) => catalogus.indexOf(volgende, begin + kop.length)).filter((plek) => plek > 0));
        const sectie = catalogus.slice(begin, einde);
        expect(sectie.length, kop).toBeGreaterThan(kop.length);
        expect(sectie, kop).toContain('Onder het ingebouwde beleid Regio IJssel-Vecht (centrumgemeente Zwolle): vastgesteld.');
        expect(sectie, kop).not.toMatch(/ambitie/i);
      }
    });
  });

  describe('kwetsbare groepen (visie MO §3.3 ontwikkellijn 4 en §7.2): een signaal, alleen onder een beleid dat de visie mag citeren', () => {
    const inIJsselVecht = (invoer: SituatieInvoer) => classificeerSituatie({ ...invoer, regio: 'ijssel-vecht' });

    it('jongeren en LHBTIQ+\'ers: aandacht (ontwikkellijn 4) en niet altijd veilig in de opvang (§7.2), letterlijk geciteerd', () => {
      const beoordeling = inIJsselVecht({ woonsituatie: 'nachtopvang', doelgroepen: ['lhbtiq', 'jongere'] });
      expect(beoordeling.kwetsbareGroepen).toEqual(['jongeren', 'lhbtiq']);
      const signaal = grond(beoordeling, 'situatie.kwetsbare-groep');
      expect(signaal).toMatchObject({ soort: 'signaal', status: 'voldaan', interpretaties: [] });
      expect(signaal.toelichting).toBe(
        "Het beleid noemt jongeren en LHBTIQ+'ers als groepen om aandacht voor te houden. De visie beschrijft dat de opvang niet altijd veilig is voor jongeren en LHBTIQ+'ers. Dit is een aandachtspunt; het verandert de indeling niet.",
      );
      expect(citaten(beoordeling, 'situatie.kwetsbare-groep')).toEqual([
        'Aandacht voor kwetsbare groepen: op dit moment worden kinderen, jongeren en LHBTIQ+’ers benoemd als groepen om aandacht voor te houden.',
        'Jongeren zijn oververtegenwoordigd onder daklozen en er is geen aandacht voor gender- en seksuele diversiteit binnen de hulpverlening.',
        expect.stringContaining('Vanuit het landelijk actieplan wordt aandacht gevraagd'),
        'Daarnaast zien we dat het voor deze groepen mensen, evenals voor vrouwen, niet altijd veilig is in de opvang.',
      ]);
      expect(signaal.basis).toMatchObject({ status: 'vastgesteld', beleid: 'ijssel-vecht' });
    });

    it('vrouwen: alleen wat de visie over hen zegt (niet altijd veilig in de opvang), niet de ontwikkellijn die hen niet noemt; geen ambitie uit Bijlage 2', () => {
      const beoordeling = inIJsselVecht({ woonsituatie: 'opvangvoorziening', doelgroepen: ['vrouw'] });
      expect(beoordeling.kwetsbareGroepen).toEqual(['vrouwen']);
      const signaal = grond(beoordeling, 'situatie.kwetsbare-groep');
      expect(signaal.toelichting).toBe('De visie beschrijft dat de opvang niet altijd veilig is voor vrouwen. Dit is een aandachtspunt; het verandert de indeling niet.');
      expect(signaal.bronnen.map((bron) => bron.onderdeel)).toEqual(['7.2 Problematiek']);
      for (const criterium of REGELBESCHRIJVINGEN.situatie!.criteria) for (const bron of criterium.bronnen) expect(bron.onderdeel).not.toMatch(/Bijlage 2/);
    });

    it('kinderen: bij een cliënt met kinderen, als onze keuze; niet de onveiligheid, die de visie voor kinderen niet noemt', () => {
      const beoordeling = inIJsselVecht({ woonsituatie: 'nachtopvang', doelgroepen: ['met-kinderen', 'jongere-niet-meer-thuis'] });
      expect(beoordeling.kwetsbareGroepen).toEqual(['kinderen', 'jongeren']);
      const signaal = grond(beoordeling, 'situatie.kwetsbare-groep');
      expect(signaal.toelichting).toContain('Het beleid noemt kinderen en jongeren als groepen om aandacht voor te houden (bij kinderen: die van de cliënt).');
      expect(signaal.toelichting).toContain('De visie beschrijft dat de opvang niet altijd veilig is voor jongeren.');
      expect(keuzes(beoordeling, 'situatie.kwetsbare-groep')).toEqual(['situatie.kwetsbare-groep-uit-doelgroep']);
      expect(citaten(beoordeling, 'situatie.kwetsbare-groep')).toContain('Bij kinderen is gezien de levensfase het meest ruimte voor ontwikkeling.');
      // Alleen kinderen: geen zin over veiligheid, geen keuze bij een opgegeven 'jongere'.
      expect(grond(inIJsselVecht({ woonsituatie: 'nachtopvang', doelgroepen: ['met-kinderen'] }), 'situatie.kwetsbare-groep').toelichting).not.toContain('veilig');
      expect(keuzes(inIJsselVecht({ woonsituatie: 'nachtopvang', doelgroepen: ['jongere'] }), 'situatie.kwetsbare-groep')).toEqual([]);
    });

    it('geen groep: niet van toepassing; de §9.2-groepen en de voorbeeldgroepen zijn geen kwetsbare groep', () => {
      const beoordeling = inIJsselVecht({ woonsituatie: 'nachtopvang', doelgroepen: ['arbeidsmigrant', 'scheiding', 'economisch-dakloos'] });
      expect(beoordeling.kwetsbareGroepen).toEqual([]);
      expect(grond(beoordeling, 'situatie.kwetsbare-groep').status).toBe('niet-van-toepassing');
    });

    it('alleen waar het beleid de visie mag citeren: niet zonder regio, niet in Almelo, niet onder een eigen beleid dat de visie niet noemt', () => {
      const invoer: SituatieInvoer = { woonsituatie: 'nachtopvang', doelgroepen: ['vrouw', 'lhbtiq'] };
      const eigen = defineBeleid({
        id: 'gemeente-x', versie: '1', naam: 'Gemeente X', parameters: {},
        documenten: [{ id: 'x-besluit', titel: 'Besluit opvang X', uitgever: 'Gemeente X', jaar: 2025 }],
        regels: { situatie: { grondslag: { status: 'vastgesteld', bronnen: [{ document: 'x-besluit', onderdeel: 'Art. 1' }] } } },
      });
      for (const beoordeling of [classificeerSituatie(invoer), classificeerSituatie({ ...invoer, regio: 'almelo' }), classificeerSituatie(invoer, { beleid: eigen })]) {
        expect(beoordeling.kwetsbareGroepen).toEqual([]);
        expect(beoordeling.gronden.map((kandidaat) => kandidaat.regel)).not.toContain('situatie.kwetsbare-groep');
        expect(beoordeling.gronden.flatMap((kandidaat) => kandidaat.bronnen).map((bron) => bron.onderdeel)).not.toContain('7.2 Problematiek');
      }
      // Een eigen beleid dat de visie zelf citeert, mag haar woorden gebruiken.
      const metVisie = defineBeleid({
        id: 'gemeente-y', versie: '1', naam: 'Gemeente Y', parameters: {},
        regels: { situatie: { grondslag: { status: 'vastgesteld', bronnen: [{ document: 'visie-mo-ijssel-vecht', onderdeel: '1.3 Aangepast proces', citaat: 'De visie MO is regionaal vastgesteld' }] } } },
      });
      expect(classificeerSituatie(invoer, { beleid: metVisie }).kwetsbareGroepen).toEqual(['vrouwen', 'lhbtiq']);
    });

    it('het signaal verandert de uitkomst niet: met en zonder groepen dezelfde indeling en richting', () => {
      for (const woonsituatie of WOONSITUATIES) {
        const zonder = inIJsselVecht({ woonsituatie, dakBovenHetHoofd: true, problematiek: 'enkelvoudig' });
        const met = inIJsselVecht({ woonsituatie, dakBovenHetHoofd: true, problematiek: 'enkelvoudig', doelgroepen: ['vrouw', 'lhbtiq', 'jongere'] });
        expect([met.uitkomst, met.opvang, met.ethosLight], woonsituatie).toEqual([zonder.uitkomst, zonder.opvang, zonder.ethosLight]);
      }
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
          expect(vol.gronden.map((kandidaat) => kandidaat.soort)).toEqual(['criterium', 'criterium', 'signaal', 'signaal', 'signaal']);
          expect(vol.gronden.map((kandidaat) => kandidaat.regel).slice(2)).toEqual(['situatie.aandachtsgroep', 'situatie.opvang', 'situatie.kwetsbare-groep']);
          // Regionale afstemming precies bij zware problemen als de invoer zegt dat de lokale mogelijkheden niet toereikend zijn; nooit uit de zwaarte alleen.
          expect(vol.opvang === 'regionale-afstemming').toBe(woonsituatie !== 'eigen-woning' && problematiek === 'zwaar' && lokaleMogelijkhedenToereikend === false);
          // Zonder regio geen kwetsbare groepen (de visie is IJssel-Vechts); met regio een signaal dat de indeling niet verandert.
          expect(kaal.kwetsbareGroepen).toEqual([]);
          expect(kaal.gronden.map((kandidaat) => kandidaat.regel)).not.toContain('situatie.kwetsbare-groep');
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

  it('de regel hangt niet af van datum of beleid; ontbrekendeGegevens is leeg buiten een niet-conventionele plek zonder opgave van een dak', () => {
    const beoordeling = classificeerSituatie({ woonsituatie: 'openbare-ruimte', problematiek: 'zwaar' });
    expect(beoordeling).toMatchObject({ regel: 'situatie', peildatum: null, beleid: null, ontbrekendeGegevens: [], toegepasteWaarden: [], uitgeslotenWaarden: [] });
    expect(typeof beoordeling.pakketversie).toBe('string');
    for (const woonsituatie of WOONSITUATIES) {
      expect(classificeerSituatie({ woonsituatie }).ontbrekendeGegevens, woonsituatie).toEqual(woonsituatie === 'niet-conventioneel' ? ['dakBovenHetHoofd'] : []);
    }
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
      { woonsituatie: 'nachtopvang', doelgroepen: ['met-kinderen'], regio: 'ijssel-vecht' },
    ];
    const gebruikt = new Set(gevallen.flatMap((invoer) => classificeerSituatie(invoer).gronden.flatMap((kandidaat) => kandidaat.interpretaties.map((keuze) => keuze.id))));
    expect([...gebruikt].sort()).toEqual(beschrijving.criteria.flatMap((criterium) => criterium.keuzes.map((keuze) => keuze.id)).sort());
    expect(Object.fromEntries(beschrijving.criteria.map((criterium) => [criterium.id, [criterium.soort, criterium.basis === 'beleid' ? 'beleid' : criterium.basis.status]]))).toEqual({
      'situatie.woonsituatie': ['criterium', 'vastgesteld'],
      'situatie.route': ['criterium', 'vastgesteld'],
      'situatie.aandachtsgroep': ['signaal', 'vastgesteld'],
      'situatie.opvang': ['signaal', 'beleid'],
      'situatie.kwetsbare-groep': ['signaal', 'beleid'],
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
      'Housing situation and route into homelessness: thuisloos (without a home of their own)',
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
    expect(aandachtspunten).toContain('  Grondslag: vastgesteld. De richting van de opvang en de kwetsbare groepen komen uit de visie maatschappelijke opvang van de regio IJssel-Vecht, die op 22 juni 2023 regionaal is vastgesteld.');
    expect(aandachtspunten).toContain('- Kwetsbare groep: ');
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

describe('een grond citeert wat hij toepast (review van de audit)', () => {
  it('een caravan met een dak citeert de omschrijving van thuisloos, niet de bankhoppers; familie of vrienden wel', () => {
    const caravan = classificeerSituatie({ woonsituatie: 'niet-conventioneel', dakBovenHetHoofd: true });
    const citaten = caravan.gronden.find((grond) => grond.regel === 'situatie.woonsituatie')!.bronnen.map((bron) => bron.citaat ?? '');
    expect(citaten).toContain('Mensen die thuisloos zijn, hebben (nog) wel een dak boven hun hoofd, maar niet een eigen woonruimte.');
    expect(citaten.join(' ')).not.toContain('bankhoppers');
    const bank = classificeerSituatie({ woonsituatie: 'familie-of-vrienden' });
    expect(bank.gronden.find((grond) => grond.regel === 'situatie.woonsituatie')!.bronnen.map((bron) => bron.citaat ?? '').join(' ')).toContain('bankhoppers');
  });
});
