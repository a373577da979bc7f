import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';
import { BRONDOCUMENTEN, REGELBESCHRIJVINGEN, REGELS, invoerJsonSchema, zoekBrondocument, zoekRegel } from '../src/index.js';
import { veldfoutenVan } from './helpers.js';
import { REGELONDERDELEN } from '../src/beleid/regelonderdelen.js';

type Schema = { type?: string; properties?: Record<string, Schema>; items?: Schema; anyOf?: Schema[] };

/** De paden (met punten, zonder indexen) van elk veld dat true, false of 'onbekend' aanneemt. */
function feitvelden(schema: Schema, voor = ''): string[] {
  const paden: string[] = [];
  for (const [naam, deel] of Object.entries(schema.properties ?? {})) {
    const varianten = deel.anyOf ?? [deel];
    if (varianten.some((variant) => variant.type === 'boolean')) paden.push(`${voor}${naam}`);
    for (const variant of varianten) {
      if (variant.type === 'array' && variant.items) paden.push(...feitvelden(variant.items, `${voor}${naam}.`));
      if (variant.type === 'object') paden.push(...feitvelden(variant, `${voor}${naam}.`));
    }
  }
  return paden;
}

describe('het regelregister', () => {
  it('elke regel heeft een beschrijving met dezelfde id, een bestaande functie en criteria met bronnen', () => {
    for (const [id, regel] of Object.entries(REGELS)) {
      expect(regel.beschrijving.id).toBe(id);
      expect(REGELBESCHRIJVINGEN[id]).toBe(regel.beschrijving);
      expect(typeof (api as Record<string, unknown>)[regel.beschrijving.functie]).toBe('function');
      expect(regel.beschrijving.criteria.length).toBeGreaterThan(0);
      for (const criterium of regel.beschrijving.criteria) {
        // Eén gedeeld signaal heeft het id uit SPEC §4.1 zelf, bij elke regel die herkomst toetst.
        if (criterium.id !== 'landelijke-toegankelijkheid') expect(criterium.id.startsWith(`${id}.`)).toBe(true);
        else expect(criterium.soort).toBe('signaal');
        for (const bron of criterium.bronnen) expect(zoekBrondocument(bron.document), bron.document).toBeDefined();
        // De grondslag heeft een reden, tenzij de bron vastgesteld is; elke keuze is van dit criterium.
        // Een criterium dat op beleid rust, krijgt zijn grondslag uit het beleid dat beslist.
        if (criterium.basis !== 'beleid' && criterium.basis.status !== 'vastgesteld') expect(criterium.basis.reden.nl.length, criterium.id).toBeGreaterThan(20);
        for (const keuze of criterium.keuzes) expect(keuze.id.startsWith(`${id}.`) && keuze.tekst.nl.length > 20, keuze.id).toBe(true);
      }
    }
  });

  it('elk ja/nee-veld van elke regel heeft een vraag waarop ja true betekent, en geen vraag staat bij een veld dat er niet is', () => {
    for (const [id, regel] of Object.entries(REGELS)) {
      const feiten = feitvelden(invoerJsonSchema(id as api.RegelId));
      expect(Object.keys(regel.beschrijving.vragen).sort(), id).toEqual(feiten.sort());
      for (const vraag of Object.values(regel.beschrijving.vragen)) expect(vraag.nl.endsWith('?') && vraag.en.endsWith('?'), vraag.nl).toBe(true);
    }
    // Het veld uit het verslag van de nieuwe gebruiker (B1): ja moet betekenen dat voorliggende voorzieningen geen optie meer zijn.
    expect(REGELS.versnelfonds.beschrijving.vragen.voorliggendeVoorzieningenBenut?.nl).toBe('Zijn de voorzieningen die eerst komen al benut, of geen optie (meer)?');
  });

  it('zoekRegel geeft de regel, of een fout met de bekende ids', () => {
    expect(zoekRegel('herkomst')).toBe(REGELS.herkomst);
    expect(zoekRegel('versnelfonds')).toBe(REGELS.versnelfonds);
    expect(veldfoutenVan(() => zoekRegel('bestaat-niet'))).toEqual([
      { pad: 'regel', melding: "onbekende regel; bekend zijn 'herkomst', 'versnelfonds', 'schuldhulp', 'alternatieve-bewindvoering', 'regisseur', 'verblijfstermijn', 'situatie', 'woningaanbod'" },
    ]);
    expect(() => zoekRegel('toString')).toThrow(api.OngeldigeInvoerFout);
  });

  it('sinds 0.3 lezen alle regels beleid en nemen dus opties (opties.beleid)', () => {
    for (const [id, regel] of Object.entries(REGELS)) {
      expect(regel.leestBeleid, id).toBe(true);
      // De functie zelf neemt een tweede argument: de opties.
      const functie = (api as unknown as Record<string, (...args: unknown[]) => unknown>)[regel.beschrijving.functie]!;
      expect(functie.length >= 2, regel.beschrijving.functie).toBe(true);
    }
  });

  it('het JSON Schema van herkomst beschrijft de drie verplichte velden en sluit andere uit', () => {
    const schema = invoerJsonSchema('herkomst');
    expect(schema).toMatchObject({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      type: 'object',
      required: ['gemeenteVanHerkomst', 'regio', 'peildatum'],
      additionalProperties: false,
      properties: { regio: { type: 'string', pattern: '^[A-Za-z0-9]+(-[A-Za-z0-9]+)*$' }, peildatum: { type: 'string', format: 'date' } },
    });
  });

  it('de brondocumenten hebben unieke ids en een titel, uitgever en jaar', () => {
    expect(new Set(BRONDOCUMENTEN.map((document) => document.id)).size).toBe(BRONDOCUMENTEN.length);
    for (const document of BRONDOCUMENTEN) expect(document.titel && document.uitgever && document.jaar > 1990).toBeTruthy();
    expect(zoekBrondocument('bestaat-niet')).toBeUndefined();
  });
});

describe('REGELONDERDELEN (wat defineBeleid onder regels.<regel> aanneemt) volgt de beschrijvingen', () => {
  it('per regel: de criteria die niet op een wet of begrip rusten, en elke keuze', () => {
    for (const id of Object.keys(REGELS) as (keyof typeof REGELONDERDELEN)[]) {
      const beschrijving = REGELS[id].beschrijving;
      const landelijk = (basis: (typeof beschrijving.criteria)[number]['basis']) => basis !== 'beleid' && basis.landelijk === true;
      expect(REGELONDERDELEN[id].criteria, id).toEqual(beschrijving.criteria.filter((criterium) => !landelijk(criterium.basis)).map((criterium) => criterium.id));
      expect([...REGELONDERDELEN[id].keuzes].sort(), id).toEqual(beschrijving.criteria.flatMap((criterium) => criterium.keuzes.map((keuze) => keuze.id)).sort());
    }
    expect(Object.keys(REGELONDERDELEN)).toEqual(Object.keys(REGELS));
  });
});
