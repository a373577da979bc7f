// Audit december 2026, rijen 12, 21 en 32: een gekozen datum staat niet als feit in een grond, de
// bronnen van een gekozen looptijd (datumbronnen) staan onder geen criterium, en een Engelse
// motivering brengt de toelichting van een waarde in het Engels (of citeert de Nederlandse woorden
// van een eigen beleid als citaat).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { INGEBOUWD_BELEID, beoordeelVersnelfonds, defineBeleid, motivering, type Beoordeling } from '../../src/index.js';
import { zoekRegel } from '../../src/rules/register.js';
import { veldfoutenVan } from '../helpers.js';

const bronsleutel = (bron: { document: string; onderdeel: string; citaat?: string }) => `${bron.document}|${bron.onderdeel}|${bron.citaat ?? ''}`;

const aanvraag = {
  ingediendOp: '2025-04-05T14:30:00+02:00',
  vorm: 'gift',
  bedragInCenten: 80_000,
  gemeenteVanHerkomst: 'Wierden',
  voorliggendeVoorzieningenBenut: true,
  voorkomtOfVerkortOpvang: true,
  verwachteBesparingInCenten: 90_000,
  schulden: false,
} as const;

function eigenFonds(extra: Record<string, unknown>): Record<string, any> {
  const beleid = JSON.parse(readFileSync('examples/beleid/voorbeeld-eigen-fonds.json', 'utf8'));
  Object.assign(beleid.parameters['versnelfonds.maximumInCenten'][0], extra);
  return beleid;
}

