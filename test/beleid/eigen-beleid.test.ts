import { readFileSync } from 'node:fs';
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  BeleidNietInWerkingFout,
  bepaalHerkomst,
  beoordeelVersnelfonds,
  berekenVerblijfstermijn,
  defineBeleid,
  defineBeleidVeilig,
  beschrijfBron,
  motivering,
  type Beleid,
  type Beoordeling,
} from '../../src/index.js';
import { veldfoutenVan } from '../helpers.js';

/** Het voorbeeld uit de package: een eigen regio (met de herindeling van Weesp), eigen documenten en eigen waarden. */
const VOORBEELD_TEKST = readFileSync(new URL('../../examples/beleid/amsterdam-amstelland.json', import.meta.url), 'utf8');
const voorbeeld = (): Record<string, any> => JSON.parse(VOORBEELD_TEKST);
const beleid = defineBeleid(voorbeeld());

const ZES = ['GM0358', 'GM0362', 'GM0363', 'GM0384', 'GM0437', 'GM0451'];
const eigenBron = { document: 'voorbeeld-beleidsregels-mo-amsterdam-amstelland', onderdeel: 'Artikel 2' };

/** Een voorbeeld met één regio waarvan de leden (en eventueel de rest) vervangen zijn. */
function metRegio(regio: Record<string, unknown>, extra: Record<string, unknown> = {}): Record<string, any> {
  const definitie = voorbeeld();
  definitie.regios['amsterdam-amstelland'] = { ...definitie.regios['amsterdam-amstelland'], ...regio };
  return { ...definitie, ...extra };
}

function periode(vanaf: string, waarde: string[], extra: Record<string, unknown> = {}) {
  return { vanaf, waarde, status: 'vastgesteld', bronnen: [eigenBron], ...extra };
}

