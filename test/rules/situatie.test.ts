import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  classificeerSituatie,
  classificeerSituatieVeilig,
  GEBEURTENISSOORTEN,
  motivering,
  WOONSITUATIES,
  zoekBrondocument,
  type Gebeurtenis,
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

describe('classificeerSituatie', () => {
  it('de toelichting van een primaire route noemt de gebeurtenis, de datum en alle routes', () => {
    const beoordeling = classificeerSituatie({
      woonsituatie: 'familie-of-vrienden',
      gebeurtenissen: [
        { soort: 'relatiebreuk', datum: '2025-11-02' },
        { soort: 'huisuitzetting', datum: '2026-03-12' },
      ],
    });
    const route = beoordeling.gronden.find((grond) => grond.regel === 'situatie.route')!;
    expect(route.toelichting).toBe(
      "Primaire route 3 (huisuitzetting): de meest recente gebeurtenis met een datum is 'huisuitzetting' op 12 maart 2026. Alle routes: 1 (verlies van huisvesting na een ingrijpende gebeurtenis) en 3 (huisuitzetting).",
    );
    expect(route.toelichtingEn).toContain('Primary route 3 (eviction)');
  });

  it('zonder datums bij meer routes vraagt de grond om datums', () => {
    const route = classificeerSituatie({ woonsituatie: 'openbare-ruimte', gebeurtenissen: [{ soort: 'baanverlies' }, { soort: 'uitstroom-instelling' }] }).gronden[1]!;
    expect(route).toMatchObject({ regel: 'situatie.route', status: 'onbekend' });
    expect(route.toelichting).toContain('geef de datums op om de primaire route te bepalen');
  });

  it('een gebeurtenis zonder datum telt niet mee als er een met datum is, en de toelichting zegt dat', () => {
    const beoordeling = classificeerSituatie({ woonsituatie: 'nachtopvang', gebeurtenissen: [{ soort: 'huisuitzetting' }, { soort: 'relatiebreuk', datum: '2024-02-29' }] });
    expect(beoordeling.primaireRoute).toBe(1);
    expect(beoordeling.gronden[1]!.toelichting).toContain('Gebeurtenissen zonder datum tellen niet mee voor de primaire route.');
  });

  it('niet-conventioneel is dakloos, en de grond zegt dat dit een interpretatie is', () => {
    const grond = classificeerSituatie({ woonsituatie: 'niet-conventioneel' }).gronden[0]!;
    expect(grond.toelichting).toContain('Dit is een interpretatie');
    expect(grond.toelichtingEn).toContain('This is an interpretation');
  });

  it('aandachtsgroepen: uit de doelgroepen en uit route 4, zonder dubbele; de grond is een signaal, geen weigering', () => {
    const beoordeling = classificeerSituatie({ woonsituatie: 'nachtopvang', gebeurtenissen: [{ soort: 'terugkeer-uit-buitenland' }], doelgroepen: ['remigrant', 'arbeidsmigrant', 'arbeidsmigrant'] });
    expect(beoordeling.aandachtsgroepen).toEqual(['arbeidsmigrant', 'remigrant']);
    const grond = beoordeling.gronden[2]!;
    expect(grond.toelichting).toBe(
      'De cliënt is arbeidsmigrant en remigrant: groepen waarvoor de landelijke wet- en regelgeving volgens de visie MO onvoldoende voorziet. De knelpunten liggen in het landelijke systeem; het is een signaal, geen reden om opvang te weigeren.',
    );
    expect(classificeerSituatie({ woonsituatie: 'nachtopvang', gebeurtenissen: [{ soort: 'terugkeer-uit-buitenland' }] }).gronden[2]!.toelichting).toContain("remigrant (uit de gebeurtenis 'terugkeer-uit-buitenland')");
  });

  it('opvang: een voorbeeldgroep beslist niet zelf; de toelichting zegt wat beslist', () => {
    const beoordeling = classificeerSituatie({ woonsituatie: 'familie-of-vrienden', doelgroepen: ['scheiding'] });
    expect(beoordeling.opvang).toBe('onbekend');
    expect(beoordeling.gronden[3]!.toelichting).toContain('De visie noemt in scheiding of gescheiden als voorbeeld van wie in de eigen gemeente opgevangen kan worden. Beslissend is of de cliënt in grote mate zelfredzaam is.');
    expect(classificeerSituatie({ woonsituatie: 'familie-of-vrienden', doelgroepen: ['scheiding'], problematiek: 'zwaar' }).opvang).toBe('regionale-afstemming');
  });

  it('de regel hangt niet af van datum of beleid, en ontbrekendeGegevens is altijd leeg (er is geen aanvullen-uitkomst)', () => {
    const beoordeling = classificeerSituatie({ woonsituatie: 'openbare-ruimte' });
    expect(beoordeling).toMatchObject({ regel: 'situatie', peildatum: null, beleid: null, ontbrekendeGegevens: [] });
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
    const uitslag = classificeerSituatieVeilig({ woonsituatie: 'tent' } as never);
    expect(uitslag.succes).toBe(false);
    expect(classificeerSituatieVeilig({ woonsituatie: 'nachtopvang' })).toEqual({ succes: true, beoordeling: classificeerSituatie({ woonsituatie: 'nachtopvang' }) });
  });

  it('de motivering noemt categorie, routes, primaire route en opvang, in nl en en', () => {
    const beoordeling = classificeerSituatie({ woonsituatie: 'familie-of-vrienden', gebeurtenissen: [{ soort: 'relatiebreuk', datum: '2025-11-02' }, { soort: 'huisuitzetting', datum: '2026-03-12' }], problematiek: 'zwaar' });
    expect(motivering(beoordeling).split('\n').slice(0, 5)).toEqual([
      'Woonsituatie en route naar dakloosheid: thuisloos',
      'ETHOS Light-categorie: 6',
      'Routes naar dakloosheid: 1, 3',
      'Primaire route: 3',
      'Opvang: regionale afstemming nodig',
    ]);
    expect(motivering(beoordeling, { taal: 'en' }).split('\n').slice(0, 2)).toEqual(['Housing situation and route into homelessness: houseless (thuisloos)', 'ETHOS Light category: 6']);
    expect(motivering(classificeerSituatie({ woonsituatie: 'eigen-woning' })).split('\n')[1]).toBe('');
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
