// SPEC §2.4 (0.2): de bronnen volgen de waarden. Elk citaat in een beoordeling is de regeltekst
// van het criterium zelf, of hoort bij een waarde die de beoordeling toepaste (toegepasteWaarden);
// een signaal mag ook een niet-toegepaste waarde citeren (uitgeslotenWaarden). Zo citeert een
// eigen fonds van € 500 nooit "tot een maximum van € 1.000,-", en een eigen regio nooit Almelo.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  INGEBOUWD_BELEID,
  OngeldigeInvoerFout,
  REGELBESCHRIJVINGEN,
  REGELS,
  REGIOS,
  defineBeleid,
  type Beleid,
  type Beoordeling,
  type Bron,
  type GedateerdeWaarde,
  type RegelId,
  type ToegepasteWaarde,
  zoekBrondocument,
} from '../../src/index.js';
import { REGELONDERDELEN, REGIONALE_REGELS } from '../../src/beleid/regelonderdelen.js';
import { regioVanBron } from '../../src/data/bronnen.js';
import { GELDIGE_INVOER, versnelfondsAanvraag } from './invoer.js';

const RUNS = { numRuns: 500 };
const sleutel = (bron: Bron) => `${bron.document}|${bron.onderdeel}|${bron.citaat ?? ''}`;

const EIGEN_BRON = (onderdeel: string): Bron => ({ document: 'raadsbrief-regioplan-almelo', onderdeel, citaat: `eigen citaat: ${onderdeel}` });

/** Een eigen beleid met andere waarden, regio's en bronnen dan het ingebouwde. */
const EIGEN_FONDS = defineBeleid({
  id: 'proef-eigen-fonds',
  versie: '1',
  naam: 'Proefgemeente',
  parameters: {
    'versnelfonds.maximumInCenten': [{ vanaf: '2024-01-01', waarde: 50_000, status: 'vastgesteld', bronnen: [EIGEN_BRON('maximum')] }],
    'versnelfonds.beoordelingstermijnInUren': [{ vanaf: '2024-01-01', waarde: 48, status: 'vastgesteld', bronnen: [EIGEN_BRON('termijn')] }],
    'versnelfonds.regio': [{ vanaf: '2024-01-01', waarde: 'enschede', status: 'vastgesteld', bronnen: [EIGEN_BRON('regio')] }],
    'versnelfonds.kostenBatenFactor': [{ vanaf: '2024-01-01', waarde: 1.5, status: 'interpretatie', toelichting: 'Een proefwaarde.', bronnen: [EIGEN_BRON('factor')] }],
    'verblijfsduur.regio': [{ vanaf: '2023-01-01', waarde: 'ijssel-vecht', status: 'vastgesteld', bronnen: [EIGEN_BRON('termijnregio')] }],
    'verblijfsduur.nachtopvang': [{ vanaf: '2024-01-01', waarde: { aantal: 5, eenheid: 'nachten' }, status: 'vastgesteld', bronnen: [EIGEN_BRON('nachtopvang')] }],
    'verblijfsduur.acute-opvang': [{ vanaf: '2024-01-01', waarde: { aantal: 6, eenheid: 'weken' }, status: 'ambitie', bronnen: [EIGEN_BRON('ambitie')] }],
  },
  regels: { versnelfonds: { grondslag: { status: 'vastgesteld', bronnen: [EIGEN_BRON('grondslag')] } } },
});
/** Het voorbeeld met een eigen regio (Amsterdam-Amstelland) en eigen documenten, met elke waarde al vanaf 2000. */
const EIGEN_REGIO = (() => {
  const bestand = JSON.parse(readFileSync(new URL('../../examples/beleid/amsterdam-amstelland.json', import.meta.url), 'utf8'));
  for (const perioden of Object.values<Array<{ vanaf: string }>>(bestand.parameters)) perioden[0]!.vanaf = '2000-01-01';
  bestand.regios['amsterdam-amstelland'].leden[0].vanaf = '2000-01-01';
  return defineBeleid({ ...bestand, id: 'proef-eigen-regio' });
})();
const EIGEN: Record<string, Beleid> = { [EIGEN_FONDS.id]: EIGEN_FONDS, [EIGEN_REGIO.id]: EIGEN_REGIO };

