// Generatoren (fast-check) van geldige invoer voor elke regel. De eigenschapstests gebruiken ze
// om duizenden gevallen te maken; `npm run bench` gebruikt dezelfde generatoren (met een vaste
// seed) voor zijn invoer, zodat de benchmark meet wat de tests bewijzen.
import fc from 'fast-check';
import {
  BEWINDVOERINGSHANDELINGEN,
  DOELGROEPEN,
  FASEN,
  GEBEURTENISSOORTEN,
  OPVANGVORMEN,
  PROBLEMATIEKEN,
  REGIO_IDS,
  SCHULDHULPVORMEN,
  VERSNELFONDSVORMEN,
  WOONSITUATIES,
  type RegelId,
} from '../../src/index.js';

/** Gemeenten uit elke regio, een opgeheven gemeente, codes, en de bijzondere waarden. */
export const GEMEENTEN = [
  'Almelo', 'Wierden', 'Hellendoorn', 'Tubbergen', 'Twenterand', 'Rijssen-Holten',
  'Enschede', 'Hengelo', 'Oldenzaal', 'Losser', 'Haaksbergen',
  'Zwolle', 'Kampen', 'Raalte', 'Steenwijkerland', 'Hardenberg', 'Deventer',
  'Amsterdam', 'Rotterdam', "'s-Gravenhage", 'Den Bosch', 'Weesp', 'GM0141', '0153', '193',
  'onbekend', 'buitenland', 'Bonaire', 'Sint Eustatius', 'Saba',
] as const;

const FEITEN = [true, false, 'onbekend'] as const;
const feit = fc.constantFrom(...FEITEN);
const optioneelFeit = fc.option(feit, { nil: undefined });
/** Meestal `true`, zodat ook de uitkomsten waarvoor alle criteria voldaan moeten zijn vaak voorkomen. */
const meestalWaar = fc.oneof({ arbitrary: fc.constant(true), weight: 4 }, { arbitrary: feit, weight: 1 });
/** Meestal een gemeente uit de regio Almelo (het versnelfonds), soms elke andere waarde. */
const meestalRegioAlmelo = fc.oneof({ arbitrary: fc.constantFrom(...GEMEENTEN.slice(0, 6)), weight: 3 }, { arbitrary: fc.constantFrom(...GEMEENTEN), weight: 1 });
const fase = fc.constantFrom(...FASEN);
const regio = fc.constantFrom(...REGIO_IDS);

/** Een kalenderdatum `JJJJ-MM-DD` van `van` tot en met `tot`. */
export function kalenderdatum(van = '2024-01-01', tot = '2026-12-31'): fc.Arbitrary<string> {
  return fc
    .date({ min: new Date(`${van}T00:00:00Z`), max: new Date(`${tot}T00:00:00Z`), noInvalidDate: true })
    .map((datum) => datum.toISOString().slice(0, 10));
}

/** Laat weggelaten velden (`undefined`) echt weg, zoals in JSON. */
function zonderLeeg<T extends object>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, waarde]) => waarde !== undefined)) as T;
}

const herkomst = fc.record({
  gemeenteVanHerkomst: fc.constantFrom(...GEMEENTEN),
  regio,
  peildatum: kalenderdatum(),
});

/**
 * Een versnelfondsaanvraag; bedragen rond het maximum van € 1.000 en besparingen rond het bedrag.
 * In 2024 en 2025: de ingebouwde waarden van het fonds gelden tot 1 januari 2026.
 */
