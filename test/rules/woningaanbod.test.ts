import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  berekenWoningaanbod,
  berekenWoningaanbodVeilig,
  dagenTussen,
  defineBeleid,
  INGEBOUWD_BELEID,
  motivering,
  telDuurOp,
  type Grond,
  type WoningaanbodInvoer,
} from '../../src/index.js';
import { diepBevroren, veldfoutenVan } from '../helpers.js';

const uitstromer: WoningaanbodInvoer = { regio: 'almelo', aangemeldOp: '2026-03-02', peildatum: '2026-05-01', woningAangeboden: false };

function grond(gronden: readonly Grond[], regel: string): Grond {
  const gevonden = gronden.find((kandidaat) => kandidaat.regel === regel);
  if (!gevonden) throw new Error(`grond '${regel}' ontbreekt`);
  return gevonden;
}

const eigenBron = { document: 'voorbeeld-afspraak', onderdeel: 'Artikel 1' };
const eigenBeleid = defineBeleid({
  id: 'gemeente-deventer-test',
  versie: '1',
  naam: 'Gemeente Deventer (test)',
  documenten: [{ id: 'voorbeeld-afspraak', titel: 'Voorbeeld: afspraak uitstroom (fictief)', uitgever: 'Voorbeeld (fictief)', jaar: 2025 }],
  regios: { deventer: { naam: 'regio Deventer', centrumgemeenten: ['GM0150'], leden: [{ vanaf: '2025-01-01', waarde: ['GM0150'], status: 'vastgesteld', bronnen: [eigenBron] }] } },
  parameters: {
    'woningaanbod.regio': [{ vanaf: '2025-01-01', waarde: 'deventer', status: 'vastgesteld', bronnen: [eigenBron] }],
    'woningaanbod.uitstroom-beschermd-wonen': [{ vanaf: '2025-01-01', waarde: { aantal: 3, eenheid: 'maanden' }, status: 'vastgesteld', bronnen: [eigenBron] }],
  },
});