describe('defineBeleid met eigen regio\'s en documenten', () => {
  it('neemt een geparst bestand aan (unknown) en geeft een getypeerd, bevroren beleid met documenten en regio\'s', () => {
    const uitBestand: unknown = JSON.parse(VOORBEELD_TEKST);
    const gecontroleerd = defineBeleid(uitBestand);
    expectTypeOf(gecontroleerd).toEqualTypeOf<Beleid>();
    expect(gecontroleerd.documenten.map((document) => document.id)).toEqual(['voorbeeld-beleidsregels-mo-amsterdam-amstelland', 'voorbeeld-regeling-versnelfonds-amsterdam']);
    expect(gecontroleerd.regios['amsterdam-amstelland']?.leden.map((leden) => leden.waarde.length)).toEqual([7, 6]);
    expect(Object.isFrozen(gecontroleerd.regios['amsterdam-amstelland']?.leden[0]?.waarde)).toBe(true);
    // "$schema" helpt de editor en hoort niet bij het beleid.
    expect(Object.hasOwn(gecontroleerd, '$schema')).toBe(false);
  });

  it('zet documenten en regios op leeg als ze ontbreken', () => {
    const zonder = defineBeleid({ id: 'gemeente-proef', versie: '1', naam: 'Proef', parameters: {} });
    expect(zonder.documenten).toEqual([]);
    expect(Object.keys(zonder.regios)).toEqual([]);
  });

  it.each([
    ['een beleid-id van een ingebouwd beleid', { ...voorbeeld(), id: 'almelo' }, 'id', /^botst met een ingebouwd beleid-id/],
    ["het id 'ingebouwd' (dat heten de ingebouwde indelingen)", { ...voorbeeld(), id: 'ingebouwd' }, 'id', /^botst met een ingebouwd beleid-id/],
    ['een document-id van een ingebouwd document', { ...voorbeeld(), documenten: [{ id: 'wmo-2015', titel: 'T', uitgever: 'U', jaar: 2025 }] }, 'documenten.0.id', /^botst met een ingebouwd brondocument/],
    ['een dubbel document-id', { ...voorbeeld(), documenten: [...voorbeeld().documenten, voorbeeld().documenten[0]] }, 'documenten.2.id', /^staat al eerder in documenten$/],
    ['een document zonder jaar', { ...voorbeeld(), documenten: [{ id: 'd', titel: 'T', uitgever: 'U' }] }, 'documenten.0.jaar', /^ontbreekt$/],
    ['een url die geen webadres is', { ...voorbeeld(), documenten: [{ id: 'd', titel: 'T', uitgever: 'U', jaar: 2025, url: 'file:///etc/passwd' }] }, 'documenten.0.url', /^moet een webadres zijn/],
    ['een regio-id van een ingebouwde regio', { ...voorbeeld(), regios: { almelo: voorbeeld().regios['amsterdam-amstelland'] } }, 'regios.almelo', /^botst met een ingebouwde regio/],
    ['een regio-id dat geen id is (de sleutel komt niet in het pad)', { ...voorbeeld(), regios: { 'Regio A\'dam': voorbeeld().regios['amsterdam-amstelland'] } }, 'regios', /^heeft een ongeldige sleutel: een sleutel moet uit kleine letters/],
    ['een CBS-code in de verkeerde vorm', metRegio({ leden: [periode('2023-01-01', ['0363'])] }), 'regios.amsterdam-amstelland.leden.0.waarde.0', /^moet een CBS-code zijn in de vorm GM0150$/],
    ['een onbekende CBS-code', metRegio({ leden: [periode('2023-01-01', ['GM0363', 'GM9999'])] }), 'regios.amsterdam-amstelland.leden.0.waarde.1', /^onbekende gemeentecode 'GM9999'$/],
    ['een gemeente twee keer in een periode', metRegio({ leden: [periode('2023-01-01', ['GM0363', 'GM0363'])] }), 'regios.amsterdam-amstelland.leden.0.waarde.1', /^staat al eerder in deze periode$/],
    ['een centrumgemeente die geen lid is', metRegio({ leden: [periode('2023-01-01', ['GM0362'])] }), 'regios.amsterdam-amstelland.centrumgemeenten.0', /^is geen lid van de regio in de periode vanaf 2023-01-01 \(leden\.0\)/],
    ['leden met een gat', metRegio({ leden: [periode('2022-01-01', ZES, { tot: '2022-06-01' }), periode('2022-07-01', ZES)] }), 'regios.amsterdam-amstelland.leden.1.vanaf', /^laat een gat/],
    ['leden die overlappen', metRegio({ leden: [periode('2022-01-01', ZES), periode('2023-01-01', ZES)] }), 'regios.amsterdam-amstelland.leden.1.vanaf', /^overlapt met de vorige periode/],
    ['een indeling als interpretatie zonder toelichting', metRegio({ leden: [periode('2023-01-01', ZES, { status: 'interpretatie' })] }), 'regios.amsterdam-amstelland.leden.0.toelichting', /^is verplicht bij status 'interpretatie'/],
    ['een bron van een indeling naar een onbekend document', metRegio({ leden: [periode('2023-01-01', ZES, { bronnen: [{ document: 'raadsbesluit-x', onderdeel: '1' }] })] }), 'regios.amsterdam-amstelland.leden.0.bronnen.0.document', /^onbekend brondocument/],
    ['een regioparameter naar een onbekende regio', { ...voorbeeld(), parameters: { ...voorbeeld().parameters, 'versnelfonds.regio': [{ ...voorbeeld().parameters['versnelfonds.regio'][0], waarde: 'amsterdam' }] } }, 'parameters.versnelfonds.regio.0.waarde', /^onbekende regio: geen ingebouwde regio/],
  ])('weigert %s, met het pad', (_naam, definitie, pad, melding) => {
    const fouten = veldfoutenVan(() => defineBeleid(definitie));
    expect(fouten).toContainEqual({ pad, melding: expect.stringMatching(melding) });
    // Geen melding herhaalt een ongeldige sleutel (vrije tekst).
    expect(JSON.stringify(fouten)).not.toContain("A'dam");
  });

  describe('een CBS-code moet op elke dag van haar periode een gemeente zijn (beide kanten van de grens)', () => {
    const weesp = (tot?: string) => metRegio({ leden: [periode('2021-01-01', [...ZES, 'GM0457'], tot ? { tot } : {})] });
    it('Weesp tot de herindeling (24 maart 2022) mag; een dag langer is een fout die de herindeling noemt', () => {
      expect(defineBeleidVeilig(weesp('2022-03-24')).succes).toBe(true);
      expect(veldfoutenVan(() => defineBeleid(weesp('2022-03-25')))).toEqual([
        { pad: 'regios.amsterdam-amstelland.leden.0.waarde.6', melding: 'GM0457 (Weesp) is op 2022-03-24 opgegaan in Amsterdam (GM0363); laat de periode uiterlijk op 2022-03-24 eindigen en neem daarna GM0363 op' },
      ]);
      expect(defineBeleidVeilig(weesp()).succes).toBe(false);
    });

    it('een nieuwe gemeente (Dijk en Waard, 1 januari 2022) mag vanaf haar ontstaan, niet een dag eerder', () => {
      const dijkEnWaard = (vanaf: string) => metRegio({ centrumgemeenten: ['GM1980'], leden: [periode(vanaf, ['GM1980'])] });
      expect(defineBeleidVeilig(dijkEnWaard('2022-01-01')).succes).toBe(true);
      expect(veldfoutenVan(() => defineBeleid(dijkEnWaard('2021-12-31')))).toContainEqual({
        pad: 'regios.amsterdam-amstelland.leden.0.waarde.0',
        melding: 'GM1980 (Dijk en Waard) bestaat pas vanaf 2022-01-01; laat de periode op of na die dag beginnen',
      });
    });
  });

  it('de samenhang wordt pas gecontroleerd als de vorm klopt: eerst de vormfouten, alleen die', () => {
    const fouten = veldfoutenVan(() => defineBeleid({ ...voorbeeld(), versie: '', id: 'almelo' }));
    expect(fouten).toEqual([{ pad: 'versie', melding: 'moet ten minste 1 teken(s) bevatten' }]);
  });
});