export const versnelfondsAanvraag = fc
  .record({
    ingediendOp: fc
      .tuple(kalenderdatum('2024-01-01', '2025-12-30'), fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), fc.constantFrom('+01:00', '+02:00', 'Z'))
      .map(([datum, uur, minuut, offset]) => `${datum}T${String(uur).padStart(2, '0')}:${String(minuut).padStart(2, '0')}:00${offset}`),
    vorm: fc.constantFrom(...VERSNELFONDSVORMEN),
    bedragInCenten: fc.oneof(fc.integer({ min: 1, max: 250_000 }), fc.constantFrom(1, 99_999, 100_000, 100_001)),
    gemeenteVanHerkomst: meestalRegioAlmelo,
    voorliggendeVoorzieningenBenut: meestalWaar,
    voorkomtOfVerkortOpvang: meestalWaar,
    verwachteBesparingInCenten: fc.oneof({ arbitrary: fc.integer({ min: 0, max: 500_000 }), weight: 4 }, { arbitrary: fc.constant('onbekend' as const), weight: 1 }),
    schulden: feit,
    schuldhulpverlenerBetrokken: fc.option(meestalWaar, { nil: undefined }),
    schuldenTotMinimumTeruggebracht: fc.option(meestalWaar, { nil: undefined }),
  })
  .map(zonderLeeg);

const schuldhulp = fc.record({
  fase,
  schulden: feit,
  schuldhulpverlening: fc.constantFrom(...SCHULDHULPVORMEN),
});

const alternatieveBewindvoering = fc
  .record({ fase, handeling: fc.constantFrom(...BEWINDVOERINGSHANDELINGEN), toestemming: feit, behoefte: optioneelFeit })
  .map(zonderLeeg);

/** Een organisatie rond een cliënt; namen zijn uniek per lijst (zie {@link regisseurInvoer}). */
const organisatie = fc
  .record({
    naam: fc.constantFrom('Wijkteam', 'Leger des Heils', 'Tactus', 'GGZ', 'Humanitas', 'Stadsbank', 'Dimence', 'Zorggroep'),
    contacturenPerMaand: fc.oneof(fc.constantFrom(0, 1, 2.5, 6, 8, 9), fc.integer({ min: 0, max: 40 })),
    bereikbaar: optioneelFeit,
    vertrouwensrelatie: optioneelFeit,
  })
  .map(zonderLeeg);

/** Invoer van de Regisseur MO: 1 tot 6 organisaties met verschillende namen. */
export const regisseurInvoer = fc
  .record({
    fase,
    betrokkenOrganisaties: fc.uniqueArray(organisatie, { minLength: 1, maxLength: 6, selector: (organisatie) => organisatie.naam }),
    huidigeRegisseur: fc.option(fc.constantFrom('Wijkteam', 'Tactus', 'GGZ', 'Elders'), { nil: undefined }),
  })
  .map(zonderLeeg);

const verblijfstermijn = fc
  .record({
    // Meestal een regio en opvangvorm met een termijn in het ingebouwde beleid.
    regio: fc.oneof({ arbitrary: fc.constantFrom('ijssel-vecht', 'almelo'), weight: 3 }, { arbitrary: regio, weight: 1 }),
    opvangvorm: fc.oneof({ arbitrary: fc.constantFrom('acute-opvang', '24-uursopvang'), weight: 3 }, { arbitrary: fc.constantFrom(...OPVANGVORMEN), weight: 1 }),
    startdatum: kalenderdatum('2024-01-01', '2026-06-30'),
    dagenLater: fc.integer({ min: 0, max: 400 }),
    gemeenteVanHerkomst: fc.option(fc.constantFrom(...GEMEENTEN), { nil: undefined }),
  })
  .map(({ dagenLater, ...rest }) => {
    const peildatum = new Date(Date.parse(`${rest.startdatum}T00:00:00Z`) + dagenLater * 86_400_000).toISOString().slice(0, 10);
    return zonderLeeg({ ...rest, peildatum });
  });

const situatie = fc
  .record({
    woonsituatie: fc.constantFrom(...WOONSITUATIES),
    gebeurtenissen: fc.option(
      fc.array(
        fc.record({
          soort: fc.constantFrom(...GEBEURTENISSOORTEN),
          datum: fc.option(kalenderdatum('2025-01-01', '2025-03-31'), { nil: undefined }),
        }).map(zonderLeeg),
        { maxLength: 5 },
      ),
      { nil: undefined },
    ),
    doelgroepen: fc.option(
      fc.uniqueArray(fc.constantFrom(...DOELGROEPEN), { maxLength: 3 }),
      { nil: undefined },
    ),
    problematiek: fc.option(fc.constantFrom(...PROBLEMATIEKEN), { nil: undefined }),
    lokaleMogelijkhedenToereikend: optioneelFeit,
  })
  .map(zonderLeeg);