describe('berekenWoningaanbod: de termijn van het half jaar', () => {
  it.each([
    ['De dag van aanmelding: de termijn loopt tot dezelfde dag zes maanden later', '2026-03-02', '2026-03-02', '2026-09-02', 184, 'binnen-termijn'],
    ['De uiterlijke aanboddatum zelf is nog binnen de termijn', '2026-03-02', '2026-09-02', '2026-09-02', 0, 'binnen-termijn'],
    ['De dag erna is de termijn verstreken', '2026-03-02', '2026-09-03', '2026-09-02', -1, 'termijn-verstreken'],
    ['31 augustus plus zes maanden is 28 februari', '2025-08-31', '2026-02-28', '2026-02-28', 0, 'binnen-termijn'],
    ['31 augustus plus zes maanden: 1 maart is te laat', '2025-08-31', '2026-03-01', '2026-02-28', -1, 'termijn-verstreken'],
    ['In een schrikkeljaar is het 29 februari', '2023-08-31', '2024-02-29', '2024-02-29', 0, 'binnen-termijn'],
    ['31 maart plus zes maanden is 30 september', '2026-03-31', '2026-10-01', '2026-09-30', -1, 'termijn-verstreken'],
  ] as const)('%s', (_naam, aangemeldOp, peildatum, uiterlijk, rest, uitkomst) => {
    const beoordeling = berekenWoningaanbod({ ...uitstromer, aangemeldOp, peildatum });
    expect(beoordeling.uitkomst).toBe(uitkomst);
    expect(beoordeling.uiterlijkeAanboddatum).toBe(uiterlijk);
    expect(beoordeling.resterendeDagen).toBe(rest);
    expect(beoordeling.termijn).toEqual({ aantal: 6, eenheid: 'maanden' });
    expect(beoordeling.statusVanTermijn).toBe('praktijk');
    expect(beoordeling.beleid?.id).toBe('almelo');
  });

  it('Een aangeboden woning is "aangeboden"; na de termijn toetst de regel niet of het aanbod op tijd was', () => {
    const binnen = berekenWoningaanbod({ ...uitstromer, woningAangeboden: true });
    expect(binnen.uitkomst).toBe('aangeboden');
    expect(grond(binnen.gronden, 'woningaanbod.termijn').status).toBe('voldaan');
    const erna = berekenWoningaanbod({ ...uitstromer, peildatum: '2026-10-01', woningAangeboden: true });
    expect(erna.uitkomst).toBe('aangeboden');
    expect(grond(erna.gronden, 'woningaanbod.termijn').status).toBe('niet-van-toepassing');
    expect(grond(erna.gronden, 'woningaanbod.termijn').toelichting).toContain('Wanneer dat was, is niet gegeven');
  });

  it('Een onbekend aanbod: binnen de termijn zegt de regel tot wanneer; erna vraagt hij het aanbod na', () => {
    const binnen = berekenWoningaanbod({ regio: 'almelo', aangemeldOp: '2026-03-02', peildatum: '2026-09-02' });
    expect(binnen.uitkomst).toBe('binnen-termijn');
    expect(binnen.ontbrekendeGegevens).toEqual([]);
    expect(grond(binnen.gronden, 'woningaanbod.aanbod').status).toBe('onbekend');
    const erna = berekenWoningaanbod({ regio: 'almelo', aangemeldOp: '2026-03-02', peildatum: '2026-09-03', woningAangeboden: 'onbekend' });
    expect(erna.uitkomst).toBe('aanvullen');
    expect(erna.ontbrekendeGegevens).toEqual(['woningAangeboden']);
  });

  it('De grond citeert de afspraak letterlijk, noemt de status praktijk en zegt dat de regel niets over rechten beslist', () => {
    const beoordeling = berekenWoningaanbod(uitstromer);
    const termijn = grond(beoordeling.gronden, 'woningaanbod.termijn');
    expect(termijn.bronnen.map((bron) => bron.citaat)).toContainEqual(expect.stringContaining('binnen een half jaar een woning krijgen aangeboden; in de praktijk gebeurt dit al na vier à vijf maanden.'));
    expect(termijn.toelichting).toContain('een afspraak met de woningcorporaties zoals de bron die in 2018 beschrijft');
    expect(termijn.toelichting).toContain('Hij beslist niets over de rechten van de cliënt.');
    expect(termijn.toelichtingEn).toContain('It decides nothing about the rights of the client.');
    // De gekozen begindatum staat niet als feit in een grond.
    for (const g of beoordeling.gronden) expect(g.toelichting).not.toMatch(/1 april 2018/);
    expect(beoordeling.toegepasteWaarden.map((waarde) => [waarde.parameter, waarde.status, waarde.vanaf])).toEqual([
      ['woningaanbod.uitstroom-beschermd-wonen', 'praktijk', '2018-04-01'],
      ['woningaanbod.regio', 'praktijk', '2018-04-01'],
    ]);
  });

  it('Onze lezingen staan gelabeld bij de grond: het begin, de vier à vijf maanden en de regio', () => {
    const ids = grond(berekenWoningaanbod(uitstromer).gronden, 'woningaanbod.termijn').interpretaties.map((lezing) => lezing.id);
    expect(ids).toEqual(expect.arrayContaining(['woningaanbod.begin-bij-aanmelding', 'woningaanbod.praktijk-is-geen-termijn', 'woningaanbod.regio-almelo', 'woningaanbod.maanden-begrensd']));
  });

  it('De waarde heeft een Engelse toelichting zonder Nederlandse zin, en een gekozen datum', () => {
    const [waarde] = INGEBOUWD_BELEID.almelo.parameters['woningaanbod.uitstroom-beschermd-wonen']!;
    expect(waarde!.toelichtingEn).toBeTruthy();
    expect(waarde!.toelichtingEn).not.toMatch(/\b(de|het|een|niet|wordt|zijn)\b/);
    expect(waarde!.datumkeuze).toBe('De bron (april 2018) noemt geen begindatum; gekozen is 1 april 2018, de maand waarin de bron verscheen.');
  });
});