describe('de looptijd van een waarde in een grond', () => {
  it('de ingebouwde versnelfondswaarden dragen hun looptijdbronnen apart, en elke ingebouwde toelichting heeft een Engelse tekst', () => {
    for (const beleid of Object.values(INGEBOUWD_BELEID)) {
      for (const [naam, perioden] of Object.entries(beleid.parameters)) {
        for (const periode of perioden ?? []) {
          if (periode.toelichting !== undefined) expect(periode.toelichtingEn, `${beleid.id} ${naam}`).toBeTruthy();
          // Een bron van de looptijd is geen bron van de waarde.
          const datum = new Set((periode.datumbronnen ?? []).map(bronsleutel));
          for (const bron of periode.bronnen) expect(datum.has(bronsleutel(bron)), `${beleid.id} ${naam}: ${bron.onderdeel}`).toBe(false);
        }
      }
    }
    expect(INGEBOUWD_BELEID.almelo.parameters['versnelfonds.maximumInCenten']![0]!.datumbronnen?.map((bron) => bron.onderdeel)).toEqual([
      'Beleidsshift: opvang nieuwe stijl',
      '1.1 Van integrale ketenaanpak naar adviesgroep maatschappelijke opvang',
      'Inleiding',
    ]);
  });

  it('geen grond van een meegeleverde testvector citeert een bron van een gekozen looptijd of noemt een einddatum van een waarde', () => {
    const datumbronnen = new Set(
      Object.values(INGEBOUWD_BELEID).flatMap((beleid) => Object.values(beleid.parameters).flatMap((perioden) => (perioden ?? []).flatMap((periode) => (periode.datumbronnen ?? []).map(bronsleutel)))),
    );
    // Een grondslag mag het plan citeren ("die we in 2020 willen implementeren"): dat zegt waar de regel op rust, niet hoe lang.
    let gronden = 0;
    for (const bestand of ['versnelfonds', 'herkomst', 'verblijfstermijn']) {
      const { vectoren } = JSON.parse(readFileSync(`test/vectors/${bestand}.json`, 'utf8')) as { vectoren: Array<{ invoer: unknown; opties?: unknown }> };
      for (const { invoer, opties } of vectoren) {
        let beoordeling: Beoordeling<string>;
        try {
          beoordeling = zoekRegel(bestand).beoordeel(invoer, opties as never) as Beoordeling<string>;
        } catch {
          continue;
        }
        for (const grond of beoordeling.gronden) {
          gronden += 1;
          for (const bron of grond.bronnen) expect(datumbronnen.has(bronsleutel(bron)), `${bestand}: ${grond.regel}: ${bron.onderdeel}`).toBe(false);
          expect(grond.toelichting, grond.regel).not.toMatch(/ geldt tot \d/);
          expect(grond.toelichtingEn, grond.regel).not.toMatch(/ applies until \d/);
        }
      }
    }
    expect(gronden).toBeGreaterThan(300);
  });

  it('een eigen beleid met datumbronnen: gecontroleerd op bekende documenten, en nooit in de grond', () => {
    const bron = { document: 'voorbeeld-raadsbesluit-versnelfonds', onderdeel: 'Artikel 9, inwerkingtreding (fictief)' };
    expect(veldfoutenVan(() => defineBeleid(eigenFonds({ datumkeuze: 'Gekozen: de dag na bekendmaking.', datumbronnen: [{ document: 'bestaat-niet', onderdeel: 'x' }] })))).toEqual([
      { pad: 'parameters.versnelfonds.maximumInCenten.0.datumbronnen.0.document', melding: 'onbekend brondocument: geen ingebouwd document (BRONDOCUMENTEN) en niet in documenten van dit beleid' },
    ]);
    expect(veldfoutenVan(() => defineBeleid(eigenFonds({ datumbronnen: [] })))).toMatchObject([{ pad: 'parameters.versnelfonds.maximumInCenten.0.datumbronnen' }]);
    const beleid = defineBeleid(eigenFonds({ datumkeuze: 'Gekozen: de dag na bekendmaking.', datumbronnen: [bron] }));
    const beoordeling = beoordeelVersnelfonds({ ...aanvraag, gemeenteVanHerkomst: 'Haaksbergen' }, { beleid });
    expect(beoordeling.gronden.flatMap((grond) => grond.bronnen).some((gebruikt) => gebruikt.onderdeel === bron.onderdeel)).toBe(false);
  });

  it('in het Engels: de Engelse toelichting van een waarde, of de Nederlandse woorden van het beleid als citaat, nooit als Engelse zin', () => {
    const zonder = beoordeelVersnelfonds({ ...aanvraag, gemeenteVanHerkomst: 'Haaksbergen' }, { beleid: defineBeleid(eigenFonds({})) });
    const maximum = zonder.gronden.find((grond) => grond.regel === 'versnelfonds.maximum')!;
    expect(maximum.toelichtingEn).toContain('The policy says, in Dutch: "Voorbeeldwaarde: verzonnen');
    const met = beoordeelVersnelfonds({ ...aanvraag, gemeenteVanHerkomst: 'Haaksbergen' }, { beleid: defineBeleid(eigenFonds({ toelichtingEn: 'An example value, made up.' })) });
    const engels = met.gronden.find((grond) => grond.regel === 'versnelfonds.maximum')!.toelichtingEn;
    expect(engels).toContain('An example value, made up.');
    expect(engels).not.toContain('Voorbeeldwaarde');
    // Het ingebouwde fonds: de factor-1-lezing in het Engels, en niet langer gestut op "hogere kosten te besparen" (rij 25).
    const ingebouwd = beoordeelVersnelfonds(aanvraag);
    const kosten = ingebouwd.gronden.find((grond) => grond.regel === 'versnelfonds.kosten-baten')!;
    expect(kosten.toelichtingEn).toContain('Factor 1 is therefore our choice: the expected saving must be at least as large as the amount the fund gives.');
    expect(kosten.toelichting).not.toContain('hogere kosten');
    expect(kosten.bronnen.map((b) => b.citaat)).not.toContain('Versnelfonds: kleine investeringen om hogere kosten te besparen');
    expect(motivering(ingebouwd, { taal: 'en' })).not.toContain('in Dutch');
  });
});
