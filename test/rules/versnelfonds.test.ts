import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  BeleidNietInWerkingFout,
  INGEBOUWD_BELEID,
  OngeldigeInvoerFout,
  PAKKETVERSIE,
  REGELS,
  beoordeelVersnelfonds,
  beoordeelVersnelfondsVeilig,
  defineBeleid,
  motivering,
  zoekBrondocument,
  type Beleid,
  type VersnelfondsAanvraag,
  type VersnelfondsBeoordeling,
} from '../../src/index.js';
import { vereisteBesparingInCenten } from '../../src/rules/versnelfonds/criteria.js';
import { diepBevroren, veldfoutenVan } from '../helpers.js';

const aanvraag: VersnelfondsAanvraag = {
  ingediendOp: '2025-04-05T14:30:00+02:00',
  vorm: 'gift',
  bedragInCenten: 80_000,
  gemeenteVanHerkomst: 'Almelo',
  voorliggendeVoorzieningenBenut: true,
  voorkomtOfVerkortOpvang: true,
  verwachteBesparingInCenten: 200_000,
  schulden: false,
};
const met = (wijziging: Partial<VersnelfondsAanvraag>) => beoordeelVersnelfonds({ ...aanvraag, ...wijziging });
const grond = (beoordeling: ReturnType<typeof met>, regel: string) => beoordeling.gronden.find((kandidaat) => kandidaat.regel === regel)!;

const eigenFonds = defineBeleid(JSON.parse(readFileSync('examples/beleid/voorbeeld-eigen-fonds.json', 'utf8')) as Beleid);

function metFactor(factor: number): Beleid {
  const almelo = INGEBOUWD_BELEID.almelo;
  return defineBeleid({
    ...almelo,
    id: 'factor-proef',
    parameters: {
      ...almelo.parameters,
      'versnelfonds.kostenBatenFactor': [{ vanaf: '2020-01-01', waarde: factor, status: 'vastgesteld', bronnen: [{ document: 'integrale-ketenaanpak-mo', onderdeel: 'Oplossing 5' }] }],
    },
  });
}