const woningaanbod = fc
  .record({
    // Meestal de regio Almelo (de enige met een ingebouwde termijn), rond het half jaar.
    regio: fc.oneof({ arbitrary: fc.constant('almelo'), weight: 3 }, { arbitrary: regio, weight: 1 }),
    aangemeldOp: kalenderdatum('2017-10-01', '2026-06-30'),
    dagenLater: fc.oneof(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 178, max: 186 })),
    woningAangeboden: optioneelFeit,
  })
  .map(({ dagenLater, ...rest }) => {
    const peildatum = new Date(Date.parse(`${rest.aangemeldOp}T00:00:00Z`) + dagenLater * 86_400_000).toISOString().slice(0, 10);
    return zonderLeeg({ ...rest, peildatum });
  });

/** Per regel een generator van geldige invoer (als JSON: geen `Date`, weggelaten velden ontbreken). */
export const GELDIGE_INVOER: Readonly<Record<RegelId, fc.Arbitrary<Record<string, unknown>>>> = {
  herkomst,
  versnelfonds: versnelfondsAanvraag,
  schuldhulp,
  'alternatieve-bewindvoering': alternatieveBewindvoering,
  regisseur: regisseurInvoer,
  verblijfstermijn,
  situatie,
  woningaanbod,
};

// Bijna geldige invoer: één veld (ook genest) vervangen door een randwaarde of weggelaten. Voor
// de vergelijking van de gecompileerde met de gewone parse (test/kern/compilatie.test.ts) en van
// twee builds (bench/vergelijk-builds.ts).

/** Waarden rond de grenzen van de schema's: spaties, lege en lange teksten, 0, negatief, breuken, Date, null. */
export const RANDWAARDE = fc.oneof(
  fc.constantFrom('', ' ', '  Almelo  ', 'onbekend', 'x'.repeat(200), 'x'.repeat(201), '2026-02-30', '2026-03-29T02:30:00+01:00', '2026-10-25T02:30:00+02:00', 'Almelo\u0000'),
  fc.constantFrom(0, -1, 1, 0.5, 743.5, 744, 745, Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER + 1, Number.NaN, Number.POSITIVE_INFINITY),
  fc.constantFrom(null, undefined, true, false, [], {}),
  fc.date({ noInvalidDate: false }),
  fc.string({ maxLength: 12 }),
  fc.array(fc.record({ naam: fc.string({ maxLength: 3 }), contacturenPerMaand: fc.integer({ min: -1, max: 745 }) }), { maxLength: 3 }),
);

/** `geldig` met één veld (ook een genest veld) vervangen door een randwaarde of weggelaten. */
export function bijnaGeldig(geldig: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return geldig.chain((waarde) => {
    const paden = veldpaden(waarde);
    return fc.record({ pad: fc.constantFrom(...paden, ['onbekendVeld']), nieuw: RANDWAARDE }).map(({ pad, nieuw }) => vervang(waarde, pad, nieuw));
  });
}

function veldpaden(waarde: unknown, pad: (string | number)[] = []): (string | number)[][] {
  if (waarde === null || typeof waarde !== 'object') return pad.length > 0 ? [pad] : [];
  const sleutels = Array.isArray(waarde) ? waarde.map((_element, index) => index) : Object.keys(waarde);
  return [...(pad.length > 0 ? [pad] : []), ...sleutels.flatMap((sleutel) => veldpaden((waarde as Record<string | number, unknown>)[sleutel], [...pad, sleutel]))];
}

function vervang(waarde: unknown, pad: readonly (string | number)[], nieuw: unknown): unknown {
  if (pad.length === 0) return nieuw;
  const kopie = (Array.isArray(waarde) ? [...(waarde as unknown[])] : { ...(waarde as object) }) as Record<string | number, unknown>;
  const [eerste, ...rest] = pad as [string | number, ...(string | number)[]];
  kopie[eerste] = vervang(kopie[eerste], rest, nieuw);
  return kopie;
}