describe('berekenWoningaanbod: geen termijn, nooit geleend', () => {
  it('Een aanmelding vóór de termijn in deze regels begint, heeft geen termijn (zonder de gekozen datum als feit)', () => {
    const beoordeling = berekenWoningaanbod({ ...uitstromer, aangemeldOp: '2018-03-31', peildatum: '2018-12-01' });
    expect(beoordeling.uitkomst).toBe('geen-termijn');
    expect([beoordeling.termijn, beoordeling.uiterlijkeAanboddatum, beoordeling.resterendeDagen]).toEqual([null, null, null]);
    expect(grond(beoordeling.gronden, 'woningaanbod.termijn').toelichting).toContain('Zijn begindatum is gekozen');
    expect(berekenWoningaanbod({ ...uitstromer, aangemeldOp: '2018-04-01', peildatum: '2018-10-01' }).uitkomst).toBe('binnen-termijn');
  });

  it.each(['ijssel-vecht', 'enschede', 'twente'] as const)('Regio %s: geen termijn, en geen bron uit Almelo', (regio) => {
    const beoordeling = berekenWoningaanbod({ ...uitstromer, regio });
    expect(beoordeling.uitkomst).toBe('geen-termijn');
    expect(beoordeling.toegepasteWaarden).toEqual([]);
    expect(beoordeling.gronden.flatMap((g) => g.bronnen)).toEqual([]);
    expect(beoordeling.gronden.flatMap((g) => g.interpretaties)).toEqual([]);
    expect(motivering(beoordeling)).not.toContain('Cimot');
  });

  it('Met de status praktijk uitgesloten geldt de afspraak niet, en een signaal noemt haar', () => {
    const beoordeling = berekenWoningaanbod(uitstromer, { uitgeslotenStatussen: ['praktijk'] });
    expect(beoordeling.uitkomst).toBe('geen-termijn');
    expect(grond(beoordeling.gronden, 'woningaanbod.niet-toegepaste-waarde').soort).toBe('signaal');
    expect(beoordeling.uitgeslotenWaarden.map((waarde) => waarde.parameter)).toEqual(['woningaanbod.uitstroom-beschermd-wonen']);
  });

  it('Een eigen beleid geeft zijn eigen termijn voor zijn eigen regio, en citeert alleen zijn eigen bronnen', () => {
    const beoordeling = berekenWoningaanbod({ regio: 'deventer', aangemeldOp: '2025-05-31', peildatum: '2025-08-31', woningAangeboden: false }, { beleid: eigenBeleid });
    expect(beoordeling.uitkomst).toBe('binnen-termijn');
    expect(beoordeling.uiterlijkeAanboddatum).toBe('2025-08-31');
    expect(beoordeling.gronden.flatMap((g) => g.bronnen).map((bron) => bron.document)).not.toContain('weer-thuis-in-de-wijk');
    expect(beoordeling.gronden.flatMap((g) => g.interpretaties).map((lezing) => lezing.id)).not.toContain('woningaanbod.praktijk-is-geen-termijn');
  });

  it('Een beleid voor een andere regio, of zonder termijn bij een ingebouwde regio, is een fout op opties.beleid', () => {
    expect(veldfoutenVan(() => berekenWoningaanbod({ ...uitstromer, regio: 'ijssel-vecht' }, { beleid: 'almelo' })).map((fout) => fout.pad)).toEqual(['opties.beleid']);
    expect(veldfoutenVan(() => berekenWoningaanbod(uitstromer, { beleid: 'ijssel-vecht' })).map((fout) => fout.pad)).toEqual(['opties.beleid']);
    expect(veldfoutenVan(() => berekenWoningaanbod(uitstromer, { beleid: eigenBeleid })).map((fout) => fout.pad)).toEqual(['opties.beleid']);
  });

  it('Een eigen beleid met een termijn maar zonder regio wordt geweigerd', () => {
    const fouten = veldfoutenVan(() =>
      defineBeleid({ id: 'gemeente-x', versie: '1', naam: 'X', parameters: { 'woningaanbod.uitstroom-beschermd-wonen': [{ vanaf: '2025-01-01', waarde: { aantal: 3, eenheid: 'maanden' }, status: 'vastgesteld', bronnen: [{ document: 'weer-thuis-in-de-wijk', onderdeel: 'x' }] }] } }),
    );
    expect(fouten.map((fout) => fout.pad)).toEqual(['parameters.woningaanbod.regio']);
  });
});