const aanvraag = {
  ingediendOp: '2025-04-05T14:30:00+02:00',
  vorm: 'gift',
  bedragInCenten: 120_000,
  gemeenteVanHerkomst: 'Diemen',
  voorliggendeVoorzieningenBenut: true,
  voorkomtOfVerkortOpvang: true,
  verwachteBesparingInCenten: 450_000,
  schulden: false,
} as const;

describe('de regels met een eigen regio', () => {
  const herkomst = (gemeenteVanHerkomst: string, peildatum: string) => bepaalHerkomst({ gemeenteVanHerkomst, regio: 'amsterdam-amstelland', peildatum }, { beleid });

  it('herkomst: binnen en buiten de eigen regio, met de herindeling van Weesp aan beide kanten', () => {
    expect(herkomst('Diemen', '2025-01-01').uitkomst).toBe('binnen-regio');
    expect(herkomst('Zwolle', '2025-01-01').uitkomst).toBe('buiten-regio');
    const ervoor = herkomst('Weesp', '2022-03-23');
    expect(ervoor).toMatchObject({ uitkomst: 'binnen-regio', gemeente: { code: 'GM0457' }, herindeling: null });
    expect(ervoor.toegepasteWaarden).toEqual([expect.objectContaining({ parameter: 'regio.amsterdam-amstelland.leden', beleid: 'voorbeeld-amsterdam-amstelland', vanaf: '2021-01-01', tot: '2022-03-24' })]);
    const erna = herkomst('Weesp', '2022-03-24');
    expect(erna).toMatchObject({ uitkomst: 'binnen-regio', gemeente: { code: 'GM0363' }, herindeling: { voormaligeGemeente: { code: 'GM0457' } } });
    expect(erna.toegepasteWaarden[0]).toMatchObject({ vanaf: '2022-03-24', tot: null });
  });

  it('herkomst: de grond citeert de bronnen van de eigen indeling, de beoordeling noemt het beleid en draagt de geciteerde eigen documenten', () => {
    const beoordeling = herkomst('Diemen', '2025-01-01');
    expect(beoordeling.beleid).toEqual({ id: 'voorbeeld-amsterdam-amstelland', versie: '2026-1', naam: 'Voorbeeld: regio Amsterdam-Amstelland (fictieve waarden)' });
    expect(beoordeling.regio).toEqual({ id: 'amsterdam-amstelland', naam: 'regio Amsterdam-Amstelland', centrumgemeente: 'Amsterdam' });
    // Alleen de eigen bron van de indeling: zonder herindeling geen CBS-bron (die zegt niets over wie lid is).
    expect(beoordeling.gronden[0]!.bronnen.map((bron) => bron.document)).toEqual(['voorbeeld-beleidsregels-mo-amsterdam-amstelland']);
    expect(herkomst('Weesp', '2025-01-01').gronden[0]!.bronnen.map((bron) => bron.document)).toEqual(['cbs-gemeenten', 'voorbeeld-beleidsregels-mo-amsterdam-amstelland']);
    expect(beoordeling.gronden[0]!.toelichting).toContain('De indeling van de regio is een interpretatie in dit beleid.');
    expect(beoordeling.eigenDocumenten).toEqual([voorbeeld().documenten[0]]);
  });

  it('herkomst: een ingebouwde regio met een eigen beleid gebruikt dat beleid niet (beleid null, geen eigen documenten)', () => {
    const beoordeling = bepaalHerkomst({ gemeenteVanHerkomst: 'Wierden', regio: 'almelo', peildatum: '2024-05-01' }, { beleid });
    expect(beoordeling).toMatchObject({ uitkomst: 'binnen-regio', beleid: null, eigenDocumenten: [] });
    expect(beoordeling).toEqual(bepaalHerkomst({ gemeenteVanHerkomst: 'Wierden', regio: 'almelo', peildatum: '2024-05-01' }));
  });

  it('een eigen regio zonder het beleid is een fout op regio; vóór de eerste periode is er geen indeling', () => {
    expect(veldfoutenVan(() => bepaalHerkomst({ gemeenteVanHerkomst: 'Diemen', regio: 'amsterdam-amstelland', peildatum: '2025-01-01' }))).toEqual([
      { pad: 'regio', melding: "onbekende regio; ingebouwd zijn 'almelo', 'enschede', 'twente', 'ijssel-vecht'; een eigen regio geeft u mee in opties.beleid" },
    ]);
    expect(veldfoutenVan(() => bepaalHerkomst({ gemeenteVanHerkomst: 'Diemen', regio: 'utrecht', peildatum: '2025-01-01' }, { beleid }))[0]!.melding).toContain("eigen regio's van beleid 'voorbeeld-amsterdam-amstelland': 'amsterdam-amstelland'");
    expect(() => herkomst('Diemen', '2020-12-31')).toThrow(BeleidNietInWerkingFout);
    expect(herkomst('Diemen', '2021-01-01').uitkomst).toBe('binnen-regio');
  });

  it('een indeling met een uitgesloten status telt standaard niet, en op verzoek wel', () => {
    const gepland = defineBeleid(metRegio({ leden: [periode('2021-01-01', ZES, { status: 'planningsaanname' })] }, { parameters: {} }));
    const invoer = { gemeenteVanHerkomst: 'Diemen', regio: 'amsterdam-amstelland', peildatum: '2025-01-01' };
    expect(veldfoutenVan(() => bepaalHerkomst(invoer, { beleid: gepland }))[0]!.melding).toContain("heeft status 'planningsaanname', en die status is uitgesloten");
    expect(bepaalHerkomst(invoer, { beleid: gepland, uitgeslotenStatussen: [] }).uitkomst).toBe('binnen-regio');
  });

  it('versnelfonds: het eigen fonds van de eigen regio, met alleen eigen bronnen bij de eigen waarden', () => {
    const beoordeling = beoordeelVersnelfonds(aanvraag, { beleid });
    expect(beoordeling).toMatchObject({ uitkomst: 'toekennen', toekenbaarBedragInCenten: 75_000, beoordelenUiterlijk: '2025-04-07T14:30:00+02:00', regio: { id: 'amsterdam-amstelland' } });
    expect(beoordeelVersnelfonds({ ...aanvraag, gemeenteVanHerkomst: 'Almelo' }, { beleid }).uitkomst).toBe('afwijzen');
    const herkomstgrond = beoordeling.gronden.find((grond) => grond.regel === 'versnelfonds.herkomst')!;
    // Het Almelose plan is geen document van dit beleid (SPEC §2.9): alleen de eigen bronnen.
    expect(herkomstgrond.bronnen.map((bron) => bron.document)).toEqual(['voorbeeld-regeling-versnelfonds-amsterdam', 'voorbeeld-beleidsregels-mo-amsterdam-amstelland']);
    expect(beoordeling.eigenDocumenten.map((document) => document.id)).toEqual(['voorbeeld-regeling-versnelfonds-amsterdam', 'voorbeeld-beleidsregels-mo-amsterdam-amstelland']);
    expect(new Set(beoordeling.toegepasteWaarden.map((waarde) => waarde.beleid))).toEqual(new Set(['voorbeeld-amsterdam-amstelland']));
  });

  it('verblijfstermijn: de termijn voor wie van buiten de eigen regio komt, op de laatste dag en de dag erna', () => {
    const verblijf = (gemeenteVanHerkomst: string, peildatum: string) =>
      berekenVerblijfstermijn({ regio: 'amsterdam-amstelland', opvangvorm: 'nachtopvang', startdatum: '2025-06-01', gemeenteVanHerkomst, peildatum }, { beleid });
    expect(verblijf('Zwolle', '2025-06-04')).toMatchObject({ uitkomst: 'binnen-termijn', uiterlijkeVertrekdatum: '2025-06-04', resterendeDagen: 0 });
    expect(verblijf('Zwolle', '2025-06-05').uitkomst).toBe('termijn-verstreken');
    expect(verblijf('Diemen', '2025-06-05').uitkomst).toBe('geen-termijn');
    expect(verblijf('onbekend', '2025-06-02').ontbrekendeGegevens).toEqual(['gemeenteVanHerkomst']);
    // Een ingebouwde regio met dit beleid: het beleid geldt voor een andere regio.
    expect(veldfoutenVan(() => berekenVerblijfstermijn({ regio: 'almelo', opvangvorm: '24-uursopvang', startdatum: '2025-06-01', peildatum: '2025-06-02' }, { beleid }))[0]).toEqual({
      pad: 'opties.beleid',
      melding: "beleid 'voorbeeld-amsterdam-amstelland' legt verblijfstermijnen vast voor regio 'amsterdam-amstelland', niet voor regio 'almelo'",
    });
  });

  it('een eigen regio met hoofdletters in de invoer is dezelfde regio (de definitie zelf blijft in kleine letters)', () => {
    expect(bepaalHerkomst({ gemeenteVanHerkomst: 'Diemen', regio: 'Amsterdam-Amstelland', peildatum: '2025-01-01' }, { beleid })).toEqual(herkomst('Diemen', '2025-01-01'));
    const termijn = { opvangvorm: 'nachtopvang', startdatum: '2025-06-01', gemeenteVanHerkomst: 'Zwolle', peildatum: '2025-06-05' } as const;
    expect(berekenVerblijfstermijn({ regio: 'AMSTERDAM-AMSTELLAND', ...termijn }, { beleid })).toEqual(berekenVerblijfstermijn({ regio: 'amsterdam-amstelland', ...termijn }, { beleid }));
    const definitie = voorbeeld();
    definitie.regios = { 'Amsterdam-Amstelland': definitie.regios['amsterdam-amstelland'] };
    expect(defineBeleidVeilig(definitie).succes).toBe(false);
  });
});