/** De bronnen van een toegepaste (of uitgesloten) waarde, opgezocht in het beleid of de regio-indeling die haar leverde. */
function bronnenVan(waarde: ToegepasteWaarde): readonly Bron[] {
  const regio = /^regio\.(.+)\.leden$/.exec(waarde.parameter);
  let perioden: readonly GedateerdeWaarde<unknown>[] | undefined;
  if (regio && waarde.beleid === 'ingebouwd') perioden = REGIOS[regio[1] as keyof typeof REGIOS]?.leden;
  else if (regio) perioden = EIGEN[waarde.beleid]?.regios[regio[1]!]?.leden;
  else {
    const beleid = EIGEN[waarde.beleid] ?? INGEBOUWD_BELEID[waarde.beleid as keyof typeof INGEBOUWD_BELEID];
    perioden = beleid?.parameters[waarde.parameter as keyof Beleid['parameters']] as readonly GedateerdeWaarde<unknown>[] | undefined;
  }
  const periode = perioden?.find((kandidaat) => kandidaat.vanaf === waarde.vanaf);
  expect(periode, `${waarde.beleid} ${waarde.parameter} vanaf ${waarde.vanaf} bestaat`).toBeDefined();
  expect(periode!.status).toBe(waarde.status);
  return periode!.bronnen;
}

/** Elk citaat in elke grond: regeltekst van het criterium, of van een toegepaste waarde (of, in een signaal, een uitgesloten waarde). */
function verwachtBronnenVolgenWaarden(beoordeling: Beoordeling<string>): void {
  const beschrijving = REGELBESCHRIJVINGEN[beoordeling.regel]!;
  const vanWaarden = new Set(beoordeling.toegepasteWaarden.flatMap(bronnenVan).map(sleutel));
  const vanUitgesloten = new Set(beoordeling.uitgeslotenWaarden.flatMap(bronnenVan).map(sleutel));
  for (const grond of beoordeling.gronden) {
    const criterium = beschrijving.criteria.find((kandidaat) => kandidaat.id === grond.regel)!;
    const eigen = new Set(criterium.bronnen.map(sleutel));
    for (const bron of grond.bronnen) {
      const toegestaan = eigen.has(sleutel(bron)) || vanWaarden.has(sleutel(bron)) || (grond.soort === 'signaal' && vanUitgesloten.has(sleutel(bron)));
      expect(toegestaan, `${grond.regel} citeert "${bron.citaat ?? bron.onderdeel}" zonder dat het de regeltekst of een toegepaste waarde is`).toBe(true);
    }
  }
}

function beoordeel(id: RegelId, invoer: unknown, opties?: unknown): Beoordeling<string> | null {
  try {
    return REGELS[id].beoordeel(invoer, opties);
  } catch (fout) {
    if (fout instanceof OngeldigeInvoerFout) return null;
    throw fout;
  }
}