describe('berekenWoningaanbod: onjuiste invoer', () => {
  it.each([
    ['een onbestaande aanmelddatum', { aangemeldOp: '2026-02-30' }, ['aangemeldOp']],
    ['een aanmelding na de peildatum', { aangemeldOp: '2026-05-02' }, ['aangemeldOp']],
    ['een aanbod dat geen feit is', { woningAangeboden: 'ja' }, ['woningAangeboden']],
    ['een onbekende regio', { regio: 'zwolle' }, ['regio']],
    ['een aanboddatum na het jaar 9999', { aangemeldOp: '9999-12-30', peildatum: '9999-12-31' }, ['aangemeldOp']],
  ] as const)('%s is een fout met het pad', (_naam, wijziging, paden) => {
    expect(veldfoutenVan(() => berekenWoningaanbod({ ...uitstromer, ...wijziging } as never)).map((fout) => fout.pad)).toEqual(paden);
    const veilig = berekenWoningaanbodVeilig({ ...uitstromer, ...wijziging } as never);
    expect(veilig.succes).toBe(false);
  });

  it('Een Date wordt de Amsterdamse kalenderdatum, en bevroren invoer werkt', () => {
    const metDate = berekenWoningaanbod({ ...uitstromer, aangemeldOp: new Date('2026-03-01T23:30:00Z') });
    expect(metDate.uiterlijkeAanboddatum).toBe('2026-09-02');
    expect(berekenWoningaanbod(diepBevroren({ ...uitstromer }))).toEqual(berekenWoningaanbod(uitstromer));
  });
});

describe('berekenWoningaanbod: eigenschappen', () => {
  const datum = fc.date({ min: new Date('2018-04-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
  it('De uiterlijke aanboddatum is de aanmelding plus zes maanden; de uitkomst volgt de resterende dagen', () => {
    fc.assert(
      fc.property(datum, fc.integer({ min: 0, max: 400 }), fc.constantFrom(true, false, 'onbekend' as const), (aangemeldOp, dagen, woningAangeboden) => {
        const peildatum = new Date(Date.parse(`${aangemeldOp}T00:00:00Z`) + dagen * 86_400_000).toISOString().slice(0, 10);
        const beoordeling = berekenWoningaanbod({ regio: 'almelo', aangemeldOp, peildatum, woningAangeboden });
        expect(beoordeling.uiterlijkeAanboddatum).toBe(telDuurOp(aangemeldOp, { aantal: 6, eenheid: 'maanden' }));
        expect(beoordeling.resterendeDagen).toBe(dagenTussen(peildatum, beoordeling.uiterlijkeAanboddatum!));
        const verwacht = woningAangeboden === true ? 'aangeboden' : beoordeling.resterendeDagen! >= 0 ? 'binnen-termijn' : woningAangeboden === false ? 'termijn-verstreken' : 'aanvullen';
        expect(beoordeling.uitkomst).toBe(verwacht);
        expect(beoordeling.ontbrekendeGegevens).toEqual(verwacht === 'aanvullen' ? ['woningAangeboden'] : []);
      }),
    );
  });
});