describe('motivering noemt eigen documenten volledig, uit de beoordeling alleen', () => {
  const opgeslagen = (): Beoordeling<string> => JSON.parse(JSON.stringify(beoordeelVersnelfonds(aanvraag, { beleid })));

  it('na JSON heen en terug: titel, uitgever, jaar en url van elk eigen document', () => {
    const tekst = motivering(opgeslagen());
    expect(tekst).toContain(
      'Bron: Voorbeeld: beleidsregels maatschappelijke opvang regio Amsterdam-Amstelland (fictief document) (Voorbeeld: college van burgemeester en wethouders van Amsterdam (fictief), 2025, https://example.org/voorbeeld/beleidsregels-mo), Artikel 2, werkgebied (fictief)',
    );
    expect(tekst).toContain('Bron: Voorbeeld: regeling versnelfonds maatschappelijke opvang (fictief document) (Voorbeeld: gemeente Amsterdam (fictief), 2025), Artikel 3, hoogte (fictief)');
    expect(motivering(opgeslagen(), { taal: 'en' })).toContain('(Voorbeeld: gemeente Amsterdam (fictief), 2025), Artikel 3, hoogte (fictief)');
  });

  it('zonder eigenDocumenten (een oudere beoordeling) noemt de bron het id; een eigen document met een ingebouwd id is een fout', () => {
    const { eigenDocumenten: _weg, ...zonder } = opgeslagen();
    expect(motivering(zonder as Beoordeling<string>)).toContain('Bron: voorbeeld-regeling-versnelfonds-amsterdam, Artikel 3, hoogte (fictief)');
    const vervalst = { ...opgeslagen(), eigenDocumenten: [{ id: 'wmo-2015', titel: 'Nep', uitgever: 'Nep', jaar: 2025 }] };
    expect(veldfoutenVan(() => motivering(vervalst))).toEqual([{ pad: 'eigenDocumenten.0.id', melding: 'is het id van een ingebouwd brondocument; een eigen document heeft een eigen id' }]);
    expect(veldfoutenVan(() => motivering({ ...opgeslagen(), eigenDocumenten: [{ id: 'x', titel: 'T', uitgever: 'U', jaar: '2025' }] } as never))).toEqual([{ pad: 'eigenDocumenten.0.jaar', melding: 'moet een jaartal zijn (een geheel getal van 1000 tot en met 9999)' }]);
  });
});