describe('beoordeelVersnelfonds', () => {
  it('geeft de zes criteria in de volgorde van SPEC §4.2, elk met een toelichting en een bron uit seed 000; bij toekennen het signaal dat het college bevoegd is ("kan")', () => {
    const beoordeling = met({});
    expect(beoordeling.uitkomst).toBe('toekennen');
    expect(beoordeling.gronden.map((kandidaat) => [kandidaat.regel, kandidaat.soort])).toEqual([
      ['versnelfonds.laatste-optie', 'criterium'],
      ['versnelfonds.voorkomen', 'criterium'],
      ['versnelfonds.herkomst', 'criterium'],
      ['versnelfonds.kosten-baten', 'criterium'],
      ['versnelfonds.schulden', 'criterium'],
      ['versnelfonds.maximum', 'criterium'],
      ['versnelfonds.bevoegdheid', 'signaal'],
    ]);
    for (const kandidaat of beoordeling.gronden) {
      expect(kandidaat.toelichting.length).toBeGreaterThan(20);
      expect(kandidaat.toelichtingEn.length).toBeGreaterThan(20);
      expect(kandidaat.bronnen[0]!.document).toBe('integrale-ketenaanpak-mo');
      for (const bron of kandidaat.bronnen) expect(zoekBrondocument(bron.document)).toBeDefined();
    }
    expect(beoordeling).toMatchObject({ regel: 'versnelfonds', peildatum: '2025-04-05', beleid: { id: 'almelo', versie: '2026-3', naam: 'Centrumregio Almelo' } });
  });

  it('de toelichting noemt de bedragen in euro, op zijn Nederlands', () => {
    const beoordeling = met({ bedragInCenten: 120_000, verwachteBesparingInCenten: 99_999 });
    expect(grond(beoordeling, 'versnelfonds.maximum').toelichting).toBe(
      'Het gevraagde bedrag van € 1.200,00 (gift) is hoger dan het maximum van € 1.000,00 dat op 5 april 2025 geldt. Het fonds kan daarom € 1.000,00 geven. Het maximumbedrag van het versnelfonds komt uit een plan (voornemen); de bronnen laten niet zien dat dit is vastgesteld.',
    );
    expect(grond(beoordeling, 'versnelfonds.kosten-baten').toelichting).toMatch(/^De verwachte besparing van € 999,99 is minder dan de vereiste € 1\.000,00: evenveel als het bedrag dat het fonds kan geven\. De verhouding tussen besparing en bedrag is een interpretatie/);
    expect(grond(met({}), 'versnelfonds.maximum').toelichting).toBe('Het gevraagde bedrag van € 800,00 (gift) blijft binnen het maximum van € 1.000,00 dat op 5 april 2025 geldt. Het maximumbedrag van het versnelfonds komt uit een plan (voornemen); de bronnen laten niet zien dat dit is vastgesteld.');
  });

  it('de motivering noemt bedragen en termijn in nl en en', () => {
    const beoordeling = met({ bedragInCenten: 120_000 });
    const nl = motivering(beoordeling);
    expect(nl).toContain('Versnelfonds: toekennen');
    expect(nl).toContain('Gevraagd bedrag: € 1.200,00\nToekenbaar bedrag: € 1.000,00\nBeoordelen uiterlijk: 6 april 2025 om 14:30 (Nederlandse tijd)');
    const en = motivering(JSON.parse(JSON.stringify(beoordeling)), { taal: 'en' });
    expect(en).toContain('Acceleration fund: grant');
    expect(en).toContain('Requested amount: €1,200.00\nGrantable amount: €1,000.00\nDecide by: 6 April 2025 at 14:30 (Amsterdam time)');
    expect(en).toContain('exceeds the maximum of €1,000.00');
  });

  it('kosten-baten rekent exact: factor 1,1 × € 1.000,00 is precies € 1.100,00 (geen drijvendekommafout)', () => {
    expect(1.1 * 100_000).not.toBe(110_000); // waarom exact rekenen nodig is
    expect(vereisteBesparingInCenten(1.1, 100_000)).toBe(110_000);
    expect(vereisteBesparingInCenten(1.5, 33_333)).toBe(50_000); // 49.999,5 naar boven
    expect(vereisteBesparingInCenten(0, 100_000)).toBe(0);
    expect(vereisteBesparingInCenten(1000, Number.MAX_SAFE_INTEGER)).toBe(Number(1000n * BigInt(Number.MAX_SAFE_INTEGER)));
    const beleid = metFactor(1.1);
    expect(beoordeelVersnelfonds({ ...aanvraag, bedragInCenten: 100_000, verwachteBesparingInCenten: 110_000 }, { beleid }).uitkomst).toBe('toekennen');
    expect(beoordeelVersnelfonds({ ...aanvraag, bedragInCenten: 100_000, verwachteBesparingInCenten: 109_999 }, { beleid }).uitkomst).toBe('afwijzen');
  });

  it('een factor met meer dan twee decimalen wordt door defineBeleid geweigerd', () => {
    expect(veldfoutenVan(() => metFactor(1.125))).toEqual([{ pad: 'parameters.versnelfonds.kostenBatenFactor.0.waarde', melding: 'mag hooguit twee decimalen hebben' }]);
  });

  it('de peildatum is de Amsterdamse kalenderdatum van ingediendOp, ook als Date', () => {
    expect(met({ ingediendOp: new Date('2025-04-05T21:59:59Z') }).peildatum).toBe('2025-04-05');
    expect(met({ ingediendOp: new Date('2025-04-05T22:00:00Z') }).peildatum).toBe('2025-04-06');
    expect(met({ ingediendOp: new Date('2025-04-05T22:00:00Z') }).beoordelenUiterlijk).toBe('2025-04-07T00:00:00+02:00');
  });

  it('vóór 1 januari 2020 is er geen maximum in werking: een fout die parameter, beleid en datum noemt', () => {
    const actie = () => met({ ingediendOp: '2019-12-31T23:59:59+01:00' });
    expect(actie).toThrow(BeleidNietInWerkingFout);
    expect(veldfoutenVan(actie)).toEqual([
      { pad: 'ingediendOp', melding: "geen waarde voor 'versnelfonds.maximumInCenten' van 'almelo' in werking op 2019-12-31 (waarden gelden van 2020-01-01 tot 2026-01-01)" },
    ]);
    expect(met({ ingediendOp: '2020-01-01T00:00:00+01:00' }).uitkomst).toBe('toekennen');
  });

  it('onjuiste invoer is een OngeldigeInvoerFout per veld, in het Nederlands', () => {
    expect(veldfoutenVan(() => met({ bedragInCenten: 1000.5 }))).toEqual([{ pad: 'bedragInCenten', melding: 'moet een positief geheel getal zijn (eurocent)' }]);
    expect(veldfoutenVan(() => met({ bedragInCenten: 0 }))).toEqual([{ pad: 'bedragInCenten', melding: 'moet een positief geheel getal zijn (eurocent)' }]);
    expect(veldfoutenVan(() => met({ vorm: 'schenking' as never }))).toEqual([{ pad: 'vorm', melding: "moet een van 'gift', 'lening', 'voorschot' zijn" }]);
    expect(veldfoutenVan(() => met({ gemeenteVanHerkomst: 'Almeloo' }))).toEqual([{ pad: 'gemeenteVanHerkomst', melding: "onbekende gemeente 'Almeloo'; bedoelt u 'Almelo'?" }]);
    expect(veldfoutenVan(() => met({ ingediendOp: '2026-02-30T10:00:00+01:00' }))).toEqual([{ pad: 'ingediendOp', melding: 'is geen bestaand tijdstip' }]);
    expect(veldfoutenVan(() => met({ ingediendOp: '2026-04-05T24:00:00+02:00' }))).toEqual([{ pad: 'ingediendOp', melding: 'is geen bestaand tijdstip' }]);
    expect(veldfoutenVan(() => met({ ingediendOp: '2026-04-05T14:30:00' }))).toEqual([{ pad: 'ingediendOp', melding: 'mist de tijdzone (bv. +02:00 of Z)' }]);
    expect(veldfoutenVan(() => met({ ingediendOp: new Date('onzin') }))).toEqual([{ pad: 'ingediendOp', melding: 'is een ongeldig tijdstip' }]);
    expect(veldfoutenVan(() => met({ verwachteBesparingInCenten: -1 }))).toEqual([{ pad: 'verwachteBesparingInCenten', melding: "moet een geheel getal van ten minste 0 zijn (eurocent) of 'onbekend'" }]);
    expect(veldfoutenVan(() => met({ schulden: 'ja' as never }))).toEqual([{ pad: 'schulden', melding: "moet true, false of 'onbekend' zijn" }]);
    expect(veldfoutenVan(() => beoordeelVersnelfonds(null as never))).toEqual([{ pad: '', melding: 'moet een object zijn' }]);
    expect(veldfoutenVan(() => met({ verwachteBesparingInCenten: 'veel' as never }))).toEqual([{ pad: 'verwachteBesparingInCenten', melding: "moet een geheel getal van ten minste 0 zijn (eurocent) of 'onbekend'" }]);
    expect(veldfoutenVan(() => met({ ingediendOp: 1_775_392_200_000 as never }))).toEqual([{ pad: 'ingediendOp', melding: 'moet een tijdstip zijn in de vorm JJJJ-MM-DDTUU:MM:SS+01:00 (ISO 8601 met tijdzone)' }]);
    const { ingediendOp: _weg1, verwachteBesparingInCenten: _weg2, ...zonder } = aanvraag;
    expect(veldfoutenVan(() => beoordeelVersnelfonds(zonder as never))).toEqual([
      { pad: 'ingediendOp', melding: 'ontbreekt' },
      { pad: 'verwachteBesparingInCenten', melding: 'ontbreekt' },
    ]);
  });

  it('onjuiste opties zijn een fout op opties', () => {
    expect(veldfoutenVan(() => beoordeelVersnelfonds(aanvraag, 'almelo' as never))).toEqual([{ pad: 'opties', melding: 'moet een object zijn, bv. { beleid: "almelo" }' }]);
    expect(veldfoutenVan(() => beoordeelVersnelfonds(aanvraag, { taal: 'en' } as never))).toEqual([{ pad: 'opties', melding: 'bevat een onbekend veld' }]);
    expect(veldfoutenVan(() => beoordeelVersnelfonds(aanvraag, { beleid: 'zwolle' as never }))[0]!.pad).toBe('opties.beleid');
    // Het ingebouwde beleid ijssel-vecht heeft geen versnelfonds: een fout, geen geleend maximum.
    expect(veldfoutenVan(() => beoordeelVersnelfonds(aanvraag, { beleid: 'ijssel-vecht' }))).toEqual([
      { pad: 'ingediendOp', melding: "geen waarde voor 'versnelfonds.maximumInCenten' van 'ijssel-vecht' in werking op 2025-04-05 (er is geen enkele waarde vastgelegd)" },
    ]);
  });

  it('werkt met diep bevroren invoer en wijzigt de invoer niet', () => {
    const bevroren = diepBevroren(structuredClone({ ...aanvraag, schulden: true, schuldhulpverlenerBetrokken: true } as VersnelfondsAanvraag));
    const kopie = structuredClone(bevroren);
    expect(beoordeelVersnelfonds(bevroren).uitkomst).toBe('aanvullen');
    expect(bevroren).toEqual(kopie);
  });

  it('de veilige vorm geeft fouten terug in plaats van te gooien, en gooit programmeerfouten wel door', () => {
    expect(beoordeelVersnelfondsVeilig(aanvraag)).toMatchObject({ succes: true, beoordeling: { uitkomst: 'toekennen' } });
    expect(beoordeelVersnelfondsVeilig({ ...aanvraag, ingediendOp: '2019-06-01T12:00:00Z' })).toEqual({
      succes: false,
      soort: 'geen-beleid',
      fouten: [{ pad: 'ingediendOp', melding: "geen waarde voor 'versnelfonds.maximumInCenten' van 'almelo' in werking op 2019-06-01 (waarden gelden van 2020-01-01 tot 2026-01-01)" }],
      nietInWerking: {
        peildatum: '2019-06-01',
        beleid: 'almelo',
        regio: null,
        ingebouwd: true,
        parameter: 'versnelfonds.maximumInCenten',
        ontbrekendeParameters: ['versnelfonds.maximumInCenten', 'versnelfonds.beoordelingstermijnInUren', 'versnelfonds.regio', 'versnelfonds.kostenBatenFactor'],
        perioden: [{ vanaf: '2020-01-01', tot: '2026-01-01', status: 'voornemen' }],
        vastgelegdVanaf: '2020-01-01',
        vastgelegdTot: '2026-01-01',
        uitgeslotenStatus: null,
      },
    });
    expect(beoordeelVersnelfondsVeilig({ ...aanvraag, bedragInCenten: 0 })).toMatchObject({ succes: false, soort: 'ongeldige-invoer', fouten: [{ pad: 'bedragInCenten' }] });
    expect(() => beoordeelVersnelfonds(aanvraag)).not.toThrow(OngeldigeInvoerFout);
  });
});