describe('de bronnen volgen de waarden, bij elke regel', () => {
  it.each(Object.keys(REGELS) as RegelId[])('%s met het ingebouwde beleid', (id) => {
    fc.assert(
      fc.property(GELDIGE_INVOER[id], (invoer) => {
        const beoordeling = beoordeel(id, invoer);
        if (beoordeling) verwachtBronnenVolgenWaarden(beoordeling);
      }),
      RUNS,
    );
  });

  it.each(['versnelfonds', 'verblijfstermijn'] as const)('%s met een eigen beleid: geen citaat van een ingebouwde waarde', (id) => {
    const ingebouwdeWaardebronnen = new Set(
      Object.values(INGEBOUWD_BELEID).flatMap((beleid) => Object.values(beleid.parameters).flatMap((perioden) => (perioden ?? []).flatMap((periode) => periode.bronnen.map(sleutel)))),
    );
    const eigenRegel = new Set(REGELBESCHRIJVINGEN[id]!.criteria.flatMap((criterium) => criterium.bronnen.map(sleutel)));
    const invoer = id === 'verblijfstermijn' ? GELDIGE_INVOER.verblijfstermijn.map((geval) => ({ ...geval, regio: 'ijssel-vecht' })) : versnelfondsAanvraag;
    let beoordeeld = 0;
    fc.assert(
      fc.property(invoer, fc.constantFrom([], undefined), (geval, uitgesloten) => {
        const beoordeling = beoordeel(id, geval, { beleid: EIGEN_FONDS, ...(uitgesloten ? { uitgeslotenStatussen: uitgesloten } : {}) });
        if (!beoordeling) return;
        beoordeeld += 1;
        verwachtBronnenVolgenWaarden(beoordeling);
        expect(beoordeling.toegepasteWaarden.filter((waarde) => waarde.beleid !== 'ingebouwd').every((waarde) => waarde.beleid === EIGEN_FONDS.id)).toBe(true);
        for (const bron of beoordeling.gronden.flatMap((grond) => grond.bronnen)) {
          expect(ingebouwdeWaardebronnen.has(sleutel(bron)) && !eigenRegel.has(sleutel(bron)), `citeert de ingebouwde waarde "${bron.citaat}"`).toBe(false);
        }
      }),
      RUNS,
    );
    expect(beoordeeld).toBeGreaterThan(RUNS.numRuns / 4);
  });

  it.each(['herkomst', 'versnelfonds', 'verblijfstermijn'] as const)('%s met een eigen regio: alleen eigen waarden en indeling, en elk eigen document in eigenDocumenten', (id) => {
    const ingebouwd = new Set([
      ...Object.values(INGEBOUWD_BELEID).flatMap((beleid) => Object.values(beleid.parameters).flatMap((perioden) => (perioden ?? []).flatMap((periode) => periode.bronnen.map(sleutel)))),
      ...Object.values(REGIOS).flatMap((regio) => regio.leden.flatMap((periode) => periode.bronnen.map(sleutel))),
    ]);
    const eigenRegel = new Set(REGELBESCHRIJVINGEN[id]!.criteria.flatMap((criterium) => criterium.bronnen.map(sleutel)));
    const invoer: fc.Arbitrary<unknown> =
      id === 'versnelfonds'
        ? versnelfondsAanvraag
        : id === 'herkomst'
          ? GELDIGE_INVOER.herkomst.map((geval) => ({ ...(geval as object), regio: 'amsterdam-amstelland' }))
          : GELDIGE_INVOER.verblijfstermijn.map((geval) => ({ ...(geval as object), regio: 'amsterdam-amstelland' }));
    let beoordeeld = 0;
    fc.assert(
      fc.property(invoer, fc.constantFrom('Diemen', 'Weesp', 'Amsterdam', 'Zwolle', 'Almelo', 'onbekend', 'buitenland'), (geval, gemeenteVanHerkomst) => {
        const beoordeling = beoordeel(id, { ...(geval as object), gemeenteVanHerkomst }, { beleid: EIGEN_REGIO });
        if (!beoordeling) return;
        beoordeeld += 1;
        verwachtBronnenVolgenWaarden(beoordeling);
        expect(beoordeling.toegepasteWaarden.every((waarde) => waarde.beleid === EIGEN_REGIO.id)).toBe(true);
        const eigenIds = beoordeling.eigenDocumenten.map((document) => document.id);
        const geciteerd = new Set(beoordeling.gronden.flatMap((grond) => grond.bronnen.map((bron) => bron.document)));
        for (const bron of beoordeling.gronden.flatMap((grond) => grond.bronnen)) {
          expect(ingebouwd.has(sleutel(bron)) && !eigenRegel.has(sleutel(bron)), `citeert de ingebouwde waarde "${bron.citaat}"`).toBe(false);
          expect(zoekBrondocument(bron.document) !== undefined || eigenIds.includes(bron.document), `eigen document '${bron.document}' zonder eigenDocumenten`).toBe(true);
        }
        // eigenDocumenten noemt alleen wat geciteerd is, elk één keer, zoals in het beleid.
        expect(new Set(eigenIds).size).toBe(eigenIds.length);
        for (const document of beoordeling.eigenDocumenten) {
          expect(geciteerd.has(document.id)).toBe(true);
          expect(document).toEqual({ ...EIGEN_REGIO.documenten.find((kandidaat) => kandidaat.id === document.id) });
        }
      }),
      RUNS,
    );
    expect(beoordeeld).toBeGreaterThan(RUNS.numRuns / 4);
  });
});