describe('eigen beleid en SPEC §2.8: alleen eigen velden, nooit een crash, geen nagebootste regels', () => {
  function metVervuiling<T>(velden: Record<string, unknown>, actie: () => T): T {
    const prototype = Object.prototype as Record<string, unknown>;
    for (const [sleutel, waarde] of Object.entries(velden)) prototype[sleutel] = waarde;
    try {
      return actie();
    } finally {
      for (const sleutel of Object.keys(velden)) delete prototype[sleutel];
    }
  }

  it('een vervuild Object.prototype.tot, .toelichting, .url of regio-id verandert geen controle en geen beslissing', () => {
    const schoon = { herkomst: bepaalHerkomst({ gemeenteVanHerkomst: 'Diemen', regio: 'amsterdam-amstelland', peildatum: '2025-01-01' }, { beleid }), fonds: motivering(JSON.parse(JSON.stringify(beoordeelVersnelfonds(aanvraag, { beleid })))) };
    const zonderToelichting = metRegio({ leden: [periode('2021-01-01', ZES, { status: 'interpretatie' })] });
    metVervuiling({ tot: '2000-01-01', toelichting: 'geërfd', url: 'https://nep.example', 'amsterdam-amstelland': voorbeeld().regios['amsterdam-amstelland'], 'verblijfsduur.regio': [] }, () => {
      expect(defineBeleidVeilig(voorbeeld()).succes).toBe(true);
      expect(veldfoutenVan(() => defineBeleid(zonderToelichting))).toContainEqual({ pad: 'regios.amsterdam-amstelland.leden.0.toelichting', melding: "is verplicht bij status 'interpretatie': leg uit waarom deze lezing" });
      expect(bepaalHerkomst({ gemeenteVanHerkomst: 'Diemen', regio: 'amsterdam-amstelland', peildatum: '2025-01-01' }, { beleid })).toEqual(schoon.herkomst);
      expect(motivering(JSON.parse(JSON.stringify(beoordeelVersnelfonds(aanvraag, { beleid }))))).toBe(schoon.fonds);
      // Een eigen regio bestaat alleen als eigen veld van het beleid.
      expect(veldfoutenVan(() => bepaalHerkomst({ gemeenteVanHerkomst: 'Diemen', regio: 'amsterdam-amstelland', peildatum: '2025-01-01' }, { beleid: defineBeleid({ id: 'leeg', versie: '1', naam: 'Leeg', parameters: {} }) }))[0]!.pad).toBe('regio');
    });
  });

  it('een gemeente die al vóór de periode is opgeheven: vervang haar door de opvolger', () => {
    expect(veldfoutenVan(() => defineBeleid(metRegio({ leden: [periode('2023-01-01', [...ZES, 'GM0457'])] })))).toEqual([
      { pad: 'regios.amsterdam-amstelland.leden.0.waarde.6', melding: 'GM0457 (Weesp) bestaat niet meer: op 2022-03-24 opgegaan in Amsterdam (GM0363); neem in deze periode GM0363 op in plaats van GM0457' },
    ]);
  });

  it('noemt hooguit 100 samenhangfouten, en dan hoeveel er nog zijn', () => {
    const onbekend = Array.from({ length: 150 }, (_, index) => `GM${String(9000 + index)}`);
    const fouten = veldfoutenVan(() => defineBeleid(metRegio({ leden: [periode('2023-01-01', [...ZES, ...onbekend])] })));
    expect(fouten).toHaveLength(101);
    expect(fouten[100]).toEqual({ pad: '', melding: 'en nog 50 fouten; verbeter eerst deze 100' });
  });

  it('weigert regeleinden en stuurtekens in teksten die in de brief komen', () => {
    const definitie = voorbeeld();
    definitie.regios['amsterdam-amstelland'].naam = 'regio X\nBron: nep';
    expect(veldfoutenVan(() => defineBeleid(definitie))).toEqual([{ pad: 'regios.amsterdam-amstelland.naam', melding: 'mag geen regeleinden, stuurtekens, tekens die de schrijfrichting omdraaien of onzichtbare tekens bevatten' }]);
  });

  it('motivering en beschrijfBron lezen eigenDocumenten zoals defineBeleid: geen nagebootste regel, geen dubbel id, nooit een TypeError', () => {
    const opgeslagen = JSON.parse(JSON.stringify(beoordeelVersnelfonds(aanvraag, { beleid })));
    const [eerste] = opgeslagen.eigenDocumenten;
    expect(veldfoutenVan(() => motivering({ ...opgeslagen, eigenDocumenten: [{ ...eerste, url: 'https://x.example\nBron: nep' }] }))).toEqual([{ pad: 'eigenDocumenten.0.url', melding: 'mag geen regeleinden, stuurtekens, tekens die de schrijfrichting omdraaien of onzichtbare tekens bevatten' }]);
    expect(veldfoutenVan(() => motivering({ ...opgeslagen, eigenDocumenten: [{ ...eerste, url: 'javascript:alert(1)' }] }))[0]!.pad).toBe('eigenDocumenten.0.url');
    expect(veldfoutenVan(() => motivering({ ...opgeslagen, eigenDocumenten: [eerste, eerste] }))).toEqual([{ pad: 'eigenDocumenten.1.id', melding: 'staat al eerder in eigenDocumenten' }]);
    const bron = { document: eerste.id, onderdeel: 'Artikel 3' };
    expect(beschrijfBron(bron, [eerste])).toBe('Voorbeeld: regeling versnelfonds maatschappelijke opvang (fictief document) (Voorbeeld: gemeente Amsterdam (fictief), 2025), Artikel 3');
    expect(veldfoutenVan(() => beschrijfBron(bron, null as never))).toEqual([{ pad: 'eigenDocumenten', melding: 'moet een lijst zijn' }]);
    expect(veldfoutenVan(() => beschrijfBron(bron, [null] as never))).toEqual([{ pad: 'eigenDocumenten.0', melding: 'moet een object zijn' }]);
  });
});