describe('een eigen fonds van een gemeente via defineBeleid (examples/beleid/voorbeeld-eigen-fonds.json)', () => {
  const eigen = (wijziging: Partial<VersnelfondsAanvraag>) => beoordeelVersnelfonds({ ...aanvraag, gemeenteVanHerkomst: 'Haaksbergen', ...wijziging }, { beleid: eigenFonds });

  it('gebruikt het lagere maximum van € 500,00 aan beide kanten van de grens', () => {
    expect(eigen({ bedragInCenten: 49_999 })).toMatchObject({ uitkomst: 'toekennen', toekenbaarBedragInCenten: 49_999, maximumInCenten: 50_000 });
    expect(eigen({ bedragInCenten: 50_000 })).toMatchObject({ uitkomst: 'toekennen', toekenbaarBedragInCenten: 50_000 });
    expect(eigen({ bedragInCenten: 50_001 })).toMatchObject({ uitkomst: 'toekennen', toekenbaarBedragInCenten: 50_000 });
    expect(eigen({}).beleid).toEqual({ id: 'voorbeeld-eigen-fonds', versie: '2026-1', naam: 'Voorbeeld: eigen versnelfonds van een gemeente in de regio Enschede (fictieve waarden)' });
  });

  it('toetst de herkomst tegen de eigen regio (Enschede), niet tegen Almelo', () => {
    expect(eigen({ gemeenteVanHerkomst: 'Haaksbergen' }).regio.id).toBe('enschede');
    expect(grond(eigen({ gemeenteVanHerkomst: 'Haaksbergen' }), 'versnelfonds.herkomst').status).toBe('voldaan');
    expect(grond(eigen({ gemeenteVanHerkomst: 'Almelo' }), 'versnelfonds.herkomst').status).toBe('niet-voldaan');
  });

  it('gebruikt de eigen factor 1,5: € 750,00 besparing is genoeg voor € 500,00, € 749,99 niet', () => {
    expect(eigen({ bedragInCenten: 50_000, verwachteBesparingInCenten: 75_000 }).uitkomst).toBe('toekennen');
    const te_weinig = eigen({ bedragInCenten: 50_000, verwachteBesparingInCenten: 74_999 });
    expect(te_weinig.uitkomst).toBe('afwijzen');
    expect(grond(te_weinig, 'versnelfonds.kosten-baten').toelichting).toMatch(/^De verwachte besparing van € 749,99 is minder dan de vereiste € 750,00: 1,5 keer het bedrag van € 500,00 dat het fonds kan geven\. De verhouding tussen besparing en bedrag is een interpretatie/);
  });

  it('vóór 2024 heeft het eigen fonds geen waarden: een fout, geen waarde van Almelo', () => {
    expect(veldfoutenVan(() => eigen({ ingediendOp: '2023-12-31T12:00:00+01:00' }))[0]).toEqual({
      pad: 'ingediendOp',
      melding: "geen waarde voor 'versnelfonds.maximumInCenten' van 'voorbeeld-eigen-fonds' in werking op 2023-12-31 (waarden gelden vanaf 2024-01-01)",
    });
  });

  it('een eigen beleid dat niet via defineBeleid gemaakt is, wordt alsnog gecontroleerd', () => {
    const ongecontroleerd = JSON.parse(readFileSync('examples/beleid/voorbeeld-eigen-fonds.json', 'utf8')) as Beleid;
    expect(beoordeelVersnelfonds({ ...aanvraag, gemeenteVanHerkomst: 'Haaksbergen' }, { beleid: ongecontroleerd }).maximumInCenten).toBe(50_000);
    const fout = { ...ongecontroleerd, parameters: { ...ongecontroleerd.parameters, 'versnelfonds.maximumInCenten': [{ vanaf: '2024-01-01', waarde: -5, status: 'vastgesteld', bronnen: [{ document: 'integrale-ketenaanpak-mo', onderdeel: 'x' }] }] } } as Beleid;
    expect(veldfoutenVan(() => beoordeelVersnelfonds(aanvraag, { beleid: fout }))[0]!.pad).toBe('opties.beleid.parameters.versnelfonds.maximumInCenten.0.waarde');
  });
});