describe('onder een eigen beleid met een eigen grondslag voor elke regionale regel (SPEC §2.9)', () => {
  const BESLUIT = 'proef-raadsbesluit';
  const besluit = (onderdeel: string): Bron => ({ document: BESLUIT, onderdeel, citaat: `eigen tekst: ${onderdeel}` });
  const waarde = <W>(waarde: W, onderdeel: string) => [{ vanaf: '2000-01-01', waarde, status: 'vastgesteld' as const, bronnen: [besluit(onderdeel)] }];
  const BELEID = defineBeleid({
    id: 'proef-eigen-regels',
    versie: '1',
    naam: 'Proefgemeente met eigen regels',
    documenten: [{ id: BESLUIT, titel: 'Raadsbesluit opvang (proef)', uitgever: 'Gemeenteraad (proef)', jaar: 2025 }],
    parameters: {
      'versnelfonds.maximumInCenten': waarde(50_000, 'maximum'),
      'versnelfonds.beoordelingstermijnInUren': waarde(48, 'termijn'),
      'versnelfonds.regio': waarde('enschede', 'regio'),
      'versnelfonds.kostenBatenFactor': waarde(1, 'factor'),
    },
    // Elke regionale regel rust op het eigen besluit, en het beleid neemt elke lezing over.
    regels: Object.fromEntries(
      REGIONALE_REGELS.map((regel) => [
        regel,
        { grondslag: { status: 'vastgesteld', bronnen: [besluit(`grondslag ${regel}`)] }, keuzes: Object.fromEntries(REGELONDERDELEN[regel].keuzes.map((keuze) => [keuze, { overgenomen: true }])) },
      ]),
    ),
  });
  // De documenten van de ingebouwde regio die het beleid zelf kiest (versnelfonds.regio = enschede) dragen de indeling: die mag de herkomst citeren.
  const indelingEnschede = new Set(REGIOS.enschede.leden.flatMap((periode) => periode.bronnen.map((bron) => bron.document)));

  it.each(REGIONALE_REGELS)('%s: geen regionaal document dat het beleid niet citeert, geen overgenomen lezing als "interpretatie", en de grondslag is die van het beleid', (id) => {
    const invoer = id === 'versnelfonds' ? versnelfondsAanvraag : GELDIGE_INVOER[id];
    let beoordeeld = 0;
    fc.assert(
      fc.property(invoer, (geval) => {
        const beoordeling = beoordeel(id, geval, { beleid: BELEID });
        if (!beoordeling) return;
        beoordeeld += 1;
        expect(beoordeling.beleid?.id).toBe(BELEID.id);
        for (const grond of beoordeling.gronden) {
          const bronnen = [...grond.bronnen, ...grond.basis.bronnen, ...grond.interpretaties.flatMap((keuze) => keuze.bronnen)];
          for (const bron of bronnen) {
            const regionaal = regioVanBron(bron) !== null;
            expect(regionaal && !indelingEnschede.has(bron.document), `${grond.regel} citeert ${bron.document} (${bron.onderdeel})`).toBe(false);
          }
          for (const keuze of grond.interpretaties) expect(keuze.soort, keuze.id).toBe('overgenomen');
          const criterium = REGELBESCHRIJVINGEN[id]!.criteria.find((kandidaat) => kandidaat.id === grond.regel);
          if (criterium?.basis === 'beleid') expect(grond.basis, grond.regel).toMatchObject({ status: 'vastgesteld', beleid: BELEID.id, bronnen: [besluit(`grondslag ${id}`)] });
        }
      }),
      RUNS,
    );
    expect(beoordeeld).toBeGreaterThan(RUNS.numRuns / 4);
  });
});