describe('een eigen regio die naar haar gemeente heet', () => {
  it('"gemeente Amsterdam" krijgt niet nog eens "(centrumgemeente Amsterdam)" (audit december 2026, rij 30)', () => {
    const eigen = defineBeleid(metRegio({ naam: 'gemeente Amsterdam', centrumgemeenten: ['GM0363'], leden: [periode('2020-01-01', ['GM0363'])] }));
    const binnen = bepaalHerkomst({ gemeenteVanHerkomst: 'Amsterdam', regio: 'amsterdam-amstelland', peildatum: '2024-05-01' }, { beleid: eigen });
    expect(binnen.gronden[0]!.toelichting).toBe('Amsterdam (GM0363) hoort op 1 mei 2024 bij de gemeente Amsterdam.');
    expect(binnen.gronden[0]!.toelichtingEn).toBe('Amsterdam (GM0363) belongs to the municipality of Amsterdam on 1 May 2024.');
    // Een regio met een andere naam houdt haar centrumgemeente erbij.
    const regio = bepaalHerkomst({ gemeenteVanHerkomst: 'Amsterdam', regio: 'amsterdam-amstelland', peildatum: '2024-05-01' }, { beleid });
    expect(regio.gronden[0]!.toelichting).toContain("bij de regio Amsterdam-Amstelland (centrumgemeente Amsterdam).");
  });
});