describe('versie 0.2: de bronnen volgen de waarden, en de status volgt de woorden van de bron', () => {
  const citaten = (beoordeling: VersnelfondsBeoordeling, id: string) => grond(beoordeling, id).bronnen.map((bron) => bron.citaat ?? '');

  it('een eigen fonds van € 500 citeert niet "tot een maximum van € 1.000,-" en zijn Enschede-toets niet "centrumgemeente Almelo"', () => {
    const eigen = beoordeelVersnelfonds({ ...aanvraag, gemeenteVanHerkomst: 'Haaksbergen' }, { beleid: eigenFonds });
    expect(citaten(eigen, 'versnelfonds.maximum').join(' ')).not.toContain('€ 1.000,-');
    // Het Almelose plan is geen document van dit beleid: de grond citeert alleen de eigen bron van het eigen maximum.
    expect(grond(eigen, 'versnelfonds.maximum').bronnen.map((bron) => bron.document)).toEqual(['voorbeeld-raadsbesluit-versnelfonds']);
    expect(citaten(eigen, 'versnelfonds.herkomst').join(' ')).not.toContain('centrumgemeente Almelo');
    expect(citaten(eigen, 'versnelfonds.herkomst')).toContain('Almelo en Enschede verantwoordelijk voor 6 en 8 gemeenten');
    expect(eigen.toegepasteWaarden.map((waarde) => [waarde.beleid, waarde.parameter])).toEqual([
      ['voorbeeld-eigen-fonds', 'versnelfonds.regio'],
      ['ingebouwd', 'regio.enschede.leden'],
      ['voorbeeld-eigen-fonds', 'versnelfonds.kostenBatenFactor'],
      ['voorbeeld-eigen-fonds', 'versnelfonds.maximumInCenten'],
      ['voorbeeld-eigen-fonds', 'versnelfonds.beoordelingstermijnInUren'],
    ]);
  });

  it('het ingebouwde fonds citeert het maximum van € 1.000 alleen waar het dat maximum toepast', () => {
    const beoordeling = beoordeelVersnelfonds(aanvraag);
    const metMaximum = beoordeling.gronden.filter((kandidaat) => kandidaat.bronnen.some((bron) => bron.citaat?.includes('€ 1.000,-')));
    expect(metMaximum.map((kandidaat) => kandidaat.regel)).toEqual(['versnelfonds.maximum']);
  });

  it('de waarden van het fonds zijn een voornemen van 1 januari 2020 tot 1 januari 2026, elk met de reden van de datums', () => {
    const beoordeling = beoordeelVersnelfonds(aanvraag);
    const vanAlmelo = beoordeling.toegepasteWaarden.filter((waarde) => waarde.beleid === 'almelo');
    expect(vanAlmelo.map((waarde) => [waarde.parameter, waarde.status, waarde.vanaf, waarde.tot])).toEqual([
      ['versnelfonds.regio', 'voornemen', '2020-01-01', '2026-01-01'],
      ['versnelfonds.kostenBatenFactor', 'interpretatie', '2020-01-01', '2026-01-01'],
      ['versnelfonds.maximumInCenten', 'voornemen', '2020-01-01', '2026-01-01'],
      ['versnelfonds.beoordelingstermijnInUren', 'voornemen', '2020-01-01', '2026-01-01'],
    ]);
    for (const parameter of ['versnelfonds.maximumInCenten', 'versnelfonds.regio', 'versnelfonds.beoordelingstermijnInUren', 'versnelfonds.kostenBatenFactor'] as const) {
      expect(INGEBOUWD_BELEID.almelo.parameters[parameter]![0]!.datumkeuze).toMatch(/in 2020.*tot en met december 2025/);
    }
    expect(beoordeling.gronden.every((kandidaat) => kandidaat.soort === 'signaal' || kandidaat.basis.status === 'voornemen')).toBe(true);
    expect(beoordeling.pakketversie).toBe(PAKKETVERSIE);
  });

  it('op 31 december 2025 beslist het fonds nog; op 1 januari 2026 is het een fout die zegt tot wanneer de waarden gelden', () => {
    expect(met({ ingediendOp: '2025-12-31T23:59:59+01:00' }).uitkomst).toBe('toekennen');
    expect(veldfoutenVan(() => met({ ingediendOp: '2026-01-01T00:00:00+01:00' }))).toEqual([
      { pad: 'ingediendOp', melding: "geen waarde voor 'versnelfonds.maximumInCenten' van 'almelo' in werking op 2026-01-01 (waarden gelden van 2020-01-01 tot 2026-01-01)" },
    ]);
  });

  it('het maximum begrenzen en het maximum per aanvraag zijn interpretaties, genoemd waar ze zijn toegepast', () => {
    const interpretaties = (beoordeling: VersnelfondsBeoordeling) => grond(beoordeling, 'versnelfonds.maximum').interpretaties.map((keuze) => keuze.id);
    expect(interpretaties(met({ bedragInCenten: 100_001 }))).toEqual(['versnelfonds.begrenzen', 'versnelfonds.per-aanvraag']);
    expect(interpretaties(met({ bedragInCenten: 100_000 }))).toEqual(['versnelfonds.per-aanvraag']);
  });

  it('een waarde met een uitgesloten status wordt niet toegepast: zonder maximum kan het fonds niet beslissen', () => {
    expect(veldfoutenVan(() => beoordeelVersnelfonds(aanvraag, { uitgeslotenStatussen: ['voornemen'] }))).toEqual([
      {
        pad: 'ingediendOp',
        melding: "geen waarde voor 'versnelfonds.maximumInCenten' van 'almelo' in werking op 2025-04-05 (de waarde die dan geldt heeft status 'voornemen', en die status is uitgesloten)",
      },
    ]);
    expect(beoordeelVersnelfonds(aanvraag, { uitgeslotenStatussen: [] }).uitkomst).toBe('toekennen');
    expect(veldfoutenVan(() => beoordeelVersnelfonds(aanvraag, { uitgeslotenStatussen: ['wens'] as never }))[0]!.pad).toBe('opties.uitgeslotenStatussen.0');
  });

  it('van buiten de regio: afwijzen op herkomst, met het signaal landelijke toegankelijkheid dat de uitkomst niet verandert', () => {
    const buiten = met({ gemeenteVanHerkomst: 'Zwolle' });
    expect(buiten.uitkomst).toBe('afwijzen');
    expect(grond(buiten, 'landelijke-toegankelijkheid')).toMatchObject({ soort: 'signaal', status: 'voldaan' });
    expect(met({}).gronden.some((kandidaat) => kandidaat.regel === 'landelijke-toegankelijkheid')).toBe(false);
  });
});

describe('"kan" blijft een bevoegdheid: toekennen zegt dat het college beslist (SPEC §2.9)', () => {
  const raadsbesluit = defineBeleid(JSON.parse(readFileSync('examples/beleid/voorbeeld-raadsbesluit-fonds.json', 'utf8')) as Beleid);
  const inZwolle: VersnelfondsAanvraag = { ...aanvraag, ingediendOp: '2026-12-01T10:00:00+01:00', gemeenteVanHerkomst: 'Zwolle', bedragInCenten: 120_000, verwachteBesparingInCenten: 130_000 };

  it('onder het ingebouwde fonds: een signaal met onze lezing van "kan", geciteerd naar het plan; de uitkomst blijft toekennen', () => {
    const beoordeling = met({});
    const signaal = grond(beoordeling, 'versnelfonds.bevoegdheid');
    expect(beoordeling.uitkomst).toBe('toekennen');
    expect(signaal).toMatchObject({ soort: 'signaal', status: 'voldaan' });
    // De grond zelf is neutraal; de bevoegdheid staat in de lezing, hier de onze.
    expect(signaal.toelichting).toBe('Aan alle criteria is voldaan: het fonds kan € 800,00 geven.');
    expect(signaal.interpretaties).toEqual([expect.objectContaining({ id: 'versnelfonds.kan-is-bevoegdheid', soort: 'interpretatie', beleid: null, bronnen: [] })]);
    expect(signaal.interpretaties[0]!.toelichting).toContain('ook als aan alle criteria is voldaan, beslist wie over het fonds gaat of het fonds geeft');
    expect(signaal.bronnen.map((bron) => bron.citaat)).toContain('In dat geval kan het fonds een gift, lening of voorschot verstrekken');
    expect(motivering(beoordeling)).toMatch(/\nAandachtspunten:\n- Bevoegdheid om te geven: Aan alle criteria is voldaan/);
  });

  it('alleen bij toekennen: afwijzen of aanvullen heeft geen bevoegdheidssignaal', () => {
    for (const beoordeling of [met({ voorliggendeVoorzieningenBenut: false }), met({ schulden: 'onbekend' }), met({ gemeenteVanHerkomst: 'Zwolle' })]) {
      expect(beoordeling.uitkomst).not.toBe('toekennen');
      expect(beoordeling.gronden.map((kandidaat) => kandidaat.regel)).not.toContain('versnelfonds.bevoegdheid');
    }
  });

  it('onder een beleid dat de bevoegdheid in eigen woorden vastlegt: de regel van het beleid, geciteerd naar het eigen besluit', () => {
    const beoordeling = beoordeelVersnelfonds(inZwolle, { beleid: raadsbesluit });
    expect(beoordeling.uitkomst).toBe('toekennen');
    const signaal = grond(beoordeling, 'versnelfonds.bevoegdheid');
    expect(signaal.interpretaties).toEqual([expect.objectContaining({ id: 'versnelfonds.kan-is-bevoegdheid', soort: 'eigen-tekst', beleid: 'voorbeeld-gemeente-raadsbesluit' })]);
    expect(signaal.interpretaties[0]!.toelichting).toContain('bevoegdheid van het college, geen recht van de aanvrager');
    expect(signaal.bronnen.map((bron) => bron.document)).toEqual(['voorbeeld-raadsbesluit-versnelfonds-2025']);
    expect(motivering(beoordeling)).toContain('  Regel van het beleid: Ook als aan alle voorwaarden is voldaan, beslist het college of het een bijdrage geeft.');
    // In het Engels de Engelse woorden van het beleid (tekstEn), geen Nederlands.
    expect(motivering(beoordeling, { taal: 'en' })).toContain('  Rule of the policy: Even when all conditions are met, the college decides whether it gives a contribution.');
  });

  it('onder een beleid dat een lezing overneemt: de brief geeft haar als regel van het beleid, zonder onze reden dat de bron zwijgt', () => {
    const json = JSON.parse(readFileSync('examples/beleid/voorbeeld-raadsbesluit-fonds.json', 'utf8')) as Beleid;
    const beoordeling = beoordeelVersnelfonds(
      {
        ingediendOp: '2026-12-01T10:00:00+01:00',
        vorm: 'gift',
        gemeenteVanHerkomst: 'Zwolle',
        bedragInCenten: 120000,
        verwachteBesparingInCenten: 130000,
        voorliggendeVoorzieningenBenut: true,
        voorkomtOfVerkortOpvang: true,
        schulden: false,
      },
      { beleid: defineBeleid(json) },
    );
    const keuze = REGELS.versnelfonds.beschrijving.criteria.find((criterium) => criterium.id === 'versnelfonds.maximum')!.keuzes.find((kandidaat) => kandidaat.id === 'versnelfonds.per-aanvraag')!;
    const lezing = grond(beoordeling, 'versnelfonds.maximum').interpretaties.find((kandidaat) => kandidaat.id === 'versnelfonds.per-aanvraag');
    expect(lezing).toMatchObject({ soort: 'overgenomen', beleid: 'voorbeeld-gemeente-raadsbesluit', toelichting: keuze.alsRegel.nl, toelichtingEn: keuze.alsRegel.en });
    expect(lezing!.toelichting).toBe('Het maximum geldt per aanvraag.');
    expect(lezing!.toelichting).not.toContain('De bron zegt niet');
    expect(lezing!.bronnen.map((bron) => bron.citaat)).toEqual(['Een bijdrage is ten hoogste € 1.500 per aanvraag.']);
    const brief = motivering(beoordeling);
    expect(brief).toContain(`  Regel van het beleid: ${keuze.alsRegel.nl} (bron:`);
    expect(motivering(beoordeling, { vorm: 'technisch' })).toContain(`  Regel van het beleid (overgenomen): ${keuze.alsRegel.nl} (bron:`);
    expect(brief).not.toContain('De bron zegt niet');
    expect(motivering(beoordeling, { taal: 'en' })).toContain(`  Rule of the policy: ${keuze.alsRegel.en} (source:`);
    // Zonder dat beleid blijft het onze lezing, met de reden.
    const ingebouwd = grond(met({}), 'versnelfonds.maximum').interpretaties.find((kandidaat) => kandidaat.id === 'versnelfonds.per-aanvraag');
    expect(ingebouwd).toMatchObject({ soort: 'interpretatie', beleid: null, toelichting: keuze.tekst.nl });
  });

  it('een eigen fonds dat geen lezing overneemt: onze lezingen staan er als regel, zonder de woorden van het Almelose plan te citeren of uit te leggen', () => {
    const beoordeling = beoordeelVersnelfonds({ ...aanvraag, gemeenteVanHerkomst: 'Haaksbergen', bedragInCenten: 70_000 }, { beleid: eigenFonds });
    const lezingen = beoordeling.gronden.flatMap((kandidaat) => kandidaat.interpretaties);
    const beschreven = REGELS.versnelfonds.beschrijving.criteria.flatMap((criterium) => criterium.keuzes);
    expect(lezingen.length).toBeGreaterThan(2);
    for (const lezing of lezingen) {
      const keuze = beschreven.find((kandidaat) => kandidaat.id === lezing.id)!;
      expect(lezing, lezing.id).toMatchObject({ soort: 'interpretatie', beleid: null, toelichting: keuze.alsRegel.nl, toelichtingEn: keuze.alsRegel.en });
    }
    const brief = motivering(beoordeling);
    for (const woorden of ["'werkgebied van de centrumgemeente' lezen wij", 'staat vóór de lijst met criteria', 'tot een minimum teruggedrongen', 'De bron zegt']) expect(brief).not.toContain(woorden);
    // Onder het ingebouwde beleid van Almelo legt onze lezing wel uit hoe zij het plan leest.
    expect(motivering(met({}))).toContain("Het 'werkgebied van de centrumgemeente' lezen wij als");
    // Welke gemeente van herkomst telt, zegt het plan niet: de brief zegt dat (audit rij 19).
    expect(motivering(met({}))).toContain('Welke gemeente telt, zegt het plan niet; het fonds is ook voor wie nog niet dakloos is. Wij toetsen de gemeente van herkomst die de aanvraag opgeeft.');
  });

  it('onder dat beleid citeert geen grond het Almelose plan, en geen grondslag heet "voornemen"', () => {
    const beoordeling = beoordeelVersnelfonds(inZwolle, { beleid: raadsbesluit });
    for (const kandidaat of beoordeling.gronden) {
      expect(kandidaat.basis, kandidaat.regel).toMatchObject({ status: 'vastgesteld', beleid: 'voorbeeld-gemeente-raadsbesluit' });
      const documenten = [...kandidaat.bronnen, ...kandidaat.basis.bronnen, ...kandidaat.interpretaties.flatMap((keuze) => keuze.bronnen)].map((bron) => bron.document);
      // Het eigen besluit, en de centrumregeling van IJssel-Vecht die de eigen regio-indeling draagt (een document van de ingebouwde regio die het beleid kiest).
      expect(documenten.filter((document) => !['voorbeeld-raadsbesluit-versnelfonds-2025', 'centrumregeling-ijssel-vecht'].includes(document)), kandidaat.regel).toEqual([]);
    }
    expect(motivering(beoordeling)).not.toContain('ketenaanpak');
  });
});

describe('landelijke toegankelijkheid bij een afwijzing om de herkomst (audit december 2026, rijen 6 en 7)', () => {
  it('zegt eerst dat het fonds alleen voor de eigen regio is en dat dit niet over opvang gaat; belooft wie uit het buitenland komt geen hulp', () => {
    const zwolle = met({ gemeenteVanHerkomst: 'Zwolle' });
    expect(zwolle.uitkomst).toBe('afwijzen');
    const signaal = grond(zwolle, 'landelijke-toegankelijkheid');
    expect(signaal.toelichting).toMatch(/^Het versnelfonds is alleen voor cliënten uit de regio van het fonds\. Dat gaat niet over opvang\. Van buiten de regio komen is geen reden om eerste opvang te weigeren\./);
    expect(signaal.toelichtingEn).toMatch(/^The acceleration fund is only for clients from the region of the fund\. That is not about shelter\./);
    for (const gemeenteVanHerkomst of ['buitenland', 'Saba']) {
      const buiten = grond(met({ gemeenteVanHerkomst }), 'landelijke-toegankelijkheid');
      expect(buiten.toelichting).toContain('hangt de hulp van meer af dan de regio');
      expect(buiten.toelichting).not.toContain('krijgt daar hulp');
    }
    // Binnen de regio geen signaal.
    expect(met({}).gronden.map((kandidaat) => kandidaat.regel)).not.toContain('landelijke-toegankelijkheid');
  });
});
